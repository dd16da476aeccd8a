"""Fit the salience weights on hand-labelled sentences, leave one episode out; check them on news_dev day gold.

The day gold of news_dev is a weak signal per sentence (its summaries are short: 1-6 % of the
candidate lines share more Update than Background bigrams, and a logistic regression on those
labels did no better than the current weights held out). The episodes of ``benchmarks/lines.py``
label every source sentence by hand (news, minor, background, stale, debris). This script:

1. replays each episode through the engine, day by day, and records for every story section of
   every step each candidate's features (``summarizer.rank.score_candidates``) and the label of
   its source sentence (``lines.locate`` / ``lines.label_of``);
2. simulates the digest a weight vector gives (sections ordered as the engine orders them, up to
   10 lines each) and scores it: OBJECTIVE = share of steps whose first line is news + share of
   news lines - share of background/stale lines - share of debris lines;
3. fits the background cut (lines whose ``background`` cue reaches it are not shown, see
   ``summarizer.weights.BACKGROUND_CUT``) leaving one episode out: the CUTS value best on five
   episodes, scored on the sixth; then the report cut the same way (lines of an article that
   reads as a report less than it, ``article_news``, are not shown: ``REPORT_CUT``);
4. fits, leaving one episode out (six folds), by coordinate search from the current weights
   (each weight moved by the STEPS offset that helps the five training episodes most, in
   PASSES passes, a move kept only when it gains more than RHO per unit) and prints each
   held-out episode with the current and the fitted weights side by side;
5. checks the weights fitted on all six on the news_dev day gold that ``fit_weights.py --cache``
   collected (a corpus the fit never saw): update / background ROUGE-2 of the first 100 words
   per story, against the current weights and LexRank-5;
6. fits the lead window (``summarizer.lead``: a flawed first line gives way to the first fit line among
   the digest's first ``lead_window`` lines) leave one episode out, on the REAL digests: each episode is
   replayed through the engine once per window in LEAD_WINDOWS (changed figures first, quiet days, the
   budget and the line order exactly as the engine makes them), the window best on five episodes
   (first-line news count, ties to the smaller) is scored on the sixth (``--lead`` runs only this).

Only numbers are printed; nothing from the corpora is written.

    PYTHONPATH=. python benchmarks/learn.py [--gold-cache /tmp/fw.pkl] [--cache /tmp/learn.pkl] [--with-train2]

``--with-train2`` (every fit script of the labelled episodes has it) fits on the six and the second training set
(``benchmarks/labels/train2/``), leave one episode out over all twelve.
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

from benchmarks.common import ridge_logistic  # noqa: E402
from benchmarks.fit_weights import simulate  # noqa: E402
from benchmarks.lines import (  # noqa: E402
    SHARED, add_with_train2, cached_episodes, episode_lines, label_of, load_json, locate, read_records, training_files,
)
from bot.cli import run_replay  # noqa: E402
from summarizer.engine import Candidate, Engine, EngineConfig  # noqa: E402
from summarizer.ingest import jsonl_record  # noqa: E402
from summarizer.models import Article  # noqa: E402
from summarizer.rank import score_candidates  # noqa: E402
from summarizer.weights import (  # noqa: E402
    BACKGROUND_CUT, BURY, FEATURES, NEWS_BAR, NEWS_COEF, NEWS_FEATURES, REPORT_CUT, WEIGHTS,
)

STEPS = (-0.5, -0.25, -0.1, 0.0, 0.1, 0.25, 0.5)  # offsets tried per weight and pass
PASSES = 2
RHO = 0.01  # a weight moves only if the training objective gains more than RHO per unit of the move
PER_STORY = 10  # lines a section shows (the engine's per-story cap)
NO_CUT = 99.0
CUTS = (0.3, 0.5, 0.6, 0.8, 1.0, NO_CUT)  # background cuts tried (summarizer.weights.BACKGROUND_CUT)
BACKGROUND = FEATURES.index("background")
ARTICLE_NEWS = FEATURES.index("article_news")
REPORT_CUTS = (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4)  # report cuts tried (summarizer.weights.REPORT_CUT)
NEWS_COLUMNS = [FEATURES.index(name) for name in NEWS_FEATURES]
L2 = 1.0  # ridge penalty of the news model (summarizer.newsbar)
NEWS_BARS = (0.0, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)  # quiet-day bars tried (summarizer.weights.NEWS_BAR)
LEAD_WINDOWS = (1, 2, 3, 5, 8)  # lead windows tried (summarizer.weights.LEAD_WINDOW; 1: no lead choice)
LEAD_RATIOS = (0.0, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)  # lead ratios tried (summarizer.weights.LEAD_RATIO; 0: off)
REACTION_WINDOWS = (1, 2, 3, 5, 8)  # reaction windows tried (summarizer.weights.REACTION_WINDOW; 1: off)
Section = tuple[numpy.ndarray, list[str], float]  # features (n x F), labels, volume
Step = list[Section]


def collect(episode: dict[str, Any], shared: Path, config: EngineConfig) -> list[Step]:
    """Replay one episode; per step, each section's candidate features, labels and volume."""
    ids = [a["id"] for a in episode["articles"]]
    records = read_records(shared / episode["corpus"], ids)
    raws = {i: str(json.loads(records[i])["text"]) for i in ids}
    spans = {a["id"]: [tuple(s) for s in a["spans"]] for a in episode["articles"]}
    articles = [a for a in (jsonl_record(records[i], i) for i in ids) if isinstance(a, Article)]
    buffer: Step = []
    steps: list[Step] = []
    original = Engine.rank

    def capture(self: Engine, cands: list[Candidate]) -> list[Candidate]:
        ranked = original(self, cands)
        if cands:
            feats = score_candidates(cands, self.ranker, self.config.max_candidates)
            labels = []
            for c in cands:
                where = locate(c.text, raws.get(c.article.id, ""))
                labels.append(label_of(*where, spans.get(c.article.id, [])) if where else "unmapped")
            story = self.stories.stories[cands[0].story_id]
            volume = 0.3 * math.log1p(len({c.article.id for c in cands})) + 0.1 * math.log1p(story.size)
            buffer.append((numpy.array([[f[name] for name in FEATURES] for f in feats]), labels, volume))
        return ranked

    def emit(key, label, batch, service, digest):
        if buffer:
            steps.append(list(buffer))
        buffer.clear()

    Engine.rank = capture  # type: ignore[method-assign]
    try:
        run_replay(articles, episode["every"], config, emit)
    finally:
        Engine.rank = original  # type: ignore[method-assign]
    return steps


def shown(step: Step, w: numpy.ndarray, cut: float = NO_CUT, column: int = BACKGROUND,
          report_cut: float = 0.0) -> list[str]:
    """Labels of the lines of a step's simulated digest, first line first (a line whose feature ``column``, the
    background cue, reaches ``cut``, or whose article reads as a report less than ``report_cut``
    (``article_news``), is not shown, unless it is its section's best)."""
    sections = []
    for matrix, labels, volume in step:
        scores = matrix @ w
        buried = matrix[:, column] >= cut if cut < NO_CUT else numpy.zeros(len(labels), dtype=bool)
        if report_cut > 0:
            buried |= matrix[:, ARTICLE_NEWS] < report_cut
        scores = scores - BURY * buried
        order = numpy.argsort(-scores, kind="stable")[:PER_STORY]
        keep = [i for k, i in enumerate(order) if k == 0 or scores[i] > -BURY / 2]  # buried lines: the best only
        sections.append((float(scores[order[0]]) + volume, [labels[i] for i in keep]))
    sections.sort(key=lambda s: -s[0])
    return [lab for _, labs in sections for lab in labs]


def fit_news(steps: Sequence[Step], lam: float = L2) -> numpy.ndarray:
    """Logistic regression (ridge ``lam``, Newton steps) of "the line is news" on NEWS_FEATURES; bias last."""
    x = numpy.vstack([m[:, NEWS_COLUMNS] for step in steps for m, _, _ in step])
    y = numpy.array([lab == "news" for step in steps for _, labels, _ in step for lab in labels], dtype=float)
    return ridge_logistic(x, y, lam)


def step_news(step: Step, b: numpy.ndarray) -> float:
    """The best news probability of a step's candidates under the model ``b``."""
    return max(float((1.0 / (1.0 + numpy.exp(-(m[:, NEWS_COLUMNS] @ b[:-1] + b[-1])))).max()) for m, _, _ in step)


def figures(steps: Sequence[Step], w: numpy.ndarray, cut: float = NO_CUT, report_cut: float = 0.0,
            news: tuple[numpy.ndarray, float] | None = None) -> dict[str, float]:
    """First-line news share (of steps with lines), line shares (news, background+stale, debris), the objective.

    ``news`` (model, bar): a step whose best news probability is below the bar is a quiet day and
    shows no line (the engine still shows updates and conflicts, which these steps hardly have)."""
    counts: Counter[str] = Counter()
    first = told = 0
    for step in steps:
        labs = shown(step, w, cut, report_cut=report_cut)
        if news is not None and step_news(step, news[0]) < news[1]:
            labs = []
        first += bool(labs) and labs[0] == "news"
        told += bool(labs)
        counts.update(labs)
    n = sum(counts.values()) or 1
    out = {"first_news": first / (told or 1), "news": counts["news"] / n, "news_lines": counts["news"],
           "bg_stale": (counts["background"] + counts["stale"]) / n, "debris": counts["debris"] / n}
    out["objective"] = out["first_news"] + out["news"] - out["bg_stale"] - out["debris"]
    return out


def fit(steps: Sequence[Step], start: numpy.ndarray) -> numpy.ndarray:
    """Deterministic coordinate search from ``start`` (PASSES passes over every weight)."""
    w = start.copy()
    for _ in range(PASSES):
        for j in range(len(w)):
            def gain(step: float) -> float:
                return figures(steps, w + step * numpy.eye(len(w))[j])["objective"] - RHO * abs(step)
            best = max(sorted(STEPS, key=abs), key=gain)
            w = w + best * numpy.eye(len(w))[j]
    return w


def _row(name: str, system: str, f: dict[str, float]) -> str:
    return (f"{name:28} {system:8} first news {f['first_news']:.2f}  news {f['news']:.3f}  "
            f"bg+stale {f['bg_stale']:.3f}  debris {f['debris']:.3f}")


def lead_firsts(shared: Path, with_train2: bool = False) -> dict[str, dict[int, tuple[int, int, int]]]:
    """Per episode and lead window, of the engine's real day digests: first lines that are news, first lines that are
    background, stale or debris, days with lines."""
    out: dict[str, dict[int, tuple[int, int, int]]] = {}
    for path in training_files(with_train2):
        episode = load_json(path)
        for window in LEAD_WINDOWS:
            firsts = [line for line in episode_lines(episode, shared, EngineConfig(lead_window=window)) if line.rank == 0]
            bad = sum(line.label in ("background", "stale", "debris") for line in firsts)
            out.setdefault(episode["episode"], {})[window] = (sum(line.label == "news" for line in firsts), bad, len(firsts))
    return out


def fit_lead(shared: Path, with_train2: bool = False) -> None:
    """Print the lead window fitted leave one episode out, every fold, and the held-out total against no lead choice."""
    firsts = lead_firsts(shared, with_train2)
    names = sorted(firsts)
    totals: Counter[str] = Counter()
    for held in names:  # objective: news first lines minus background, stale and debris ones; ties to the smaller window
        window = max(LEAD_WINDOWS, key=lambda w: (sum(firsts[n][w][0] - firsts[n][w][1] for n in names if n != held), -w))
        (base, base_bad, days), (fitted, bad, _) = firsts[held][1], firsts[held][window]
        totals.update(base=base, base_bad=base_bad, fitted=fitted, bad=bad, days=days)
        print(f"{held:28} window {window}: first line news {fitted}/{days}, background/stale/debris {bad} "
              f"(no lead choice: {base}/{days}, {base_bad})")
    print(f"held out: first line news {totals['fitted']}/{totals['days']} = {totals['fitted'] / totals['days']:.3f}, "
          f"background/stale/debris {totals['bad']} (no lead choice {totals['base']}/{totals['days']} = "
          f"{totals['base'] / totals['days']:.3f}, {totals['base_bad']})")
    for window in LEAD_WINDOWS:
        hits, bad, days = (sum(firsts[n][window][k] for n in names) for k in (0, 1, 2))
        print(f"  window {window}: all episodes news {hits}/{days}, background/stale/debris {bad}")


def fit_lead_ratio(shared: Path, with_train2: bool = False) -> None:
    """Print the lead ratio (:func:`summarizer.lead.likeliest_first`) fitted leave one episode out on the engine's real
    day digests, every fold, and the held-out total against none (objective as :func:`fit_lead`; ties to the larger
    ratio, the smaller change)."""
    firsts: dict[str, dict[float, tuple[int, int, int]]] = {}
    for path in training_files(with_train2):
        episode = load_json(path)
        for ratio in LEAD_RATIOS:
            lines = [line for line in episode_lines(episode, shared, EngineConfig(lead_ratio=ratio)) if line.rank == 0]
            bad = sum(line.label in ("background", "stale", "debris") for line in lines)
            firsts.setdefault(episode["episode"], {})[ratio] = (sum(line.label == "news" for line in lines), bad, len(lines))
    names = sorted(firsts)
    totals: Counter[str] = Counter()
    for held in names:
        ratio = max(LEAD_RATIOS, key=lambda r: (sum(firsts[n][r][0] - firsts[n][r][1] for n in names if n != held),
                                                r == 0.0, r))
        (base, base_bad, days), (fitted, bad, _) = firsts[held][0.0], firsts[held][ratio]
        totals.update(base=base, base_bad=base_bad, fitted=fitted, bad=bad, days=days)
        print(f"{held:28} ratio {ratio}: first line news {fitted}/{days}, background/stale/debris {bad} "
              f"(off: {base}/{days}, {base_bad})")
    print(f"held out: first line news {totals['fitted']}/{totals['days']}, background/stale/debris {totals['bad']} "
          f"(off {totals['base']}/{totals['days']}, {totals['base_bad']})")
    for ratio in LEAD_RATIOS:
        hits, bad, days = (sum(firsts[n][ratio][k] for n in names) for k in (0, 1, 2))
        print(f"  ratio {ratio}: all episodes news {hits}/{days}, background/stale/debris {bad}")


def fit_reaction(shared: Path, with_train2: bool = False) -> None:
    """Print the reaction window (:func:`summarizer.lead.event_first`) fitted leave one episode out on the engine's
    real day digests, every fold, and the held-out total against off (objective as :func:`fit_lead`; ties to the
    smaller window, the smaller change)."""
    firsts: dict[str, dict[int, tuple[int, int, int]]] = {}
    for path in training_files(with_train2):
        episode = load_json(path)
        for window in REACTION_WINDOWS:
            config = EngineConfig(reaction_window=window)
            lines = [line for line in episode_lines(episode, shared, config) if line.rank == 0]
            bad = sum(line.label in ("background", "stale", "debris") for line in lines)
            firsts.setdefault(episode["episode"], {})[window] = (sum(line.label == "news" for line in lines), bad,
                                                                 len(lines))
    names = sorted(firsts)
    totals: Counter[str] = Counter()
    for held in names:
        window = max(REACTION_WINDOWS, key=lambda w: (sum(firsts[n][w][0] - firsts[n][w][1] for n in names if n != held),
                                                      -w))
        (base, base_bad, days), (fitted, bad, _) = firsts[held][1], firsts[held][window]
        totals.update(base=base, base_bad=base_bad, fitted=fitted, bad=bad, days=days)
        print(f"{held:28} window {window}: first line news {fitted}/{days}, background/stale/debris {bad} "
              f"(off: {base}/{days}, {base_bad})")
    print(f"held out: first line news {totals['fitted']}/{totals['days']}, background/stale/debris {totals['bad']} "
          f"(off {totals['base']}/{totals['days']}, {totals['base_bad']})")
    for window in REACTION_WINDOWS:
        hits, bad, days = (sum(firsts[n][window][k] for n in names) for k in (0, 1, 2))
        print(f"  window {window}: all episodes news {hits}/{days}, background/stale/debris {bad}")


def main(argv: Sequence[str] | None = None) -> int:
    """Collect, fit leave-one-episode-out, print every fold, fit on all, check on the news_dev gold."""
    ap = argparse.ArgumentParser(description="Fit the salience weights on the labelled episodes, leave one out.")
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--cache", type=Path, default=None, help="pickle of the collected episodes (outside the repo)")
    ap.add_argument("--gold-cache", type=Path, default=None, help="the pickle fit_weights.py --cache wrote")
    ap.add_argument("--lead", action="store_true", help="fit only the lead window (step 6)")
    ap.add_argument("--lead-ratio", action="store_true", help="fit only the lead ratio (summarizer.lead.likeliest_first)")
    ap.add_argument("--reaction", action="store_true", help="fit only the reaction window (summarizer.lead.event_first)")
    add_with_train2(ap)
    args = ap.parse_args(argv)
    if args.reaction:
        fit_reaction(args.shared, args.with_train2)
        return 0
    if args.lead:
        fit_lead(args.shared, args.with_train2)
        return 0
    if args.lead_ratio:
        fit_lead_ratio(args.shared, args.with_train2)
        return 0
    data: dict[str, list[Step]] = cached_episodes(
        args.cache, lambda episode: collect(episode, args.shared, EngineConfig()), args.with_train2)
    start = numpy.array([WEIGHTS[name] for name in FEATURES])
    names = sorted(data)
    wins = 0
    for held in names:
        w = fit([s for n in names if n != held for s in data[n]], start)
        before, after = figures(data[held], start), figures(data[held], w)
        wins += after["objective"] > before["objective"] + 1e-9
        print(_row(held, "current", before))
        print(_row("", "fitted", after) + "   " + " ".join(
            f"{k}={v:.3g}" for k, v, s in zip(FEATURES, w, start) if abs(v - s) > 1e-9))
    print(f"fitted weights beat the current ones on {wins}/{len(names)} held-out episodes")
    print(f"background cut, leave one episode out (current weights; the engine's: {BACKGROUND_CUT}):")
    wins = 0
    for held in names:
        train = [s for n in names if n != held for s in data[n]]
        cut = max(sorted(CUTS, reverse=True), key=lambda c: figures(train, start, c)["objective"])
        before, after = figures(data[held], start), figures(data[held], start, cut)
        wins += after["objective"] > before["objective"] + 1e-9
        print(_row(held, "no cut", before))
        print(_row("", f"cut {cut:g}", after))
    print(f"the fitted cut beats no cut on {wins}/{len(names)} held-out episodes")
    print(f"report cut, leave one episode out (current weights, background cut {BACKGROUND_CUT}; the engine's: "
          f"{REPORT_CUT}):")
    wins = 0
    for held in names:
        train = [s for n in names if n != held for s in data[n]]
        rcut = max(REPORT_CUTS, key=lambda c: figures(train, start, BACKGROUND_CUT, c)["objective"])
        before, after = figures(data[held], start, BACKGROUND_CUT), figures(data[held], start, BACKGROUND_CUT, rcut)
        wins += after["objective"] > before["objective"] + 1e-9
        print(_row(held, "no cut", before))
        print(_row("", f"cut {rcut:g}", after))
    print(f"the fitted report cut beats no cut on {wins}/{len(names)} held-out episodes")
    print(f"quiet days, leave one episode out (news model and bar fitted on the others; the engine's bar: {NEWS_BAR}):")
    wins = 0
    for held in names:
        train = [s for n in names if n != held for s in data[n]]
        model = fit_news(train)
        bar = max(NEWS_BARS, key=lambda x: (round(figures(train, start, BACKGROUND_CUT, REPORT_CUT, (model, x))
                                                  ["objective"], 9), -x))
        before = figures(data[held], start, BACKGROUND_CUT, REPORT_CUT)
        after = figures(data[held], start, BACKGROUND_CUT, REPORT_CUT, (model, bar))
        wins += after["objective"] > before["objective"] + 1e-9
        print(_row(held, "every day", before) + f"  news lines {before['news_lines']:.0f}")
        print(_row("", f"bar {bar:g}", after) + f"  news lines {after['news_lines']:.0f}")
    print(f"quiet days beat none on {wins}/{len(names)} held-out episodes")
    model = fit_news([s for n in names for s in data[n]])
    print("final news model (all episodes): NEWS_COEF = {" + ", ".join(
        f'"{k}": {v:.3g}' for k, v in zip(NEWS_FEATURES, model)) + f"}}, NEWS_BIAS = {model[-1]:.3g}")
    print("  (the engine's NEWS_COEF: " + ", ".join(f"{k} {v:g}" for k, v in NEWS_COEF.items()) + ")")
    every = [s for n in names for s in data[n]]
    final = fit(every, start)
    print("final (all episodes): WEIGHTS = {" + ", ".join(f'"{k}": {v:.3g}' for k, v in zip(FEATURES, final)) + "}")
    gold = pickle.loads(args.gold_cache.read_bytes()) if args.gold_cache and args.gold_cache.exists() else {}
    if any(s[0].shape[1] != len(FEATURES) for t in gold.values() for d in t["days"] for s in d["sections"]):
        print(f"{args.gold_cache} holds other features than {len(FEATURES)}: collect it again (fit_weights.py --cache)")
    elif gold:
        print("news_dev day gold (never fitted on): update / background R2 of the first 100 words")
        totals: Counter[str] = Counter()
        for topic in sorted(gold):
            days, n = gold[topic]["days"], gold[topic]["gold_days"]
            lu, lb = gold[topic]["lexrank"]
            row = []
            for name, vec in (("current", start), ("fitted", final)):
                u, b = (v * len(days) / n for v in simulate(days, vec))
                totals[name + "u"] += u * n
                totals[name + "b"] += b * n
                row.append(f"{name} {u:.4f} {b:.4f}")
            totals["lru"] += lu * n
            totals["lrb"] += lb * n
            totals["n"] += n
            print(f"  {topic:6} {n:4d} days  " + "  ".join(row) + f"  lexrank5 {lu:.4f} {lb:.4f}")
        n = totals["n"]
        for name in ("current", "fitted"):
            print(f"  all {name:8} update {totals[name + 'u'] / totals['lru']:.2f}x LexRank-5, "
                  f"background {totals[name + 'b'] / totals['lrb']:.2f}x ({n} days)")
    fit_lead(args.shared, args.with_train2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
