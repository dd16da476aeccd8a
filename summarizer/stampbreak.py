"""A time stamp glued inside a line is a seam: the page's head before it, the body after it.

Pages flattened to text often give "Headline Standfirst Thursday 10 March 2005 13.55 GMT The lead ..." on
one line. Taking the stamp out alone glues the headline to the lead: the line reads as one long sentence, too
long to be a headline-length digest line, with the headline's words in front of the news. A stamp with a
weekday, a date, a year and a clock time is never part of a sentence, so the line is cut there: the head and
the body each go on as a line of their own (a headline without a full stop is then a heading, not an item).
"""
from __future__ import annotations

import re

# Page furniture that news sites glue into the text: "Page last updated at 09:41 GMT, Tuesday,
# 12 May 2015 10:41 UK", "3 June 2014 Last updated at 16:05 GMT", "Help".
UPDATED_STAMP = re.compile(
    r"(?:\b\d{1,2} [A-Z][a-z]+ \d{4} )?(?:Page )?(?:last )?updated(?: at)? \d{1,2}:\d{2}(?: GMT| ET| EST| UTC)?"
    r"(?:,? (?:[A-Z][a-z]+day,? )?\d{1,2} [A-Z][a-z]+ \d{4})?(?: \d{1,2}:\d{2} UK)?(?: Help\b)?\s*",
    re.I,
)
# A timestamp glued into the text: "Monday 28 February 2005 00.53 GMT", "Friday 4 March 2005 03.27 GMT", also
# "Thursday, December 18, 2008; 11:33 AM" and a print edition's page: "Monday, March 9, 2009; Page A01".
TIMESTAMP = re.compile(
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? (?:\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2},) \d{4}"
    r"(?:[,;]? \d{1,2}[.:]\d{2}(?: ?(?:GMT|BST|UTC|CET|CEST|EST|EDT|ET|[AaPp]\.?[Mm]\.?))?|; Page [A-Z]?\d{1,3}\b)\s*"
)


def break_at_stamps(line: str) -> list[str]:
    """``line`` cut where a time stamp is glued after some text, those stamps taken out: the non-empty parts, in
    order. A stamp opening a line is left to the line's own cleaning (a stamp line is dropped whole), and an
    "updated" stamp cuts only when it names the page ("Page last updated at ..."), not "figures updated at 10:48".

    "US to quit base Thursday 10 March 2005 13.55 GMT Troops will leave ..." gives ["US to quit base",
    "Troops will leave ..."]; a line without a glued stamp is returned alone, unchanged."""
    low = line.lower()
    if "day" not in low and "updated" not in low:  # cheap test first: most lines hold neither
        return [line]
    cuts: list[tuple[int, int]] = []
    for stamp in (UPDATED_STAMP, TIMESTAMP):  # the longer stamp first: it may hold a weekday's
        for m in stamp.finditer(line):
            glued = any(ch.isalnum() for ch in line[:m.start()])
            named = stamp is TIMESTAMP or re.match(r"(?:.* )?(?:page|last) ", m.group(0), re.I) is not None
            if glued and named and not any(a < m.end() and m.start() < b for a, b in cuts):
                cuts.append((m.start(), m.end()))
    if not cuts:
        return [line]
    parts, at = [], 0
    for a, b in sorted(cuts):
        parts.append(line[at:a])
        at = b
    parts.append(line[at:])
    return [p.strip() for p in parts if any(ch.isalnum() for ch in p)]
