"""Forgetting a whole workspace (a Slack team that uninstalled the app, a Discord guild that removed it).

A workspace is a tenant (``<platform>:<workspace>``): every row of it carries that ``tenant`` key and
:func:`bot.db.tenants.forget_tenant` deletes them all in one transaction. Feeds, articles and stories
are shared between workspaces and stay.
"""
from __future__ import annotations

from bot.db.store import Store
from bot.db.tenants import forget_tenant


def workspace_tenant(platform: str, workspace: str) -> str:
    """The tenant key of ``platform``'s ``workspace`` (``slack:T1``); ValueError for what names no workspace."""
    if not platform or not workspace or ":" in platform or ":" in workspace:
        raise ValueError("a workspace is named by a platform and an id, neither empty nor containing ':'")
    return f"{platform}:{workspace}"


def forget_workspace(store: Store, platform: str, workspace: str) -> dict[str, int]:
    """Delete every channel, schedule, subscription, inbox, outbox row and memory of ``platform:workspace``.

    One transaction; returns the rows deleted per table (for the log line).
    """
    return forget_tenant(store, workspace_tenant(platform, workspace))
