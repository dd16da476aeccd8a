"""Sparse term vectors of articles and titles for story grouping, and their cosine.

An article is a vector of the terms of its title, lead and body (position-weighted, rare
words weigh more), with the names in it (capitalised words, acronyms) boosted and kept also
as whole-name keys (``=name``), and calendar words, numbers and datelines left out.
"""
from __future__ import annotations

import heapq
import math
from dataclasses import dataclass, field
from functools import lru_cache

from summarizer.caches import SENTENCES
from summarizer.clean import is_furniture
from summarizer.entities import CALENDAR, names, strip_dateline
from summarizer.interning import shared_pair
from summarizer.models import Article
from summarizer.sentences import article_texts, is_heading
from summarizer.text import canon, terms, word_weight, words

ARTICLE_TERMS = 40  # an article is its strongest terms after furniture damping
LEAD_SENTENCES = 3
BODY_SENTENCES = 25
_CALENDAR_TERMS = frozenset(canon(w) for w in CALENDAR) - {""}


def _add(vec: dict[str, float], key: str, w: float) -> None:
    vec[key] = vec.get(key, 0.0) + w


def line_key(text: str) -> str:
    """The form under which a body sentence is recognised when another page repeats it."""
    return " ".join(words(text))


# What one line adds to a vector: is it furniture, its (term, rarity) pairs, its (name key, rarity) pairs.
LineTerms = tuple[bool, tuple[tuple[str, float], ...], tuple[tuple[str, float], ...]]


@lru_cache(maxsize=SENTENCES)
def _line_terms(text: str) -> LineTerms:
    """What one line adds to an article vector (cached: the same lines come back in the copies of an
    article that other calls see, with other skipped lines): is it furniture, its terms with their
    rarity (no numbers or calendar words) and its name keys with theirs."""
    clean = strip_dateline(text)
    found = tuple(shared_pair(t, w) for t, w in terms(clean).items() if not t.isdigit() and t not in _CALENDAR_TERMS)
    named = tuple(shared_pair("=" + name, max(word_weight(p) for p in name.split())) for name in names(clean))
    return is_furniture(text), found, named


def article_vector(article: Article, skip: frozenset[str] = frozenset()) -> dict[str, float]:
    """Weighted terms and name keys (``=name``) of title, lead and body (cached: do not modify).

    Each term weighs its word rarity times the log of its position-weighted count (title 3,
    lead 2, body 1). A name ("Hamid Karzai", "NATO") also counts as one ``=name`` key, so names
    weigh more and can be matched whole. Numbers, calendar words, captions and headings inside
    the body are left out, and so are body sentences whose :func:`line_key` is in ``skip``
    (lines other pages repeat: site furniture).
    """
    return _article_vector(article, skip)  # one cache key with ``skip`` left out or given empty (ranking, grouping)


@lru_cache(maxsize=4096)
def _article_vector(article: Article, skip: frozenset[str]) -> dict[str, float]:
    body = [text for text, is_title in article_texts(article)
            if not is_title and not is_heading(text) and not (skip and line_key(text) in skip)]
    return _weighted(_line_terms(article.title), [_line_terms(text) for text in body[:BODY_SENTENCES]])


@dataclass(frozen=True)
class VectorParts:
    """What an article's vector is made of, read from its text alone (no index state): its title's line terms, each
    body sentence's :func:`line_key` and text (sentences past ``BODY_SENTENCES`` kept too, so lines skipped as
    furniture leave their place to the next), and its :func:`~summarizer.stories.line_keys`. A body sentence's line
    terms are read when first asked for (:meth:`terms`): a vector reads the first ``BODY_SENTENCES`` lines it keeps,
    not the rest of a long article. Made in one process, combined in another: a bulk ingest analyses articles in
    worker processes, which read every line's terms first (:meth:`filled`)."""

    title: LineTerms
    lines: tuple[tuple[str, str], ...]  # (line key, text) of each body sentence, in order
    keys: tuple[str, ...]
    made: dict[int, LineTerms] = field(default_factory=dict, compare=False, repr=False)  # line terms read so far

    def terms(self, k: int) -> LineTerms:
        """The :data:`LineTerms` of body sentence ``k`` (read once)."""
        found = self.made.get(k)
        if found is None:
            found = self.made[k] = _line_terms(self.lines[k][1])
        return found

    def filled(self) -> "VectorParts":
        """These parts with every body sentence's line terms read (what a worker process hands over)."""
        for k in range(len(self.lines)):
            self.terms(k)
        return self

    @property
    def body(self) -> tuple[tuple[str, LineTerms], ...]:
        """(line key, line terms) of every body sentence, in order (reads them all)."""
        return tuple((key, self.terms(k)) for k, (key, _) in enumerate(self.lines))


def vector_parts(article: Article) -> VectorParts:
    """The :class:`VectorParts` of ``article`` (splits it: :func:`~summarizer.sentences.article_texts`)."""
    keyed = [(line_key(text), text, is_title) for text, is_title in article_texts(article)]  # each key made once
    lines = tuple((key, text) for key, text, is_title in keyed if not is_title and not is_heading(text))
    keys = tuple(dict.fromkeys(key for key, _, _ in keyed if len(key) > 12))
    return VectorParts(_line_terms(article.title), lines, keys)


def combine(parts: VectorParts, skip: frozenset[str] = frozenset()) -> dict[str, float]:
    """:func:`article_vector` from an article's :class:`VectorParts` (body lines whose key is in ``skip`` left out)."""
    body: list[LineTerms] = []
    for k, (key, _) in enumerate(parts.lines):
        if len(body) == BODY_SENTENCES:
            break
        if not (skip and key in skip):
            body.append(parts.terms(k))
    return _weighted(parts.title, body)


def body_lines(parts: VectorParts, skip: frozenset[str] = frozenset()) -> list[LineTerms]:
    """The :data:`LineTerms` of an article's body sentences in order, furniture (and lines whose key is in ``skip``)
    left out, as many as a vector reads (``BODY_SENTENCES``)."""
    out: list[LineTerms] = []
    for k, (key, _) in enumerate(parts.lines):
        if len(out) == BODY_SENTENCES:
            break
        if not (skip and key in skip) and not (terms := parts.terms(k))[0]:
            out.append(terms)
    return out


def lines_vector(title: LineTerms | None, lines: list[LineTerms]) -> dict[str, float]:
    """The vector of a title (or none) and body lines in order, weighted as :func:`article_vector` weighs them."""
    return _weighted(title or (False, (), ()), lines)


def _weighted(title: LineTerms, body: list[LineTerms]) -> dict[str, float]:
    """The vector of a title's and (in order) body lines' terms: rarity times the log of the position-weighted count."""
    count: dict[str, float] = {}
    rarity: dict[str, float] = {}
    for (furniture, found, named), pos in [(title, 3.0)] + [(t, 2.0 if i < LEAD_SENTENCES else 1.0)
                                                            for i, t in enumerate(body)]:
        if pos < 3.0 and furniture:
            continue
        for t, w in found:
            _add(count, t, pos)
            rarity[t] = max(rarity.get(t, 0.0), w)
        for key, w in named:
            _add(count, key, pos)
            rarity[key] = w
    vec = {t: rarity[t] * math.log1p(c) for t, c in count.items()}
    top = heapq.nsmallest(2 * ARTICLE_TERMS, vec.items(), key=lambda kv: (-kv[1], kv[0]))  # sorted(...)[:n], cheaper
    return dict(top)


@lru_cache(maxsize=4096)
def title_vector(title: str) -> dict[str, float]:
    """The terms and name keys of a title alone, weighted by word rarity (cached: do not modify)."""
    vec = {t: w for t, w in terms(title).items() if not t.isdigit() and t not in _CALENDAR_TERMS}
    for name in names(title):
        vec["=" + name] = max(word_weight(p) for p in name.split())
    return vec


def norm(a: dict[str, float]) -> float:
    """Euclidean length of a sparse vector."""
    return math.sqrt(sum([w * w for w in a.values()]))


def cosine(a: dict[str, float], b: dict[str, float], nb: float | None = None) -> float:
    """Cosine similarity of two sparse vectors (``nb``: the length of ``b`` if known)."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    dot = sum([w * large[t] for t, w in small.items() if t in large])
    if not dot:
        return 0.0
    return dot / (norm(a) * (nb if nb is not None else norm(b)))
