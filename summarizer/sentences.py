"""Sentence splitting (offline, blingfire) and the tokenizer object sumy is given.

Text is split on line breaks first, so a headline or sub-heading without a full stop is
never glued to the sentence after it; each line is then split with blingfire, and a
headline or caption glued into a sentence is cut off (:mod:`summarizer.glue`). A
"heading" is a line-initial fragment with no terminal punctuation: it is kept for story
grouping but never becomes a digest item on its own.
"""
from __future__ import annotations

import ctypes
import re
import threading
from dataclasses import dataclass
from functools import lru_cache

import blingfire

from summarizer.articlescope import current
from summarizer.caches import SENTENCES
from summarizer.clean import not_a_line
from summarizer.glue import split_glued
from summarizer.models import Article, Sentence
from summarizer.latin import language_of, register
from summarizer.paraquotes import MAX_QUOTED_PARAGRAPHS, OPENS_AT_END, closed_by_speaker, leaves_open, move_closers
from summarizer.placecontext import register as register_places
from summarizer.quotes import opens_inside
from summarizer.text import content_terms, words

# Full stops of other scripts count too: 。！？ (CJK), । ॥ (Bengali danda), ؟ (Arabic), U+037E (Greek "?").
_TERMINAL = re.compile(
    r"(?:[.!?…。！？｡।॥؟\u037e][\"'”’»)\]」』）]*|[\"”’»」』])(?:\s*(?:â€\S?|\ufffd))*\s*$")  # mojibake too
_DANDA = re.compile(r"(?<=[।॥])\s+")  # blingfire does not split Bengali sentences
_CJK_CLOSERS = "」』）"  # blingfire cuts 「…。」 after the 。: the closing bracket goes back to its sentence
MAX_SENTENCE_CHARS = 2000


_BUFFERS = threading.local()  # blingfire's output buffer, one per thread, reused


def text_to_sentences(text: str) -> str:
    """``blingfire.text_to_sentences(text)`` (sentences one per line), into a reused output buffer: the library
    makes a buffer of a new ctypes type for each input length (some 40 microseconds a line)."""
    data = text.encode("utf-8")
    size = len(data) * 2  # the capacity the library's own wrapper gives (a longer output is refused alike)
    buf = getattr(_BUFFERS, "buf", None)
    if buf is None or len(buf) < size:
        buf = _BUFFERS.buf = ctypes.create_string_buffer(max(size, 1 << 16))
    n = blingfire.blingfire.TextToSentences(ctypes.c_char_p(data), ctypes.c_int(len(data)), ctypes.byref(buf),
                                            ctypes.c_int(size))
    if n == -1 or n > size:
        return ""
    return ctypes.string_at(buf, n).split(b"\0", 1)[0].decode("utf-8")  # up to its terminating NUL


def split_line(line: str) -> list[str]:
    """Split one line of text into sentences."""
    return [text for text, _ in _split_line(line)]


def _split_line(line: str) -> list[tuple[str, bool]]:
    """The sentences of one line, each with whether it is a fragment cut off before a glued sentence (a headline,
    caption or label: a heading whatever its last mark, "Death was ` not suspicious'")."""
    line = line.strip()
    if not line:
        return []
    parts = text_to_sentences(line).split("\n")
    if "।" in line or "॥" in line:
        parts = [p for part in parts for p in _DANDA.split(part)]
    if any(c in line for c in _CJK_CLOSERS):
        parts = _rejoin_closers(parts)
    if "“" in line and "”" in line:
        parts = _quote_each(parts)
    out: list[tuple[str, bool]] = []
    for k, part in enumerate(parts):
        part = part.strip()
        if not part:
            continue
        # A very long run-on "sentence" (lists, tables, hostile input) is cut at clause marks.
        while len(part) > MAX_SENTENCE_CHARS:
            cut = max(part.rfind("; ", 0, MAX_SENTENCE_CHARS), part.rfind(", ", 0, MAX_SENTENCE_CHARS))
            if cut < MAX_SENTENCE_CHARS // 4:
                cut = part.rfind(" ", 0, MAX_SENTENCE_CHARS)
            if cut <= 0:  # no space at all: a hard cut at the cap
                cut = MAX_SENTENCE_CHARS - 1
            out.append((part[:cut + 1].strip(), False))
            part = part[cut + 1:].strip()
        if part:
            pieces = split_glued(part, lead=k == 0)  # a headline or caption glued to the sentence after it
            out.extend((piece, n < len(pieces) - 1) for n, piece in enumerate(pieces))
    return out


def _quote_each(parts: list[str]) -> list[str]:
    """Each sentence of a quotation that runs over several gets its own marks: '“We stay. We fight,” he said.' gives
    '“We stay.”' and '“We fight,” he said.', so no sentence opens or ends inside a quotation it does not show (a
    quoted sentence then reads as quoted, and one that no one in it says is not a line). Only a run the page closes
    as a quotation ends (a stop or comma before the closing mark, no other mark before it) is marked so: a stray or
    misturned mark leaves the sentences as they are."""
    out = [part.strip() for part in parts]
    i = 0
    while i < len(out):
        part = out[i]
        if not (part.count("“") > part.count("”") and part[-1:] in ".!?"):
            i += 1
            continue
        j = i + 1
        while j < len(out) and not any(c in out[j] for c in "“”\""):
            j += 1  # the middle sentences of the quotation
        close = out[j].find("”") if j < len(out) else -1
        if close > 0 and "“" not in out[j][:close] and out[j][:close].rstrip()[-1:] in ",.!?…" and out[j][:1] not in "“\"'‘":
            out[i] += "”"
            out[i + 1:j] = [f"“{middle}”" for middle in out[i + 1:j]]
            out[j] = "“" + out[j]
        i = j
    return out


def _rejoin_closers(parts: list[str]) -> list[str]:
    out: list[str] = []
    for part in parts:
        closers = len(part) - len(part.lstrip(_CJK_CLOSERS))
        if out and closers:
            out[-1] += part[:closers]
            part = part[closers:].strip()
        if part:
            out.append(part)
    return out


def split_text(text: str) -> list[str]:
    """Split multi-line text into sentences, never joining across line breaks."""
    return [text for text, _ in _split_text(text)]


def _split_text(text: str) -> list[tuple[str, bool]]:
    """:func:`split_text` with whether each sentence is a fragment cut off before a glued one (:func:`_split_line`)."""
    if '"' not in text:
        return [pair for line in text.split("\n") for pair in _split_line(line)]
    lines = [_split_line(line) for line in text.split("\n")]
    move_closers(lines)
    _quote_paragraphs(lines)
    return [pair for line in lines for pair in line]


def _quote_paragraphs(lines: list[list[tuple[str, bool]]]) -> None:
    """Mark the sentences of a quotation over paragraphs as quoted, in place. Either a paragraph ends by opening a
    straight quotation ('... in rhetoric. "'), up to six paragraphs with no quotation mark follow and then a paragraph
    that opens inside the quotation and says who spoke ('It has become my home, " he said.'); or a paragraph's last
    mark leaves a quotation open (:func:`~summarizer.paraquotes.leaves_open`: '" We will go. We stay.') and the next
    paragraphs go on with it, each opening with a mark, up to one that closes it and says who spoke
    (:func:`~summarizer.paraquotes.closed_by_speaker`). The paragraphs between and the sentences after the opening
    one are the speaker's words: each gets curly marks, as :func:`_quote_each` marks a quotation within a paragraph,
    so none is shown as the outlet's own report. Anything else (a middle paragraph with a mark or a heading, no
    attribution after) leaves the sentences as they are."""
    inside = False  # a straight quotation is open at the start of the paragraph (the lead's form)
    for i, line in enumerate(lines):
        joined = " ".join(s for s, _ in line)
        marks = joined.count('"')
        at_end = bool(OPENS_AT_END.search(joined))
        opened = marks % 2 == 1 and (not inside if at_end else leaves_open(joined))
        inside = inside != (marks % 2 == 1)
        if not opened:
            continue
        j = i + 1
        while j < len(lines) and j - i <= MAX_QUOTED_PARAGRAPHS and not any(_has_mark(s) for s, _ in lines[j]):
            j += 1
        middle = [k for k in range(i + 1, j) if lines[k]]
        if j >= len(lines) or not lines[j]:
            continue
        # '" We stay.' after '" We go.', then '" We win, " she said.': the quotation goes on to who spoke
        after = [" ".join(s for s, _ in later) for later in lines[j:j + 2 * MAX_QUOTED_PARAGRAPHS] if later]
        goes_on = not middle and closed_by_speaker(after)
        # A quotation opened before a word ('" We go.') and closed after paragraphs with no mark is left as it is: read
        # on the shared pages it was right, but it moved the pairs' lead-story ratchet (bad first lines 8 -> 10).
        if not (goes_on or at_end and opens_inside(lines[j][0][0])):
            continue
        last = max(n for n, (s, _) in enumerate(line) if '"' in s)
        tail = range(last + 1, len(line))
        if any(cut or is_heading(s) for k in middle for s, cut in lines[k]) or any(line[n][1] for n in tail):
            continue
        for k in middle:
            lines[k] = [(f"“{s}”", cut) for s, cut in lines[k]]
        line[last + 1:] = [(f"“{s}”", cut) for s, cut in line[last + 1:]]


def _has_mark(sentence: str) -> bool:
    return any(c in sentence for c in "\"“”")


@lru_cache(maxsize=SENTENCES)
def is_heading(sentence: str) -> bool:
    """True for a fragment without terminal punctuation (headline, sub-heading, caption; cached: vectors,
    ranking and condensing ask about the same sentences)."""
    return not _TERMINAL.search(sentence)


def article_sentences(article: Article) -> tuple[Sentence, ...]:
    """The sentences of an article, title first when the title is not already the first line (cached).

    ``position`` counts body sentences only: the first clean body sentence is 0 whatever
    sits above it (a title, headings, a caption), so the lead bonus rewards the lead. A
    title, heading or furniture sentence shares the position of the body sentence after it.
    Sentences of an article in a Latin-script language other than English are registered in
    that language (:func:`summarizer.latin.register`), so their terms are read in it; the places their
    unplaced figures inherit are registered too (:func:`summarizer.placecontext.register`).
    """
    out = _sentences(article)  # positions read before the article registers, as when they were read with the split
    article_texts(article)
    return out


def article_texts(article: Article) -> tuple[tuple[str, bool], ...]:
    """(text, is a title) of each sentence of :func:`article_sentences`, registered as it registers them, without
    positions: reading positions tests every sentence as a digest line (:func:`~summarizer.clean.not_a_line`), which
    only a digest needs; an ingest (story vectors, line keys, stored analyses) reads texts alone (cached)."""
    out = _texts(article)
    scope = current()
    if scope.last is out:
        return out  # registered last in this analysis: registering again changes nothing (the engine asks often)
    register([article.title] + [text for text, _ in out], article_language(article.text))
    register_places([text for text, _ in out])  # unplaced figures take their neighbours' place (placecontext)
    scope.last = out
    return out


@lru_cache(maxsize=4096)
def article_language(text: str) -> str:
    """The language code of an article's text (:func:`summarizer.language.detect_language`, cached)."""
    from summarizer.language import detect_language

    return detect_language(text)


@lru_cache(maxsize=4096)
def _texts(article: Article) -> tuple[tuple[str, bool], ...]:
    out: list[tuple[str, bool]] = []
    body = _split_text(article.text)
    title = article.title.strip()
    in_text = any(line.strip() == title for line in article.text.split("\n", 8)[:8])
    if title and not in_text and not (body and body[0][0].startswith(title[: min(len(title), 60)])):
        out.extend((t, True) for t in split_line(title))
    lines: list[str] = []  # body sentences so far that are no heading: the first that is a line has position 0
    for s, cut_off in body:
        # A title line that is a full sentence (a standfirst, or a one-line article) is content; a headline cut off
        # before the lead is a title even when it ends with a closing quotation mark.
        heading = cut_off or is_heading(s)
        # a heading above the lead (no line before it) that the title goes on from was cut off a glued headline
        # block: a title too (the lines before it are tested only then)
        titled = bool(title) and heading and (s == title or title.startswith(s + " ") and all(map(not_a_line, lines)))
        out.append((s, cut_off or titled))
        if not heading:
            lines.append(s)
    return tuple(out)


@lru_cache(maxsize=4096)
def _sentences(article: Article) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    position = 0
    for s, is_title in _texts(article):
        out.append(Sentence(s, article.id, position, is_title=is_title))
        if not is_title and not is_heading(s) and not not_a_line(s):
            position += 1
    return tuple(out)


@dataclass(frozen=True)
class OfflineTokenizer:
    """The tokenizer sumy's parsers call: ``to_sentences`` / ``to_words``, no NLTK data."""

    language: str = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        """Sentences of a paragraph."""
        return tuple(split_text(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        """Word tokens of a sentence; for another Latin-script language its terms (stems in that
        language, stop words out), which the English stemmer sumy is given then maps consistently."""
        if language_of(sentence) != "en":
            return tuple(content_terms(sentence))
        return tuple(words(sentence))
