"""Datelines and agency prefixes: the one place their patterns live.

A dateline opens a news text with where (and often when and from which agency) it was
filed: "SEOUL, Dec 27 (Yonhap) --", "WASHINGTON (Reuters) -", "Seoul, Dec 27 (IANS)",
"PARIS, Oct. 12 --", "LONDON -", "Kyiv, Ukraine CNN —", or a wire page's clock-stamped
strip "LOWMERE | Thu Mar 12, 2015 7:05 am EDT LOWMERE -". Cleaning strips them
(:mod:`summarizer.clean`, :func:`strip_dateline`), story vectors and headers ignore the upper-case
ones (:func:`strip_caps_dateline`), and no figure or day is read from one (:mod:`summarizer.stamps`). Shapes, never a list of
places; the agencies are a closed list of wire services.
"""
from __future__ import annotations

import re
from functools import lru_cache
from summarizer.caches import SENTENCES
from summarizer.lexicon import MONTH_WORD

DAY = rf"(?:{MONTH_WORD}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{MONTH_WORD}\.?(?:\s+\d{{4}})?)"
WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
CLOCK = r"\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\b)?"
PLACE = r"[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){0,3}"
AGENCIES = (r"(?:Reuters|AP|AFP|IANS|CNN|UPI|Bloomberg|Xinhua|dpa|DPA|BBC|ANI|PTI|MENAFN|Yonhap|Kyodo|TASS|Tass|"
            r"Interfax|RIA Novosti|Sputnik|IRNA|WAM|APP|UNI|AA|EFE|ANSA|KCNA|Bernama|AAP|PA|CP|SPA|NNA|KUNA)")
_SHORT_MONTH = r"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)"

# "SEOUL, Dec 27 (Yonhap) --", "WASHINGTON (Reuters) -", "Seoul, Dec 27 (IANS)", "PARIS, France --", "LONDON --".
LEADING = re.compile(
    rf"^\s*{PLACE}(?:,\s*{PLACE})?\s*(?:,\s*(?:{WEEKDAY},?\s*)?{DAY}\s*(?:\([A-Za-z][\w .&/'’-]{{0,30}}\))?"
    rf"|\([A-Za-z][\w .&/'’-]{{0,30}}\))\s*(?:--|—|–|-|:)?\s*"
    rf"|^\s*[A-Z]{{2,}}(?:[ -][A-Z]{{2,}})*(?:,\s*{PLACE})?\s*(?:--|—|–)\s*"
)
# An upper-case place, optional date and agency, then a dash or colon: "KABUL (Reuters) -", "LONDON -".
CAPS = re.compile(
    r"^\s*[A-Z][A-Z .,'/-]{1,40}?(?:,\s*[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^()]{1,40}\)\s*)?"
    r"(?:--|[-–—:])\s+"
)
# A wire agency prefix: "Seoul, Dec 27 (IANS) ", "NEW DELHI, Dec. 27, 2025 (PTI) - ".
AGENCY_PREFIX = re.compile(
    rf"^[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){{0,3}},? {_SHORT_MONTH}[a-z]*\.? "
    rf"\d{{1,2}}(?:,? \d{{4}})? \({AGENCIES}(?:[/,] ?{AGENCIES})*\)\s*(?:[-–—:]+\s*)?"
)
# A dateline with the agency but no brackets: "Kyiv, Ukraine CNN — ", "LONDON AP — ".
AGENCY_DASH = re.compile(rf"^(?:[A-Z][\w.'’-]*,?\s){{1,4}}{AGENCIES}\s*[—–]+\s*")
# Anything up to a bracketed agency: "By X, Editor CITY | Mon Mar 2, 2009 ... CITY (Reuters) - ".
UP_TO_AGENCY = re.compile(rf"^.{{0,240}}?\({AGENCIES}\)\s*(?:[-–—:]+\s*)?")
# "VELTRIA | Fri Jun 5, 2015 3:41 pm EDT VELTRIA (Reuters) - ": a wire dateline with its time stamp.
WIRE_STAMP = re.compile(r"^[A-Z][A-Z .,'-]{1,40}\|[^|()]{5,60}\d{1,2}:\d{2}[^()]{0,40}\((?:Reuters|AP|AFP|UPI)\)")
# The clock-stamped strip of a wire page, with the agency's own dateline after it:
# "LOWMERE | Thu Mar 12, 2015 7:05 am EDT LOWMERE - ", "WESTLAND, March 9 | Mon Mar 9, 2015 4:19 am GMT ",
# "LOWMERE/VELTRIA | Tue Sep 8, 2015 11:26 am EDT LOWMERE/VELTRIA (Reuters) - " (joint places; a scraped "\/" too).
CLOCK_STRIP = re.compile(
    r"^[A-Z][A-Z .'/\\-]{1,40}(?:, [A-Z][a-z]+\.? \d{1,2})?\s*\|\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,? "
    r"[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4},?\s+\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\b)?\s*"
    r"(?:[A-Z][A-Z .'/\\-]{1,40}\s*(?:\([A-Za-z]+\))?\s*(?:--|[-–—])\s*)?")
# A place with a clock time and a date, then a dash: "Lyon 10:15 a.m. EDT, May 3, 2011 - ", "KABUL, 09:40 GMT -".
CLOCK_DATELINE = re.compile(
    rf"^{PLACE},?\s+(?:{WEEKDAY},?\s+)?\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{{2,4}}\b)?,?\s*"
    rf"(?:(?:{WEEKDAY},?\s+)?{DAY},?\s*)?(?:--|—|–|-)\s+")
# A newspaper dateline opening any line: "PARIS, Oct. 12 -- Governments around the world ...".
PAPER = re.compile(
    rf"^[A-Z][A-Z .'-]{{2,30}}(?:, [A-Z][A-Za-z.]{{1,20}})?, {_SHORT_MONTH}[a-z]*\.? \d{{1,2}}\s*(?:--|—|–)\s*")


_DAY = re.compile(DAY)
_AGENCY = re.compile(rf"\({AGENCIES}\)")
# The dateline opening a report's body in the forms a wire or a paper writes it: an upper-case place ("WASHINGTON —",
# "KYIV, Ukraine --", "BEIJING –"), a place and its country ("Kyiv, Ukraine —"), or a place or a day with an agency in
# brackets and no dash ("Seoul (CNN)", "Dec 27 (IANS)", "LONDON, Dec 27 (Reuters Breakingviews) -"). A lone
# title-case word before a dash is not one ("WikiLeaks – Secrets and Lies, was fair").
_BODY_DATELINE = re.compile(
    rf"^(?:(?:[A-Z]{{2,}}[A-Z.'’-]*(?:[ -][A-Z][\w.'’-]*){{0,3}}(?:,\s*{PLACE})?|{PLACE},\s*{PLACE})(?:,\s*{DAY})?\s*"
    rf"(?:\([A-Za-z][\w .&/'’-]{{0,30}}\))?\s*(?:--|—|(?<=[A-Z] )–)\s+"
    rf"|(?:{PLACE}(?:,\s*{PLACE})?(?:,\s*{DAY})?|{DAY})\s*\({AGENCIES}(?:\s[A-Z]\w+)?\)\s*(?:--|[-–—:])?\s*)(?=[A-Z\"“])")


def strip_body_dateline(line: str) -> str:
    """``line`` without the dateline that opens a report's body (:data:`_BODY_DATELINE`), when a sentence of some
    length follows it."""
    m = _BODY_DATELINE.match(line) if ("—" in line or "-" in line or "–" in line or "(" in line) else None
    return line[m.end():] if m and len(line) - m.end() > 40 else line


# An upper-case place, an optional state or country, an agency in brackets and a dash: "NORTHBRIDGE, Ore. (AP) — ".
# Wherever it opens a line it is a wire dateline: a page's summary box or standfirst can put it past the third line.
CAPS_WIRE = re.compile(rf"^[A-Z][A-Z .,'/-]{{2,40}}(?:,\s*[A-Z][\w.]*\.?(?:\s[A-Z][\w.]*\.?)?)?\s*\({AGENCIES}\)\s*(?:--|[-–—:])\s+\S")


# An upper-case place, its region and a dash: "LOWMERE, Ruritania -- With her ...". A paper's dateline wherever it opens a
# line: a page may start a second story, or its body, past the third line.
CAPS_PAPER = re.compile(r"^[A-Z]{3,}[A-Z .'-]{0,27},\s[A-Z][A-Za-z.]{1,20}(?:\s[A-Z][A-Za-z.]{1,20})?\s(?:--|—)\s+(?=[A-Z\"“])")


@lru_cache(maxsize=SENTENCES)
def dateline_end(text: str) -> int:
    """Where a leading dateline or agency prefix of ``text`` ends (0: none). An upper-case word and a
    hyphen count only with three capitals and a sentence after them ("NATO - the alliance - met" is none)."""
    ends = [m.end() for rx in (CLOCK_STRIP, CLOCK_DATELINE, PAPER, AGENCY_PREFIX, AGENCY_DASH) if (m := rx.match(text))]
    m = LEADING.match(text)
    if m and (_DAY.search(m.group(0)) or _AGENCY.search(m.group(0))):  # "Seoul, Dec 27", "(Yonhap)": not "Apple (AAPL)"
        ends.append(m.end())
    m = CAPS.match(text)
    if m and sum(c.isupper() for c in m.group(0)) >= 3 and len(text) - m.end() > 20:
        ends.append(m.end())
    return max(ends, default=0)


def strip_dateline(line: str) -> str:
    """``line`` without a leading dateline, when a sentence of some length follows it."""
    end = dateline_end(line)
    return line[end:] if end and len(line) - end > 20 else line


# A paper's dateline after a headline run into it with no stop: "Mayor Urges Change After Flood LOWMERE, Ruritania,
# Sept. 25 -- The president warned ...": an upper-case place, its region, a day and a dash.
_GLUED_PAPER = re.compile(rf"\s(?=[A-Z]{{3,}}[A-Z .'-]{{0,27}},\s(?:[A-Z][A-Za-z.]{{1,20}},\s)?{_SHORT_MONTH}[a-z]*\.?\s\d{{1,2}}"
                          r"\s*(?:--|—|–)\s)")


def after_glued_head(line: str) -> str:
    """``line`` from the paper dateline on, when a headline with no stop of its own runs into it (else ``line``)."""
    m = _GLUED_PAPER.search(line, 0, 240) if "--" in line or "—" in line or "–" in line else None
    return line[m.end():] if m and not re.search(r"[.!?][\"”’]?\s", line[:m.end()]) else line


def strip_caps_dateline(line: str) -> str:
    """``line`` without a leading upper-case dateline ("KABUL (Reuters) -", "LONDON -") only: what story
    vectors and headers strip. The story join threshold was fitted on vectors stripped so; the full
    :func:`strip_dateline` (wire clock strips too) split h1n1 into 88 stories instead of 70."""
    m = CAPS.match(line)
    if m and sum(c.isupper() for c in m.group(0)) >= 3 and len(line) - m.end() > 20:
        return line[m.end():]
    return line


# What ends the text glued before a wire story's start: a byline and dateline ("By Jane Doe, Editor WASHINGTON,
# May 8 (Reuters) - ") or an upper-case place and date ("... change name ROME, April 29 (Reuters) - ").
_GLUED_WIRE = re.compile(r"(?:\bBy [A-Z][\w.'-]+ [A-Z][\w.'-]+,? .{0,60}|\s[A-Z]{2,}(?:[ -][A-Z]{2,})*(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?"
                         r"\s*)\(\w+\)\s*[-–—:]+\s*$")


def glued_wire(line: str) -> bool:
    """True when text is glued before a wire dateline in ``line``: story highlights or related headlines
    ("... Renews calls ROME, April 29 (Reuters) - "), or a byline ("By Jane Doe, Editor WASHINGTON (Reuters) -")."""
    m = UP_TO_AGENCY.match(line) if "(" in line else None
    return bool(m and len(line) - m.end() > 40 and _GLUED_WIRE.search(m.group(0)))


_GOES_ON = re.compile(r"\s*(?:[,;]|[a-z])")  # the sentence goes on after the bracket: no dateline
_SENTENCE_END = re.compile(r"[a-z\d][.!?][\"”’]?\s+[A-Z]")  # a sentence ends before the bracket


def strip_wire_dateline(line: str, strict: bool = False) -> str:
    """``line`` without a leading byline/dateline such as ``WASHINGTON (Reuters) -``.

    ``strict`` (a line after the first): only a short prefix ending in a dash or colon, or text
    glued before a wire dateline (:func:`glued_wire`), so a sentence that merely names an agency in
    brackets is left alone. Neither is one whose bracket the sentence goes on after ("... published by the
    Korean Central News Agency (KCNA), Kim said"), nor one with a sentence ending before the bracket,
    unless text is glued before a wire dateline.
    """
    m = UP_TO_AGENCY.match(line) if "(" in line else None
    if m and len(line) - m.end() > 40:
        if not glued_wire(line) and (_GOES_ON.match(line, m.end()) or _SENTENCE_END.search(m.group(0))):
            return line
        if strict and not glued_wire(line) and (m.end() > 60 or not re.search(r"[-–—:]\s*$", m.group(0))):
            return line
        return line[m.end():]
    return line


# A wire's version or genre tag before a headline: "(LEAD)", "(2nd LD)", "(URGENT)", "(News Focus)", "(ATTN: ...)",
# "[Update]", "[Herald Interview]", "UPDATE 2-", "EXCLUSIVE-", "FACTBOX:". It tells how the copy was filed, not news.
_TAG_WORDS = (r"LEAD|URGENT|\d+(?:st|nd|rd|th)\s+LD|(?:Yonhap|News|Herald)\s+(?:Focus|Interview|Feature|Analysis)|"
              r"ATTN:?[^)\]]{0,60}|CORRECTED|UPDATE\s*\d*|Update\s*\d*|EXCLUSIVE|Exclusive|BREAKING|Breaking|LIVE|Live|"
              r"FACTBOX|Factbox|EXPLAINER|Explainer|ANALYSIS|Analysis|WRAPUP\s*\d*|Photo|Video|Graphic|Interview|"
              r"Feature|Profile|Opinion|Editorial|EDITORIAL[^)\]]{0,40}")
WIRE_TAG = re.compile(rf"^\s*(?:(?:\((?:{_TAG_WORDS})\)|\[(?:{_TAG_WORDS})\])\s*)+"
                      r"|^\s*(?:UPDATE\s*\d+|EXCLUSIVE|CORRECTED|FACTBOX|ANALYSIS|EXPLAINER|WRAPUP\s*\d+|BREAKING|REFILE|RPT)"
                      r"\s*(?:-|:)\s*(?=\S)")


def strip_wire_tag(title: str) -> str:
    """``title`` without a wire's version or genre tags before it ("(LEAD) (2nd LD) X" -> "X"), when words follow."""
    m = WIRE_TAG.match(title) if title[:1] in "([ " or title[:1].isupper() else None
    return title[m.end():] if m and len(title) - m.end() >= 15 else title
