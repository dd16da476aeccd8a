"""Cleaning on generated hostile pages (:mod:`messypages`): the body survives, no furniture is eligible as an item,
and the lead is the first clean body sentence."""
from __future__ import annotations

import pytest

from enginekit import make_article
from messypages import make_page
from summarizer.clean import clean_text
from summarizer.sentences import article_sentences
from summarizer.standalone import eligible

SEEDS = range(40)


@pytest.mark.parametrize("seed", SEEDS)
def test_the_body_survives_and_only_the_body_is_eligible(seed: int) -> None:
    page = make_page(seed)
    cleaned = clean_text(page.raw).text
    assert all(sentence in cleaned for sentence in page.body), cleaned
    sentences = article_sentences(make_article(page.raw, name=f"messy{seed}.html"))
    items = [s for s in sentences if eligible(s.text, s.is_title, 4)]
    assert [s.text for s in items] == list(page.body)
    assert items[0].position == 0  # the lead counts from the first clean body sentence


def test_the_generator_is_deterministic_and_varied() -> None:
    assert make_page(3) == make_page(3)
    assert len({make_page(seed).raw for seed in SEEDS}) == len(SEEDS)
    assert any("<script>" in make_page(seed).raw for seed in SEEDS)
    assert any("<p>" not in make_page(seed).raw for seed in SEEDS)
