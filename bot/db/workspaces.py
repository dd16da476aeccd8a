"""Forgetting a whole workspace (a Slack team that uninstalled the app, a Discord guild that removed it).

Every row that belongs to a workspace is keyed by its channels' keys, ``<platform>:<workspace>:<channel>``
(user audiences extend them: ``...:<channel>:user:<user>``), so one prefix finds them all. Feeds and
articles are shared between workspaces and stay; a feed nobody follows any more is simply not polled
for anyone's digest.
"""
from __future__ import annotations

from sqlalchemy import delete
from sqlalchemy.sql.elements import ColumnElement

from bot.db.schema import ChannelRow, OutboxRow, ScheduleRow, SeenRow, ShownRow, SubscriptionRow
from bot.db.store import Store

# Every table with rows of one workspace, and the column holding the channel or audience key.
KEYED = ((ChannelRow, ChannelRow.key), (ScheduleRow, ScheduleRow.channel), (SubscriptionRow, SubscriptionRow.channel),
         (OutboxRow, OutboxRow.channel), (SeenRow, SeenRow.audience), (ShownRow, ShownRow.audience))


def forget_workspace(store: Store, platform: str, workspace: str) -> dict[str, int]:
    """Delete every channel, schedule, subscription, outbox row and memory of ``platform:workspace``.

    One transaction; returns the rows deleted per table (for the log line).
    """
    if not platform or not workspace or ":" in platform or ":" in workspace:
        raise ValueError("a workspace is named by a platform and an id, neither empty nor containing ':'")
    prefix = f"{platform}:{workspace}:"
    counts: dict[str, int] = {}
    with store.session() as s:
        for row, column in KEYED:
            condition: ColumnElement[bool] = column.startswith(prefix, autoescape=True)
            result = s.execute(delete(row).where(condition))
            counts[row.__tablename__] = int(getattr(result, "rowcount", 0) or 0)
    return counts
