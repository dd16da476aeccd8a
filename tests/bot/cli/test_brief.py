"""``--brief`` (``DIGESTBOT_BRIEF=1``): the show gate keeps each story's first line and hides the minor ones."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main

ROOT = Path(__file__).resolve().parents[3]
SEEDS = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))


def _replay(capsys: pytest.CaptureFixture[str], *extra: str) -> list[list[str]]:
    assert main(["replay", "--jsonl", "--every", "article", *SEEDS, *extra]) == 0
    return [[item["text"] for item in json.loads(line)["items"]] for line in capsys.readouterr().out.splitlines()]


def test_brief_shows_fewer_lines_and_keeps_every_first_line(capsys: pytest.CaptureFixture[str]) -> None:
    full = _replay(capsys)
    brief = _replay(capsys, "--brief")
    assert len(brief) == len(full)
    assert sum(map(len, brief)) < sum(map(len, full))  # the gate hid some minor lines of the seeds
    for shown, every in zip(brief, full):
        assert shown[:1] == every[:1]  # the digest's lead never changes
        assert all(line in every for line in shown)  # nothing invented, only hidden


def test_the_environment_turns_brief_on(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("DIGESTBOT_BRIEF", "1")
    from_env = _replay(capsys)
    monkeypatch.delenv("DIGESTBOT_BRIEF")
    assert from_env == _replay(capsys, "--brief")
