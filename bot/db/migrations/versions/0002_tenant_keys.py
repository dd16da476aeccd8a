"""Tenant keys, channel inboxes and audience cursors.

- ``tenant`` on every row that belongs to a workspace or guild (channels, schedules, outbox,
  feed_subscriptions, seen, shown): the tenant of the row's channel or audience key
  (``slack:T1`` of ``slack:T1:C1``); keys without one (the CLI's) get the default tenant;
- ``inbox``: the articles that reached each channel. Filled from what the store already holds:
  each subscription's feed entries after its baseline, and every article that came from no
  feed for the default channel ``cli:local:default`` (what ``digestbot ingest`` stored);
- ``cursors``: per audience, the inbox position up to which everything is known (starts empty).

Every existing row is kept. The tenant rules are frozen here as they were at this revision.

Revision ID: 0002_tenant
Revises: 0002_oauth
Create Date: 2026-12-01
"""
from __future__ import annotations

from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import op

revision = "0002_tenant"
down_revision = "0002_oauth"
branch_labels = None
depends_on = None

DEFAULT_TENANT = "cli:local"
DEFAULT_CHANNEL = "cli:local:default"
KEYED = {"channels": "key", "schedules": "channel", "outbox": "channel", "feed_subscriptions": "channel",
         "seen": "audience", "shown": "audience"}  # table -> its channel or audience key column
INDEXES = {"channels": ["tenant"], "schedules": ["tenant"], "outbox": ["tenant", "channel"],
           "feed_subscriptions": ["tenant", "channel"], "seen": ["tenant"], "shown": ["tenant"]}
BATCH = 500


def tenant_of(key: str) -> str:
    """The tenant of a key (``bot.core.service.tenant_of`` at this revision)."""
    parts = key.split(":user:", 1)[0].split(":")
    return f"{parts[0]}:{parts[1]}" if len(parts) >= 3 and parts[0] and parts[1] else DEFAULT_TENANT


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def upgrade() -> None:
    """Add the tenant columns (derived from the keys), the inbox (filled) and the cursors."""
    bind = op.get_bind()
    for table, key in KEYED.items():
        op.add_column(table, sa.Column("tenant", sa.String(200), nullable=False, server_default=DEFAULT_TENANT))
        t = sa.table(table, sa.column(key, sa.String), sa.column("tenant", sa.String))
        keys = [str(k) for (k,) in bind.execute(sa.select(t.c[key]).distinct()) if k]
        for k in sorted(keys):
            if tenant_of(k) != DEFAULT_TENANT:
                bind.execute(sa.update(t).where(t.c[key] == k).values(tenant=tenant_of(k)))
        cols = INDEXES[table]
        op.create_index(f"ix_{table}_{'_'.join(cols)}", table, cols)
    inbox = op.create_table(
        "inbox",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("tenant", sa.String(200), nullable=False),
        sa.Column("channel", sa.String(200), nullable=False),
        sa.Column("article_id", sa.String(64), nullable=False),
        sa.Column("feed_id", sa.Integer, nullable=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("channel", "article_id", name="uq_inbox_channel_article"),
    )
    op.create_index("ix_inbox_channel_seq", "inbox", ["tenant", "channel", "seq"])
    op.create_table(
        "cursors",
        sa.Column("audience", sa.String(200), primary_key=True),
        sa.Column("tenant", sa.String(200), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_cursors_tenant", "cursors", ["tenant"])
    assert inbox is not None
    _fill_inbox(bind, inbox)


def _fill_inbox(bind: sa.Connection, inbox: sa.Table) -> None:
    """Each channel's inbox as the store implied it, in article order."""
    md = sa.MetaData()
    articles = sa.Table("articles", md, sa.Column("seq", sa.Integer), sa.Column("id", sa.String))
    entries = sa.Table("feed_entries", md, sa.Column("seq", sa.Integer), sa.Column("feed_id", sa.Integer),
                       sa.Column("article_id", sa.String), sa.Column("baseline", sa.Boolean))
    subs = sa.Table("feed_subscriptions", md, sa.Column("id", sa.Integer), sa.Column("channel", sa.String),
                    sa.Column("feed_id", sa.Integer), sa.Column("baseline_seq", sa.Integer))
    followed = (sa.select(articles.c.seq, subs.c.channel, articles.c.id, entries.c.feed_id)
                .join(entries, entries.c.article_id == articles.c.id)
                .join(subs, subs.c.feed_id == entries.c.feed_id)
                .where(entries.c.seq > subs.c.baseline_seq, entries.c.baseline.is_(False))
                .order_by(articles.c.seq, subs.c.id, entries.c.seq))
    from_feed = sa.exists().where(entries.c.article_id == articles.c.id)
    ingested = (sa.select(articles.c.seq, sa.literal(DEFAULT_CHANNEL), articles.c.id, sa.literal(None, sa.Integer))
                .where(~from_feed).order_by(articles.c.seq))
    rows: list[tuple[int, str, str, int | None]] = [tuple(r) for r in bind.execute(followed)]  # type: ignore[misc]
    rows += [tuple(r) for r in bind.execute(ingested)]  # type: ignore[misc]
    done: set[tuple[str, str]] = set()
    batch: list[dict[str, object]] = []
    now = _now()
    for _seq, channel, article_id, feed_id in sorted(rows, key=lambda r: r[0]):
        if (channel, article_id) in done:
            continue
        done.add((channel, article_id))
        batch.append({"tenant": tenant_of(channel), "channel": channel, "article_id": article_id,
                      "feed_id": feed_id, "at": now})
        if len(batch) >= BATCH:
            bind.execute(sa.insert(inbox), batch)
            batch = []
    if batch:
        bind.execute(sa.insert(inbox), batch)


def downgrade() -> None:
    """Drop the cursors, the inbox and the tenant columns."""
    op.drop_table("cursors")
    op.drop_table("inbox")
    for table in KEYED:
        cols = INDEXES[table]
        op.drop_index(f"ix_{table}_{'_'.join(cols)}", table_name=table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column("tenant")
