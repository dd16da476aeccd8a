"""Past times told without a calendar day: a month named alone, a time relative to another event.

:mod:`summarizer.anchor` reads calendar days ("on 17 April"), months with their year ("in December 1955"), weekdays
and relative words; a month named alone was read as no time at all, so "In December he called for ..." in a May
article, or "The singer died in June" in an August one, counted as undated. :func:`month_days` places such a
month before the publication day, as a reader does:

- a month before the publication month is this year's ("in March", written in September);
- the publication month itself is left unread (this month: which days is not said);
- a month after it is last year's ("in November", written in March) only when the sentence tells a past action
  (a verb in the past) or says "last November": "faces re-election in November" is a month ahead;
- a sentence with a plan or forecast (``future``: "is due to open the new depot in May") reads no month at all;
- the month must follow a preposition of time ("in", "during", "last", with "early", "late" or "mid" between), and no
  day number or year may stand after it: "on 12 December" and "December 1955" are read elsewhere, "until December",
  "by September" are horizons and "since March" a span up to now, not times told;
- a month after "since" or a base figure ("from 410 ... in early March") starts a running span or a comparison;
- a month a few words after a clause word ("after", "since", "who", "which", "when" ...) dates a side event or a
  relative clause ("has visited the stadium, which fell behind after an accident in November"), not the sentence's
  news: it is not read.

Each month counts from its 15th: a month back is 15 to 45 days, so only a month two or more back reads as stale
(:attr:`summarizer.anchor.Anchor.stale`, more than 30 days).

:func:`relative_past` reads a time counted from another past event, in months or years: "two years later", "the
following year", "that year", "the year before", "a decade earlier". A sentence placed
so tells a sequence of earlier events (a recap, a profile), not what happened in the last days: :mod:`summarizer.anchor`
reads it as a cue that tells the past. A time counted forward from the past to the news ("comes two months
after he fled", "was freed two days after his arrest") is not one: the news is its subject; nor is a base of
comparison ("halved from a year earlier"), nor "the next year", "the previous year" (as often a forecast's span or a
comparison's base), nor "at the time of the shooting" (the time of the event a trial hears about).
"""
from __future__ import annotations

import re
from datetime import date

from summarizer.dates import MONTHS
from summarizer.event import PAST_ACTION
from summarizer.foldcase import Cue
from summarizer.lexicon import MONTH_NAMES

_MONTH_ONLY = re.compile(
    r"\b(?:[Ii]n|[Dd]uring|(?P<last>[Ll]ast))\s+(?:(?:early|late|mid-?)\s*)?"
    rf"(?P<month>{MONTH_NAMES})\b"
    r"(?![\s,]*\d)")  # no day number or year after it ("December 12", "December, 2009", "December 1955")

_RELATIVE_PAST = Cue(re.compile(
    r"\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|a few|\d+) (?:years?|months?|decades?) "
    r"(?:later|earlier)|the following (?:year|season|summer|winter|spring|autumn)|that (?:year|season)|"
    r"the (?:year|season) (?:before|after))\b", re.I),
    needs=("later", "earlier", "following", "that year", "that season", " before", " after"))
# A base of comparison a few words before the time: "up 14 percent from sales a year earlier", "more than a year before".
_COMPARED = re.compile(r"\b(?:from|than|compared|versus|over|on)\b(?:\W+\w+){0,2}\W*$", re.I)


def relative_past(text: str, lower: str | None = None) -> bool:
    """True when ``text`` places what it tells at a time counted from another past event ("two years later", "that
    year"), not as a base of comparison ("up 14 percent from sales a year earlier"); ``lower``: its
    :func:`summarizer.foldcase.ascii_lower`, when at hand."""
    m = _RELATIVE_PAST.search(text, lower)
    return m is not None and not _COMPARED.search(text, max(0, m.start() - 40), m.start())

# A clause word among the few words before the month: the month dates a side event or a relative clause ("after a
# fatal accident in November", "since his extradition in April", "who faces elections in October"), not the news.
_SUBORDINATE = re.compile(r"\b(?:after|before|since|following|until|who|which|whose|that|when)\b(?:\W+[\w'’-]+){0,5}\W*$", re.I)

# The start of a running span or a comparison's base a little further back: "have climbed to 1,275 since the first
# stall was opened in December", "from 410 counted by the council in early March": the news is the figure now.
_SPAN_BASE = re.compile(r"\b(?:since|from\s+(?:about\s+|some\s+|around\s+)?\d[\d,.]*)(?:\W+[\w'’-]+){0,8}\W*$", re.I)


def month_days(text: str, published: date, future: bool = False) -> list[int]:
    """Days before ``published`` of each month named alone in ``text`` (from the month's 15th), in order; none
    for the publication month, for a later month unless the sentence tells a past action or says "last", and none
    at all when ``future`` (the sentence tells a plan or forecast)."""
    if future:
        return []
    out = []
    for m in _MONTH_ONLY.finditer(text):
        if (_SUBORDINATE.search(text, max(0, m.start() - 60), m.start())
                or _SPAN_BASE.search(text, max(0, m.start() - 90), m.start())):
            continue  # "visited the stadium, which fell behind after an accident in November": not the news's time
        month = MONTHS[m.group("month").lower()]
        if month == published.month and not m.group("last"):
            continue
        if month < published.month:
            when = date(published.year, month, 15)
        elif m.group("last") or PAST_ACTION.search(text):
            when = date(published.year - 1, month, 15)
        else:
            continue
        out.append(max(0, (published - when).days))
    return out
