"""One person named in full in one line and by the last word of the name in another.

A digest's lines name a person as their outlets do: in full in one ("the senate confirmed General Ada Lunn as
commander") and by surname in another ("the senate voted 99-0 to appoint Lunn"). Read word by word, the given name
and title are a party the second line does not name, and :func:`summarizer.sameevent.same_event` keeps two lines
that add a party apart. :func:`by_surname` says which words of a line's names the other line tells by the surname
alone: the words before the last of a name of two or more words whose last word the other line says, unless the other
line names someone else of that surname in full ("Tom Lunn" against "Ada Lunn": two people, one family).
"""
from __future__ import annotations

import re
from typing import Collection

from summarizer.chunks import ROLES
from summarizer.entities import HONORIFICS, names
from summarizer.gluewords import ROLES as PERSON_NOUNS
from summarizer.paraphrase import place_term
from summarizer.quotes import unquoted
from summarizer.text import canon, words

_WORD = re.compile(r"[A-Za-z][\w'’-]*")  # a word as written (its case kept)
_TITLES = HONORIFICS | ROLES | PERSON_NOUNS  # "Judge Pastor" names no one else than "Michael Pastor" does


def _names(line: str) -> frozenset[tuple[str, ...]]:
    """The names of ``line`` outside quotations, each as the terms of its words (as a signature reads them)."""
    return frozenset(tuple(place_term(canon(w)) for w in words(name)) for name in names(unquoted(line)))


def _bearers(text: str, surname: str) -> set[str]:
    """The terms of the capitalised words right before ``surname`` (a term) in ``text``: the given names it is told
    with ("Tom" of "Tom Lunn", read even where a common first word hides it from the names of a sentence), titles
    and roles aside ("Judge")."""
    said = _WORD.findall(text)
    return {place_term(canon(w.lower())) for w, nxt in zip(said, said[1:]) if w[:1].isupper() and
            w.lower() not in _TITLES and place_term(canon(nxt.lower())) == surname} - {""}


def by_surname(line: str, other: str, said: Collection[str], sure: bool = True) -> frozenset[str]:
    """The terms of the words of ``line``'s names that ``other`` (whose terms are ``said``) tells by their last word
    alone (see the module's docstring); ∅ unless ``sure`` (the caller's own evidence that the lines tell one event)."""
    if not sure:
        return frozenset()
    out: set[str] = set()
    for name in _names(line):
        if len(name) < 2 or name[-1] not in said or _bearers(other, name[-1]) - set(name):
            continue  # a one-word name, a surname the other does not say, or another bearer of it named in full
        out.update(name[:-1])
    return frozenset(out)


def untold_parties(line: str, other: str, parties: Collection[str], said: Collection[str], sure: bool) -> set[str]:
    """The terms of ``parties`` (of ``line``) that ``other`` (whose terms are ``said``) does not tell: those it does
    not say, less the given names it tells by surname (:func:`by_surname`, when ``sure``), plus each surname both
    tell with given names of their own ("Tom Lunn" and "Jo Lunn": two people, whichever a sentence's names read)."""
    out = set(parties) - set(said) - by_surname(line, other, said, sure)
    return out | {p for p in parties if p in said and _bearers(line, p) and _bearers(other, p)
                  and not _bearers(line, p) & _bearers(other, p)}
