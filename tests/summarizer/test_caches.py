"""Per-sentence caches are bounded by summarizer.caches.SENTENCES (resident memory levels off)."""
from __future__ import annotations

import importlib

import pytest

from summarizer.caches import SENTENCES

PER_SENTENCE = [("clean", "is_furniture"), ("condense", "core"), ("datelines", "dateline_end"), ("entities", "names"),
                ("glue", "split_glued"), ("latin", "_identified"), ("mainclause", "_main_verbs"), ("memory", "_features"), ("memory", "wording"),
                ("placecontext", "figure_places"), ("places", "clause"), ("places", "_attributions"),
                ("scriptnames", "script_names"), ("sentences", "is_heading"), ("stamps", "furniture_spans"),
                ("templates", "line_key"), ("text", "_tokens"), ("text", "_terms"), ("vectors", "_line_terms")]


@pytest.mark.parametrize(("module", "name"), PER_SENTENCE)
def test_a_per_sentence_cache_keeps_at_most_the_bound(module: str, name: str) -> None:
    fn = getattr(importlib.import_module(f"summarizer.{module}"), name)
    assert fn.cache_info().maxsize == SENTENCES


def test_the_bound_holds_a_batch_but_not_a_history() -> None:
    # a 200-article batch (some 5,000 indexed sentences) fits; 16,384 entries held some 35 MB more after a 2,000-article
    # ingest for no measured gain in CPU, 100k-entry caches 300 MB
    assert 7_000 <= SENTENCES <= 8_192


def test_a_full_cache_forgets_its_oldest_sentence_and_answers_the_same() -> None:
    from summarizer.text import _terms

    first = dict(_terms("Rescuers pulled two survivors from the rubble.", "en"))
    for n in range(SENTENCES + 1):
        _terms(f"Filler sentence number {n} about nothing.", "en")
    assert _terms("Rescuers pulled two survivors from the rubble.", "en") == first
    assert _terms.cache_info().currsize == SENTENCES
