"""The stance cut fit on hand-labelled episodes (benchmarks/stance.py): the hide simulation and its figures."""
from __future__ import annotations

import numpy

from benchmarks.backdrop import COLUMNS
from benchmarks.stance import OFF, choose, figures, hidden

OPINION = "We should all be honest about what this could mean for our children."
EVENT = "Police arrested 12 people in Lyon on Monday after a march turned violent."


PLAIN = "The old alliance has much better friends in the south than anyone in the capital admits."
ON = (0.3, 0.0, 0.3)  # (cut, genre weight, modal weight)


def _step(texts: list[str], labels: list[str], kinds: list[str], genre: float = 0.0) -> dict:
    keys = [f"a:{i}" for i in range(len(texts))]
    x = numpy.zeros((len(texts), len(COLUMNS)))
    x[:, COLUMNS.index("lead")] = 1.0  # a lead line: the backdrop model keeps it
    lines = list(zip(keys, kinds, labels, [0] * len(texts)))
    return {"step": "d", "x": x, "labels": labels, "keys": keys, "texts": dict(zip(keys, texts)),
            "genres": dict.fromkeys(keys, genre), "lines": lines}


def test_the_stance_hide_keeps_the_first_line_updates_and_events() -> None:
    step = _step([OPINION, EVENT, OPINION, OPINION], ["minor", "news", "background", "minor"],
                 ["new", "new", "new", "updated"])
    assert [off for _, _, off in hidden(step, ON)] == [False, False, True, False]
    assert not any(off for _, _, off in hidden(step, OFF))


def test_figures_count_what_the_cut_hides() -> None:
    step = _step([EVENT, OPINION, OPINION], ["news", "background", "news"], ["new", "new", "new"])
    f = figures([step], ON)
    assert f["lines"] == 1 and f["hid_background"] == 1 and f["hid_news"] == 1
    assert f["objective"] < figures([step], OFF)["objective"]  # a lost news line costs more than a background one gains


def test_the_genre_weight_holds_back_a_columns_plain_statement_and_the_choice_spares_news() -> None:
    column = _step([EVENT, PLAIN, PLAIN], ["news", "background", "minor"], ["new", "new", "new"], genre=1.0)
    assert [off for _, _, off in hidden(column, ON)] == [False, False, False]
    assert [off for _, _, off in hidden(column, (0.3, 0.4, 0.3))] == [False, True, True]
    assert choose([column])[1] > 0.0
    report = _step([EVENT, PLAIN, PLAIN], ["news", "news", "minor"], ["new", "new", "new"], genre=1.0)
    assert figures([report], choose([report]))["hid_news"] == 0  # no news line hidden where a choice can spare it
