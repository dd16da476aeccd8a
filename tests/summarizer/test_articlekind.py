"""Article kind (summarizer.articlekind): a column or review reads apart from a report, whatever its subject."""
from __future__ import annotations

from datetime import datetime

from summarizer.articlekind import cues, other_probability, probability
from summarizer.models import Article
from summarizer.weights import OTHER_CUT

PUB = datetime(2025, 3, 6, 8, 0)

REPORT = """Ferry fire off Skagen
A passenger ferry caught fire off Skagen on Wednesday, forcing 212 people into lifeboats, the coastguard said.
"We saw smoke coming from the car deck," a passenger told reporters.
The operator has suspended its crossings to Gothenburg until Friday, a spokeswoman said.
Two crew members were taken to hospital in Frederikshavn with burns, police said.
Investigators boarded the ship on Thursday morning."""

COLUMN = """Why I will never love the ferry
I have never trusted boats, and you probably shouldn't either.
My grandfather crossed the Kattegat every summer in the 1950s and hated every minute of it.
There is something wonderful about a sea crossing, but it is also dull, slow and overlong.
We all know the coffee is terrible.
Perhaps the real joy is in arriving, which is a delight in any weather.
Frankly, the sea is a beautifully indifferent thing."""

BRIEF = """Ferry delayed
The 9am crossing was delayed by fog.
Passengers were given vouchers."""


def _article(text: str, aid: str) -> Article:
    title, body = text.split("\n", 1)
    return Article(id=aid, title=title, text=body, published=PUB)


def test_a_column_reads_as_not_a_report_and_a_report_does_not() -> None:
    column, report = other_probability(_article(COLUMN, "c")), other_probability(_article(REPORT, "r"))
    assert column >= OTHER_CUT > report


def test_the_report_cues_fire_on_a_dated_attributed_lede() -> None:
    feats = cues(_article(REPORT, "r2"))
    assert feats["k_lede_recent"] == 1.0 and feats["k_lede_said"] == 1.0 and feats["k_quotes"] > 0
    assert cues(_article(COLUMN, "c2"))["k_voice"] >= 0.5


def test_an_article_too_short_to_judge_is_never_buried() -> None:
    assert cues(_article(BRIEF, "b")) == {}
    assert other_probability(_article(BRIEF, "b")) == 0.0


def test_probability_is_monotone_in_a_weighted_cue() -> None:
    assert probability({"k_voice": 1.0}, {"k_voice": 2.0}, 0.0) > probability({}, {"k_voice": 2.0}, 0.0) == 0.5
