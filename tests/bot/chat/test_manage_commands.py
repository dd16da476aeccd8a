"""Executing parsed management commands through a real Manager (platform neutral)."""
from __future__ import annotations

from datetime import datetime

from bot.chat.grammar import parse_command
from bot.db.feeds import FeedRepo
from bot.chat.settings import NOT_ALLOWED, Manager
from bot.chat.execute import ManageContext, execute, redact, shorten
from bot.db.schedules import ScheduleRepo
from bot.db.store import Store

CTX = ManageContext("slack:T1:C1", "C1", can_manage=True)


def run(manager: Manager, text: str, ctx: ManageContext = CTX) -> str:
    parsed = parse_command(text)
    assert parsed.manage is not None, parsed.message
    return execute(manager, parsed.manage, ctx)


def test_round_trip_with_a_real_manager() -> None:
    store = Store("sqlite://")
    manager = Manager(store, clock=lambda: datetime(2025, 3, 3, 8, 0))
    assert run(manager, "feeds add https://news.test/rss every 30m").startswith("Following https://news.test/rss")
    assert run(manager, "feeds").startswith("1. https://news.test/rss")
    assert run(manager, "schedule weekdays 09:00 Europe/Berlin").startswith("Digests weekdays 09:00 (Europe/Berlin)")
    assert FeedRepo(store).channel_target("slack:T1:C1") == ("slack", "C1")
    assert "slack:T1:C1" in run(manager, "status")
    assert run(manager, "schedule off") == "Scheduled digests are off for this channel."
    assert run(manager, "feeds remove 1") == "Stopped following https://news.test/rss."
    assert FeedRepo(store).subscriptions("slack:T1:C1") == []


def test_the_target_is_passed_not_guessed() -> None:
    store = Store("sqlite://")
    ctx = ManageContext("slack:E1:C1", "C0REAL", can_manage=True)
    run(Manager(store), "schedule daily 18:30", ctx)
    assert FeedRepo(store).channel_target("slack:E1:C1") == ("slack", "C0REAL")


def test_refused_actor_changes_nothing() -> None:
    store = Store("sqlite://")
    ctx = ManageContext("slack:T1:C1", "C1", can_manage=False)
    for text in ("feeds add https://news.test/rss", "feeds remove 1", "schedule daily 09:00", "schedule off"):
        assert run(Manager(store), text, ctx) == NOT_ALLOWED
    assert FeedRepo(store).subscriptions("slack:T1:C1") == [] and ScheduleRepo(store).get("slack:T1:C1") is None
    assert run(Manager(store), "feeds", ctx).startswith("This channel follows no feeds")  # listing is open


def test_credentials_in_urls_are_not_echoed() -> None:
    store = Store("sqlite://")
    manager = Manager(store)
    text = run(manager, "feeds add https://bob:hunter2@news.test/rss?token=abc123&page=2")
    listing = run(manager, "feeds")
    for reply in (text, listing):
        assert "hunter2" not in reply and "abc123" not in reply and "bob" not in reply
        assert "https://***@news.test/rss?token=***&page=2" in reply
    assert redact("see https://news.test/a?key=k1&sig=s2") == "see https://news.test/a?key=***&sig=***"


def test_long_answers_are_cut_at_a_line() -> None:
    text = "\n".join(f"{n}. https://news.test/{n}" for n in range(500))
    short = shorten(text, 300)
    assert len(short) <= 300 and short.endswith("… (more not shown)")
    assert all(line in text.splitlines() for line in short.splitlines()[:-1])  # whole lines only
    assert shorten("short") == "short"
