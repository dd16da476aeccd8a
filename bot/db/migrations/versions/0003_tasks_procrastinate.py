"""procrastinate's tables, functions and triggers (the task queue of ``digestbot worker``), PostgreSQL only

Revision ID: 0003_tasks
Revises: 0002_tenant
Create Date: 2026-12-01

The schema is procrastinate's own ``schema.sql`` of the installed version (procrastinate ships
migrations of its own for later versions). On SQLite this revision does nothing: the embedded
default runs the units of work in process and needs no queue. It runs inside the upgrade's
transaction, under the advisory lock of :mod:`bot.db.migrate`, so concurrent starts apply it once.
"""
from __future__ import annotations

from alembic import op

revision = "0003_tasks"
down_revision = "0002_tenant"
branch_labels = None
depends_on = None

DROP_ALL = """
DROP TABLE IF EXISTS procrastinate_events, procrastinate_periodic_defers, procrastinate_jobs, procrastinate_workers
    CASCADE;
DO $$ DECLARE f regprocedure; BEGIN
    FOR f IN SELECT oid::regprocedure FROM pg_proc WHERE proname LIKE 'procrastinate%' LOOP
        EXECUTE 'DROP FUNCTION IF EXISTS ' || f || ' CASCADE';
    END LOOP;
END $$;
DROP TYPE IF EXISTS procrastinate_job_status, procrastinate_job_event_type, procrastinate_job_to_defer_v1 CASCADE;
"""


def upgrade() -> None:
    """Apply procrastinate's schema on PostgreSQL (it needs the ``postgres`` extra); nothing on SQLite."""
    if op.get_bind().dialect.name == "postgresql":  # the base install (SQLite) has no procrastinate
        from procrastinate.schema import SchemaManager

        _run(SchemaManager.get_schema())


def downgrade() -> None:
    """Drop procrastinate's tables, functions and types (queued jobs are lost)."""
    _run(DROP_ALL)


def _run(sql: str) -> None:
    """Run many statements on PostgreSQL, in the upgrade's transaction, without placeholder parsing."""
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    with bind.connection.dbapi_connection.cursor() as cursor:  # type: ignore[union-attr]
        cursor.execute(sql)
