"""Ratchets on the line-quality benchmark: bars once met stay met (skipped without ../shared).

`updated` precision on the hand-labelled pairs reached 0.846 (bar 0.8). Not yet met, so not
ratcheted: conflict precision, debris, background+stale, first line news (see benchmarks/README.md).
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.lines import LABELS, SHARED, load_json, pair_figures  # noqa: E402

needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason=f"shared benchmark data not found at {SHARED}")
UPDATED_PRECISION = 0.80  # the news-quality issue's bar, met at 0.846


@needs_shared
def test_updated_precision_on_the_labelled_pairs_holds() -> None:
    pairs: list[dict[str, Any]] = load_json(LABELS / "pairs.json")["pairs"]
    figures = pair_figures(pairs, SHARED)
    updated = figures["updated"]
    assert updated["said"] >= 10, updated  # precision over a handful of items would mean nothing
    assert updated["precision"] >= UPDATED_PRECISION, updated


@needs_shared
def test_line_form_on_the_labelled_episodes_holds() -> None:
    """No "…" cuts (bar 2 %, reached 0 %) and few lines that need an earlier sentence, as
    ``../shared/bench/score_lines.py`` counts them, on the day digests of the labelled episodes
    (bar 5 %: reached 4.7 % on an interleaved entities stream, 5.3 % here, so the ratchet is 6 %)."""
    import re

    from benchmarks.lines import episode_files, episode_lines

    openers = re.compile(r"^(he|she|they|it|this|that|these|those|his|her|their|its|but|and|yet|so|however|also)\b",
                         re.I)
    texts = [line.text for path in episode_files(LABELS) for line in episode_lines(load_json(path), SHARED)]
    assert len(texts) > 200
    ellipsis = sum(t.rstrip().endswith(("…", "...")) for t in texts) / len(texts)
    context = sum(bool(openers.match(t.strip())) or t.strip()[:1] in "“\"‘'" for t in texts) / len(texts)
    assert ellipsis <= 0.02 and context <= 0.06, (ellipsis, context)
