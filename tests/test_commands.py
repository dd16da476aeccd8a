"""/digest command parsing (platform neutral)."""
from __future__ import annotations

from datetime import timedelta

import pytest

from bot.commands import USAGE, Action, parse_command, parse_window
from bot.service import Audience


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


@pytest.mark.parametrize("sub", ["feeds", "schedule"])
def test_reserved_subcommands(sub: str) -> None:
    parsed = parse_command(f"{sub} add https://x.example/rss daily")
    assert parsed.action is Action.RESERVED and parsed.subcommand == sub
    assert parsed.args == ("add", "https://x.example/rss", "daily")
    assert "not available yet" in parsed.message


def test_parse_window_rejects_words() -> None:
    assert parse_window("flu") is None and parse_window("h24") is None


def test_query_is_bounded() -> None:
    assert len(parse_command("word " * 200).query or "") <= 200
