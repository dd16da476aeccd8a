"""benchmarks/analysis_size.py: its refusal of a missing store and its figures on a small one."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from enginekit import make_article

from benchmarks import analysis_size
from summarizer.analysis import analyse, dumps


def test_a_missing_store_is_refused(tmp_path: Path) -> None:
    assert analysis_size.main([str(tmp_path / "none.db")]) == 2


def test_it_counts_the_sentences_it_decodes(tmp_path: Path) -> None:
    text = "Ferry late in Karsholm\nThe ferry to Karsholm sailed four hours late on Monday.\nCrews blamed a storm."
    path = tmp_path / "store.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE analyses (article_id TEXT, version INTEGER, data TEXT)")
        sentences = analyse(make_article(text))
        db.execute("INSERT INTO analyses VALUES ('a', 1, ?)", (dumps(sentences),))
    out = analysis_size.measure(path, top=3)
    assert out["articles"] == 1 and out["sentences"] == len(sentences) >= 2
    assert out["mb"] > 0
