"""What the ranking stages read of a judged candidate line (``summarizer.engine.Candidate``).

:class:`Scored` is the field block :class:`summarizer.rank.Scorable` and :class:`summarizer.backdrop.Ranked`
share; each adds what its own stage writes.
"""
from __future__ import annotations

from typing import Protocol

from summarizer.models import Article
from summarizer.novelty import Verdict


class Scored(Protocol):
    """A candidate line: its sentence, article and position there, novelty verdict and salience score."""

    text: str
    article: Article
    position: int
    verdict: Verdict
    score: float
