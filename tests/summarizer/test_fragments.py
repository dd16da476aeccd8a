"""Sentences with no main clause: a subordinate clause alone is never a digest line."""
from __future__ import annotations

import pytest

from summarizer.fragments import no_main_clause, says_nothing
from summarizer.standalone import has_clause


@pytest.mark.parametrize(
    "line",
    [
        "Just as the minister tries to win the vote with the \" bold \" new plan …",  # the main clause was cut away
        "While the council weighs the offer from the bidder …",  # (a plural noun counts as a verb: kept)
        "Because they are far too wise to fall for it.",  # an answer torn from its question
        "As if it could be won by more spending alone.",
        "Although the company has denied any wrongdoing.",
        "Veltria, where most goats are raised by the northern hill farmers.",  # a name and its aside: no predicate
        "The Bank of Osterby, which sets the interest rate.",
    ],
)
def test_a_subordinate_clause_alone_is_no_line(line: str) -> None:
    assert no_main_clause(line)
    assert not has_clause(line)


@pytest.mark.parametrize(
    "line",
    [
        "When the quake struck, thousands fled to the hills …",  # the main clause follows the comma
        "As the storm approached residents fled the coast …",  # two verb groups: the main clause is there
        "Because of the storm flights were cancelled at three airports.",  # "because of" is a preposition
        "If arrested the activist will appear before magistrates on Monday.",  # a reduced clause, then the main one
        "As a result the bill passed the Senate …",  # "as" before an article is a preposition
        "Unless Congress acts by Friday the government will shut down.",  # two verb groups, no comma
        "Just as the minister tries to win the vote – unveiled on Monday – rivals have rejected the plan.",
        "When he was elected in 2004 he promised to cut taxes for small firms and farmers across the country.",
        "The minister resigned because the inquiry had found that he misled parliament.",  # a main clause opens it
        "He flew to Osterby, where he will meet the president.",  # its predicate before the comma
        "The minister, who resigned on Monday, said he was sorry.",  # the aside closes and the predicate follows
    ],
)
def test_a_sentence_with_its_main_clause_is_kept(line: str) -> None:
    assert not no_main_clause(line)


def test_a_long_subordinate_clause_with_a_number_and_a_compound_is_still_a_fragment() -> None:
    assert no_main_clause("Although many of the approximately 1,500 bakers angrily denounced a deal-struck "
                          "under pressure from the mill owners.")
    assert not no_main_clause("Although 1,500 bakers denounced the deal, the mill owners signed it on Monday.")
    assert not no_main_clause("Although it rained all morning the fair opened on time and drew 1,500 visitors.")


def test_a_speaker_with_nothing_said_is_a_fragment() -> None:
    assert no_main_clause("Jo Bloggs, a baker at the Provo mill, was quoted as saying in the guild's statement.")
    assert no_main_clause("Jo Bloggs, a baker at the Provo mill, said in an interview.")
    assert not no_main_clause("Bread prices will rise next year, Jo Bloggs said on Monday.")
    assert not no_main_clause("The mill closed early, the guild's spokesman said.")
    assert not no_main_clause("Jo Bloggs, a baker at the Provo mill, said prices would rise.")


def test_a_name_and_its_appositive_alone_is_no_main_clause() -> None:
    """A full name and the noun phrase after its comma, with no verb but an infinitive, has no predicate."""
    assert no_main_clause("Jo Roe, the first person in Fiji to catch the new flu in the islands.")
    assert no_main_clause("Kim Jong-un, the leader of North Korea.")
    assert not no_main_clause("Jo Roe, the mayor, has resigned.")  # the predicate after the aside
    assert not no_main_clause("Jo Roe, a baker who lost his job at the mill.")  # a verb inside: not sure
    assert not no_main_clause("Still, a few questions linger.")  # a sentence adverb, not a name
    assert not no_main_clause("Fortunately, the talk about the package did not last.")


@pytest.mark.parametrize("sentence", [
    "Jo Roe told a reporter from the Harbour FM radio station.",
    "Kim told a crowd of reporters who had waited near the harbour gates.",
    "The harbour master, Jo Roe, told reporters in Lowmere yesterday.",
    "Kim told the Gazette after the ruling.",
])
def test_a_speaker_told_an_audience_nothing_is_a_fragment(sentence: str) -> None:
    assert says_nothing(sentence)


@pytest.mark.parametrize("sentence", [
    "Kim told reporters the talks had failed.",
    "Kim told the court he was innocent.",
    "The mayor told the council that taxes would rise.",
    "Police told residents to stay indoors.",
    "Kim told reporters who asked about the vote that it had failed.",
    "The harbour photograph told a different story.",
    "Roe told of her ordeal at sea.",
    "She was unhappy about the ferry, she tells us.",
    "“We are ready,” Kim told reporters.",
])
def test_a_speaker_who_told_something_says_something(sentence: str) -> None:
    assert not says_nothing(sentence)


@pytest.mark.parametrize("sentence", [
    "Asked explicitly were there plans for Pike to leave the harbour board.",
    "Asked whether the ferry would sail again.",
    "When asked by reporters if the levy was dead.",
])
def test_question_put_with_no_answer_is_no_main_clause(sentence: str) -> None:
    assert no_main_clause(sentence)


@pytest.mark.parametrize("sentence", [
    "Asked whether the ferry would sail again, Pike said no.",
    "Asked if the levy was dead a council spokesman said it was a matter for the board.",
    "Asked to comment, the ferry company declined.",
    "Asked about the fire he declined to comment.",
])
def test_question_with_its_answer_keeps_its_main_clause(sentence: str) -> None:
    assert not no_main_clause(sentence)


def test_a_listed_that_clause_is_an_item_of_the_sentence_before() -> None:
    assert no_main_clause("Second, that as before, every ferry deployed to the islands is fully equipped for the crossing.")
    assert no_main_clause("Firstly, that the harbour fees will not rise before the new quay opens.")
    assert not no_main_clause("First, that is not what the harbour board promised the ferry crews.")
    assert not no_main_clause("Second, the harbour board said every ferry would be fully equipped.")
