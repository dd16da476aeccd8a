"""Straight quotation marks read across paragraphs: which paragraph leaves a quotation open at its end
(:func:`leaves_open`) and a closing mark that a crawl put at the start of the next paragraph (:func:`move_closers`).

Crawled pages write straight marks with spaces ('he said, " We will go. "') and break paragraphs onto lines; a
quotation may run over paragraphs. A mark's role (opening or closing) is read from its place and from the page's
quotation parity: a mark after a clause's last punctuation closes, one before a word opens.
"""
from __future__ import annotations

import re

from summarizer.quotes import ATTRIBUTION_AFTER

OPENS_AT_END = re.compile(r'[.!?,:]\s?"\s*$')  # 'his refuge. "': a paragraph that ends by opening a quotation
_CLOSES_BEFORE = re.compile(r"[,.!?…;]\s?$")  # a mark after a clause's last punctuation closes a quotation
MAX_QUOTED_PARAGRAPHS = 6
_SPEAKER_GOES_ON = re.compile(r"\s*(?:I|[Ww]e|[Yy]ou)\b")  # '" I told you ...', '" You never said: "': no one named


def leaves_open(text: str) -> bool:
    """True when a paragraph leaves a straight quotation open at its end: an odd number of marks, the last of which
    opens ('... in rhetoric. "' at the end, or '" We will go.', 'She said: " We go. We stay.')."""
    count = text.count('"')
    if count % 2 == 0:
        return False
    if OPENS_AT_END.search(text):
        return True
    last = text.rfind('"')
    if not re.match(r'"\s?[\w‘(]', text[last:]):
        return False
    if last == 0:
        return not names_speaker(text)
    return not _CLOSES_BEFORE.search(text[:last])


def names_speaker(text: str) -> bool:
    """True when a paragraph opens with a straight mark followed by who said it, in the third person ('" he said.',
    '" Kim, a runner, said that ...'): that mark closes the quotation the paragraph before left open."""
    return text.startswith('"') and not _SPEAKER_GOES_ON.match(text, 1) and bool(ATTRIBUTION_AFTER.match(text, 1))


def closed_by_speaker(paragraphs: list[str]) -> bool:
    """True when ``paragraphs`` (those after one that left a quotation open) go on with the quotation by the
    convention of a quotation over paragraphs, each opening with a mark and leaving it open, up to one that closes it
    and says who spoke ('" We will win, " she said.'); up to six paragraphs."""
    for text in paragraphs[:MAX_QUOTED_PARAGRAPHS]:
        if not text.startswith('"'):
            return False
        if not leaves_open(text):
            close = text.find('"', 1)
            return close > 0 and bool(_CLOSES_BEFORE.search(text[:close])) and bool(ATTRIBUTION_AFTER.match(text, close + 1))
    return False


def move_closers(lines: list[list[tuple[str, bool]]]) -> None:
    """Move each closing mark that opens a paragraph (one that names the speaker after a paragraph that left a
    quotation open) to the end of the paragraph before, in place; ``lines`` holds each paragraph's sentences (text,
    flag): '" We will go.' and '" Kim, a runner, said: " It rained. "' give '" We will go. "' and 'Kim, a runner,
    said: " It rained. "'."""
    prev: list[tuple[str, bool]] = []  # the last paragraph with text
    for line in lines:
        if not line:
            continue
        first, flag = line[0]
        if prev and names_speaker(first) and leaves_open(" ".join(s for s, _ in prev)):
            prev[-1] = (prev[-1][0].rstrip() + ' "', prev[-1][1])
            line[0] = (first[1:].lstrip(), flag)
        prev = line
