"""Capitalised words of a line that could name a person, for telling whom a "he said" set off after the words means.

"Smith will appeal, he said" may mean Smith, so the "he" is left alone; "Forty shops closed in Lowmere, he
said" names no one who could have said it: a number word capitalised only because it opens the sentence, a country or
its people ("The Dutch sold the port"), an acronym ("NATO"), and a name governed by a preposition of place or source ("in New
Lowmere", "from Acme Oil", "by Roe Holdings": whoever is set off as the speaker is not the one the line's object names)
are not candidates. What remains is for the caller to sift further (days, months, bodies: ``referents.NOT_PERSON``).
"""
from __future__ import annotations

import re

from summarizer.wordforms import DEMONYMS

_NUMBERS = frozenset("one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred "
                     "thousand million billion dozens hundreds thousands millions".split())
_GOVERNING = frozenset("in at from by of into across near inside outside throughout to onto via".split())
_WORD = re.compile(r"[\w’'.-]+")


def name_candidates(text: str) -> list[str]:
    """The capitalised words of ``text`` that could name a person (possessive and punctuation stripped)."""
    out: list[str] = []
    governed = False
    for i, raw in enumerate(_WORD.findall(text)):
        word = re.sub(r"['’]s$", "", raw.strip(".,;:'’"))
        if not word[:1].isupper():
            governed = word.lower() in _GOVERNING
            continue
        if governed:  # "in New Lowmere": the whole capitalised run after the preposition
            continue
        low = word.lower()
        if i == 0 and low in _NUMBERS or low in DEMONYMS or low.rstrip("s") in DEMONYMS:
            continue
        if len(word) > 1 and word.replace(".", "").isupper():
            continue
        out.append(word)
    return out
