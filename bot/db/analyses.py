"""Stored analyses (:class:`~bot.db.schema.AnalysisRow`): what an audience knows, read back without re-analysis.

An article's analysis is made once, when it is ingested (:meth:`bot.digests.Digests.ingest` passes
it to :meth:`~bot.db.store.Store.add_articles`). Restoring an audience's memory at start reads the
analyses of the articles it saw (:func:`seen_analyses`); an article stored without one (before
analyses were stored) or with a stale one (made by other engine code:
:data:`summarizer.analysis.VERSION`) is analysed from its text then, and its analysis stored.
A digest loads the analyses of the articles it reads (:func:`warm`), so a digest built in
another process than the ingest does not analyse them again either.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterable, Iterator

from sqlalchemy import delete, exists, select
from sqlalchemy.orm import Session, aliased

from bot.core.service import Audience
from bot.db.schema import AnalysisRow, ArticleRow, SeenRow
from bot.db.store import Store, chunks
from summarizer.analysis import VERSION, analyse, dumps, loads
from summarizer.memory import Features, Memory


def put(s: Session, analyses: Iterable[tuple[str, str]]) -> None:
    """Store (article id, :func:`summarizer.analysis.dumps` JSON) pairs of the current version, replacing any."""
    rows = list(analyses)
    for part in chunks([i for i, _ in rows]):
        s.execute(delete(AnalysisRow).where(AnalysisRow.article_id.in_(part)))
    s.add_all(AnalysisRow(article_id=i, version=VERSION, data=data) for i, data in rows)


def seen_analyses(store: Store, audience: Audience, *, last: int) -> list[tuple[str, str, list[tuple[int, Features]]]]:
    """(article id, story id, (wording hash, features) of each sentence) of the ``last`` articles ``audience`` saw itself (not through
    an audience it inherits), in article order, read from their stored analyses."""
    with store.session() as s:
        q = (select(ArticleRow.id, ArticleRow.story_id, AnalysisRow.version, AnalysisRow.data)
             .join(SeenRow, SeenRow.article_id == ArticleRow.id)
             .outerjoin(AnalysisRow, AnalysisRow.article_id == ArticleRow.id)
             .where(SeenRow.tenant == audience.tenant, SeenRow.audience == audience.key))
        if audience.inherits:
            parent = aliased(SeenRow)
            q = q.where(~exists().where(parent.tenant == audience.tenant, parent.audience.in_(audience.inherits),
                                        parent.article_id == ArticleRow.id))
        rows = list(s.execute(q.order_by(ArticleRow.seq.desc()).limit(last)))[::-1]
        stale = [r[0] for r in rows if r[2] != VERSION]
        made: dict[str, str] = {}
        for part in chunks(stale):
            for row in s.scalars(select(ArticleRow).where(ArticleRow.id.in_(part))):
                made[row.id] = dumps(analyse(row.to_article()))
        if made:
            put(s, made.items())
        return [(i, story or "", loads(made.get(i) or data)) for i, story, _, data in rows]


def warm(store: Store, ids: list[str]) -> list[tuple[int, Features]]:
    """The stored analyses (current version) of the articles ``ids``, loaded: while the caller holds them, the
    engine's :func:`summarizer.memory.features` finds each sentence's analysis shared instead of making it."""
    with store.session() as s:
        found = [data for part in chunks(ids) for data in s.scalars(
            select(AnalysisRow.data).where(AnalysisRow.article_id.in_(part), AnalysisRow.version == VERSION))]
    return [told for data in found for told in loads(data)]


def restore(store: Store, audience: Audience, memory: Memory, *, last: int) -> list[str]:
    """Teach ``memory`` the sentences of the ``last`` articles ``audience`` saw itself (:func:`seen_analyses`);
    return their ids."""
    with _no_gc():
        own = seen_analyses(store, audience, last=last)
        for article_id, story_id, sentences in own:
            for key, f in sentences:
                memory.add_features(f, story_id, article_id, key)
    return [article_id for article_id, _, _ in own]


@contextmanager
def _no_gc() -> Iterator[None]:
    """Cyclic garbage collection paused while a memory is restored: it makes some 10^5 acyclic objects, and
    the collections they trigger took 15-40 % of a restore of 1,000 articles (0.50-0.59 s CPU, 0.58-0.94 s with)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
