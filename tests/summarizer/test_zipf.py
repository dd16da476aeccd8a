"""The direct English Zipf lookup gives wordfreq's own value (plain words read from its list, others passed on)."""
from __future__ import annotations

import random
import string

from wordfreq import get_frequency_dict, zipf_frequency

from summarizer.zipf import zipf_en


def test_same_as_wordfreq_for_listed_made_up_and_other_words() -> None:
    rng = random.Random(7)
    listed = [w for w in get_frequency_dict("en", "best") if w.isascii() and w.isalpha() and w.islower()]
    words = rng.sample(listed, 5000) + listed[:200]  # frequent and rare ones
    words += ["".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(1, 14))) for _ in range(2000)]
    words += ["Paris", "it's", "don’t", "h1n1", "1990s", "naïve", "co-op", "", "ＡＢ", "q" * 40]
    assert [zipf_en(w) for w in words] == [zipf_frequency(w, "en") for w in words]
    assert zipf_en("the") > 7 > zipf_en("viaduct") > 0 == zipf_en("qzxvbw")
