"""The digest engine: new articles + what an audience knows -> a :class:`Digest`.

Pure: no I/O, no clocks. The flow for one digest:

1. articles are put in publication order and assigned to stories;
2. every eligible sentence is judged against the audience's :class:`Memory` (novelty) and against the sentences
   of this digest's earlier articles (so a fact told by three outlets today becomes one item citing all three);
3. each story's candidates are ranked: sumy centrality, novelty, lead position, facts;
4. the best are condensed into short lines, near-duplicates merged, and ordered by importance, so a reader who
   stops early has the most important news.

The engine never changes the audience's memory: :meth:`Engine.remember` does that, and the caller calls it only once
the digest was delivered.
"""
from __future__ import annotations

import math
from datetime import datetime, timedelta
from typing import Iterable, Sequence

from summarizer.articlekind import other_probability
from summarizer.articlescope import scoped
from summarizer.backdrop import backdrop, column_line, hide, mark, opinion
from summarizer.bound import bound_subject, sentences_before
from summarizer.budget import gate, per_article, spare, voices
from summarizer.candidate import Candidate, source_ref
from summarizer.condense import condense, core
from summarizer.config import EngineConfig
from summarizer.models import Article, Digest, Item, StoryDigest
from summarizer.lead import event_first, lead_first, lead_flaw, likeliest_first, state_first
from summarizer.longnews import held_for_length
from summarizer.leadstory import event_story_first
from summarizer.ledeform import feature_after
from summarizer.newsbar import quiet
from summarizer.quotedvoice import quoted_voice
from summarizer.novelty import Memory, features, judge
from summarizer.rank import changes_first, get_ranker, mmr_order, score_candidates
from summarizer.referents import needs_context
from summarizer.retell import ToldLines, merge, retold_within, supersede
from summarizer.freshest import freshest
from summarizer.lineorder import after_first
from summarizer.unnamed import unnamed_subject
from summarizer.sentences import article_sentences
from summarizer.shortest import add_twin, shortest
from summarizer.stories import StoryIndex
from summarizer.roundup import away_from_subject
from summarizer.standalone import eligible, has_clause, repeats
from summarizer.templates import TemplateIndex
from summarizer.told import day_event


def _order(articles: Sequence[Article]) -> list[Article]:
    """Publication order when every article is dated, else the order given."""
    if all(a.published for a in articles):
        return sorted(articles, key=lambda a: a.published or datetime.min)
    return list(articles)

OVERRUN = 60  # a line may run this far past ``line_chars``; one still longer is one condensing failed on
class Engine:
    """Builds digests; owns the story index (stories are shared by all audiences)."""

    def __init__(self, config: EngineConfig | None = None, stories: StoryIndex | None = None,
                 templates: TemplateIndex | None = None) -> None:
        self.config = config or EngineConfig()
        self.stories = stories or StoryIndex()
        self.templates = templates or TemplateIndex()  # lines recurring at the edges of one source's pages
        self.ranker = get_ranker(self.config.algorithm)

    # -- detection -------------------------------------------------------------------
    @scoped
    def candidates(self, articles: Sequence[Article], memory: Memory) -> list[Candidate]:
        """Sentences of ``articles`` that are new to ``memory``, merged across sources."""
        fresh = Memory()
        owner: dict[int, Candidate] = {}  # fresh sentence index -> the candidate it became
        out: list[Candidate] = []
        for article in articles:
            article = self.templates.strip(article)  # counted once per article: safe from both paths
            story = self.stories.assign(article)
            away: frozenset[int] | None = None  # sentences about another subject: read once a sentence is new
            for at, sentence in enumerate(article_sentences(article)):
                text = sentence.text
                if eligible(text, sentence.is_title, self.config.min_content_words):
                    gist = core(text)
                    day = day_event(text, article.published, sentence.position == 0 and not sentence.is_title)
                    verdict = judge(text, memory, story.id, gist, day=day, when=article.ordinal)
                    if verdict.novel:
                        away = away_from_subject(article, story.centroid) if away is None else away
                        # Within one digest a retelling is merged into the item it retells (cited, not lost).
                        again = judge(text, fresh, story.id, gist, new_actions=False, claims=False) if len(fresh) else None
                        if retold_within(gist, again, sentence.position == 0 and not sentence.is_title):
                            first = owner.get(again.best.index) if again and again.best else None
                            self._cite(first, article)
                            if first is not None and first.story_id == story.id:  # ranked by its cleanest telling
                                add_twin(first, text, article, sentence.position, verdict, at in away)
                        else:
                            cand = Candidate(text, article, story.id, sentence.position, verdict, [source_ref(article)],
                                             away=at in away)
                            out.append(cand)
                            known = fresh.add(text, story.id, article.id, article.ordinal)
                            if known is not None:
                                owner[known.index] = cand
                            continue
                    fresh.add(text, story.id, article.id, article.ordinal)  # a known or merged sentence
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

    def rank(self, cands: list[Candidate]) -> list[Candidate]:
        """Score one story's candidates (:func:`summarizer.rank.score_candidates`): changed figures, then by MMR."""
        mark(cands, score_candidates(cands, self.ranker, self.config.max_candidates))
        return changes_first(mmr_order(cands, self.config.max_items_per_story), self.config.max_items_per_story)

    # -- rendering to items ----------------------------------------------------------
    def item(self, c: Candidate, background: frozenset[str] = frozenset(), agreed: str = "",
             before: list[str] | None = None) -> Item:
        """Condense a candidate into a digest item (renderers add the earlier value: ``full_text``); with ``agreed``
        (another telling of its event), its new terms that telling lacks may go too. ``before``: its sentences_before."""
        v = c.verdict
        f = features(c.text)
        keep = {t for t in f.terms if t not in v.known_terms and (not agreed or t in features(agreed).terms)}
        budget = max(60, self.config.line_chars - (len(f" (earlier reports: {v.earlier})") if v.earlier else 0))
        facts = [q.raw for q in f.quantities if not q.attribute or v.earlier] + [d.raw for d in f.days]  # an age only when compared
        before = sentences_before(c.article, c.position) if before is None else before
        line = condense(c.text, keep, target=budget, hard=budget + OVERRUN, facts=facts, context=before[-8:])  # "he"
        return shortest(c, Item(
            kind=v.kind, text=line,
            background=bool(background) and all(s.article_id in background for s in c.sources),
            sources=list(c.sources),
            score=round(c.score, 4), earlier=v.earlier,
            sentence=c.text,
            key=c.article.id + ":" + str(c.position),
        ), lambda twin: self.item(twin, background, agreed))  # shown by its shortest faithful telling

    def _lines(self, ranked: list[Candidate], older: frozenset[str],
               shown: ToldLines | None = None) -> tuple[list[Item], list[Candidate]]:
        """Items of the best candidates, and the candidates over the per-story cap (not shown).

        The most salient line comes first whatever its length (lead sentences are long and carry the news), after the
        changed figures that lead (:func:`summarizer.rank.changes_first`). After it, lines in salience order that
        condensing brought under ``line_chars``, then new-kind lines still longer. Demoting only lines over
        ``line_chars`` + OVERRUN let long lines take the per-story cap: the median line went from 101 to 114 characters
        on a news_dev replay (32 % over 140 instead of 9 %) for one point less background+stale (benchmarks/lines.py),
        so headline-length lines keep the lead.

        Lines that lean on a sentence the reader never saw (an opening "he" condensing could not name, a quotation with
        no speaker) come last: skipping them lost three of the seeds' facts (a step whose one line was "He called the
        relationship ..."); but a line whose subject is still "He", "It" or "They" after naming
        (:func:`summarizer.unnamed.unnamed_subject`) is not a line. A line that says nothing (a verbless caption or
        teaser) or retells a line already in the digest (``shown``: the lines of the stories before; kept lines are
        added) is skipped, neither shown nor held back; one telling the event or count of a kept line of its story is
        merged into it (:func:`summarizer.retell.merge`)."""
        shown = ToldLines() if shown is None else shown
        cap = self.config.max_items_per_story
        alone: list[tuple[Candidate, Item]] = []
        longer: list[tuple[Candidate, Item]] = []
        leaning: list[tuple[Candidate, Item]] = []
        done = merges = 0
        for c in ranked:
            done += 1
            before = sentences_before(c.article, c.position)  # once: for condensing and for bound_subject
            item = self.item(c, older, before=before)
            kept = (alone, longer, leaning)
            if not has_clause(item.text) or unnamed_subject(item.text) or c.text in quoted_voice(c.article) \
                    or bound_subject(item.text, before, c.article.title, [i.text for k in kept for _, i in k]) \
                    or supersede(kept, c, item, shown):  # (quoted_voice: a speaker's "I" inside a quotation over sentences)
                continue  # (a fuller telling of a kept line takes its place)
            if merge(kept, c, item, shown, lambda cand, other: self.item(cand, older, other)):
                merges += 1  # one event told twice holds one place: its retelling frees one for a headline-length line only
                continue
            if repeats(item.text, shown) or shown.retells(item):
                continue
            shown.append(item.text)
            if needs_context(item.text):
                leaning.append((c, item))
            elif held_for_length(item, c, alone, self.config.line_chars, self.config.long_news_ratio,
                                 self.config.kind_cut):
                longer.append((c, item))
            else:
                alone.append((c, item))
            if len(alone) >= cap:
                break
        ordered = alone + longer + leaning
        size = max(min(len(alone), cap), cap - merges)
        over = [c for c, _ in ordered[size:]] + ranked[done:]
        return [item for _, item in ordered[:size]], over

    @scoped
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
        held_back: set[str] = set()
        waiting: dict[str, list[Candidate]] = {}
        newest = max((a.published for a in ordered if a.published), default=None)
        told = ToldLines()  # the digest's lines so far: a line is told once
        for story_id, story_cands in by_story.items():
            story = self.stories.stories[story_id]
            ranked = self.rank(story_cands)
            section = StoryDigest(story_id, story.title)
            section.article_ids = [a.id for a in story_articles[story_id]]
            section.background_ids = [a.id for a in story_articles[story_id] if self._is_background(a, story_id)]
            older = frozenset(section.background_ids)
            section.items, over = self._lines(ranked, older, told)
            # Nothing is dropped silently: the articles of items over the per-story cap stay unread, so the next digest
            # offers those items (the shown ones are remembered by sentence). Pending is bounded in time: items whose
            # articles are older than ``pending_days`` before this digest's newest are left out, and the reader told.
            stale = [c for c in over if self._expired(c.article, newest)]
            keep = [c for c in over if not self._expired(c.article, newest)]
            waiting[story_id] = keep
            section.pending, section.expired = len(keep), len(stale)
            # A story many outlets cover today, and one the audience has followed for long, leads.
            volume = 0.3 * math.log1p(len(section.article_ids)) + 0.1 * math.log1p(story.size)
            top = (max(c.score for c in ranked) + volume) if ranked else -1.0
            sections.append((top, section))
        sections.sort(key=lambda ts: ts[0], reverse=True)
        stories = [s for _, s in sections]
        # A short bulletin: first lines, then lines close to their story's best (the rest minor); a quiet day: no line
        # that may lead (summarizer.lead: not a column's, not an explainer ...) and tells no stance clears the news bar.
        spare(stories, self.config.digest_words, self.config.salience_margin, self.config.salience_floor,
              quiet(cands, self.config.news_bar))  # (carries_day asked only of the lines that decide)
        by_key = {c.article.id + ":" + str(c.position): c for c in cands}
        # Lines about another subject (summarizer.subject: a roundup's other items) go before the lead is chosen.
        for s in stories:
            s.items = [i for i in s.items if i.key not in by_key or not by_key[i.key].away]
        def flaw(item: Item) -> str:
            return lead_flaw(by_key[item.key].text, by_key[item.key].article) if item.key in by_key else ""
        def news(item: Item) -> float:
            return by_key[item.key].news if item.key in by_key else 1.0
        def kind(item: Item) -> float:  # how likely the item's article is no report (summarizer.articlekind)
            return other_probability(by_key[item.key].article) if item.key in by_key else 0.0
        lead_first(stories, flaw, self.config.lead_window)
        for lead in stories[:1]:  # the lead story: a reaction first gives way to a line that may tell the event
            event_first(lead, flaw, self.config.reaction_window)
            likeliest_first(lead, news, flaw, self.config.news_bar, self.config.lead_ratio)
        for ratio, words in ((self.config.show_ratio, 0), (self.config.minor_ratio, self.config.digest_words)):
            gate(stories, news, ratio, words)  # a brief's, every digest's; after the lead choice (first lines stay)
        hide(stories, lambda i: backdrop(by_key[i.key]) if i.key in by_key else 0.0, self.config.backdrop_cut,
             column=(lambda i: i.key in by_key and column_line(by_key[i.key])) if self.config.column_first else None,
             opinion=(lambda i: i.key in by_key and opinion(by_key[i.key])) if self.config.report_first else None)
        feature_after(stories)  # a feature's or column's lede trades places with its story's report (order only)
        for lead in stories[:1]:  # after the holds: a state first gives way to a likelier event line (order only)
            state_first(lead, news, flaw, self.config.state_window, self.config.state_ratio)
        event_story_first(stories, news, flaw, self.config.story_ratio, kind, self.config.kind_cut)  # unfit: a report's
        freshest(stories, lambda i: by_key[i.key].article.published if i.key in by_key else None,  # order settled
                 self.config.digest_words)  # (past the first words, a line stale in a count is minor)
        voices(stories, self.config.digest_words)  # past them too, a line told by a voice (not its story's first)
        per_article(stories, kind, self.config.article_lines, self.config.article_cut, self.config.digest_words)
        after_first(stories, lambda i: by_key.get(i.key))  # after the first line, most news per word first (order only)
        held_back.update(src.article_id for s in stories if s.pending for c in waiting[s.story_id] for src in c.sources)
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
                s.pending += len(cut)
                if shown or not cut:
                    kept.append(s)
                else:
                    held_back.update(s.article_ids)
            stories = kept
        for s in stories:
            s.article_ids = [a for a in s.article_ids if a not in held_back]
        return Digest(audience=audience, stories=stories, created=now,
                      article_ids=[a.id for a in ordered if a.id not in held_back],
                      held_ids=[a.id for a in ordered if a.id in held_back])

    def _expired(self, article: Article, newest: datetime | None) -> bool:
        """True when an item of ``article`` held back by a cap is too old to be offered again."""
        if newest is None or article.published is None:
            return False
        return newest - article.published > timedelta(days=self.config.pending_days)

    def _is_background(self, article: Article, story_id: str) -> bool:
        """True when the article is much older than the story's newest article."""
        story = self.stories.stories[story_id]
        if not article.published or not story.last_seen:
            return False
        return story.last_seen - article.published > timedelta(days=self.config.background_days)

    # -- memory ----------------------------------------------------------------------
    @scoped
    def remember(self, memory: Memory, articles: Iterable[Article]) -> None:
        """Add every sentence of ``articles`` to ``memory`` (after delivery)."""
        for article in articles:
            article = self.templates.strip(article)  # counted once per article: safe from both paths
            story = self.stories.assign(article)
            for sentence in article_sentences(article):
                memory.add(sentence.text, story.id, article.id, article.ordinal)
