"""Live-page labels at a line's start: "Update: ...", "[Update: ...", "UPDATE 2-...", "6.30pm UPDATE ...".

A blog or a live page marks what it added later with a label before the added text ("Update: The company has
since confirmed ...", "(UPDATE: The agency says ...)", "Update 2: ...", "UPDATE 1-Acme says ...", a wire's
headline with its version). The label is page furniture: it tells when the page changed, not what happened. The
text after it stays when there is any, without the label and without the bracket that the label opened; a line
that is only the label ("Update:", "UPDATE II", "10.00am UPDATE", "Updated par:") is furniture whole, and so is an
editor's note on the page itself ("Update: corrected the spelling of ...", "(Updated with a reply - see below.").

A label is the word "update" or "updated" opening the line (after a bullet, an opening bracket or a clock time),
with an optional number, then a colon, a dash, or a stamp then a colon ("Updated Saturday 9.30am: ..."). Without
a colon or a dash only the upper-case label is one ("UPDATE The minister ..."): "Updated guidelines were issued"
is a sentence. A section's label in capitals glued before a line's first sentence ("HEROES Jo Roe: ...", "THE DAILY
PLANET The council said ...") goes the same way when one of its words is a common English word of five letters or
more; an acronym ("NATO officials said") is a name and stays. Nothing here is about a given page or story.
"""
from __future__ import annotations

import re

from summarizer.zipf import zipf_en

# The label: a bullet or an opening bracket, a clock time, the word, a number ("Update 2", "UPDATE II").
_LABEL = re.compile(
    r"^[\s*•·]*(?P<open>[(\[]\s*)?(?:\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s+)?(?P<word>UPDATED?|Updated?)\b"
    r"(?:\s+(?:\d{1,2}|[IVX]{1,4})\b)?")
# What follows the label before the text: a colon (after a short stamp with a digit: "Saturday 9.30am (as marked
# below)"), a dash glued to the text ("UPDATE 1-Acme"), or a spaced dash.
_SEPARATOR = re.compile(r"\s*:\s*|\s+(?=[^:.!?]{0,50}\d)(?:[^:.!?]|\.(?=\d)){1,50}:\s*|-(?=\S)|\s+[-–—]\s+")
_ONLY_LABEL = re.compile(r"\s*(?:[a-z]{1,12}\s*)?[:)\]]?\s*")  # "Update:", "Update 1", "UPDATE II", "Updated par:"
_CAPS_NEXT = re.compile(r"\s+(?=[\"“‘]?[A-Z][a-z])")  # "UPDATE The minister ...": the upper-case label then a word
# An editor's note on the page itself: "corrected the spelling of ...", "added a link ...", "with a reply from ...".
_EDIT_NOTE = re.compile(r"(?:corrected|correcting|corrects|correction|added|adds|adding|amended|changed|fixed|removed|"
                        r"clarified|edited|updated|includes|to include|to add|to correct|to reflect|with)\b", re.I)
_CLOSER = {"(": ")", "[": "]"}


def strip_live_label(line: str) -> str:
    """``line`` without a live page's update label at its start; "" when the line is only the label or an editor's
    note on the page ("Update: The agency says ..." gives "The agency says ...", "(Update: corrected a name.)" "")."""
    m = _LABEL.match(line)
    if m is None:
        return line
    after = line[m.end():]
    if _ONLY_LABEL.fullmatch(after):
        return ""
    sep = _SEPARATOR.match(after)
    if sep is None and m.group("word").isupper():
        sep = _CAPS_NEXT.match(after)
    if sep is None:  # "(Updated with a reply from ... - see below.": a bracketed editor's note
        return "" if m.group("open") and _EDIT_NOTE.match(after.strip()) else line
    rest = after[sep.end():].strip()
    opener = (m.group("open") or "").strip()
    if opener and rest.endswith(_CLOSER[opener]) and _CLOSER[opener] not in rest[:-1]:
        rest = rest[:-1].rstrip()
    if not rest or _EDIT_NOTE.match(rest):
        return ""
    return rest[0].upper() + rest[1:] if rest[0].islower() else rest


# A section's or a column's label in capitals glued to a line's start: "HEROES Jo Roe: Clear-headed ...", "THE DAILY
# PLANET Sketch writer Pat Lee on ...". An acronym ("KPMG", "US", "NATO") is a name: one word of the run must be a
# common English word of five letters or more.
_CAPS_RUN = re.compile(r"^((?:[A-Z][A-Z'’-]*[A-Z]\s+){1,6})(?=[A-Z][a-z])")
MIN_CAPS_WORD = 5  # "NATO", "AIDS", "OPEC" are acronyms that are also words (Zipf 4 and more)
COMMON_ZIPF = 4.0  # wordfreq's Zipf frequency of a common word ("heroes" 4.1, "guardian" 4.5; "kpmg" 2.9)
MIN_REST_WORDS = 4


def strip_caps_label(line: str) -> str:
    """``line`` without a run of capitalised common words glued before its first sentence ("HEROES Jo Roe: ..." gives
    "Jo Roe: ..."); an acronym or a name in capitals stays ("NATO Officials said ...")."""
    m = _CAPS_RUN.match(line)
    if m is None or len(line[m.end():].split()) < MIN_REST_WORDS:
        return line
    if not any(len(w) >= MIN_CAPS_WORD and zipf_en(w.lower().replace("’", "'")) >= COMMON_ZIPF for w in m.group(1).split()):
        return line
    return line[m.end():]
