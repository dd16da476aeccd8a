"""Reaction lines (summarizer.reaction): words or feelings about an event, told apart from the event."""
from __future__ import annotations

from summarizer.reaction import reaction, silent


def test_quoted_speech_alone_is_a_reaction() -> None:
    assert reaction("The harbour master: “We have never seen a storm like this”") == "quote"
    assert reaction("As the mayor conceded, “Our task now is to rebuild trust”.") == "quote"
    assert reaction("The spokeswoman said: “We are doing everything we can”.") == "quote"
    assert reaction("A damning audit described the agency as running “the most chaotic office in the region”.") == "quote"


def test_a_speakers_state_of_mind_is_a_reaction() -> None:
    assert reaction("The coach says he was shocked by the findings of the inquiry.") == "stance"
    assert reaction("City hall has said the council is committed to seeking a settlement with the union.") == "stance"
    assert reaction("Her agent says she had not seen the footage and so could not comment.") == "stance"


def test_a_verb_of_reaction_leading_the_clause_is_a_reaction() -> None:
    assert reaction("Opposition leaders condemned the decision to close the port.") == "react"
    assert reaction("The union welcomed the offer.") == "react"


def test_an_event_and_a_reported_fact_are_not_reactions() -> None:
    assert reaction("Police arrested two men in Gdansk on Tuesday.") == ""
    assert reaction("Health officials say about 40 pupils at a Lublin school have fallen ill.") == ""
    assert reaction("The court granted the driver bail of 5,000 zloty.") == ""
    # a quotation inside an event clause, not at its end, is no quoted speech alone
    assert reaction("The ferry then drifted into a “very dangerous position” near the rocks.") == ""
    assert reaction("The inspector said the bridge had been closed for repairs.") == ""
    # a characterisation that goes on to tell more is not the speaker's words alone
    assert reaction("The mayor described the vote as a “turning point” but the council delayed the budget.") == ""


def test_a_non_comment_is_silent() -> None:
    assert silent("Her agent refused to comment.")
    assert silent("Police denied the report and the club declined to comment on it.")
    assert silent("The ministry would not say how many soldiers were wounded.")
    assert silent("A spokesman said he couldn't confirm the figure.")
    assert silent("The coach cannot comment on an ongoing case, his lawyer says.")
    assert silent("“No comment,” the minister told reporters.")


def test_a_statement_or_an_event_is_not_silent() -> None:
    assert not silent("Police confirmed the arrest of two men in Gdansk.")
    assert not silent("The minister commented on the report at length on Tuesday.")
    assert not silent("The mayor said the bridge would not reopen this year.")
    assert not silent("The court refused to grant the driver bail.")
