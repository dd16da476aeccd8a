"""One bad record never stops the rest: impossible offsets, unexpected failures, one line each."""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

import summarizer.ingest as ingest
from summarizer.dates import parse_when
from summarizer.ingest import read_paths

GOOD = "The governor declared a state of emergency for the whole county on Monday morning."
OTHER = "Rescue crews evacuated 340 patients from the county hospital by boat on Sunday night."


@pytest.mark.parametrize(("value", "expected"), [
    ("2025-06-01T00:00:00+24:00", datetime(2025, 6, 1, 0, 0)),
    ("2025-06-01 10:00 +99:00", datetime(2025, 6, 1, 10, 0)),
    ("2025-06-01T02:00:00+02:00", datetime(2025, 6, 1, 0, 0)),
    ("not a date", None),
    ("9" * 500, None),
])
def test_parse_when_never_raises(value: str, expected: datetime | None) -> None:
    assert parse_when(value) == expected


def test_an_impossible_offset_keeps_every_record(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in [
        {"id": "a", "published": "2025-06-01T00:00:00+24:00", "text": OTHER},
        {"id": "b", "published": "2025-06-02", "text": GOOD},
    ]) + "\n", encoding="utf-8")
    text = tmp_path / "page.txt"
    text.write_text(f"Dam fails in the county\nPublished 2025-06-01 10:00 +99:00\n{OTHER}\n", encoding="utf-8")
    report = read_paths([path, text], on_skip=lambda e: None)
    assert not report.skipped and len(report.articles) == 3
    assert all(a.published is not None for a in report.articles)


def test_an_unexpected_failure_skips_only_that_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = ingest.clean_text

    def flaky(text: str):  # type: ignore[no-untyped-def]
        if "poison" in text:
            raise RecursionError("maximum recursion depth exceeded")
        return real(text)

    monkeypatch.setattr(ingest, "clean_text", flaky)
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps({"id": i, "text": t}) for i, t in
                              [("a", GOOD), ("b", "poison " + OTHER), ("c", OTHER)]) + "\n", encoding="utf-8")
    page = tmp_path / "poison.txt"
    page.write_text("poison " + GOOD, encoding="utf-8")
    skipped: list[str] = []
    report = read_paths([path, page], on_skip=lambda e: skipped.append(str(e)))
    assert [a.origin for a in report.articles] == ["a", "c"]
    assert len(skipped) == 2 and all("\n" not in s and "RecursionError" in s for s in skipped)
