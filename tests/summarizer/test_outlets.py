"""Outlet names: what a digest line cites is an outlet, never a file name or ``host:port``."""
from __future__ import annotations

import pytest

from summarizer.engine import source_ref
from summarizer.ingest import make_article, outlet_name

TEXT = "Rescue crews evacuated 340 patients from the county hospital by boat on Sunday night."


@pytest.mark.parametrize(("source", "url", "expected"), [
    ("Yonhap", "", "Yonhap"),
    ("  The   Korea Herald ", "https://www.koreaherald.com/a/1", "The Korea Herald"),
    ("", "https://www.koreaherald.com/view.php?ud=1", "koreaherald.com"),
    ("", "http://127.0.0.1:8765/feed/item/3", "127.0.0.1"),
    ("news.example.org:8080", "", "news.example.org"),
    ("https://user:secret@www.bbc.co.uk/news", "", "bbc.co.uk"),
    ("", "", ""),
])
def test_outlet_name(source: str, url: str, expected: str) -> None:
    assert outlet_name(source, url) == expected


def test_a_file_is_never_cited_by_its_name() -> None:
    article = make_article(TEXT, name="002_6abedab02ef491e0.txt")
    ref = source_ref(article)
    assert ref.name == "" and ref.origin == "002_6abedab02ef491e0.txt"


def test_a_page_is_cited_by_its_host_without_port() -> None:
    article = make_article(TEXT, name="page.html", url="http://localhost:8080/story/1")
    assert source_ref(article).name == "localhost"
