"""A candidate line: a sentence of a digest's articles that is new to the audience, with what ranking sets on it."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

from summarizer.models import Article, SourceRef
from summarizer.novelty import Verdict


@dataclass(frozen=True)
class Twin:
    """Another telling of a candidate's fact, merged into it within one digest (:mod:`summarizer.shortest`)."""

    text: str
    article: Article
    position: int
    verdict: Verdict
    away: bool = False


@dataclass
class Candidate:
    """A sentence that may become an item."""

    text: str
    article: Article
    story_id: str
    position: int
    verdict: Verdict
    sources: list[SourceRef] = field(default_factory=list)
    score: float = 0.0
    news: float = 1.0  # probability that the line is news (summarizer.newsbar), set by ranking
    backdrop: float | None = 0.0  # probability that the line is background or stale (summarizer.backdrop.backdrop)
    ranking: Mapping[str, float] = field(default_factory=dict)  # its ranking features, set by ranking
    gap: float = 0.0  # how far its score is below its story's best, set by ranking
    away: bool = False  # about another subject than its story's (summarizer.subject): ranked with the rest, never shown
    twins: list[Twin] = field(default_factory=list)  # the other tellings merged into it (summarizer.shortest)


def source_ref(article: Article) -> SourceRef:
    """The citation of an article."""
    return SourceRef(article.label, article.url, article.id, article.origin)
