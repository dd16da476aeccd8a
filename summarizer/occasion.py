"""An opening frame that sets a sentence at an earlier time than the report: a recap, not the day's news.

"Earlier this month, the council opened an inquiry", "Until now, the minister has not been accused of ...", "At the
time, the firm denied ...", "Back in 2019, ...", "During his career, the lawyer sued ...", "Over the past two decades,
...": a sentence that opens on a frame of time pointing back from the report's moment, or on a span of the story's
past, retells what happened then or the state of things before the news. Whatever its verb (a statement as much as
an action), it is what a reader of the story was told before, or background.

Not such a frame: a frame of the article's last days ("Earlier today", "Earlier on Tuesday"), a sentence anchored in
them anywhere ("Until now ..., she said on Tuesday"), a bare "Earlier," (in a report, earlier the same day), "Until
then" (a plan), "Since then" (what happened up to now: the update itself as often as not), "Back in" a place, an
occasion named alone ("During the hearing, prosecutors said ...": the day's own hearing as often as an earlier one),
a frame ordered after an event ("Following the vote") and a frame anywhere but the opening. The time anchor
(:mod:`summarizer.anchor`) reads no day in these frames, so it calls them undated. The backdrop model
(:mod:`summarizer.backdrop`, ``f_occasion``) weighs the cue (fitted by ``benchmarks/backdrop.py``). Regular
expressions only.
"""
from __future__ import annotations

import re
from datetime import date, datetime

from summarizer.anchor import anchor
from summarizer.lexicon import MONTHS, alternation

# A frame of time pointing back from the report's moment, at the opening of the sentence: "Earlier this month",
# "Until now", "At the time", "Back in 1997". Not a bare "Earlier," (in a report, earlier the same day, the day's news
# as often as not), "Until then" (a plan: "Until then, he will remain in custody"), "Since then" (what happened up to
# now: "Since then, two more countries have confirmed cases" is the update) nor "Back in" a place.
_BACK = re.compile(r"^(?:Earlier (?:this|in the) (?:month|year)\b|Previously,|Until now\b|At (?:the|that) time,|Back then\b|"
                   r"Back in (?:(?:the )?(?:\d|['’]\d|(?:early|late|mid)\b|spring|summer|autumn|fall|winter)|the days?\b|"
                   + alternation(MONTHS) + "))")
# A frame of a span the story's past holds: "During his career,", "Throughout her tenure,", "During the past ten
# years,". Not an occasion named alone ("During the hearing,", "In the course of the vote,"): the day's own hearing
# or vote as often as an earlier one.
_SPAN = re.compile(
    r"^(?:During|In the course of|Throughout|Over) (?:the|his|her|their|its) (?:[\w'’-]+ ){0,3}?"
    r"(?:career|years|decades?|period|era|tenure|presidency|reign|childhood|youth|life|lifetime|boom|bubble|war|"
    r"(?:past|last|previous) (?:\w+ )?(?:years|decades))\b[^,.;:]{0,40},")


def occasion(text: str, published: datetime | date | None) -> bool:
    """True when ``text`` (an article published at ``published``) opens on a frame of time pointing back ("Earlier this
    month,", "Until now,", "At the time,") or on a span of the story's past ("During his career,", "Over the past two
    decades,"),
    and no day of the article's last days anchors it."""
    stripped = text.lstrip("\"“‘' ")
    back = _BACK.match(stripped)
    if back is not None:  # the frame's own words ("Until now", "Earlier this month") are no anchor of the last days
        return not anchor(stripped[back.end():], published).recent
    return _SPAN.match(stripped) is not None and not anchor(stripped, published).recent
