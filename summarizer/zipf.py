"""wordfreq's English Zipf frequency, read directly for a plain lower-case word.

``wordfreq.zipf_frequency(word, "en")`` runs its argument through wordfreq's tokenizer first
(preprocessing, a language lookup, a Unicode regular expression: some 20-30 microseconds, a few
per cent of a bulk ingest, paid for each new word). A word of ASCII lower-case letters is its own
single token there, so its frequency is one lookup in wordfreq's English list, rounded as wordfreq
rounds it: the same value (checked against wordfreq over its whole English list and made-up words,
``tests/summarizer/test_zipf.py``). Anything else goes to wordfreq itself.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

from wordfreq import freq_to_zipf, get_frequency_dict, zipf_frequency, zipf_to_freq

_PLAIN = re.compile(r"[a-z]+")
_MINIMUM = zipf_to_freq(0.0)  # what wordfreq returns for a word it does not know (Zipf 0)


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    return get_frequency_dict("en", "best")


def zipf_en(word: str) -> float:
    """``wordfreq.zipf_frequency(word, "en")``, without the tokenizer for a word of ASCII lower-case letters."""
    if not _PLAIN.fullmatch(word):
        return float(zipf_frequency(word, "en"))
    freq = _frequencies().get(word)
    if freq is None:
        return float(round(freq_to_zipf(_MINIMUM), 2))
    unrounded = max(freq, _MINIMUM)
    return float(round(freq_to_zipf(round(unrounded, math.floor(-math.log(unrounded, 10)) + 3)), 2))
