"""FigureScan: the figure pattern tried only where a figure can start yields exactly what finditer yields."""
from __future__ import annotations

import re

import pytest

from summarizer.facts import QUANTITY, NUMBERISH, _SCAN, quantities
from summarizer.figurescan import FigureScan

SENTENCES = [
    "About 5 people were hurt and more than 1,200 homes lost power.",
    "Approximately   $4.5 million was raised; as many as twenty-five volunteers helped.",
    "Someone often wrote about attention, not numbers.",  # "one", "ten" inside words: no figure
    "Tens of thousands of people marched, hundreds of them students, and dozens of police watched.",
    "The toll rose to 200 on Tuesday, up from 150 a day earlier (an estimated 3bn in damage).",
    "Nearly\u00a0three\u2009hundred families fled \u201cwithin hours\u201d, officials said \u2014 some 40 %.",
    "Between 20 and 30 people, roughly 25, were rescued.",
    "\u017fix people and the \u212aelvin scale: one hundred and \u0131 FIVE",  # letters ignore-case folds to ASCII
    "~7 per cent of SEVENTY-SIX voters, at least ELEVEN",
    "No figure here at all.",
    "",
    "9",
    "one",
    "Moreover 5 people left; a handsome 12 stayed and someone 5 more.",  # qualifiers inside words
    "At Least 7 and MORE THAN 40 percent, more  than 5, close to5, under-5 cases, ~ 7, x~7, about $ 5 bn, as many as\t30.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_same_matches_as_finditer(text: str) -> None:
    want = [(m.span(), m.groupdict()) for m in QUANTITY.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in _SCAN.finditer(text)] == want
    assert _SCAN.mentions(text) or not NUMBERISH.search(text)


def test_lead_covers_every_qualifier() -> None:
    found = re.search(r"\(\?P<qual>(.*?)\)\?", QUANTITY.pattern)
    assert found is not None
    qualifiers = found.group(1).split("|")
    assert len(qualifiers) > 10
    assert _SCAN.lead >= max(len(q) for q in qualifiers)


def test_too_short_a_lead_misses_a_qualifier() -> None:
    """The lead matters: a scan that starts too close to the number reads "approximately 5" as "ately 5"."""
    short = FigureScan(QUANTITY, ["five"], lead=3)
    text = "approximately 5 people"
    assert [m.group(0) for m in QUANTITY.finditer(text)] == ["approximately 5"]
    assert [m.group(0) for m in short.finditer(text)] != ["approximately 5"]


def test_words_that_other_words_start_are_dropped() -> None:
    assert FigureScan(QUANTITY, ["hundred", "hundreds", "ten", "tens", "one"], lead=24).words == ("hundred", "one", "ten")


def test_quantities_read_through_the_scan() -> None:
    qs = quantities("About 5 people were hurt and more than 1,200 homes lost power.")
    assert [(q.low, q.qualifier) for q in qs] == [(5.0, "about"), (1200.0, "more than")]


def test_openers_are_the_patterns_qualifiers() -> None:
    found = re.search(r"\(\?P<qual>(.*?)\)\?", QUANTITY.pattern)
    assert found is not None and _SCAN.openers == frozenset(found.group(1).split("|"))


def test_a_match_before_a_figure_is_tried_only_after_an_opener() -> None:
    partial = FigureScan(QUANTITY, _SCAN.words, 24, openers=["about"])  # "nearly" left out: its match is missed
    text = "nearly 5 people and about 6 others"
    assert [m.group(0) for m in partial.finditer(text)] == [" 5", "about 6"]
    assert [m.group(0) for m in _SCAN.finditer(text)] == [m.group(0) for m in QUANTITY.finditer(text)] \
        == ["nearly 5", "about 6"]


@pytest.mark.parametrize("opener", ["", "at ", "some 5", "twenty"])
def test_an_opener_that_could_hide_a_figure_is_refused(opener: str) -> None:
    with pytest.raises(ValueError):
        FigureScan(QUANTITY, ["twenty"], 24, openers=[opener])
