"""``digestbot ingest --channel`` and ``digestbot digest --channel``: a channel's digest holds what was ingested for it."""
from __future__ import annotations

from pathlib import Path

import pytest
from enginekit import FLOODS, TROOPS_A, sqlite_url, write

from bot.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run ``digestbot argv`` in-process; return (exit code, stdout, stderr)."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_each_channel_gets_what_was_ingested_for_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = sqlite_url(tmp_path / "bot.db")
    troops = write(tmp_path / "troops.txt", " date 2025-01-10 " + TROOPS_A)
    floods = write(tmp_path / "floods.txt", " date 2025-01-11 " + FLOODS)
    code, out, _ = run(capsys, "ingest", "--db", db, str(troops))
    assert code == 0 and out.strip() == "ingested 1 new article(s); 0 already known; 0 skipped"
    code, out, _ = run(capsys, "ingest", "--db", db, "--channel", "slack:T2:C1", str(floods), str(troops))
    assert code == 0 and out.strip() == "ingested 1 new article(s); 1 already known; 0 skipped (for slack:T2:C1)"

    code, out, err = run(capsys, "digest", "--db", db)  # the default channel: what plain ingest stored
    assert code == 0 and err == "" and "12,000" in out and "Valencia" not in out
    code, out, err = run(capsys, "digest", "--db", db, "--channel", "slack:T2:C1", "--mark")
    assert code == 0 and err == "" and "12,000" in out and "Valencia" in out
    code, out, err = run(capsys, "digest", "--db", db, "--channel", "slack:T2:C1")
    assert out.strip() == "nothing new" and err == ""

    code, out, err = run(capsys, "digest", "--db", db, "--channel", "slack:T1:C1")  # follows nothing
    assert code == 0 and out.strip() == "nothing new"
    assert err.startswith("digestbot: slack:T1:C1 follows no feeds and nothing was ingested for it")
    assert "--channel slack:T1:C1" in err and len(err.splitlines()) == 1
