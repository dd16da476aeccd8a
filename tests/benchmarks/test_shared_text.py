"""No article text from the shared research corpora in the repository (skipped without ../shared).

The shared benchmark articles (news_dev, the entities crawl) are research-use data: tests, docstrings, comments and
READMEs write invented examples. This scan finds any line of the repository's text files that shares a run of
:data:`RUN` words with a shared article (a line is read with the next one, so a sentence split over two lines is seen
whole). A run of figures alone (a metric's bucket bounds) is no text and is not counted. Kept at 10 words since
7 December (eighth stop), when the scan's 205 hits sharing 12 words or more and 144 sharing 10 or 11 were rewritten as
invented text or described; at 8 words since 7 December (ninth stop), when the remaining 311 hits of 8 or 9 words,
generic wording included, were reworded.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from benchmarks.lines import SHARED  # noqa: E402

RUN = 8  # words in a row no line may share with a shared article (a clause with its names, places or figures)
CORPORA = sorted([*(SHARED / "news_dev").glob("*.jsonl"), *(SHARED / "entities").glob("*.jsonl")])
TEXT_FILES = ("*.py", "*.md", "*.txt", "*.toml", "*.json", "*.jsonl", "*.html", "*.xml")
_WORD = re.compile(r"[a-z0-9]+")


def _repo_runs() -> dict[str, str]:
    """Every run of :data:`RUN` words in the repository's text files -> where it is (path:line)."""
    runs: dict[str, str] = {}
    skip = {"tests/benchmarks/test_shared_text.py"}
    for pattern in TEXT_FILES:
        for path in ROOT.rglob(pattern):
            rel = path.relative_to(ROOT).as_posix()
            if rel in skip or rel.startswith((".", "build/")) or "/." in rel or "labels/" in rel:
                continue
            try:
                lines = path.read_text(encoding="utf-8").splitlines()
            except (UnicodeDecodeError, OSError):
                continue
            for n, line in enumerate(lines):
                words = _WORD.findall(f"{line} {lines[n + 1] if n + 1 < len(lines) else ''}".lower())
                for i in range(len(words) - RUN + 1):
                    if not all(w.isdigit() for w in words[i:i + RUN]):
                        runs.setdefault(" ".join(words[i:i + RUN]), f"{rel}:{n + 1}")
    return runs


@pytest.mark.skipif(not CORPORA, reason=f"shared corpora not found at {SHARED}")
def test_no_line_of_the_repository_copies_a_shared_article() -> None:
    runs = _repo_runs()
    found: dict[str, str] = {}
    for corpus in CORPORA:
        for record in corpus.read_text(encoding="utf-8").splitlines():
            try:
                article = json.loads(record)
            except json.JSONDecodeError:
                continue
            words = _WORD.findall(f"{article.get('title') or ''} {article.get('text') or ''}".lower())
            for i in range(len(words) - RUN + 1):
                where = runs.get(" ".join(words[i:i + RUN]))
                if where is not None:
                    found.setdefault(where, " ".join(words[i:i + RUN]))
    assert not found, "text copied from shared articles:\n" + "\n".join(f"{w}: {t}" for w, t in sorted(found.items()))
