"""Article keys stored at ingest: what a restart reads instead of re-analysing text

- ``article_keys``: per article, its story vector and body line keys (the story index is restored
  from them) and its sentences' wording hashes (a restored memory knows, word for word, what the
  articles older than its recall horizon said). Articles stored before this revision have none:
  they are restored from their text as before.

Revision ID: 0005_speed_keys
Revises: 0004_ingest
Create Date: 2026-12-02
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_speed_keys"
down_revision = "0004_ingest"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the article_keys table."""
    op.create_table(
        "article_keys",
        sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id"), primary_key=True),
        sa.Column("vector", sa.Text, nullable=False),
        sa.Column("lines", sa.Text, nullable=False),
        sa.Column("wordings", sa.LargeBinary, nullable=False),
    )


def downgrade() -> None:
    """Drop it."""
    op.drop_table("article_keys")
