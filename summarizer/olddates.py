"""An old date: a sentence whose latest time told is more than half a month before its publication day.

:mod:`summarizer.anchor` reads the times a sentence names ("on 17 April", "in December", "last Tuesday") into
``days_before``, the days between the latest of them and publication. A report tells what happened in the last days;
a sentence whose latest time is weeks back ("The party leader was crushed in a lower house vote on 17 April", written
on 9 May; "In December he asked for the removal of ...", written in May) tells an earlier step of the story, as
a recap does. :func:`old_date` reads that, on the same terms as the anchor's background score: not when the sentence
reports someone (testimony about an earlier day is the news of the day it is given; "Enron asserted that ...",
"X reportedly has ..."), dates only a side clause ("... after the guard raised the alarm on May 14th, 2012"), tells a plan ("is planning to enter the race in July") or a time ahead
("was scheduled for 4 June", "until March": a horizon, not a time told), or a development up to now ("has since ...").
The backdrop model weighs it (``t_old_date``, :mod:`summarizer.backdrop`).

:func:`weeks_back` reads the spans the anchor leaves undated, a week or weeks back with no day ("Last week the
mayor resigned", "two weeks ago", "ten days ago"): a past told in the writer's voice at such a time is an earlier
step of the story, however the channel followed it (``t_weeks_back``).
"""
from __future__ import annotations

import re
from datetime import date, datetime

from summarizer.anchor import anchor
from summarizer.aspect import ATTRIBUTED, PAST, PAST_PERFECT, aspect
from summarizer.chunks import RELATIVE_PIECE

# More than this many days back is old: half a month, so "earlier this month" (read as 15 days back) is not, as
# summarizer.pasttimes leaves the publication month unread; the last week is news (summarizer.anchor.RECENT_DAYS).
OLD_DAYS = 15

# A date after one of these is a horizon or an appointment, not the time of what is told ("scheduled for 4 June",
# "adjourned until March", "by September", "before 12 May").
_AHEAD = re.compile(r"\b(?:for|until|till|by|before|to|through)\s+(?:(?:early|late|mid-?|the)\s*)?"
                    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
                    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b", re.I)
_PLAN = re.compile(r"\b(?:scheduled|adjourned|postponed|set|due|expected|planned|planning|slated|hopes|intends)\b", re.I)
# Someone's word beyond the anchor's verbs of saying: an assertion, a report, a remark ("Enron asserted that ...",
# "X reportedly has ...", "Blair added he ..."): the date is what they refer to, the saying is the news.
_SAYING = re.compile(r"\b(?:reportedly|allegedly|added|adding|asserted|argued|insisted|maintained|contended|complained|warned)\b", re.I)

# A time inside an adverbial clause dates a side event the main clause is set against ("X was the first to reach the
# room after the guard raised the alarm on May 14th, 2012"): the clause, up to its comma, is not read.
SIDE_CLAUSE = re.compile(r"\b(?:after|before|when|while|since|until|as|following|because)\b[^,;]*", re.I)


def old_date(text: str, published: datetime | date | None) -> bool:
    """True when the latest time ``text`` names is more than :data:`OLD_DAYS` days before
    ``published``, in a sentence that reports no one, plans nothing and tells no development up to now."""
    if published is None:
        return False
    full, when = anchor(text, published), anchor(SIDE_CLAUSE.sub(" ", text), published)
    if any(w.days_before is None or w.days_before <= OLD_DAYS for w in (full, when)):
        return False  # no old time, one in the last week anywhere, or an old one only in a side clause
    if when.recent or when.reported or when.future or when.development:
        return False
    return not (full.reported or _AHEAD.search(text) or _PLAN.search(text) or _SAYING.search(text))


_NUMBER = r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|few|a few|\d+)"
# A span of a week or more back with no day in it; not a possessive ("last week's vote" names the event the main
# clause is set against) nor "last weekend" (one or two days back on a Monday), nor "earlier this month" (a day or
# four weeks back: it held back news_dev mj's "X was found guilty earlier this month", which the day's update tells).
_DAYS = r"(?:eight|nine|ten|eleven|twelve|\d\d) days"
_WEEKS = re.compile(r"\b(?:last week|the (?:previous|preceding) week|(?:" + _NUMBER +
                    r" (?:weeks?|fortnights?)|" + _DAYS + r") (?:ago|earlier|before))\b(?!['’]s|end)", re.I)


def weeks_back(text: str, published: datetime | date | None) -> bool:
    """True when the main clause of ``text`` (an article published at ``published``) tells a simple or past perfect
    past in the writer's voice (no verb of saying, no attribution or assertion, no plan) at a time a week or weeks
    back with no day ("last week", "two weeks ago", "ten days ago"), and names no time of the last days."""
    if published is None or aspect(text) not in (PAST, PAST_PERFECT) or ATTRIBUTED.search(text):
        return False
    own = RELATIVE_PIECE.sub(",", SIDE_CLAUSE.sub(" ", text))
    if not _WEEKS.search(own) or _SAYING.search(text) or _PLAN.search(text):
        return False
    when = anchor(own, published)
    return not (when.recent or when.reported or when.future or when.development)
