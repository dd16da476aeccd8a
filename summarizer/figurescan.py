"""Finding figures fast: the matches of a figure pattern, tried only where a figure can start.

``pattern.finditer`` tries a case-insensitive pattern with a long optional qualifier
("about", "more than", ...) at every character of a sentence, and most sentences hold no
figure or one. Every figure starts with a digit or with one of a few words ("five",
"hundreds", "dozens"), which plain string search finds at C speed in the lower-cased text;
the pattern is then tried only from a few characters before each such start (room for a
qualifier and the spaces after it), and before the figure only where a qualifier ends right at it. :meth:`FigureScan.finditer` yields exactly the matches
``pattern.finditer`` yields (tests compare them); text holding a letter that the ignore-case
rule matches to an ASCII letter ("ſ", "ı", "İ", the Kelvin sign) is scanned the ordinary way.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

_DIGIT = re.compile(r"\d")
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")  # re.IGNORECASE matches them to i, i, s, k


class FigureScan:
    """The matches of ``pattern`` (case-insensitive), every one of which holds a digit or one of ``words``
    (lower case) at most ``lead`` characters, plus spaces and a ``$``, after its start."""

    def __init__(self, pattern: re.Pattern[str], words: Iterable[str], lead: int, openers: Iterable[str] = ()) -> None:
        """``openers``: when given, the lower-case strings one of which a match that starts before a figure's start (its
        spaces and a ``$`` aside) spans exactly up to it (a qualifier, "more than"): only there is the pattern tried
        before the figure. None may hold a digit or one of ``words``."""
        found = set(words)
        self.openers = frozenset(openers)
        if any(not o or o[-1].isspace() or any(c.isdigit() for c in o) or any(w in o for w in found) for o in self.openers):
            raise ValueError("an opener is empty, ends in a space, or holds a digit or a figure's word")
        self.lengths = sorted({len(o) for o in self.openers if 0 < len(o) <= lead}, reverse=True)
        # A word another one starts ("hundreds" after "hundred") finds nothing more.
        self.words = tuple(sorted(w for w in found if not any(o != w and w.startswith(o) for o in found)))
        self.pattern = pattern
        self.lead = lead

    def _lower(self, text: str) -> str | None:
        """``text`` lower-cased, position for position; None when string search could miss a start."""
        if any(c in text for c in _FOLDS_TO_ASCII):
            return None
        low = text.lower()
        return low if len(low) == len(text) else None

    def mentions(self, text: str) -> bool:
        """False only when ``text`` holds no digit and none of the words: no match is possible."""
        if _DIGIT.search(text):
            return True
        low = self._lower(text)
        return low is None or any(map(low.__contains__, self.words))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """What ``self.pattern.finditer(text)`` yields (the pattern never matches an empty string)."""
        low = self._lower(text)
        if low is None:
            yield from self.pattern.finditer(text)
            return
        at = {w: low.find(w) for w in self.words}  # the next start of each word (-1: none left)
        digit = _DIGIT.search(text)
        cur = 0
        while True:
            if digit is not None and digit.start() < cur:
                digit = _DIGIT.search(text, cur)
            starts = [digit.start()] if digit is not None else []
            for w, p in at.items():
                if 0 <= p < cur:
                    at[w] = p = low.find(w, cur)
                if p >= 0:
                    starts.append(p)
            if not starts:
                return
            start = min(starts)
            back = start
            if back > cur and text[back - 1] == "$":
                back -= 1
            while back > cur and text[back - 1].isspace():
                back -= 1
            low_end = max(cur, back - self.lead)
            tried: Iterable[int] = range(low_end, start + 1)
            if self.openers:  # before ``back``, only where an opener ends exactly at it (in order)
                tried = [*(back - n for n in self.lengths if back - n >= low_end and low[back - n:back] in self.openers),
                         *range(back, start + 1)]
            for p in tried:
                m = self.pattern.match(text, p)
                if m is not None:
                    yield m
                    cur = m.end()
                    break
            else:
                cur = start + 1
