"""Pattern deletions (summarizer.tails): a long appositive after a name goes only when it is one aside."""
from __future__ import annotations

from summarizer.condense import condense
from summarizer.tails import pattern_edits, put_before


def test_a_long_appositive_holding_a_lists_second_item_is_no_aside() -> None:
    """"the rivalry between the harbour's hero, Jo Roe, the champion, and the visitors' record holder, Kim Lee, gained":
    the span from ", the champion" to "Kim Lee," holds the pair's second item; cutting it left "between X, Jo Roe gained"."""
    text = ("The rivalry between the harbour town's sailing hero, Jo Roe, the reigning island champion, and the regatta's "
            "record holder, Kim Lee, gained a new edge yesterday when the visitor's name was linked to a ferry strike.")
    cut = ", the reigning island champion, and the regatta's record holder, Kim Lee,"
    assert cut not in [text[e.start:e.end] for e in pattern_edits(text)]
    assert "Jo Roe gained" not in condense(text)
    # one person's two descriptions ("a member of X, and the author of Y,") are still one aside before the verb
    text = ("Jo Roe, a member of the island's harbour board in Lowmere, and the author of How Ferries End, said talks "
            "with the union and the owners were pointless because there would be no terms.")
    assert condense(text).startswith("Jo Roe says talks with the union and the owners were pointless")


def test_a_participle_after_an_object_keeps_its_place() -> None:
    """"set fire to three cars parked outside the town hall": without its place "parked" dangles; a subject's verb
    ("The ministry said in a statement") does not keep it."""
    assert condense("Witnesses said the men shouted, smashed windows, and set fire to three cars parked outside the town "
                    "hall before fleeing on motorbikes towards the border.").endswith("cars parked outside the town hall.")
    line = "The ministry said in a statement that prices rose."
    assert not put_before(line, line.find(" in a"))


def test_a_phrase_after_a_linking_verb_and_an_adverb_is_its_complement() -> None:
    """"is almost at an end", "is still on the stand": cut, the line ends on "is almost."; after a noun the trailing
    occasion phrase still goes."""
    for text in ("A strike that has shut the harbour for 40 days of anger and losses is almost at an end.",
                 "The ferry captain called by the union is still on the stand."):
        cut = text[text.rfind(" at ") if " at " in text else text.rfind(" on "):-1]
        assert not [e for e in pattern_edits(text) if text[e.start:e.end].startswith(cut)], cut
    text = "The mayor of the harbour town praised the ferry crews and their union at the ceremony."
    assert [e for e in pattern_edits(text) if text[e.start:e.end].startswith(" at the ceremony")]


def test_a_line_keeps_the_complement_of_its_linking_verb() -> None:
    """The condensed line does not end on "is almost." (the shorter rule's trailing place cut, :mod:`summarizer.compress`)."""
    text = "A strike that has shut the harbour for 40 days of anger, tears and even fights on the quays is almost at an end."
    assert condense(text).endswith("is almost at an end.")


def test_a_place_between_a_wh_clause_subject_and_its_verb_stays() -> None:
    from summarizer.tails import put_before
    text = "The rule could alter the mix of how ferries around the island conduct their trade."
    assert put_before(text, text.index(" around"))
    assert not put_before("The ferries dock at dawn around the island.", len("The ferries dock at dawn"))
