"""Whether a sentence can stand alone as a digest line, and which of two tellings of one fact
stands alone better (complete, self-contained, of headline-ish length, carrying its facts)."""
from __future__ import annotations

import re

from summarizer.clean import is_furniture
from summarizer.memory import features
from summarizer.scripts import latin_length
from summarizer.sentences import is_heading
from summarizer.text import content_words, english_share


def eligible(text: str, is_title: bool, min_words: int) -> bool:
    """Can this sentence stand alone as a digest line?"""
    if is_title or is_heading(text) or latin_length(text) < 25:  # a CJK character counts as 3 letters
        return False
    if english_share(text) < 0.7:  # garbled or foreign text
        return False
    if is_furniture(text):
        return False
    return len(content_words(text)) >= min_words or bool(features(text).quantities)


_OPENER = re.compile(r"^(?:he|she|they|it|this|that|these|those|his|her|their|its|but|and|yet|so|however|also)\b",
                     re.I)
_COMPLETE = re.compile(r"^[A-Z0-9].*[.!?][\"'’”)]?$", re.S)


def cleanliness(text: str) -> float:
    """How well a sentence stands alone as a line: complete, self-contained, of headline-ish length,
    and carrying its facts. Used to pick which telling of a fact several outlets report is shown."""
    score = 2.0 if _COMPLETE.match(text.strip()) else 0.0
    score += 0.0 if _OPENER.match(text.strip()) else 1.0
    n = len(text)
    score -= 0.0 if 50 <= n <= 220 else min(1.5, abs(n - (50 if n < 50 else 220)) / 80)
    f = features(text)
    return score + 0.5 * min(2, len(f.quantities) + len(f.days))


def cleaner(text: str, than: str) -> bool:
    """True when ``text`` is clearly the better telling of the same fact (ties keep the first)."""
    return cleanliness(text) > cleanliness(than) + 0.25
