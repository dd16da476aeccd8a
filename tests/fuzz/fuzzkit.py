"""Hypothesis strategies of hostile input shared by the fuzz tests, and the per-target example counter."""
from __future__ import annotations

import os
from collections import Counter

from hypothesis import settings
from hypothesis import strategies as st

COUNTS: Counter[str] = Counter()
FULL = os.environ.get("DIGESTBOT_FUZZ", "").lower() in ("full", "ci", "1")
QUICK_EXAMPLES = 25


def examples(full: int) -> settings:
    """This test's example budget: ``full`` under ``DIGESTBOT_FUZZ=full``, a quick few otherwise."""
    return settings(max_examples=full if FULL else QUICK_EXAMPLES)


def count(target: str) -> None:
    """Record one generated example for ``target`` (reported in the pytest summary)."""
    COUNTS[target] += 1


BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
CONTROL = "".join(chr(c) for c in range(0, 32)) + "\x7f\x85"
MARKUP = ["<script>alert(1)</script>", "<style>p{}</style>", "<br />", "<!DOCTYPE html>", "<![CDATA[x]]>",
          "<p>", "</div>", "&amp;", "&#0;", "&#x110000;", "*bold*", "_it_", "`code`", "<@U123>", "<!channel>",
          "[link](https://discord.com@evil.example/)", "https://user:pass@host/feed?token=abc", "\\", "```"]
WORDS = ["The", "council", "voted", "on", "Monday", "cases", "rose", "to", "120", "flu", "vaccine", "said",
         "минздрав", "σεισμός", "زلزال", "地震", "ニュース", "বন্যা", "Ünïcödé", "naïve", "2025", "+24:00", "%s"]

hostile_char = st.one_of(
    st.characters(),  # any code point except lone surrogates
    st.sampled_from(BIDI + ZERO_WIDTH + CONTROL),
    st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF, categories=["Cs"]),  # lone surrogates
)
token = st.one_of(st.sampled_from(WORDS), st.sampled_from(MARKUP), st.text(hostile_char, max_size=12))
sentence = st.lists(token, min_size=0, max_size=25).map(" ".join).map(lambda s: s + ".")
article_text = st.one_of(
    st.text(hostile_char, max_size=400),
    st.lists(sentence, max_size=12).map("\n".join),
    st.builds(lambda s, n: s * n, sentence, st.integers(1, 400)),  # huge, repetitive
    st.just(""),
)
offset = st.builds(lambda sign, h, m: f"{sign}{h:02d}:{m:02d}", st.sampled_from("+-"), st.integers(0, 99),
                   st.integers(0, 99))
odd_date = st.one_of(
    st.builds(lambda y, mo, d, off: f"{y:04d}-{mo:02d}-{d:02d}T00:00:00{off}", st.integers(0, 9999),
              st.integers(0, 13), st.integers(0, 32), offset),
    st.builds(lambda off: f"Published 2025-06-01 10:00 {off}", offset),
    st.sampled_from(["", "yesterday", "2025-02-30", "9999-12-31T23:59:59-23:59", "0001-01-01T00:00:00+23:59",
                     "Mon, 99 Foo 2025 25:61:61 +9999", "1e400", "-1", "NaN"]),
    st.text(hostile_char, max_size=30),
)
json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(hostile_char, max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)
