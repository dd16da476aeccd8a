"""A trailing clause that names something new may still go from a long line when the main clause holds the news.

:func:`summarizer.cutguards.trailing_told` keeps every trailing clause (", after ...", ", while ...", ", saying ...",
", which ...") that names a person, place or number the reader was not told. On a story's first lines every name is
new, so a long lead sentence kept its whole tail and the line ran past 140 characters ("Kim faces a new inquiry over
his conduct, after the claims made by two aides in Oslo were published"). A headline keeps the main clause: its actor,
verb and object, and leaves the circumstance to the article. :func:`tail_verdict` lets such a clause go while the line
is :data:`LONG_OVER` characters past its goal, when the clause passes every other test of a trailing clause (no
quotation, a main clause left, no complement resumed after it) and the main clause left names at least as many new
things as the clause takes. The figures and dates the caller protects stay whatever the clause (checked by the caller).
"""
from __future__ import annotations

import re

from summarizer.chunks import DETERMINERS, has_verb
from summarizer.cutguards import trailing_told
from summarizer.listpieces import list_item_before
from summarizer.segments import Edit
from summarizer.text import canon, words
from summarizer.trimmers import NAME

LONG_OVER = 40  # the line is this many characters past its goal
_CONJUNCTIONS = frozenset("and or but nor".split())
_FUNCTION = frozenset("it him her them us me his its their our what how that who whom which where when to in on at of for "
                      "from with by into up out down off over through as".split())  # "making it", "leaving for"
_COMMA_LED = re.compile(r",\s+[a-z]")  # ", after ...", ", which ...", ", leaving ..."
_ING = re.compile(r",\s+(?:[a-z]+ly\s+)?[a-z]{2,}ing\b")  # ", leaving ...", ", effectively making ..."
_WEIGHED = frozenset({"subordinate", "participial", "relative"})  # clauses of their own after the main clause


def new_names(text: str, start: int, end: int, keep: set[str]) -> list[str]:
    """The names in ``text[start:end]`` (a run of capitalised words is one name: "World Health Organisation") that
    hold a term new to the reader (in ``keep``), and its numbers new to the reader, as their lower-case terms."""
    found: list[str] = []
    last = -2
    for m in NAME.finditer(text, start, end):
        terms = [c for c in (canon(w) for w in words(m.group(0))) if c]
        if not m.start() or not terms:
            continue  # the sentence's first word is capitalised whatever it is
        if found and last >= 0 and not text[last:m.start()].strip() and not m.group(0)[:1].isdigit():
            found[-1] += " " + " ".join(terms)  # the name goes on
        else:
            found.append(" ".join(terms))
        last = m.end()
    return [name for name in found if keep.intersection(name.split())]


def _modifier(text: str, c: int) -> bool:
    """True when the "-ing" word after the comma at ``c`` may be the second adjective of a noun phrase: the word before
    the comma follows a determiner ("the low, swooning strings of ...") and a bare lower-case word follows it."""
    before = text[:c].split()[-2:]
    after = text[c + 1:].split()[1:2]
    return (len(before) == 2 and before[0].lower() in DETERMINERS and bool(after) and after[0].isalpha()
            and after[0].islower() and after[0] not in DETERMINERS | _FUNCTION)


def open_piece(head: str) -> bool:
    """True when ``head`` ends on a comma piece the clause after it may belong to: a list's item ("debt relief, micro
    loans"), a verbless piece after a conjunction (", and Jo Roe"), or an aside opened after one ("and, in the
    former case")."""
    pieces = head.split(",")
    if len(pieces) < 2:
        return False
    last, before = pieces[-1].split(), pieces[-2].split()
    return (list_item_before(head) or bool(before) and before[-1].lower() in _CONJUNCTIONS
            or bool(last) and last[0].lower() in _CONJUNCTIONS and not has_verb(pieces[-1]))


def tail_verdict(text: str, e: Edit, keep: set[str], goal: int) -> bool | None:
    """:func:`trailing_told` for ``e``, but None (no verdict: the edit is weighed like any other) for a trailing
    clause of a line longer than ``goal`` + :data:`LONG_OVER` whose only fault is that it names something new, when
    the line left names at least as many new things as the clause would take."""
    told = trailing_told(text, e, keep)
    if told is not False or e.rule not in _WEIGHED or len(text) <= goal + LONG_OVER or not _COMMA_LED.match(text, e.start):
        return told  # not "delayed it until ...", "return before ...": a clause with no comma may be the verb's complement
    if e.rule == "participial" and (not _ING.match(text, e.start) or _modifier(text, e.start)):
        return told  # ", accused Kim of ...": after an aside an -ed word may be the main verb; "the low, swooning strings"
    if trailing_told(text, e, set()) is not True or open_piece(text[:e.start]):
        return False  # a quotation, no main clause left, a complement resumed after it, or a piece left open
    left = new_names(text, 0, e.start, keep)
    taken = [n for n in new_names(text, e.start, e.end, keep) if not set(n.split()) <= set(" ".join(left).split())]
    if any(n[:1].isdigit() for n in taken):
        return False  # a number new to the reader is a fact of the line ("after as little as 17 days")
    return None if len(left) >= max(1, len(taken)) else False
