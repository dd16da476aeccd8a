"""Furniture of current pages: screen-reader labels, share strips, notes on the article and its writer (invented lines)."""
from __future__ import annotations

import pytest

from summarizer.pagefurniture import furniture_line, link_list, stamp_text, strip_run_on, writer_note


@pytest.mark.parametrize("line", [
    "Image source, Example Photo Agency", "Media source, Agency", "Story continues below advertisement",
    "Article continues after this ad", "Share on Facebook Share on X Copy link", "GMT Updated 2 hours ago", "12m ago",
    "Our Standards: The Example Trust Principles.", "By Ana Lopez March 4, 2026", "BST+1 Updated 3 hours ago",
    "Link copied!", "Licensing rights, opens new tab", "Follow our coverage of the vote at https://example.org/vote",
])
def test_furniture_lines(line: str) -> None:
    assert furniture_line(line)


@pytest.mark.parametrize("line", [
    "Our view: the council should reopen the library before the winter sets in for good",
    "The source, a senior official, said the talks had stalled.", "Share prices fell 3% on Monday.",
    "The story continues to unfold as rescuers search the river banks near the bridge.",
    "Follow the river north for two miles and the road ends at the old mill on the hill.",
])
def test_news_lines_are_no_furniture(line: str) -> None:
    assert not furniture_line(line)


@pytest.mark.parametrize("sentence", [
    "This story has been updated.", "This article has been updated with the mayor's reply.",
    "A version of this article appears in print on May 2, 2026, Section B, Page 3.",
    "This article was originally published by Example Monitor.",
    "The post Harbour bridge to close for repairs appeared first on Example Daily.",
    "Ana Lopez is a correspondent based in Lima.", "Jo Roe is a senior reporter for the Example Times.",
    "Ana Lopez covers energy policy for The Example Post.", "Roe reported from Oslo.",
    "Lopez and Roe reported from Lima and Quito.",
])
def test_writer_notes(sentence: str) -> None:
    assert writer_note(sentence)


@pytest.mark.parametrize("sentence", [
    "He is a writer.", "The mayor is a former reporter who joined the council in 2019.",
    "Police reported a rise in thefts from parked cars across the city on Monday.",
    "Jo Roe is a lawyer based in Oslo who represented the families of the victims in the case.",
    "This story of a small town's fight against a landfill has moved readers.",
])
def test_news_sentences_are_no_writer_notes(sentence: str) -> None:
    assert not writer_note(sentence)


def test_link_list_between_its_marks() -> None:
    lines = ["Lead sentence.", "list of 3 items", "Harbour to reopen", "Bridge works delayed end of list", "Body sentence."]
    assert link_list(lines) == [False, True, True, True, False]


def test_link_list_without_end_marks_only_its_start() -> None:
    assert link_list(["list of 2 items", "Body sentence."]) == [True, False]


def test_run_on_capitals_byline_leaves_the_headline() -> None:
    assert strip_run_on("Floods force hundreds from homes By ANA LOPEZ and JO ROE") == "Floods force hundreds from homes"
    assert strip_run_on("Voters back plan By A Wide Margin") == "Voters back plan By A Wide Margin"


def test_stamp_text_drops_the_dash_before_the_clock() -> None:
    assert stamp_text("Published : May 4, 2026 - 15:21") == "Published : May 4, 2026 15:21"
    assert stamp_text("Between 2019 - 2021 sales rose") == "Between 2019 - 2021 sales rose"
