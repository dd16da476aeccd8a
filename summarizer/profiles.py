"""Profiles and life stories: sentences that tell a person's life, articles that are biographies.

A profile tells where someone was born, grew up, went to school, whom they married and how a
career unfolded ("Mira was the second of five children born to ...", "His parents met at a
demonstration", "At the age of 52, he still rents a room"); news tells what happened in the last days.
:func:`life_story` reads one sentence's life-course cues (shallow English patterns, no names);
:func:`profile_share` reads an article's opening: the share of life-story sentences, raised when
most sentences have a person (a pronoun) as subject and the years named spread over decades.
:mod:`summarizer.anchor` counts a life-story sentence as telling the past; :mod:`summarizer.genre`
reads the share as the article's profile score.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.foldcase import Cue, ascii_lower

_KIN = r"(?:father|mother|parents|grandfather|grandmother|grandparents|dad|mum|mom)"
# Not "young woman" or "baby": "just as a young woman sets off for the harbour" is a conjunction.
_LIFE_STAGE = r"(?:child|boy|girl|teenager|teen|youngster|toddler|student|schoolboy|schoolgirl)"
_NUMBER = r"(?:\d+|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty)"
# Life-course cues that tell the past of a life: birth, upbringing, schooling, marriage, an age at a time of life.
LIFE = Cue(re.compile(
    # Not "born to follow" (a calling) nor "about time you grew up" (an idiom).
    r"\b(?:(?:was|were|having been) born|born (?:in|into|on)|born to (?!(?:be|follow|lead|run|win|rule|fight|play|perform|sing|race)\b)|"
    r"(?<!you )grew up|growing up|(?:he|she|i) was raised|born and raised|raised by (?:his|her|their|my) \w+|"
    r"(?:his|her|their|my) (?:early )?(?:childhood|youth|teens|teenage years|early life|schooldays)|"
    rf"as an? {_LIFE_STAGE}|when (?:\w+ )?(?:was|were) (?:just |only |still )?(?:\w+|\d+) (?:years?|months?) old|"
    rf"when (?:he|she|they|i) (?:was|were) (?:just |only |still )?(?:{_NUMBER}\b|(?:a|an|still a) {_LIFE_STAGE})|"
    r"went to (?:school|university|college|high school|boarding school|art school|law school)|"
    r"graduated (?:from|in|with)|dropped out of (?:school|university|college|high school)|(?:was|were) educated at|"
    r"married (?:in|at) |(?:his|her) (?:first|second) (?:wife|husband|marriage))",
    re.I))
# A finished tenure told over its span ("Taxes rose 35% during his eight years as county executive"): a life's past
# when the sentence tells no present or future ("emails from her time as governor are to be released" is news).
TENURE = Cue(re.compile(r"\b(?:during|over|throughout) (?:his|her|their) (?:\w+ )?(?:years|decades?|time|tenure|stint|spell) as\b",
                        re.I), needs=(" as",))
# Cues of a life told at length that news also names in passing ("his father said", "went on to win"): read
# only over a whole article's opening, never to bury one sentence.
_FAMILY_CAREER = Cue(re.compile(
    rf"\b(?:(?:his|her|their) (?:late )?{_KIN}|(?:the )?(?:son|daughter) of|at the age of \d+|aged \d+|"
    r"went on to|would go on to|later became|rose through|worked (?:his|her|their) way up|"
    r"(?:began|started|launched) (?:his|her|their) (?:career|working life)|(?:his|her|their) career)\b",
    re.I))
# A sentence whose subject is a person named by a pronoun ("He thinks in his own way", "She and Todd were ...").
_PRONOUN_SUBJECT = re.compile(r"^(?:[\"“‘']\s*)?(?:He|She|His|Her)\b")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
MIN_SENTENCES = 4  # fewer body sentences than this: too little to read as a profile
DECADES = 3  # years named in at least this many different decades: a life or a long history told


def life_story(text: str) -> bool:
    """True when ``text`` carries a life-course cue (birth, upbringing, schooling, marriage, parents, career span)."""
    return LIFE.found(text, ascii_lower(text))


def profile_share(sentences: Sequence[str]) -> float:
    """0..1: how much the ``sentences`` (an article's opening body) read as a profile or life story.

    The share of sentences with a life-story or a family or career cue, plus a quarter of the share whose subject is a pronoun
    person ("He keeps a spare laptop in his coat") when at least two sentences tell a life,
    plus 0.2 when the years named span at least DECADES decades. A report about a person names
    one birthplace or parent in passing: one life sentence in a dozen scores under 0.1."""
    if len(sentences) < MIN_SENTENCES:
        return 0.0
    lives = sum(life_story(text) or _FAMILY_CAREER.found(text, ascii_lower(text)) for text in sentences)
    share = lives / len(sentences)
    if lives >= 2:
        share += 0.25 * sum(bool(_PRONOUN_SUBJECT.match(text)) for text in sentences) / len(sentences)
    decades = {int(y) // 10 for text in sentences for y in _YEAR.findall(text)}
    if len(decades) >= DECADES and lives:
        share += 0.2
    return min(1.0, share)
