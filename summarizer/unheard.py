"""One new fact in a known frame: what a sentence tells that its audience was never told.

Novelty (:mod:`summarizer.novelty`) weighs how much of a sentence is known, so a sentence that
repeats a known frame with one new fact in it scores as a repeat: "police arrested a man *in
Bradford* over the Leeds shooting", "police arrested *a second* man over the shooting". Such a
sentence is news (precision first: a missed fact is a defect too). Two general cues are read here:

- *a name never told*: a person or organisation (a name of two words or more) or a place where
  something happens (a name after "in", "at", "near", "from"...) none of whose words any known
  sentence has (by canonical term, so "Dr Murray" is told by "Conrad Murray"). A new one-word name
  elsewhere is often another name of a known actor ("Pyongyang admitted" after "North Korea
  acknowledged") or a qualifier ("Georgia's parliament in Tbilisi"), so it is not counted;
- *another instance*: "a second", "a third", "another" in the sentence but in none of the known
  sentences nearest to it ("slept a second night in their cars" after "slept the night in their cars");
  "the second" (an enumeration), "a third of" (a fraction), "caused by another" (a pronoun) and words
  inside a quotation are no instance.
"""
from __future__ import annotations

import re
from typing import Callable


from summarizer.entities import names
from summarizer.latin import language_of
from summarizer.paraphrase import place_term
from summarizer.quotes import unquoted
from summarizer.text import canon, words
from summarizer.zipf import zipf_en

_WHERE = frozenset("in at near from outside inside into across to towards toward".split())
# "a second man", "another blast"; not an enumeration ("the second area"), a fraction ("a third of") or a half,
# nor "another" standing alone for a person or thing ("wounded another", "caused by another").
_INSTANCE = re.compile(r"\b(?:another|a (?:second|third|fourth|fifth|sixth))\b(?=\s+(?!(?:of|half|by|in|at|to|on|and|or|for|"
                       r"from|with|as|than|one|who|which|that)\b)[A-Za-z])", re.I)
# A capitalised word that opens a sentence and is this common a word ("Arrangements were made ...") is
# read as a word, not a name: entities.names leaves out only the most common openers.
OPENER_ZIPF = 3.0


def _opening_word(name: str, text: str) -> bool:
    """True when ``name`` is one common word that opens ``text``."""
    first = words(text)[:1]
    return " " not in name and first == (name,) and zipf_en(name) >= OPENER_ZIPF


def _located(name: str, tokens: tuple[str, ...]) -> bool:
    """True when the one-word ``name`` follows a preposition of place in ``tokens`` ("in Bradford")."""
    return any(w == name and i and tokens[i - 1] in _WHERE for i, w in enumerate(tokens))


def unheard_names(text: str, told: Callable[[str], bool]) -> list[str]:
    """The names of ``text`` (:func:`summarizer.entities.names`) that count as a new fact (a name of two
    words or more, or one after a preposition of place) and none of whose canonical terms ``told`` (a
    term -> known? test) knows, in order; a name of stop words only ("US") is never counted. English only:
    other languages capitalise every noun ("die Kosten") or are read with other stems."""
    if language_of(text) != "en":
        return []
    out = []
    tokens = words(text)
    for name in names(text):
        parts = words(name)
        if len(parts) < 2 and not _located(name, tokens):
            continue
        found = [place_term(t) for t in (canon(w) for w in parts) if t]
        if found and not any(told(t) for t in found) and not _opening_word(name, text):
            out.append(name)
    return out


def another_instance(text: str, known: str) -> str:
    """The word marking ``text`` as another instance of an event ("second", "another") when ``known`` (the
    text of the known sentences nearest to it) has no such word; "" otherwise."""
    mine = {w.lower().split()[-1] for w in _INSTANCE.findall(unquoted(text))}
    if not mine:
        return ""
    return min(mine - set(words(known)), default="")
