"""Analysis stored at ingest, and bounded backlogs skipped for good

- ``analyses``: per article, its sentences with their terms and facts, computed once when the
  article is ingested (:mod:`bot.db.analyses`); a memory restored at start reads them instead of
  re-analysing text. Articles stored before this revision have none: they are analysed when first
  read and their analysis stored then;
- ``cursors.skip_through`` and ``cursors.skip_before``: a bounded backlog delivered to an audience
  (its first digest, or one after a long silence) skips for good the older unseen inbox rows.

Revision ID: 0004_ingest
Revises: 0003_tasks
Create Date: 2026-12-01
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_ingest"
down_revision = "0003_tasks"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the analyses table and the cursors' skip columns."""
    op.create_table(
        "analyses",
        sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id"), primary_key=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
    )
    with op.batch_alter_table("cursors") as batch:
        batch.add_column(sa.Column("skip_through", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("skip_before", sa.DateTime, nullable=True))


def downgrade() -> None:
    """Drop them."""
    with op.batch_alter_table("cursors") as batch:
        batch.drop_column("skip_before")
        batch.drop_column("skip_through")
    op.drop_table("analyses")
