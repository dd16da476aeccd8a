"""The quality bar on the seeds (must never regress) and smoke checks of the benchmarks.

Runs the seeds part of ``benchmarks/quality.py`` in-process (a few seconds). Skipped only
when the shared scorer ``../shared/bench/score_deltas.py`` is absent. No timing assertions.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.common import SHARED, FastLexRank, lexrank_top, plaintext_document, read_articles, seed_files  # noqa: E402

pytestmark = pytest.mark.skipif(
    not (SHARED / "score_deltas.py").exists(),
    reason=f"shared delta scorer not found at {SHARED / 'score_deltas.py'} (benchmark material lives outside the repo)",
)

BARS = {"f1": 0.85, "precision": 0.85, "recall": 0.80, "kind_accuracy": 0.6}  # issue #2's bar
# A ratchet under what the engine reached (F1 0.948, recall 0.946, precision 0.95, kind accuracy 1.0, once an
# agency named inside a lead sentence no longer cut the lead as a dateline; F1 0.925 and precision 0.905 before)
# and the news-quality issue's seeds bar (F1 >= 0.90, precision >= 0.90, kind accuracy 1.0): a
# change that gives back more than a little of it fails here, even while still above the old bar. Past the digest's
# first 100 words a line told by a voice is minor (summarizer.budget.voices): precision 1.0, F1 0.972 (6 December,
# sixth): ratcheted to F1 0.95 and precision 0.96 (one line of slack each).
RATCHET = {"f1": 0.95, "recall": 0.92, "precision": 0.96, "kind_accuracy": 1.0}
MAX_MEDIAN_LINE = 160


@pytest.fixture(scope="module")
def seeds() -> dict[str, dict[str, Any]]:
    """Scores of the engine and both baselines on the seeds."""
    from benchmarks.quality import seeds_quality

    return seeds_quality()


@pytest.mark.parametrize("metric", sorted(BARS))
def test_engine_meets_quality_bar(seeds: dict[str, dict[str, Any]], metric: str) -> None:
    value = seeds["engine"][metric]
    assert value is not None and value >= BARS[metric], f"engine {metric}={value} < {BARS[metric]} on the seeds"


@pytest.mark.parametrize("metric", sorted(RATCHET))
def test_engine_keeps_what_it_reached(seeds: dict[str, dict[str, Any]], metric: str) -> None:
    value = seeds["engine"][metric]
    assert value is not None and value >= RATCHET[metric], f"engine {metric}={value} < {RATCHET[metric]} (ratchet)"


def test_engine_lines_are_short(seeds: dict[str, dict[str, Any]]) -> None:
    assert seeds["engine"]["median_line_chars"] <= MAX_MEDIAN_LINE


@pytest.mark.parametrize("baseline", ["every-sentence", "lexrank5"])
def test_engine_beats_baseline(seeds: dict[str, dict[str, Any]], baseline: str) -> None:
    engine, base = seeds["engine"], seeds[baseline]
    assert engine["f1"] > base["f1"], f"engine F1 {engine['f1']} <= {baseline} F1 {base['f1']}"
    assert engine["precision"] > base["precision"]


def test_baselines_are_sane(seeds: dict[str, dict[str, Any]]) -> None:
    """Every-sentence reports everything (recall 1) with low precision; LexRank-5 gives 5 lines per step."""
    assert seeds["every-sentence"]["recall"] == 1.0
    assert seeds["every-sentence"]["precision"] < 0.6
    assert seeds["lexrank5"]["lines"] == 5 * (len(seed_files()) - 1)


def test_fast_lexrank_matches_sumy() -> None:
    """The numpy LexRank used for day-sized documents picks exactly what sumy's does."""
    for article in read_articles(seed_files()):
        doc = plaintext_document(article.text)
        assert lexrank_top(doc, 5, fast=True) == lexrank_top(doc, 5)
    assert issubclass(FastLexRank, __import__("sumy.summarizers.lex_rank", fromlist=["x"]).LexRankSummarizer)


def test_speed_benchmark_runs_on_real_text() -> None:
    """A tiny speed run on news_dev (structure only, no timing assertions)."""
    from benchmarks.speed import news_dev_corpus, report, run

    if not (SHARED / "news_dev").is_dir():
        pytest.skip("news_dev not found")
    articles = news_dev_corpus(SHARED / "news_dev")[:12]
    res = run(articles, probes=2, baseline_limit=3)
    assert res["articles"] == 12 and res["history"]["history_10x"] == 10 and res["history"]["history_1x"] == 1
    assert "(b) ratio 10x / 1x history" in report(res, "news_dev")


def test_speed_benchmarks_stop_loudly_without_their_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """No silent fallback to made-up text: a missing corpus is an error (exit status 2) that names the path."""
    from benchmarks import scale, speed

    assert speed.main(["--news-dev", str(tmp_path / "absent")]) == 2
    assert "absent" in capsys.readouterr().err
    assert scale.main(["--shared", str(tmp_path / "absent")]) == 2
    assert "absent" in capsys.readouterr().err
