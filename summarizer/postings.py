"""The story index's inverted index: from a term to the active stories it is strong in.

An article is compared exactly only with the ``CANDIDATES`` stories that share the most
weight with it through their strongest terms, not with every active story.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summarizer.stories import Story

POSTED_TERMS = 30  # a story is findable by its strongest terms
MAX_POSTING = 64  # a term in more active stories than this is not story-specific: it finds none
CANDIDATES = 30  # stories compared exactly with an article


@dataclass
class Postings:
    """An inverted index from a term to the stories it is strong in; stories kept least recently joined first."""

    terms: dict[str, dict[str, float]] = field(default_factory=dict)  # term -> {story id: weight}
    of_story: dict[str, tuple[str, ...]] = field(default_factory=dict)  # story id -> its posted terms

    def post(self, story: Story) -> None:
        """Index ``story`` under its strongest terms (replacing its earlier postings; it becomes the newest)."""
        self.drop(story.id)
        top = sorted(story.centroid.items(), key=lambda kv: (-kv[1], kv[0]))[:POSTED_TERMS]
        for t, w in top:
            self.terms.setdefault(t, {})[story.id] = w / story.length
        self.of_story[story.id] = tuple(t for t, _ in top)

    def drop(self, sid: str) -> None:
        """Forget ``sid``."""
        for t in self.of_story.pop(sid, ()):
            posting = self.terms.get(t)
            if posting is not None:
                posting.pop(sid, None)
                if not posting:
                    del self.terms[t]

    def spread(self, term: str) -> int:
        """In how many of the indexed stories ``term`` is strong."""
        return len(self.terms.get(term, ()))

    def oldest(self) -> str | None:
        """The least recently joined story."""
        return next(iter(self.of_story), None)

    def shortlist(self, vector: dict[str, float]) -> list[str]:
        """The ``CANDIDATES`` stories sharing the most weight with ``vector`` (ties by id)."""
        partial: dict[str, float] = {}
        for t, w in vector.items():
            posting = self.terms.get(t)
            if posting and len(posting) <= MAX_POSTING:
                for sid, sw in posting.items():
                    partial[sid] = partial.get(sid, 0.0) + w * sw
        return sorted(partial, key=lambda sid: (-partial[sid], sid))[:CANDIDATES]
