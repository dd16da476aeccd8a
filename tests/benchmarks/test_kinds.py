"""The held-out check of updated / conflict (benchmarks/kinds.py) and the second pair file (pairs2.json)."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.kinds import f_half, fit, run, scores, settings  # noqa: E402
from benchmarks.lines import HELD_OUT_PAIRS, LABELS, PAIR_LABELS, SHARED, episode_files, load_json, load_pairs  # noqa: E402

needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason=f"shared benchmark data not found at {SHARED}")


def test_pairs2_holds_ids_offsets_and_labels_only() -> None:
    data = load_json(LABELS / "pairs2.json")
    assert set(data) == {"notes", "pairs"} and len(data["pairs"]) >= 60
    for p in data["pairs"]:
        assert set(p) == {"corpus", "earlier", "later", "label"} and p["label"] in PAIR_LABELS
        assert all(isinstance(v, int) and v >= 0 for side in ("earlier", "later") for v in p[side][1:])
        assert isinstance(p["earlier"][0], str) and len(p["earlier"][0]) <= 40
    assert sum(p["label"] == "conflict" for p in data["pairs"]) >= 10


def test_pair_files_are_no_episodes_and_all_are_read() -> None:
    assert not any(p.name.startswith("pairs") for p in episode_files(LABELS))
    assert len(load_pairs(LABELS)) == sum(len(load_json(LABELS / n)["pairs"]) for n in ("pairs.json", "pairs2.json"))


def test_held_out_pairs_are_never_fitted_on() -> None:
    """pairs3.json (lines of replays of unlabelled feeds, read by a person) is loaded apart, never with the pairs
    that kinds.py fits on; it holds ids, offsets and labels only."""
    assert HELD_OUT_PAIRS == ("pairs3.json",)
    fitted = {(tuple(p["earlier"]), tuple(p["later"])) for p in load_pairs(LABELS)}
    unseen = load_pairs(LABELS, held_out=True)
    assert len(unseen) == len(load_json(LABELS / "pairs3.json")["pairs"]) >= 20
    assert not fitted & {(tuple(p["earlier"]), tuple(p["later"])) for p in unseen}
    for p in unseen:
        assert set(p) == {"corpus", "earlier", "later", "label"} and p["label"] in PAIR_LABELS
        assert all(isinstance(v, int) and v >= 0 for side in ("earlier", "later") for v in p[side][1:])


def test_the_fit_is_precision_first() -> None:
    """A setting that says a kind often but wrongly earns nothing for it; the fit picks the precise one."""
    labels = ["updated", "updated", "different", "different"]
    loose, tight = settings().__next__(), (("FACT_CONTEXT", 0.45),)
    table = {loose: ["updated", "updated", "updated", "updated"], tight: ["updated", "new", "new", "new"]}
    assert f_half(scores(labels, table[loose], range(4))["updated"]) == 0.0
    assert fit(labels, table, range(4)) == tight


@needs_shared
def test_held_out_precision_of_both_kinds() -> None:
    """Issue 8's bar is precision >= 0.8 for both kinds. Reached held out (story folds / alternate halves):
    updated 0.889 (24 of 27) / 0.905 (19 of 21), conflict 1.0 (5 of 5) / 1.0 (4 of 4); on all 183 pairs
    with the engine's setting updated 0.889 (24 of 27), conflict 1.0 (9 of 9)."""
    result: dict[str, Any] = run(SHARED, LABELS)
    for scheme in ("story", "halves"):
        pooled = result[scheme]["pooled"]
        assert pooled["updated"]["said"] >= 15 and pooled["updated"]["precision"] >= 0.85, pooled
        assert pooled["conflict"]["said"] >= 4 and pooled["conflict"]["precision"] >= 0.8, pooled
    engine = result["engine"]["scores"]
    assert engine["updated"]["said"] >= 20 and engine["updated"]["precision"] >= 0.85, engine
    assert engine["conflict"]["said"] >= 6 and engine["conflict"]["precision"] >= 0.85, engine
