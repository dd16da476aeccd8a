"""Case-insensitive cues read fast: on ASCII text, lowercase it once and match case-sensitively.

Python's regular-expression engine folds every character it compares under ``re.IGNORECASE``, which makes
long word lists ("said|says|told|...") several times slower than the same list matched case-sensitively.
On ASCII text, a case-insensitive pattern without uppercase escapes finds a match exactly when its lowercased
source finds one in the lowercased text; other text is read with the pattern itself.
"""
from __future__ import annotations

import re
from string import ascii_letters


def ascii_lower(text: str) -> str | None:
    """``text`` lowercased when it is ASCII (the fast path of :class:`Cue`), else None."""
    return text.lower() if text.isascii() else None


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
        if lower is None:
            lower = ascii_lower(text)
        if lower is None:
            return self.pattern.search(text)
        if self.needs and not any(map(lower.__contains__, self.needs)):  # no Python frame per need
            return None
        return self._lower.search(lower)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """The spans of the pattern's successive matches in ``text`` (as ``finditer``; on ASCII text read lowercased)."""
        lower = ascii_lower(text)
        if lower is None:
            return [m.span() for m in self.pattern.finditer(text)]
        if self.needs and not any(map(lower.__contains__, self.needs)):
            return []
        return [m.span() for m in self._lower.finditer(lower)]
