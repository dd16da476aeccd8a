"""A chronology's item printed as prose: a bare year, then a subject and its verb in the present (:mod:`summarizer.clean`).

A page's timeline or fact box, flattened to text, gives one line per year: "1976 Jo Roe designs the first
machine.", "2004: Roe is diagnosed with cancer.", "1997 Ann Poe, the chief executive, resigns after a loss.". Such a
line tells what happened years before the article, in the historic present a chronology uses: furniture for a
digest, never a line of its own (its words still tell what the article is about). An item is

* a year (1900-2099) or a calendar day ("17 August", "August 17", "8 February 2010") opening the sentence, bare or
  followed by a colon or a dash;
* then a subject that opens with a capital (a name, "The ...", with an aside between commas allowed);
* then its finite verb in the present ("designs", "is", "has"; an adverb may stand before it, "reportedly meets") or,
  after a colon or dash, any finite form.

A live page's clock time looks like a year ("1813 The minister says ...", :func:`summarizer.pagemarks.strip_live_clock`
keeps it when no zone follows), but its entry reports what someone says now: a verb of saying or reporting after
the subject makes the line news, not a chronology. "2009 was a year of ..." (the year as subject) and "1968 melody"
(a year before a noun) are prose. Nothing here is about a given site or story.
"""
from __future__ import annotations

import re

from summarizer.gluewords import DETERMINERS, FUNCTION
from summarizer.lexicon import MONTH_NAMES, REPORT, SAY_WORDS

MAX_SUBJECT = 8  # tokens of the subject before its verb (an aside between commas not counted)
MAX_ASIDE = 14  # tokens of such an aside
_YEAR = re.compile(r"^(?:19|20)\d\d(?P<mark>\s*[:\-–—])?\s+(?P<rest>\S.*)$")
# A calendar day instead of a year: "17 August", "August 17", "8 February 2010", "October 24, 2001".
_DAY = re.compile(rf"^(?:\d{{1,2}}\s+(?:{MONTH_NAMES})|(?:{MONTH_NAMES})\s+\d{{1,2}})(?:,?\s+(?:19|20)\d\d)?"
                  r"(?P<mark>\s*[:\-–—])?\s+(?P<rest>\S.*)$")
_PRESENT_AUX = frozenset("is are has have".split())
_PAST = frozenset("was were had".split())
# Verbs of a report: the entry of a live page under its clock ("1901 The minister says ...", "... writes in his blog").
_REPORTING = SAY_WORDS | frozenset(REPORT) | frozenset("writes quotes emails adds confirms reports announces".split())
_IN_NAMES = frozenset("the of and de du la von van a an".split())  # lower-case words inside a name ("Bank of America")
_EDGES = ",;:'\"’”“()"
# Words that may follow a verb in the present but not a noun that ends in "s" ("news agency", "sales figures").
_AFTER_VERB = FUNCTION | frozenset("off aside up down out away back half whether".split())


def _verb_at(tokens: list[str]) -> int:
    """The index of the first lower-case word after a capitalised subject that opens ``tokens`` (skipping an
    aside set off by commas), or -1 when the subject does not open with a capital or runs too long."""
    if not tokens or not tokens[0][:1].isupper():
        return -1
    k = 0
    while k < min(len(tokens), MAX_SUBJECT):
        token = tokens[k]
        word = token.strip(_EDGES)
        if not (word[:1].isupper() or word[:1].isdigit() or k and word.lower() in _IN_NAMES):
            return k
        if token.endswith(","):  # an aside: the subject goes on after its closing comma
            close = next((j for j in range(k + 1, min(len(tokens), k + MAX_ASIDE)) if tokens[j].endswith(",")), 0)
            if not close:
                return -1
            k = close
        k += 1
    return -1


def timeline_item(sentence: str) -> bool:
    """``sentence`` is a chronology's item: a bare year, a capitalised subject, a present verb (see the module)."""
    match = _YEAR.match(sentence.strip()) or _DAY.match(sentence.strip())
    if match is None:
        return False
    tokens = match.group("rest").split()
    k = _verb_at(tokens)
    if 0 < k < len(tokens) - 1 and tokens[k].endswith("ly") and tokens[k].isalpha():
        k += 1  # "Roe reportedly meets ...": an adverb before the verb
    if k <= 0 or k >= len(tokens):
        return False
    verb = tokens[k].strip(_EDGES)
    if not verb.isalpha() or not verb.islower() or verb in _REPORTING:
        return False
    if verb in _PRESENT_AUX:
        return True
    if match.group("mark") and (verb in _PAST or verb.endswith("ed")):
        return True  # "2003: Roe diagnosed with cancer", "1989: The cause was found"
    if k and tokens[k - 1].lower() in DETERMINERS or not verb.endswith("s") or verb.endswith(("ss", "us", "is", "ous")):
        return False  # "The authorities": a plural noun after its determiner
    after = tokens[k + 1].strip(_EDGES) if k + 1 < len(tokens) else ""
    return len(verb) > 3 and (not after.isalpha() or not after.islower() or after in _AFTER_VERB
                              or after.endswith(("ed", "ly", "ing")))  # "news agency quotes": a noun before a noun
