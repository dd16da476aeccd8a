"""Spelling variants: the British and American spellings of one word read as one word.

Outlets on either side of the Atlantic tell the same fact in different spellings ("the World Health
Organisation" and "the World Health Organization", "defence" and "defense", "Ecuadorean" and
"Ecuadorian"), and the stemmer of :func:`summarizer.text.canon` keeps most such pairs apart ("organis" and
"organiz"). A retelling in the other spelling then shares fewer terms with what the audience was told, and
reads as news. :func:`common_spelling` maps a word to its other spelling before stemming, by a few regular
patterns of English spelling (-ise/-ize, -yse/-yze, -our/-or, -tre/-ter, -ence/-ense, -lled/-led, -mme/-m,
-ogue/-og, -ean/-ian), and only when the other spelling is a word of its own in ``wordfreq``'s English list,
about as common: a pattern that makes a rare or unknown word ("promize", "surprize", "wize") or a word of another
frequency ("tor" for "tour", "letter" for "lettre") is no spelling variant. Nothing here names a word of any benchmark.
"""
from __future__ import annotations

import re
from functools import lru_cache

from summarizer.zipf import zipf_en

MIN_ZIPF = 2.5  # the other spelling is a word of its own (Zipf frequency in wordfreq's English list)
# and about as common as the word itself (Zipf apart): "tor" (3.0) is no spelling of "tour" (4.8), nor "letter" (4.95)
# of the French "lettre" (2.2); every pair the patterns make in wordfreq's list was read (tests/summarizer/test_spelling.py)
MAX_APART = 1.2

_SUFFIX = r"(s|ed|ing|er|ers|able|ably|ite|ites|ful|hood|less|ation|ations|ational)?"
# (pattern, replacement): the British form of a word and its American form, tried in order; the first accepted wins.
_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), r) for p, r in (
    (r"(?<=[a-z]{3})is(e|es|ed|ing|ation|ations|ational|er|ers)$", r"iz\1"),  # organise, criticised, organisation
    (r"(?<=[a-z]{2})ys(e|es|ed|ing)$", r"yz\1"),  # analyse, paralysed
    (rf"(?<=[a-z]{{3}})our{_SUFFIX}$", r"or\1"),  # honour, labour, favourite, neighbourhood (not four, hour, tour)
    (r"(?<=[a-z]{2})([tb])re(s?)$", r"\1er\2"),  # centre, metres, fibre
    (r"(?<=[a-z]{2})([tb])r(ed|ing)$", r"\1er\2"),  # centred, centring
    (r"(?<=[a-z])(fen|cen|ten)ce(s?)$", r"\1se\2"),  # defence, offences, licence, pretence
    (r"^([a-z]*[aeiouy][^aeiouy]{1,3}[aeiou])ll(ed|ing|er|ers)$", r"\1l\2"),  # travelled, fuelled (not filled, killed)
    (r"(?<=[a-z]{3})mme(s?)$", r"m\1"),  # programme
    (r"(?<=[a-z]{3})ogue(s?)$", r"og\1"),  # catalogue, dialogue
    (r"(?<=[a-z]{4})ean(s?)$", r"ian\1"),  # a people's name: Ecuadorean
))


@lru_cache(maxsize=100_000)
def common_spelling(word: str) -> str:
    """The other (American) spelling of a lower-cased British ``word`` ("organisation" -> "organization",
    "honoured" -> "honored") when it is a word about as common, else ``word`` itself."""
    if len(word) < 5 or not word.isalpha():
        return word
    for pattern, replacement in _RULES:
        other = pattern.sub(replacement, word)
        if other != word:
            z = zipf_en(other)
            if z >= MIN_ZIPF and abs(z - zipf_en(word)) <= MAX_APART:
                return other
    return word
