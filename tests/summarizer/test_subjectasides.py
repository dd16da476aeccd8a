"""Asides inside a sentence's subject go: a participial aside before the verb, a source's wish not to be named."""
from __future__ import annotations

from summarizer.condense import condense
from summarizer.subjectasides import subject_aside_edits


def test_a_participial_aside_between_subject_and_verb_goes() -> None:
    """"One official, reflecting ..., even suggested" -> "One official even suggested"; an irregular participle too."""
    assert condense("One official, reflecting frustration with the lack of progress in the talks, even suggested all "
                    "the troops might be pulled out.") == "One official even suggested all the troops might be pulled out."
    assert condense("The photos, taken from security cameras, show the young model driving into the estate on the "
                    "outskirts of the city.").startswith("The photos show the young model")


def test_a_participial_aside_is_no_opening_phrase_nor_a_figure_nor_a_noun() -> None:
    """"In April, speaking ...": no subject; "founded in 1998": a figure stays; "the king, a darling ...": no participle."""
    assert not list(subject_aside_edits("In April, speaking to the council, the mayor said the bridge would close."))
    assert "1998" in condense("The firm, founded in 1998 by two brothers from the valley, has cut its workforce by a "
                              "third over the past year.", facts=["1998"])
    assert not list(subject_aside_edits("The king, a darling of the press, said he would open the bridge."))


def test_a_wish_not_to_be_named_goes_with_or_without_commas() -> None:
    """The wish tells no fact: "A court clerk who requested not to be identified because of ... denied" ->
    "... denied"."""
    assert condense("A court clerk who requested not to be identified because of the delicacy of the matter denied "
                    "the fire hit a school.") == "A court clerk denied the fire hit a school."
    spans = [(e.start, e.end) for e in subject_aside_edits(
        "The spokesman, who spoke on condition of anonymity, said the deal would be signed.")]
    assert spans == [(13, 51)]


def test_an_opening_time_without_a_comma_goes() -> None:
    """"Earlier on Sunday Kim had said", "Later in the day the council voted": the day is the digest's."""
    assert condense("Earlier on Sunday Kim had said that recent attacks in the north were a sign of shared efforts to "
                    "justify a longer foreign presence.").startswith("Kim had said that recent attacks")
    assert condense("Later in the day the council voted to close the library on the high street and two of the "
                    "schools in the northern district.").startswith("The council voted to close")


def test_a_verbless_aside_between_subject_and_verb_goes_but_not_a_list() -> None:
    """"Kim, usually quick to condemn ..., told" -> "Kim told"; "Apples, pears and plums are": a list, no aside."""
    assert condense("President Kim, usually quick to condemn western mistakes in his country, told the paper the prince "
                    "had made a mistake but should be let off.").startswith("President Kim told the paper")
    assert not list(subject_aside_edits("Apples, pears and plums are the fruits most often grown in the valley."))
    assert not list(subject_aside_edits("Kim, Lee and Park were arrested at the border crossing on Monday."))
    assert not list(subject_aside_edits("The bank, along with two insurers, kept the faith and released a new advert."))
    assert not list(subject_aside_edits("This, according to two senators, is a smoking gun that shows the fraud."))
    assert not list(subject_aside_edits("Jo Roe, fiance of the singer Kim Lee, is about to share his fame with a band."))
