"""Was a sentence's main event told? A new actor and action is news; a paraphrase of a told event is not."""
from __future__ import annotations

from summarizer.novelty import Memory, judge
from summarizer.told import action_terms, main_event, tells, untold_event

TOLD = ["The city's mayor, Anna Brindle, has pleaded not guilty to a charge of harbour bribery and is awaiting trial.",
        "The mayor denies taking bribes from the harbour contractor."]
NEW = "A magistrate has ordered the city's mayor, Anna Brindle, to stand trial for harbour bribery."


def _memory(sentences: list[str]) -> Memory:
    memory = Memory()
    for s in sentences:
        memory.add(s, "story", "a1")
    return memory


def test_main_event_reads_the_action_and_the_head_of_its_subject() -> None:
    action, subject = main_event("A magistrate has ordered the mayor to stand trial for bribery.")
    assert "order" in action and subject == "magistr"


def test_plans_backstory_and_unreadable_subjects_are_no_event() -> None:
    assert main_event("The council will decide whether to suspend the mayor.") == (frozenset(), "")
    assert main_event("Investigators had concluded that the contractor paid the mayor.") == (frozenset(), "")
    assert main_event("The mayor fears being suspended by the council.") == (frozenset(), "")
    assert main_event("In March, the council suspended the mayor.") == (frozenset(), "")  # a month without its day
    assert main_event("Last year the council suspended the mayor.") == (frozenset(), "")
    assert main_event("The chief clerk stepped down over the affair.") == (frozenset(), "")  # a phrasal verb
    assert not main_event("Lawyer Ed Brindle subpoenaed the contractor.")[0] & {"ed", ""}  # "Ed" is a name
    assert "suspend" in main_event("On March 3, the council suspended the mayor.")[0]
    # the verb of a subordinate clause is not the main event
    assert main_event("On Monday the donors pledged aid for the port, where flood damage is hampering the work.") == (
        frozenset(), "")


def test_british_and_american_spellings_share_an_action() -> None:
    assert action_terms("apologised") & action_terms("apologized")


def test_a_known_sentence_tells_the_event_by_its_subject_or_in_the_passive() -> None:
    action, subject = main_event("A magistrate has ordered the mayor to stand trial for bribery.")
    assert tells("Last week a magistrate ordered the mayor to hand over her passport.", action, subject)
    assert tells("The mayor was ordered to stand trial.", action, subject, {"mayor", "trial"})
    assert not tells("Tests were ordered on the contractor's accounts.", action, subject, {"mayor", "trial"})
    assert not tells("A magistrate may order a trial next month.", action, subject)  # a prospect, not a fact


def test_a_new_event_about_known_participants_is_news() -> None:
    memory = _memory(TOLD)
    text = NEW
    assert untold_event(text, TOLD, memory, set())
    assert judge(text, memory, "story").novel


def test_a_paraphrase_of_the_told_event_stays_known() -> None:
    memory = _memory(TOLD + ["A magistrate ordered the mayor, Anna Brindle, to stand trial for bribery on Monday."])
    text = NEW
    assert not untold_event(text, [], memory, set())
    assert not judge(text, memory, "story").novel


def test_within_a_digest_a_new_event_is_not_merged_into_its_prospect() -> None:
    """Sentences of one digest merge into the item they retell (``new_actions`` off), but an event is no
    retelling of the plan or prospect of it another article of the day told."""
    prospect = "A magistrate will decide if the city's mayor, Anna Brindle, must stand trial for harbour bribery."
    fresh = _memory(TOLD + [prospect])
    assert judge(NEW, fresh, "story", new_actions=False).novel
    retold = _memory(TOLD + ["A magistrate ordered the city's mayor, Anna Brindle, to stand trial for harbour bribery."])
    assert not judge(NEW, retold, "story", new_actions=False).novel
