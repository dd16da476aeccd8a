"""Strings one of which every match of a pattern holds, read from the pattern itself.

A case-insensitive cue (:class:`summarizer.foldcase.Cue`) is not searched at all in a text holding none of the
strings its matches need: a substring test per string costs far less than a try of a long alternation at every
character. :func:`required` reads them from the parsed pattern: a run of literal characters of a sequence, or the
union over the branches of an alternation (every branch must need one), or of a group or a repeat taken at least
once; it is sound by construction (a match holds one of them), never a guess, and gives nothing when unsure.
"""
from __future__ import annotations

import importlib
from typing import Any

_parser: Any = importlib.import_module("re._parser")  # the standard library's own pattern parser
_c: Any = importlib.import_module("re._constants")

MIN_CHARS = 3  # shorter strings are in nearly every text: testing them spares nothing
MAX_STRINGS = 64  # more would cost as much as the search they spare


def required(source: str, flags: int = 0) -> tuple[str, ...]:
    """Strings one of which every match of ``source`` (compiled with ``flags``, never ``re.I``) holds, each at
    least ``MIN_CHARS`` long; () when none can be read (a class of characters, an optional part, case folding)."""
    if flags & 2:  # re.IGNORECASE: a literal also matches its other cases
        return ()
    try:
        found = _needs(_parser.parse(source, flags))
    except Exception:  # noqa: BLE001 (a pattern the parser of this Python reads otherwise: no shortcut)
        return ()
    return tuple(sorted(found)) if found else ()


def _minimal(strings: frozenset[str]) -> frozenset[str]:
    """``strings`` without those holding another of them (a text holding "the early" holds "the ")."""
    return frozenset(s for s in strings if not any(t != s and t in s for t in strings))


def _best(options: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective of several sufficient sets: the longest shortest string, then the fewest strings."""
    options = [_minimal(o) for o in options]
    good = [o for o in options if o and len(o) <= MAX_STRINGS and min(map(len, o)) >= MIN_CHARS]
    return max(good, key=lambda o: (min(map(len, o)), -len(o))) if good else None


def _needs(seq: Any) -> frozenset[str] | None:
    """The strings one of which a match of the sequence ``seq`` (a parsed SubPattern or list) holds, or None.

    Adjacent items that match a few exact strings each ("said", "(?:a|an|the) ", "s?") are multiplied into one run
    of exact strings; any other item ends the run and adds what it needs itself."""
    options: list[frozenset[str]] = []
    run: frozenset[str] | None = None
    for op, av in seq:
        if op is _c.AT:  # a zero-width position ("\\b", "^"): the characters around it are still adjacent
            continue
        exact = _exact(op, av)
        longer = None if exact is None else exact if run is None else _product(run, exact)
        if longer is not None:
            run = longer
            continue
        if run is not None:  # the run ends before this item (which may open the next, when too many strings made)
            options.append(run)
        run = exact
        if exact is None and (sub := _item(op, av)) is not None:
            options.append(sub)
    if run is not None:
        options.append(run)
    return _best(options)


def _product(left: frozenset[str], right: frozenset[str]) -> frozenset[str] | None:
    """Every string of ``left`` followed by one of ``right``; None when that makes too many."""
    if len(left) * len(right) > MAX_STRINGS:
        return None
    return frozenset(a + b for a in left for b in right)


def _exact_seq(seq: Any) -> frozenset[str] | None:
    """The strings a sequence matches when they are few and exact (zero-width positions aside), else None."""
    out = frozenset({""})
    for op, av in seq:
        if op is _c.AT:
            continue
        exact = _exact(op, av)
        if exact is None:
            return None
        product = _product(out, exact)
        if product is None:
            return None
        out = product
    return out


def _exact(op: Any, av: Any) -> frozenset[str] | None:
    """The strings one item matches when they are few and exact ("a", "[ab]", "(?:x|yz)", "s?"), else None."""
    if op is _c.LITERAL:
        return frozenset({chr(av)})
    if op is _c.IN:
        if len(av) > 8 or any(o is not _c.LITERAL for o, _ in av):
            return None
        return frozenset(chr(v) for _, v in av)
    if op is _c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            sub = _exact_seq(branch)
            if sub is None:
                return None
            out |= sub
        return frozenset(out) if len(out) <= MAX_STRINGS else None
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        return None if add_flags or del_flags else _exact_seq(body)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, body = av
        if low == 0 and high == 1:
            inner = _exact_seq(body)
            return None if inner is None else inner | {""}
        return None
    return None


def _item(op: Any, av: Any) -> frozenset[str] | None:
    """What one item that matches no few exact strings needs, or None (it may match without any literal string)."""
    if op is _c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            sub = _needs(branch)
            if sub is None:
                return None
            out |= sub
        return frozenset(out) if len(out) <= MAX_STRINGS else None
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        return None if add_flags or del_flags else _needs(body)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _high, body = av
        return _needs(body) if low >= 1 else None
    if op is _c.ATOMIC_GROUP:
        return _needs(av)
    if op is _c.ASSERT:  # a lookahead or lookbehind: what it needs is in the text, next to the match
        return _needs(av[1])
    return None
