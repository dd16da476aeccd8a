"""Guards on headline deletions: a line keeps its finite verb, ends on no dangling word, and a comment aside in a
list stays; present verbs count as verbs; "X said yesterday that Y" reads "X says Y"."""
from __future__ import annotations

import pytest

from summarizer.chunks import has_main_verb, has_verb
from summarizer.compress import edits, trim
from summarizer.condense import condense
from summarizer.leadsay import lead_attribution
from summarizer.trimmers import hedge_edits


@pytest.mark.parametrize("sentence, finite", [
    ("The results were contained in a long sealed court filing which has been made public by a judge in Ohio.",
     "were contained"),
    ("Two climbers were killed in an avalanche on the northern face of the mountain near the border.", "were killed"),
    ("The old fort has been used by the army as a depot for the past two years, despite objections from historians.",
     "has been used"),
    ("Large amounts of gravel have been brought in from elsewhere to build the new harbour road, the council said.",
     "have been brought"),
    ("The harbour master was visibly relieved by the new figures showing fewer ferries lost at sea this winter.",
     "was relieved"),
])
def test_a_passive_keeps_its_auxiliary_so_no_line_reads_as_a_caption(sentence: str, finite: str) -> None:
    assert not any(e.rule == "auxiliary" for e in edits(sentence))
    line = trim(sentence, set(), [], 40)
    assert finite in line, line
    assert has_main_verb(line)


def test_plain_present_verbs_are_verbs_but_not_after_a_determiner() -> None:
    assert has_verb("The annual report includes figures on road deaths")
    assert has_main_verb("The survey shows a steady fall in prices")
    assert has_verb("Kim plans a second visit")
    assert not has_verb("The plans for a second visit")
    assert not has_verb("his remains in a small grave")


def test_a_line_does_not_end_on_a_verb_that_needs_its_complement() -> None:
    s = ("The intervention by the senator, who sits on the budget committee, comes amid fears that the bank will be "
         "sold to a rival.")
    line = trim(s, set(), [], 40)
    assert not line.rstrip(".").endswith("comes"), line


def test_a_comment_aside_after_a_list_item_stays() -> None:
    s = "The shop sells apples, pears, for example, plums and other fruit to the people of the town."
    assert not any(e.rule == "comment" for e in hedge_edits(s))
    s = "A camera, for example, can record the whole event in high definition and send it away."
    assert [s[e.start:e.end] for e in hedge_edits(s) if e.rule == "comment"] == [", for example,"]


def test_no_line_ends_on_a_conjunction_or_a_subordinator() -> None:
    s = ("The prospectus for the sale revealed a generous incentive package for the two managers - although, because "
         "they are not directors of the main company, they do not have to disclose the exact amount.")
    line = condense(s, set(), target=140, hard=200)
    assert not line.rstrip(".").endswith(("although", "-")), line
    s = ("The channel is broadcasting the debate on its sister station as well as on its nationwide radio station in "
         "the north of the country.")
    assert not condense(s, set(), goal=60).rstrip(".").endswith(" as"), condense(s, set(), goal=60)


def test_a_trailing_clause_is_not_taken_from_its_preposition() -> None:
    s = "Its results were released after the close of trading, and its shares rose by 2.5% in after - hours trading."
    assert "in." not in condense(s, set(), goal=60)


def test_the_time_after_said_goes_with_it() -> None:
    s = "Human rights groups said yesterday that hundreds of people detained during the protests were still missing."
    assert lead_attribution(s).startswith("Human rights groups say hundreds of people")
    s = "The agency said on Monday that when the rider was visited at his house, he did not stay under watch."
    assert lead_attribution(s).startswith("The agency says that when the rider")  # "that" before a subordinate clause


def test_a_trailing_clause_stays_bound_to_its_time_or_its_part() -> None:
    s = ("The news comes just a week after the chief executive surprised the industry by revealing that his weight "
         "loss was the result of a rare illness.")
    assert "just a week after" in condense(s, set(), goal=60)
    s = ("The candidate called her rival a Marxist, in part because of an essay he wrote as a student and because he "
         "favoured higher taxes.")
    assert not condense(s, set(), goal=60).endswith("in part."), condense(s, set(), goal=60)


def test_the_second_half_of_a_compound_is_no_dash_aside() -> None:
    from summarizer.dashes import dash_asides

    assert not dash_asides("Those who helped him knew, since no - one could carry out such a fraud alone.")
    assert not dash_asides("It became the most sought - after autograph in the village at the start.")
    assert dash_asides("He wrote a new book - a paean to American values - this autumn.")


def test_no_full_stop_after_a_closing_quotation_that_ends_the_line() -> None:
    s = ("The singer can be heard shouting to his aides, “Get him off the stage!” before they leap into action and "
         "push the comedian away from the microphone.")
    assert condense(s, set(), goal=60).endswith("stage!”")


def test_a_quotation_before_a_speaker_with_a_role_or_an_affiliation_is_attributed() -> None:
    s = "“They will watch it from a distance,” police officer Tom Lorenz told the Daily Courier."
    assert condense(s, set()) == "Tom Lorenz: “They will watch it from a distance”"
    s = "“His overall health was fine,” said Dr Anna Kern of the University of Leeds."
    assert condense(s, set()) == "Dr Anna Kern: “His overall health was fine”"
    s = "“He is looking forward to telling his side,” defence attorney Ed Chan said outside court."
    assert condense(s, set()).startswith("Ed Chan: “He is looking forward")


def test_he_is_the_one_who_spoke_in_the_sentence_before_when_it_names_several_people() -> None:
    from summarizer.referents import resolve

    before = ["In a statement, Dr Kern's lawyer Edward Chan said the warrant covered only the medical records."]
    assert resolve("He added Dr Kern was present during the search.", before).startswith("Edward Chan added")
    before = ["Also on Wednesday, paramedic Rick Senna said Dr Kern did not mention the drug he had given."]
    assert resolve("He said the patient looked pale.", before) == "Rick Senna said the patient looked pale."
    assert resolve("He said it was over.", ["John Smith met Paul Jones in Paris."]) == "He said it was over."


def test_a_trailing_when_clause_stays_after_a_year_or_do_so() -> None:
    s = "The wife of the jailed producer is counting down the days until 2028, when he will become eligible for parole."
    assert condense(s, set(), goal=40).endswith("eligible for parole.")
    s = "The judges hear very few of the appeals, and they only do so when they believe there is a point of law at stake."
    assert not condense(s, set(), goal=40).endswith("do so.")


def test_a_lone_plural_or_name_before_said_keeps_the_past_that_agrees_with_both() -> None:
    rest = "the ferry had left the harbour two hours before the storm reached the northern coast."
    assert lead_attribution("Inspectors said " + rest) == "Inspectors said " + rest  # not "Inspectors says"
    assert lead_attribution("Hutchings said " + rest) == "Hutchings said " + rest  # a name: "said" agrees too
    assert lead_attribution("Marsh said " + rest) == "Marsh says " + rest
    assert lead_attribution("Harbour officials said " + rest) == "Harbour officials say " + rest
