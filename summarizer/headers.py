"""Story headers: is a title a clean headline, and which member's title heads a story.

A header must read like a headline, so titles that have the shape of page furniture are
rejected: datelines and time stamps, captions and credits (a caption closes on its date), bylines, navigation strips
("Also: A | B | C"), shouting (capitals, an exclamation), fragments too short or too long, a quote, a first-person or pronoun opener, mojibake.
The rules are about the shape of furniture on any news page, never about a given story.
"""
from __future__ import annotations

import re

from summarizer.clean import is_furniture
from summarizer.entities import strip_dateline
from summarizer.text import english_share, words

_CLOCK = re.compile(r"\b\d{1,2}(?::\d{2}|(?:[.:]\d{2})?\s?(?:[ap]\.?m\.?|gmt|bst|utc|e[sd]t|et))(?!\w)", re.I)
_FURNITURE_OPENER = re.compile(
    r"^\W*(?:by|photo(?:graph)?s?|image|picture|video|watch|listen|updated|posted|published|click|sign up|"
    r"subscribe|advertisement|related|also|see also|read more|comments?|correction|transcript|live)\b",
    re.I,
)
# A quote, a first-person opener or a pronoun whose antecedent is in another sentence.
_PERSONAL_OPENER = re.compile(
    r"^(?:[\"“”'‘]|\W*(?:i|i'm|i've|we|we're|you|you're|my|our|he|she|they|it|it's|its|this|these|those|his|her|their)\b)",
    re.I)
_MOJIBAKE = re.compile(r"â€|Ã.|Â")  # text decoded with the wrong encoding
_DATE_OPENER = re.compile(
    r"^\W*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b)", re.I)
# A picture caption closes on when the picture was taken ("... at AllThingsD, May 2007."), and a press-review
# entry puts ", date" before the quotation it cites ("The Economist Editorial, US, August 2 \" The ..."): no headline.
_CAPTION_DATE = re.compile(
    r",\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d\W*$"
    r"|,\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\s*[\"“]", re.I)
_JUNK = re.compile(r"(?:\*\s*){2,}|\|.*\||https?://|www\.|@\w|\.{3}\s*$|…\s*$|[:;,]\s*$")


def is_clean_headline(title: str) -> bool:
    """True when ``title`` reads like a headline, not like a dateline, caption, byline or page strip."""
    title = title.strip()
    n = len(words(title))
    if not 4 <= n <= 30 or not 15 <= len(title) <= 200:
        return False
    if strip_dateline(title) != title or _CLOCK.search(title) or _JUNK.search(title) or _MOJIBAKE.search(title):
        return False
    if _CAPTION_DATE.search(title) or title.endswith("!"):  # a caption's date; an exclamation is a quip
        return False
    if _FURNITURE_OPENER.match(title) or _PERSONAL_OPENER.match(title) or _DATE_OPENER.match(title):
        return False
    letters = [c for c in title if c.isalpha()]
    if sum(c.isupper() for c in letters) > 0.5 * len(letters):
        return False
    return not is_furniture(title) and english_share(title) >= 0.7
