"""Sentence stance (summarizer.stance): the event prior against opinion, analysis and scene-setting cues."""
from __future__ import annotations

import pytest

from summarizer.stance import commentary, event_prior, opinion_probability
from summarizer.weights import OPINION_CUT, STANCE_CUT

EVENTS = [
    "Police arrested 12 people in Lyon on Monday after a march turned violent.",
    "The Harbour Board has suspended two pilots, its chairman Ana Sousa said on Tuesday.",
    "Floodwater cut the railway between Tarvik and Ostmoor, stranding 300 passengers.",
    "Greta Lind says the council will vote on the bridge plan next week.",
]
COMMENT = [
    "Nations can quickly argue themselves into a feud, and they seldom notice it happening.",
    "If the talks fail, the cost could be enormous for everyone involved.",
    "We should be honest about what this means for our children.",
    "A painter is hanging a flag from the balcony while children are playing in the square.",
    "In other words, the real question is whether anyone still believes the promises.",
    "Consider the irony of a government that preaches prudence and practises excess.",
]


@pytest.mark.parametrize("text", EVENTS)
def test_an_event_report_is_not_commentary(text: str) -> None:
    assert event_prior(text) >= 0.6
    assert commentary(text) < STANCE_CUT


@pytest.mark.parametrize("text", COMMENT)
def test_opinion_analysis_and_scenes_reach_the_cut(text: str) -> None:
    assert commentary(text) >= STANCE_CUT


def test_a_speakers_modal_and_voice_inside_quotes_are_reported() -> None:
    quoted = 'Mayor Ines Dahl said: "We should have acted sooner and we must act now."'
    assert commentary(quoted) < STANCE_CUT
    assert commentary("We should have acted sooner and we must act now.") >= STANCE_CUT


def test_the_event_prior_damps_an_opinion_cue_in_a_report() -> None:
    hedged = "Rescuers probably pulled survivors from the rubble in Kestrel on Sunday."
    assert 0.0 < commentary(hedged) < STANCE_CUT <= commentary("The rescuers probably did what they could in the rubble.")
    assert commentary("The banks would probably receive $125bn under the plan.") == 0.0  # a hedged figure is a plan


def test_a_photo_caption_is_held_back_and_fragments_are_not_judged() -> None:
    assert commentary("Firefighters search the depot in Marlow in this undated handout photo.") == 1.0
    assert commentary("Very sad.") == 0.0 and commentary("") == 0.0


def test_an_argument_step_is_no_name() -> None:
    """"Third, we need ..." is the writer's voice as much as "We need ...": the step word is not a named actor."""
    from summarizer.stance import commentary

    plain = "We need new rules to be agreed; compromises which let trade go on and keep quarrels at bay."
    assert commentary("Third, " + plain[0].lower() + plain[1:]) == commentary(plain) >= 0.3


def test_a_columns_plain_statement_needs_its_articles_genre_evidence() -> None:
    """A statement with no opinion cue reads as a report alone; in an article that reads as a column it is held back,
    and an event report is not, whatever its article."""
    plain = "The old alliance has much better friends in the south than anyone in the capital admits."
    assert commentary(plain) < STANCE_CUT <= commentary(plain, genre=1.0)
    assert commentary(plain, genre=0.1) < STANCE_CUT  # a report's own low genre evidence moves nothing
    assert commentary(EVENTS[0], genre=1.0) < STANCE_CUT
    assert commentary(plain, genre=1.0, genre_weight=0.0) == commentary(plain)


def test_genre_evidence_leaves_a_told_action_and_an_attributed_statement_alone() -> None:
    """In a column too, a sentence telling an action or attributing a statement has an event's shape."""
    for text in ("The ministers signed the new treaty in the old hall.",
                 "Officials said the old alliance has much better friends in the south."):
        assert commentary(text, genre=1.0) == commentary(text) < STANCE_CUT


@pytest.mark.parametrize("text", [
    "Why did the harbour board wait three weeks to tell anyone?",  # the writer's own question
    "Like the march on the capital before it, the rally drew more jokes than anger.",  # an opening comparison
    "The harbour board is to be applauded for not panicking over the strike.",  # a verdict on an actor
    "As with any scandal in this town, the cover-up grew faster than the crime.",
])
def test_questions_comparisons_and_verdicts_of_the_writer_are_commentary(text: str) -> None:
    assert commentary(text) >= STANCE_CUT


@pytest.mark.parametrize("text", [
    'Ana Sousa asked: "Why did the board wait three weeks?"',  # a speaker's question is reported
    "Like the rest of the cabinet, Dahl voted for the bridge plan on Monday.",  # a comparison around an event
])
def test_a_quoted_question_and_a_comparison_around_an_event_are_reports(text: str) -> None:
    assert commentary(text) < STANCE_CUT


def test_opinion_probability_weighs_genre_cues_events_and_plans() -> None:
    scene = "A painter is hanging a flag from the balcony while children are playing in the square."
    assert opinion_probability(scene, 0.9) >= OPINION_CUT  # a scene in a feature-like article
    assert opinion_probability(scene, 0.0) < OPINION_CUT  # the same in a report: one line does not tell
    assert opinion_probability(EVENTS[0], 0.9) < OPINION_CUT  # an event told, whatever the article
    plan = "The harbour board is about to sell the northern quay to a shipping group."
    assert opinion_probability(plan, 0.6) < opinion_probability(plan.replace("is about to sell", "sells"), 0.6)


@pytest.mark.parametrize("text", [
    "Harbour pilots say the new channel is too shallow for the largest tankers.",  # a plural's reporting present
    "Fishermen in Ostmoor warn that the quota will empty the harbour.",
    "The stage honours went to a rider from Tarvik on Monday.",  # a past of motion PAST_ACTION does not read
])
def test_a_plurals_report_and_a_past_of_motion_are_actions(text: str) -> None:
    assert event_prior(text) > 0
    assert opinion_probability(text, 0.6) < OPINION_CUT  # in a feature-like article too: it may lead its story


@pytest.mark.parametrize("text", [
    "I say the bridge is a folly nobody needs.",  # the writer's own voice, not a report
    "Officials refuse to say how many boats are missing.",  # "to say": no saying told
])
def test_the_writers_say_and_an_infinitive_are_no_report(text: str) -> None:
    assert event_prior(text) == 0


@pytest.mark.parametrize("text", [
    "The harbour board is considering a bid for the northern quay.",
    "The minister was on her way to Tarvik, promising to reopen the ferry line.",
])
def test_an_intention_under_way_is_a_plan(text: str) -> None:
    from summarizer.stance import opinion_cues
    assert opinion_cues(text)["o_plan"] == 1.0
