"""The news bar (summarizer.newsbar): a line's news probability, and the quiet day whose lines are all minor."""
from __future__ import annotations

from summarizer.budget import spare
from summarizer.engine import Engine, EngineConfig
from summarizer.ingest import make_article
from summarizer.models import Item, Kind, StoryDigest
from summarizer.newsbar import news_probability, told_by_voice
from summarizer.novelty import Memory
from summarizer.weights import NEWS_BAR, NEWS_COEF

TEXT = """Harbour strike halts ferry traffic in Lisbon
Port union leader Rui Matos called an indefinite strike of 4,000 dock workers in Lisbon on Monday.
Ferry operator Transtejo cancelled 120 crossings between Lisbon and Barreiro because of the strike.
The port authority offered to reopen wage talks with the dock workers union next week."""


def test_a_lead_event_line_is_likelier_news_than_a_quoted_aside() -> None:
    lead = {"relevance": 1.0, "lead": 1.0, "title": 0.6, "event": 1.0, "attributed": 1.0}
    aside = {"relevance": 0.2, "lead": 0.1, "quoted": 0.8, "opinion": 0.4}
    assert news_probability(lead) > NEWS_BAR > news_probability(aside)
    assert news_probability({}) < news_probability({"fact": 1.0})  # a new figure or date raises it
    assert set(NEWS_COEF) and all(isinstance(v, float) for v in NEWS_COEF.values())


def _digest(bar: float, text: str = TEXT):
    article = make_article(text, name="lisbon.txt")
    return Engine(EngineConfig(news_bar=bar)).digest("t", [article], Memory()), article


def test_a_quiet_day_shows_no_new_line_and_says_how_many_are_minor() -> None:
    loud, _ = _digest(0.0)
    quiet, article = _digest(1.01)  # no line can clear this bar
    assert len(loud.items) >= 2 and not quiet.items
    assert quiet.stories[0].minor == len(loud.items)
    assert article.id in quiet.article_ids and not quiet.held_ids  # told (as minor), not held back
    default, _ = _digest(NEWS_BAR)
    assert [i.text for i in default.items] == [i.text for i in loud.items]  # a clear report clears the bar


def test_a_quiet_day_still_tells_updates_and_conflicts() -> None:
    story = StoryDigest("s", "Strike", [Item(Kind.NEW, "Talks resumed.", score=1.0),
                                        Item(Kind.UPDATED, "Strikers now number 5,000.", score=0.5)])
    spare([story], words=100, quiet=True)
    assert [i.kind for i in story.items] == [Kind.UPDATED] and story.minor == 1


def test_lines_not_in_english_are_never_judged_by_the_english_cues() -> None:
    text = ("Greve no porto de Lisboa\nO sindicato dos estivadores convocou uma greve de 4.000 trabalhadores em "
            "Lisboa na segunda-feira.\nA operadora Transtejo cancelou 120 travessias entre Lisboa e o Barreiro por "
            "causa da greve.\nA autoridade portuária ofereceu-se para reabrir as negociações salariais na próxima "
            "semana.")
    digest, _ = _digest(0.99, text)
    assert digest.items  # English cues would find no event verb or attribution here


def test_a_day_whose_every_line_is_buried_is_quiet() -> None:
    from dataclasses import dataclass

    from summarizer.newsbar import quiet_day
    from summarizer.weights import BURY

    @dataclass
    class Cand:
        news: float
        score: float

    buried = [Cand(0.9, 0.5 - BURY), Cand(0.6, 0.2 - BURY)]  # likely-looking, but background or a writer's question
    assert quiet_day(buried)
    assert not quiet_day(buried + [Cand(0.9, 0.4)])  # one line that is neither leads
    assert quiet_day([Cand(NEWS_BAR / 2, 1.0)])  # none clears the news bar
    assert not quiet_day([])


def test_a_profile_alone_makes_a_quiet_day_whatever_the_news_bar() -> None:
    profile = """Lisbon dockers and their leader
Port union leader Rui Matos was born in Lisbon and once worked at the docks for 4,000 escudos a month.
The union of 120 ferry workers in Barreiro has long fought for higher wages.
The union was founded in Lisbon by dock workers who had long fought for higher wages."""
    digest, article = _digest(0.0, profile)  # no bar: only burying (history and profile cues) makes it quiet
    assert not digest.items and digest.stories[0].minor >= 2  # told as minor, not led with
    assert article.id in digest.article_ids


def test_a_changed_figure_leads_the_digest_before_a_more_salient_new_line() -> None:
    from datetime import datetime

    from summarizer.models import Kind

    engine = Engine(EngineConfig())
    memory = Memory()
    first = make_article("Flood in Porto\nFloods in Porto have killed 12 people, the civil protection agency said on "
                         "Monday.\nRescuers searched flooded streets near the river.", name="a.txt",
                         published=datetime(2024, 3, 4, 9))
    engine.digest("t", [first], memory)
    engine.remember(memory, [first])
    second = make_article("Porto mayor visits flooded district\nPorto mayor Rui Moreira visited the flooded Ribeira "
                          "district on Tuesday, met rescuers at the riverside fire station and promised emergency aid "
                          "of 2 million euros to the shop owners whose stores were ruined by the water.\n"
                          "Shop owners in Ribeira began clearing "
                          "mud from their stores.\nAll schools in the city stayed closed on Tuesday because of the "
                          "floods.\nThe civil protection agency said the floods have now killed 31 "
                          "people in Porto.", name="b.txt", published=datetime(2024, 3, 5, 9))
    items = engine.digest("t", [second], memory).items
    assert items[0].kind is Kind.UPDATED and "31" in items[0].text
    assert items[0].score < max(i.score for i in items)  # it leads although the mayor's visit scores higher
    # and the most salient new line follows it whatever its length (not pushed after the shorter lines)
    assert items[1].score == max(i.score for i in items) and len(items[1].text) > EngineConfig().line_chars


def test_a_day_of_states_of_mind_alone_is_quiet() -> None:
    from summarizer.newsbar import carries_day

    reactions = """Reactions to the Lisbon harbour ruling
Former union leader Rui Matos says he was shocked by the court's decision on the Lisbon docks.
The mayor of Lisbon said she had no regrets about the closure of the old ferry terminal.
Ferry operator Transtejo said it was disappointed by the length of the dispute."""
    digest, article = _digest(NEWS_BAR, reactions)  # feelings about an event, none of the event itself
    assert not digest.items and digest.stories[0].minor >= 2 and article.id in digest.article_ids
    assert not carries_day("The mayor of Lisbon said she was shocked by the ruling.", article)
    assert carries_day("The mayor of Lisbon condemned the ruling.", article)  # a public act of reaction may be news
    assert carries_day("Police arrested two dock workers in Lisbon on Monday night.", article)


def test_the_lazy_quiet_test_answers_as_the_quiet_day_of_the_lines_that_may_lead() -> None:
    from dataclasses import dataclass
    from itertools import product

    from summarizer.newsbar import carries_day, quiet, quiet_day
    from summarizer.weights import BURY

    page = make_article("Harbour strike in Lisbon\nDock workers in Lisbon walked out on Monday.", name="q.txt")
    fit, unfit = "Police arrested two dock workers in Lisbon on Monday night.", \
        "The mayor of Lisbon said she was shocked by the ruling."  # a state of mind may not carry the day

    @dataclass
    class Cand:
        text: str
        news: float
        score: float
        article: object = page

    assert carries_day(fit, page) and not carries_day(unfit, page)
    kinds = [(text, news, score) for text in (fit, unfit) for news in (NEWS_BAR / 2, 0.95)
             for score in (0.4, 0.4 - BURY)]
    for n in range(4):
        for combo in product(kinds, repeat=n):
            cands = [Cand(*k) for k in combo]
            leads = [c for c in cands if carries_day(c.text, page)]
            assert quiet(cands) == (bool(cands) and (not leads or quiet_day(leads)))  # type: ignore[arg-type]


def test_a_quotation_alone_or_a_state_of_mind_is_told_by_a_voice() -> None:
    assert told_by_voice("Rui Matos: “We will not go back to work until the port pays us”")
    assert told_by_voice("The mayor says she was shocked by the strike.")
    assert not told_by_voice("The union said 4,000 dock workers had joined the strike.")
