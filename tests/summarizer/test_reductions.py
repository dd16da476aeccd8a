"""Trailing clauses a headline leaves out (summarizer.reductions) and when one may go (summarizer.cutguards)."""
from __future__ import annotations

from summarizer.compress import trim
from summarizer.condense import condense
from summarizer.cutguards import acceptable, trailing_told
from summarizer.reductions import reduction_edits
from summarizer.segments import Edit
from summarizer.text import canon, words


def _cuts(text: str) -> list[str]:
    return [text[e.start:e.end] for e in reduction_edits(text)]


def _terms(text: str) -> set[str]:
    return {c for c in (canon(w) for w in words(text)) if c}


def test_a_purpose_clause_is_a_candidate() -> None:
    s = "The aid agency has been teaching first aid to the rebels so that fighters wounded in battle can be treated."
    assert _cuts(s) == [" so that fighters wounded in battle can be treated"]
    s = "The council voted to close two schools, in a bid to cut its spending before the end of the year."
    assert _cuts(s) == [", in a bid to cut its spending before the end of the year"]


def test_an_as_clause_needs_a_subject_and_a_verb_of_its_own() -> None:
    s = "The deal is likely to help the broadcaster as it enters talks with the government over the licence fee."
    assert _cuts(s) == [" as it enters talks with the government over the licence fee"]
    assert not _cuts("The two men left the room at the same time as the others were leaving the hall.")
    assert not _cuts("The minister accused the unions of acting as a shadow cabinet intent on blocking her.")
    assert not _cuts("The mayor struck voters and shop owners as a realist and able manager.")
    assert not _cuts("He says the army left the valley in 1989 as it fought the rebels and understands their fears.")


def test_a_participial_or_summary_aside_at_the_end_is_a_candidate() -> None:
    s = "Traders hope the mayor will crack down on smuggling, thought to be draining income from the port."
    assert _cuts(s) == [", thought to be draining income from the port"]
    s = "The central bank cut its main rate by half a point, a move that analysts said would anger its partners."
    assert _cuts(s) == [", a move that analysts said would anger its partners"]


def test_nothing_is_proposed_inside_a_quotation() -> None:
    assert not _cuts("The coach said: “We train hard so that the young riders can be ready for the race.”")


def test_a_trailing_clause_goes_only_when_it_names_nothing_new() -> None:
    s = "The bank cut its rate on Monday, a move that analysts said would anger officials in Brasilia."
    e = next(iter(reduction_edits(s)))
    assert trailing_told(s, e, _terms(s)) is False  # Brasilia is new to the reader
    assert trailing_told(s, e, _terms(s) - {canon("brasilia")}) is True
    assert trailing_told(s, Edit(0, 5, "", 0.1, "clause"), set()) is None  # not at the end


def test_a_long_trailing_clause_that_names_nothing_new_may_take_most_of_the_line() -> None:
    s = ("Vodafone will sell the new tablet in all of its shops, as it tries to repeat the success it had with the Nokia phone that "
         "came before it and that sold well in every one of its markets across the world last year.")
    fresh = _terms(s) - {canon("nokia")}  # what the reader has not been told
    line = trim(s, fresh, [], 60)
    assert line == "Vodafone will sell the new tablet in all of its shops.", line
    assert trim(s, _terms(s), [], 60).startswith(line[:-1] + ", as it tries")  # "Nokia" is new: the clause stays


def test_a_line_may_not_end_on_a_word_the_sentence_did_not_end_on_that_needs_more() -> None:
    assert not acceptable("The channel broadcast the debate on its sister station as well as.", True,
                          "The channel broadcast the debate on its sister station as well as on radio.")
    assert acceptable("Only the new phones have a camera, as he said they can.", True,
                      "Only the new phones have a camera, as he said they can.")
    assert not acceptable("The visit by the senator comes.", True, "The visit by the senator comes amid fears.")


def test_a_trailing_clause_with_a_quotation_is_news() -> None:
    s = ("The president praised the help sent by the northern army, describing it as proof of a “brotherhood in "
         "struggle” between the two countries.")
    e = Edit(s.index(", describing"), len(s) - 1, "", 0.35, "participial")
    assert trailing_told(s, e, set()) is False


def test_a_trailing_clause_may_not_take_the_main_verb_after_a_subordinate_aside() -> None:
    s = ("Marsh, when asked to name a council vote with which she disagreed, named a decision to let buyers of "
         "harbour land stay unnamed, a move that may explain a sharp rise in land prices along the coast.")
    line = condense(s, set(), target=140, hard=200)
    assert "named a decision" in line, line


def test_a_relative_clause_does_not_take_the_complement_the_sentence_resumes_with() -> None:
    s = ("The mayor is accused by her former aide of pressing her niece, whom he courted for three long years, "
         "to sign their cottage over to her for a song.")
    assert "to sign their cottage over" in condense(s, set(), target=140, hard=200)


def test_a_second_clause_after_and_is_a_candidate() -> None:
    s = "A review found no grounds for charges against the firm and the file has been passed to the safety regulator."
    assert " and the file has been passed to the safety regulator" in _cuts(s)
    line = trim(s, set(), [], 60)
    assert line == "A review found no grounds for charges against the firm."


def test_and_before_a_list_item_a_figure_or_a_reduced_relative_is_no_clause() -> None:
    assert not _cuts("Officials reported 40 infections in six towns and the only death recorded outside the capital.")
    assert not _cuts("Any hopes of a quick recovery after the floods and the collapse of the bank were soon dashed.")
    assert not _cuts("The council cut its budget and the mayor expects the deficit to fall to 2 percent next year.")
    assert not _cuts("Voters backed the plan, as some local and national papers had predicted for weeks.")


def test_a_vague_trailing_time_is_a_candidate_but_not_a_year_or_a_needed_time() -> None:
    assert _cuts("The firm has faced repeated criticism of its accounts in the past few years.") == [
        " in the past few years"]
    assert _cuts("The studio sold its first cameras to hobbyists in the early 1980s.") == [" in the early 1980s"]
    assert not _cuts("The studio sold its first cameras to hobbyists in 1982.")
    assert not _cuts("The rules were first written in the 1930s.")
    assert not _cuts("The final meeting took place in the 1990s.")


def test_the_as_complement_of_a_verb_like_portray_is_not_a_trailing_clause() -> None:
    text = "Prosecutors tried to portray the builder as a firm that had broken the rules again and again."
    assert not [e for e in reduction_edits(text) if e.rule == "clause" and text[e.start:].lstrip().startswith("as ")]
    text = "The minister resigned on Friday as the newspaper published a report on his expenses."
    assert [e for e in reduction_edits(text) if e.rule == "clause" and text[e.start:].lstrip().startswith("as ")]


def test_a_place_phrase_after_a_verb_that_needs_it_stays_past_an_adverb() -> None:
    line = condense("Some analysts believe the company will use the trade fair next month to unveil another phone "
                    "aimed squarely at the masses.")
    assert line.rstrip(".").endswith("at the masses")


def test_a_participle_aside_the_reported_clause_resumes_after_is_no_trailing_clause() -> None:
    """"said Kim, believed to be abroad, remained a suspect": the aside is bracketed, its clause goes on with
    "remained", so the participle clause is not a trailing cut that would take the reported verb."""
    s = ("A spokeswoman for the city prosecutor said Kim, believed to be staying abroad, remained suspected of fraud "
         "- a lesser charge that would not lead to a warrant.")
    assert not any(c.startswith(", believed") for c in _cuts(s))


def test_a_participle_aside_before_a_modal_is_no_trailing_clause() -> None:
    # the main clause resumes with any finite auxiliary after the aside (lexicon.FINITE_AUX), "should" and "must" too
    assert _cuts("The old ferry, thought to be the oldest afloat, should be retired next year.") == []
    assert _cuts("The old ferry, known as the Grey Lady, must be retired by the council next year.") == []


def test_an_as_clause_with_a_quantity_or_a_plural_subject_is_a_candidate() -> None:
    assert _cuts("The port has closed its eastern pier to all ferries as officials try to repair the storm damage.") == [
        " as officials try to repair the storm damage"]
    assert _cuts("The clinic cut its waiting list by a third as more nurses joined the night shift in the spring.") == [
        " as more nurses joined the night shift in the spring"]
    assert not _cuts("The talks come as prices fell for the third month running across the whole region.")
    users = "We buy more tablets and we as readers will spend longer on these screens."
    assert " as readers will spend longer on these screens" not in _cuts(users)
    assert not _cuts("The vote on the new harbour tax was delayed again as was expected by most of the council.")


def test_an_as_complement_of_a_verb_that_passes_a_thing_off_is_no_clause() -> None:
    """'misrepresented the fees as grants when they were loans': 'as grants' completes the verb; no 'as' clause to cut."""
    assert not _cuts("The auditors argued that the board had misrepresented the fees as grants when they were only loans.")
    assert not _cuts("The harbour board sold the terminal as offices when tenants were scarce in the old town.")
