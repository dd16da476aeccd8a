"""One bad record never stops the rest: impossible offsets, unexpected failures, one line each."""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

import summarizer.ingest as ingest
from summarizer.dates import parse_when
from summarizer.ingest import read_path, read_paths

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


def test_a_stray_nul_in_one_jsonl_record_skips_that_record_not_the_file(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"text": "The council voted on Monday to build a new bridge over the river."})
    path.write_bytes(b'{"text": "bad \x00 record"}\n' + good.encode() + b"\n")
    results = list(read_path(path))
    assert [type(r).__name__ for r in results] == ["InputError", "Article"]


def test_a_utf16_or_binary_jsonl_file_is_one_skip(tmp_path: Path) -> None:
    path = tmp_path / "wide.jsonl"
    path.write_bytes(('{"text": "The council voted on Monday."}\n' * 20).encode("utf-16-le"))
    assert [type(r).__name__ for r in read_path(path)] == ["BinaryInput"]


def test_a_record_id_with_a_newline_still_gives_a_one_line_skip() -> None:
    from summarizer.ingest import jsonl_record

    skip = jsonl_record('{"text": "", "id": "a\\nb"}', "f.jsonl:3")
    assert str(skip) == "f.jsonl:3: a b: empty text"
