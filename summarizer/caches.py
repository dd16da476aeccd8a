"""How many entries the engine's per-sentence caches keep.

The engine caches pure functions of a sentence's text (its tokens, terms, furniture check, clause reads ...)
because one ingest asks about each sentence from several stages, and a digest asks again about the sentences
it compares. Reuse is close in time (the same article or batch), so a cache far larger than a batch only holds
memory: with 50,000-100,000 entries each, a 3,000-article ingest grew to 837 MB resident (and kept growing
until the caches filled); with :data:`SENTENCES` entries it levels off at 541 MB (3,000 articles of the scale corpus,
4 December). CPU is the same within noise (``benchmarks/ingest.py --limit 2000``: 65.2 against 62.7 articles per
CPU-second, medians of 2, stored rows identical). Word-keyed caches (a word's
canonical form, weight, commonness) stay large: there are few distinct words and each entry is small.
"""
from __future__ import annotations

SENTENCES = 8_192  # entries per per-sentence cache (a 200-article batch holds about 8,000 sentences)
