"""Two lines of one digest that tell the same counts: one report, retold by another outlet in its own words.

Outlets pass on an official report's figures each in their own words and with their own colour: "The death toll
from the floods in the province rose to 31 as rescuers dug out more bodies, and 25 people remain missing" and "The
toll in the country's south-west climbed to 31 as soldiers searched the mud for 25 people still missing". The two
lines share too few words to be read as one telling (:mod:`summarizer.retell`), neither says little besides its
counts (:func:`summarizer.sameevent.count_line`), and each names the place at its own scale (a province, a
country's south-west), so the count told twice is not recognised either. Two exact values of two tracked counts
told in both lines of one story in one digest are not a coincidence, though: they are one report. :func:`same_counts`
says which line a reader needs when the other adds nothing but colour: no figure, quotation or action of its own
(its main action is a count's change or none: "rose to", "climbed to", "stands at").
"""
from __future__ import annotations

from summarizer.facts import quantities
from summarizer.quotes import quote_spans
from summarizer.sameevent import signature
from summarizer.standalone import cleanliness
from summarizer.text import canon

MIN_SHARED = 2  # exact counts both lines tell: one shared figure may be a coincidence, two are one report
# Main actions that tell a count's change, not an event of their own ("the toll rose to 31").
_COUNT_ACTIONS = frozenset(canon(w) for w in "rose rise risen increased climbed reached stands stood jumped soared "
                           "topped hit passed exceeded grew mounted doubled".split()) - {""}


def _tracked(line: str) -> frozenset[tuple[str, float]]:
    """The tracked counts of ``line`` as (measure, value): exact values only (no range, no bound)."""
    return frozenset((q.slot.measure, q.low) for q in quantities(line) if q.slot is not None and q.slot.tracked
                     and q.slot.unit == "count" and not q.attribute and q.low == q.high and q.low > 0)


def _colour_only(line: str, kept: str) -> bool:
    """True when ``line`` adds to ``kept`` no figure, no quotation and no action of its own."""
    mine, theirs = signature(line), signature(kept)
    if mine.figures - theirs.figures or quote_spans(line):
        return False
    return not mine.action or bool(mine.action & (_COUNT_ACTIONS | theirs.action))


def same_counts(line: str, other: str) -> str:
    """"line" or "other": the one to show when both tell the same :data:`MIN_SHARED` or more exact counts and the
    other adds only colour (the one with more figures, else the cleaner complete sentence, else the shorter);
    "" when they are two facts."""
    mine, theirs = _tracked(line), _tracked(other)
    if len(mine & theirs) < MIN_SHARED or not (mine <= theirs or theirs <= mine):
        return ""
    a, b = signature(line).figures, signature(other).figures
    if b < a or (a == b and (cleanliness(line), -len(line)) > (cleanliness(other), -len(other))):
        return "line" if _colour_only(other, line) else ""
    return "other" if _colour_only(line, other) else ""
