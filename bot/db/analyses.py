"""Stored analyses (:class:`~bot.db.schema.AnalysisRow`): what an audience knows, read back without re-analysis.

An article's analysis is made once, when it is ingested (:meth:`bot.digests.Digests.ingest` passes
it to :meth:`~bot.db.store.Store.add_articles`). Restoring an audience's memory at start reads the
analyses of the most recent articles it saw and the wording hashes of older ones (:func:`seen_analyses`,
:mod:`bot.db.keys`); an article stored without one (before
analyses were stored) or with a stale one (made by other engine code:
:data:`summarizer.analysis.VERSION`) is analysed from its text then, and its analysis stored.
A digest loads the analyses of the articles it reads (:func:`warm`), so a digest built in
another process than the ingest does not analyse them again either.
"""
from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from typing import Any, Callable, Iterable, Sequence

from sqlalchemy import Select, exists, select
from sqlalchemy.orm import Session, aliased

from bot.core.nogc import paused_gc
from bot.core.service import Audience
from bot.db import keys
from bot.db.inserts import replace_rows
from bot.db.schema import AnalysisRow, ArticleRow, KeysRow, SeenRow
from bot.db.store import Store, chunks
from summarizer.analysis import VERSION, analyse, dumps, loads
from summarizer.memory import Features, Memory, shared, wording
from summarizer.models import Article


# Articles whose sentences a restored memory indexes (older ones of the horizon: known word for word only,
# so a paraphrase of them can be judged new). A restore reads some 35 sentences per article, about 0.3 s
# per 1,000 articles here (benchmarks/scale.py): 1,000 keeps a restart under a second at any history.
RECALL_ARTICLES = 1000
SHOWN_RECALL = 2000  # items shown (from unread articles) a restored memory indexes; ...
SHOWN_KNOWN = 20_000  # ... and of the earlier ones, these many are known word for word
# Articles whose sentence texts a restore remembers (some 5 kB each): a later restore over the same articles
# (another channel of the same feeds) takes their features from the memories that hold them (shared) instead
# of reading and decoding their stored analyses again.
HELD_ARTICLES = 2 * RECALL_ARTICLES
_SENTENCES: "weakref.WeakKeyDictionary[Store, OrderedDict[str, tuple[tuple[int, str, str], ...]]]" = \
    weakref.WeakKeyDictionary()  # per store: article id -> (wording hash, text, context) of each sentence
_SENTENCES_LOCK = threading.Lock()


def put(s: Session, analyses: Iterable[tuple[str, str]]) -> None:
    """Store (article id, :func:`summarizer.analysis.dumps` JSON) pairs of the current version, replacing any."""
    replace_rows(s, AnalysisRow, [{"article_id": i, "version": VERSION, "data": data} for i, data in analyses])


def storing(articles: Sequence[Article], keyed: Sequence[tuple[dict[str, float], list[str]]],
            extra: Callable[[Session], None] | None,
            analysed: Sequence[tuple[str, list[int]]] | None = None) -> Callable[[Session], None]:
    """An ingest's ``extra`` that also stores the analyses of ``articles`` (made here, once, unless ``analysed``
    gives each one's JSON and wording hashes: :mod:`bot.core.pool`) and their keys (``keyed``: each one's story
    vector and line keys; :mod:`bot.db.keys`), in the same transaction."""
    if analysed is None:
        analyses = [analyse(a) for a in articles]
        analysed = [(dumps(sentences), [wording(f.text) for f in sentences]) for sentences in analyses]
    rows = [(a.id, data) for a, (data, _) in zip(articles, analysed)]
    made = [(a.id, vector, lines, hashes) for a, (vector, lines), (_, hashes) in zip(articles, keyed, analysed)]

    def run(s: Session) -> None:
        put(s, rows)
        keys.put(s, made)
        if extra is not None:
            extra(s)
    return run


def seen_analyses(store: Store, audience: Audience, *, last: int, recall: int | None = None
                  ) -> tuple[list[tuple[str, str, list[tuple[int, Features]], int]], list[tuple[str, tuple[int, ...]]]]:
    """Of the ``last`` articles ``audience`` saw itself (not through an audience it inherits), in article order:
    (article id, story id, (wording hash, features) of each sentence, publication day as a date ordinal or 0) of
    the newest ``recall`` (all when None),
    read from their stored analyses, and (article id, wording hashes) of the older ones, read from their keys."""
    recall = last if recall is None else min(recall, last)
    with store.session() as s:
        # the stored JSON is read apart, by id, for the rows that need it: in the ordered query it went through the
        # sort of every article the audience saw (10,000 analyses read and sorted to keep 1,000: 0.5 s at 10k)
        q = (select(ArticleRow.id, ArticleRow.story_id, AnalysisRow.version, ArticleRow.published)
             .join(SeenRow, SeenRow.article_id == ArticleRow.id)
             .outerjoin(AnalysisRow, AnalysisRow.article_id == ArticleRow.id)
             .where(SeenRow.tenant == audience.tenant, SeenRow.audience == audience.key))
        if audience.inherits:
            parent = aliased(SeenRow)
            q = q.where(~exists().where(parent.tenant == audience.tenant, parent.audience.in_(audience.inherits),
                                        parent.article_id == ArticleRow.id))
        q = q.order_by(ArticleRow.seq.desc())
        rows = list(s.execute(q.limit(recall)))[::-1]
        older = list(s.execute(q.with_only_columns(ArticleRow.id, KeysRow.wordings)
                               .outerjoin(KeysRow, KeysRow.article_id == ArticleRow.id)
                               .offset(recall).limit(last - recall)))[::-1] if last > recall else []
        made = _made(s, [i for i, _, version, _ in rows if version != VERSION] + [i for i, w in older if w is None])
        held = {i: told for i, *_ in rows if i not in made and (told := _held(store, i)) is not None}
        need = [i for i, *_ in rows if i not in made and i not in held]
        # all of them: the ordered read's ids as a subquery (one statement, no list of ids); else those by id
        stored = _stored(s, need, q.with_only_columns(ArticleRow.id).limit(recall) if len(need) == len(rows) else None)
        # an analysis another process (other engine code) replaced between the two reads is stale here: made again
        made.update(_made(s, [i for i, *_ in rows if i not in made and i not in held and i not in stored]))
        analysed = [(i, story or "", held[i] if i in held else _remembered(store, i, loads(made.get(i) or stored[i])),
                     published.toordinal() if published else 0) for i, story, _, published in rows]
        known = [(i, keys.unpack(w) if w is not None else tuple(k for k, _ in loads(made[i]))) for i, w in older]
        return analysed, known


def _stored(s: Session, ids: list[str], every: Select[Any] | None = None) -> dict[str, str]:
    """The stored analyses (JSON, current version) of the articles ``ids`` (or of those ``every`` selects), by id."""
    read = select(AnalysisRow.article_id, AnalysisRow.data).where(AnalysisRow.version == VERSION)
    if every is not None:
        return {i: data for i, data in s.execute(read.where(AnalysisRow.article_id.in_(every)))}
    return {i: data for part in chunks(ids) for i, data in s.execute(read.where(AnalysisRow.article_id.in_(part)))}


def _held(store: Store, article_id: str) -> list[tuple[int, Features]] | None:
    """The analysis of ``article_id`` (of ``store``) when a memory in this process holds every sentence of it
    (another audience's memory restored or told it): its shared features, without reading or decoding JSON."""
    with _SENTENCES_LOCK:
        held = _SENTENCES.get(store)
        told = held.get(article_id) if held is not None else None
    if told is None:
        return None
    out = []
    for key, text, context in told:
        f = shared(text, context=context)
        if f is None:
            return None
        out.append((key, f))
    return out


def _remembered(store: Store, article_id: str, analysis: list[tuple[int, Features]]) -> list[tuple[int, Features]]:
    """``analysis`` (of ``article_id``), its sentences' wording hashes and texts kept for :func:`_held`."""
    with _SENTENCES_LOCK:
        held = _SENTENCES.setdefault(store, OrderedDict())
        held[article_id] = tuple((key, f.text, f.context) for key, f in analysis)
        held.move_to_end(article_id)
        while len(held) > HELD_ARTICLES:
            held.popitem(last=False)
    return analysis


def _made(s: Session, ids: list[str]) -> dict[str, str]:
    """Analyses (JSON) made from the text of the articles ``ids`` (stored before analyses were, or by other
    engine code), and stored."""
    made: dict[str, str] = {}
    for part in chunks(ids):
        for row in s.scalars(select(ArticleRow).where(ArticleRow.id.in_(part))):
            made[row.id] = dumps(analyse(row.to_article()))
    if made:
        put(s, made.items())
    return made


def warm(store: Store, ids: list[str]) -> list[tuple[int, Features]]:
    """The stored analyses (current version) of the articles ``ids``, loaded: while the caller holds them, the
    engine's :func:`summarizer.memory.features` finds each sentence's analysis shared instead of making it."""
    with store.session() as s:
        found = [data for part in chunks(ids) for data in s.scalars(
            select(AnalysisRow.data).where(AnalysisRow.article_id.in_(part), AnalysisRow.version == VERSION))]
    return [told for data in found for told in loads(data)]


def restore(store: Store, audience: Audience, memory: Memory, *, last: int, recall: int | None = None) -> list[str]:
    """Teach ``memory`` the sentences of the ``last`` articles ``audience`` saw itself (:func:`seen_analyses`):
    the newest ``recall`` indexed, the older ones known word for word only; and the items it was shown (the
    newest ``SHOWN_RECALL`` indexed, earlier ones known word for word). Return the articles' ids."""
    with paused_gc():  # its collections took 15-40 % of a restore of 1,000 articles (0.50-0.59 s CPU, 0.58-0.94 s with)
        own, older = seen_analyses(store, audience, last=last, recall=recall)
        for article_id, story_id, sentences, day in own:  # the day: ages are read against the days between reports
            for key, f in sentences:
                memory.add_features(f, story_id, article_id, key, day)
        # in one call: the set merges them once (one call per article merged its sorted array some 30 times, 1.5 s at 10k)
        memory.know_wordings(key for _, hashes in older for key in hashes)
        shown = store.shown_sentences([audience.key], last=SHOWN_KNOWN)  # items shown from unread articles
        memory.know_wordings(wording(t) for t in shown[:-SHOWN_RECALL])
        for sentence in shown[-SHOWN_RECALL:]:
            memory.add(sentence)
    return [article_id for article_id, _ in older] + [article_id for article_id, *_ in own]
