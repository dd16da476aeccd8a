"""The article-kind fit (benchmarks/article_kind.py): cut choice, counts, and the labels (ids only)."""
from __future__ import annotations

import json
from pathlib import Path

from benchmarks.article_kind import LABELS, best_cut, counts


def test_counts_split_others_and_reports_at_a_cut() -> None:
    assert counts([0.9, 0.8, 0.2, 0.75], [True, False, True, False], 0.78) == (1, 2, 1, 2)


def test_the_cut_weighs_a_buried_report_three_times_a_caught_column() -> None:
    # At 0.5 three others and one report are caught (3 - 3 = 0); at 0.85 one other and no report (1): 0.85 wins.
    assert best_cut([0.9, 0.6, 0.55, 0.6, 0.1], [True, True, True, False, False]) >= 0.85


def test_the_labels_hold_ids_and_labels_only() -> None:
    data = json.loads(Path(LABELS / "articles" / "genre.json").read_text())
    assert set(data) == {"about", "labels"}
    assert set(data["labels"].values()) == {"report", "other"}
    assert all(len(key) < 40 and "-" in key for key in data["labels"])


def test_with_train2_adds_the_second_training_set_as_topics_of_its_own() -> None:
    from benchmarks.article_kind import episode_labels
    from benchmarks.lines import TRAIN2, episode_files, load_json

    six, twelve = episode_labels(), episode_labels(with_train2=True)
    train2 = {load_json(path)["episode"] for path in episode_files(TRAIN2)}
    assert train2 and not train2 & {topic for _, topic, _ in six.values()}
    assert train2 <= {topic for _, topic, _ in twelve.values()}
    assert all(twelve[aid] == value for aid, value in six.items())
