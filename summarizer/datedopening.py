"""An opening phrase that dates its clause to long before the digest: "In taking the job two years ago, Kim said ...".

A headline drops an opening phrase to reach the main clause, but when the phrase holds the clause's time, and that
time is months or years back ("two years ago", "last year", "a decade earlier"), the clause without it reads as
today's news: "Kim said she would rebuild the pier" is a promise of two years before (not "Like last year's
vote, ...": a possessive compares, it does not date the clause). Such an opening stays,
so the line says when (and the background models can weigh it). Nothing here is about a given site or story.
"""
from __future__ import annotations

import re

_COUNT = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|some|few|a\s+few)"
_DATED = re.compile(rf"\b(?:{_COUNT}\s+(?:years?|decades?|months?)\s+(?:ago|earlier|before)|last\s+year|"
                    r"the\s+(?:previous|preceding)\s+year|(?:years|decades|months)\s+(?:ago|earlier))\b(?!['’]s)", re.I)


def dated_opening(opening: str) -> bool:
    """True when ``opening`` (the words before the main clause) places it months or years back."""
    return bool(_DATED.search(opening))
