"""A decade named in a sentence, read against its publication year: "the 1990s", "the mid-'90s", "the late 80s",
"the Sixties".

A sentence placed in a decade that ended before its publication year tells the past (history, a profile, a
comparison), as "a decade ago" does. A two-digit or spelled decade is the latest one that began by the publication
year ("the 90s" is the 1990s in 2003, "the 20s" the 2020s in 2026), and the decade the article is written in is no
past ("in the 2020s", "by the late 2020s", written in 2026, is now or ahead). A share or a reading "in the 40s"
("polls into the 40s", "the 90s per cent", "temperatures in the 90s degrees") is no decade.
"""
from __future__ import annotations

import re
from datetime import date

_SPELLED = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")
_DECADE = re.compile(
    r"(?<!\binto )\bthe (?:(?:early|late|mid)[- ]?)?(?:(?P<full>(?:1[5-9]|20)\d)0s|['’]?(?P<two>[1-9])0s|"
    r"(?P<word>" + "|".join(_SPELLED) + r"))\b(?!\s*(?:%|per\s?cent|percent|degrees))", re.I)


def past_decade(text: str, lower: str | None, published: date | None) -> bool:
    """Whether ``text`` (``lower`` its ASCII lower case, None for other text) names a decade over before the year of
    ``published`` (any decade when the day is unknown)."""
    low = text.lower() if lower is None else lower
    if "0s" not in low and "ties" not in low:
        return False  # every decade the pattern reads has one of them
    for m in _DECADE.finditer(text):
        if m.group("full"):
            start = int(m.group("full")) * 10
        else:
            digit = int(m.group("two")) if m.group("two") else _SPELLED.index(m.group("word").lower()) + 2
            if published is None:
                return True
            start = published.year // 100 * 100 + digit * 10
            start -= 100 if start > published.year else 0
        if published is None or start + 9 < published.year:
            return True
    return False
