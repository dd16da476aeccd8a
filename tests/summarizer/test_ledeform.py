"""Feature ledes (summarizer.ledeform): a feature's or column's opening form gives way to its story's report."""
from __future__ import annotations

from datetime import datetime

import pytest

from summarizer.engine import Engine, EngineConfig
from summarizer.ledeform import feature_after, lede_cue, named_subject, reports
from summarizer.models import Article, Item, Kind, StoryDigest
from summarizer.novelty import Memory

REPORT = "The mayor of Tarnow has closed the old Dunajec bridge after engineers found cracks in two piers."
SAID = "Jan Kowal, the harbour master, said the ferry would run every hour from Monday."

# One invented sentence per cue: each names its form.
LEDES = [
    ("another", "Another winter, another flood in the valley towns."),
    ("look", "Dressed in a faded raincoat, a tall figure on the quay watched the boats come in."),
    ("look", "With a scarf wrapped around her neck, she walked the length of the pier twice."),
    ("scene", "The ferry glided past the lighthouse towards the harbour mouth."),
    ("only", "Only the harbour master can turn a tide table into a sermon."),
    ("sweep", "Few harbours inspire as much affection or argument as the old port of Tarnow."),
    ("sweep", "Nothing captures the mood of the town better than its weekly market."),
    ("habit", "Every summer, the boatmen gather on the slipway to race their oldest dinghies."),
    ("sketch", "Piotr Nowak, the new port director, seems a cheerful sort of fellow."),
    ("sketch", "Maria Lis is the quintessential small-town engineer, careful and stubborn."),
    ("sketch", "The old ferryman in the blue cap is a living emblem of the river's past."),
    ("true", "The worst fears of the harbour traders came true."),
    ("saw", "Last Thursday saw the return of a cherished river ritual, the blessing of the boats."),
    ("impression", "The new port director sounded as though she had been handed the keys to a palace."),
    ("impression", "After the storm the old quay looked like a film set."),
    ("there", "There is a very real prospect of a new harbour board before the winter."),
    ("there", "There was a sense of relief along the quay as the last ferry docked."),
]


@pytest.mark.parametrize("cue,text", LEDES)
def test_each_feature_lede_form_is_read(cue: str, text: str) -> None:
    assert lede_cue(text) == cue


@pytest.mark.parametrize("text", [
    REPORT, SAID,
    "The ferry glided into the harbour on Tuesday with 40 passengers, the port authority said.",  # a day and a source
    "Only two of the 40 passengers needed treatment, doctors said.",  # "Only" with a figure: a count
    "The river towns have always thought themselves apart from the capital.",  # a dropped cue (a report's background too)
    "Maria Lis is one of the most patient engineers in the region.",  # a dropped cue (an explainer's too)
    "Speaking in Tarnow, the minister opened the new bridge.",  # a participle of saying, not of look
    '"Another day, another flood," the mayor told reporters.',  # a speaker's words
    "It looks like a wet summer for the valley towns, the forecaster said.",  # an impression attributed: a saying
    "The ferry looked for shelter behind the breakwater.",  # "look for" is no comparison
    "There were 40 passengers on the last ferry, the port authority said.",  # a count, attributed
    "There is no doubt about it, the harbour master told reporters.",  # a speaker's assessment
])
def test_a_report_or_a_speaker_shares_no_form(text: str) -> None:
    assert lede_cue(text) == ""


def test_a_report_needs_a_named_subject_and_an_event() -> None:
    assert reports(REPORT) and reports(SAID)
    assert not reports("At 18 he enlisted in the navy and served on a frigate.")  # a life, no name opens it
    assert not reports("The veteran sailor overcame a serious illness to cross the Atlantic twice.")  # an epithet
    assert not reports("Fears of a flood prompted most of Tarnow's residents to leave.")  # a common noun's head
    assert not reports("Another winter, another flood hit Tarnow on Monday.")  # a feature form
    assert named_subject("Tarnow has closed the bridge.") and not named_subject("Warnings of a flood in Tarnow grew.")


def _story(*texts: str, kind: Kind = Kind.NEW) -> StoryDigest:
    return StoryDigest("s", "s", [Item(kind, t, key=t) for t in texts])


def test_a_feature_lede_trades_places_with_its_storys_first_report() -> None:
    lede, colour = LEDES[0][1], "The quay was crowded with people in boots."
    story = _story(lede, colour, REPORT, SAID)
    feature_after([story])
    assert [i.text for i in story.items] == [REPORT, colour, lede, SAID]  # shown, not hidden


def test_a_feature_lede_with_no_report_beside_it_leads_as_before() -> None:
    lede, colour = LEDES[3][1], "The quay was crowded with people in boots."
    story = _story(lede, colour)
    feature_after([story])
    assert [i.text for i in story.items] == [lede, colour]
    updated = _story(lede, REPORT, kind=Kind.UPDATED)  # a changed figure first stays first
    feature_after([updated])
    assert updated.items[0].text == lede


def test_the_engine_does_not_lead_with_a_feature_lede() -> None:
    article = Article(id="f", title="Flood at the Tarnow bridge", published=datetime(2025, 3, 6, 8, 0), text=(
        "Dressed in a faded raincoat, a tall figure on the old Tarnow bridge watched the flood water rise. "
        "The mayor of Tarnow has closed the old bridge after engineers found cracks in two of its piers. "
        "Volunteers carried paintings upstairs in the town museum."))
    digest = Engine(EngineConfig()).digest("a", [article], Memory())
    texts = [i.text for i in digest.items]
    assert texts and texts[0].startswith("The mayor of Tarnow")  # salience put the feature's lede first
    assert any(t.startswith("Dressed in a faded raincoat") for t in texts)  # still shown
