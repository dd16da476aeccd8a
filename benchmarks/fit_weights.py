"""Fit the salience weights (``summarizer/weights.py``) on the news_dev day gold, leave-one-story-out.

1. Replay every news_dev story day by day with the engine; for each story section of each
   day record every candidate's features (``summarizer.rank.score_candidates``, centrality
   on the top 40 by the current cheap score) and the line it would become.
2. A weight vector is judged by simulating the day digests it gives (sections ordered as
   the engine orders them, up to 10 lines each) and scoring their first 100 words as
   ``score_days.py`` does: objective = update_R2 - BETA * background_R2, averaged over days.
3. Feature selection, leave one story out: each weight alone is moved by the offset (STEPS)
   that scores best on four stories and kept only if that helps the fifth in >= 4 of the 5
   folds. (A free coordinate search over all weights, and a ridge regression of each line's
   own overlap, were tried first: both did worse than the starting weights held out.)
4. Leave one story out for the kept set: fit on four stories, score the fifth; per story,
   the held-out figures side by side with the starting weights and with LexRank-5.
5. The salience budget (``MARGIN``, ``FLOOR``: lines scoring more than MARGIN below their
   story's best, or below FLOOR, are minor, not shown; the best line always shows) is fitted
   the same way, leave one story out, after the weights: the grid pair that maximises ROUGE-2 F of the whole day digest against the Update summaries
   (minus BETA times that against the Background summaries) on four stories, scored on the
   fifth. F, not recall of the first 100 words: recall alone always prefers more lines.
6. Finally fit the kept weights and the budget on all five and print them (copy them into
   ``summarizer/weights.py`` only if the held-out figures support them).

Nothing from news_dev is written to the repository (an optional feature cache goes to /tmp).

    PYTHONPATH=. python benchmarks/fit_weights.py [--news-dev PATH] [--cache /tmp/fw.pkl]
"""
from __future__ import annotations

import argparse
import json
import math
import pickle
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Sequence

if __package__ in (None, ""):  # run as a script: import from the project root, not benchmarks/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

import numpy  # noqa: E402

from benchmarks.common import SHARED, load_module, news_dev_stories, read_articles  # noqa: E402
from benchmarks.quality import lexrank_day_records  # noqa: E402
from bot.cli import run_replay  # noqa: E402
from summarizer.engine import Candidate, Engine, EngineConfig  # noqa: E402
from summarizer.rank import score_candidates  # noqa: E402
from summarizer.weights import DIGEST_WORDS, FEATURES, FLOOR, MARGIN, WEIGHTS  # noqa: E402

BETA = 1.5  # penalty on background overlap relative to the reward for update overlap
WORDS = 100  # the digest's first words that score_days.py reads
STEPS = (-0.5, -0.25, -0.1, 0.0, 0.1, 0.25, 0.5)  # offsets from the starting weights tried per weight
RHO = 0.002  # a weight moves only if the training objective gains more than RHO per unit of the move
EVERY = 99.0  # a margin that shows every line up to the cap (weights are fitted so)
MARGINS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0, EVERY)  # salience budgets tried
FLOORS = (-EVERY, 0.2, 0.4, 0.6, 0.8, 1.0, 1.2, 1.4, 1.6, EVERY)  # absolute floors tried (-99: none; 99: only the first words)
Budget = tuple[float, float]  # (margin below the story's best, absolute floor)
NO_BUDGET: Budget = (EVERY, -EVERY)
MIN_WINS = 4  # folds (of five) in which a weight fitted alone must help the held-out story
Section = tuple[numpy.ndarray, list[list[str]], float]  # features (n x F), line tokens, volume
Day = dict[str, Any]  # {"sections": [Section], "update": [Counter], "background": [Counter]}


def _bigrams(tokens: Sequence[str]) -> Counter[tuple[str, ...]]:
    return Counter(zip(tokens, tokens[1:]))


def collect(articles: Sequence[Any], gold: dict[str, Any], tokens: Any, config: EngineConfig) -> list[Day]:
    """Replay one story day by day and record each gold day's sections (features, lines, volume)."""
    buffer: list[Section] = []
    original = Engine.rank

    def capture(self: Engine, cands: list[Candidate]) -> list[Candidate]:
        ranked = original(self, cands)
        if cands:
            feats = score_candidates(cands, self.ranker, self.config.max_candidates)
            matrix = numpy.array([[f[name] for name in FEATURES] for f in feats])
            lines = [tokens(self.item(c).full_text) for c in cands]
            story = self.stories.stories[cands[0].story_id]
            volume = 0.3 * math.log1p(len({c.article.id for c in cands})) + 0.1 * math.log1p(story.size)
            buffer.append((matrix, lines, volume))
        return ranked

    days: list[Day] = []

    def emit(key, label, batch, service, digest):
        if label in gold:
            refs = gold[label]
            days.append({"day": label, "sections": list(buffer),
                         "update": [_bigrams(tokens(t)) for t in refs["update"] if t],
                         "background": [_bigrams(tokens(t)) for t in refs.get("background", []) if t]})
        buffer.clear()

    Engine.rank = capture  # type: ignore[method-assign]
    try:
        run_replay(articles, "day", config, emit)
    finally:
        Engine.rank = original  # type: ignore[method-assign]
    return days


def _recall(system: Counter[tuple[str, ...]], refs: list[Counter[tuple[str, ...]]]) -> float:
    vals = [sum(min(c, system[g]) for g, c in r.items()) / sum(r.values()) for r in refs if r]
    return sum(vals) / len(vals) if vals else 0.0


def section_order(scores: numpy.ndarray, per_story: int = 10) -> numpy.ndarray:
    """A section's lines best first, up to ``per_story``."""
    return numpy.argsort(-scores, kind="stable")[:per_story]


def day_lines(day: Day, w: numpy.ndarray, budget: Budget = NO_BUDGET, words: int = DIGEST_WORDS) -> list[list[str]]:
    """The lines (token lists) of a day's simulated digest: sections ordered as the engine orders
    them, lines kept as :func:`summarizer.budget.spare` keeps them (the first ``words`` words, then
    lines within the margin of their section's best and above the floor; a section's best always)."""
    margin, floor = budget
    sections = []
    for matrix, lines, volume in day["sections"]:
        scores = matrix @ w
        order = section_order(scores)
        sections.append((float(scores[order[0]]) + volume, order, scores, lines))
    sections.sort(key=lambda s: -s[0])
    told: list[list[str]] = []
    for _, order, scores, lines in sections:
        bar = max(scores[order[0]] - margin, floor)
        for k, i in enumerate(order):
            if k == 0 or sum(map(len, told)) < words or scores[i] >= bar:
                told.append(lines[i])
    return told


def day_digests(days: Sequence[Day], w: numpy.ndarray, budget: Budget = NO_BUDGET) -> list[list[str]]:
    """The words of each day's simulated digest (:func:`day_lines`)."""
    return [[word for line in day_lines(day, w, budget) for word in line] for day in days]


def simulate(days: Sequence[Day], w: numpy.ndarray, budget: Budget = NO_BUDGET) -> tuple[float, float]:
    """(update_R2, background_R2) of the first 100 words of the day digests ``w`` gives, averaged over days."""
    u = b = 0.0
    for day, words in zip(days, day_digests(days, w, budget)):
        grams = _bigrams(words[:WORDS])
        u += _recall(grams, day["update"])
        b += _recall(grams, day["background"])
    n = len(days) or 1
    return u / n, b / n


def _f(system: Counter[tuple[str, ...]], refs: list[Counter[tuple[str, ...]]]) -> float:
    """ROUGE-2 F of ``system`` against each reference, averaged."""
    size = sum(system.values())
    vals = []
    for r in refs:
        hit = sum(min(c, system[g]) for g, c in r.items())
        p, q = hit / size if size else 0.0, hit / sum(r.values()) if r else 0.0
        vals.append(2 * p * q / (p + q) if p + q else 0.0)
    return sum(vals) / len(vals) if vals else 0.0


def f_scores(days: Sequence[Day], w: numpy.ndarray, budget: Budget) -> tuple[float, float]:
    """(update_F2, background_F2) of the whole day digests (every shown line), averaged over days."""
    u = b = 0.0
    for day, words in zip(days, day_digests(days, w, budget)):
        grams = _bigrams(words)
        u += _f(grams, day["update"])
        b += _f(grams, day["background"])
    n = len(days) or 1
    return u / n, b / n


def fit_budget(days: Sequence[Day], w: numpy.ndarray) -> Budget:
    """The (MARGINS, FLOORS) pair with the best update_F2 - BETA * background_F2 on ``days``
    (ties: the larger margin, then the lower floor: the fuller digest)."""
    def gain(b: Budget) -> float:
        uf, bf = f_scores(days, w, b)
        return uf - BETA * bf
    grid = [(m, f) for m in sorted(MARGINS, reverse=True) for f in FLOORS]
    return max(grid, key=gain)


def lines_per_day(days: Sequence[Day], w: numpy.ndarray, budget: Budget) -> float:
    """The mean number of lines a day digest shows (simulated)."""
    return sum(len(day_lines(day, w, budget)) for day in days) / len(days) if days else 0.0


def objective(days: Sequence[Day], w: numpy.ndarray) -> float:
    """update_R2 - BETA * background_R2 of the simulated day digests."""
    u, b = simulate(days, w)
    return u - BETA * b


def best_step(days: Sequence[Day], w: numpy.ndarray, j: int) -> numpy.ndarray:
    """``w`` with weight ``j`` moved by the STEPS offset that scores best on ``days`` (ties: smallest move)."""
    steps = sorted(STEPS, key=abs)
    scores = [objective(days, w + step * numpy.eye(len(w))[j]) - RHO * abs(step) for step in steps]
    best = max(range(len(steps)), key=lambda i: (scores[i], -i))
    return w + steps[best] * numpy.eye(len(w))[j]


def fit(days: Sequence[Day], start: numpy.ndarray, free: Sequence[int]) -> numpy.ndarray:
    """One deterministic coordinate-search pass over the ``free`` weights (others stay at ``start``)."""
    w = start.copy()
    for j in free:
        w = best_step(days, w, j)
    return w


def select(data: dict[str, Any], start: numpy.ndarray) -> list[int]:
    """Features whose weight, fitted alone on four stories, helps the fifth in at least four of five folds."""
    topics = sorted(data)
    kept = []
    for j, name in enumerate(FEATURES):
        wins, gain = 0, 0.0
        for held in topics:
            train = [d for t in topics if t != held for d in data[t]["days"]]
            w = best_step(train, start, j)
            delta = objective(data[held]["days"], w) - objective(data[held]["days"], start)
            wins += delta > 1e-6
            gain += delta * len(data[held]["days"])
        print(f"  feature {name:10} helps the held-out story in {wins}/5 folds (day-weighted gain {gain:+.4f})")
        if wins >= MIN_WINS and gain > 0:
            kept.append(j)
    return kept


def lexrank_figures(articles: Sequence[Any], gold: dict[str, Any], tokens: Any) -> tuple[float, float]:
    """(update_R2, background_R2) of LexRank-5 per day, scored like :func:`simulate`."""
    u = b = 0.0
    for rec in lexrank_day_records(articles):
        refs = gold.get(rec["batch"])
        if refs:
            grams = _bigrams(tokens(" ".join(i["text"] for i in rec["items"]))[:WORDS])
            u += _recall(grams, [_bigrams(tokens(t)) for t in refs["update"] if t])
            b += _recall(grams, [_bigrams(tokens(t)) for t in refs.get("background", []) if t])
    n = len(gold) or 1
    return u / n, b / n


def main(argv: Sequence[str] | None = None) -> int:
    """Collect, validate leave-one-story-out, fit on all, print the weights."""
    ap = argparse.ArgumentParser(description="Fit the salience weights on news_dev, leave-one-story-out.")
    ap.add_argument("--news-dev", type=Path, default=SHARED / "news_dev")
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--cache", type=Path, default=None, help="pickle of the collected features (outside the repo)")
    args = ap.parse_args(argv)
    tokens = load_module(args.shared / "score_days.py").tokens
    stories = news_dev_stories(args.news_dev)
    data: dict[str, Any]
    if args.cache and args.cache.exists():
        data = pickle.loads(args.cache.read_bytes())
    else:
        data = {}
        for topic, jsonl, gold_path in stories:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            articles = read_articles([jsonl])
            print(f"collecting {topic}: {len(articles)} articles", file=sys.stderr, flush=True)
            data[topic] = {"days": collect(articles, gold, tokens, EngineConfig()),
                           "lexrank": lexrank_figures(articles, gold, tokens), "gold_days": len(gold)}
        if args.cache:
            args.cache.write_bytes(pickle.dumps(data))
    start = numpy.array([WEIGHTS[name] for name in FEATURES])
    topics = sorted(data)
    print("feature selection (each weight alone, leave one story out):")
    free = select(data, start)
    print("kept: " + (", ".join(FEATURES[j] for j in free) or "none"))
    print(f"{'held out':8} {'system':9} {'days':>4} {'upd_R2':>7} {'bg_R2':>7} {'upd/LR':>7} {'bg/LR':>6}")
    totals: Counter[str] = Counter()
    fold_w: dict[str, numpy.ndarray] = {}
    for held in topics:
        train = [d for t in topics if t != held for d in data[t]["days"]]
        w = fold_w[held] = fit(train, start, free)
        test = data[held]["days"]
        lu, lb = data[held]["lexrank"]
        for name, vec in (("current", start), ("fitted", w)):
            u, b = simulate(test, vec)
            n = data[held]["gold_days"]
            u, b = u * len(test) / n, b * len(test) / n  # days without a digest score 0
            totals[name + "_u"] += u * n
            totals[name + "_b"] += b * n
            print(f"{held:8} {name:9} {n:4d} {u:7.4f} {b:7.4f} {u / lu if lu else 0:7.2f} {b / lb if lb else 0:6.2f}")
        totals["lr_u"] += lu * data[held]["gold_days"]
        totals["lr_b"] += lb * data[held]["gold_days"]
        totals["days"] += data[held]["gold_days"]
        print(f"{'':8} lexrank5  {data[held]['gold_days']:4d} {lu:7.4f} {lb:7.4f}   fitted on the other four: "
              + " ".join(f"{n}={v:.3g}" for n, v in zip(FEATURES, w)))
    n = totals["days"]
    for name in ("current", "fitted", "lr"):
        u, b = totals[name + "_u"] / n, totals[name + "_b"] / n
        print(f"{'all':8} {name:9} {n:4d} {u:7.4f} {b:7.4f} "
              f"{u / (totals['lr_u'] / n):7.2f} {b / (totals['lr_b'] / n):6.2f}")
    final = fit([d for t in topics for d in data[t]["days"]], start, free)
    print("final (all five stories): WEIGHTS = {" + ", ".join(f'"{k}": {v:.3g}' for k, v in zip(FEATURES, final)) + "}")
    print("salience budget, leave one story out (each fold's weights; ROUGE-2 F of whole day digests):")
    print(f"{'held out':8} {'budget':>11} {'lines':>5} {'upd_F2':>7} {'bg_F2':>7} {'upd_R2':>7} {'bg_R2':>7}   "
          f"(every line: lines, upd_F2, bg_F2, upd_R2, bg_R2)")
    for held in topics:
        w = fold_w[held]
        budget = fit_budget([d for t in topics if t != held for d in data[t]["days"]], w)
        test = data[held]["days"]
        row = []
        for m in (budget, NO_BUDGET):
            row += [lines_per_day(test, w, m), *f_scores(test, w, m), *simulate(test, w, m)]
        print(f"{held:8} {budget[0]:5.2f},{budget[1]:5.2f} {row[0]:5.1f} {row[1]:7.4f} {row[2]:7.4f} {row[3]:7.4f} {row[4]:7.4f}   "
              f"({row[5]:.1f}, {row[6]:.4f}, {row[7]:.4f}, {row[8]:.4f}, {row[9]:.4f})")
    every_day = [d for t in topics for d in data[t]["days"]]
    print(f"final budget (all five stories): MARGIN, FLOOR = {fit_budget(every_day, final)} (current {MARGIN}, {FLOOR})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
