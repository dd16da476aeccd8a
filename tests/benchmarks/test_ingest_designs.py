"""The what-if ingest designs (benchmarks/ingest_designs.py): a story vector read from raw lines, and the exit status without data."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.ingest_designs import main, paragraph_keys, paragraph_vector, paragraphs  # noqa: E402
from summarizer.models import Article  # noqa: E402

TEXT = ("Harbour bridge closed after crack found\n"
        "Engineers closed the Quillport harbour bridge on Monday after finding a crack in a main girder.\n"
        "Latest updates\n"
        "Mayor Ada Fenwick said ferries would run every ten minutes while the girder is repaired.\n"
        "Ferry operator Dunmore Lines said tickets for the bridge shuttle would be honoured.")
ARTICLE = Article(id="a1", title="Harbour bridge closed after crack found", text=TEXT)


def test_paragraphs_leave_the_title_line_and_blank_lines_out() -> None:
    assert paragraphs(Article(id="a2", title="A title", text="A title\n\n  One line.  \n")) == ["One line."]
    assert paragraphs(ARTICLE)[0].startswith("Engineers closed")


def test_paragraph_keys_are_the_long_lines_once_each() -> None:
    keys = paragraph_keys(Article(id="a3", title="T", text="Short one\nThe same long line again.\nThe same long line again."))
    assert keys == ["the same long line again"]


def test_a_heading_line_and_a_skipped_furniture_line_add_no_terms() -> None:
    vector = paragraph_vector(ARTICLE)
    assert "=ada fenwick" in vector or any("fenwick" in t for t in vector)
    assert not any("latest" in t for t in vector)  # "Latest updates" has no full stop: a heading
    repeated = frozenset(k for k in paragraph_keys(ARTICLE) if k.startswith("ferry"))
    assert any("dunmore" in t for t in vector)
    assert not any("dunmore" in t for t in paragraph_vector(ARTICLE, repeated))  # a line other pages repeat


def test_no_corpus_is_exit_status_2(tmp_path: Path) -> None:
    assert main(["--shared", str(tmp_path)]) == 2
