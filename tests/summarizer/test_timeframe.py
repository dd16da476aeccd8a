"""The time frame a sentence sits in (summarizer.timeframe): its neighbours' and its article's anchoring."""
from __future__ import annotations

from datetime import datetime

from summarizer.anchor import anchor
from summarizer.backdrop import cues as backdrop_cues
from summarizer.models import Article
from summarizer.timeframe import NAMES, NONE, OLD, RECENT, cues, state

DAY = datetime(2031, 3, 12, 9, 0)
FEATURE = Article("feature-1", "The baker of Millbrook", "\n".join([
    "The bakery on Quay Street reopened on Tuesday after a fire.",
    "In 1998 Ana Lorca moved to Millbrook from the coast.",
    "She opened a small shop and hired her brother.",
    "The shop struggled through its first winters.",
    "Officials said on Monday the street would be repaved next month.",
    "She is planning a second shop.",
]), published=DAY)


def test_state_reads_the_sentence_anchor() -> None:
    assert state(anchor("In 1998 Ana Lorca moved to Millbrook.", DAY)) == OLD
    assert state(anchor("The bakery reopened on Tuesday.", DAY)) == RECENT
    assert state(anchor("The mayor will open the bridge.", DAY)) == RECENT  # a plan tells today
    assert state(anchor("She opened a small shop.", DAY)) == NONE


def test_a_statement_or_the_last_week_starts_no_old_frame() -> None:
    assert state(anchor("The firm, which was founded in 1998, said sales fell.", DAY)) == NONE
    report = Article("report-2", "Fair", "\n".join([
        "The fair, first held in 1990, was cancelled last week.",
        "Organisers blamed the floods.",
    ]), published=DAY)
    assert cues(report, 1, "")["f_frame_old"] == 0.0
    told = Article("report-3", "Mill", "The mill closed in 1998.\nThe mill was sold to a developer, records show.",
                   published=DAY)
    assert cues(told, 1, "")["f_frame_old"] == 0.0  # a statement tells today, whatever the frame before it


def test_an_unanchored_past_inherits_the_old_frame_before_it() -> None:
    assert cues(FEATURE, 2, "")["f_frame_old"] == 1.0  # after "In 1998 ..."
    assert cues(FEATURE, 3, "")["f_frame_old"] == 1.0  # the nearest anchored sentence before is still 1998
    assert cues(FEATURE, 0, "")["f_frame_old"] == 0.0  # anchored itself
    assert cues(FEATURE, 1, "")["f_frame_old"] == 0.0  # anchored itself (old: its own cues say so)


def test_a_recent_anchor_or_a_present_breaks_the_frame() -> None:
    assert cues(FEATURE, 5, "")["f_frame_old"] == 0.0  # a present, after a sentence anchored on Monday
    report = Article("report-1", "Strike", "Dockers walked out on Monday.\nThey blocked the gates.", published=DAY)
    assert cues(report, 1, "")["f_frame_old"] == 0.0  # the frame before is the last week


def test_article_shares_and_unknown_positions() -> None:
    got = cues(FEATURE, 3, "")
    assert set(got) == set(NAMES)
    assert 0.0 < got["f_article_recent"] < 1.0 and 0.0 < got["f_article_old"] < 1.0
    assert cues(FEATURE, 99, "The shop was sold on Tuesday.")["f_article_old"] == 0.0  # anchored itself
    assert cues(None, 0, "")["f_frame_old"] == 0.0


def test_backdrop_cues_carry_the_frame_when_given_the_article() -> None:
    assert backdrop_cues("She opened a small shop and hired her brother.", DAY, position=2,
                         article=FEATURE)["f_frame_old"] == 1.0
    assert "f_frame_old" not in backdrop_cues("She opened a small shop.", DAY)


def test_a_position_s_cues_are_made_when_read_and_once() -> None:
    from summarizer.timeframe import frame
    article = Article("feature-9", "The potter of Eastwick", "\n".join([
        "In 2001 Rui Okafor moved to Eastwick from the hills.",
        "He built a kiln behind the old mill.",
        "The kiln cracked in its first winter.",
        "He fired his last pots on Monday.",
    ]), published=DAY)
    made = frame(article)
    assert made.made == {} and len(made.first) == 4  # every sentence anchored, no cue made yet
    position = made.body[1].position
    got = cues(article, position, "")
    assert list(made.made) == [position] and got["f_frame_old"] == 1.0  # only the line read
    assert cues(article, position, "") is got  # made once
