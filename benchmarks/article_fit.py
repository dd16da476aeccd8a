"""How many lines one article earns: per-article budgets tried on the twelve training episodes, fitted leave one out.

Issue 8: a day's digest often retells one long article (a feature, an analysis, a live blog), 5-8 lines of it. Each
training episode (the six and train2, never the held-out folder) is replayed through the engine as it runs with the
budget off (``EngineConfig.article_lines = 0``); every line of every day digest is recorded with its label, its story,
its article (first source), that article's probability of being no report
(:func:`summarizer.articlekind.other_probability`), the digest's content words before it and whether it is its story's first
new line. A budget ``(lines, cut)`` then makes minor, in display order, every new line but a story's first past the
first ``lines`` of its article when the article's probability reaches ``cut`` (:func:`summarizer.budget.per_article`),
from the digest's first word (``--words 0``, the fit) or past its first ``--words`` content words (the engine's:
100). Removing lines of a
finished digest leaves the memory unchanged (a minor line's article is accounted for), so the simulation is the
engine's digest.

For each weight ``K`` of a news line, the budget best on eleven episodes (objective: lines removed that are not news
minus ``K`` x news lines removed, :func:`benchmarks.minor_fit.worth`) is scored on the twelfth; ``--table`` also prints
what each budget removes on all twelve, and the news share of an article's first, second, ... line. Only numbers are
printed; nothing from the corpora is written.

``--report`` fits a cap for every article on top of the engine's budget (issue 8 item 5: a long report's sixth to
tenth lines): past its first ``R`` lines in its story, a line of an article that reads as a report (probability below
``ARTICLE_CUT``) is minor too; ``R`` is chosen per fold among REPORTS (0: no cap). 6 December (kind49): from the first
word, K 20, eleven folds of twelve chose R 9 and one R 8; held out 7 more lines removed than the kind budget alone, 1
of them news (on all twelve, R 8 removes 1 news line and 12 others more, R 7 3 news and 23 others: an article's
fifth and later lines are news 23 times in 142, its second to fourth 22 in 234, so a report's late lines are no less
news than its early ones). Past the first 100 content words (the engine's window) one line of the twelve is reached.
On the by-day replays of 2009, 2010, 2016, 2014 and h1n1/haiti, R 9 past 100 content words removed 11 lines (read: 2
news, 2 unsure), R 8 36 (4 news, 5 unsure): not shipped. Most of a heavy article's lines are inside that window (a
day digest's median is 56-72 content words on 2009, 2010, 2014 and 2016): of an article's fourth and later lines, 83
of 636 are past it on 2009, 101 of 693 on 2010, 43 of 335 on 2016, 69 of 526 on 2014, 205 of 321 on h1n1. Also tried: a further line of an article needs a news
probability (:mod:`summarizer.newsbar`) of at least ``t`` (K 20: ten folds chose 2 lines and 0.02, 7 lines removed
held out, 1 news; past an article's fourth line news lines have a median probability 0.08, the others 0.06).

``--crowded`` fits the budget beside reports on top of the engine's (issue 8: a column, explainer or feature gave 3-10
lines of a day it shared with reports): on a day ``reports`` other articles below ``ARTICLE_CUT`` give new lines, an
article at or above it keeps ``lines`` lines, past the first ``words`` content words (0 or 100). 7 December (column57):
K 5 to 1000, ten folds of twelve chose (1 line, 2 reports, from the first word), the palin fold (1, 1) and the fold of
its one line (3, 3: off); held out 1 news line (a press review's) and 1 minor removed; on all twelve (1, 2) removes 1
minor line, (1, 1) 1 news and 3 minor. The labels hold few such days, so it was read on by-day replays (2010 stream,
news_dev finan and h1n1: 57 lines, 2 news); from the first word it cut news_dev haiti's update R2 (a report the kind
model rates 0.73), so the engine runs it past the first 100 content words, as the budget itself
(:data:`summarizer.budget.CROWDED_LINES`).

    PYTHONPATH=. python benchmarks/article_fit.py [--cache /tmp/article.pkl] [--table] [--words 100] [--report] [--crowded]
"""
from __future__ import annotations

import argparse
import itertools
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Sequence

if __package__ in (None, ""):  # run as a script: import from the project root, not benchmarks/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

from benchmarks.lines import SHARED, cached_episodes, read_episode  # noqa: E402
from benchmarks.minor_fit import figures, held_out, worth  # noqa: E402
from bot.cli import run_replay  # noqa: E402
from summarizer.articlekind import other_probability  # noqa: E402
from summarizer.budget import ARTICLE_CUT, ARTICLE_LINES, DIGEST_WORDS  # noqa: E402
from summarizer.engine import EngineConfig  # noqa: E402
from summarizer.models import Article, Digest, Kind  # noqa: E402
from summarizer.text import content_words  # noqa: E402

LINES = (1, 2, 3, 4, 5, 6)
CUTS = (0.0, 0.3, 0.45, 0.5, 0.6, 0.7, 0.8)
REPORTS = (0, 4, 5, 6, 7, 8, 9)  # --report: a cap for every article's lines (0: none)
CROWDED = (1, 2, 3)  # --crowded: lines of an article at or above the cut beside a report (3: as the budget's own)
WEIGHTS = (1000, 20, 10, 5)  # K: a news line lost weighs this many other lines removed
Budget = tuple[int, float]
Line = dict[str, Any]  # {"label", "new", "first", "story", "article", "kind", "told"}


def collect(episode: dict[str, Any], shared: Path) -> list[list[Line]]:
    """Replay one episode with the article budget off; per step, its digest's lines in display order."""
    read = read_episode(episode, shared)
    articles = {a.id: a for a in read.articles}
    steps: list[list[Line]] = []

    def emit(key: str, label: str, batch: list[Article], service: object, digest: Digest) -> None:
        step: list[Line] = []
        told = 0
        for n, story in enumerate(digest.stories):
            first = next((i for i in story.items if i.kind is Kind.NEW), None)
            for item in story.items:
                aid = item.sources[0].article_id if item.sources else ""
                step.append({"label": read.label(item.sentence or item.text, aid), "new": item.kind is Kind.NEW,
                             "first": item is first, "story": n, "article": aid,
                             "kind": other_probability(articles[aid]) if aid in articles else 0.0, "told": told})
                told += len(content_words(item.text))
        steps.append(step)

    run_replay(read.articles, episode["every"], EngineConfig(article_lines=0), emit)
    return steps


def removed(steps: Sequence[list[Line]], budget: Budget, first_words: int = 0, report: int = 0) -> Counter[str]:
    """Labels of the lines ``budget`` (lines, cut) makes minor in ``steps`` past their digest's ``first_words`` words
    (as :func:`summarizer.budget.per_article`); with ``report``, also the lines of an article below the cut past its
    first ``report`` lines in its story."""
    lines, cut = budget
    out: Counter[str] = Counter()
    for step in steps:
        told: Counter[tuple[int, str]] = Counter()
        for line in step:
            key = (line["story"], line["article"])
            cap = lines if line["kind"] >= cut else (report or len(step) + 1)
            if line["new"] and not line["first"] and told[key] >= cap and line["told"] >= first_words:
                out[line["label"]] += 1
            else:
                told[key] += 1
    return out


def _cut(step: list[Line], cut: float, cap: Any) -> set[int]:
    """Indexes of the lines of ``step`` an article budget makes minor: a new line but its story's first, of an article
    at or above ``cut``, once ``cap(line)`` gives ``(lines, words)`` with the article's ``lines`` kept in its story and
    the digest past its first ``words`` content words (as :func:`summarizer.budget.per_article`)."""
    out: set[int] = set()
    told: Counter[tuple[int, str]] = Counter()
    for n, line in enumerate(step):
        key = (line["story"], line["article"])
        lines, words = cap(line)
        if line["new"] and not line["first"] and line["kind"] >= cut and told[key] >= lines and line["told"] >= words:
            out.add(n)
        else:
            told[key] += 1
    return out


def removed_crowded(steps: Sequence[list[Line]], crowded: tuple[int, int, int],
                    budget: Budget = (ARTICLE_LINES, ARTICLE_CUT), first_words: int = DIGEST_WORDS) -> Counter[str]:
    """Labels of the lines the budget beside reports ``(lines, reports, words)`` makes minor that the engine's own
    ``budget`` (past ``first_words``) leaves (:func:`summarizer.budget.per_article`): on a day ``reports`` other
    articles below the cut give new lines, an article at or above it gives ``lines`` lines past the digest's first
    ``words`` content words."""
    lines, cut = budget
    few, many, words = crowded
    out: Counter[str] = Counter()
    for step in steps:
        reports = {line["article"] for line in step if line["new"] and line["kind"] < cut}
        own = _cut(step, cut, lambda line: (lines, first_words))
        both = _cut(step, cut, lambda line: (min(lines, few), words) if len(reports - {line["article"]}) >= many
                    else (lines, first_words))
        out.update(step[n]["label"] for n in sorted(both - own))
    return out


def best_budget(tallies: dict[Budget, Counter[str]], weight: float) -> Budget:
    """The budget of highest :func:`worth` (ties: the mildest, most lines then highest cut)."""
    return max(tallies, key=lambda b: (worth(tallies[b], weight), b[0], b[1]))


def leave_one_out(data: dict[str, list[list[Line]]], weight: float, budgets: Sequence[Budget],
                  first_words: int = 0) -> tuple[Counter[str], list[Budget]]:
    """Each episode's removals under the budget fitted on the others; the budgets chosen, in episode order."""
    per = {b: {name: removed(steps, b, first_words) for name, steps in data.items()} for b in budgets}
    return held_out(per, data, lambda tallies: best_budget(tallies, weight))


def report_caps(data: dict[str, list[list[Line]]], weight: float, first_words: int = 0,
                budget: Budget = (ARTICLE_LINES, ARTICLE_CUT)) -> tuple[Counter[str], list[int]]:
    """Each episode's removals under the report cap (REPORTS, on top of ``budget``) fitted on the others (ties: the
    mildest, no cap first, then the most lines); the caps chosen, in episode order."""
    per = {cap: {name: removed(steps, budget, first_words, cap) for name, steps in data.items()} for cap in REPORTS}
    return held_out(per, data, lambda tallies: max(tallies, key=lambda c: (worth(tallies[c], weight), c == 0, c)))


def nth_labels(steps: Sequence[list[Line]]) -> dict[int, Counter[str]]:
    """Labels of an article's first, second, ... line in its story (display order; the sixth and later as 6)."""
    out: dict[int, Counter[str]] = {}
    for step in steps:
        told: Counter[tuple[int, str]] = Counter()
        for line in step:
            told[line["story"], line["article"]] += 1
            out.setdefault(min(told[line["story"], line["article"]], 6), Counter())[line["label"]] += 1
    return out


def crowded_fit(data: dict[str, list[list[Line]]]) -> None:
    """Print, per weight, the budget beside reports (:func:`removed_crowded`) fitted leaving one episode out (ties: the
    mildest, most lines, most reports, then the first words spared) and what each setting removes on all twelve."""
    settings = list(itertools.product(CROWDED, (1, 2, 3), (0, DIGEST_WORDS)))
    per = {c: {name: removed_crowded(steps, c) for name, steps in data.items()} for c in settings}
    for weight in WEIGHTS:
        total, chosen = held_out(per, data, lambda t: max(t, key=lambda c: (worth(t[c], weight), c)))
        print(f"K {weight:>4}: crowded budget held out removed {figures(total)}  (chosen: {dict(Counter(chosen))})")
    every = [step for steps in data.values() for step in steps]
    for c in settings:
        print(f"  crowded {c}: removes {figures(removed_crowded(every, c))}")


def main(argv: Sequence[str] | None = None) -> int:
    """Collect (or load the cache), print the held-out removals per weight (and the in-sample table)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--cache", type=Path, default=None, help="pickle of the collected episodes (outside the repo)")
    ap.add_argument("--table", action="store_true", help="also every budget on all twelve, and labels by line rank")
    ap.add_argument("--words", type=int, default=0, help="spare the digest's first content words (the engine: 100)")
    ap.add_argument("--crowded", action="store_true", help="fit the budget beside reports on top of the engine's")
    ap.add_argument("--report", action="store_true", help="fit a cap for every article on top of the engine's budget")
    args = ap.parse_args(argv)
    data = cached_episodes(args.cache, lambda episode: collect(episode, args.shared), True)
    every = [step for steps in data.values() for step in steps]
    lines = Counter(line["label"] for step in every for line in step)
    print(f"twelve episodes, budget off: {sum(lines.values())} lines ({figures(lines)})")
    if args.crowded:
        crowded_fit(data)
        return 0
    if args.report:
        for weight in WEIGHTS:
            total, caps = report_caps(data, weight, args.words)
            print(f"K {weight:>4}: report cap held out removed {figures(total)}  (caps: {dict(Counter(caps))})")
        for cap in REPORTS:
            print(f"  report cap {cap}: removes {figures(removed(every, (ARTICLE_LINES, ARTICLE_CUT), args.words, cap))}")
        return 0
    budgets = list(itertools.product(LINES, CUTS))
    for weight in WEIGHTS:
        total, chosen = leave_one_out(data, weight, budgets, args.words)
        common = ", ".join(f"{b} x{n}" for b, n in Counter(chosen).most_common(3))
        print(f"K {weight:>4}: held out removed {figures(total)}  (budgets: {common})")
    if args.table:
        for rank, counts in sorted(nth_labels(every).items()):
            print(f"  line {rank} of its article: {figures(counts)}")
        for budget in budgets:
            print(f"  {budget}: removes {figures(removed(every, budget, args.words))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
