"""Cleaning article text: page furniture, captions, credits, bylines and bare URLs out.

Works line by line on plain text (what HTML extraction, feeds and files give us), and
returns the metadata it found on the way (a publication date line, a ``date`` marker).
The rules are about page furniture common to news sites, never about a given story.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from summarizer.dates import parse_date_line

_NAV = re.compile(
    r"""^\s*(?:\d+\.\s*)?(?:
        skip\ to\ (?:content|main|more|navigation|search|footer)\b.* |
        recommended(?:\ stories|\ articles|\ for\ you)?\s*$ |
        (?:related|more|top|most\ read|trending)\ (?:stories|articles|news|content|topics)\s*$ |
        list\ of\ \d+\ items.*$ |
        end\ of\ list\s*$ |
        advertisement\s*(?:[-–—|:]\s*.{0,40})?$ | (?:share|share\ this(?:\ article)?|print|email|comments?)\s*$ |
        share\ (?:on|via)\ [\w.]+\s*$ | (?:image|media|video)\ caption\b.{0,200}$ |
        (?:read|see)\ (?:more|also)\b.{0,80}$ |
        sign\ up\b.{0,120}$ | subscribe\b.{0,120}$ | follow\ us\b.{0,120}$ |
        (?:image|photo(?:graph)?|picture|video|graphic|illustration)(?:\ credit)?s?\s*:.*$ |
        (?:copyright|©).{0,200}$ | all\ rights\ reserved.*$ |
        click\ here\b.{0,120}$ | listen\ to\ this\ article.*$ | \d+\ min(?:ute)?\ read\s*$
    )""",
    re.I | re.X,
)
# A caption with its credit glued on ("...UkraineImage: Agency/AP/picture alliance").
_GLUED_CREDIT = re.compile(r"\S(?:Image|Photo|Picture|Credit)s?:\s", re.I)
# A photo credit glued to the start of a line: "Photograph: Jane Doe/AP The death toll ..."
_LEAD_CREDIT = re.compile(
    r"^(?:Photograph|Photo|Image|Picture|Illustration)s?:\s*(?:[^/\s]+\s+){0,4}?[^/\s]*/\s*"
    r"(?:[\w.&-]+/)*(?:Getty Images|[A-Z][\w.&-]*)\s+(?=[A-Z\"“])"
)
# Page furniture that news sites glue into the text: "Page last updated at 13:13 GMT, Wednesday,
# 24 August 2011 14:13 UK", "9 November 2011 Last updated at 10:48 GMT", "Help".
_UPDATED_STAMP = re.compile(
    r"(?:\b\d{1,2} [A-Z][a-z]+ \d{4} )?(?:Page )?(?:last )?updated(?: at)? \d{1,2}:\d{2}(?: GMT| ET| EST| UTC)?"
    r"(?:,? (?:[A-Z][a-z]+day,? )?\d{1,2} [A-Z][a-z]+ \d{4})?(?: \d{1,2}:\d{2} UK)?(?: Help\b)?\s*",
    re.I,
)
# A timestamp glued into the text: "Monday 28 February 2005 00.53 GMT", "Friday 4 March 2005 03.27 GMT".
_TIMESTAMP = re.compile(
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? \d{1,2} [A-Z][a-z]+ \d{4},? \d{1,2}[.:]\d{2}"
    r"(?: ?(?:GMT|BST|UTC|CET|CEST|EST|EDT|ET|[AaPp]\.?[Mm]\.?))?\s*"
)
_BULLET = re.compile(r"^(?:[*•·▪‣◦-]|\\\*)\s+")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_BARE_URL_LINE = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.I)
# Agency sign-off lines such as "ess/lo (AFP, Reuters)" or "-- Reporting by X; Editing by Y".
# The initials are lower-case only, so "US/UK talks resumed ..." is not taken for one.
_SIGNOFF = re.compile(
    r"^\s*(?:(?-i:[a-z]{1,4}/[a-z]{1,4}(?:/[a-z]{1,4})?)\s*(?:\(.{0,80}\))?\s*|\(?(?:reporting|writing|editing) by\b.*)$", re.I
)
_BYLINE = re.compile(r"^\s*(?:[Bb]y|BY)\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s*(?:[,|].{0,80})?(?<![.!?\u201d\x22])$")
# A dateline/byline prefix: "By X, Editor CITY | Mon Mar 2, 2009 ... CITY (Reuters) - ".
_DATELINE = re.compile(
    r"^.{0,240}?\((?:Reuters|AP|AFP|IANS|CNN|UPI|Bloomberg|Xinhua|dpa|BBC|ANI|PTI|MENAFN)\)\s*(?:[-–—:]+\s*)?"
)
# "WASHINGTON | Tue Apr 28, 2009 6:32 pm EDT WASHINGTON (Reuters) - ": a wire dateline with its time stamp.
_WIRE_STAMP = re.compile(r"^[A-Z][A-Z .,'-]{1,40}\|[^|()]{5,60}\d{1,2}:\d{2}[^()]{0,40}\((?:Reuters|AP|AFP|UPI)\)")
# A newspaper dateline opening any line: "PARIS, Oct. 12 -- Governments around the world ...".
_PAPER_DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]{2,30}(?:, [A-Z][A-Za-z.]{1,20})?, (?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)"
    r"[a-z]*\.? \d{1,2}\s*(?:--|—|–)\s*")
# Control characters (terminal escapes), bidi overrides and zero-width characters: never part of a fact.
_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_MARKER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*")


@dataclass
class Cleaned:
    """Clean text (lines joined by newlines) and what cleaning learned about the article."""

    text: str
    published: datetime | None = None
    lines_dropped: int = 0


def strip_dateline(line: str, strict: bool = False) -> str:
    """Remove a leading byline/dateline such as ``WASHINGTON (Reuters) -``.

    ``strict`` (a line after the first): only a short prefix ending in a dash or colon,
    so a sentence that merely names an agency in brackets is left alone.
    """
    m = _DATELINE.match(line)
    if m and len(line) - m.end() > 40:
        if strict and (m.end() > 60 or not re.search(r"[-–—:]\s*$", m.group(0))):
            return line
        return line[m.end():]
    return line


def clean_text(raw: str) -> Cleaned:
    """Drop page furniture and return the article's clean lines and any date found."""
    published: datetime | None = None
    out: list[str] = []
    dropped = 0
    raw = _INVISIBLE.sub("", raw.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))
    for line in raw.split("\n"):
        line = line.replace("\u00a0", " ").replace("\\/", "/").strip()
        line = _BULLET.sub("", _LEAD_CREDIT.sub("", _UPDATED_STAMP.sub("", _TIMESTAMP.sub("", line)))).strip()
        if not line:
            continue
        m = _MARKER.match(line)
        if m:
            published = published or parse_date_line(m.group(1))
            line = line[m.end():].strip()
            if not line:
                continue
        if len(line) < 80:
            when = parse_date_line(line)
            if when is not None:
                published = published or when
                dropped += 1
                continue
        if _NAV.match(line) or _BARE_URL_LINE.match(line) or _SIGNOFF.match(line) or _BYLINE.match(line):
            dropped += 1
            continue
        if _GLUED_CREDIT.search(line):
            dropped += 1
            continue
        if len(out) < 3:  # the dateline opens the body, which may follow a headline and a standfirst
            line = strip_dateline(line, strict=bool(out))
        elif _WIRE_STAMP.match(line):  # a wire story pasted further down a page (live pages, round-ups)
            line = strip_dateline(line)
        line = _PAPER_DATELINE.sub("", line)
        line = _URL.sub("", line).strip()
        line = re.sub(r"\s{2,}", " ", line)
        if line:
            out.append(line)
    return Cleaned("\n".join(out), published, dropped)


_CONTACT = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
# Photo captions ("Barroso, left, and Trichet, center, arrive ...") and correction notices.
_CAPTION = re.compile(r",\s(?:left|right|center|centre|second left|second right|top|bottom),\s|\((?:L|R|C)\)")
_CORRECTION = re.compile(
    r"\b(?:an? |the )?earlier versions? of this (?:article|story|report)|\bthis (?:article|story) (?:has been|was) "
    r"(?:corrected|amended|updated)|\bcorrection appended\b", re.I)


def is_furniture(sentence: str) -> bool:
    """True for a sentence that is page furniture, not news: a contact line, a photo caption, a correction notice."""
    return bool(_CONTACT.search(sentence) or _CAPTION.search(sentence) or _CORRECTION.search(sentence))
