"""Forgetting a workspace: every row of its channels goes, nothing of another workspace's (or a look-alike's)."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.db.schema import ChannelRow, FeedRow, OutboxRow, ScheduleRow, SeenRow, ShownRow, SubscriptionRow
from bot.db.store import Store
from bot.db.workspaces import forget_workspace

KEYS = ["slack:TA:C1", "slack:TA:C2", "slack:TB:C1", "slack:TAB:C1", "discord:TA:C1", "slack:T_:C1"]


def filled() -> Store:
    store = Store("sqlite://")
    with store.session() as s:
        s.add(FeedRow(id=1, url="https://n.example/rss"))
        for n, key in enumerate(KEYS):
            s.add(ChannelRow(key=key, platform=key.split(":")[0], target=key.rsplit(":", 1)[1]))
            s.add(ScheduleRow(channel=key, spec="daily 09:00"))
            s.add(SubscriptionRow(channel=key, feed_id=1))
            s.add(OutboxRow(channel=key, platform="slack", target="C1"))
            s.add(SeenRow(audience=f"{key}:user:U1", article_id=f"a{n}"))
            s.add(ShownRow(audience=key, key=f"k{n}", kind="new", text="t"))
    return store


def remaining(store: Store) -> dict[str, list[str]]:
    columns = {"channels": ChannelRow.key, "schedules": ScheduleRow.channel, "subs": SubscriptionRow.channel,
               "outbox": OutboxRow.channel, "seen": SeenRow.audience, "shown": ShownRow.audience}
    with store.session() as s:
        return {name: sorted(s.scalars(select(c))) for name, c in columns.items()}


def test_forget_deletes_one_workspace_and_nothing_else() -> None:
    store = filled()
    counts = forget_workspace(store, "slack", "TA")
    assert counts == {"channels": 2, "schedules": 2, "feed_subscriptions": 2, "outbox": 2, "seen": 2, "shown": 2,
                      "inbox": 0, "cursors": 0}
    left = remaining(store)
    kept = ["discord:TA:C1", "slack:TAB:C1", "slack:TB:C1", "slack:T_:C1"]
    assert left["channels"] == left["schedules"] == left["subs"] == left["outbox"] == left["shown"] == kept
    assert left["seen"] == [f"{k}:user:U1" for k in kept]
    with store.session() as s:
        assert s.scalars(select(FeedRow.url)).all() == ["https://n.example/rss"]  # feeds are shared: kept
    assert forget_workspace(store, "slack", "T_")["channels"] == 1  # "_" is no LIKE wildcard here
    assert remaining(store)["channels"] == ["discord:TA:C1", "slack:TAB:C1", "slack:TB:C1"]


@pytest.mark.parametrize("platform,workspace", [("slack", ""), ("", "TA"), ("slack", "TA:C1"), ("sl:ack", "TA")])
def test_forget_refuses_what_is_not_a_workspace(platform: str, workspace: str) -> None:
    store = filled()
    with pytest.raises(ValueError):
        forget_workspace(store, platform, workspace)
    assert len(remaining(store)["channels"]) == len(KEYS)
