"""/digest command parsing (platform neutral)."""
from __future__ import annotations

from datetime import timedelta

import pytest

from bot.chat.commands import (
    MANAGE_USAGE,
    USAGE,
    Action,
    FeedsAdd,
    FeedsList,
    FeedsRemove,
    ScheduleOff,
    ScheduleSet,
    Status,
)
from bot.chat.grammar import parse_command, parse_window
from bot.core.service import Audience


@pytest.mark.parametrize(
    "text,window",
    [("24h", timedelta(hours=24)), ("7d", timedelta(days=7)), ("90m", timedelta(minutes=90)), ("2w", timedelta(weeks=2)),
     ("3 days", timedelta(days=3)), ("last 12h", timedelta(hours=12)), ("48H", timedelta(hours=48))],
)
def test_windows(text: str, window: timedelta) -> None:
    parsed = parse_command(text)
    assert parsed.action is Action.DIGEST and parsed.window == window and parsed.query is None


def test_empty_is_a_plain_private_digest() -> None:
    for text in ("", "   ", None):
        parsed = parse_command(text)
        assert parsed.action is Action.DIGEST and not parsed.public
        assert (parsed.window, parsed.query, parsed.max_items) == (None, None, None)


@pytest.mark.parametrize("text", ["max 5", "top 5", "limit=5", "max=5", "--limit=5", "LIMIT 5"])
def test_length_cap(text: str) -> None:
    assert parse_command(text).max_items == 5


def test_everything_together_and_request() -> None:
    parsed = parse_command("public 24h max 3 flu vaccine")
    assert parsed.is_digest and parsed.public and parsed.max_items == 3
    assert parsed.window == timedelta(hours=24) and parsed.query == "flu vaccine"
    audience = Audience.channel("slack", "T1", "C1")
    request = parsed.request(audience)
    assert request.audience == audience and request.public and request.query == "flu vaccine"
    assert request.window == timedelta(hours=24) and request.max_items == 3


def test_top_without_number_is_a_word() -> None:
    assert parse_command("top court ruling").query == "top court ruling"


@pytest.mark.parametrize("text", ["help", "HELP", "--help", "-h", "?", "flu help"])
def test_help(text: str) -> None:
    parsed = parse_command(text)
    assert parsed.action is Action.HELP and parsed.message == USAGE


@pytest.mark.parametrize(
    "text,reason",
    [("--verbose", "Unknown option `--verbose`"), ("-x", "Unknown option"), ("max", "whole number"),
     ("max five", "whole number"), ("limit=0", "between 1 and"), ("max 500", "between 1 and"),
     ("24h 7d", "one time window"), ("max 3 top 4", "one length limit"), ("color=red", "Unknown setting"),
     ("0h", "between 1 minute")],
)
def test_malformed_gives_usage(text: str, reason: str) -> None:
    parsed = parse_command(text)
    assert parsed.action is Action.ERROR and not parsed.is_digest
    assert reason in parsed.message and USAGE in parsed.message


@pytest.mark.parametrize(
    "text,command",
    [
        ("feeds", FeedsList()),
        ("feeds list", FeedsList()),
        ("FEEDS LIST", FeedsList()),
        ("feed", FeedsList()),
        ("feeds add https://x.example/rss", FeedsAdd("https://x.example/rss")),
        ("feeds add https://x.example/rss every 30m", FeedsAdd("https://x.example/rss", "30m")),
        ("feeds add https://x.example/rss every 2h", FeedsAdd("https://x.example/rss", "120m")),
        ("feeds add https://x.example/rss every 30 min", FeedsAdd("https://x.example/rss", "30m")),
        ("feeds add https://x.example/rss 45m", FeedsAdd("https://x.example/rss", "45m")),
        ("feeds add https://x.example/rss every 1m", FeedsAdd("https://x.example/rss", "1m")),  # Manager refuses
        ("feeds add <https://x.example/rss|x.example/rss>", FeedsAdd("https://x.example/rss")),
        ("feeds add <https://x.example/rss>", FeedsAdd("https://x.example/rss")),
        ("feeds add ftp://x.example/f", FeedsAdd("ftp://x.example/f")),  # the Manager judges URLs
        ("feeds https://x.example/rss", FeedsAdd("https://x.example/rss")),
        ("feeds remove 2", FeedsRemove(2)),
        ("feeds rm #3", FeedsRemove(3)),
        ("schedule weekdays 09:00 Europe/Berlin", ScheduleSet("weekdays 09:00", "Europe/Berlin")),
        ("schedule daily 18:30", ScheduleSet("daily 18:30")),
        ("schedule mon,wed,fri 08:00 UTC", ScheduleSet("mon,wed,fri 08:00", "UTC")),
        ("schedule cron 30 8 * * 1-5", ScheduleSet("cron 30 8 * * 1-5")),
        ("schedule cron */30 8 * * 1-5", ScheduleSet("cron */30 8 * * 1-5")),  # */30 is no time zone
        ("schedule sometimes", ScheduleSet("sometimes")),  # the Manager gives the one-line error
        ("schedule off", ScheduleOff()),
        ("schedule OFF", ScheduleOff()),
        ("status", Status()),
    ],
)
def test_management_subcommands(text: str, command: object) -> None:
    parsed = parse_command(text)
    assert parsed.action is Action.MANAGE and parsed.is_manage and not parsed.is_digest
    assert parsed.manage == command and type(parsed.manage) is type(command)
    assert parsed.subcommand in ("feeds", "schedule", "status")


@pytest.mark.parametrize(
    "text,reason",
    [
        ("feeds add", "needs a feed URL"),
        ("feeds add https://x.example/rss every", "needs an interval"),
        ("feeds add https://x.example/rss daily please", "only an interval"),
        ("feeds add https://x.example/rss soon", "only an interval"),
        ("feeds remove", "needs the feed's number"),
        ("feeds remove two", "needs the feed's number"),
        ("feeds remove 1 2", "needs the feed's number"),
        ("feeds purge", "Unknown feeds command `purge`"),
        ("feeds list all", "takes no arguments"),
        ("schedule", "needs a time"),
        ("status everything", "takes no arguments"),
    ],
)
def test_malformed_management_gives_its_usage(text: str, reason: str) -> None:
    parsed = parse_command(text)
    assert parsed.action is Action.ERROR and parsed.manage is None
    assert reason in parsed.message and MANAGE_USAGE in parsed.message


def test_help_lists_the_management_subcommands() -> None:
    for sub in ("/digest feeds add URL", "/digest feeds remove N", "/digest schedule WHEN [TZ]",
                "/digest schedule off", "/digest status"):
        assert sub in USAGE


def test_management_words_later_in_the_text_are_keywords() -> None:
    parsed = parse_command("24h feeds status")
    assert parsed.is_digest and parsed.query == "feeds status"


def test_parse_window_rejects_words() -> None:
    assert parse_window("flu") is None and parse_window("h24") is None


def test_query_is_bounded() -> None:
    assert len(parse_command("word " * 200).query or "") <= 200


def test_digits_int_cannot_read_are_a_usage_error_not_a_crash() -> None:
    for text in ("max ¹", "max=²", "feeds remove ³"):
        parsed = parse_command(text)
        assert parsed.action is Action.ERROR and "number" in parsed.message, text
