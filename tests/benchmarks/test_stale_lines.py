"""The stale-line diagnosis: why a line the labels call stale was judged new, in one class each."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.stale_lines import Diagnosis, classify, diagnose, main  # noqa: E402
from summarizer.novelty import Memory  # noqa: E402


def _diagnosis(containment: float, coverage: float, new_facts: int = 0, kind: str = "") -> Diagnosis:
    return Diagnosis(containment, coverage, 0.0, new_facts, kind, (), "", "")


def test_a_retelling_within_its_own_digest_or_day_is_classed_before_the_reasons() -> None:
    d = _diagnosis(0.3, 0.4, new_facts=1)
    assert classify(d, in_digest=True, same_day=True) == "same digest"
    assert classify(d, in_digest=False, same_day=True) == "same day"
    assert classify(d, in_digest=False, same_day=False) == "figure"


def test_the_repeat_bars_split_guarded_from_paraphrase_and_unfound() -> None:
    assert classify(_diagnosis(0.7, 0.9), False, False) == "guarded"  # a repeat by the bars: a guard kept it news
    assert classify(_diagnosis(0.4, 0.5), False, False) == "paraphrase"
    assert classify(_diagnosis(0.1, 0.2), False, False) == "unfound"
    assert classify(_diagnosis(0.5, 0.6, kind="updated"), False, False) == "figure"


def test_diagnose_reads_the_nearest_known_sentence_and_its_shares() -> None:
    memory = Memory()
    memory.add("The mayor of Springfield closed the old harbour bridge after engineers found deep cracks.", "s", "a1")
    memory.add("Ferries will run every hour while the bridge is shut.", "s", "a1")
    told = diagnose("Engineers found deep cracks in the old harbour bridge, which the mayor of Springfield closed.", memory)
    other = diagnose("Volunteers planted young oaks along the canal in Shelbyville.", memory)
    assert told.nearest_ref == "a1" and "harbour bridge" in told.nearest
    assert told.mean > 0.6 > other.mean
    assert classify(other, False, False) == "unfound"


def test_missing_shared_data_stops_loudly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--shared", str(tmp_path / "absent")]) == 2
    assert "not found" in capsys.readouterr().err


def test_a_new_figure_is_classed_figure_whatever_its_words() -> None:
    memory = Memory()
    memory.add("Volunteers planted young oaks along the canal in Shelbyville.", "s", "a1")
    d = diagnose("Volunteers planted 400 young oaks along the canal in Shelbyville.", memory)
    assert d.new_facts == 1 and classify(d, False, False) == "figure"
