"""Sentences that describe a picture (:mod:`summarizer.pictures`): captions by form, mentions stripped."""
from __future__ import annotations

import pytest

from summarizer.captions import strip_lead_credit
from summarizer.clean import is_furniture
from summarizer.pictures import picture_caption, strip_picture_mentions
from summarizer.standalone import eligible


@pytest.mark.parametrize(
    "sentence",
    [
        "Coastguard Sea King helicopters of the type that crashed off the coast today.",
        "Firefighters spraying water on a burning warehouse in Lyon on Tuesday.",
        "The mayor, seen here at a rally in Leeds last spring.",
        "Police officers at the scene of the blast in the market (file photo).",
        "Residents fleeing the floods near Dunmore.",
    ],
)
def test_captions_by_form_are_furniture(sentence: str) -> None:
    assert picture_caption(sentence) and is_furniture(sentence)
    assert not eligible(sentence, False, 4)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dockers are shielded by unions of the sort that have gone out of fashion.",  # a verb before "of the sort"
        "Protesters carrying banners marched through Leeds on Monday.",  # a past tense
        "A man walking his dog found the body in the park on Sunday.",
        "The council is seen here as trying to crush small traders.",
        "With his wife expecting twins, the rider ended his season in early September.",
        "Talks resumed in Geneva on Monday (file photo).",
    ],
)
def test_news_sentences_are_not_captions(sentence: str) -> None:
    assert not picture_caption(sentence)


@pytest.mark.parametrize(
    "line, want",
    [
        ("Bell and Marsh, pictured, strenuously deny the claims.", "Bell and Marsh strenuously deny the claims."),
        ("The founder, pictured above, who has run the firm since 1999, resigned.",
         "The founder, who has run the firm since 1999, resigned."),
        ("She formed a duo with singer Ann Lee (pictured above).", "She formed a duo with singer Ann Lee."),
        ("Online the women can be named, pictured and pilloried.", "Online the women can be named, pictured and pilloried."),
    ],
)
def test_a_mention_of_the_picture_is_taken_out(line: str, want: str) -> None:
    assert strip_picture_mentions(line) == want == strip_lead_credit(line)


@pytest.mark.parametrize("sentence", [
    "Ferry staff and passengers wave from inside the harbour terminal.",
    "A nurse wearing a paper mask stands at the main gate of the clinic.",
    "Hundreds of pilgrims gather in the old square on Friday.",
])
def test_a_pose_in_the_simple_present_before_a_place_is_a_caption(sentence: str) -> None:
    assert picture_caption(sentence)


@pytest.mark.parametrize("sentence", [
    "Ada Brook lives in the old mansion and oversees the accounts.",
    "She sits on the board of the harbour trust.",
    "He stands at the door of the council chamber.",
    "Pilgrims gather in the old square as police said they would close it.",
    "Ferry staff waved from inside the quarantined ship.",
    "The firm's market value now stands at $2.7 billion.",
    "One to watch in the new season.",
    "Alaska sits in the far north of the continent.",
])
def test_a_report_in_the_present_or_the_past_is_no_pose_caption(sentence: str) -> None:
    assert not picture_caption(sentence)


@pytest.mark.parametrize("words", [
    [], ["Soldiers", "patrolling", "a", "street"], ["Troops", "WERE", "there"], ["It", "includes", "a", "map"],
    ["A", "man", "walked", "home"], ["A", "Red", "shed"], ["The", "Fled", "band"], ["A", "bed"], ["A", "seed", "bank"],
])
def test_no_finite_reads_each_word_as_the_rule_says(words: list[str]) -> None:
    """The set look-ups give what the rule word by word gives: an auxiliary, a present, a lower-case "-ed" word."""
    from summarizer.chunks import PRESENT
    from summarizer.pictures import _VERBS, _no_finite

    rule = not any(w.lower() in _VERBS or w in PRESENT or len(w) > 4 and w.endswith("ed") and w.islower() for w in words)
    assert _no_finite(words) == rule


def test_an_ed_adjective_gives_a_caption_no_verb() -> None:
    """"sacred" is no past tense: the caption stays verbless."""
    assert picture_caption("Pilgrims fleeing the floods near the sacred lake at Dunmore.")
