"""Slack multi-workspace mode: the installation and OAuth state tables of slack-sdk's SQLAlchemy stores.

The tables are built by the sdk's own builders (the stores query them by these names and
columns); a test checks that a migrated store matches :mod:`bot.db.schema` and the sdk's current
shapes, so an sdk that changes them shows up as a failing test and a new revision.

Revision ID: 0002_oauth
Revises: 0001
Create Date: 2026-12-01
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore

revision = "0002_oauth"
down_revision = "0001"
branch_labels = None
depends_on = None


def _tables() -> sa.MetaData:
    """The three tables, as slack-sdk declares them."""
    md = sa.MetaData()
    SQLAlchemyInstallationStore.build_installations_table(md, "slack_installations")
    SQLAlchemyInstallationStore.build_bots_table(md, "slack_bots")
    SQLAlchemyOAuthStateStore.build_oauth_states_table(md, "slack_oauth_states")
    return md


def upgrade() -> None:
    """Create the tables (where the sdk's own ``create_tables`` has not made them already)."""
    _tables().create_all(op.get_bind(), checkfirst=True)


def downgrade() -> None:
    """Drop the tables: every workspace's installation is forgotten."""
    _tables().drop_all(op.get_bind())
