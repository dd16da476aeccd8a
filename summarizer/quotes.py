"""Quotations inside a sentence: their spans, so that no edit ever touches a quoted word.

Curly, straight and tokenised (`like this') quotation marks are paired; an unclosed quotation
runs to the end of the sentence, and a sentence that opens inside a quotation (its closing
mark comes first: '..., " said Kim') is quoted up to that mark.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

# A straight quote that closes a quotation opened in an earlier sentence: '..., " said Kim'.
_LEADING_CLOSER = re.compile(r"[,.!?]\s?\"(?=\s+(?:said|says|added|adds|told|he|she|they|according)\b)")


_QUOTE_CHAR = re.compile("[“\"`‘]")
_CLOSE = {"“": "”", '"': '"', "`": "'", "‘": "’"}


@lru_cache(maxsize=20_000)
def quote_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of quotations (curly, straight, `tokenised' and unclosed ones run to the end)."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    closer = _LEADING_CLOSER.search(text)
    if closer and '"' not in text[:closer.start()]:  # the sentence opens inside a quotation
        spans.append((0, closer.end()))
        i = closer.end()
    while True:
        m = _QUOTE_CHAR.search(text, i)
        if not m:
            break
        start, close = m.start(), _CLOSE[m.group(0)]
        if m.group(0) == "‘" and start > 0 and text[start - 1].isalpha():
            i = start + 1
            continue
        j = start + 1
        while True:
            j = text.find(close, j)
            if j < 0 or close not in "'’" or j + 1 == n or not text[j + 1].isalpha():
                break
            j += 1  # an apostrophe ("it's"), not the closing mark
        end = n if j < 0 else j + 1
        spans.append((start, end))
        i = end
    return tuple(spans)


def protected_spans(text: str, facts: Iterable[str] = ()) -> list[tuple[int, int]]:
    """Quotations and every occurrence of a protected fact."""
    spans = list(quote_spans(text))
    for f in facts:
        if f:
            spans.extend((m.start(), m.end()) for m in re.finditer(re.escape(f), text))
    return spans


def unquoted(text: str) -> str:
    """The text outside quotations."""
    out, last = [], 0
    for s, e in quote_spans(text):
        out.append(text[last:s])
        last = e
    out.append(text[last:])
    return " ".join(out)
