"""Template detection: lines that recur at the edges of many pages of one source are furniture.

A site repeats its furniture on every page ("For all other inquiries please call the
switchboard ...", "This content is brought to you by ...", a sign-off, a standard
correction note), usually at the top or the bottom of the page. A news sentence may also
recur (a wire story's background paragraph, a quote), but inside the body. So a line is
a template when it was seen on ``min_pages`` or more pages of its source and sat at a
page edge on most of them. Sources are keyed by ``Article.source``; a feed without
sources is one key, "". Counts are kept per normalised line hash, bounded in memory.
"""
from __future__ import annotations

import hashlib
import re
from collections import OrderedDict
from dataclasses import replace
from functools import lru_cache

from summarizer.caches import SENTENCES
from summarizer.models import Article

_DIGITS = re.compile(r"\d+")
_DIGIT = re.compile(r"\d")
HEAD_LINES = 2  # lines at the top of a page that count as its edge
TAIL_LINES = 3  # lines at the bottom


@lru_cache(maxsize=SENTENCES)
def line_key(line: str) -> int:
    """A stable hash of a line, case, spacing and digits normalised (so dates and phone numbers vary; cached: a page's
    lines are keyed when it is counted and again each time it is stripped)."""
    low = line.lower()
    if _DIGIT.search(low):
        low = _DIGITS.sub("0", low)
    # each run of whitespace one space: str.split's whitespace is re's \s (str.isspace), and a space at either end goes
    # with the strip (a substitution of r"\s+" took half the time of a restore's 150,000 lines)
    norm = " ".join(low.split()).strip(" .,;:-–—|•")
    return int.from_bytes(hashlib.blake2b(norm.encode("utf-8"), digest_size=8).digest(), "big")


class TemplateIndex:
    """Counts, per source, on how many pages each line was seen, and how often at a page edge."""

    def __init__(self, min_pages: int = 3, edge_share: float = 0.6, max_lines: int = 20_000,
                 max_sources: int = 1_000, max_articles: int = 100_000) -> None:
        self.min_pages = min_pages
        self.edge_share = edge_share
        self.max_lines = max_lines
        self.max_sources = max_sources
        self.max_articles = max_articles
        # source -> line hash -> [pages seen on, pages where it sat at an edge]; insertion-ordered
        self._counts: OrderedDict[str, dict[int, list[int]]] = OrderedDict()
        self._seen: OrderedDict[str, None] = OrderedDict()

    def observe(self, article: Article) -> None:
        """Count the lines of ``article`` once (a second call for the same article id does nothing)."""
        if article.id in self._seen:
            return
        self._seen[article.id] = None
        if len(self._seen) > self.max_articles:
            self._seen.popitem(last=False)
        counts = self._source(article.source)
        lines = [ln for ln in article.text.split("\n") if ln.strip()]
        done: set[int] = set()
        for i, line in enumerate(lines):
            key = line_key(line)
            if key in done:
                continue
            done.add(key)
            entry = counts.setdefault(key, [0, 0])
            entry[0] += 1
            entry[1] += i < HEAD_LINES or i >= len(lines) - TAIL_LINES
        if len(counts) > self.max_lines:
            self._prune(counts)

    def is_template(self, source: str, line: str) -> bool:
        """True when ``line`` recurs on enough pages of ``source``, mostly at their edges."""
        entry = self._counts.get(source, {}).get(line_key(line))
        return entry is not None and entry[0] >= self.min_pages and entry[1] >= self.edge_share * entry[0]

    def strip(self, article: Article) -> Article:
        """``article`` (counted first) without its template lines.

        The title line is kept, and so is an article that would lose half its lines or
        more: that is a repeat or an update of a page, not furniture around a body.
        """
        self.observe(article)
        lines = article.text.split("\n")
        keep = [ln for ln in lines if not ln.strip() or ln.strip() == article.title or
                not self.is_template(article.source, ln)]
        if len(keep) == len(lines) or 2 * len(keep) <= len(lines):
            return article
        return replace(article, text="\n".join(keep))

    def _source(self, source: str) -> dict[int, list[int]]:
        """The counts of one source, most recently used last; the oldest source goes past the cap."""
        counts = self._counts.get(source)
        if counts is None:
            counts = self._counts[source] = {}
            if len(self._counts) > self.max_sources:
                self._counts.popitem(last=False)
        else:
            self._counts.move_to_end(source)
        return counts

    def _prune(self, counts: dict[int, list[int]]) -> None:
        """Forget lines seen once (oldest first), then the oldest lines, down to 80 % of the cap."""
        target = int(self.max_lines * 0.8)
        for key in [k for k, v in counts.items() if v[0] == 1][: len(counts) - target]:
            del counts[key]
        for key in list(counts)[: max(0, len(counts) - target)]:
            del counts[key]
