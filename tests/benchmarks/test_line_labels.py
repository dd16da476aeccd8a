"""The line-quality labels are well-formed, and digest lines map to the right labelled sentence.

The label files hold ids, offsets and labels only (the articles are research data read from
``../shared/bench`` at run time); the checks against the article texts skip when it is absent.
The mapping is tested on small articles written here.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.lines import (  # noqa: E402
    HELD_OUT_PAIRS,
    HELDOUT, LABELS, LINE_LABELS, PAIR_LABELS, SHARED, TRAIN2, cached_episodes, episode_files, judge_pair, label_of,
    line_figures, load_json, load_pairs, locate, main, pair_files, problems, read_records, silent_news_days, training_files, Line,
)

needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason=f"shared benchmark data not found at {SHARED}")
EPISODES = [load_json(p) for p in episode_files(LABELS)]
PAIRS: list[dict[str, Any]] = load_json(LABELS / "pairs.json")["pairs"]
HELD_EPISODES = [load_json(p) for p in episode_files(HELDOUT)]
HELD_PAIRS = load_pairs(HELDOUT)
TRAIN2_EPISODES = [load_json(p) for p in episode_files(TRAIN2)]
TRAIN2_PAIRS = load_pairs(TRAIN2)
ALL_EPISODES = EPISODES + HELD_EPISODES + TRAIN2_EPISODES


def texts_of(corpus: str, ids: list[str]) -> dict[str, str]:
    """Raw texts of the records ``ids`` of a shared corpus."""
    return {i: str(json.loads(line)["text"]) for i, line in read_records(SHARED / corpus, ids).items()}


# -- the label files -------------------------------------------------------------------------
def test_enough_labelled_material() -> None:
    articles = sum(len(e["articles"]) for e in EPISODES)
    assert len(EPISODES) >= 6 and articles >= 60 and len(PAIRS) >= 60


def test_the_held_out_set_is_apart_from_what_the_fits_read() -> None:
    """Fit scripts and the ratchets of the six read ``episode_files(LABELS)`` and ``load_pairs(LABELS)``: one folder,
    so the held-out episodes and pairs (labelled after every fit) never reach them."""
    assert len(HELD_EPISODES) >= 3 and sum(len(e["articles"]) for e in HELD_EPISODES) >= 25 and len(HELD_PAIRS) >= 20
    fitted = {load_json(p)["episode"] for p in episode_files(LABELS)}
    assert fitted.isdisjoint(e["episode"] for e in HELD_EPISODES)
    fitted_ids = {a["id"] for e in EPISODES for a in e["articles"]}
    assert fitted_ids.isdisjoint(a["id"] for e in HELD_EPISODES for a in e["articles"])
    assert len(load_pairs(LABELS)) == sum(len(load_json(p)["pairs"]) for p in LABELS.glob("pairs*.json")
                                          if p.name not in HELD_OUT_PAIRS)  # pairs3.json: held out as well


def test_the_second_training_set_is_read_only_when_asked() -> None:
    """``train2`` (labelled like the others, for fitting) reaches a fit only through ``training_files(True)``: the
    default figures, the ratchets and every fit without --with-train2 keep reading the six; the held-out set never."""
    assert len(TRAIN2_EPISODES) >= 3 and sum(len(e["articles"]) for e in TRAIN2_EPISODES) >= 25
    assert training_files() == episode_files(LABELS) == episode_files()
    assert training_files(with_train2=True) == episode_files(LABELS) + episode_files(TRAIN2)
    assert not any(HELDOUT in p.parents for p in training_files(with_train2=True))
    ids = [{a["id"] for e in group for a in e["articles"]} for group in (EPISODES, HELD_EPISODES, TRAIN2_EPISODES)]
    assert ids[2].isdisjoint(ids[0]) and ids[2].isdisjoint(ids[1])
    names = [e["episode"] for e in EPISODES + HELD_EPISODES + TRAIN2_EPISODES]
    assert len(names) == len(set(names))
    held_corpora = {e["corpus"] for e in HELD_EPISODES}
    assert held_corpora.isdisjoint(e["corpus"] for e in TRAIN2_EPISODES)  # other topics than the held-out ones
    assert len(TRAIN2_PAIRS) >= 25 and {p["corpus"] for p in TRAIN2_PAIRS} <= {e["corpus"] for e in TRAIN2_EPISODES}
    assert not any(TRAIN2 in path.parents for path in pair_files(LABELS) + pair_files(LABELS, held_out=True))


def test_a_cache_of_the_six_is_not_read_as_the_ten(tmp_path: Path) -> None:
    cache = tmp_path / "episodes.pkl"
    six = cached_episodes(cache, lambda episode: episode["episode"])
    assert sorted(six) == sorted(e["episode"] for e in EPISODES)
    ten = cached_episodes(cache, lambda episode: episode["episode"], with_train2=True)
    assert sorted(ten) == sorted(e["episode"] for e in EPISODES + TRAIN2_EPISODES)

    def replay(episode: dict[str, Any]) -> str:
        raise AssertionError("the cache holds these episodes: nothing is replayed")

    assert cached_episodes(cache, replay, with_train2=True) == ten


def test_the_held_out_and_second_sets_are_chosen_one_at_a_time(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--heldout", "--train2"])
    assert stop.value.code == 2 and "not allowed with" in capsys.readouterr().err


@pytest.mark.parametrize("episode", ALL_EPISODES, ids=[e["episode"] for e in ALL_EPISODES])
def test_episode_is_well_formed(episode: dict[str, Any]) -> None:
    assert problems(episode) == []
    assert {lab for a in episode["articles"] for *_, lab in a["spans"]} <= set(LINE_LABELS)
    assert [a["published"] for a in episode["articles"]] == sorted(a["published"] for a in episode["articles"])


def strings_in(data: Any, key: str = "") -> list[tuple[str, str]]:
    """Every (key, string) pair in a JSON value, list items under their list's key."""
    if isinstance(data, dict):
        return [kv for k, v in data.items() for kv in strings_in(v, k)]
    if isinstance(data, list):
        return [kv for v in data for kv in strings_in(v, key)]
    return [(key, data)] if isinstance(data, str) else []


def test_label_files_hold_no_text() -> None:
    own_words = {"story", "notes"}  # the labeller's own summaries, not article text
    for path in [*episode_files(LABELS), LABELS / "pairs.json", *episode_files(HELDOUT), HELDOUT / "pairs.json",
                 *episode_files(TRAIN2), *TRAIN2.glob("pairs*.json")]:
        found = strings_in(load_json(path))
        assert {k for k, _ in found} <= own_words | {"episode", "corpus", "every", "id", "published", "spans",
                                                     "earlier", "later", "label"}, path.name
        assert all(len(v) <= 40 for k, v in found if k not in own_words), path.name
    for p in PAIRS + HELD_PAIRS + TRAIN2_PAIRS:
        assert set(p) == {"corpus", "earlier", "later", "label"} and p["label"] in PAIR_LABELS
        assert all(isinstance(v, int) and v >= 0 for side in ("earlier", "later") for v in p[side][1:])


def test_problems_are_found() -> None:
    bad = {"episode": "x", "corpus": "c", "every": "week", "story": "", "notes": "", "text": "copied",
           "articles": [{"id": "a", "spans": [[5, 3, "news"], [6, 9, "gossip"], [8, 12, "stale"]]}]}
    found = problems(bad, {"a": "short"})
    assert any("'text'" in p for p in found) and any("every" in p for p in found)
    assert any("out of order" in p for p in found) and any("bad span" in p for p in found)
    assert any("beyond the text" in p for p in found)


@needs_shared
@pytest.mark.parametrize("episode", ALL_EPISODES, ids=[e["episode"] for e in ALL_EPISODES])
def test_episode_offsets_fit_the_articles(episode: dict[str, Any]) -> None:
    texts = texts_of(episode["corpus"], [a["id"] for a in episode["articles"]])
    assert problems(episode, texts) == []
    for a in episode["articles"]:  # every label starts on a word and covers text, not blanks
        text = texts[a["id"]]
        assert all(text[s:e].strip() and not text[s].isspace() for s, e, _ in a["spans"]), a["id"]


@needs_shared
def test_pair_offsets_fit_the_articles() -> None:
    pairs = PAIRS + HELD_PAIRS + TRAIN2_PAIRS
    for corpus in sorted({p["corpus"] for p in pairs}):
        mine = [p for p in pairs if p["corpus"] == corpus]
        texts = texts_of(corpus, sorted({p[s][0] for p in mine for s in ("earlier", "later")}))
        for p in mine:
            for aid, start, end in (p["earlier"], p["later"]):
                assert aid in texts and 0 <= start < end <= len(texts[aid])


# -- mapping lines to labelled sentences ------------------------------------------------------
RAW = ("Harbour Tribune | Mon Mar 3, 2031 9:14 am\n"
       "Photo: a crane over the docks A storm closed the port of Eastwick on Monday.\n"
       "The port handled 12,000 containers last year.\n"
       "Officials said it would reopen on Thursday.\n")
SPANS = [(0, 41, "debris"), (42, 71, "debris"), (72, 118, "news"), (119, 164, "background"), (165, 208, "news")]


def test_spans_of_the_synthetic_article_are_where_they_say() -> None:
    assert RAW[42:71] == "Photo: a crane over the docks"
    assert RAW[165:208] == "Officials said it would reopen on Thursday."


def test_a_cleaned_sentence_is_found_in_the_raw_text() -> None:
    assert locate("The port handled 12,000 containers last year.", RAW) == (119, 163)  # ends on its last word
    assert locate("Officials said it would reopen on “Thursday”.", RAW) == (165, 207)  # quotes and spacing differ
    assert locate("Officials said it would reopen on Thursday and would not", RAW) is not None  # head found
    assert locate("Nothing like this sentence is in the text at all.", RAW) is None
    assert locate("reopen on Thursday", "İİ Officials said it would reopen on Thursday.") == (27, 45)  # offsets, not lower()


def test_a_line_takes_the_label_covering_it() -> None:
    assert label_of(119, 163, SPANS) == "background"
    assert label_of(165, 207, SPANS) == "news"
    assert label_of(300, 310, SPANS) == "unmapped"


def test_a_glued_caption_makes_a_line_debris_only_when_it_is_a_third_of_it() -> None:
    glued = locate("Photo: a crane over the docks A storm closed the port of Eastwick on Monday.", RAW)
    assert glued == (42, 117) and label_of(*glued, SPANS) == "debris"  # 29 of 75 characters
    assert label_of(60, 117, SPANS) == "news"  # 11 of 57 characters are caption


def test_figures_count_shares_and_first_lines() -> None:
    def line(step: str, rank: int, label: str, same_day: bool = False) -> Line:
        return Line("ep", step, rank, "new", "t", "a", 0, 1, label, same_day)

    lines = [line("d1", 0, "news"), line("d1", 1, "debris"), line("d2", 0, "stale"), line("d2", 1, "unmapped"),
             line("d2", 2, "stale", same_day=True), line("d2", 3, "news", same_day=True)]
    figures = line_figures(lines)
    assert figures["stale_same_day"] == 1 and figures["mapped"] == 5
    assert figures["shares"]["debris"] == pytest.approx(1 / 5, abs=1e-3) and figures["unmapped"] == 1
    assert figures["first_line_news"] == 0.5 and figures["background+stale"] == pytest.approx(2 / 5, abs=1e-3)


def test_a_news_day_without_any_line_is_counted_as_silent() -> None:
    def article(day: str, *labels: str) -> dict[str, Any]:
        return {"id": day, "published": day, "spans": [[i, i + 1, lab] for i, lab in enumerate(labels)]}

    episode = {"every": "day", "articles": [article("2031-03-01", "news"), article("2031-03-02", "minor"),
                                            article("2031-03-03", "debris", "news")]}
    shown = [Line("ep", "2031-03-01", 0, "new", "t", "a", 0, 1, "news")]
    assert silent_news_days(episode, shown) == ["2031-03-03"]  # the day of only minor news may stay quiet
    assert silent_news_days({**episode, "every": "article"}, shown) == []


def test_a_pair_is_judged_by_the_engine() -> None:
    assert judge_pair("The storm killed 12 people in Eastwick.", "The storm killed 12 people in Eastwick.") == "known"
    assert judge_pair("The storm killed 12 people in Eastwick.", "The storm has now killed 40 people in Eastwick.") == "updated"


def test_missing_shared_data_fails_loudly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--shared", str(tmp_path / "absent")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not found" in err


FIT_SCRIPTS = ("backdrop", "gate", "learn", "heads", "kinds", "events", "repeat_fit", "repeats")


@pytest.mark.parametrize("name", FIT_SCRIPTS)
def test_every_fit_script_can_add_the_second_training_set(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    import importlib

    script = importlib.import_module(f"benchmarks.{name}")
    with pytest.raises(SystemExit) as stop:
        script.main(["--help"])
    assert stop.value.code == 0 and "--with-train2" in capsys.readouterr().out


def test_the_second_sets_pairs_are_story_folds_of_their_own() -> None:
    from benchmarks.kinds import folds

    pairs = [{"corpus": "news_dev/h1n1.jsonl"}, {"corpus": "entities/Enron.jsonl"}, {"corpus": "news_dev/finan.jsonl"},
             {"corpus": "entities/Phil_Spector.jsonl"}]
    assert [folds(pairs)["story"](i) for i in range(4)] == ["h1n1", "other", "other", "other"]
    assert [folds(pairs, 2)["story"](i) for i in range(4)] == ["h1n1", "other", "t2-finan", "t2-Phil_Spector"]
