"""Story grouping: articles about the same event share a story.

An article is a vector of the terms of its title, lead and body (position-weighted, rare
words weigh more), with the names in it (capitalised words, acronyms) boosted and kept also
as whole-name keys, and calendar words, numbers and datelines left out. The index then
down-weights every term by how many recent articles carry it (document frequency over a
window), so outlet names, agency tags and site furniture, which recur across unrelated
stories, cannot glue them together.

A story is a time-decayed centroid (recent members weigh more) capped to its strongest
terms. An article joins the most similar *active* story (one joined within the last
``ACTIVE_DAYS``) when the cosine clears ``threshold``, it shares a name with the story, and
it is not much looser than the story's usual member (the story keeps its coherence);
otherwise it starts a story. A loose match (below ``CLOSE_SIMILARITY``) must share a *core*
name, one that a good share of the story's recent members name: a politician one member
quoted in passing cannot pull another subject's articles in and let the story drift to them. Candidates come from an inverted index from each active
story's strongest terms, so an article is compared with a handful of stories, not all.
The header is regenerated from the clean headline of the recent member closest to the centroid.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice

from summarizer.headers import is_clean_headline
from summarizer.leadabout import about_elsewhere, own_vector
from summarizer.models import Article
from summarizer.nameparts import shared_parts
from summarizer.postings import Postings
from summarizer.sentences import article_texts
from summarizer.vectors import (ARTICLE_TERMS, LineTerms, VectorParts, article_vector, body_lines, combine, cosine, line_key,
                                norm, title_vector, vector_parts)

# Fitted on five entity streams (max harmonic mean of purity and week cohesion; 0.03-0.05 is a
# plateau, the stricter end is taken), checked on the other five: see benchmarks/stories.py.
JOIN_SIMILARITY = 0.05
COHERENCE = 0.35  # a member must be at least this share as close as the story's usual member
ACTIVE_DAYS = 7.0  # a story not joined for this long (publication time) is dormant
REVIVE_DAYS = 365.0  # a dormant story takes an article only if it is as close as REVIVE_SIMILARITY, up to this long
REVIVE_SIMILARITY = 0.4  # fit fold: equal week cohesion to 0.3, largest story spans 96 days not 321
HALF_LIFE_DAYS = 2.0  # a member's weight in the centroid halves every HALF_LIFE_DAYS
MAX_STORIES = 2000  # active (and dormant) stories kept findable; beyond, the least recently joined go
STORY_TERMS = 120  # a story's vocabulary cap: no catch-all centroid
MAX_LINES = 50_000  # body lines remembered to recognise furniture that pages repeat
HEADER_MEMBERS = 8  # recent members whose titles may head the story
SPREAD = 5  # a term among the strongest of more active stories than this (or SPREAD_SHARE of them) is damped
SPREAD_SHARE = 0.05
# Core names: the fit fold is flat over CORE_SHARE 0.2-0.4, CLOSE_SIMILARITY 0.1-0.2 and half-lives 3-90 days
# (it has few cross-entity joins); the loosest corner is taken, which keeps news_dev week cohesion (0.576 vs 0.579).
SUPPORT_HALF_LIFE_DAYS = 14.0  # a member's vote for the names a story is about halves every so many days
CORE_SHARE = 0.2  # a core name is named by at least this share of the story's (decayed) members
CLOSE_SIMILARITY = 0.1  # this close, an article needs no core name of the story to join it


def _days(later: datetime | None, earlier: datetime | None) -> float:
    return 0.0 if later is None or earlier is None else (later - earlier).total_seconds() / 86400.0


def line_keys(article: Article) -> list[str]:
    """The :func:`~summarizer.vectors.line_key` of each body line of ``article`` long enough to be furniture
    (in order, once each): what the index remembers to recognise lines other pages repeat."""
    return list(dict.fromkeys(k for text, _ in article_texts(article) if len(k := line_key(text)) > 12))


@dataclass
class Story:
    """A group of articles about one event."""

    id: str
    _title: str  # the header as last made (:attr:`title` makes it again when a member joined since)
    centroid: dict[str, float] = field(default_factory=dict)
    size: int = 0
    last_seen: datetime | None = None
    first_seen: datetime | None = None
    length: float = 0.0  # cached norm of the centroid
    coherence: float = 0.0  # running mean of the members' similarity to the story when they joined
    recent: list[tuple[str, str, dict[str, float]]] = field(default_factory=list)  # (id, clean title, vector)
    support: dict[str, float] = field(default_factory=dict)  # name key -> decayed count of members naming it
    mass: float = 0.0  # decayed count of members (the same decay as ``support``)
    _stale: bool = False  # a member joined since the header was made

    @property
    def title(self) -> str:
        """The story's header: the clean title of a recent member that, with its article, is closest to the
        centroid (made when read, once per change: a restart re-attaches thousands of members and reads few)."""
        if self._stale:
            self._header()
        return self._title

    @title.setter
    def title(self, value: str) -> None:
        self._title, self._stale = value, False

    def add(self, article: Article, vector: dict[str, float], similarity: float | None = None) -> None:
        """Fold an article into the story (earlier members decay with time); the header is made again when read."""
        decay = 0.5 ** (max(0.0, _days(article.published, self.last_seen)) / HALF_LIFE_DAYS)
        centroid = {t: w * decay for t, w in self.centroid.items()}
        for t, w in vector.items():
            centroid[t] = centroid.get(t, 0.0) + w
        if len(centroid) > STORY_TERMS:
            centroid = dict(sorted(centroid.items(), key=lambda kv: (-kv[1], kv[0]))[:STORY_TERMS])
        self.centroid = centroid
        self.length = norm(centroid)
        self._support(article, vector)
        if similarity is not None:
            joined = self.size - 1  # members that joined (the founder did not)
            self.coherence = (self.coherence * joined + similarity) / (joined + 1) if joined > 0 else similarity
        self.size += 1
        if article.published:
            if self.last_seen is None or article.published > self.last_seen:
                self.last_seen = article.published
            if self.first_seen is None or article.published < self.first_seen:
                self.first_seen = article.published
        if is_clean_headline(article.title):
            self.recent = (self.recent + [(article.id, article.title.strip(), vector)])[-HEADER_MEMBERS:]
        self._stale = True  # the centroid moved: the header is made again when read

    def _support(self, article: Article, vector: dict[str, float]) -> None:
        """Count the article's names among the members' (slow decay: the names the story is about)."""
        fade = 0.5 ** (max(0.0, _days(article.published, self.last_seen)) / SUPPORT_HALF_LIFE_DAYS)
        support = {t: c * fade for t, c in self.support.items()}
        for t in vector:
            if t[0] == "=":
                support[t] = support.get(t, 0.0) + 1.0
        if len(support) > STORY_TERMS:
            support = dict(sorted(support.items(), key=lambda kv: (-kv[1], kv[0]))[:STORY_TERMS])
        self.support = support
        self.mass = self.mass * fade + 1.0

    def is_core(self, name: str) -> bool:
        """Is ``name`` one the story is about: named by at least ``CORE_SHARE`` of its (recent) members?"""
        return self.support.get(name, 0.0) >= CORE_SHARE * self.mass

    def _header(self) -> None:
        """The clean title of a recent member that, with its article, is closest to the centroid (ties: the
        earlier id): a title that names what the story is about, on an article at its centre."""
        def score(member: tuple[str, str, dict[str, float]]) -> float:
            return cosine(member[2], self.centroid, self.length) + cosine(title_vector(member[1]), self.centroid, self.length)

        if self.recent:
            best = min(self.recent, key=lambda m: (-round(score(m), 9), m[0]))
            self._title = best[1][:200]
        self._stale = False

    def retire(self) -> None:
        """Free what only joining needs (the story is dormant); its header is made first."""
        self._title = self.title
        self.centroid, self.recent, self.length, self.support = {}, [], 0.0, {}


@dataclass
class StoryIndex:
    """Assigns articles to stories; remembers each article's story."""

    threshold: float = JOIN_SIMILARITY
    active_days: float = ACTIVE_DAYS
    stories: dict[str, Story] = field(default_factory=dict)
    of_article: dict[str, str] = field(default_factory=dict)
    _active: Postings = field(default_factory=Postings)  # stories joined within ``active_days``
    _dormant: Postings = field(default_factory=Postings)  # older ones an article may still revive
    _now: datetime | None = None  # latest publication time seen
    _lines: dict[str, None] = field(default_factory=dict)  # body lines of recent articles, oldest first
    last_vector: dict[str, float] = field(default_factory=dict)  # of the article last assigned or restored
    last_lines: list[str] = field(default_factory=list)  # its line_keys (what an ingest stores with it)
    _passing: set[int] = field(default_factory=set)  # body lines of the article last tried naming stories in passing

    def weigh(self, vector: dict[str, float]) -> dict[str, float]:
        """``vector`` with terms that recur across many active stories damped, cut to its strongest terms.

        A term among the strongest of more than ``SPREAD`` active stories (an outlet, an agency,
        site furniture) weighs ``(SPREAD / stories) ** 0.5`` of its weight; a name that heads
        one big story keeps its full weight.
        """
        spread = self._spread()
        out = dict(vector)
        for t in out:
            n = self._active.spread(t)
            if n > spread:
                out[t] *= (spread / n) ** 0.5
        return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0]))[:ARTICLE_TERMS])

    def _spread(self) -> float:
        """How many active stories a story-specific term may be strong in."""
        return max(SPREAD, SPREAD_SHARE * len(self._active.of_story))

    def assign(self, article: Article, parts: VectorParts | None = None) -> Story:
        """The story of ``article`` (joining or starting one); stable for a known article. ``parts``: its
        :func:`~summarizer.vectors.vector_parts`, made by another process (its text is not split here then)."""
        known = self.of_article.get(article.id)
        if known:
            return self.stories[known]
        self._age(article.published)
        parts = parts or vector_parts(article)  # its vector's parts and its lead (for the subject test), split once
        skip = self._furniture(list(parts.keys))
        vector = self.weigh(combine(parts, skip))
        lines = (parts.title, body_lines(parts, skip))
        story, similarity = self._best(article, vector, lines)
        if story is None and self._passing:  # about another matter than the stories it names in passing
            vector = self.weigh(own_vector(*lines, self._passing))
        if story is None:
            sid = "s" + hashlib.sha1(article.id.encode()).hexdigest()[:10]
            story = self.stories[sid] = Story(sid, article.title[:200] or "Untitled story")
        self._attach(article, story, vector, similarity)
        return story

    def restore(self, article: Article, story_id: str, title: str, vector: dict[str, float] | None = None,
                lines: list[str] | None = None) -> Story:
        """Re-attach a stored article to its stored story (after a restart). ``vector`` and ``lines``: the
        article's :attr:`last_vector` and :func:`line_keys` stored at ingest (then its text is not read)."""
        story = self.stories.get(story_id)
        if story is None:
            story = self.stories[story_id] = Story(story_id, title)
        self._age(article.published)
        if vector is None or lines is None:
            vector = self.weigh(article_vector(article, self._furniture(line_keys(article))))
        else:
            self._remember(lines)
            self.last_lines = lines
        similarity = cosine(vector, story.centroid, story.length) if story.size else None
        self._attach(article, story, vector, similarity)
        return story

    # -- internals ----------------------------------------------------------------------
    def _furniture(self, keys: list[str]) -> frozenset[str]:
        """Of an article's body lines (their ``keys``) those earlier pages already printed word for word (bylines,
        sign-offs, promos), remembered for the next articles. An article repeating most of its lines is a copy of
        another (wire copy): nothing of it is furniture."""
        self.last_lines = keys
        repeated = frozenset(k for k in keys if k in self._lines)
        self._remember(keys)
        return repeated if len(repeated) <= len(keys) / 2 else frozenset()

    def _remember(self, keys: list[str]) -> None:
        """Remember an article's body line keys as the newest (the oldest beyond ``MAX_LINES`` go)."""
        for k in keys:
            self._lines.pop(k, None)
            self._lines[k] = None
        excess = len(self._lines) - MAX_LINES  # found in one walk (a walk per key passed every slot deletions left)
        for k in list(islice(self._lines, excess)) if excess > 0 else ():
            del self._lines[k]

    def _best(self, article: Article, vector: dict[str, float],
              lines: tuple[LineTerms, list[LineTerms]]) -> tuple[Story | None, float]:
        """The story ``article`` joins, with its similarity; (None, 0) when it joins none. ``lines``: its title's
        and clean body sentences' terms (an article about another matter joins no story it names in passing:
        :func:`~summarizer.leadabout.about_elsewhere`).

        Active stories are tried first; a dormant one only when the article is as close as
        ``REVIVE_SIMILARITY`` (the same event, told again after a pause).
        """
        spread, self._passing = self._spread(), set()
        for tier, need in ((self._active, self.threshold), (self._dormant, max(self.threshold, REVIVE_SIMILARITY))):
            scored = []
            for sid in tier.shortlist(vector):
                story = self.stories[sid]
                if _days(article.published, story.last_seen) <= REVIVE_DAYS:
                    scored.append((cosine(vector, story.centroid, story.length), sid))
            for sim, sid in sorted(scored, key=lambda x: (-x[0], x[1])):
                story = self.stories[sid]
                if sim < need:
                    break
                if sim >= COHERENCE * story.coherence and self._evidence(vector, story, spread, sim):
                    if (passing := about_elsewhere(*lines, story, self.weigh)) is None:
                        return story, sim
                    self._passing.update(passing)
        return None, 0.0

    def _evidence(self, vector: dict[str, float], story: Story, spread: float, similarity: float) -> bool:
        """Is there more than a passing name in common?

        The article must name something the story names that few other stories name (not an
        outlet). Unless it is as close as ``CLOSE_SIMILARITY``, one of those names must be a *core*
        name of the story (named by a good share of its recent members): a name that one member
        brought in (a politician quoted in passing) cannot pull a loosely related article in, and
        a story cannot drift from one subject to another through such articles.
        """
        def enough(shared: list[str]) -> bool:
            shared = [t for t in shared if self._active.spread(t) <= spread]
            return bool(shared) and (similarity >= CLOSE_SIMILARITY or any(story.is_core(t) for t in shared))
        exact = [t for t in vector if t[0] == "=" and t in story.centroid]  # a name said two ways only when needed
        return enough(exact) or enough(exact + shared_parts(vector, story.centroid))

    def _attach(self, article: Article, story: Story, vector: dict[str, float], similarity: float | None) -> None:
        self.last_vector = vector
        story.add(article, vector, similarity if story.size else None)
        self.of_article[article.id] = story.id
        self._dormant.drop(story.id)
        self._active.post(story)
        if article.published and (self._now is None or article.published > self._now):
            self._now = article.published

    def _age(self, when: datetime | None) -> None:
        """Stories nobody joined for ``active_days`` go dormant; after ``REVIVE_DAYS`` (or beyond
        ``MAX_STORIES`` held) they retire and take no article any more."""
        now = max(when, self._now) if when and self._now else (when or self._now)
        while (sid := self._active.oldest()) is not None and (
                len(self._active.of_story) > MAX_STORIES or _days(now, self.stories[sid].last_seen) > self.active_days):
            self._active.drop(sid)
            self._dormant.post(self.stories[sid])
        while (sid := self._dormant.oldest()) is not None and (
                len(self._dormant.of_story) > MAX_STORIES or _days(now, self.stories[sid].last_seen) > REVIVE_DAYS):
            self._dormant.drop(sid)
            self.stories[sid].retire()

    def forget(self, article_ids: list[str]) -> None:
        """Drop the story assignments of ``article_ids`` (e.g. their ingest was rolled back)."""
        for article_id in article_ids:
            self.of_article.pop(article_id, None)
