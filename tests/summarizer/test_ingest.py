"""Ingest: plain text (date markers, Published lines), HTML pages, JSON Lines, stable ids."""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from enginekit import write
from summarizer.errors import BinaryInput, EmptyInput, InputError
from summarizer.ingest import article_id, read_path, read_paths
from summarizer.models import Article

BODY = (
    "Heavy rain flooded the coastal city of Valencia on Sunday, forcing the regional government "
    "to close more than 300 schools.\n"
    "Emergency services said they had rescued 42 people from cars trapped by rising water overnight.\n"
)

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Floods close schools across Valencia | The Daily Ledger</title>
<meta property="og:title" content="Floods close schools across Valencia">
<meta property="og:site_name" content="The Daily Ledger">
<meta property="og:url" content="https://ledger.example.com/world/valencia-floods">
<meta property="article:published_time" content="2025-11-03T08:30:00Z">
</head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/subscribe">Subscribe to our newsletter today</a></li></ul></nav></header>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies</div>
<main>
<article>
<h1>Floods close schools across Valencia</h1>
<p class="byline">By Maria Lopez</p>
<p>Heavy rain flooded the coastal city of Valencia on Sunday, forcing the regional government to close
more than 300 schools and several main roads.</p>
<p>Emergency services said they had rescued 42 people from cars trapped by rising water on the outskirts
of the city overnight.</p>
<p>The national weather agency warned that another storm front would reach the Mediterranean coast by
Tuesday, bringing further rain to the region.</p>
<p>Residents of low-lying neighbourhoods were told to move valuables upstairs and to avoid driving unless
their journey was essential.</p>
</article>
<aside><h3>Most read</h3><ul><li><a href="/a">Celebrity chef opens new restaurant downtown</a></li>
<li><a href="/b">Ten gadgets you need this winter season</a></li></ul></aside>
</main>
<footer><p>Copyright 2025 The Daily Ledger. All rights reserved.</p>
<a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a></footer>
</body>
</html>
"""


def only_article(path: Path) -> Article:
    """The single Article read from ``path`` (fails on an error or several results)."""
    results = list(read_path(path))
    assert len(results) == 1, results
    assert not isinstance(results[0], InputError), results[0]
    return results[0]


# -- plain text --------------------------------------------------------------------------------
def test_date_marker_gives_date_and_is_removed(tmp_path: Path) -> None:
    a = only_article(write(tmp_path / "a.txt", " date 2025-12-27 " + BODY))
    assert a.published == datetime(2025, 12, 27)
    assert "date 2025" not in a.text
    assert a.text.startswith("Heavy rain flooded")


def test_published_line_gives_date_and_is_removed(tmp_path: Path) -> None:
    a = only_article(write(tmp_path / "a.txt", "Floods close schools across Valencia\nPublished December 27, 2025\n" + BODY))
    assert a.published == datetime(2025, 12, 27)
    assert "Published" not in a.text and "December 27" not in a.text
    assert a.title == "Floods close schools across Valencia"


def test_marker_wins_over_later_published_line(tmp_path: Path) -> None:
    a = only_article(write(tmp_path / "a.txt", " date 2025-12-26 Floods in Valencia close schools today\nPublished December 27, 2025\n" + BODY))
    assert a.published == datetime(2025, 12, 26)


def test_undated_text_has_no_date(tmp_path: Path) -> None:
    assert only_article(write(tmp_path / "a.txt", BODY)).published is None


def test_text_file_origin_is_file_name(tmp_path: Path) -> None:
    assert only_article(write(tmp_path / "story.txt", BODY)).origin == "story.txt"


# -- HTML --------------------------------------------------------------------------------------
def test_html_body_extracted_without_page_furniture(tmp_path: Path) -> None:
    a = only_article(write(tmp_path / "page.html", PAGE))
    assert "rescued 42 people" in a.text
    assert "storm front" in a.text
    for furniture in ("Subscribe", "cookies", "Celebrity chef", "Copyright", "Privacy policy", "Home"):
        assert furniture not in a.text, furniture


def test_html_metadata(tmp_path: Path) -> None:
    a = only_article(write(tmp_path / "page.html", PAGE))
    assert a.title == "Floods close schools across Valencia"
    assert a.source == "The Daily Ledger"
    assert a.url == "https://ledger.example.com/world/valencia-floods"
    assert a.day is not None and (a.day.year, a.day.month, a.day.day) == (2025, 11, 3)


def test_html_sniffed_without_suffix(tmp_path: Path) -> None:
    a = only_article(write(tmp_path / "page.txt", PAGE))
    assert "<p>" not in a.text and "rescued 42 people" in a.text


def test_html_without_article_text_is_a_clear_skip(tmp_path: Path) -> None:
    page = "<html><head><title></title></head><body><script>var x = 1;</script><div> </div></body></html>"
    (result,) = read_path(write(tmp_path / "blank.html", page))
    assert isinstance(result, EmptyInput)
    assert str(result).startswith("blank.html: ")


# -- JSON Lines --------------------------------------------------------------------------------
def jsonl(*records: object) -> str:
    """JSON Lines text: dicts are dumped, strings are written as they are (malformed lines)."""
    return "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n"


def test_jsonl_only_text_required(tmp_path: Path) -> None:
    (a,) = read_path(write(tmp_path / "feed.jsonl", jsonl({"text": BODY})))
    assert not isinstance(a, InputError)
    assert "rescued 42 people" in a.text
    assert a.origin == "feed.jsonl:1"
    assert a.published is None and a.source == "" and a.url == ""


def test_jsonl_metadata_used_when_present(tmp_path: Path) -> None:
    rec = {"id": "ledger-123", "title": "Floods in Valencia", "url": "https://www.ledger.example.com/x",
           "source": "The Ledger", "published": "2025-11-03T08:30:00", "text": BODY}
    (a,) = read_path(write(tmp_path / "feed.jsonl", jsonl(rec)))
    assert (a.id, a.title, a.source, a.url) == ("ledger-123", "Floods in Valencia", "The Ledger", rec["url"])
    assert a.published == datetime(2025, 11, 3, 8, 30)


def test_jsonl_source_defaults_to_url_host(tmp_path: Path) -> None:
    (a,) = read_path(write(tmp_path / "feed.jsonl", jsonl({"url": "https://www.ledger.example.com/x", "text": BODY})))
    assert a.source == "ledger.example.com"


def test_jsonl_timezone_aware_date_is_naive_utc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The store keeps naive UTC: an offset is converted to UTC, whatever the machine's zone."""
    import time

    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        (a,) = read_path(write(tmp_path / "feed.jsonl", jsonl({"published": "2025-11-03T23:30:00+02:00", "text": BODY})))
    finally:
        monkeypatch.undo()
        time.tzset()
    assert a.published == datetime(2025, 11, 3, 21, 30)


def test_jsonl_malformed_line_is_skipped_with_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path / "feed.jsonl", jsonl(
        {"text": BODY},
        "{not json",
        "[1, 2]",
        {"title": "no text"},
        {"text": "Residents were told to move valuables upstairs and to avoid driving at night."},
    ))
    results = list(read_path(path))
    errors = [str(r) for r in results if isinstance(r, InputError)]
    articles = [r for r in results if not isinstance(r, InputError)]
    assert len(articles) == 2
    assert [e.split(":")[:2] for e in errors] == [["feed.jsonl", "2"], ["feed.jsonl", "3"], ["feed.jsonl", "4"]]
    assert all("\n" not in e for e in errors)


def test_jsonl_empty_text_named_once(tmp_path: Path) -> None:
    (err,) = read_path(write(tmp_path / "feed.jsonl", jsonl({"text": "   "})))
    assert isinstance(err, EmptyInput)
    assert str(err).count("feed.jsonl:1") == 1, str(err)


def test_jsonl_blank_lines_ignored(tmp_path: Path) -> None:
    results = list(read_path(write(tmp_path / "feed.jsonl", "\n\n" + jsonl({"text": BODY}) + "\n   \n")))
    assert len(results) == 1 and not isinstance(results[0], InputError)


# -- ids ---------------------------------------------------------------------------------------
def test_rereading_gives_same_id(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "Floods close schools across Valencia\n" + BODY)
    assert only_article(path).id == only_article(path).id


def test_same_text_elsewhere_gives_same_id(tmp_path: Path) -> None:
    a = only_article(write(tmp_path / "a.txt", BODY))
    b = only_article(write(tmp_path / "b.txt", BODY.replace("\n", "\r\n")))
    assert a.id == b.id


def test_different_text_gives_different_id(tmp_path: Path) -> None:
    a = only_article(write(tmp_path / "a.txt", BODY))
    b = only_article(write(tmp_path / "b.txt", BODY.replace("42", "43")))
    assert a.id != b.id


def test_id_prefers_given_then_url() -> None:
    assert article_id("text", "https://x.example/a", "given") == "given"
    assert article_id("one text", "https://x.example/a") == article_id("another text", "https://x.example/a")
    assert article_id("one text") != article_id("another text")


def test_html_id_stable(tmp_path: Path) -> None:
    path = write(tmp_path / "page.html", PAGE)
    assert only_article(path).id == only_article(path).id


# -- decoding ----------------------------------------------------------------------------------
def test_utf8_bom_and_latin1_read(tmp_path: Path) -> None:
    bom = only_article(write(tmp_path / "bom.txt", "\ufeff".encode() + BODY.encode()))
    assert bom.text.startswith("Heavy rain")
    latin = only_article(write(tmp_path / "latin.txt", ("Café owners in Valencia said " + BODY).encode("latin-1")))
    assert "Café" in latin.text


def test_binary_and_empty_are_input_errors(tmp_path: Path) -> None:
    (binary,) = read_path(write(tmp_path / "x.bin", b"\x00\x01\x02garbage\x00" * 50))
    (empty,) = read_path(write(tmp_path / "e.txt", b""))
    assert isinstance(binary, BinaryInput) and isinstance(empty, EmptyInput)


def test_read_paths_directory_mixes_good_and_bad(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", BODY)
    write(tmp_path / "b.txt", b"")
    write(tmp_path / ".hidden.txt", BODY.replace("42", "7"))
    report = read_paths([tmp_path])
    assert len(report.articles) == 1
    assert len(report.skipped) == 1 and "b.txt" in report.skipped[0]


def test_utf16_with_bom_read(tmp_path: Path) -> None:
    """Windows "Unicode" text files are UTF-16 with a BOM: NUL bytes, but text."""
    a = only_article(write(tmp_path / "u16.txt", ("Café owners in Valencia said " + BODY).encode("utf-16")))
    assert a.text.startswith("Café owners") and "\x00" not in a.text


def test_given_title_capped(tmp_path: Path) -> None:
    (a,) = read_path(write(tmp_path / "feed.jsonl", jsonl({"title": "A" * 100_000, "text": BODY})))
    assert len(a.title) <= 300


def test_a_given_title_loses_its_wire_tag() -> None:
    """A feed's or a record's title "(LEAD) X" heads its story as "X"."""
    from summarizer.ingest import make_article
    article = make_article("The river crested at 9.1 metres early on Wednesday, officials said.", name="a.txt",
                           title="(2nd LD) River crests below forecast in Portvale")
    assert article.title == "River crests below forecast in Portvale"
