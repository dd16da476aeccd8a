"""The stance cut fit on hand-labelled episodes (benchmarks/stance.py): the hide simulation and its figures."""
from __future__ import annotations

import numpy

from benchmarks.backdrop import COLUMNS
from benchmarks.stance import figures, hidden

OPINION = "We should all be honest about what this could mean for our children."
EVENT = "Police arrested 12 people in Lyon on Monday after a march turned violent."


def _step(texts: list[str], labels: list[str], kinds: list[str]) -> dict:
    keys = [f"a:{i}" for i in range(len(texts))]
    x = numpy.zeros((len(texts), len(COLUMNS)))
    x[:, COLUMNS.index("lead")] = 1.0  # a lead line: the backdrop model keeps it
    lines = list(zip(keys, kinds, labels, [0] * len(texts)))
    return {"step": "d", "x": x, "labels": labels, "keys": keys, "texts": dict(zip(keys, texts)), "lines": lines}


def test_the_stance_hide_keeps_the_first_line_updates_and_events() -> None:
    step = _step([OPINION, EVENT, OPINION, OPINION], ["minor", "news", "background", "minor"],
                 ["new", "new", "new", "updated"])
    assert [off for _, _, off in hidden(step, 0.3)] == [False, False, True, False]
    assert not any(off for _, _, off in hidden(step, 1.01))


def test_figures_count_what_the_cut_hides() -> None:
    step = _step([EVENT, OPINION, OPINION], ["news", "background", "news"], ["new", "new", "new"])
    f = figures([step], 0.3)
    assert f["lines"] == 1 and f["hid_background"] == 1 and f["hid_news"] == 1
    assert f["objective"] < figures([step], 1.01)["objective"]  # a lost news line costs more than a background one gains
