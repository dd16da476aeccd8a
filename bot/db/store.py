"""The store: the database connection, transactions, and the engine side's queries (articles,
stories, and what each audience has been shown). Tables: :mod:`bot.db.schema`.

Embedded SQLite by default (``sqlite:///digestbot.db``); PostgreSQL with a ``postgresql://`` URL
(psycopg 3: ``pip install 'digestbot[postgres]'``). Every write is one transaction: a failure leaves the
store as it was. Re-adding a known article is a no-op.
"""
from __future__ import annotations

import logging
from contextlib import contextmanager
from datetime import datetime
from typing import Any, Callable, Iterable, Iterator, Sequence

from sqlalchemy import create_engine, event, func, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from bot.db.errors import StoreError
from bot.db.inserts import insert_ignore, serialise_article_writers
from bot.db.migrate import upgrade
from bot.db.nul import strip_nul_before_flush
from bot.db.schema import ArticleRow, SeenRow, ShownRow, StoryRow
from bot.db.urls import engine_url, missing_driver_message
from summarizer.models import Article, Item

log = logging.getLogger(__name__)
SQLITE_BUSY_SECONDS = 30.0


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


class Store:
    """Transactional access to the digestbot database."""

    def __init__(self, url: str = "sqlite:///digestbot.db") -> None:
        try:
            if url.startswith("sqlite") and ":memory:" in url or url == "sqlite://":
                from sqlalchemy.pool import StaticPool

                self.engine = create_engine(url, connect_args={"check_same_thread": False}, poolclass=StaticPool)
            elif url.startswith("sqlite"):
                # SQLite: wait up to 30 s for another process's write (the driver's default is 5 s)
                sqlite_args = {"check_same_thread": False, "timeout": SQLITE_BUSY_SECONDS}
                self.engine = create_engine(url, connect_args=sqlite_args)
            else:
                self.engine = create_engine(engine_url(url), pool_pre_ping=True)
            if url.startswith("sqlite"):
                event.listen(self.engine, "connect", _sqlite_pragmas)
            upgrade(self.engine)  # the one place tables are created or changed
        except ImportError as exc:  # the URL's driver (psycopg for PostgreSQL) is not installed
            raise StoreError(f"cannot open the store: {missing_driver_message(engine_url(url), exc)}") from exc
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open the store at {self.engine.url.render_as_string(hide_password=True) if hasattr(self, 'engine') else 'the given URL'}: {exc.__class__.__name__}") from exc
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self._sessions, "before_flush", strip_nul_before_flush)  # PostgreSQL refuses NUL in text

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed on success, rolled back on any error."""
        s = self._sessions()
        try:
            yield s
            s.commit()
        except SQLAlchemyError as exc:
            s.rollback()
            raise StoreError(f"store write failed: {exc.__class__.__name__}: {str(exc).splitlines()[0][:160]}") from exc
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()

    # -- articles and stories ---------------------------------------------------------
    def add_articles(self, pairs: Sequence[tuple[Article, str, str]],
                     extra: Callable[[Session], None] | None = None) -> list[Article]:
        """Store (article, story id, story title) triples; return the ones that were new.

        ``extra(session)`` runs in the same transaction (e.g. a feed records the entry it read),
        so the articles and the caller's own rows are committed together or not at all.
        """
        if not pairs and extra is None:
            return []
        ids = [a.id for a, _, _ in pairs]
        with self.session() as s:
            serialise_article_writers(s)  # PostgreSQL: no deadlock between overlapping batches
            existing = set(s.scalars(select(ArticleRow.id).where(ArticleRow.id.in_(ids))))
            known_stories = set(s.scalars(select(StoryRow.id).where(StoryRow.id.in_({sid for _, sid, _ in pairs}))))
            added: list[Article] = []
            # Insert-or-ignore: another process may store the same article or story meanwhile.
            for article, story_id, story_title in pairs:
                if article.id in existing:
                    continue
                existing.add(article.id)
                if story_id not in known_stories:
                    insert_ignore(s, StoryRow, id=story_id, title=story_title[:500])
                    known_stories.add(story_id)
                if insert_ignore(s, ArticleRow, id=article.id, title=article.title, text=article.text,
                                 source=article.source, url=article.url, published=article.published,
                                 origin=article.origin, story_id=story_id):
                    added.append(article)
            # A story's header is regenerated as it grows (its most central clean headline): keep the
            # stored title current, so a restart shows the same header.
            latest = {sid: title[:500] for _, sid, title in pairs}
            for sid, title in latest.items():
                s.execute(update(StoryRow).where(StoryRow.id == sid, StoryRow.title != title).values(title=title))
            if extra is not None:
                extra(s)
        return added

    def articles(self, ids: Iterable[str] | None = None, *, last: int | None = None) -> list[tuple[Article, str | None]]:
        """Stored (article, story id) pairs in ingest order, optionally only ``ids``, only the ``last`` N."""
        with self.session() as s:
            q = select(ArticleRow).order_by(ArticleRow.seq.desc() if last is not None else ArticleRow.seq)
            if ids is not None:
                q = q.where(ArticleRow.id.in_(list(ids)))
            if last is not None:
                q = q.limit(last)
            rows = [(r.to_article(), r.story_id) for r in s.scalars(q)]
            return rows[::-1] if last is not None else rows

    def story_titles(self) -> dict[str, str]:
        """Every story id with its title."""
        with self.session() as s:
            return {r.id: r.title for r in s.scalars(select(StoryRow))}

    def unseen(self, audiences: Sequence[str], since: datetime | None = None) -> list[tuple[Article, str | None]]:
        """Stored articles none of ``audiences`` has seen (optionally published/ingested since ``since``)."""
        with self.session() as s:
            seen = select(SeenRow.article_id).where(SeenRow.audience.in_(list(audiences)))
            q = select(ArticleRow).where(ArticleRow.id.not_in(seen)).order_by(ArticleRow.seq)
            if since is not None:
                q = q.where(func.coalesce(ArticleRow.published, ArticleRow.ingested_at) >= since)
            return [(r.to_article(), r.story_id) for r in s.scalars(q)]

    def shown_sentences(self, audiences: Sequence[str]) -> list[str]:
        """The full sentences of every item shown to ``audiences`` (oldest first)."""
        with self.session() as s:
            q = select(ShownRow.sentence).where(ShownRow.audience.in_(list(audiences))).order_by(ShownRow.id)
            return [t for t in s.scalars(q) if t]

    def seen_ids(self, audiences: Sequence[str]) -> set[str]:
        """Ids of the articles any of ``audiences`` has seen."""
        with self.session() as s:
            return set(s.scalars(select(SeenRow.article_id).where(SeenRow.audience.in_(list(audiences)))))

    def mark_seen(self, audience: str, article_ids: Iterable[str], items: Iterable[Item] = ()) -> int:
        """Record articles (and the items shown) for an audience; idempotent. Returns new marks."""
        with self.session() as s:
            return self.mark_seen_in(s, audience, article_ids, items)

    @staticmethod
    def mark_seen_in(s: Session, audience: str, article_ids: Iterable[str], items: Iterable[Item] = ()) -> int:
        """:meth:`mark_seen` inside the caller's transaction ``s`` (e.g. with an outbox state change)."""
        ids = list(dict.fromkeys(article_ids))
        items = list(items)
        have = set(s.scalars(select(SeenRow.article_id).where(
            SeenRow.audience == audience, SeenRow.article_id.in_(ids))))
        fresh = [i for i in ids if i not in have]
        for article_id in fresh:
            s.add(SeenRow(audience=audience, article_id=article_id))
        keys = [i.key[:200] for i in items if i.key]  # stored cut to the column size: compared cut too
        shown = set(s.scalars(select(ShownRow.key).where(ShownRow.audience == audience, ShownRow.key.in_(keys))))
        for item in items:
            key = item.key[:200]
            if key and key not in shown:
                shown.add(key)
                s.add(ShownRow(audience=audience, key=key, kind=item.kind.value, text=item.text,
                               sentence=item.sentence or item.text))
        s.flush()
        return len(fresh)

    def counts(self) -> dict[str, int]:
        """Row counts per table (status and integrity checks)."""
        with self.session() as s:
            return {
                "articles": s.scalar(select(func.count()).select_from(ArticleRow)) or 0,
                "stories": s.scalar(select(func.count()).select_from(StoryRow)) or 0,
                "seen": s.scalar(select(func.count()).select_from(SeenRow)) or 0,
                "shown": s.scalar(select(func.count()).select_from(ShownRow)) or 0,
            }
