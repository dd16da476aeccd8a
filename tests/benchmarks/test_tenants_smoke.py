"""The tenants benchmark at a tiny size: two real worker processes on PostgreSQL and the embedded default.

Every channel's digest is posted (half of them to the fake Slack, half to the fake Discord), every feed
is polled, and the rates and CPU figures the table is made of are there.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from pg import databases
from sqlalchemy import Engine

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks import tenants  # noqa: E402
from benchmarks.tenants_store import Size  # noqa: E402

CHANNELS, FEEDS = 4, 8


def test_every_configuration_polls_every_feed_and_posts_every_digest(
        pg_admin: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    code = tenants.main(["--channels", str(CHANNELS), "--feeds", str(FEEDS), "--workers", "2", "--runs", "1",
                         "--window", "60", "--pg-url", str(databases.admin_url()), "--json"])
    assert code == 0
    rows = {row["config"]: row for row in json.loads(capsys.readouterr().out)}
    assert sorted(rows) == ["postgresql x2", "sqlite (embedded) x1"]
    for name, row in rows.items():
        assert (row["posted"], row["polled"]) == (CHANNELS, FEEDS), (name, row)
        assert (row["slack_posts"], row["discord_posts"]) == (CHANNELS // 2, CHANNELS // 2), (name, row)
        assert row["digests_per_s"] > 0 and row["polls_per_s"] > 0 and row["cpu_per_poll"] > 0, (name, row)
    assert rows["postgresql x2"]["cpu_workers"] > 0


def test_channels_are_split_between_a_slack_team_and_a_discord_guild() -> None:
    size = Size(channels=3, feeds=6)
    assert [size.channel(c) for c in range(3)] == [
        ("slack:T1:C00000", "slack", "C00000"), ("slack:T1:C00001", "slack", "C00001"),
        ("discord:444:1000000000000002", "discord", "1000000000000002")]


def test_without_postgresql_it_stops_with_a_message_saying_what_is_missing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIGESTBOT_PG_BINDIR", str(tmp_path / "no-postgresql-here"))
    with pytest.raises(SystemExit) as stopped:
        tenants.pg_server(None)
    assert "PostgreSQL is needed" in str(stopped.value) and "postgresql package" in str(stopped.value)
