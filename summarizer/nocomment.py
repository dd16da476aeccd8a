"""A line that tells only that someone would not comment: no news of its own.

Wire copy closes a report with who could not be reached or declined to speak ("The ministry did not answer requests
for comment", "A spokeswoman for the firm declined to comment on the reports"). Such a line is a reporter's note, not an
event: :func:`no_comment` says when a sentence's own clause is that refusal and it goes on to tell nothing else (no "but
said ...", no second speaker), and the ranker buries it (:func:`summarizer.rank.score_candidates`). A refusal that is
itself reported as part of a telling ("he told the court he did not respond to it") is not one.
"""
from __future__ import annotations

import re

from summarizer.lexicon import SAID, alternation

__all__ = ["no_comment"]

_REFUSAL = re.compile(
    r"\b(?:(?:did|does|do|has|have|had|could|would|was|were)(?:\s+not|n['’]t)\s+(?:immediately\s+)?"
    r"(?:respond|reply|return|be\s+reached|comment|available)|declined\s+to\s+(?:comment|respond|elaborate|say)|"
    r"refused\s+to\s+comment|(?:no|not)\s+(?:immediately\s+)?(?:available|reachable)\s+for\s+comment)\b", re.I)
# Before the refusal, a verb that makes it reported speech ("told the court he did not respond"); after it, a clause
# that tells something ("but said they had ...", "and Kim said ...").
_TOLD_BEFORE = re.compile(rf"\b(?:{alternation(SAID, ('added', 'testified', 'wrote'))})\b", re.I)
# Before it, a clause of its own ("admitted a letter had arrived but refused to comment") or a relative clause
# the refusal is part of ("The peer, who did not return calls, was a director"): the sentence tells more.
_MORE_BEFORE = re.compile(r"\bbut\b|,\s*(?:who|which)\b[^,]*$", re.I)
_ASKED_FOR = re.compile(r"\b(?:respond|reply|return|available)$", re.I)  # verbs that need a request after them
_ASKED = re.compile(r"\b(?:comment|request|call|question|inquir|e-?mail|message)", re.I)
_MORE_AFTER = re.compile(r"\bbut\b|\b(?:said|says)\b|;", re.I)


def no_comment(text: str) -> bool:
    """True when ``text`` only says that someone declined, or could not be reached, to comment."""
    m = _REFUSAL.search(text)
    if m is None or _TOLD_BEFORE.search(text, 0, m.start()) or _MORE_BEFORE.search(text, 0, m.start()):
        return False
    if _ASKED_FOR.search(m.group(0)) and not _ASKED.search(text, m.end(), m.end() + 60):
        return False  # "insomnia did not respond to other drugs", "was not available until 2000": no request answered
    return _MORE_AFTER.search(text, m.end()) is None
