"""Sentences that describe a picture, by their form, and a picture's mention inside a news sentence.

A caption names no event in a finite past or perfect tense: it shows ("US helicopters of the type that
crashed today", "Soldiers patrolling a street in Baghdad on Monday", "The senator, seen here at a rally")
and often points at its picture ("seen here", "(left)", "(file photo)"). :func:`picture_caption` takes a
sentence with no finite verb of its own (an auxiliary, a copula, a past tense or a reporting verb outside
a relative clause) as a caption when it points at a picture, when its head noun phrase is "of the type
that ..." or when a present participle follows its opening noun phrase and a place or a day closes it.
A news sentence that mentions its picture in passing ("Jo Roe, pictured, denies ...") keeps its news:
:func:`strip_picture_mentions` takes the mention out. Nothing here is about a given site or story.
"""
from __future__ import annotations

import re

from summarizer import gluewords as W
from summarizer.chunks import NOT_BEFORE_VERB, PRESENT
from summarizer.lexicon import MONTHS, WEEKDAYS, ed_verb

_SIDE = r"(?:above|below|left|right|top|bottom|centre|center|inset|far left|far right|second left|second right|top left|top right)"
# "(pictured)", "(pictured above)", "(above)", "(left)": a mention in brackets; ", pictured," or ", seen here,": one in commas.
_BRACKETED = re.compile(rf"\s*\((?:(?:pictured|shown|seen|see picture)(?:\s{_SIDE})?|{_SIDE})\)")
_MONTHS = "|".join(sorted(MONTHS))
# ", pictured," ", seen here,", and a portrait's date: ", shown in 2010,", ", pictured here in February,".
_COMMAS = re.compile(rf",\s(?:(?:pictured|seen|shown)(?:\s(?:{_SIDE}|here))?|(?:pictured|shown)(?:\shere)?\sin\s"
                     rf"(?:(?:19|20)\d\d|(?:{_MONTHS})(?:\s(?:19|20)\d\d)?)),(?=\s(\w+))")
# Words pointing at a picture: "seen here", "pictured above", "(left)", "(file photo)".
_POINTS = re.compile(rf"\b(?:seen|shown|pictured)\s(?:here|{_SIDE})\b|\((?:{_SIDE}|(?:file|archive|handout)\s(?:photo|picture|image|pic)"
                     r"|photo|picture)\)", re.I)
_OF_TYPE = re.compile(r"\bof the (?:same )?(?:type|kind|sort|model|class|make)\s(?:that|which|used|seen|shown|involved|flown)\b")
_DAYS = WEEKDAYS | frozenset("today yesterday".split()) | MONTHS
_VERBS = W.AUX | W.FINITE | W.PAST | frozenset("be been do does did".split())


def strip_picture_mentions(line: str) -> str:
    """``line`` without a mention of its picture: "(pictured)", "(left)", ", pictured far right,", ", seen here,"."""
    if "pictured" not in line and "(" not in line and "seen" not in line and "shown" not in line:
        return line
    line = _BRACKETED.sub("", line)
    return _COMMAS.sub(lambda m: "," if m.group(1) in ("who", "whose", "which", "where") else "", line)


_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _no_finite(words: list[str]) -> bool:
    """No auxiliary, copula, past tense (an "-ed" word too), reporting verb or plain present among ``words``
    (read as set look-ups: no Python frame per word)."""
    return _VERBS.isdisjoint(map(str.lower, words)) and PRESENT.isdisjoint(words) \
        and not [w for w in words if ed_verb(w) and len(w) > 4 and w.islower()]


def _scene(words: list[str], sentence: str) -> bool:
    """A short opening noun phrase, then a present participle ("Soldiers patrolling ..."), no word after it that may
    be a verb (an "-s" word after a word that is no determiner or preposition), and a place or a day closing the
    sentence ("... in Baghdad on Monday.")."""
    if len(words) > 16 or "," in sentence or any("'" in w or "’" in w for w in words):
        return False
    at = next((k for k, w in enumerate(words[:5]) if w.islower() and w.isalpha() and w.endswith("ing") and len(w) > 5), 0)
    head = [w.lower() for w in words[:at]]
    if at < 1 or head[0] in W.INTRO or any(w in W.FUNCTION for w in head[1:]) or head[0] in W.FUNCTION - {"a", "an", "the"}:
        return False
    for prev, w in zip(words[at:], words[at + 1:]):
        if w.islower() and w.endswith("s") and not w.endswith("ss") and prev.lower() not in NOT_BEFORE_VERB:
            return False  # "... include", "... marks": maybe the verb
    tail = words[-4:]
    placed = any(a in ("in", "at", "near", "outside") and b[:1].isupper() for a, b in zip(tail, tail[1:]))
    return (placed or any(w in _DAYS for w in tail)) and sentence.rstrip()[-1:] in ".\"”"


# Verbs of a pose or a gesture: a caption tells what its picture shows in the simple present ("Staff wave from ...");
# a report writes its events in the past, so a plain present one of these before a place is a picture's.
_POSES = frozenset("""wave waves stand stands sit sits pose poses gather gathers watch watches wait waits queue queues
    cheer cheers pray prays gesture gestures smile smiles peer peers kneel kneels""".split())
_POSE_PLACES = frozenset("from at in outside inside near beside behind through during".split())
_SUBJECT_PRONOUNS = frozenset("he she they it we i you this that these those there".split())


def scene_clause(words: list[str]) -> int:
    """The index of a pose or gesture verb in the simple present ("wave", "stands") after an opening noun phrase of
    two to seven words, lower-case after the first and with no finite verb, and before a place preposition ("Hotel staff and guests wave from inside
    ..."), else 0."""
    if not words or not words[0][:1].isupper() or words[0].lower() in _SUBJECT_PRONOUNS | W.INTRO:
        return 0
    for k in range(2, min(len(words) - 1, 8)):  # a lone name before it is a subject too ("Alaska sits in ...")
        if words[k] in _POSES and words[k + 1] in _POSE_PLACES:
            level = k + 2 < len(words) and words[k + 2][:1] in "0123456789$€£"  # "stands at $2 billion": a level
            noun = words[k - 1].lower() not in W.FUNCTION  # "One to watch in ...": no subject before the verb
            return k if noun and not level and _no_finite(words[:k]) and all(w.islower() for w in words[1:k]) else 0
    return 0


def picture_caption(sentence: str) -> bool:
    """A sentence that describes a picture rather than report (see the module)."""
    m = _OF_TYPE.search(sentence)
    if m:
        return _no_finite(_words(sentence[: m.start()]))
    words = _words(sentence)
    k = scene_clause(words) if len(words) <= 25 and "," not in sentence else 0
    if k and _no_finite(words[k + 1:]) and not re.search(rf"\b{words[k]}\s+{words[k + 1]}\s+[\d$€£]", sentence):
        return True  # "Staff and guests wave from inside the hotel.": a pose in the present, nothing else told
    if not words or not words[0][:1].isupper() or not _no_finite(words):
        return False
    return bool(_POINTS.search(sentence)) or _scene(words, sentence)
