"""Held-out ratchet: the line figures on episodes no fit has read do not get worse (skipped without ../shared).

``benchmarks/labels/heldout/`` holds four episodes (Karzai run-off, Hu Jintao's state visit, Steve Jobs's
resignation, Enron in the week Lay resigned; 40 articles) and 45 sentence pairs, labelled after every weight of
the engine was fitted. No fit
script reads them (they sit outside the folder ``episode_files`` and ``load_pairs`` list), and nothing may be
fitted on them: these bars only say "not worse than the engine of 2 December (1921b38) measured them", with a
small margin, so a change that helps the six fitted episodes at the cost of unseen topics shows here.

Measured on 1921b38: 190 lines in 21 day steps with lines, news 14.2 %, background 14.7 %, stale 10.5 %
(background+stale 25.3 %), debris 0.5 % (1 line), first line news 14 of 21 (66.7 %), one day with news and no
line at all (jobs-resigns 2011-08-24: every line of the day's three reports read as a column, a quiet day);
on the pairs the engine said updated and conflict for none (recall 0 of 6 and 0 of 3, no false kind).
Margins: about two lines of 190 for the shares, one day of 21 for the first line. Brief digests (the show
gate at the fitted SHOW_RATIO) there: 27 lines, news 51.8 % (the six: 71.7 %), background+stale 22.2 % (the six:
3.3 %), debris 3.7 % (1 line); margin one line of 27.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.lines import HELDOUT, SHARED, load_pairs, run  # noqa: E402

needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason=f"shared benchmark data not found at {SHARED}")


@needs_shared
def test_heldout_line_figures_are_not_worse_than_measured() -> None:
    result = run(SHARED, HELDOUT)
    figures = result["lines"]
    # the set is replayed whole (a bar on the replay, not on quality: lines the backdrop model holds back lower it;
    # 151 on 6 December, 149 with t_weeks_back, 6 December bg52)
    assert figures["lines"] >= 140 and figures["unmapped"] <= 2, figures
    assert figures["background+stale"] <= 0.20, figures  # measured 19.4 % (30 of 155, 5 December)
    assert figures["shares"]["debris"] <= 0.02, figures  # measured 0.5 %
    assert figures["shares"]["news"] >= 0.204, figures  # measured 20.6 % (32 of 155, 6 December third stop; 31 before)
    assert figures["first_line_news"] >= 0.77, figures  # measured 81.8 % (18 of 22); one day of slack
    silent = [day for ep in result["episodes"].values() for day in ep["silent_news_days"]]
    assert len(silent) <= 1, silent  # measured 1
    pairs = result["pairs"]
    wrong = sum(j["engine"] in ("updated", "conflict") and j["engine"] != j["label"] for j in pairs["judged"])
    assert pairs["pairs"] == len(load_pairs(HELDOUT)) and wrong <= 1, pairs["judged"]  # measured 0 said, 0 wrong


@needs_shared
def test_heldout_brief_digests_are_not_worse_than_measured() -> None:
    from summarizer.engine import EngineConfig
    from summarizer.weights import SHOW_RATIO

    figures = run(SHARED, HELDOUT, config=EngineConfig(show_ratio=SHOW_RATIO))["lines"]
    assert figures["lines"] >= 20, figures
    assert figures["background+stale"] <= 0.26 and figures["shares"]["debris"] <= 0.075, figures  # 6 and 1 of 27
    assert figures["shares"]["news"] >= 0.48, figures  # measured 14 of 27
