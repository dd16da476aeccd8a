"""How many entries the engine's per-sentence caches keep.

The engine caches pure functions of a sentence's text (its tokens, terms, furniture check, clause reads ...)
because one ingest asks about each sentence from several stages, and a digest asks again about the sentences
it compares. Reuse is close in time (the same article or batch), so a cache far larger than a batch only holds
memory: with 50,000-100,000 entries each, a 3,000-article ingest grew to 837 MB resident (and kept growing
until the caches filled); with 16,384 entries it levelled off at 541 MB (3,000 articles of the scale corpus,
4 December), CPU the same within noise (``benchmarks/ingest.py --limit 2000``: 65.2 against 62.7 articles per
CPU-second, medians of 2, stored rows identical). Half that, :data:`SENTENCES`, still holds one 200-article batch
(some 5,000 indexed sentences, ``scale.py``: 24,673 for 1,000 articles; an ingest splits a batch's
articles for their stories, then analyses them): RSS after
``ingest.py --limit 2000`` 454 -> 419 MB (7 December). Word-keyed caches (a word's
canonical form, weight, commonness) stay large: there are few distinct words and each entry is small.
"""
from __future__ import annotations

SENTENCES = 8_192  # entries per per-sentence cache (a 200-article batch: some 5,000 indexed sentences)
