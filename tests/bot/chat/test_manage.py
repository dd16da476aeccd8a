"""The platform-neutral management API and the permission rules."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.db.feeds import FeedRepo
from bot.chat.permissions import discord_can_manage, slack_can_manage
from bot.chat.settings import NOT_ALLOWED, Manager, parse_interval
from bot.db.schedules import ScheduleRepo

CH = "slack:T1:C1"


@pytest.fixture
def manager(store, clock):
    changes = []
    m = Manager(store, clock=clock, on_change=changes.append)
    m.changes = changes  # type: ignore[attr-defined]
    return m


def test_denied_actor_changes_nothing(manager, store):
    assert manager.add_feed(CH, "https://news.test/rss", False) == NOT_ALLOWED
    assert manager.set_schedule(CH, "weekdays 09:00", "Europe/Berlin", False) == NOT_ALLOWED
    assert manager.clear_schedule(CH, False) == NOT_ALLOWED
    assert manager.remove_feed(CH, 1, False) == NOT_ALLOWED
    assert FeedRepo(store).subscriptions(CH) == [] and ScheduleRepo(store).get(CH) is None
    assert manager.changes == []


def test_add_list_remove(manager, store):
    text = manager.add_feed(CH, "https://news.test/rss", True, interval="30m")
    assert text.startswith("Following https://news.test/rss (checked every 30m)")
    assert manager.add_feed(CH, "https://news.test/rss", True) == "This channel already follows https://news.test/rss."
    manager.add_feed(CH, "https://other.test/atom", True)
    listing = manager.list_feeds(CH)
    assert listing.splitlines()[0].startswith("1. https://news.test/rss")
    assert listing.splitlines()[1].startswith("2. https://other.test/atom")
    assert manager.remove_feed(CH, 3, True).startswith("No feed number 3")
    assert manager.remove_feed(CH, "x", True).startswith("No feed number x")
    assert manager.remove_feed(CH, 1, True) == "Stopped following https://news.test/rss."
    assert [f.url for f in FeedRepo(store).subscriptions(CH)] == ["https://other.test/atom"]
    assert manager.list_feeds("slack:T1:C9").startswith("This channel follows no feeds")
    assert manager.changes == [CH, CH, CH, CH]
    assert FeedRepo(store).channel_target(CH) == ("slack", "C1")


@pytest.mark.parametrize("url,interval,expect", [
    ("ftp://x.test/f", None, "not an http(s) URL"),
    ("http://localhost:8000/f", None, "refusing a local address"),
    ("https://x.test/f", "1m", "at most every 5 minutes"),
    ("https://x.test/f", "soon", "bad interval"),
])
def test_add_feed_refusals(manager, url, interval, expect):
    text = manager.add_feed(CH, url, True, interval=interval)
    assert text.startswith("Cannot add that feed") and expect in text


def test_schedule_set_clear_and_status(manager, store, clock):
    clock.now = datetime(2025, 3, 28, 12, 0)  # Friday
    text = manager.set_schedule(CH, "weekdays 09:00", "Europe/Berlin", True)
    assert text == "Digests weekdays 09:00 (Europe/Berlin). Next: Mon 31 Mar 09:00."
    assert manager.set_schedule(CH, "every minute", None, True).startswith("Cannot use that schedule")
    assert manager.set_schedule(CH, "daily 09:00", "Mars/Base", True).startswith("Cannot use that schedule: unknown time zone")
    assert ScheduleRepo(store).get(CH).spec == "weekdays 09:00"
    manager.add_feed(CH, "https://news.test/rss", True)
    status = manager.status()
    assert "https://news.test/rss — last fetch never, ok" in status
    assert f"{CH}: weekdays 09:00 (Europe/Berlin), next run 2025-03-31 09:00 CEST" in status
    assert f"{CH} (slack): last digest never" in status
    assert manager.clear_schedule(CH, True) == "Scheduled digests are off for this channel."
    assert manager.clear_schedule(CH, True) == "This channel has no digest schedule."
    assert "Schedules:\n  (none)" in manager.status(CH)


def test_slack_allow_list():
    assert slack_can_manage("U1", "")  # empty: everyone
    assert slack_can_manage("U2", "U1, U2") and not slack_can_manage("U3", "U1, U2")
    assert not slack_can_manage("U1", "U9")


def test_discord_manage_channels_bit():
    assert discord_can_manage(1 << 4)
    assert discord_can_manage(1 << 3)  # administrator
    assert not discord_can_manage((1 << 11) | (1 << 10))  # send + view only
    assert discord_can_manage(str(0x10 | 0x400))  # Discord sends permissions as a string


def test_parse_interval():
    assert parse_interval("90s") == 90 and parse_interval("15m") == 900 and parse_interval("2h") == 7200
    assert parse_interval("20") == 1200
    with pytest.raises(ValueError):
        parse_interval("fast")
