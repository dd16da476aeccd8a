"""News-in-brief pages: several short unrelated items on one page, each opened (or closed) by its own credit.

A round-up ("World news in brief", "In brief") prints items of a few sentences each, every one with its own
wire credit: either opening it ("ROME (AP) - A bear ...") or closing it, the next item's headline glued on
("... expected at the end of October. / AP, Kabul Kidnappers killed in raid Five kidnappers ..."). Read as one
article, the page mixes unrelated stories into one and posts a credit and a headline glued to each line.
A page is a round-up when :data:`MIN_ITEMS` or more of its lines after the first open with such a credit and
the items they start share few terms with each other (:data:`MAX_SHARED`; a wire story pasted twice shares
nearly all its terms). The page is then read as one item: the one whose terms best match the page's title,
or its first (lead) item when none does (:func:`lead_item`). Shapes, never a list of places or topics.
"""
from __future__ import annotations

import re

from summarizer.datelines import AGENCIES, dateline_end
from summarizer.text import content_words

# "AP, Brussels ...", "Associated Press, Rome ...", "Reuters/AFP, Kabul ...": a credit opening the line.
_CREDIT = re.compile(rf"^(?:{AGENCIES}|Associated Press|Agence France-Presse|Press Association)(?:\s*/\s*{AGENCIES})*,\s+"
                     r"(?=[A-Z])")
# "ROME (AP) - ", "KABUL, May 3 (Reuters) - ": a wire dateline opening the line.
_WIRE = re.compile(rf"^[^()]{{2,60}}\({AGENCIES}\)\s*[-–—:]")
MIN_ITEMS = 2  # lines after the first that open an item: with the lead item, three items at least
MIN_TERMS = 4  # an item says this many terms at least
MAX_SHARED = 0.25  # the largest share of one item's terms another item may hold for the page to be a round-up
_PLACE = re.compile(r"[A-Z][\w.'’-]*\s*")  # the credit's place, one word, then the item's headline


def item_start(line: str) -> bool:
    """True for a line that opens a round-up item with a credit ("AP, Kabul ...") or a wire dateline ("ROME (AP) - ...")."""
    return bool(_CREDIT.match(line) or (_WIRE.match(line) and dateline_end(line) > 0))


def _terms(lines: list[str]) -> set[str]:
    return {w.lower() for w in content_words(" ".join(lines)) if len(w) > 3}


def _shared(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 1.0


def items(lines: list[str]) -> list[list[str]]:
    """The items of a round-up page (see the module docstring), or ``[lines]`` for any other page."""
    starts = [i for i in range(1, len(lines)) if item_start(lines[i])]
    if len(starts) < MIN_ITEMS:
        return [lines]
    bounds = [0, *starts, len(lines)]
    parts = [lines[a:b] for a, b in zip(bounds, bounds[1:])]
    terms = [t for p in parts if len(t := _terms(p)) >= MIN_TERMS]  # a bare closing credit ("AP, Kabul") is no item
    if len(terms) <= MIN_ITEMS or any(_shared(terms[i], terms[j]) > MAX_SHARED
                                      for i in range(len(terms)) for j in range(i + 1, len(terms))):
        return [lines]
    return parts


def _without_credit(line: str) -> str:
    m = _CREDIT.match(line)
    if m is None:
        return line
    rest = line[m.end():]
    place = _PLACE.match(rest)
    return rest[place.end():] if place else rest


def lead_item(lines: list[str], title: str = "") -> list[str]:
    """The lines of a round-up's item that best matches ``title`` (its first item when none shares a term), its
    credit cut off; the page's lines unchanged when it is no round-up."""
    parts = items(lines)
    if len(parts) == 1:
        return lines
    want = _terms([title])
    best = max(range(len(parts)), key=lambda i: (len(want & _terms(parts[i])), -i))
    kept = [_without_credit(line) for line in parts[best]]
    return [line for line in kept if line.strip()]
