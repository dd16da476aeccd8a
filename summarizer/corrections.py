"""Correction and clarification notices: a paper's own note on what one of its articles said wrongly.

Papers append such notes to the article ("This article was amended on 3 May to correct the name of
the minister. This has been corrected.", or naming it by its headline: "Acme: the boss quits was amended on
3 May because it said ...") or print them in a corrections column ("The following
correction was printed in ... We said - quite incorrectly - that the bank ..."). A notice tells
what a page once said, not what happened, so its sentences are furniture, never digest lines; so is a note on the
article's own making ("This article was expanded on 25 January after the full interview was made available"). They
are recognised by their form, the paper speaking of its own article in the first person plural or of
"this article", and never inside a quotation (a minister's "we wrongly said" is news). A notice is a block:
what follows its opening ("In fact the minister said ...", "It should have been 1960.") is part of it, so
:func:`notice_start` finds where a note appended to an article opens among its last :data:`TAIL_LINES`
lines, followed only by short lines or other notice sentences: from there to the end the page is the note. (A notice printed above the article it corrects is
followed by the article itself, so there only the notice's own sentences are furniture.) Inside a page, the
line right after a notice sentence that sets the record straight ("In fact the minister said ...") belongs to
the notice too (:func:`notice_lines`). A page made of notices and print citations ("(page 40, September 18)") is a
corrections column: all of it is furniture (:func:`is_column`).
"""
from __future__ import annotations

import re

from summarizer.foldcase import Cue
from summarizer.lexicon import MONTH_NAMES
from summarizer.quotes import quote_spans

_STRAIGHT = re.compile(r"^(?:In fact|In reality|Actually|The correct (?:figure|name|date|title) (?:is|was))\b")
TAIL_LINES = 3  # a note appended to an article opens among its last lines
FOLLOW_ON_WORDS = 12  # the lines after it are this short ("It is Monday, not Tuesday."), or notices themselves

_PIECE = r"(?:article|story|report|piece|item|feature|interview|profile|obituary|column|editorial|leader|review|blog|post)"
_SAID = r"(?:said|stated|reported|wrote|described|called|referred|gave|named|quoted|misquoted|misnamed|misspelled|misspelt|" \
        r"misidentified|misstated|suggested|implied)"
_NAMED = r"(?:described|gave|named|called|misquoted|misnamed|misspelled|misspelt|misidentified|misstated)"  # never "said"
_WRONGLY = r"(?:wrongly|incorrectly|mistakenly|erroneously|inaccurately|in error)"
NOTICE = re.compile(
    rf"\b(?:an? |the )?(?:earlier|original|previous|first|print) versions? of this {_PIECE}"
    rf"|\b(?:this|the) (?:{_PIECE}|headline|caption|picture caption|subheading|standfirst)(?: of this {_PIECE})? "
    rf"(?:has been|was|has now been) (?:corrected|amended|updated to correct|changed to correct|edited to correct)"
    rf"|\bcorrection appended\b|^this (?:has|had) (?:now )?been (?:corrected|amended|changed|rectified|deleted as incorrect)"
    rf"|\b(?:owing|due) to an? (?:editing|subbing|subediting) error\b|\bnot [^.;]{{1,40}} as we had it\b"
    rf"|^in (?:early|earlier|some|first) editions,? we {_SAID}\b|^later editions corrected\b"
    rf"|\bthe following (?:correction|clarification|apology) (?:(?:was|has been) (?:printed|published|made)|appeared)"
    rf"|\bcorrections and clarifications (?:column|page)"
    rf"|\bwe\b[^.;]{{0,30}}\b{_WRONGLY}\b[^.;]{{0,20}}\b{_SAID}\b|\bwe {_SAID}\b[ ,–—-]{{1,4}}(?:quite |wrongly |)?{_WRONGLY}"
    rf"|\bin (?:the|an?|our) {_PIECE} (?:above|below)\b[^.]{{0,80}}\bwe {_SAID}\b"
    rf"|^the original (?:{_PIECE} |version |headline )?{_SAID}\b"
    rf"|\b{_WRONGLY},? we {_SAID}\b|\bwe were wrong to (?:say|suggest|state|report|describe|call|imply|claim)\b"
    rf"|\bas we {_SAID} in (?:an?|the|our|yesterday's|last week's) {_PIECE}\b"
    rf"|^(?:an? |the )?(?:earlier|original|previous|print) versions? (?:of this {_PIECE} )?(?:referred to|mis(?:quoted|named|spelled|spelt|identified|stated)|{_WRONGLY})\b"
    rf"|^this {_PIECE} (?:was|has been) (?:first |originally )?(?:published|updated|expanded|extended|shortened|edited|changed|revised) (?:on|at|in)\b"
    rf"|\b(?:amended|corrected) on\b[^.;]{{0,40}}\bbecause (?:it|the {_PIECE}) (?:had )?(?:{_WRONGLY} \w+|{_NAMED})\b", re.I)
# Read on the lowercased text, and only when it holds a word every alternative of NOTICE needs (of _WRONGLY:
# "wrong", "correct", "mistaken", "erroneous", "inaccurate", "in error"): a try at every character costs ~0.1 ms.
_NOTICE = Cue(NOTICE, needs=("version", "correct", "amended", "been changed", "rectified", "following clarification",
                             "following apology", "wrong", "mistaken", "erroneous", "inaccurate", "in error", "above", "below",
                             "the original ", "as we", " error", "editions",
                             *(f"this {piece} " for piece in _PIECE[3:-1].split("|"))))  # common words alone gate little
PAGE_CITE = re.compile(rf"\bpages? \d{{1,3}}(?:, [A-Z][\w ]{{0,20}})?, (?:[A-Z][a-z]+day,? )?(?:{MONTH_NAMES}) \d{{1,2}}\b"
                       rf"|\b\d{{1,2}} (?:{MONTH_NAMES}),? pages? \d{{1,3}}\b")  # "(War wounds, 1 March, page 18, G2)"
COLUMN_LINES = 3  # a page with this many notice or page-citing lines ...
COLUMN_SHARE = 0.4  # ... making up this share of its lines is a corrections column: every line of it is furniture


def is_correction(sentence: str) -> bool:
    """True for a sentence of a correction or clarification notice (see the module docstring)."""
    m = _NOTICE.search(sentence)
    if m is None:
        return False
    return not any(a <= m.start() < b for a, b in quote_spans(sentence))


def notice_start(lines: list[str]) -> int:
    """The index of the line where a page's correction notice opens (see the module docstring); ``len(lines)``
    when there is none."""
    tail = range(max(1, len(lines) - TAIL_LINES), len(lines))
    return next((i for i in tail if _NOTICE.search(lines[i][:120]) and is_correction(lines[i]) and all(
        len(after.split()) <= FOLLOW_ON_WORDS or is_correction(after) for after in lines[i + 1:])), len(lines))


def is_column(lines: list[str]) -> bool:
    """True for a corrections column: a page of several notices ("In error we referred to ...", "X, not Y as we said in
    an article ...") and print citations ("(page 40, September 18)"), where even the lines restating facts are furniture."""
    marked = sum(bool(PAGE_CITE.search(line)) or is_correction(line) for line in lines)
    return marked >= COLUMN_LINES and marked >= COLUMN_SHARE * len(lines)


def notice_lines(lines: list[str]) -> list[bool]:
    """For each line, whether it sets the record straight right after a notice line ("In fact ...")."""
    return [i > 0 and bool(_STRAIGHT.match(line)) and is_correction(lines[i - 1]) for i, line in enumerate(lines)]
