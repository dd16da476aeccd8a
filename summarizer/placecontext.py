"""Where an article's unplaced figures are: the place inherited from its neighbouring sentences.

News names a count's place once and then drops it: "Mexico's flu death toll rose to 78. Some
4,000 people have been infected." The second figure is Mexico's, not the world's. When an
article is split (:func:`summarizer.sentences.article_sentences`), :func:`register` reads the
places of every sentence's figures (:func:`summarizer.places.places`) and gives each sentence
whose figures name none the places of the nearest earlier sentence that does (within
``NEAR_SENTENCES``), else the article's dominant place (named by at least ``DOMINANT_SHARE``
of its placed sentences, and at least twice). :func:`inherited` returns it, with how sure it
is; a typed slot (:mod:`summarizer.slots`) keeps it beside its own places, so that a figure
placed only by its article is never compared with a figure of another scope (a country's
count against a world total). The record is by sentence text within the running analysis's scope
(:mod:`summarizer.articlescope`), never across workspaces: an article's sentences are registered
before any is analysed.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Sequence

from summarizer.articlescope import current
from summarizer.caches import SENTENCES
from summarizer.foldcase import Cue, ascii_lower
from summarizer.interning import NONE
from summarizer.places import clause, name_key, places

NEAR_SENTENCES = 2  # a place is inherited from one of this many earlier sentences
DOMINANT_SHARE = 0.5  # else from the article's place named by this share of its placed sentences
NEAR_CONFIDENCE = 0.9  # how sure a place inherited from a neighbour is (from the article: its dominant share)
INHERIT_CONFIDENCE = 0.5  # a figure takes an inherited place this sure

_FIGURE = re.compile(r"\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions|"
                     r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion)\b", re.I)
_HAS_FIGURE = Cue(_FIGURE)  # whether a sentence has a figure at all: read on lowercased text, several times faster


@lru_cache(maxsize=SENTENCES)
def figure_places(text: str) -> frozenset[str]:
    """The places named for the figures of ``text`` (their clauses' own, none inherited; subjects that do
    not read as places, such as an agency giving a toll, are left out)."""
    keys: set[str] = set()
    done: set[tuple[int, int]] = set()
    for start, end in _HAS_FIGURE.spans(text):  # _FIGURE's matches, read on lowercased text where that is the same
        span = clause(text, start, end)
        if span not in done:  # the first figure of each clause stands for its clause
            done.add(span)
            keys.update(places(text, start, end, where_only=True))
    return frozenset(keys)


def _dominant(own: Sequence[frozenset[str]]) -> tuple[frozenset[str], float]:
    """The article's most named place (a key set), with the share of placed sentences naming it."""
    placed = [p for p in own if p]
    counts = Counter(k for p in placed for k in sorted(p))
    if not counts:
        return frozenset(), 0.0
    key, n = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    share = n / len(placed)
    return (frozenset({key}), share) if n >= 2 and share >= DOMINANT_SHARE else (frozenset(), 0.0)


_UNPLACED: tuple[frozenset[str], float] = (NONE, 0.0)  # no place inherited


@lru_cache(maxsize=4096)
def contexts(texts: tuple[str, ...]) -> tuple[tuple[frozenset[str], float], ...]:
    """For each of an article's sentences (in order) the places its unplaced figures inherit and how sure
    that is (0 when it has no figure, names its own place, or nothing is inherited; cached)."""
    figured = [_HAS_FIGURE.found(t, ascii_lower(t)) for t in texts]  # searched once per sentence
    own = [figure_places(t) if f else frozenset() for t, f in zip(texts, figured)]
    dominant, share = _dominant(own)
    out: list[tuple[frozenset[str], float]] = []
    for i in range(len(texts)):
        if own[i] or not figured[i]:
            out.append(_UNPLACED)  # one object for the many sentences that inherit nothing (the cache holds them)
            continue
        near = next((own[j] for j in range(i - 1, max(-1, i - 1 - NEAR_SENTENCES), -1) if own[j]), frozenset())
        out.append((near, NEAR_CONFIDENCE) if near else (dominant, share))
    return tuple(out)


# "the 1957 Asian flu pandemic": a name the article dates in a year (the year an adjective of the named thing).
_DATED = re.compile(r"\b[Tt]he\s+((?:1[89]|20)\d\d)\s+((?:[A-Z][a-z'’-]+\s+){1,3})")


def dated_names(texts: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """The names an article's sentences ``texts`` date in a year ("the 1918 Spanish flu"), as (name key, year)."""
    found = {(k, m.group(1)) for t in texts if "1" in t or "2" in t for m in _DATED.finditer(t)  # a year holds one
             for w in m.group(2).split() if (k := name_key(w, False))}
    return tuple(sorted(found))


def register(texts: Sequence[str]) -> None:
    """Record the inherited places of an article's sentences ``texts`` (see :func:`contexts`) and the names it dates
    (see :func:`dated_names`: "The Asian flu killed two million" after "the 1957 Asian flu pandemic" is that year's)."""
    found, eras = registered(tuple(texts))
    if found or eras:
        current().record(places=found, eras=eras)


Registered = tuple[tuple[tuple[str, tuple[frozenset[str], float]], ...], tuple[tuple[str, tuple[tuple[str, str], ...]], ...]]


@lru_cache(maxsize=4096)
def registered(texts: tuple[str, ...]) -> Registered:
    """What :func:`register` records for an article's sentences ``texts``: (sentence, inherited places) of those that
    inherit some, and (sentence, dated names) of those with a figure when the article dates names (cached: an
    article is registered again each time the engine reads it in another scope; read from the texts alone)."""
    found = tuple((t, c) for t, c in zip(texts, contexts(texts)) if c[0])
    dated = dated_names(texts)
    eras = tuple((t, dated) for t in texts if _HAS_FIGURE.found(t, ascii_lower(t))) if dated else ()
    return found, eras


def era(text: str) -> tuple[tuple[str, str], ...]:
    """The names the article of ``text`` dates in a year, with the year (see :func:`dated_names`)."""
    return current().eras.get(text, ())


def inherited(text: str) -> tuple[frozenset[str], float]:
    """The places the unplaced figures of ``text`` inherit from its article, and how sure that is."""
    return current().places.get(text, (frozenset(), 0.0))
