"""The show gate (summarizer.budget.gate) and the news features it reads (summarizer.rank)."""
from __future__ import annotations

from datetime import datetime

from tests.fakes.builders import HARBOUR_STRIKE as TEXT
from summarizer.budget import gate
from summarizer.engine import Candidate, Engine, EngineConfig
from summarizer.ingest import make_article
from summarizer.models import Article, Item, Kind, SourceRef, StoryDigest
from summarizer.novelty import Memory, Verdict
from summarizer.newscues import new_names
from summarizer.rank import cheap_features
from summarizer.text import canon

PUB = datetime(2024, 12, 27, 9, 0)  # a Friday


def _item(key: str, kind: Kind = Kind.NEW) -> Item:
    return Item(kind=kind, text=f"line {key}", key=key)


def _stories() -> list[StoryDigest]:
    one = StoryDigest("s1", "one", items=[_item("a"), _item("b"), _item("u", Kind.UPDATED)], pending=2)
    two = StoryDigest("s2", "two", items=[_item("c")])
    return [one, two]


NEWS = {"a": 0.8, "b": 0.3, "u": 0.01, "c": 0.5}


def test_lines_far_below_their_storys_best_are_minor_and_counted() -> None:
    stories = _stories()
    gate(stories, lambda item: NEWS[item.key], 0.5)
    assert [i.key for i in stories[0].items] == ["a", "u"]  # b: 0.3 < 0.5 * 0.8; an update shows whatever its probability
    assert [i.key for i in stories[1].items] == ["c"]  # its story's best: shown, though below 0.5 * 0.8
    assert stories[0].minor == 1 and stories[0].pending == 2  # held-back items stay pending: nothing lost
    stories = _stories()
    gate(stories, lambda item: NEWS[item.key], 0.3)
    assert [i.key for s in stories for i in s.items] == ["a", "b", "u", "c"] and stories[0].minor == 0


def test_a_story_far_below_the_days_best_shows_its_first_line_alone() -> None:
    column = StoryDigest("s3", "column", items=[_item("e"), _item("d")])
    stories = _stories() + [column]
    news = NEWS | {"d": 0.2, "e": 0.18}
    gate(stories, lambda item: news[item.key], 0.7)  # d is within 0.7 of e, but the story is below 0.7 * 0.8
    assert [i.key for i in column.items] == ["e"] and column.minor == 1  # salience's first line, not the likeliest
    column = StoryDigest("s3", "column", items=[_item("e"), _item("d")])
    gate([column], lambda item: news[item.key], 0.7)  # alone, it is the day's best story
    assert [i.key for i in column.items] == ["e", "d"]


def test_ratio_zero_shows_everything_and_each_storys_first_line_always_shows() -> None:
    stories = _stories()
    gate(stories, lambda item: NEWS[item.key], 0.0)
    assert sum(len(s.items) for s in stories) == 4 and all(s.minor == 0 for s in stories)
    stories = _stories()
    gate(stories, lambda item: NEWS[item.key], 1.0)
    assert [i.key for s in stories for i in s.items] == ["a", "u", "c"]
    low_first = [StoryDigest("s1", "one", items=[_item("b"), _item("a")])]
    gate(low_first, lambda item: NEWS[item.key], 0.7)  # the first line shows, a (its story's best) too
    assert [i.key for i in low_first[0].items] == ["b", "a"]


def test_new_names_counts_capitalised_words_the_audience_was_not_told() -> None:
    text = "Police in Lisbon arrested Rui Matos near Porto."
    assert new_names(text, frozenset()) == 1.0  # Lisbon, Rui, Matos, Porto (not the first word)
    told = frozenset(canon(w) for w in ("lisbon", "rui", "matos"))
    assert abs(new_names(text, told) - 1 / 3) < 1e-9  # only Porto is new
    assert new_names("the police arrested him.", frozenset()) == 0.0


def _cand(text: str, days: int = 0) -> Candidate:
    article = Article(id="a1", title="Strike", text=text, published=PUB)
    return Candidate(text, article, "s1", 0, Verdict(novel=True), [SourceRef("o", article_id="a1")])


def test_short_and_today_features() -> None:
    short, long_, today, old = cheap_features([
        _cand("Dock workers struck in Lisbon."),
        _cand(" ".join(["The dock workers of the port"] * 8) + " struck."),
        _cand("Dock workers struck in Lisbon on Thursday."),
        _cand("Dock workers struck in Lisbon in March 2019."),
    ])
    assert short["short"] == 1.0 and long_["short"] < 0.5
    assert today["today"] == 1.0 and old["today"] == 0.0 and short["today"] == 0.0


def test_the_engine_gates_with_its_configured_ratio() -> None:
    def run(ratio: float):
        article = make_article(TEXT, name="lisbon.txt")
        return Engine(EngineConfig(show_ratio=ratio)).digest("t", [article], Memory()), article

    full, _ = run(0.0)
    one, article = run(1.0)
    assert len(full.items) >= 2 and len(one.items) == 1
    assert one.items[0].text == full.items[0].text  # the gate never changes the lead
    assert one.stories[0].minor == full.stories[0].minor + len(full.items) - 1
    assert article.id in one.article_ids  # told as minor, accounted for like the budget's minor lines


def test_the_default_digest_gates_lines_far_below_their_storys_best_after_its_first_words() -> None:
    from summarizer.budget import DAY_RATIO

    assert EngineConfig().minor_ratio == DAY_RATIO and 0 < DAY_RATIO < 0.1 and EngineConfig().show_ratio == 0.0
    news = {"a": 0.8, "far": 0.5 * DAY_RATIO * 0.8, "near": 2 * DAY_RATIO * 0.8, "u": 0.001, "far2": 0.001}

    def story() -> StoryDigest:
        return StoryDigest("s1", "one", items=[_item("a"), _item("far"), _item("near"), _item("u", Kind.UPDATED),
                                               _item("far2")])

    gated = story()
    gate([gated], lambda item: news[item.key], DAY_RATIO)
    assert [i.key for i in gated.items] == ["a", "near", "u"] and gated.minor == 2  # counted, not shown
    early = story()
    gate([early], lambda item: news[item.key], DAY_RATIO, words=4)  # "line a", "line far": the first four words
    assert [i.key for i in early.items] == ["a", "far", "near", "u"] and early.minor == 1
