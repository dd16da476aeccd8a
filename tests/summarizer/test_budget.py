"""The salience budget: lines far below the story's best are minor, counted and told, never silently dropped."""
from __future__ import annotations

from tests.fakes.builders import HARBOUR_STRIKE as TEXT
from summarizer.budget import CROWDED_LINES, CROWDED_REPORTS, per_article, spare, voices
from summarizer.engine import Engine, EngineConfig
from summarizer.ingest import make_article
from summarizer.models import Item, Kind, SourceRef, StoryDigest
from summarizer.novelty import Memory


def _digest(margin: float, floor: float = -99.0, words: int = 0, cap: int = 10):
    article = make_article(TEXT, name="lisbon.txt")
    # the backdrop hide and the article budget off: these tests read the salience budget alone (the hide holds back
    # the tourists line too)
    engine = Engine(EngineConfig(salience_margin=margin, salience_floor=floor, digest_words=words,
                                 max_items_per_story=cap, backdrop_cut=1.0, article_lines=0))
    return engine.digest("t", [article], Memory()), article


def test_a_tight_margin_shows_the_best_line_and_tells_how_many_are_minor() -> None:
    full, _ = _digest(99.0)
    tight, article = _digest(0.0)
    assert len(full.items) >= 4
    assert len(tight.items) == 1 and tight.items[0].text == full.items[0].text
    story = tight.stories[0]
    # minor: the lines the margin cut, and those buried in the full digest too (the port's history)
    assert story.minor == len(full.items) - 1 + full.stories[0].minor and story.pending == 0
    assert f"{story.minor} minor items not shown" in story.pending_note
    # The reader is told, so the article is accounted for (marked seen), not held back.
    assert article.id in tight.article_ids and not tight.held_ids


def test_a_floor_above_every_score_still_shows_the_best_line() -> None:
    digest, _ = _digest(99.0, floor=99.0)
    assert len(digest.items) == 1 and digest.stories[0].minor >= 3


def test_background_sentences_fall_below_the_margin_first() -> None:
    full, _ = _digest(99.0)
    some, _ = _digest(0.35)
    shown = {i.text for i in some.items}
    assert len(shown) < len(full.items)
    assert not any("Middle Ages" in t or "tourists" in t for t in shown), shown


def test_the_minor_count_survives_the_outbox_codec() -> None:
    from bot.core.codec import digest_from_json, digest_to_json

    tight, _ = _digest(0.0)
    back = digest_from_json(digest_to_json(tight))
    assert back.stories[0].minor == tight.stories[0].minor > 0


def test_the_first_words_of_the_digest_show_whatever_their_score() -> None:
    full, _ = _digest(99.0)
    some, _ = _digest(0.0, words=25)  # the best line alone has about 16 words: the next one shows too
    assert [i.text for i in some.items] == [i.text for i in full.items][:2]
    assert some.stories[0].minor == len(full.items) - 2 + full.stories[0].minor  # and the buried history line


def test_items_over_the_cap_of_a_trimmed_story_are_minor_not_pending() -> None:
    capped, article = _digest(99.0, cap=2)
    assert capped.stories[0].pending > 0 and article.id in capped.held_ids  # untrimmed: they wait
    trimmed, article = _digest(0.0, cap=2)
    story = trimmed.stories[0]
    assert story.pending == 0 and story.minor == 4 and not trimmed.held_ids


def _story(sid: str, scores: list[float]) -> StoryDigest:
    items = [Item(Kind.NEW, f"Line {k} of story {sid} has five words.", score=x) for k, x in enumerate(scores)]
    return StoryDigest(sid, sid, items)


def test_spare_walks_the_stories_in_display_order() -> None:
    first, second = _story("a", [2.0, 1.9, 1.0]), _story("b", [0.5, 0.45, 0.1])
    spare([first, second], words=10, margin=0.2, floor=0.0)
    # 'a': the first two lines fill the first 10 words' budget (8 words each), its third is minor;
    # 'b': its best always shows, 0.45 is within the margin, 0.1 is not.
    assert [i.score for i in first.items] == [2.0, 1.9] and first.minor == 1
    assert [i.score for i in second.items] == [0.5, 0.45] and second.minor == 1
    floor = _story("c", [0.5, 0.45])
    spare([floor], words=0, margin=0.2, floor=0.48)
    assert [i.score for i in floor.items] == [0.5] and floor.minor == 1


def test_a_background_line_is_minor_even_among_the_first_words() -> None:
    text = TEXT.replace("founded in the Middle Ages", "built in the 1990s")  # an earlier decade and history: background
    engine = Engine(EngineConfig(salience_margin=99.0, digest_words=1000, backdrop_cut=1.0))  # the budget alone
    digest = engine.digest("t", [make_article(text, name="lisbon.txt")], Memory())
    texts = " ".join(item.text for item in digest.items)
    assert "1990s" not in texts and "4,000 dock workers" in texts
    assert digest.stories[0].minor == 1


def test_a_story_whose_only_line_is_background_still_shows_it() -> None:
    story = StoryDigest("s", "Old port")
    story.items = [Item(kind=Kind.NEW, text="The port was founded in 1147.", score=-9.5)]
    spare([story], words=100)
    assert len(story.items) == 1 and story.minor == 0


def test_when_every_line_is_buried_only_the_best_shows() -> None:
    story = StoryDigest("s", "Old port")
    story.items = [Item(kind=Kind.NEW, text=f"The port was founded in 114{k}.", score=-9.5 - k / 10) for k in range(3)]
    spare([story], words=100)
    assert [i.score for i in story.items] == [-9.5] and story.minor == 2


def _from(article: str, n: int, kind: Kind = Kind.NEW) -> Item:
    return Item(kind, f"Line {n} of the {article} piece tells one more thing.", [SourceRef("Paper", "", article)],
                key=f"{article}:{n}")


def test_an_article_that_reads_as_no_report_gives_its_story_a_few_lines() -> None:
    story = StoryDigest("s", "Port", [_from("feature", k) for k in range(6)] + [_from("wire", 0)])
    per_article([story], lambda item: 0.9 if item.key.startswith("feature") else 0.1, lines=3, cut=0.7, words=0)
    assert [i.key for i in story.items] == ["feature:0", "feature:1", "feature:2", "wire:0"] and story.minor == 3


def test_the_digests_first_words_show_whatever_their_article() -> None:
    lead = StoryDigest("a", "Port", [_from("wire", k) for k in range(2)])  # 5 content words a line: 10 words
    story = StoryDigest("b", "Fair", [_from("feature", k) for k in range(4)])
    per_article([lead, story], lambda item: 0.9 if item.key.startswith("feature") else 0.1, lines=1, cut=0.7,
                words=16)
    # the feature's second line starts at content word 15: among the first 16, it shows; its third starts past them
    assert [i.key for i in story.items] == ["feature:0", "feature:1"] and story.minor == 2 and len(lead.items) == 2


def test_a_report_keeps_every_line_and_changed_figures_always_show() -> None:
    report = StoryDigest("s", "Port", [_from("wire", k) for k in range(6)])
    per_article([report], lambda item: 0.2, lines=3, cut=0.7, words=0)
    assert len(report.items) == 6 and report.minor == 0
    # updates count against the article's lines but always show; so does the story's first new-kind line
    story = StoryDigest("s", "Port", [_from("feature", k, Kind.UPDATED) for k in range(4)] + [_from("feature", 9)])
    story.items.append(_from("feature", 10))
    per_article([story], lambda item: 0.9, lines=3, cut=0.7, words=0)
    assert [i.key for i in story.items][-2:] == ["feature:3", "feature:9"] and story.minor == 1


def test_beside_two_reports_a_column_gives_one_line_past_the_first_words() -> None:
    def column_lines(reports: int, crowded: int = CROWDED_LINES, words: int = 0) -> list[str]:
        lead = StoryDigest("a", "Port strike", [_from(f"wire{n}", k) for n in range(reports) for k in range(2)])
        column = StoryDigest("b", "Port strike, a view", [_from("column", k) for k in range(5)])
        per_article([lead, column], lambda item: 0.9 if item.key.startswith("column") else 0.1, lines=3, cut=0.7,
                    words=words, crowded=crowded, beside_reports=CROWDED_REPORTS)
        assert len(lead.items) == 2 * reports  # the reports keep every line
        return [i.key for i in column.items]

    assert CROWDED_LINES == 1 and CROWDED_REPORTS == 2
    # the day's reports (two articles below the cut) give lines: the column shows its best line alone; with one
    # report beside it, its own budget (3 lines) holds
    assert column_lines(2) == ["column:0"] and column_lines(3) == ["column:0"]
    assert column_lines(1) == [f"column:{k}" for k in range(3)]
    assert column_lines(2, crowded=0) == [f"column:{k}" for k in range(3)]  # 0: off
    # the digest's first words show whatever their article (5 content words a line: 4 report lines, 2 column lines)
    assert column_lines(2, words=26) == ["column:0", "column:1"]
    # within one story too; updates still show and count
    story = StoryDigest("s", "Port", [_from("wire", 0), _from("agency", 0), _from("column", 0),
                                      _from("column", 1, Kind.UPDATED), _from("column", 2)])
    per_article([story], lambda item: 0.9 if item.key.startswith("column") else 0.1, lines=3, cut=0.7, words=0)
    assert [i.key for i in story.items] == ["wire:0", "agency:0", "column:0", "column:1"] and story.minor == 1


def test_lines_over_an_articles_budget_are_minor_told_and_the_article_accounted_for() -> None:
    def digest(lines: int, cut: float):
        engine = Engine(EngineConfig(salience_margin=99.0, digest_words=0, backdrop_cut=1.0, article_lines=lines,
                                     article_cut=cut, minor_ratio=0.0))
        return engine.digest("t", [make_article(TEXT, name="lisbon.txt")], Memory())

    full = digest(0, 0.0)  # 0 lines: off
    few = digest(2, 0.0)  # every article reads as "no report" at a cut of 0: the budget alone
    assert len(full.items) >= 4 and [i.text for i in few.items] == [i.text for i in full.items][:2]
    story = few.stories[0]
    assert story.minor == full.stories[0].minor + len(full.items) - 2 and story.pending == 0
    assert f"{story.minor} minor items not shown" in story.pending_note and not few.held_ids


def test_past_the_first_words_a_line_told_by_a_voice_is_minor() -> None:
    quote = "Rui Matos: “We will not go back to work until the port pays us”"
    lead = StoryDigest("a", "Port", [Item(Kind.NEW, quote, key="first"), _from("wire", 0),
                                     Item(Kind.NEW, quote, key="early")])
    story = StoryDigest("b", "Ferries", [_from("wire", 1), Item(Kind.NEW, "The mayor says she was shocked by it.",
                                                               key="late"), _from("wire", 2)])
    voices([lead, story], words=30)
    # a story's first line shows whatever it is, and so do the digest's first 30 words; past them the voices go
    assert [i.key for i in lead.items] == ["first", "wire:0", "early"] and lead.minor == 0
    assert [i.key for i in story.items] == ["wire:1", "wire:2"] and story.minor == 1


def test_the_engine_shows_a_voice_only_within_the_digests_first_words() -> None:
    text = TEXT + "\nRui Matos said: “We will stay out until the port pays every worker what it owes.”"

    def shown(words: int) -> list[str]:
        engine = Engine(EngineConfig(salience_margin=99.0, digest_words=words, backdrop_cut=1.0, minor_ratio=0.0,
                                     article_lines=0))
        return [i.text for i in engine.digest("t", [make_article(text, name="lisbon.txt")], Memory()).items]

    within, past = shown(10_000), shown(0)
    assert any(t.startswith("Rui Matos: “We will stay out") for t in within)  # within the first words the voice shows
    assert past == [t for t in within if not t.startswith("Rui Matos: ")]  # past them it is minor, nothing else goes
