"""News-in-brief pages are read as one item; other pages are left whole (made-up sentences)."""
from __future__ import annotations

from summarizer.clean import clean_text
from summarizer.roundups import item_start, items, lead_item

ROUNDUP = [
    "Ferry fares to rise The Lowmere ferry company will raise its fares by a tenth next month.",
    "The mayor said the rise was regrettable.",
    "AP, Lowmere Bear visits orchard A young bear wandered into an apple orchard near Carfield and ate windfalls.",
    "Wardens led it back to the forest.",
    "Reuters, Carfield Storm closes airport Strong winds closed the airport at Dunmore for six hours.",
    "Flights resumed in the evening.",
    "AP, Dunmore Chess prodigy wins title A twelve-year-old pupil won the national chess championship in Westholm.",
    "AP, Westholm",
]


def test_credit_and_wire_dateline_open_an_item() -> None:
    assert item_start("AP, Dunmore Chess prodigy wins title A twelve-year-old pupil won the title.")
    assert item_start("WESTHOLM (Reuters) - A twelve-year-old pupil won the national chess championship.")
    assert not item_start("AP reported that the ferry company will raise its fares.")
    assert not item_start("The mayor, AP said, was unhappy.")


def test_a_roundup_splits_into_its_items() -> None:
    parts = items(ROUNDUP)
    assert len(parts) == 5 and parts[1][0].startswith("AP, Lowmere") and parts[-1] == ["AP, Westholm"]


def test_a_roundup_keeps_its_lead_item_or_the_one_its_title_names() -> None:
    assert lead_item(ROUNDUP) == ROUNDUP[:2]
    assert lead_item(ROUNDUP, "World news in brief") == ROUNDUP[:2]  # no item named: the lead item
    kept = lead_item(ROUNDUP, "Storm closes Dunmore airport")
    assert kept == ["Storm closes airport Strong winds closed the airport at Dunmore for six hours.", "Flights resumed in the evening."]


def test_a_wire_story_pasted_twice_is_no_roundup() -> None:
    story = ["LOWMERE (Reuters) - The ferry company will raise its fares by a tenth next month, the mayor said.",
             "The mayor said the rise was regrettable but the company had lost money for three years."]
    page = ["Ferry fares to rise", *story, *story, *story]
    assert items(page) == [page] and lead_item(page) == page


def test_one_credited_item_inside_an_article_is_no_roundup() -> None:
    page = ["Ferry fares to rise The Lowmere ferry company will raise its fares by a tenth next month.",
            "AP, Lowmere Bear visits orchard A young bear wandered into an apple orchard near Carfield.",
            "The mayor said the rise was regrettable."]
    assert lead_item(page) == page


def test_clean_text_reads_a_roundup_as_its_lead_item() -> None:
    text = clean_text("\n".join(ROUNDUP)).text
    assert "ferry" in text and "bear" not in text.lower() and "AP," not in text
