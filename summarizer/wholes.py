"""A total told with its parts: the places of its breakdown, or of the part a quantifier picks out, are not its own.

"30 deaths -- 28 in Norland and two in Sudmark --", "90 people, the vast majority of them in Norland" and "Almost
all of the 90 dead were in Norland" count more than Norland's dead: a total over places wider than the part named.
:func:`part_span` finds where the part's words are in a figure's clause; :func:`whole_key` makes the place key
of a total whose only places are its parts': a scope of its own ("whole(norland)"), never the part's place (nor
one its article gives an unplaced figure), so such a total is never an update of, nor updated by, one place's count.
"200 in Norland, a third of Westland's total" names the whole a part belongs to (:func:`whole_start`): that
place is neither the figure's nor a part's.
"""
from __future__ import annotations

import re

_YEAR = r"(?:1[89]|20)\d\d\b"
# A breakdown after the total: a dash or bracket opening a figure ("-- 28 in Norland and two in ..."), or a
# quantifier over the total's members ("the vast majority of them in ...", "most of whom ...").
_BREAKDOWN = re.compile(rf"\s*(?:--|[—–(]|\s-\s)\s*(?!{_YEAR})\d|,?\s+(?:the\s+)?(?:vast\s+|overwhelming\s+|great\s+)?"
                        r"(?:majority|bulk)\s+of\s+(?:them|whom|which|those)\b|,\s+(?:almost\s+|nearly\s+|virtually\s+|"
                        r"(?:more|less|fewer)\s+than\s+|about\s+)?(?:all|most|many|some|half)\s+of\s+(?:them|whom|which|those)\b", re.I)
_ASIDE_END = re.compile(r"\s*(?:--|[—–)]|\s-\s)|,", re.I)  # where a breakdown aside closes
# A quantifier before the figure: what the clause tells after the figure's verb is of that part ("Most of the 90 dead
# were in Norland"); the figure's own noun phrase ("the 90 dead in Norland were ...") is still the total's.
_PARTITIVE = re.compile(r"\b(?:(?:almost|nearly|virtually)\s+all|most|many|some|half|(?:the\s+)?(?:vast\s+)?majority|"
                        r"(?:a|one|two)\s+(?:third|quarter)s?)\s+of\s+(?:the|these|those)\s*$", re.I)
_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|lived?|died|came|come|remain(?:s|ed)?)\b", re.I)
# A share of a larger whole after the figure: ", more than a third of Westland's total", ", 40% of the total".
_SHARE_OF = re.compile(r",\s+(?:(?:more|less|fewer)\s+than\s+|about\s+|nearly\s+|almost\s+|over\s+|some\s+|roughly\s+)?"
                       r"(?:(?:a|one|two|three)\s+(?:half|third|quarter|fifth|tenth)s?|half|\d+(?:\.\d+)?\s*(?:%|per\s?cent))"
                       r"\s+of\b(?!\s+(?:them|whom|which|those)\b)", re.I)  # "half of them": a breakdown


def part_span(text: str, left: int, start: int, end: int, right: int) -> tuple[int, int]:
    """Where the words of a part of the figure ``text[start:end]`` are in its clause ``text[left:right]``: a breakdown
    aside after it (to the aside's end), or the predicate after a quantifier before it; ``(right, right)`` when none."""
    if _PARTITIVE.search(text, max(left, start - 40), start):
        verb = _VERB.search(text, end, right)
        if verb:
            return verb.start(), right
    found = _BREAKDOWN.search(text, end, right)
    if not found:
        return right, right
    close = _ASIDE_END.search(text, found.end(), right)
    return found.start(), close.start() if close else right


def whole_start(text: str, end: int, right: int) -> int:
    """Where a share phrase naming the figure's whole begins after it (", a third of Westland's total"); ``right`` when none."""
    found = _SHARE_OF.search(text, end, right)
    return found.start() if found else right


def whole_key(parts: set[str] | frozenset[str]) -> str:
    """The place key of a total whose parts are in ``parts``: a scope of its own, wider than any of them."""
    return "whole(" + "+".join(sorted(parts)) + ")"
