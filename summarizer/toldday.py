"""A told day: an event of the last days told as a narrative past, on a day the audience read the story past.

:mod:`summarizer.anchor` reads the times a sentence names ("on Sunday", "last Wednesday", "yesterday") into
``days_before``. A day digest reads each article once; an article of Monday that tells in its own voice what happened
"on Sunday" ("On Sunday, Kim appeared on the balcony to declare ...", "Searches were carried out last Wednesday")
retells an event the channel most likely had in an earlier digest, in other words (the novelty test sees the paraphrase
as new). :func:`told_day` reads that: the main clause is a simple past in the writer's voice (no verb of saying, no
attribution: a statement about an earlier day is the news of the day it is made) that brings no fact the audience was
not told (a new figure, "on Friday the toll rose to 110,000", is the news of the day told late), its own time (a side
clause's, "... after a warrant was issued on Friday", a day's possessive, "Tuesday's earthquake", or a span with no day,
"earlier this month", is not read; "over the weekend" or "last week" is read as its latest day, the Sunday before
publication) lies one day to half a month before publication, and one of the nearest sentences the
audience knows (:attr:`summarizer.novelty.Verdict.latest`) comes from an article published on that day or later: the
channel read the story past that day. A story the channel meets first, or has not heard of since before the event, keeps
the line ("A rebellion in the House killed the rescue plan yesterday" is news to a channel whose last article of the
story is of the day before). The backdrop model weighs it (``t_told_day``, :mod:`summarizer.backdrop`).
"""
from __future__ import annotations

import re
from datetime import date, datetime

from summarizer.anchor import anchor
from summarizer.aspect import ATTRIBUTED, PAST, aspect
from summarizer.novelty import Verdict
from summarizer.olddates import OLD_DAYS, SIDE_CLAUSE

_DAY_OF = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s\b")  # "Tuesday's earthquake": a name of it
_VAGUE = re.compile(r"\bearlier this (?:week|month|year)\b", re.I)  # no day the audience can have read past
# A past weekend or week ("over the weekend", "last week"): the anchor reads no day; its latest day is the last Sunday.
_LAST_WEEK = re.compile(r"\b(?:(?:over|at|during|on) the weekend|last (?:week|weekend))\b", re.I)


def _week_days(text: str, pub: date) -> int | None:
    """Days from the Sunday before ``pub`` back to it when ``text`` tells of a past weekend or week ("over the weekend"
    on a weekday, "last week"), the latest day that time can be; None otherwise."""
    found = _LAST_WEEK.search(text)
    if found is None or (pub.weekday() >= 5 and "weekend" in found.group().lower()):
        return None  # "over the weekend" on a Saturday or Sunday: this weekend
    return pub.weekday() + 1


def told_day(text: str, published: datetime | date | None, verdict: Verdict | None) -> bool:
    """True when ``text`` (an article published at ``published``) tells a simple past in the writer's voice, no new fact
    (``verdict.new_facts``), dated one day to :data:`summarizer.olddates.OLD_DAYS` days before publication, when one of
    its nearest known sentences (``verdict.latest``) comes from an article published on that day or later (no
    ``verdict``: nothing known)."""
    if (published is None or verdict is None or not verdict.latest or verdict.new_facts or aspect(text) != PAST
            or ATTRIBUTED.search(text)):
        return False
    own = _VAGUE.sub(" ", _DAY_OF.sub(" ", SIDE_CLAUSE.sub(" ", text)))
    when = anchor(own, published)
    pub = published.date() if isinstance(published, datetime) else published
    days = when.days_before if when.days_before is not None else _week_days(own, pub)
    if days is None or not 1 <= days <= OLD_DAYS or when.future or when.reported:
        return False
    return verdict.latest >= pub.toordinal() - days
