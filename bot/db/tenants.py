"""Whole tenants: every row of one workspace or guild, found and deleted by its ``tenant`` key.

A chat front-end calls :func:`forget_tenant` when a workspace uninstalls the app (Slack's
``app_uninstalled``) or a guild removes the bot: its channels, schedules, subscriptions, inboxes,
cursors, what it was shown and its outbox go; shared content (articles, stories, feeds and
their entries) stays for the other tenants.
"""
from __future__ import annotations

from typing import Any, cast

from sqlalchemy import CursorResult, Table, delete, func, select

from bot.db.schema import Base
from bot.db.store import Store


def tenant_tables() -> list[Table]:
    """Every table whose rows belong to a tenant (it has a ``tenant`` column), in a stable order."""
    return [t for t in Base.metadata.sorted_tables if "tenant" in t.c]


def tenant_rows(store: Store, tenant: str) -> dict[str, int]:
    """How many rows of each tenant table belong to ``tenant``."""
    with store.session() as s:
        return {t.name: int(s.scalar(select(func.count()).select_from(t).where(t.c.tenant == tenant)) or 0)
                for t in tenant_tables()}


def forget_tenant(store: Store, tenant: str) -> dict[str, int]:
    """Delete every row of ``tenant`` in one transaction; return the deleted count per table."""
    with store.session() as s:
        done: dict[str, int] = {}
        for table in reversed(tenant_tables()):
            result = cast("CursorResult[Any]", s.execute(delete(table).where(table.c.tenant == tenant)))
            done[table.name] = result.rowcount
        return dict(sorted(done.items()))
