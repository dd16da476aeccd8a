"""Quotations inside a sentence: their spans, so that no edit ever touches a quoted word, and their marks
balanced as curly pairs (:func:`balance_quotes`).

Curly, straight and tokenised (`like this') quotation marks are paired; an unclosed quotation
runs to the end of the sentence, and a sentence that opens inside a quotation (its closing
mark comes first: '..., " said Kim') is quoted up to that mark.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from summarizer.lexicon import QUOTE_VERBS, alternation

SAYING = f"(?:{alternation(QUOTE_VERBS)})"
# After a straight mark that closes a quotation opened in an earlier sentence: who said it ('..., " said Kim',
# '..., " Kim, 19, said in an interview', '..., " the manager told reporters', '..., " according to X').
ATTRIBUTION_AFTER = re.compile(
    rf"\s*,?\s+(?:{SAYING}\b|according to\b|(?:he|she|they|we|I|(?:the|a|an|his|her|its|their)\s[\w'’ -]{{2,50}}?"
    rf"|[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){{0,3}}(?:\s[a-z]+){{0,2}}(?:\s[A-Z][\w.'’-]*){{0,3}}"  # 'Taliban spokesman Zabihullah Mujahid told'
    # a lower-case subject of up to four words ('one pharmacist', 'health officials', 'another 20 of them')
    rf"|[a-z0-9][\w'’-]*(?:\s[\w'’-]+){{0,3}})(?:,\s[^,\"“”]{{1,40}},)?\s+{SAYING}\b)")
_SAYING_NEXT = re.compile(rf"\s*{SAYING}\b")  # a verb of saying right after a mark: '..., " said Kim'
# A mark after a reporting verb and its comma opens the quotation ('The mayor said, " police told us ...').
_SAYING_BEFORE = re.compile(rf"\b{SAYING},\s?$")


def opens_inside(text: str) -> int:
    """The end of the closing mark when ``text`` opens inside a quotation begun in an earlier sentence
    ('We are going to court, " Kim, 19, said.'), else 0: the first straight mark follows a clause's last
    punctuation and is followed by who said it."""
    i = text.find('"')
    if i < 1 or any(q in text[:i] for q in "“”‘`"):
        return 0
    if re.match(r"\s?[,;:]\s+\w", text[i + 1:]):  # an opening mark is followed by a word ('Harlem ", which ...')
        return i + 1
    if not re.search(r"[,.!?]\s?$", text[:i]):
        return 0
    if _SAYING_BEFORE.search(text, 0, i) and not _SAYING_NEXT.match(text, i + 1):
        return 0  # 'what China says, " said Kim': a verb of saying right after the mark makes it a closing one
    return i + 1 if ATTRIBUTION_AFTER.match(text, i + 1) else 0


_QUOTE_CHAR = re.compile("[“\"`‘]")
_CLOSE = {"“": "”", '"': '"', "`": "'", "‘": "’"}


@lru_cache(maxsize=20_000)
def quote_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of quotations (curly, straight, `tokenised' and unclosed ones run to the end)."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    closer = opens_inside(text)
    if closer:  # the sentence opens inside a quotation
        spans.append((0, closer))
        i = closer
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
            spans.extend(occurrences(f, text))
    return spans


def bracket_pairs(text: str) -> list[tuple[int, int]]:
    """The (open, close) offsets of each matched pair of round or square brackets in ``text``."""
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if ch in "([":
            stack.append((ch, i))
        elif ch in ")]" and stack and stack[-1][0] == "(["[")]".index(ch)]:
            pairs.append((stack.pop()[1], i))
    return pairs


def crossing(start: int, end: int, pairs: list[tuple[int, int]]) -> bool:
    """True when the span ``start``..``end`` holds one bracket of a pair but not the other: deleting it would leave
    "24 December) via ..." of "After the removal (Report, 24 December) via ..."."""
    return any((start <= a < end) != (start <= b < end) for a, b in pairs)


def occurrences(needle: str, text: str) -> list[tuple[int, int]]:
    """The (start, end) of every occurrence of ``needle`` in ``text``, left to right and not overlapping (what
    ``re.finditer(re.escape(needle), text)`` finds, without compiling a pattern per fact)."""
    out: list[tuple[int, int]] = []
    i = text.find(needle) if needle else -1
    while i >= 0:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + len(needle))
    return out


def unquoted(text: str) -> str:
    """The text outside quotations."""
    out, last = [], 0
    for s, e in quote_spans(text):
        out.append(text[last:s])
        last = e
    out.append(text[last:])
    return " ".join(out)


# A sentence that opens inside a quotation and ends on the mark opening the next one: 'Will he go? " asked Kim. "'.
_SHIFTED_PAIR = re.compile(r'^[^"]{8,}[?!,.]\s*"\s+(?:asked|said|says|added|adds|told|tells|wrote|writes)\b[^"]*"\s*$')


# A closing mark spaced off the mark before it, as a tokeniser or a repaired page leaves it: 'gains, ” he said'.
_SPACED_CLOSE = re.compile(r"([,.!?;:…])\s+”")


def close_curly(text: str) -> str:
    """A curly quotation that runs on into the next sentence closed at the line's end ('said: “We will go.' ->
    'said: “We will go.”'), one that began in the sentence before opened at its start; a closing mark spaced off
    the mark before it is joined to it ('go, ”' -> 'go,”')."""
    if " ”" in text:
        text = _SPACED_CLOSE.sub(r"\1”", text)
    opened, closed = text.count("“"), text.count("”")
    if opened == closed + 1 and text.rfind("“") > text.rfind("”"):
        end = re.search(r"â€\W*$", text)  # a closing mark's mojibake that lost its last byte: 'Dilma.â€.'
        return text[:end.start()] + "”" if end else text.rstrip() + "”"
    if closed == opened + 1 and text.find("”") < (text.find("“") if opened else len(text)) and text.find("”") > 10:
        return "“" + text.lstrip()
    return text


def balance_quotes(text: str) -> str:
    """Straight and tokenised quotation marks as curly pairs ('" It is, "' -> '“It is,”'), an opening mark for
    a sentence that opens inside a quotation, a closing one for a quotation that runs on to the next sentence.
    Only marks and the spaces and commas at them change: never a quoted word."""
    if '"' not in text:
        return close_curly(text)
    if opens_inside(text) > 10:  # it opens inside a quotation begun in the sentence before
        text = '"' + text
    elif text.count('"') == 2 and _SHIFTED_PAIR.match(text):
        text = '"' + text.rstrip()[:-1].rstrip()  # 'Will he go? " asked Kim. "': the last mark opens the next sentence
    if text.count('"') % 2 > 0 and text.count('"') > 1 and re.match(r'\s*"', text) and re.search(r'[\w)\]]\s*"[\s.!?]*$', text):
        text = text.lstrip()[1:].lstrip()  # a quotation closes the line, so the mark opening it closed an earlier one
    elif text.count('"') % 2 and re.search(r'\s"[\s.,;:!?]*$', text):  # a mark left over from the next sentence's quotation
        text = re.sub(r'\s*"([\s.,;:!?]*)$', r"\1", text)
        if '"' not in text:
            return text
    parts = text.split('"')
    if len(parts) % 2 == 0:  # an odd number of marks: the last quotation runs to the end of the line
        end = re.search(r"(?<![!?])[.…]*$", parts[-1])  # a question or an exclamation is the quotation's own: “Why?”
        tail = parts[-1][:end.start()] if end else parts[-1]
        parts[-1] = tail
        parts.append(end.group(0) if end else "")
    out = parts[0]
    for i in range(1, len(parts), 2):
        quoted = parts[i].strip()
        out = out.rstrip() + (" " if out.strip() and not out.rstrip().endswith(("(", "[")) else "") + "“" + quoted + "”"
        rest = parts[i + 1]
        out += rest if re.match(r"[\s,.;:!?)\]]|$", rest) else " " + rest
    return re.sub(r"\s+([,.;:!?])", r"\1", out)
