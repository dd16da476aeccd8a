"""One name said two ways: a run of whole words of a longer name key."""
from __future__ import annotations

from summarizer.nameparts import part_of, shared_parts


def test_a_run_of_whole_words_is_part_of_a_longer_name() -> None:
    assert part_of("punta negra", "minera punta negra")
    assert part_of("karzai airport", "hamid karzai airport")
    assert not part_of("punta", "minera punta negra")  # one word names too many things
    assert not part_of("negra minera", "minera punta negra")  # not a run
    assert not part_of("punta neg", "minera punta negra")  # whole words only
    assert not part_of("punta negra", "punta negra")  # the same key is an exact match, not a part


def test_shared_parts_go_both_ways_and_skip_exact_matches() -> None:
    story = {"=minera punta negra": 2.0, "=laura reyes": 1.0, "copper": 1.5, "=chile": 1.0}
    assert shared_parts({"=punta negra": 1.0, "=chile": 1.0}, story) == ["=minera punta negra"]
    assert shared_parts({"=the minera punta negra company": 1.0}, story) == ["=minera punta negra"]
    assert shared_parts({"=laura reyes": 1.0}, story) == []  # exact: the caller has it
    assert shared_parts({"=reyes": 1.0, "punta negra": 1.0}, story) == []  # a lone word; a term, not a name key
