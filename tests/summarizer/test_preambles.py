from __future__ import annotations

import re

from summarizer.chunks import PREAMBLE
from summarizer.compress import edits, apply
from summarizer.preambles import past_asides


def _extended(text: str) -> str | None:
    m = PREAMBLE.match(text)
    assert m is not None
    out = past_asides(text, m)
    return out.group(0) if out else None


def test_a_preamble_runs_over_a_noun_phrase_aside_with_a_compound() -> None:
    text = "In the valley, the worst-hit district, 226 homes have been flooded since Monday."
    assert _extended(text) == "In the valley, the worst-hit district, "


def test_an_aside_with_a_verb_is_no_aside() -> None:
    text = "In the valley, the river rose, 226 homes have been flooded since Monday."
    assert _extended(text) in (None, "In the valley, ")


def test_the_asides_alone_may_go_so_the_opening_place_stays() -> None:
    text = "In the valley, the worst-hit district, 226 homes have been flooded since Monday."
    cuts = {apply(text, e) for e in edits(text)}
    assert "In the valley, 226 homes have been flooded since Monday." in cuts
    assert not any(re.match(r"The worst-hit district, 226", c) for c in cuts)


def test_a_list_item_after_an_opening_clause_is_no_aside_to_cut_with_it() -> None:
    text = "As the storm grew, the Coast Guard, Navy divers and the harbour police were sent out, while the port stayed shut."
    assert not [e for e in edits(text) if e.start < 36 <= e.end]  # "the Coast Guard," is the list's first item


def test_a_preamble_runs_over_a_date_set_off_after_it_though_may_reads_as_a_verb() -> None:
    assert _extended("In the morning, May 4, 2010, the ministry withdrew its answer.") == "In the morning, May 4, 2010, "
    assert _extended("In the morning, Tuesday, the ministry withdrew its answer.") == "In the morning, Tuesday, "
