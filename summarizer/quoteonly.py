"""A line that is only a quotation and who said it: a reaction, not the news it reacts to.

"Roe: “It was hard from his answer to tell which road he meant to close first”", '"We are pleased," Mara
Lindqvist said.' A report quotes its people after telling, in its own words, what happened; a quotation given a
line of its own is that colour, and what it claims is either told around it or is one side's word. Of the sentences people labelled in
the twelve training episodes, those this test catches were 141 minor, 15 background, 13 stale and no news
(``benchmarks/quote_fit.py`` fits the two limits below leaving one episode out: every fold chose a share of 0.3, and
20 words in all but one). The seeds disagree once: a head of state's message quoted line by line is the news there
(two seed facts are such quotations), so :func:`summarizer.backdrop.hide` shows a story's most salient quotation
line and holds back the others (``QUOTE_LINES``; 0 lost both seed facts). A held-back line is counted as minor.
"""
from __future__ import annotations

import re

from summarizer.chunks import PRESENT, SAY_VERBS, is_verb
from summarizer.quotes import SAYING, quote_spans, unquoted

# Fitted by benchmarks/quote_fit.py (leave one episode out over the twelve training episodes): see its docstring.
QUOTE_SHARE = 0.3  # at least this share of the line's characters inside quotation marks
QUOTE_WORDS = 20  # at most this many words outside them
QUOTE_LINES = 1  # a story's digest shows this many such lines, its most salient (summarizer.backdrop.hide)
# What the text outside the quotation may hold: a speaker and a reporting verb, or a speaker and a colon.
_ATTRIBUTION = re.compile(rf"\b(?:{SAYING}|insists|warns|explains|declares|according to)\b|:")
_INTRODUCES = re.compile(r"(?::|\b(?:said|says|told \w+|added|adds|wrote|writes|insisted|warned|explained|declared)"
                         r",?)\s*$")
_SAYING_FORMS = frozenset("adding explaining insisting saying according speaking quoted".split())
_WORD = re.compile(r"[^\W_][\w'’-]*")


def quote_only(text: str, share: float = QUOTE_SHARE, most_words: int = QUOTE_WORDS) -> bool:
    """True when quotations make up at least ``share`` of ``text``'s characters, what is outside them is an
    attribution of at most ``most_words`` words (a reporting verb or a colon in it, no other verb), and the first
    quotation opens the line or follows its speaker's colon or reporting verb."""
    spans = quote_spans(text)
    if not spans or not text:
        return False
    if sum(end - start for start, end in spans) < share * len(text):
        return False
    outside = unquoted(text)
    outside_words = _WORD.findall(outside)
    if len(outside_words) > most_words or not _ATTRIBUTION.search(outside):
        return False
    # Outside the quotation the speaker only speaks: a verb of its own there tells something ("… was arrested on
    # Monday, police said, adding: '…'").
    if any(_acts(w.lower()) for w in outside_words):
        return False
    # The quotation is the clause, not part of one ("There had 'previously been allegations …', she said"):
    # nothing but its speaker and a colon or a reporting verb before it.
    before = text[:spans[0][0]]
    return not _WORD.search(before) or bool(_INTRODUCES.search(before))


def _acts(word: str) -> bool:
    return word not in SAY_VERBS and word not in _SAYING_FORMS and (is_verb(word) or word in PRESENT)
