"""Writer's style over an article's opening: how a column, review, sketch or feature reads, whatever its subject.

A report tells who did what and who says so; a columnist argues with the reader ("you", "we", a question asked
and answered), a critic judges a work in evaluative words, a sketch or a diary writes in short punchy sentences
that open with "But" or "And", and a listing or a review prints a time of broadcast, a price or a page count.
:func:`style` reads the share of the opening's sentences (outside quotation marks) carrying each of those cues;
:mod:`summarizer.articlekind` weighs them with its other cues (fitted, leaving one topic out). The evaluative
lexicon is small and general (a critic's or columnist's words in any subject), never a topic's words.
"""
from __future__ import annotations

import re
from typing import Sequence

# First person plural and second person: the writer talking with the reader (outside quotation marks).
_WE_YOU = re.compile(r"\b(?:[Ww]e|[Ww]e're|[Ww]e've|[Ww]e'd|us|[Oo]ur|[Yy]ou|[Yy]ou're|[Yy]ou've|[Yy]ou'd|[Yy]our)\b")
# A critic's or columnist's evaluative adjectives and adverbs (general English, no topic's words).
_EVALUATIVE = re.compile(
    r"\b(?:brilliant|wonderful|marvellous|superb|excellent|terrific|splendid|glorious|gorgeous|lovely|delightful|"
    r"charming|witty|hilarious|funniest|clever|elegant|elegantly|beautiful|beautifully|stunning|masterpiece|"
    r"masterful|gripping|compelling|fascinating|riveting|moving|poignant|dull|boring|tedious|bland|awful|dreadful|"
    r"terrible|woeful|dismal|mediocre|lame|silly|absurd|ridiculous|preposterous|laughable|grotesque|"
    r"pretentious|overblown|achingly|gloriously|wonderfully|utterly|frankly|surely|arguably|admittedly|"
    r"undoubtedly|sadly|alas|oddly|curiously|strangely|weirdly|bizarrely|mercifully|thankfully)\b", re.IGNORECASE)
_CONJ_OPEN = re.compile(r"^\W*(?:But|And|So|Yet|Still|Or|Well|Now|Of course|Never mind|Anyway)\b")
# A listing's or review's furniture: a broadcast time, a price, a page count, a channel.
_LISTING = re.compile(r"\b\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm)\b|[£$€]\s?\d+(?:\.\d\d)\b|\b\d{2,4}\s?pp\b|\bBBC ?\d\b")
SHORT_WORDS = 6  # a sentence of at most this many words: a columnist's or sketch writer's beat, not a report's


def style(own: Sequence[str], title: str) -> dict[str, float]:
    """Shares (0..1) of the sentences ``own`` (the opening's body sentences, quotations removed) carrying each style
    cue: the reader addressed (``k_we_you``), a question asked in the writer's own words (``k_ask``), a critic's
    evaluative word (``k_evaluative``), a short beat (``k_short``), an opening "But"/"And"/"So" (``k_conj``), and
    whether the title or the opening prints a listing's furniture (``k_listing``: a time, a price, a page count)."""
    n = len(own)
    if n == 0:
        return {}
    words = [len(re.findall(r"[A-Za-z]+", text)) for text in own]
    return {
        "k_we_you": sum(bool(_WE_YOU.search(text)) for text in own) / n,
        "k_ask": sum(text.rstrip().rstrip("\"”'’ ").endswith("?") for text in own) / n,
        "k_evaluative": sum(bool(_EVALUATIVE.search(text)) for text in own) / n,
        "k_short": sum(0 < w <= SHORT_WORDS for w in words) / n,
        "k_conj": sum(bool(_CONJ_OPEN.search(text)) for text in own) / n,
        "k_listing": float(bool(_LISTING.search(title)) or any(_LISTING.search(text) for text in own[:4])),
    }
