"""The digest engine: new articles + what an audience knows -> a :class:`Digest`.

Pure: no I/O, no clocks. The flow for one digest:

1. articles are put in publication order and assigned to stories;
2. every eligible sentence is judged against the audience's :class:`Memory` (novelty) and
   against the sentences of this digest's earlier articles (so a fact told by three
   outlets today becomes one item citing all three);
3. each story's candidates are ranked: sumy centrality, novelty, lead position, facts;
4. the best are condensed into short lines, near-duplicates merged, and ordered by
   importance, so a reader who stops early has the most important news.

The engine never changes the audience's memory: :meth:`Engine.remember` does that, and
the caller calls it only once the digest was delivered.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Iterable, Sequence

from summarizer.clean import is_furniture
from summarizer.condense import condense, core
from summarizer.models import Article, Digest, Item, Kind, SourceRef, StoryDigest
from summarizer.novelty import Memory, Verdict, features, judge
from summarizer.rank import get_ranker, normalise
from summarizer.referents import needs_context
from summarizer.sentences import article_sentences, is_heading
from summarizer.stories import StoryIndex, article_vector, cosine
from summarizer.text import content_words, english_share


@dataclass
class EngineConfig:
    """Tunable behaviour of the engine (the CLI and settings fill it)."""

    algorithm: str = "lexrank"
    max_items_per_story: int = 10
    max_candidates: int = 40  # per story, before sumy ranking (LexRank is quadratic)
    line_chars: int = 140
    background_days: int = 60
    min_content_words: int = 5


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


def source_ref(article: Article) -> SourceRef:
    """The citation of an article."""
    return SourceRef(article.label, article.url, article.id)


def _order(articles: Sequence[Article]) -> list[Article]:
    """Publication order when every article is dated, else the order given."""
    if all(a.published for a in articles):
        return sorted(articles, key=lambda a: a.published or datetime.min)
    return list(articles)


def eligible(text: str, is_title: bool, min_words: int) -> bool:
    """Can this sentence stand alone as a digest line?"""
    if is_title or is_heading(text) or len(text) < 25:
        return False
    if english_share(text) < 0.7:  # garbled or foreign text
        return False
    if is_furniture(text):
        return False
    return len(content_words(text)) >= min_words or bool(features(text).quantities)


class Engine:
    """Builds digests; owns the story index (stories are shared by all audiences)."""

    def __init__(self, config: EngineConfig | None = None, stories: StoryIndex | None = None) -> None:
        self.config = config or EngineConfig()
        self.stories = stories or StoryIndex()
        self.ranker = get_ranker(self.config.algorithm)

    # -- detection -------------------------------------------------------------------
    def candidates(self, articles: Sequence[Article], memory: Memory) -> list[Candidate]:
        """Sentences of ``articles`` that are new to ``memory``, merged across sources."""
        fresh = Memory()
        owner: dict[int, Candidate] = {}  # fresh sentence index -> the candidate it became
        out: list[Candidate] = []
        for article in articles:
            story = self.stories.assign(article)
            for sentence in article_sentences(article):
                text = sentence.text
                if eligible(text, sentence.is_title, self.config.min_content_words):
                    gist = core(text)
                    verdict = judge(text, memory, story.id, gist)
                    if verdict.novel:
                        again = judge(text, fresh, story.id, gist) if len(fresh) else None
                        if again is not None and not again.novel:
                            self._cite(owner.get(again.best.index) if again.best else None, article)
                        else:
                            cand = Candidate(text, article, story.id, sentence.position, verdict, [source_ref(article)])
                            out.append(cand)
                            known = fresh.add(text, story.id, article.id)
                            if known is not None:
                                owner[known.index] = cand
                            continue
                    fresh.add(text, story.id, article.id)  # a known or merged sentence
                # Headlines and captions are never items, so they must not suppress the body
                # sentence that tells the same thing in full ("Kim calls Putin his 'dearest friend'").
        return out

    @staticmethod
    def _cite(cand: Candidate | None, article: Article) -> None:
        """Add ``article`` as a further source of an item another outlet already reported."""
        if cand is None or cand.article.id == article.id:
            return
        if all(s.article_id != article.id for s in cand.sources):
            cand.sources.append(source_ref(article))

    # -- ranking ---------------------------------------------------------------------
    def rank(self, cands: list[Candidate]) -> list[Candidate]:
        """Score one story's candidates and return them best first."""
        if not cands:
            return []
        # Relevance to what today's articles of the story are about (their titles and leads),
        # not to the story's history: history-relevant sentences are background.
        centroid: dict[str, float] = {}
        for article in {c.article.id: c.article for c in cands}.values():
            for t, w in article_vector(article).items():
                centroid[t] = centroid.get(t, 0.0) + w
        relevance = [cosine(features(c.text).terms, centroid) for c in cands]
        pre_scores = {id(c): r + 1.0 / (1.0 + c.position / 2.0) for c, r in zip(cands, relevance)}
        rel_of = {id(c): r for c, r in zip(cands, relevance)}
        pre = sorted(cands, key=lambda c: pre_scores[id(c)], reverse=True)[: self.config.max_candidates]
        central = normalise(self.ranker([c.text for c in pre]))
        rel = normalise([rel_of[id(c)] for c in pre])
        for c, cen, r in zip(pre, central, rel):
            v = c.verdict
            lead = 1.0 / (1.0 + c.position / 2.0)  # lead sentences carry most new events
            fact = 1.0 if v.kind is not Kind.NEW else min(1.0, 0.5 * v.new_facts)
            # centrality among today's new sentences, lead position, relevance to the story,
            # how new it is, and hard facts (updates, conflicts, new figures)
            c.score = 0.25 * cen + 0.25 * lead + 0.25 * r + 0.10 * v.novelty + 0.15 * fact
            c.score += min(0.3, 0.1 * (len(c.sources) - 1))  # told by several outlets: important
        return sorted(pre, key=lambda c: c.score, reverse=True)

    # -- rendering to items ----------------------------------------------------------
    def item(self, c: Candidate, background: frozenset[str] = frozenset()) -> Item:
        """Condense a candidate into a digest item (renderers add the earlier value: ``full_text``)."""
        v = c.verdict
        f = features(c.text)
        keep = {t for t in f.terms if t not in v.known_terms}
        note = len(f" (earlier reports: {v.earlier})") if v.earlier else 0
        budget = max(60, self.config.line_chars - note)
        facts = [q.raw for q in f.quantities] + [d.raw for d in f.days]
        before = article_sentences(c.article)[max(0, c.position - 3):c.position]  # to name a "he" or "she"
        line = condense(c.text, keep, target=budget, hard=budget + 60, facts=facts, context=[s.text for s in before])
        return Item(
            kind=v.kind,
            text=line,
            background=bool(background) and all(s.article_id in background for s in c.sources),
            sources=list(c.sources),
            score=round(c.score, 4),
            earlier=v.earlier,
            sentence=c.text,
            key=c.article.id + ":" + str(c.position),
        )

    def _lines(self, ranked: list[Candidate], older: frozenset[str]) -> list[Item]:
        """Items of the best candidates, headline-like lines first: a new-kind line still longer than
        ``line_chars`` after condensing comes next, and a line that leans on a sentence the reader
        never saw (an opening "he", a quotation with no speaker) comes last."""
        cap = self.config.max_items_per_story
        tiers: tuple[list[Item], list[Item], list[Item]] = ([], [], [])
        for c in ranked:
            item = self.item(c, older)
            long_new = item.kind is Kind.NEW and len(item.text) > self.config.line_chars
            tiers[2 if needs_context(item.text) else 1 if long_new else 0].append(item)
            if len(tiers[0]) >= cap:
                break
        return (tiers[0] + tiers[1] + tiers[2])[:cap]

    def digest(self, audience: str, articles: Sequence[Article], memory: Memory, *, max_items: int | None = None,
               now: datetime | None = None) -> Digest:
        """The digest of ``articles`` for an audience that knows ``memory``."""
        ordered = _order(articles)
        cands = self.candidates(ordered, memory)
        story_articles: dict[str, list[Article]] = {}
        for a in ordered:
            story_articles.setdefault(self.stories.of_article[a.id], []).append(a)
        by_story: dict[str, list[Candidate]] = {sid: [] for sid in story_articles}
        for c in cands:
            by_story[c.story_id].append(c)
        sections: list[tuple[float, StoryDigest]] = []
        for story_id, story_cands in by_story.items():
            story = self.stories.stories[story_id]
            ranked = self.rank(story_cands)
            section = StoryDigest(story_id, story.title)
            section.article_ids = [a.id for a in story_articles[story_id]]
            section.background_ids = [a.id for a in story_articles[story_id] if self._is_background(a, story_id)]
            older = frozenset(section.background_ids)
            section.items = self._lines(ranked, older)
            # A story many outlets cover today, and one the audience has followed for long, leads.
            volume = 0.3 * math.log1p(len(section.article_ids)) + 0.1 * math.log1p(story.size)
            top = (ranked[0].score + volume) if ranked else -1.0
            sections.append((top, section))
        sections.sort(key=lambda ts: ts[0], reverse=True)
        stories = [s for _, s in sections]
        held_back: set[str] = set()
        if max_items is not None:
            # A length cap the reader asked for: items that do not fit are not lost. Their
            # articles stay unread, so the next digest offers them (the items shown are
            # remembered by their sentences, so they are not offered again).
            left = max(0, max_items)
            kept: list[StoryDigest] = []
            for s in stories:
                shown, cut = s.items[:left], s.items[left:]
                held_back.update(src.article_id for item in cut for src in item.sources)
                left -= len(shown)
                s.items = shown
                if shown or not cut:
                    kept.append(s)
                else:
                    held_back.update(s.article_ids)
            stories = kept
            for s in stories:
                s.article_ids = [a for a in s.article_ids if a not in held_back]
        return Digest(audience=audience, stories=stories, created=now,
                      article_ids=[a.id for a in ordered if a.id not in held_back])

    def _is_background(self, article: Article, story_id: str) -> bool:
        """True when the article is much older than the story's newest article."""
        story = self.stories.stories[story_id]
        if not article.published or not story.last_seen:
            return False
        return story.last_seen - article.published > timedelta(days=self.config.background_days)

    # -- memory ----------------------------------------------------------------------
    def remember(self, memory: Memory, articles: Iterable[Article]) -> None:
        """Add every sentence of ``articles`` to ``memory`` (after delivery)."""
        for article in articles:
            story = self.stories.assign(article)
            for sentence in article_sentences(article):
                memory.add(sentence.text, story.id, article.id)
