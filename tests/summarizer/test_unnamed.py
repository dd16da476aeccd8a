from __future__ import annotations

import pytest

from summarizer.unnamed import unnamed_subject


@pytest.mark.parametrize("line", [
    "In a rare interview, they told the Gazette about the harbour.",
    "On Monday, he said the talks would resume.",
    "However, it has refused to comment on the ferry.",
    "Speaking in Paris, she said the deal was close.",
    "Before he could reach the clinic, he infected eight people.",
    "Among them are his sister Ada, his uncle and two neighbours.",
    "Both of them were taken to hospital.",
    "Of these, 12 have died.",
    "Of those, 2,000 actually voted.",
    "A month later, he saved two more lives.",
    "Displaying a calm smile, she cannot see why the board was annoyed.",
    "He told reporters he would stay.",
])
def test_a_subject_the_line_does_not_name_is_unnamed(line: str) -> None:
    assert unnamed_subject(line)


@pytest.mark.parametrize("line", [
    "When Ada Brook arrived, she said the deal was close.",
    "When the minister arrived, he said the deal was close.",
    "In London, it is unclear whether the port will reopen.",
    "After the vote, the party said it would appeal.",
    "Meanwhile, police said they had arrested two men.",
    "Among the dead are two children.",
    "Of the 30 cases, 12 were in the capital.",
    "Most of those hospitalized had lung disease.",
    "Two of them, Acme Ferries and Bolt Rail, want the tender reopened.",
    "Some of the victims were children.",
    "Following the vote, the board said it would appeal.",
    "Speaking after Ada Brook left, he said the deal was close.",
    "Now, she complains, her husband is locked in a cell all day.",
    "For a man whose world fell apart last year, he looked calm.",
])
def test_a_subject_the_line_names_is_not_unnamed(line: str) -> None:
    assert not unnamed_subject(line)


@pytest.mark.parametrize("line", [
    "If she does, the harbour board will at last speak with one voice.",
    "If so, the ferry will sail again on Monday.",
    "When they do, ticket prices across the region will rise by a tenth.",
    "If it isn't, the council will pay for the repairs itself.",
])
def test_an_opening_clause_whose_predicate_was_in_an_earlier_sentence_is_no_line(line: str) -> None:
    assert unnamed_subject(line)


@pytest.mark.parametrize("line", [
    "If the council agrees, the ferry will sail again on Monday.",
    "If approved, the plan will cost the harbour board £2m.",
    "As it does every year, the council set the ferry toll in May.",
])
def test_an_opening_clause_with_its_own_predicate_keeps_the_line(line: str) -> None:
    assert not unnamed_subject(line)


@pytest.mark.parametrize("line", [
    "An unusual figure in Lowmere, he served in the harbour council for ten years.",
    "Like the port authority, it is expected to give most of its money through the banks.",
    "Now a councillor with the opposition Harbour party, he led chants of “Out!” from the top of a van.",
    "Once an ally of the mayor, she voted against the quay plan on Monday.",
    "The fish is mostly eaten, he says, by visitors to the harbour.",
    "The talks on Monday failed, she said.",
])
def test_a_description_or_a_speaker_set_off_leaves_whom_it_means_unnamed(line: str) -> None:
    assert unnamed_subject(line)


@pytest.mark.parametrize("line", [
    "A day after Kim spoke, he resigned from the board.",
    "Roe will appeal the verdict, he said.",
    "The harbour will reopen on Monday, the mayor said.",
])
def test_a_line_that_names_whom_the_pronoun_may_mean_stays(line: str) -> None:
    assert not unnamed_subject(line)


@pytest.mark.parametrize("line, unnamed", [
    ("Harbour agency: She was inspecting the pier when the crane fell.", True),
    ("Port authority: They will close the ferry on Monday.", True),
    ("Port authority: It is unclear when the ferry will reopen.", False),
    ("Port authority: The ferry will close on Monday.", False),
])
def test_a_person_right_after_a_speakers_label_is_as_unnamed_as_at_the_start(line: str, unnamed: bool) -> None:
    assert unnamed_subject(line) is unnamed


@pytest.mark.parametrize("line", [
    "With ferry fares rising after the summer, he is gloomy about the harbour's future.",
    "With a vote due next spring, she said the quay plan was her last chance.",
    "Another quoted the harbour master as calling the plan “reckless”.",
    "Another said the ferry had left an hour late.",
    "Others were less lucky.",
    "Others have compared the quay plan to a sinking ship.",
])
def test_a_with_opening_or_a_bare_another_leaves_the_subject_unnamed(line: str) -> None:
    assert unnamed_subject(line)


@pytest.mark.parametrize("line", [
    "With hindsight, it made little difference whether the ferry sailed.",
    "With fuel prices rising, it will be hard for the harbour board to balance its books.",
    "With Ada Brook at the helm, she said the ferry would sail on time.",
    "Another suspected case of ferry fever was found in Lowmere on Monday.",
    "Another ferry sank off Lowmere on Monday.",
    "Another 20 passengers were rescued on Tuesday.",
    "Others in the crew were rescued by a trawler.",
])
def test_a_with_opening_of_an_expletive_it_or_another_with_its_noun_keeps_the_line(line: str) -> None:
    assert not unnamed_subject(line)


@pytest.mark.parametrize("line", [
    "Yesterday he opened the new harbour wall to traffic.",
    "On Thursday she cancelled the ferry contract.",
    "In 2019 they won the regional cup.",
])
def test_a_pronoun_after_an_opening_time_without_a_comma_is_unnamed(line: str) -> None:
    """"Yesterday he opened ..." leans on a sentence the reader never saw, as "Yesterday, he opened ..." does."""
    assert unnamed_subject(line)


@pytest.mark.parametrize("line", [
    "On a route he knows well Jo Roe expects to win.",  # no time: "he" is in a clause before the subject
    "In a message that he never sent the mayor apologised.",
    "On Monday it emerged that the pier had been sold.",  # an expletive "it"
    "Yesterday Jo Roe said he would stay.",
])
def test_a_pronoun_after_an_opening_that_is_no_time_or_names_someone_is_not_unnamed(line: str) -> None:
    assert not unnamed_subject(line)


def test_a_name_before_a_noun_after_the_names_no_he_or_she() -> None:
    """""During the Roe administration" names a time, not the person: a "he" or "she" after it
    is still unnamed; an "it" or a "they" can be the thing named ("As for the Harbour party, it ...")."""
    assert unnamed_subject("During the Roe administration, he said the port should be sold to the highest bidder.")
    assert unnamed_subject("After the Kensington inquiry, she founded a charity for the families of the victims.")
    assert not unnamed_subject("As for the Harbour party, it could lose its seats if the vote goes ahead next week.")
    assert not unnamed_subject("After Jo Roe spoke, she left the hall without taking questions from the press.")


def test_a_pronoun_subject_after_any_prepositional_opening_is_unnamed() -> None:
    from summarizer.unnamed import unnamed_subject
    for line in ("Without a diploma, she rose to the head of the sales team.",
                 "Over the course of two hours, he posted the message twenty times.",
                 "Under its charter, it can only accept gifts of up to $5,000."):
        assert unnamed_subject(line)
    assert not unnamed_subject("Without Ada Quell, the team lost the final in May.")
