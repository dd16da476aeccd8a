"""The schema of release 0.1.0: every table, created where missing.

Stores written before migrations existed have no ``alembic_version``; their tables were made
by ``create_all`` in whatever modules a process had imported, so some may be missing, and
stores older still lack ``shown.sentence``. This revision creates what is missing and keeps
every existing row. The tables are frozen here as they were (later revisions change them).

Revision ID: 0001
Revises:
Create Date: 2026-12-01
"""
from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _tables() -> sa.MetaData:
    """The 0.1.0 tables."""
    md = sa.MetaData()
    dt, text, s = sa.DateTime, sa.Text, sa.String

    def col(name: str, type_: Any, *args: Any, **kw: Any) -> sa.Column[Any]:
        kw.setdefault("nullable", False)
        return sa.Column(name, type_, *args, **kw)

    sa.Table("stories", md, col("id", s(32), primary_key=True), col("title", text), col("created_at", dt))
    sa.Table("articles", md, col("seq", sa.Integer, primary_key=True, autoincrement=True),
             col("id", s(64), unique=True, index=True), col("title", text), col("text", text),
             col("source", s(200)), col("url", text), col("published", dt, nullable=True, index=True),
             col("origin", text), col("story_id", s(32), sa.ForeignKey("stories.id"), nullable=True, index=True),
             col("ingested_at", dt))
    sa.Table("seen", md, col("audience", s(200), primary_key=True), col("article_id", s(64), primary_key=True),
             col("at", dt))
    sa.Table("shown", md, col("id", sa.Integer, primary_key=True, autoincrement=True),
             col("audience", s(200), index=True), col("key", s(200)), col("kind", s(16)), col("text", text),
             col("sentence", text), col("at", dt),
             sa.Index("ix_shown_audience_key", "audience", "key", unique=True))
    sa.Table("channels", md, col("key", s(200), primary_key=True), col("platform", s(32)), col("target", text),
             col("last_digest_at", dt, nullable=True), col("created_at", dt))
    sa.Table("schedules", md, col("channel", s(200), primary_key=True), col("spec", text), col("tz", s(64)),
             col("enabled", sa.Boolean), col("last_run_at", dt, nullable=True), col("created_at", dt),
             col("updated_at", dt))
    sa.Table("outbox", md, col("id", sa.Integer, primary_key=True, autoincrement=True),
             col("channel", s(200), index=True), col("platform", s(32)), col("target", text), col("kind", s(16)),
             col("digest", text), col("messages", text), col("sent", sa.Integer), col("state", s(16), index=True),
             col("attempts", sa.Integer), col("last_error", text, nullable=True),
             col("next_attempt_at", dt, nullable=True), col("created_at", dt), col("updated_at", dt),
             col("delivered_at", dt, nullable=True))
    sa.Table("feeds", md, col("id", sa.Integer, primary_key=True, autoincrement=True), col("url", text, unique=True),
             col("title", text), col("etag", text, nullable=True), col("last_modified", text, nullable=True),
             col("interval", sa.Integer), col("next_poll", dt, nullable=True, index=True),
             col("last_fetch", dt, nullable=True), col("last_success", dt, nullable=True),
             col("last_error", text, nullable=True), col("consecutive_failures", sa.Integer),
             col("reported_failure", sa.Boolean), col("created_at", dt))
    sa.Table("feed_subscriptions", md, col("id", sa.Integer, primary_key=True, autoincrement=True),
             col("channel", s(200), index=True),
             col("feed_id", sa.Integer, sa.ForeignKey("feeds.id", ondelete="CASCADE"), index=True),
             col("created_at", dt), col("baseline_seq", sa.Integer),
             sa.UniqueConstraint("channel", "feed_id", name="uq_subscription_channel_feed"))
    sa.Table("feed_entries", md, col("seq", sa.Integer, primary_key=True, autoincrement=True),
             col("feed_id", sa.Integer, sa.ForeignKey("feeds.id", ondelete="CASCADE"), index=True),
             col("guid", text), col("url", text), col("fingerprint", s(64)), col("updated", text),
             col("article_id", s(64), nullable=True, index=True), col("baseline", sa.Boolean), col("created_at", dt),
             sa.Index("ix_feed_entries_feed_guid", "feed_id", "guid"), sa.Index("ix_feed_entries_url", "url"),
             sa.Index("ix_feed_entries_fingerprint", "fingerprint"))
    sa.Table("leases", md, col("name", s(64), primary_key=True), col("owner", s(200)), col("expires_at", dt))
    return md


def upgrade() -> None:
    """Create the missing 0.1.0 tables; add ``shown.sentence`` to stores from before it existed."""
    bind = op.get_bind()
    existing = set(sa.inspect(bind).get_table_names())
    if "shown" in existing and "sentence" not in {c["name"] for c in sa.inspect(bind).get_columns("shown")}:
        op.add_column("shown", sa.Column("sentence", sa.Text(), nullable=False, server_default=""))
    _tables().create_all(bind, checkfirst=True)


def downgrade() -> None:
    """Drop every table (the initial revision: there is nothing before it)."""
    md = _tables()
    md.drop_all(op.get_bind())
