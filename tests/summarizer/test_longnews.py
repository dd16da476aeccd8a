"""The long-line hold gives way to a long line far likelier news than the lines kept (:mod:`summarizer.longnews`)."""
from __future__ import annotations

from summarizer.candidate import Candidate
from summarizer.longnews import held_for_length
from summarizer.models import Article, Item, Kind
from summarizer.novelty import Verdict

LONG = ("The council voted on Tuesday to close the old bridge over the river for two years, and the mayor said the "
        "repairs would cost four million pounds.")
SHORT = "The town is proud of its old bridge."


def pair(text: str, news: float, kind: Kind = Kind.NEW) -> tuple[Candidate, Item]:
    """A candidate of ``text`` with news probability ``news``, and its item."""
    cand = Candidate(text, Article(id="a1", title="Bridge", text=text), "s1", 0, Verdict(True, kind), news=news)
    return cand, Item(kind=kind, text=text)


def test_a_long_line_goes_behind_a_kept_line_unless_far_likelier_news() -> None:
    kept = [pair(SHORT, 0.2)]
    cand, item = pair(LONG, 0.5)
    assert held_for_length(item, cand, kept, 100, 0.0)  # off: the hold always applies
    assert not held_for_length(item, cand, kept, 100, 1.5)  # 0.5 >= 1.5 * 0.2
    assert held_for_length(item, cand, kept, 100, 3.0)  # 0.5 < 3 * 0.2


def test_no_hold_for_a_short_line_a_first_line_or_an_update() -> None:
    cand, item = pair(LONG, 0.1)
    assert not held_for_length(item, cand, [pair(SHORT, 0.9)], 200, 1.5)  # under the length
    assert not held_for_length(item, cand, [], 100, 1.5)  # nothing kept yet: the first line keeps its place
    assert not held_for_length(item, cand, [pair(SHORT, 0.9, Kind.UPDATED)], 100, 1.5)  # only an update kept
    update, update_item = pair(LONG, 0.1, Kind.UPDATED)
    assert not held_for_length(update_item, update, [pair(SHORT, 0.9)], 100, 1.5)


COLUMN = ("Why I will never love the old bridge\nI have never trusted bridges, and you probably shouldn't either.\n"
          "My grandfather crossed it every summer in the 1950s and hated every minute of it.\n"
          "There is something wonderful about a river crossing, but it is also dull, slow and overlong.\n"
          "We all know the view is terrible.\nPerhaps the real joy is in arriving, which is a delight in any weather.\n"
          "Frankly, the river is a beautifully indifferent thing.")
REPORT = ("Bridge to close\nThe council voted on Tuesday to close the old bridge for two years, the mayor said.\n"
          "\"We had no choice,\" a councillor told reporters.\nThe repairs will cost four million pounds, a spokeswoman said.\n"
          "Two ferries will run from Monday until the work is done, officials said.\n"
          "Engineers inspected the bridge on Wednesday morning.")
SCENE = ("Hundreds of families spent a second night in the school hall after the flood.\n"
         "Volunteers handed out blankets and soup, the council said on Wednesday.\n"
         "Many of the houses on the river bank were built in the 1960s.\n"
         "The water is expected to fall by the weekend, forecasters said.\n"
         "Some residents say they have never seen the river so high.\nThe mayor will visit the hall on Thursday morning.")


def test_a_column_line_does_not_hold_a_report_line_behind_it() -> None:
    """A long line of a report is not held behind a line of an article that reads as no report (a column or feature:
    :func:`summarizer.articlekind.other_probability` at least the cut); a report's line still holds a column's, and
    a report a little likelier a feature than the long line's own (both below the cut) still holds it (invented pages)."""
    column = Article(id="c1", title="Why I will never love the old bridge", text=COLUMN.split("\n", 1)[1])
    report = Article(id="r1", title="Bridge to close", text=REPORT.split("\n", 1)[1])
    kept = Candidate(SHORT, column, "s1", 0, Verdict(True), news=0.9)
    cand = Candidate(LONG, report, "s1", 0, Verdict(True), news=0.5)
    assert not held_for_length(Item(kind=Kind.NEW, text=LONG), cand, [(kept, Item(kind=Kind.NEW, text=SHORT))], 100, 1.5)
    kept.article, cand.article = report, column
    assert held_for_length(Item(kind=Kind.NEW, text=LONG), cand, [(kept, Item(kind=Kind.NEW, text=SHORT))], 100, 1.5)
    kept.article, cand.article = Article(id="r2", title="Families sleep in school hall", text=SCENE), report
    assert held_for_length(Item(kind=Kind.NEW, text=LONG), cand, [(kept, Item(kind=Kind.NEW, text=SHORT))], 100, 1.5)
    kept.article = column
    assert held_for_length(Item(kind=Kind.NEW, text=LONG), cand, [(kept, Item(kind=Kind.NEW, text=SHORT))], 100, 1.5,
                           cut=1.01)  # cut off: the column's line holds as before
