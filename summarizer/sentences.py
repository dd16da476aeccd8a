"""Sentence splitting (offline, blingfire) and the tokenizer object sumy is given.

Text is split on line breaks first, so a headline or sub-heading without a full stop is
never glued to the sentence after it; each line is then split with blingfire, and a
headline or caption glued into a sentence is cut off (:mod:`summarizer.glue`). A
"heading" is a line-initial fragment with no terminal punctuation: it is kept for story
grouping but never becomes a digest item on its own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import blingfire

from summarizer.clean import not_a_line
from summarizer.glue import split_glued
from summarizer.models import Article, Sentence
from summarizer.latin import language_of, register
from summarizer.placecontext import register as register_places
from summarizer.text import content_terms, words

# Full stops of other scripts count too: 。！？ (CJK), । ॥ (Bengali danda), ؟ (Arabic), U+037E (Greek "?").
_TERMINAL = re.compile(
    r"(?:[.!?…。！？｡।॥؟\u037e][\"'”’»)\]」』）]*|[\"”’»」』])(?:\s*(?:â€\S?|\ufffd))*\s*$")  # mojibake too
_DANDA = re.compile(r"(?<=[।॥])\s+")  # blingfire does not split Bengali sentences
_CJK_CLOSERS = "」』）"  # blingfire cuts 「…。」 after the 。: the closing bracket goes back to its sentence
MAX_SENTENCE_CHARS = 2000


def split_line(line: str) -> list[str]:
    """Split one line of text into sentences."""
    line = line.strip()
    if not line:
        return []
    parts = blingfire.text_to_sentences(line).split("\n")
    if "।" in line or "॥" in line:
        parts = [p for part in parts for p in _DANDA.split(part)]
    if any(c in line for c in _CJK_CLOSERS):
        parts = _rejoin_closers(parts)
    out: list[str] = []
    for part in parts:
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
            out.append(part[:cut + 1].strip())
            part = part[cut + 1:].strip()
        if part:
            out.extend(split_glued(part))  # a headline or caption glued to the sentence after it
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
    out: list[str] = []
    for line in text.split("\n"):
        out.extend(split_line(line))
    return out


def is_heading(sentence: str) -> bool:
    """True for a fragment without terminal punctuation (headline, sub-heading, caption)."""
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
    out = _sentences(article)
    register([article.title] + [s.text for s in out], article_language(article.text))
    register_places([s.text for s in out])  # unplaced figures take their neighbours' place (summarizer.placecontext)
    return out


@lru_cache(maxsize=4096)
def article_language(text: str) -> str:
    """The language code of an article's text (:func:`summarizer.language.detect_language`, cached)."""
    from summarizer.language import detect_language

    return detect_language(text)


@lru_cache(maxsize=4096)
def _sentences(article: Article) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    body = split_text(article.text)
    title = article.title.strip()
    in_text = any(line.strip() == title for line in article.text.split("\n", 8)[:8])
    if title and not in_text and not (body and body[0].startswith(title[: min(len(title), 60)])):
        out.extend(Sentence(t, article.id, 0, is_title=True) for t in split_line(title))
    position = 0
    for s in body:
        # A title line that is a full sentence (a standfirst, or a one-line article) is content.
        out.append(Sentence(s, article.id, position, is_title=bool(title) and s == title and is_heading(s)))
        if not is_heading(s) and not not_a_line(s):
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
