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


def test_a_report_lede_of_the_day_event_is_not_merged_into_a_scene_line() -> None:
    """Within one digest, a report's lede whose words earlier sentences cover only piecemeal (a scene line naming
    the same person, the sentence passed in a quotation) but whose main event none of them tells is its own item:
    merged into the scene line, one of the two tellings was lost (invented sentences)."""
    scene = make_article(
        "Fraud trial ends\nAt 10am the judge turned a page and asked Jo Marlow to rise. Jo Marlow, who ran the Ashby "
        "clinic for a decade, showed no emotion as 42 of her former patients watched her led down to the cells of "
        "Fenwick crown court. “The sentence I pass on the accused is eight years in prison,” the judge said.",
        name="scene", source="Ledger", published=datetime(2025, 3, 2, 9))
    report = make_article(
        "Marlow jailed\nJo Marlow, who ran the Ashby clinic for a decade, has been sentenced to eight years in prison. "
        "The Fenwick crown court heard that she had taken money from patients.",
        name="report", source="Wire", published=datetime(2025, 3, 2, 11))
    texts = [c.text for c in Engine().candidates([scene, report], Memory())]
    assert any(t.startswith("Jo Marlow, who ran the Ashby clinic for a decade, has been sentenced") for t in texts)
    assert any("showed no emotion" in t for t in texts)
