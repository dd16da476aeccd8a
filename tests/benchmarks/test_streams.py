"""Replay streams (benchmarks/streams.py): a date window over topics, in publication order, from a made-up shared
folder; the named streams match their article counts on the real one (skipped without ../shared)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.streams import SHARED, STREAMS, Stream, main, records  # noqa: E402


def _write(path: Path, rows: list[object]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")


def _shared(tmp_path: Path) -> Path:
    _write(tmp_path / "entities" / "Harbour.jsonl", [
        {"id": "H-2", "published": "2020-03-02", "text": "b"}, {"id": "H-1", "published": "2020-03-01", "text": "a"},
        {"id": "H-9", "published": "2020-05-01", "text": "late"}, "not json"])
    _write(tmp_path / "news_dev" / "ferry.jsonl", [
        {"id": "F-1", "published": "2020-03-02", "text": "c"}, {"id": "F-0", "published": "2019-12-31", "text": "early"}])
    return tmp_path


def test_a_stream_interleaves_its_topics_in_publication_order(tmp_path: Path) -> None:
    rows = list(records(Stream("2020-01-01", "2020-03-31", ("Harbour", "ferry")), _shared(tmp_path)))
    assert [r["id"] for r in rows] == ["H-1", "F-1", "H-2"]  # ties by id; out-of-window and bad lines left out
    assert [r["id"] for r in records(Stream("2020-01-01", "2020-03-31", ("Harbour", "ferry"), 2), tmp_path)] == ["H-1", "F-1"]


def test_the_command_writes_json_lines_and_names_a_missing_topic(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shared = _shared(tmp_path)
    assert main(["--from", "2020-03-01", "--to", "2020-03-01", "--topic", "Harbour", "--shared", str(shared)]) == 0
    assert [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()] == ["H-1"]
    assert main(["--from", "2020-03-01", "--to", "2020-03-01", "--topic", "Nowhere", "--shared", str(shared)]) == 2
    assert "Nowhere" in capsys.readouterr().err


@pytest.mark.skipif(not (SHARED / "entities").is_dir(), reason=f"shared benchmark data not found at {SHARED}")
def test_the_named_streams_hold_the_articles_the_readme_counts() -> None:
    counts = {name: sum(1 for _ in records(stream)) for name, stream in STREAMS.items()}
    assert counts == {"mixV": 266, "mix09": 462, "mix14": 343, "h1n1-300": 300}
