"""The backdrop fit on hand-labelled episodes (benchmarks/backdrop.py): hide simulation, figures, the model."""
from __future__ import annotations

import numpy
import pytest

from benchmarks.backdrop import COLUMNS, MODEL, auc, figures, fit, probs, shown


def _step(values: list[float], labels: list[str], kinds: list[str] | None = None,
          stories: list[int] | None = None) -> dict:
    keys = [f"a:{i}" for i in range(len(labels))]
    x = numpy.zeros((len(labels), len(COLUMNS)))
    x[:, COLUMNS.index("background")] = values
    lines = list(zip(keys, kinds or ["new"] * len(labels), labels, stories or [0] * len(labels)))
    return {"step": "d", "x": x, "labels": labels, "keys": keys, "texts": {}, "lines": lines}


def test_the_hide_keeps_each_storys_first_line_and_updates() -> None:
    step = _step([0.9, 0.8, 0.1, 0.9], ["news", "background", "minor", "stale"], ["new", "new", "new", "updated"])
    p = {"a:0": 0.9, "a:1": 0.8, "a:2": 0.1, "a:3": 0.9}
    assert [lab for _, lab in shown(step, p, 0.5)] == ["news", "minor", "stale"]
    assert [lab for _, lab in shown(step, p, 1.0)] == ["news", "background", "minor", "stale"]


def test_figures_count_hidden_lines_by_label() -> None:
    step = _step([0.9, 0.8, 0.6, 0.1], ["news", "background", "news", "minor"])
    p = {"a:0": 0.9, "a:1": 0.8, "a:2": 0.6, "a:3": 0.1}
    f = figures([step], [p], 0.5)
    assert f["lines"] == 2 and f["hid_bad"] == 1 and f["hid_news"] == 1 and f["bg_stale"] == 0.0
    assert f["objective"] < figures([step], [p], 0.7)["objective"]  # hiding a news line costs more than a bad one gains


def test_the_model_ranks_background_above_news_and_auc_reads_it() -> None:
    steps = [_step([1.0, 0.9, 0.0, 0.1, 0.2], ["background", "stale", "news", "minor", "news"])] * 4
    p = probs(steps[0], fit(steps))
    assert "background" in MODEL and p["a:0"] > p["a:3"] > p["a:2"]
    assert auc([0.9, 0.8, 0.1], [True, True, False]) == 1.0


def test_over_fits_a_new_cue_on_top_of_the_engine_weights(monkeypatch: pytest.MonkeyPatch) -> None:
    import benchmarks.backdrop as backdrop_fit
    from summarizer.weights import BACKDROP_COEF

    step = _step([0.0] * 8, ["background", "stale", "background", "news", "minor", "news", "minor", "background"])
    step["x"][:, COLUMNS.index("f_frame_old")] = [1, 1, 1, 0, 0, 0, 0, 0]  # the cue marks three of four bad lines
    monkeypatch.setattr(backdrop_fit, "OVER", ("f_frame_old",))
    b = fit([step] * 3)[0]
    held = [n for n in MODEL if n != "f_frame_old"]
    assert all(b[MODEL.index(n)] == BACKDROP_COEF.get(n, 0.0) for n in held)
    assert b[MODEL.index("f_frame_old")] > 0.5


def test_hold_bias_fits_the_new_cue_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    import benchmarks.backdrop as backdrop_fit
    from summarizer.weights import BACKDROP_BIAS

    step = _step([0.0] * 8, ["background", "stale", "background", "news", "minor", "news", "minor", "minor"])
    step["x"][:, COLUMNS.index("p_backstory")] = [1, 1, 1, 0, 0, 0, 0, 0]
    monkeypatch.setattr(backdrop_fit, "OVER", ("p_backstory",))
    monkeypatch.setattr(backdrop_fit, "MODEL", MODEL + ("p_backstory",))
    free = fit([step] * 3)[0]
    assert free[-1] != pytest.approx(BACKDROP_BIAS, abs=1e-3)  # the bias moves with the cue...
    monkeypatch.setattr(backdrop_fit, "HOLD_BIAS", True)
    held = fit([step] * 3)[0]
    assert held[-1] == pytest.approx(BACKDROP_BIAS, abs=1e-6)  # ...unless held
    assert held[len(MODEL)] > 0.5  # p_backstory's weight, last before the bias


def test_a_cue_tried_from_the_cache_adds_a_column_and_counts_what_it_marks(monkeypatch: pytest.MonkeyPatch) -> None:
    import benchmarks.backdrop as backdrop_fit

    monkeypatch.setattr(backdrop_fit, "COLUMNS", COLUMNS)
    monkeypatch.setattr(backdrop_fit, "MODEL", MODEL)
    step = _step([0.0] * 3, ["background", "news", "minor"])
    step["texts"] = {"a:0": "As a young clerk, the banker kept ledgers.", "a:1": "The council voted on Tuesday.",
                     "a:2": "As a rule, the ferry sails twice."}
    step["lines"] = step["lines"][:2]  # the third is a candidate no digest showed
    marks = backdrop_fit.add_cues({"ep": [step]}, [("x_as", r"^As a\b")])
    assert backdrop_fit.COLUMNS[-1] == "x_as" and backdrop_fit.MODEL[-1] == "x_as"
    assert step["x"].shape == (3, len(COLUMNS) + 1) and list(step["x"][:, -1]) == [1.0, 0.0, 1.0]
    assert marks["x_as"] == {"background": 1, "cands:background": 1, "cands:minor": 1}
