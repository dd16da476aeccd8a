"""The tense, aspect and frame of a sentence's main clause (summarizer.aspect)."""
from __future__ import annotations

from datetime import date

from summarizer.aspect import LASTING, MODAL, PAST, PAST_PERFECT, PERFECT, PROGRESSIVE, SAYING, STATE, aspect, cues

DAY = date(2031, 3, 12)  # a Wednesday


def test_the_main_clause_decides_not_a_subordinate_one() -> None:
    # a perfect and a future in the "although" clause; the main clause tells a standing rule
    assert aspect("The offence carries a fine of a year's wages, although the council has said it will waive it.") == STATE
    # a past in the relative clause; the main clause tells what such cases are
    assert aspect("Such fines against a ferry company are rare and need proof that a captain ignored a warning.") == STATE
    # no finite verb the shallow finder knows, after a plural subject
    assert aspect("After decades of drought, which is worsening in the south, most farmers depend on wells.") == STATE


def test_each_aspect_of_the_first_verb_group() -> None:
    assert aspect("The skipper is being held at the port awaiting a hearing.") == PROGRESSIVE
    assert aspect("The coastguard has been involved in the search.") == LASTING
    assert aspect("The council has closed the bridge to lorries.") == PERFECT
    assert aspect("The crew had already left the harbour.") == PAST_PERFECT
    assert aspect("The ferry crossed the bay with twelve passengers.") == PAST
    assert aspect("The bridge will reopen in May.") == MODAL
    assert aspect("The harbour master said the ferry was late.") == SAYING
    # a time adverb between the auxiliary and the participle does not make "has" a verb of possession
    assert aspect("The skipper has today been fined 4,000 euros for the collision.") == LASTING
    assert aspect("The skipper has been fined 4,000 euros for the collision.") == LASTING
    # "the fact remains that ...": the clause after "that" tells it
    assert aspect("The fact remains that most of the grain is still sitting in the port.") == PROGRESSIVE


def test_a_state_counts_only_unanchored_unattributed_and_with_no_plan() -> None:
    assert cues("The island depends on the ferry for food.", DAY)["a_state"] == 1.0
    assert cues("The island depends on the ferry for food, the mayor said.", DAY)["a_state"] == 0.0  # attributed
    assert cues("The island is short of food today.", DAY)["a_state"] == 0.0  # anchored on the day
    assert cues("The ferry company is to pull out of the route.", DAY)["a_state"] == 0.0  # a plan
    assert cues("The ferry crossed the bay with twelve passengers.", DAY)["a_state"] == 0.0  # an event


def test_earlier_roles_generic_subjects_and_documents() -> None:
    assert cues("Ms Oduya was previously head of the port authority.", DAY)["a_formerly"] == 1.0
    assert cues("Ms Oduya was appointed head of the port authority.", DAY)["a_formerly"] == 0.0
    assert cues("Such closures are rare on the island.", DAY)["a_generic"] == 1.0
    assert cues("The closures are rare on the island.", DAY)["a_generic"] == 0.0
    assert cues("The audit alleged that the company had skipped safety checks.", DAY)["a_document"] == 1.0
    assert cues("The skipper is heard to say the engine has failed.", DAY)["a_document"] == 1.0
    assert cues("The skipper said the engine had failed.", DAY)["a_document"] == 0.0
    assert cues("The audit released on Monday found that checks were skipped.", DAY)["a_document"] == 0.0  # recent


def test_an_adverb_inside_the_verb_group_keeps_the_perfect() -> None:
    assert aspect("The mayor has strongly defended the closure of the bridge.") == PERFECT
    assert aspect("A group of fishermen has since written to the minister.") == PERFECT
    assert aspect("The crew have largely kept away from the press.") == PERFECT
    assert aspect("Island families rely on the ferry for food.") == STATE  # a verb that ends in -ly is still the verb


def test_more_plans_and_a_describing_witness_are_no_state() -> None:
    assert cues("The dredgers are all expected to leave the harbour.", DAY)["a_state"] == 0.0
    assert cues("The auction is scheduled to take place in the port.", DAY)["a_state"] == 0.0
    assert cues("The council proposes to pay for the bridge with a toll.", DAY)["a_state"] == 0.0
    assert cues("Describing the storm, the skipper lists the damage to the hull.", DAY)["a_state"] == 0.0
    assert cues("The council pays for the bridge with a toll.", DAY)["a_state"] == 1.0


def test_irregular_participles_make_a_perfect_and_asking_is_saying() -> None:
    assert aspect("The harbour board has come under criticism from the unions.") == PERFECT
    assert aspect("Opinion in the port has swung against the dredging plan.") == PERFECT
    assert aspect("The defence asks the judge to keep the report sealed.") == SAYING


def test_the_state_of_the_news_itself_is_no_backdrop_state() -> None:
    assert cues("The new cases include three crew members of the ferry.", DAY)["a_state"] == 0.0
    assert cues("There are eight suspected cases in the port.", DAY)["a_state"] == 0.0
    assert cues("The leak appears to have started in the engine room.", DAY)["a_state"] == 0.0
    assert cues("The skipper replied that the hull is sound.", DAY)["a_state"] == 0.0
    assert cues("New ferries carry more cars than the old ones.", DAY)["a_state"] == 1.0  # a kind, not the news
