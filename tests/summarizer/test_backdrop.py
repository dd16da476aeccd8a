"""The backdrop model (summarizer.backdrop): cues, probability, and the hide that holds lines back."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Mapping

from summarizer.backdrop import cues, hide, probability
from summarizer.models import Article, Item, Kind, SourceRef, StoryDigest
from summarizer.novelty import Verdict

DAY = date(2031, 3, 12)


def test_a_past_perfect_is_background_unless_someone_says_it() -> None:
    assert cues("The mayor had opened the bridge before the flood.", DAY)["b_past_perfect"] == 1.0
    assert cues("The mayor said he had opened the bridge too early.", DAY)["b_past_perfect"] == 0.0
    assert cues("The mayor opened the bridge on Tuesday.", DAY)["b_past_perfect"] == 0.0


def test_cues_read_attribution_bare_lines_and_what_was_told() -> None:
    bare = cues("the river is wide and slow in this part of the valley.", DAY)
    assert bare["b_bare"] == 1.0 and bare["b_said"] == 0.0
    told = cues("Police said 12 people were rescued from the Tagus.", DAY, Verdict(True, containment=0.4, coverage=0.6,
                                                                                       new_facts=1), gap=1.0)
    assert told["b_bare"] == 0.0 and told["b_said"] == 1.0
    assert told["b_containment"] == 0.4 and told["b_coverage"] == 0.6 and told["b_new_facts"] == 0.5
    assert told["b_gap"] == 0.5
    assert cues("The ferry sank in 1998 near the old harbour.", DAY)["b_past_year"] == 1.0


def test_the_engine_weighs_a_present_of_state_in_the_main_clause() -> None:
    state = cues("The island depends on the ferry for food.", DAY)  # the engine's cues, not only the fit's
    assert state["a_state"] == 1.0
    assert cues("The island depends on the ferry for food, the mayor said.", DAY)["a_state"] == 0.0
    assert probability(state) > probability({**state, "a_state": 0.0})


def test_a_past_told_against_another_past_moment_is_a_recap() -> None:
    for recap in ("Shortly afterwards the mayor closed the bridge.", "With that the mayor walked out of the hall.",
                  "The ferry was seized at the time of the strike.", "Three years after the flood, the mayor resigned."):
        assert cues(recap, DAY)["b_sequence"] == 1.0, recap
    for news in ("The ferry docked a few hours after the storm passed.",  # minutes and hours: the day's own sequence
                 "The mayor will open the bridge this year after a long delay.",  # no past, no span counted
                 "The mayor said on Tuesday the bridge would reopen two years after the flood."):  # anchored in the last days
        assert cues(news, DAY)["b_sequence"] == 0.0, news
    recap = cues("With that the mayor walked out of the hall.", DAY)
    assert probability(recap) > probability({**recap, "b_sequence": 0.0})  # the engine weighs it


def test_probability_rises_with_a_cue_and_falls_with_a_lead() -> None:
    coef = {"background": 2.0, "lead": -1.0}
    assert probability({"background": 1.0}, coef, -1.0) > probability({}, coef, -1.0) > probability({"lead": 1.0}, coef, -1.0)
    assert probability({"background": 1.0}, {"background": -100.0}, 0.0) == 0.0


def _item(text: str, article: str, kind: Kind = Kind.NEW) -> Item:
    return Item(kind, text, sources=[SourceRef("Gazette", article_id=article)], key=article + ":0")


def test_hide_makes_likely_background_minor_but_not_the_first_line_or_an_update() -> None:
    lead = _item("Dock workers in Lisbon went on strike on Monday.", "a1")
    past = _item("The port was founded in the Middle Ages.", "a2")
    told = _item("Ferries stopped running because of the strike.", "a3")
    update = _item("The strike now involves 5,000 workers.", "a4", Kind.UPDATED)
    story = StoryDigest("s1", "Strike", [lead, past, told, update])
    odds = {"a1": 0.9, "a2": 0.8, "a3": 0.1, "a4": 0.9}
    hide([story], lambda item: odds[item.sources[0].article_id], 0.5)
    assert story.items == [lead, told, update]  # the first line shows whatever its probability; updates always
    assert story.minor == 1 and story.pending == 0 and "1 minor item not shown" in story.pending_note
    other = StoryDigest("s2", "Other", [lead, past])
    hide([other], lambda item: 0.9, 1.0)
    assert other.items == [lead, past] and other.minor == 0  # cut 1.0: off


def test_the_engine_counts_hidden_lines_as_minor_and_does_not_offer_them_again() -> None:
    from summarizer.engine import Engine, EngineConfig
    from summarizer.ingest import make_article
    from summarizer.novelty import Memory
    from tests.fakes.builders import HARBOUR_STRIKE

    article = make_article(HARBOUR_STRIKE, name="lisbon.txt")
    shown = Engine(EngineConfig(backdrop_cut=1.0)).digest("t", [article], Memory())
    hidden = Engine(EngineConfig(backdrop_cut=0.0)).digest("t", [article], Memory())
    assert len(shown.items) >= 3 and not shown.held_ids and article.id in shown.article_ids
    assert [i.text for i in hidden.items] == [shown.items[0].text]  # the first line always shows
    assert hidden.stories[0].minor == shown.stories[0].minor + len(shown.items) - 1 and "minor items not shown" in hidden.stories[0].pending_note
    assert hidden.stories[0].pending == 0 and not hidden.held_ids and article.id in hidden.article_ids


def test_mark_defers_the_probability_until_it_is_read() -> None:
    from summarizer.backdrop import backdrop, mark
    from summarizer.engine import Candidate
    from summarizer.models import Article

    article = Article("a1", "Strike", "", "Gazette")
    old = Candidate("The port was founded in the Middle Ages.", article, "s1", 3, Verdict(True), score=0.2)
    news = Candidate("Dock workers went on strike on Monday.", article, "s1", 0, Verdict(True), score=1.2)
    feats = [{"lead": 0.4}, {"lead": 1.0}]
    mark([old, news], feats)
    assert old.backdrop is None and news.backdrop is None  # nothing computed yet
    want = probability({"lead": 0.4, **cues(old.text, None, old.verdict, 1.0)})
    assert backdrop(old) == want > 0.0 and old.backdrop == want  # computed once, then kept
    assert news.backdrop is None and old.gap == 1.0 and news.gap == 0.0
    greek = Candidate("Οι λιμενεργάτες απεργούν από τη Δευτέρα στο λιμάνι.", article, "s1", 1, Verdict(True))
    mark([greek], [{"lead": 0.4}])
    assert greek.backdrop is None and backdrop(greek) == 0.0  # the cues read English


def test_mark_holds_back_every_line_of_a_column() -> None:
    from summarizer.backdrop import backdrop, mark

    column = _column("c1")

    hook = Line("I have never trusted boats, and you probably shouldn't either.", column, 0, Verdict(True))
    inside = Line("We all know the coffee is terrible.", column, 3, Verdict(True))
    mark([hook, inside], [{}, {}])
    assert inside.backdrop == hook.backdrop == 1.0
    relayed = Line("The ferry operator has been fined, the maritime authority said.", column, 1, Verdict(True))
    mark([relayed, inside], [{}, {}])  # a lede relaying a report: read as any line, not held back at once
    assert relayed.backdrop is None and inside.backdrop == 1.0
    mark([hook, inside], [{}, {}], other_cut=1.01)
    assert inside.backdrop is None and max(backdrop(inside, 1.01), backdrop(hook, 1.01)) < 1.0  # stance cut off too



def test_a_present_of_state_and_a_past_perfect_after_a_that_clause() -> None:
    assert cues("The lagoon is shallow and home to 300 kinds of bird.", DAY)["b_generic_state"] == 1.0
    assert cues("Rangers are counting the birds of the lagoon.", DAY)["b_generic_state"] == 0.0
    assert cues("The ferry crossed the bay with twelve passengers.", DAY)["b_narrative"] == 1.0
    # a past verb opening a "that" clause reports what someone holds happened: not the backdrop of the news
    assert cues("Fishermen complained that the council had ignored the warnings.", DAY)["b_past_perfect"] == 0.0
    assert cues("The council had ignored the warnings for years.", DAY)["b_past_perfect"] == 1.0
    assert cues("Rangers counted the birds.", DAY, position=30)["b_depth"] == 1.0


def test_a_line_of_opinion_is_held_back_by_its_stance() -> None:
    from summarizer.backdrop import backdrop, mark
    from summarizer.engine import Candidate
    from summarizer.models import Article

    article = Article("a2", "Strike", "", "Gazette")
    view = Candidate("We should all be honest about what this could mean for our children.", article, "s1", 2,
                     Verdict(True), score=0.5)
    news = Candidate("Dock workers in Tarvik went on strike on Monday.", article, "s1", 0, Verdict(True), score=1.2)
    mark([view, news], [{"lead": 0.5}, {"lead": 1.0}])
    assert backdrop(view) == 1.0 and backdrop(news) < 1.0
    mark([view], [{"lead": 0.5}])
    assert backdrop(view, stance_cut=1.01) < 1.0  # the stance cut off: the backdrop model alone


def test_a_plain_statement_is_held_back_in_a_column_not_in_a_report() -> None:
    """The stance reads the article's genre evidence: a column's cue-less statement is held back, a report's kept."""
    from datetime import datetime

    from summarizer.backdrop import backdrop, mark
    from summarizer.engine import Candidate
    from summarizer.models import Article

    when = datetime(2025, 3, 6, 8, 0)
    plain = "The old alliance has much better friends in the south than anyone in the capital admits."
    column = Article("c2", "Why I will never trust the alliance", "I have never trusted alliances, and you probably "
                     "shouldn't either. We all know the summits are terrible. Perhaps the real joy is in leaving, "
                     "which is a delight in any weather. " + plain, "Gazette", published=when)
    report = Article("r2", "Alliance summit ends", "The alliance summit in Tarvik ended on Wednesday with a joint "
                     "statement, officials said. Ministers agreed to meet again in May, a spokeswoman said. Police "
                     "said 200 people marched outside the hall. " + plain, "Gazette", published=when)
    lines = [Candidate(plain, a, "s1", 3, Verdict(True), score=0.5) for a in (column, report)]
    mark(lines, [{"lead": 0.0}, {"lead": 0.0}], other_cut=1.01)
    assert backdrop(lines[0]) == 1.0 and backdrop(lines[1]) < 1.0


def test_hide_shows_one_quotation_line_per_story_and_counts_the_others_as_minor() -> None:
    lead = _item("Dock workers in Lisbon went on strike on Monday.", "a1")
    first_quote = _item("The union leader said: “We will not go back until the talks resume”.", "a2")
    fact = _item("Ferries stopped running because of the strike.", "a3")
    second_quote = _item("“It is a disgrace,” a passenger said.", "a4")
    story = StoryDigest("s1", "Strike", [lead, first_quote, fact, second_quote])
    hide([story], lambda item: 0.0, 0.5)
    assert story.items == [lead, first_quote, fact] and story.minor == 1
    none = StoryDigest("s2", "Strike", [lead, first_quote, fact, second_quote])
    hide([none], lambda item: 0.0, 1.0, quotes=0)  # the backdrop cut off: the quotation rule still holds
    assert none.items == [lead, fact] and none.minor == 2
    quoted_lead = StoryDigest("s3", "Strike", [second_quote, first_quote, fact])
    hide([quoted_lead], lambda item: 0.0, 0.5)
    assert quoted_lead.items == [second_quote, fact]  # a quotation that leads is its story's one


def test_a_columns_line_never_leads_its_story() -> None:
    scene = _item("I have never trusted boats, and you probably shouldn't either.", "c1")
    joke = _item("We all know the coffee on board is terrible.", "c1")
    past = _item("The port was founded in the Middle Ages.", "a2")
    report = _item("Dock workers in Lisbon went on strike on Monday.", "a1")
    update = _item("The strike now involves 5,000 workers.", "a3", Kind.UPDATED)
    columns = {"c1"}

    def column(item: Item) -> bool:
        return item.sources[0].article_id in columns

    def odds(item: Item) -> float:
        return {"c1": 1.0, "a2": 0.9}.get(item.sources[0].article_id, 0.1)

    story = StoryDigest("s1", "Strike", [update, scene, past, report, joke])
    hide([story], odds, 0.5, column=column)
    assert story.items == [update, report] and story.minor == 3  # the report's line leads, not the background one
    held = StoryDigest("s2", "Strike", [scene, past, joke])
    hide([held], odds, 0.5, column=column)
    assert held.items == [past] and held.minor == 2  # no line the backdrop lets through: the first not a column's
    only = StoryDigest("s3", "Ferry", [scene, joke])
    hide([only], odds, 0.5, column=column)
    assert only.items == [] and only.minor == 2  # told only by a column: none of its lines
    off = StoryDigest("s4", "Ferry", [scene, joke])
    hide([off], odds, 0.5)
    assert off.items == [scene] and off.minor == 1  # no column test: the first line shows whatever it is


def test_column_line_reads_the_article_kind_and_keeps_a_relayed_report() -> None:
    from summarizer.backdrop import column_line

    column = _column("c2")

    assert column_line(Line("We all know the coffee is terrible.", column, 3, Verdict(True)))
    relayed = Line("The ferry operator has been fined, the maritime authority said.", column, 1, Verdict(True))
    assert not column_line(relayed)  # a lede relaying a report is read as a report's line
    assert not column_line(Line("We all know the coffee is terrible.", column, 3, Verdict(True)), other_cut=1.01)


def _column(article_id: str) -> Article:
    """A column in the writer's own voice (invented), as an article."""
    return Article(id=article_id, title="Why I will never trust the ferry", published=datetime(2025, 3, 6, 8, 0), text=(
        "I have never trusted boats, and you probably shouldn't either. "
        "My grandfather crossed the Kattegat every summer in the 1950s and hated every minute of it. "
        "There is something wonderful about a sea crossing, but it is also dull, slow and overlong. "
        "We all know the coffee is terrible. "
        "Perhaps the real joy is in arriving, which is a delight in any weather."))


@dataclass
class Line:
    """A digest line as the backdrop reads it."""
    text: str
    article: Article
    position: int
    verdict: Verdict
    score: float = 1.0
    backdrop: float | None = None
    ranking: Mapping[str, float] = field(default_factory=dict)
    gap: float = 0.0


def test_an_opinion_line_leads_only_with_no_report_to_lead() -> None:
    view = _item("Why did the port authority wait so long to tell anyone?", "o1")
    report = _item("Dock workers in Lisbon went on strike on Monday.", "a1")
    past = _item("The port was founded in the Middle Ages.", "a2")
    views = {"o1", "o2"}

    def opinion(item: Item) -> bool:
        return item.sources[0].article_id in views

    def odds(item: Item) -> float:
        return {"o1": 1.0, "a2": 0.9}.get(item.sources[0].article_id, 0.1)

    story = StoryDigest("s1", "Strike", [view, past, report])
    hide([story], odds, 0.5, opinion=opinion)
    assert story.items == [report, view] and story.minor == 1  # the report leads; the question is demoted, not lost
    alone = StoryDigest("s2", "Strike", [view, past])
    hide([alone], odds, 0.5, opinion=opinion)
    assert alone.items == [view] and alone.minor == 1  # no report the backdrop lets through: the first line stays
    off = StoryDigest("s3", "Strike", [view, past, report])
    hide([off], odds, 0.5)
    assert off.items == [view, report]  # no opinion test: the first line shows whatever it is


def test_a_demoted_opinion_line_trades_places_with_the_report_and_is_never_hidden() -> None:
    view = _item("Why did the port authority wait so long to tell anyone?", "o1")
    aside = _item("Nobody who knows the harbour can be surprised by any of this.", "o2")
    report = _item("Dock workers in Lisbon went on strike on Monday.", "a1")
    later = _item("The strike closed three container terminals, the union said.", "a3")
    update = _item("The strike now involves 5,000 workers.", "a4", Kind.UPDATED)

    def opinion(item: Item) -> bool:
        return item.sources[0].article_id in {"o1", "o2"}

    def odds(item: Item) -> float:  # the commenting first line reads as background: first, it showed all the same
        return {"o1": 0.9, "o2": 0.1}.get(item.sources[0].article_id, 0.1)

    story = StoryDigest("s1", "Strike", [view, aside, report, later, update])
    hide([story], odds, 0.5, opinion=opinion)
    assert story.items == [report, aside, view, later, update] and story.minor == 0


def test_opinion_weighs_the_sentence_with_its_articles_genre() -> None:
    from summarizer.backdrop import opinion

    report, column = Article("r1", "Strike", "", "Gazette"), _column("c9")
    question = "Why did the port authority wait so long to tell anyone?"
    assert opinion(Line(question, column, 4, Verdict(True)))  # the writer's question in a column
    assert not opinion(Line(question, report, 4, Verdict(True)))  # one cue alone, in a report: it may lead
    assert not opinion(Line("Police arrested 12 people in Tarvik on Monday.", column, 4, Verdict(True)))  # an event
    assert not opinion(Line(question, column, 4, Verdict(True)), cut=1.01)
