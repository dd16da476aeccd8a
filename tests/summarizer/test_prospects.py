"""A story told as a prospect, then as done: the done event advances it; a paraphrase of a done event does not."""
from __future__ import annotations

import pytest

from summarizer.condense import core
from summarizer.novelty import Memory, judge
from summarizer.prospects import realised_use, unrealised
from summarizer.text import words
from summarizer.told import action_terms


def _memory(sentences: list[str]) -> Memory:
    memory = Memory()
    for s in sentences:
        memory.add(s, "story", "a1")
    return memory


def _never(toks: list[str], at: int) -> bool:
    return False


def _unrealised(text: str, word: str) -> bool:
    toks = [w.lower() for w in words(text)]
    return unrealised(text, toks, toks.index(word), _never)


def test_prospect_and_denial_frames_are_read() -> None:
    assert _unrealised("The contractor faces a heavy prison sentence.", "sentence")
    assert _unrealised("The contractor is awaiting his sentencing.", "sentencing")
    assert _unrealised("The parliament is due to vote on Thursday.", "vote")
    assert _unrealised("The vote is scheduled for Thursday.", "vote")
    assert _unrealised("The mayor did not attend the hearing.", "attend")
    assert _unrealised("The contractor was released without charge.", "charge")
    assert _unrealised("If tried and convicted, the contractor could be jailed.", "convicted")


def test_done_events_are_not_prospects() -> None:
    assert not _unrealised("The contractor was sentenced to four years.", "sentenced")
    assert not _unrealised("The parliament voted on Thursday.", "voted")
    assert not _unrealised("The vote was held on Thursday after a long debate.", "vote")
    # a head of prospect frames only its own object: another verb ends the frame
    assert not _unrealised("The contractor faces a fine after he was sentenced to four years.", "sentenced")


def test_realised_use_is_none_without_the_action() -> None:
    vote = action_terms("voted")
    assert realised_use("The parliament voted on Thursday.", vote, action_terms, _never) is True
    assert realised_use("The parliament will vote on Thursday.", vote, action_terms, _never) is False
    assert realised_use("The parliament met on Thursday.", vote, action_terms, _never) is None


# (what the audience was told, the sentence judged): each sentence advances its story (news) ...
ADVANCES = [
    (["The harbour contractor Tom Brindle faces a maximum of four years in prison if convicted of bribery.",
      "Tom Brindle, the harbour contractor, denies bribery over the city port tender."],
     "The harbour contractor Tom Brindle was sentenced to four years in prison for bribery."),
    (["A cyclist was critically injured when a lorry hit him on the ring road in Dunmore on Monday.",
      "Police said the cyclist, a 34-year-old man from Dunmore, was critically injured in the crash."],
     "The cyclist who was hit by a lorry on the ring road in Dunmore has died, police said."),
    (["Health officials in Marlow are investigating 12 suspected cases of the new fever strain."],
     "Health officials in Marlow have confirmed 12 cases of the new fever strain."),
    (["The regional parliament is scheduled to vote on the harbour bill on Thursday.",
      "The harbour bill would let the port authority sell the old docks."],
     "The regional parliament voted on the harbour bill on Thursday."),
    (["The mayor is expected to resign over the harbour bribery affair, aides said.",
      "The mayor has been under pressure over the harbour bribery affair for weeks."],
     "The mayor resigned on Friday amid the harbour bribery affair, aides said."),
    (["The mayor may testify at the harbour bribery trial, her lawyer said."],
     "The mayor testified at the harbour bribery trial, her lawyer said."),
    (["The mayor did not attend the harbour bribery hearing on Monday."],
     "The mayor attended the harbour bribery hearing on Monday."),
    (["Brindle plans to appeal against his bribery conviction, his lawyer said."],
     "Brindle has appealed against his bribery conviction, his lawyer said."),
]
# ... and each paraphrase of a done event stays told.
RETOLD = [
    (["The harbour contractor Tom Brindle was sentenced to four years in prison for bribery."],
     "Tom Brindle, the harbour contractor, has been sentenced to four years in jail for bribery."),
    (["The cyclist hit by a lorry on the ring road in Dunmore died in hospital, police said."],
     "The cyclist who was hit by a lorry on the ring road in Dunmore has died, police said."),
    (["The cyclist hit by a lorry on the ring road in Dunmore died of his injuries, police said."],
     "Police said the cyclist hit by a lorry on the ring road in Dunmore had died of his injuries."),
    (["Health officials in Marlow have confirmed 12 cases of the new fever strain."],
     "Officials in Marlow confirmed 12 cases of the new fever strain."),
    (["The regional parliament is scheduled to vote on the harbour bill on Thursday.",
      "The regional parliament voted on the harbour bill on Thursday."],
     "On Thursday the regional parliament voted on the harbour bill."),
    (["The mayor testified at the harbour bribery trial on Monday."],
     "On Monday the mayor testified at the harbour bribery trial."),
    (["The mayor may testify at the harbour bribery trial.", "The mayor testified at the bribery trial on Monday."],
     "The mayor testified at the harbour bribery trial, her lawyer said."),
]


@pytest.mark.parametrize("day", [False, True])
@pytest.mark.parametrize("told,text", ADVANCES)
def test_a_sentence_that_advances_a_told_story_is_news(told: list[str], text: str, day: bool) -> None:
    assert judge(text, _memory(told), "story", core(text), day=day).novel


@pytest.mark.parametrize("day", [False, True])
@pytest.mark.parametrize("told,text", RETOLD)
def test_a_paraphrase_of_a_done_event_stays_told(told: list[str], text: str, day: bool) -> None:
    assert not judge(text, _memory(told), "story", core(text), day=day).novel

