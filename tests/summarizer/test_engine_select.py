"""Selection: a fact several outlets report is one item, shown by its cleanest telling, citing all."""
from __future__ import annotations

from datetime import datetime

from summarizer.engine import Engine
from summarizer.standalone import cleaner
from summarizer.ingest import make_article
from summarizer.novelty import Memory


def test_cleaner_prefers_a_complete_self_contained_sentence() -> None:
    assert cleaner("Rescue crews evacuated 340 patients from the Lowmere county hospital by boat on Sunday.",
                   "But they evacuated 340 patients from the Lowmere county hospital by boat on Sunday")
    assert not cleaner("Crews evacuated 340 patients from the Lowmere hospital by boat on Sunday.",
                       "Rescue crews evacuated 340 patients from the Lowmere hospital by boat on Sunday.")


def test_a_cluster_is_shown_by_its_cleanest_telling() -> None:
    rough = make_article("Lowmere flood latest\nBut they evacuated 340 patients from the Lowmere county hospital "
                         "by boat late on Sunday night as the water rose.", name="a", source="Wire A",
                         published=datetime(2025, 3, 2, 8))
    clean = make_article("Lowmere hospital evacuated\nRescue crews evacuated 340 patients from the Lowmere county "
                         "hospital by boat late on Sunday night.", name="b", source="Ledger", published=datetime(2025, 3, 2, 9))
    digest = Engine().digest("c", [rough, clean], Memory())
    (item,) = [i for i in digest.items if "340" in i.text]
    assert item.sentence.startswith("Rescue crews evacuated 340")
    assert [s.name for s in item.sources] == ["Ledger", "Wire A"]  # the telling shown, its outlet first
