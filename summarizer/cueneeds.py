"""The literal strings one of which every match of a pattern holds, read from the pattern itself.

:class:`summarizer.foldcase.Cue` skips a text that holds none of its ``needs`` (a long alternation costs a try at
every character, a substring test is a fast scan). :func:`literal_needs` finds them for a pattern whose every
alternative opens with literal characters (past zero-width assertions such as ``\\b``), as most cue lists do:
``\\b(?:said|says|told)\\b`` needs "said", "says" or "told". Each is cut to its first :data:`HEAD` characters
(a match holds the head of what it holds) and one holding another is dropped: "say" stands for "says". A pattern
with an alternative that may open otherwise (a class, a repeat, a group reference) has none.
"""
from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

HEAD = 6  # characters of each literal opening kept: enough to rule most texts out
MOST = 16  # more needs than this cost more substring scans than the pattern's own search


def _opening(op: Any, av: Any) -> set[str] | None:
    """The literal openings of one parsed item that is a group, an alternation or a set of characters, else None."""
    if op is sre.SUBPATTERN and not av[1] and not av[2]:  # (group, add flags, del flags, sequence)
        return _heads(av[3])
    if op is sre.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            found = _heads(branch)
            if found is None:
                return None
            out |= found
        return out
    if op is sre.IN and av and all(o is sre.LITERAL for o, _ in av):
        return {chr(c) for _, c in av}
    return None


def _heads(items: Any) -> set[str] | None:
    """The literal openings of a parsed sequence (None when one may open with something else)."""
    prefix = ""
    for op, av in items:
        if op is sre.AT and not prefix:
            continue  # a zero-width assertion before anything is matched
        if op is sre.LITERAL and len(prefix) < HEAD:
            prefix += chr(av)
            continue
        after = _opening(op, av) if len(prefix) < HEAD else None  # "w(?:00x|01x)": the parser takes a shared prefix out
        if after is not None:
            return {(prefix + h)[:HEAD] for h in after}
        break  # what follows the literal opening does not matter
    return {prefix} if prefix else None


def literal_needs(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Lowercase ASCII strings one of which every match of the case-sensitive ``pattern`` holds, shortest first
    (none when the pattern's alternatives do not all open with literal characters, or they are too many)."""
    if pattern.flags & (re.I | re.X):
        return ()
    try:
        found = _heads(sre_parse.parse(pattern.pattern, pattern.flags))
    except (re.error, TypeError, ValueError):  # a parser detail this reading does not know
        return ()
    if not found or any(not h or not h.isascii() or h != h.lower() for h in found):
        return ()
    kept: list[str] = []
    for h in sorted(found, key=lambda s: (len(s), s)):
        if not any(k in h for k in kept):
            kept.append(h)
    return tuple(kept) if len(kept) <= MOST else ()
