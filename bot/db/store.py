"""The store: the database connection, transactions, and the engine side's queries (articles,
stories, and what each audience has been shown). Tables: :mod:`bot.db.schema`.

Embedded SQLite by default (``sqlite:///digestbot.db``); PostgreSQL with a ``postgresql://`` URL
(psycopg 3: ``pip install 'digestbot[postgres]'``). Every write is one transaction: a failure leaves the
store as it was. Re-adding a known article is a no-op.

Bounded queries: no statement carries more than :data:`MAX_PARAMS` bind parameters (id lists
are sent in chunks), and what an audience has not seen is read from its channel's inbox above
its cursor (:class:`~bot.db.schema.CursorRow`), never as "every id not in the seen set".
"""
from __future__ import annotations

import logging
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any, Callable, Iterable, Iterator, Sequence, TypeVar, cast

from sqlalchemy import case, create_engine, event, func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from bot.core.service import Audience
from bot.db.backlog import (BACKLOG_ARTICLES, BACKLOG_DAYS, Backlog, backlog, known_to, marks, record_skip,
                            skipped_rows, unseen_rows, unseen_select)
from bot.db import statements as sql
from bot.db.errors import StoreError
from bot.db.inserts import insert_all_ignore, insert_ignore, serialise_article_writers
from bot.db.migrate import upgrade
from bot.db.nul import strip_nul_before_flush, without_nul
from bot.db.schema import ArticleRow, CursorRow, InboxRow, SeenRow, ShownRow, StoryRow, SubscriptionRow, utcnow
from bot.db.urls import engine_url, missing_driver_message
from summarizer.models import Article, Item, Window

log = logging.getLogger(__name__)
SQLITE_BUSY_SECONDS = 30.0
MAX_PARAMS = 500  # bind parameters per statement at most (PostgreSQL's driver refuses more than 65,535)
ID_CHUNK = MAX_PARAMS - 20  # ids per statement, leaving room for the statement's other parameters
INSERT_PAGE = 40  # rows per multi-row INSERT (a row has at most a dozen columns)
CURSOR_SETTLE = timedelta(minutes=5)  # a cursor never passes inbox rows younger than this (see advance_cursor)
T = TypeVar("T")


def chunks(values: Sequence[T], size: int = ID_CHUNK) -> Iterator[Sequence[T]]:
    """``values`` in slices of at most ``size`` (one statement each)."""
    for start in range(0, len(values), size):
        yield values[start:start + size]


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

                self.engine = create_engine(url, connect_args={"check_same_thread": False}, poolclass=StaticPool,
                                            insertmanyvalues_page_size=INSERT_PAGE)
            elif url.startswith("sqlite"):
                # SQLite: wait up to 30 s for another process's write (the driver's default is 5 s)
                sqlite_args = {"check_same_thread": False, "timeout": SQLITE_BUSY_SECONDS}
                self.engine = create_engine(url, connect_args=sqlite_args, insertmanyvalues_page_size=INSERT_PAGE)
            else:
                self.engine = create_engine(engine_url(url), pool_pre_ping=True, insertmanyvalues_page_size=INSERT_PAGE)
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
        story_ids = sorted({sid for _, sid, _ in pairs})
        with self.session() as s:
            serialise_article_writers(s)  # PostgreSQL: no deadlock between overlapping batches
            c = s.connection()  # article and story rows are written by Core statements only: no ORM flush first
            existing = {i for part in chunks(ids) for i in c.scalars(sql.ARTICLE_IDS, {"ids": list(part)})}
            known_stories = {i for part in chunks(story_ids) for i in c.scalars(sql.STORY_IDS, {"ids": list(part)})}
            new: list[Article] = []
            stories: list[dict[str, Any]] = []
            rows: list[dict[str, Any]] = []
            for article, story_id, story_title in pairs:
                if article.id in existing:
                    continue
                existing.add(article.id)
                if story_id not in known_stories:
                    stories.append({"id": story_id, "title": story_title[:500]})
                    known_stories.add(story_id)
                rows.append({"id": article.id, "title": article.title, "text": article.text, "source": article.source,
                             "url": article.url, "published": article.published, "origin": article.origin,
                             "story_id": story_id})
                new.append(article)
            # One statement per table, insert-or-ignore: another process may store the same article or story
            # meanwhile (on SQLite the reads above see no transaction); the rows that went in are returned.
            insert_all_ignore(s, StoryRow, stories, "id")
            went_in = insert_all_ignore(s, ArticleRow, rows, "id")
            added = [a for a in new if a.id in went_in]
            # A story's header is regenerated as it grows (its most central clean headline): keep the
            # stored title current, so a restart shows the same header.
            latest = {sid: title[:500] for _, sid, title in pairs}
            if latest:  # one executemany
                s.execute(sql.STORY_TITLE, [{"sid": sid, "head": t} for sid, t in latest.items()])
            if extra is not None:
                extra(s)
        return added

    def articles(self, ids: Iterable[str] | None = None, *, last: int | None = None) -> list[tuple[Article, str | None]]:
        """Stored (article, story id) pairs in ingest order, optionally only ``ids``, only the ``last`` N."""
        with self.session() as s:
            q = select(ArticleRow).order_by(ArticleRow.seq.desc() if last is not None else ArticleRow.seq)
            if ids is None:
                found = list(s.scalars(q.limit(last) if last is not None else q))
            else:  # chunked, then put in order here
                want = sorted(set(ids))
                found = sorted((r for part in chunks(want) for r in s.scalars(q.where(ArticleRow.id.in_(part)))),
                               key=lambda r: -r.seq if last is not None else r.seq)[:last]
            rows = [(r.to_article(), r.story_id) for r in found]
            return rows[::-1] if last is not None else rows

    def link(self, s: Session, channel: str, article_ids: Iterable[str], feed_id: int | None = None) -> int:
        """Put articles in ``channel``'s inbox inside the caller's transaction (known ones are skipped); count new."""
        tenant = Audience(channel).tenant
        ids = list(dict.fromkeys(article_ids))
        if len(ids) <= 1:  # a feed entry, one ingested article: no read first
            return sum(insert_ignore(s, InboxRow, tenant=tenant, channel=channel, article_id=i, feed_id=feed_id)
                       for i in ids)
        have = {i for part in chunks(ids) for i in s.scalars(sql.INBOX_IDS, {"channel": channel, "ids": list(part)})}
        rows = [{"tenant": tenant, "channel": channel, "article_id": i, "feed_id": feed_id} for i in ids if i not in have]
        return len(insert_all_ignore(s, InboxRow, rows, "article_id"))

    def has_sources(self, channel: str) -> bool:
        """Whether ``channel`` follows a feed or anything ever reached its inbox (e.g. an ingest for it)."""
        tenant = Audience(channel).tenant
        with self.session() as s:
            follows = select(SubscriptionRow.id).where(SubscriptionRow.tenant == tenant,
                                                       SubscriptionRow.channel == channel).limit(1)
            arrived = select(InboxRow.seq).where(InboxRow.tenant == tenant, InboxRow.channel == channel).limit(1)
            return s.scalar(follows) is not None or s.scalar(arrived) is not None

    def story_headlines(self, channel: str, story_id: str) -> set[str]:
        """The headlines (as story headers are cut) of the articles of ``story_id`` that reached ``channel``."""
        with self.session() as s:
            found = s.connection().scalars(sql.HEADLINES, {"tenant": Audience(channel).tenant, "channel": channel,
                                                           "story": story_id})
            return {t.strip()[:200] for t in found}

    def story_titles(self) -> dict[str, str]:
        """Every story id with its title."""
        with self.session() as s:
            return {r.id: r.title for r in s.scalars(select(StoryRow))}

    def unseen(self, audience: Audience, since: datetime | None = None) -> list[tuple[Article, str | None]]:
        """The articles of ``audience``'s channel inbox it does not know (optionally published/ingested
        since ``since``), in article order: the inbox rows above its cursor without a seen row (nor skipped)."""
        with self.session() as s:
            q = unseen_select(audience, since, marks(s, audience)).order_by(ArticleRow.seq)
            return [(r.to_article(), r.story_id) for r in s.scalars(q)]

    def backlog(self, audience: Audience, since: datetime | None = None, *, days: int = BACKLOG_DAYS,
                articles: int = BACKLOG_ARTICLES) -> tuple[list[tuple[Article, str | None]], Backlog]:
        """:meth:`unseen`, bounded to a recent window when the backlog is large or the audience's first
        (:func:`bot.db.backlog.backlog`): the (article, story id) pairs read, and the bound."""
        with self.session() as s:
            m = marks(s, audience)
            bound = backlog(s, audience, m, unseen_rows(s, audience, since, m), days=days, articles=articles)
            rows = {r.id: r for part in chunks(bound.ids) for r in s.scalars(sql.ARTICLE_ROWS, {"ids": list(part)})}
            return [(rows[i].to_article(), rows[i].story_id) for i in bound.ids if i in rows], bound

    @staticmethod
    def cursor_in(s: Session, audience: Audience) -> int:
        """The inbox position up to which everything is known to ``audience`` (its own or an inherited cursor)."""
        return marks(s, audience).floor

    @staticmethod
    def advance_cursor(s: Session, audience: Audience) -> int:
        """Move ``audience``'s cursor up to just below its first inbox row it does not know; return it.

        Rows younger than :data:`CURSOR_SETTLE` are never passed: a row whose transaction took a lower
        ``seq`` but committed later than a delivered one is still read by the next digest.
        """
        s.flush()  # as the ORM would before its first statement: the reads then run on the connection (Core)
        m = marks(s, audience)
        floor = m.floor
        settled = utcnow() - CURSOR_SETTLE
        skipped = skipped_rows(m)
        if skipped is None:  # the usual case: a statement built once
            q = sql.FIRST_OPEN
        else:
            first_open = func.min(case((~known_to(audience) & ~skipped | (InboxRow.at > settled), InboxRow.seq)))
            q = (select(first_open, func.max(InboxRow.seq)).where(
                InboxRow.tenant == audience.tenant, InboxRow.channel == audience.channel_key, InboxRow.seq > floor)
                .select_from(InboxRow).outerjoin(ArticleRow, ArticleRow.id == InboxRow.article_id))
        values = {"tenant": audience.tenant, "keys": list(audience.keys), "channel": audience.channel_key,
                  "floor": floor, "young": settled}
        run = s.connection().execute if skipped is None else s.execute
        first, top = cast("tuple[int | None, int | None]", tuple(run(q, values if skipped is None else {}).one()))
        mark = int(first) - 1 if first is not None else int(top or floor)
        if mark > floor:
            if not insert_ignore(s, CursorRow, audience=audience.key, tenant=audience.tenant, seq=mark):
                s.execute(sql.CURSOR_UP, {"key": audience.key, "mark": mark, "now": utcnow()})
        return max(mark, floor)

    def shown_sentences(self, audiences: Sequence[str], *, last: int | None = None) -> list[str]:
        """The full sentences of every item (or the ``last`` N items) shown to ``audiences`` (oldest first)."""
        with self.session() as s:
            q = select(ShownRow.sentence).where(ShownRow.audience.in_(list(audiences))).order_by(ShownRow.id.desc())
            return [t for t in s.scalars(q.limit(last) if last is not None else q) if t][::-1]

    def seen_ids(self, audiences: Sequence[str]) -> set[str]:
        """Ids of the articles any of ``audiences`` has seen."""
        with self.session() as s:
            return set(s.scalars(select(SeenRow.article_id).where(SeenRow.audience.in_(list(audiences)))))

    def mark_seen(self, audience: Audience, article_ids: Iterable[str], items: Iterable[Item] = (),
                  window: Window | None = None) -> int:
        """Record articles (and the items shown) for an audience; idempotent. Returns new marks."""
        with self.session() as s:
            return self.mark_seen_in(s, audience, article_ids, items, window)

    @staticmethod
    def mark_seen_in(s: Session, audience: Audience, article_ids: Iterable[str], items: Iterable[Item] = (),
                     window: Window | None = None) -> int:
        """:meth:`mark_seen` in the caller's transaction ``s``; the audience's cursor moves up past what it now knows.
        ``window``: the whole digest was delivered and bounded a backlog: the older articles are skipped for good."""
        key, tenant = audience.key, audience.tenant
        ids = list(dict.fromkeys(article_ids))
        items = list(items)
        s.flush()  # the caller's pending ORM rows, as the ORM flushes before its first statement; then Core
        c = s.connection()  # statements on the session's connection: seen and shown rows are written by Core only
        have = {i for part in chunks(ids) for i in c.scalars(sql.SEEN_IDS, {"audience": key, "ids": list(part)})}
        fresh = [i for i in ids if i not in have]
        if fresh:  # one executemany each (an ORM flush sent one INSERT per row)
            c.execute(sql.ADD_SEEN, [{"tenant": tenant, "audience": key, "article_id": i} for i in fresh])
        keys = list(dict.fromkeys(i.key[:200] for i in items if i.key))  # stored cut to the column size
        shown = {k for part in chunks(keys) for k in c.scalars(sql.SHOWN_KEYS, {"audience": key, "ids": list(part)})}
        rows = []  # new shown items
        for item in items:
            item_key = item.key[:200]
            if item_key and item_key not in shown:
                shown.add(item_key)
                rows.append({"tenant": tenant, "audience": key, "key": item_key, "kind": item.kind.value,
                             "text": without_nul(item.text), "sentence": without_nul(item.sentence or item.text)})
        if rows:
            c.execute(sql.ADD_SHOWN, rows)
        if window is not None and window.skipped:
            record_skip(s, audience, window.through, window.start)
        s.flush()
        if fresh or window is not None:
            Store.advance_cursor(s, audience)
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

