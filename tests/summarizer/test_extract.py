"""HTML extraction (summarizer/extract.py): main text of real-shaped pages, deep nesting included."""
from __future__ import annotations

from pathlib import Path

from summarizer.extract import extract_html
from summarizer.ingest import read_paths

BODY = ("<p>The river authority said 1,200 homes in Lowmere were flooded after the dam failed on Sunday night.</p>"
        "<p>Rescue crews evacuated 340 patients from the Lowmere county hospital by boat on Monday.</p>")


def _page(depth: int) -> str:
    return ("<html><head><title>Dam fails above Lowmere</title></head><body>" + "<div class='c'>" * depth + BODY
            + "</div>" * depth + "</body></html>")


def test_deeply_nested_html_keeps_its_text(tmp_path: Path) -> None:
    page = extract_html(_page(3000))
    assert page is not None and "1,200 homes" in page.text and "340 patients" in page.text
    (tmp_path / "deep.html").write_text(_page(3000), encoding="utf-8")
    result = read_paths([tmp_path / "deep.html"])
    assert len(result.articles) == 1 and "340 patients" in result.articles[0].text


def test_a_shallow_page_is_read_once_as_before() -> None:
    page = extract_html(_page(3))
    assert page is not None and "1,200 homes" in page.text


def test_a_page_without_text_is_still_none_or_empty() -> None:
    page = extract_html("<html><body>" + "<div>" * 500 + "</div>" * 500 + "</body></html>")
    assert page is None or not page.text.strip()
