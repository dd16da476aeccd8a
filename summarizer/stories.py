"""Story grouping: articles about the same event share a story.

Each article is represented by the weighted terms of its title and lead (the first
sentences carry the event). An article joins the story whose centroid it is most similar
to (cosine), when that similarity clears a threshold; otherwise it starts a story. Only the
most recently active stories are compared, so the cost does not grow with all history.
"""
from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from functools import lru_cache
from dataclasses import dataclass, field
from datetime import datetime

from summarizer.models import Article
from summarizer.sentences import split_text
from summarizer.text import terms

JOIN_SIMILARITY = 0.15
LEAD_SENTENCES = 4
ACTIVE_STORIES = 300


@lru_cache(maxsize=4096)
def article_vector(article: Article) -> dict[str, float]:
    """Weighted terms of the title (counted twice) and the lead sentences (cached: do not modify)."""
    vec: defaultdict[str, float] = defaultdict(float)
    for t, w in terms(article.title).items():
        vec[t] += 2 * w
    for sentence in split_text(article.text)[:LEAD_SENTENCES]:
        for t, w in terms(sentence).items():
            vec[t] += w
    return dict(vec)


def norm(a: dict[str, float]) -> float:
    """Euclidean length of a sparse vector."""
    return math.sqrt(sum(w * w for w in a.values()))


def cosine(a: dict[str, float], b: dict[str, float], nb: float | None = None) -> float:
    """Cosine similarity of two sparse vectors (``nb``: the length of ``b`` if known)."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    shared = small.keys() & large.keys()
    if not shared:
        return 0.0
    dot = sum(a[t] * b[t] for t in shared)
    return dot / (norm(a) * (nb if nb is not None else norm(b)))


@dataclass
class Story:
    """A group of articles about one event."""

    id: str
    title: str
    centroid: dict[str, float] = field(default_factory=dict)
    size: int = 0
    last_seen: datetime | None = None
    first_seen: datetime | None = None
    length: float = 0.0  # cached norm of the centroid

    def add(self, article: Article, vector: dict[str, float]) -> None:
        """Fold an article into the story."""
        for t, w in vector.items():
            self.centroid[t] = self.centroid.get(t, 0.0) + w
        if len(self.centroid) > 400:  # keep the centroid small: its strongest terms describe the story
            self.centroid = dict(sorted(self.centroid.items(), key=lambda kv: kv[1], reverse=True)[:300])
        self.length = norm(self.centroid)
        self.size += 1
        if article.published:
            if self.last_seen is None or article.published > self.last_seen:
                self.last_seen = article.published
            if self.first_seen is None or article.published < self.first_seen:
                self.first_seen = article.published


@dataclass
class StoryIndex:
    """Assigns articles to stories; remembers each article's story."""

    threshold: float = JOIN_SIMILARITY
    stories: dict[str, Story] = field(default_factory=dict)
    of_article: dict[str, str] = field(default_factory=dict)
    _order: list[str] = field(default_factory=list)  # story ids, most recently active last

    def assign(self, article: Article) -> Story:
        """The story of ``article`` (joining or starting one); stable for a known article."""
        known = self.of_article.get(article.id)
        if known:
            return self.stories[known]
        vector = article_vector(article)
        best, best_sim = None, 0.0
        for sid in self._order[-ACTIVE_STORIES:]:
            story = self.stories[sid]
            sim = cosine(vector, story.centroid, story.length)
            if sim > best_sim:
                best, best_sim = self.stories[sid], sim
        if best is None or best_sim < self.threshold:
            sid = "s" + hashlib.sha1(article.id.encode()).hexdigest()[:10]
            best = Story(sid, article.title[:200] or "Untitled story")
            self.stories[sid] = best
        else:
            self._order.remove(best.id)
        self._order.append(best.id)
        best.add(article, vector)
        self.of_article[article.id] = best.id
        return best

    def restore(self, article: Article, story_id: str, title: str) -> Story:
        """Re-attach a stored article to its stored story (after a restart)."""
        story = self.stories.get(story_id)
        if story is None:
            story = self.stories[story_id] = Story(story_id, title)
        else:
            self._order.remove(story_id)
        self._order.append(story_id)
        story.add(article, article_vector(article))
        self.of_article[article.id] = story_id
        return story

    def forget(self, article_ids: list[str]) -> None:
        """Drop the story assignments of ``article_ids`` (e.g. their ingest was rolled back)."""
        for article_id in article_ids:
            self.of_article.pop(article_id, None)
