"""wordfreq's English Zipf frequency, read from a compact copy of its English list.

``wordfreq.zipf_frequency(word, "en")`` runs its argument through wordfreq's tokenizer first
(preprocessing, a language lookup, a Unicode regular expression: some 20-30 microseconds, a few
per cent of a bulk ingest, paid for each new word). A word of ASCII lower-case letters is its own
single token there, so its frequency is one lookup in wordfreq's English list, rounded as wordfreq
rounds it. Anything else is tokenized as wordfreq does and its tokens' frequencies combined as
wordfreq combines them. Either way the same value (checked against wordfreq over its whole English
list, made-up words and the shared corpora's words, ``tests/summarizer/test_zipf.py``).

The list is held as :class:`WordTable`, not as wordfreq's dictionary: wordfreq keeps 320,000 word
strings twice over (its decoded list and its dictionary: 33 MB resident), this table 4,096 byte strings (11 MB
resident once built).
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Iterable, Sequence

from wordfreq import available_languages, cB_to_freq, freq_to_zipf, read_cBpack, zipf_to_freq
from wordfreq.numbers import digit_freq, smash_numbers
from wordfreq.tokens import lossy_tokenize

_PLAIN = re.compile(r"[a-z]+")
_MINIMUM = zipf_to_freq(0.0)  # what wordfreq returns for a word it does not know (Zipf 0)
_UNKNOWN = float(round(freq_to_zipf(_MINIMUM), 2))  # a plain word not in the list (Zipf 0)
# A word is searched among some 80 others of its hash group: about a kilobyte, a block of its own outside Python's
# small-object arenas, so the word strings read to build the table leave no arena half held when they go.
GROUPS = 1 << 12


class WordTable:
    """Words mapped to their frequency band (wordfreq's centibel index), held as one bytes record string per hash
    group: ``\\n<word>\\t<band, 3 digits>`` for each word of the group. A lookup is a hash, and a C search of about a
    kilobyte. The hash is the process's own (``hash(str)``): a table is built in the process that reads it."""

    def __init__(self, bands: Sequence[Iterable[str]]) -> None:
        """The table of ``bands`` (a word of ``bands[i]`` has band ``i``; a word in two bands keeps the later)."""
        groups: list[list[bytes]] = [[] for _ in range(GROUPS)]
        for band, words in enumerate(bands):
            if band > 999:
                raise ValueError("a band index above 999 does not fit the table")
            tail = b"\t%03d" % band
            for word in words:
                if "\n" in word or "\t" in word:
                    raise ValueError("a word with a line break or tab does not fit the table")
                groups[hash(word) & (GROUPS - 1)].append(b"\n" + word.encode() + tail)
        self._groups = [b"".join(reversed(g)) for g in groups]  # the later band's record is found first

    def band(self, word: str) -> int | None:
        """The band of ``word``, or None for a word not in the table."""
        blob = self._groups[hash(word) & (GROUPS - 1)]
        key = b"\n%s\t" % word.encode()
        at = blob.find(key)
        return None if at < 0 else int(blob[at + len(key):at + len(key) + 3])


@lru_cache(maxsize=1)
def _table() -> WordTable:
    return WordTable(read_cBpack(available_languages("best")["en"]))  # read without wordfreq's caches


@lru_cache(maxsize=1)
def _zipfs() -> tuple[float, ...]:
    """The Zipf value of a plain word of each band, as wordfreq computes it (:func:`zipf_en`)."""
    return tuple(_zipf(_rounded(cB_to_freq(-band))) for band in range(1000))


def _frequency(word: str) -> float | None:
    """wordfreq's English frequency of one token (its dictionary's value), None for a token it does not know."""
    band = _table().band(word)
    return None if band is None else cB_to_freq(-band)


def _tokens_frequency(word: str) -> float:
    """``wordfreq.word_frequency(word, "en", minimum=zipf_to_freq(0))`` (its ``_word_frequency``, this table
    for its dictionary)."""
    tokens = lossy_tokenize(word, "en")
    if not tokens:
        return _MINIMUM
    one_over_result = 0.0
    for token in tokens:
        smashed = smash_numbers(token)
        freq = _frequency(smashed)
        if freq is None:
            return _MINIMUM
        if smashed != token:
            freq *= digit_freq(token)
        one_over_result += 1.0 / freq
    return _rounded(1.0 / one_over_result)


def _rounded(freq: float) -> float:
    """wordfreq's rounding of a frequency it found: at least the minimum, to 3 significant digits."""
    unrounded = max(freq, _MINIMUM)
    return round(unrounded, math.floor(-math.log(unrounded, 10)) + 3)


def _zipf(freq: float) -> float:
    return float(round(freq_to_zipf(freq), 2))


def zipf_en(word: str) -> float:
    """``wordfreq.zipf_frequency(word, "en")``."""
    if _PLAIN.fullmatch(word):
        band = _table().band(word)
        return _UNKNOWN if band is None else _zipfs()[band]
    return _zipf(_tokens_frequency(word))
