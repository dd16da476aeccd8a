"""Case-insensitive cues read fast: on ASCII text, lowercase it once and match case-sensitively.

Python's regular-expression engine folds every character it compares under ``re.IGNORECASE``, which makes
long word lists ("said|says|told|...") several times slower than the same list matched case-sensitively.
On ASCII text, a case-insensitive pattern without uppercase escapes finds a match exactly when its lowercased
source finds one in the lowercased text. So it does on text whose other characters are all caseless (curly quotes,
dashes, the euro sign: lowercasing changes only its ASCII letters, and case folding matches such a character only
with itself), read so by :class:`Cue` (its ``needs`` aside: they are promised for ASCII text only); other text is
read with the pattern itself.
"""
from __future__ import annotations

import re
from functools import lru_cache
from string import ascii_letters

_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def ascii_lower(text: str) -> str | None:
    """``text`` lowercased when it is ASCII (the fast path of :class:`Cue`), else None."""
    return text.lower() if text.isascii() else None


@lru_cache(maxsize=4096)
def _caseless(char: str) -> bool:
    return char.lower() == char == char.upper()


@lru_cache(maxsize=8192)  # every cue of a sentence asks
def caseless_lower(text: str) -> str | None:
    """``text`` lowercased when it is not ASCII but each of its other characters is caseless (lowercasing it then
    changes its ASCII letters alone, offsets kept), else None (cached)."""
    if text.isascii() or not all(map(_caseless, set(_NON_ASCII.findall(text)))):
        return None
    return text.lower()


class Cue:
    """A case-insensitive pattern whose presence in a text is all its caller reads."""

    def __init__(self, pattern: re.Pattern[str], needs: tuple[str, ...] = ()) -> None:
        """``needs``: lowercase strings one of which every match holds, when known: ASCII text holding none of
        them is not searched at all (a long alternation costs a try at every character)."""
        source = pattern.pattern
        if any(w != w.lower() or not w.isascii() or not w for w in needs):
            raise ValueError(f"needs lowercase ASCII strings: {needs!r}")
        self.needs = needs
        if not pattern.flags & re.I or re.search(r"\\[A-Z]|\(\?P", source) or any(
                not c.isascii() and any(re.fullmatch(re.escape(c), a, re.I) for a in ascii_letters) for c in source):
            raise ValueError(f"not a case-insensitive pattern that lowercases safely: {source!r}")
        self.pattern = pattern
        self._lower = re.compile(source.lower(), pattern.flags & ~re.I)

    def found(self, text: str, lower: str | None) -> bool:
        """True when the pattern matches ``text``; ``lower`` is :func:`ascii_lower` of ``text``."""
        return self.search(text, lower) is not None

    def search(self, text: str, lower: str | None = None) -> re.Match[str] | None:
        """The pattern's first match in ``text`` (the same span; on ASCII text a match of the lowercased text)."""
        if lower is None and text.isascii():
            lower = text.lower()  # ascii_lower, inlined
        if lower is None:
            folded = caseless_lower(text)
            return self.pattern.search(text) if folded is None else self._lower.search(folded)
        if self.needs and not any(map(lower.__contains__, self.needs)):  # no Python frame per need
            return None
        return self._lower.search(lower)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """The spans of the pattern's successive matches in ``text`` (as ``finditer``; on ASCII text read lowercased)."""
        lower = ascii_lower(text)
        if lower is None:
            folded = caseless_lower(text)
            return [m.span() for m in (self.pattern.finditer(text) if folded is None else self._lower.finditer(folded))]
        if self.needs and not any(map(lower.__contains__, self.needs)):
            return []
        return [m.span() for m in self._lower.finditer(lower)]
