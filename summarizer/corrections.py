"""Correction and clarification notices: a paper's own note on what one of its articles said wrongly.

Papers append such notes to the article ("This article was amended on 3 May to correct the name of
the minister. This has been corrected.") or print them in a corrections column ("The following
correction was printed in ... We said - quite incorrectly - that the bank ..."). A notice tells
what a page once said, not what happened, so its sentences are furniture, never digest lines. They
are recognised by their form, the paper speaking of its own article in the first person plural or of
"this article", and never inside a quotation (a minister's "we wrongly said" is news).
"""
from __future__ import annotations

import re

from summarizer.quotes import quote_spans

_PIECE = r"(?:article|story|report|piece|item|feature|interview|profile|obituary|column|editorial|leader|review|blog|post)"
_SAID = r"(?:said|stated|reported|wrote|described|called|referred|gave|named|quoted|misquoted|misnamed|misspelled|misspelt|" \
        r"misidentified|misstated|suggested|implied)"
_WRONGLY = r"(?:wrongly|incorrectly|mistakenly|erroneously|inaccurately|in error)"
NOTICE = re.compile(
    rf"\b(?:an? |the )?(?:earlier|original|previous|first|print) versions? of this {_PIECE}"
    rf"|\b(?:this|the) (?:{_PIECE}|headline|caption|picture caption|subheading|standfirst)(?: of this {_PIECE})? "
    rf"(?:has been|was|has now been) (?:corrected|amended|updated to correct|changed to correct|edited to correct)"
    rf"|\bcorrection appended\b|^this (?:has|had) (?:now )?been (?:corrected|amended|changed|rectified)"
    rf"|\bthe following (?:correction|clarification|apology) (?:was|has been) (?:printed|published|made)"
    rf"|\bcorrections and clarifications (?:column|page)"
    rf"|\bwe\b[^.;]{{0,30}}\b{_WRONGLY}\b[^.;]{{0,20}}\b{_SAID}\b|\bwe {_SAID}\b[ ,–—-]{{1,4}}(?:quite |wrongly |)?{_WRONGLY}"
    rf"|\bin (?:the|an?|our) {_PIECE} (?:above|below)\b[^.]{{0,80}}\bwe {_SAID}\b"
    rf"|^the original (?:{_PIECE} |version |headline )?{_SAID}\b", re.I)


def is_correction(sentence: str) -> bool:
    """True for a sentence of a correction or clarification notice (see the module docstring)."""
    m = NOTICE.search(sentence)
    if m is None:
        return False
    return not any(a <= m.start() < b for a, b in quote_spans(sentence))
