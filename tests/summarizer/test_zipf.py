"""The English Zipf lookup gives wordfreq's own value (plain words and others), from a compact copy of its list."""
from __future__ import annotations

import random
import string

import pytest
from wordfreq import get_frequency_dict, get_frequency_list, zipf_frequency

from summarizer.zipf import WordTable, zipf_en


def test_same_as_wordfreq_for_listed_made_up_and_other_words() -> None:
    rng = random.Random(7)
    every = list(get_frequency_dict("en", "best"))
    listed = [w for w in every if w.isascii() and w.isalpha() and w.islower()]
    words = rng.sample(listed, 5000) + listed[:200]  # frequent and rare ones
    words += rng.sample([w for w in every if not (w.isascii() and w.isalpha())], 2000)  # digits, marks, accents
    words += ["".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(1, 14))) for _ in range(2000)]
    words += ["Paris", "it's", "don’t", "h1n1", "1990s", "naïve", "co-op", "", "ＡＢ", "q" * 40, "2024", "a b", "x-qzv"]
    assert [zipf_en(w) for w in words] == [zipf_frequency(w, "en") for w in words]
    assert zipf_en("the") > 7 > zipf_en("viaduct") > 0 == zipf_en("qzxvbw")


def test_the_lookup_leaves_wordfreqs_english_list_unloaded() -> None:
    get_frequency_dict.cache_clear()
    get_frequency_list.cache_clear()
    assert zipf_en("don't") > zipf_en("harbour") > zipf_en("h1n1") > 0
    assert get_frequency_list.cache_info().currsize == 0 and get_frequency_dict.cache_info().currsize == 0


def test_word_table_bands() -> None:
    table = WordTable([[], ["ferry", "quay"], [], ["quay", "naïve", "co-op"]])
    assert [table.band(w) for w in ("ferry", "quay", "naïve", "co-op", "qua", "uay", "ferryman", "")] == \
        [1, 3, 3, 3, None, None, None, None]  # a word in two bands keeps the later, as wordfreq's dictionary does
    with pytest.raises(ValueError):
        WordTable([["two\tparts"]])
