"""Where a sentence is page furniture, not news: agency prefixes, datelines, time stamps, and days
that date no event (captions, polls, stamps, timeline entries, asides, relative clauses).

No figure or day is read from furniture, even when cleaning left it in the sentence
("SEOUL, Dec 27 (Yonhap) --", "WASHINGTON (Reuters) -", "Dec 27, 2024 10:32 AM EST").
"""
from __future__ import annotations

import re
from functools import lru_cache

from summarizer.datelines import CLOCK, DAY, LEADING, WEEKDAY, dateline_end
from summarizer.spans import inside

# "Dec 27, 2024 10:32 AM EST", "Updated: Friday, June 26, 2009 10:02 AM", "Posted 5:30 p.m. ET",
# "At 09:32 am on 29 May 2009, reader wrote:"
_STAMP = re.compile(
    rf"(?:\b(?:last\s+)?(?:updated|published|posted|modified)\b\s*:?\s*(?:on\s+|at\s+)?"
    rf"(?:{WEEKDAY},?\s*)?(?:{DAY}|{CLOCK})(?:,?\s*(?:at\s+)?(?:{DAY}|{CLOCK}))?"
    rf"|(?:{WEEKDAY},?\s*)?{DAY},?\s*{CLOCK}"
    rf"|\b(?:at\s+)?{CLOCK}\s+on\s+(?:{WEEKDAY},?\s*)?{DAY})",  # a comment's stamp: "At 09:32 am on 29 May 2009"
    re.I,
)


@lru_cache(maxsize=50_000)
def furniture_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of ``text`` that are page furniture: a leading agency prefix or dateline, time stamps."""
    spans: list[tuple[int, int]] = []
    m = LEADING.match(text)
    end = max(m.end() if m else 0, dateline_end(text))
    if end:
        spans.append((0, end))
    spans.extend((s.start(), s.end()) for s in _STAMP.finditer(text))
    return tuple(spans)


def in_furniture(text: str, pos: int) -> bool:
    """True when offset ``pos`` of ``text`` lies in a dateline, agency prefix or time stamp."""
    return inside(pos, furniture_spans(text))


# A sentence whose days date a picture, a poll's fieldwork or a page, not an event.
_NOT_EVENT_SENTENCE = re.compile(
    r"\b(?:photo|photograph|picture|image|pictured|caption|credit|file photo|getty|poll|survey|fieldwork|"
    r"interviewed|margin of error|timeline|as of|live coverage|as it happened|your stories|wrote|comments?)\b",
    re.I,
)
# A planned event: a new day for it is a change of plan, not a contradiction.
PLANNED = re.compile(r"\b(?:will|would|shall|is to|are to|to be held|scheduled|rescheduled|postponed|delayed|moved|"
                     r"brought forward|due|expected|set for|set to|plans?|planned|planning|slated)\b", re.I)
_ON = re.compile(r"\bon\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:the\s+)?$", re.I)


def event_day(text: str, start: int) -> bool:
    """True when the day at ``start`` dates the main event: "... signed on June 19", not a dateline,
    caption, time stamp, poll, timeline entry, aside in brackets or relative clause."""
    if in_furniture(text, start) or _NOT_EVENT_SENTENCE.search(text) or not text[:start].strip():
        return False
    if not _ON.search(text[max(0, start - 30):start]) or text[:start].count("(") > text[:start].count(")"):
        return False
    segment = re.split(r"[,;]", text[:start])[-1]
    return not re.match(r"\s*(?:who|which|where|when|whose|whom)\b", segment, re.I)
