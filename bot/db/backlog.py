"""What an audience has not seen, bounded: a new channel's first digest reads a recent window, not the store.

A channel that starts following a busy source (or comes back after a long silence) can have
thousands of unseen articles; judging each to pick ten lines took minutes. :func:`backlog` reads
the ids and times of the unseen articles (cheap), and when it is the audience's first digest or
there are more than ``articles`` of them, keeps only those of the ``days`` before the newest one,
at most the ``articles`` newest. The older ones are *skipped*: never shown, never part of what the
audience knows, and counted in the digest's :class:`~summarizer.models.Window`, whose note every
renderer shows. Delivering the digest records the skip on the audience's cursor
(:func:`record_skip`), so they do not come back; until then nothing is recorded.

Times are publication times; an article without one counts by its ingest time, and the newest
time is the newest publication time when any article has one (an undated article ingested today
must not push every dated one out of the window).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, exists, func, not_, or_, select, true, update
from sqlalchemy.orm import Session

from bot.core.service import Audience
from bot.db import statements as sql
from bot.db.inserts import insert_ignore
from bot.db.schema import ArticleRow, CursorRow, InboxRow, SeenRow

BACKLOG_DAYS = 2  # a bounded backlog reads the unseen articles of this many days before the newest
BACKLOG_ARTICLES = 100  # and at most this many (the newest); a backlog larger than this is bounded
WHEN = func.coalesce(ArticleRow.published, ArticleRow.ingested_at)  # an article's time, in SQL


@dataclass
class Backlog:
    """The unseen articles a digest reads (article order), and the bound that left older ones out."""

    ids: list[str]
    skipped: int = 0
    start: datetime | None = None  # the window's oldest time read (None: nothing was skipped)
    through: int = 0  # the largest inbox position of the backlog


@dataclass(frozen=True)
class Marks:
    """An audience's cursor rows (its own and inherited ones), read in one query."""

    floor: int  # the inbox position up to which everything is known (the highest cursor)
    skips: tuple[tuple[int, datetime], ...]  # (through, before) of each delivered bounded backlog
    any: bool  # some cursor row exists: the audience (or one it inherits) was delivered something


def marks(s: Session, audience: Audience) -> Marks:
    """The :class:`Marks` of ``audience`` (read on the session's connection, as :func:`is_first` and
    :func:`unseen_rows` read: cursor, seen and inbox rows are written by Core statements only, never pending as
    ORM objects, so the ORM's execution path, twice as slow, has nothing to flush first)."""
    rows = list(s.connection().execute(sql.MARKS, {"tenant": audience.tenant, "keys": list(audience.keys)}))
    return Marks(max((int(r[0] or 0) for r in rows), default=0),
                 tuple(sorted((int(r[1]), r[2]) for r in rows if r[2] is not None)), bool(rows))


def skipped_rows(m: Marks) -> Any:
    """SQL: the inbox row (joined with its article) was skipped by a bounded backlog delivered (None: none was)."""
    skips = [and_(InboxRow.seq <= through, WHEN < before) for through, before in m.skips]
    return or_(*skips) if skips else None


def is_first(s: Session, audience: Audience, m: Marks) -> bool:
    """Whether ``audience`` (and every audience it inherits) was never delivered anything."""
    values = {"tenant": audience.tenant, "keys": list(audience.keys)}
    return not m.any and s.connection().scalar(sql.ANY_SEEN, values) is None


def unseen_rows(s: Session, audience: Audience, since: datetime | None, m: Marks) -> list[Any]:
    """(id, published, ingested_at, inbox seq, article seq) of ``audience``'s unseen articles (:func:`unseen_select`),
    in article order. The usual case (nothing skipped, no ``since``) runs a statement built once
    (:data:`bot.db.statements.UNSEEN`, the same SQL) on the session's connection: building it for each digest
    cost more than running it."""
    if since is None and not m.skips:
        values = {"tenant": audience.tenant, "channel": audience.channel_key, "keys": list(audience.keys),
                  "floor": m.floor}
        return list(s.connection().execute(sql.UNSEEN, values))
    columns = (ArticleRow.id, ArticleRow.published, ArticleRow.ingested_at, InboxRow.seq, ArticleRow.seq)
    return list(s.execute(unseen_select(audience, since, m).with_only_columns(*columns).order_by(ArticleRow.seq)))


def backlog(s: Session, audience: Audience, m: Marks, rows: list[Any], *, days: int = BACKLOG_DAYS,
            articles: int = BACKLOG_ARTICLES) -> Backlog:
    """The unseen articles to read (see the module docstring); ``rows`` are :func:`unseen_rows`, ``m`` the
    audience's :class:`Marks`."""
    if not rows or (len(rows) <= articles and not is_first(s, audience, m)):
        return Backlog([r[0] for r in rows])
    dated = [r[1] for r in rows if r[1] is not None]
    newest = max(dated) if dated else max(r[2] for r in rows)
    when = {r[0]: r[1] or r[2] for r in rows}
    recent = sorted((r for r in rows if when[r[0]] >= newest - timedelta(days=days)),
                    key=lambda r: (when[r[0]], r[4]))[-articles:]
    if len(recent) == len(rows):
        return Backlog([r[0] for r in rows])
    start = min(when[r[0]] for r in recent)
    keep = {r[0] for r in rows if when[r[0]] >= start}  # ties at the start are read too, never skipped
    return Backlog([r[0] for r in rows if r[0] in keep], skipped=len(rows) - len(keep), start=start,
                   through=max(r[3] for r in rows))


def record_skip(s: Session, audience: Audience, through: int, before: datetime) -> None:
    """Record on ``audience``'s cursor that the inbox rows up to ``through`` older than ``before`` are skipped."""
    if insert_ignore(s, CursorRow, audience=audience.key, tenant=audience.tenant, seq=0, skip_through=through,
                     skip_before=before):
        return
    s.execute(update(CursorRow).where(CursorRow.audience == audience.key,
                                      or_(CursorRow.skip_before.is_(None), CursorRow.skip_through < through))
              .values(skip_through=through, skip_before=before))


def not_skipped(clause: Any) -> Any:
    """``NOT clause`` (true when ``clause`` is None: nothing skipped)."""
    return true() if clause is None else not_(clause)


def known_to(audience: Audience) -> Any:
    """SQL: the inbox row's article was seen by ``audience`` or an audience it inherits."""
    return exists().where(SeenRow.tenant == audience.tenant, SeenRow.audience.in_(audience.keys),
                          SeenRow.article_id == InboxRow.article_id)


def unseen_select(audience: Audience, since: datetime | None, m: Marks) -> Any:
    """The select of ``audience``'s unseen articles (joined with their inbox rows, unordered): above its
    cursor, not seen, not skipped, published (else ingested) since ``since`` when given."""
    q = (select(ArticleRow).join(InboxRow, InboxRow.article_id == ArticleRow.id)
         .where(InboxRow.tenant == audience.tenant, InboxRow.channel == audience.channel_key,
                InboxRow.seq > m.floor, ~known_to(audience), not_skipped(skipped_rows(m))))
    return q.where(WHEN >= since) if since is not None else q
