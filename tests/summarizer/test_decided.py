"""An outcome told after its announcement is news: the suit was told, the ruling on it was not."""
from __future__ import annotations

from summarizer.decided import outcome_event, resolved
from summarizer.memory import features
from summarizer.novelty import Memory, judge
from summarizer.text import canon

# What the channel was told months before: the suit filed, its claims (invented sentences).
SUIT = ["The harbour pilot's widow sues the ferry company Brellis over his death in the storm.",
        "Mara Quill has filed a wrongful death lawsuit against Brellis, claiming the company ignored the storm warnings.",
        "The ferry company Brellis says the pilot alone was responsible for the crossing during the storm."]
# The day's lead: the ruling on that suit, told in the words of the suit.
RULING = ("The harbour pilot's widow may proceed with a lawsuit claiming the ferry company Brellis was responsible for "
          "his death in the storm, a judge has ruled.")


def _memory(sentences: list[str]) -> Memory:
    memory = Memory()
    for s in sentences:
        memory.add(s, "story", "a1")
    return memory


def test_the_outcome_is_read_in_a_closing_attribution() -> None:
    assert outcome_event(RULING) == (frozenset({canon("ruled"), canon("decided")}), canon("judge"))
    assert outcome_event("A judge will rule on the lawsuit next week.") == (frozenset(), "")  # a plan, not an outcome
    assert outcome_event("The widow, who sued in June, says she wants answers.") == (frozenset(), "")  # a relative clause
    assert outcome_event("The widow asked the court to hear the case.") == (frozenset(), "")  # a request is no outcome
    assert outcome_event("The ferry captain was freed on bail.")[0] >= {canon("granted"), canon("freed")}  # one class


def test_a_subject_with_a_phrase_after_its_head_is_not_read() -> None:
    # the judge decided, not the captain: the word before the verb is not the subject's head
    assert outcome_event("The judge for the inquiry into captain Ivo Marsh has decided to admit cameras.") == (frozenset(), "")
    assert outcome_event("The Harbour Safety Board has decided to admit cameras.")[1] == canon("board")


def test_a_participle_after_another_verb_is_no_outcome() -> None:
    # the cables were released, but the sentence tells a prospect: the captain could face charges
    assert outcome_event("Captain Ivo Marsh could face charges over the ferry logs released this week.") == (frozenset(), "")
    assert outcome_event("The ministry said on Monday the Harbour Board has decided to close the pier.")[1] == canon("board")


def test_a_ruling_on_a_suit_told_before_is_the_days_news() -> None:
    assert judge(RULING, _memory(SUIT), "story", day=True).novel


def test_a_ruling_told_before_as_done_stays_told() -> None:
    memory = _memory(SUIT + ["A judge ruled that the widow can go ahead with her lawsuit against the ferry company "
                             "Brellis over the storm."])
    assert not judge(RULING, memory, "story", day=True).novel


def test_only_a_matter_told_as_pending_is_resolved() -> None:
    told = [k for k in _memory(["The harbour pilot's widow went ahead with the case against Brellis over his death in "
                                "the storm, as a judge had ruled she could."]).known if k is not None]
    assert not resolved(RULING, features(RULING).terms, told)  # no plan, suit or request told: told otherwise


def test_a_possessive_opens_a_subject_as_an_article_does() -> None:
    """"our court" opens its subject like "the court": the phrase before it is no modifier of the head."""
    assert outcome_event("In Lowmere our court has ruled against the bypass.")[1] == canon("court")
    assert outcome_event("In Lowmere the court has ruled against the bypass.")[1] == canon("court")
