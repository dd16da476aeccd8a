"""Fit the show gate and the news model on the hand-labelled episodes, leaving one episode out.

The show gate (:func:`summarizer.budget.gate`): a day digest shows the lines a reader who wants
the few that matter should see. A new-kind line whose news probability is below ``ratio`` times its
story's best line's is minor (counted, not shown); a day whose best candidate is below the absolute
``bar`` is quiet. This script:

1. replays each episode of ``benchmarks/lines.py`` through the real engine (gate off), and records
   per step the features and label of every candidate (``summarizer.rank.score_candidates``) and the
   day digest's lines in display order (key, kind, label);
2. compares news models held out (log loss and ranking of news lines, per held-out episode): the
   engine's NEWS_FEATURES against a candidate feature set (``--features``);
3. fits (ratio, bar) leave one episode out: the news model is fitted on the five training episodes
   (each training episode's probabilities from a model fitted on the other four), the pair best on
   the training episodes (OBJECTIVE: first-line news share + news share + news recall - background
   and stale share - debris share) is scored on the held-out one, whose probabilities come from the
   model of the five; each fold is printed before/after (bg+stale, news share, news lines kept,
   first line news);
4. prints the news model fitted on all six episodes (``NEWS_COEF``, ``NEWS_BIAS``).

Removing lines from the real digests leaves the memory unchanged (a gated line is minor, like the
budget's, and its article is accounted for), so the simulation is the engine's digest up to the
items the per-story cap held back. Only numbers are printed; nothing from the corpora is written.

    PYTHONPATH=. python benchmarks/gate.py [--cache /tmp/gate.pkl] [--features a,b,c] [--with-train2]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Sequence

if __package__ in (None, ""):  # run as a script: import from the project root, not benchmarks/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

import numpy  # noqa: E402

import summarizer.engine as engine_module  # noqa: E402
from benchmarks.common import ridge_logistic  # noqa: E402
from benchmarks.lines import SHARED, add_with_train2, cached_episodes, read_episode  # noqa: E402
from bot.cli import run_replay  # noqa: E402
from summarizer.engine import EngineConfig  # noqa: E402
from summarizer.models import Article, Digest  # noqa: E402
from summarizer.weights import FEATURES, NEWS_BAR, NEWS_FEATURES, SHOW_RATIO  # noqa: E402

L2 = 1.0  # ridge penalty of the news model
RATIOS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)  # show-gate ratios tried (summarizer.weights.SHOW_RATIO)
BARS = (0.0, 0.1, 0.2, 0.3, 0.4)  # quiet-day bars tried (summarizer.weights.NEWS_BAR)
Step = dict[str, Any]  # {"cands": (matrix, labels, keys), "lines": [(key, kind, label, story index)]}


def collect(episode: dict[str, Any], shared: Path, config: EngineConfig) -> list[Step]:
    """Replay one episode; per step, every candidate's features and label, and the digest's lines."""
    read = read_episode(episode, shared)
    rows: list[list[float]] = []
    labels: list[str] = []
    keys: list[str] = []
    steps: list[Step] = []
    original = engine_module.score_candidates

    def capture(cands: Sequence[Any], *args: Any, **kwargs: Any) -> list[dict[str, float]]:
        feats = original(cands, *args, **kwargs)
        for c, f in zip(cands, feats):
            rows.append([f[name] for name in FEATURES])
            labels.append(read.label(c.text, c.article.id))
            keys.append(c.article.id + ":" + str(c.position))
        return feats

    def emit(key: str, step_label: str, batch: list[Article], service: object, digest: Digest) -> None:
        lines = [(item.key, item.kind.value, read.label(item.sentence or item.text,
                                                   item.sources[0].article_id if item.sources else ""), k)
                 for k, story in enumerate(digest.stories) for item in story.items]
        matrix = numpy.array(rows, dtype=float).reshape(len(rows), len(FEATURES))
        steps.append({"step": step_label, "cands": (matrix, list(labels), list(keys)), "lines": lines})
        rows.clear()
        labels.clear()
        keys.clear()

    engine_module.score_candidates = capture
    try:
        run_replay(read.articles, episode["every"], config, emit)
    finally:
        engine_module.score_candidates = original
    return steps


def fit_news(steps: Sequence[Step], columns: Sequence[int], lam: float = L2) -> numpy.ndarray:
    """Logistic regression (ridge ``lam``, Newton steps) of "the candidate is news" on ``columns``; bias last."""
    x = numpy.vstack([s["cands"][0][:, columns] for s in steps if len(s["cands"][1])])
    y = numpy.array([lab == "news" for s in steps for lab in s["cands"][1]], dtype=float)
    return ridge_logistic(x, y, lam)


def probabilities(step: Step, b: numpy.ndarray, columns: Sequence[int]) -> dict[str, float]:
    """``{key: news probability}`` of a step's candidates under the model ``b``."""
    matrix, _, keys = step["cands"]
    if not keys:
        return {}
    p = 1.0 / (1.0 + numpy.exp(-(matrix[:, columns] @ b[:-1] + b[-1])))
    return dict(zip(keys, (float(v) for v in p)))


def gated(step: Step, p: dict[str, float], ratio: float, bar: float) -> list[str]:
    """Labels of the step's digest lines the gate shows (as :func:`summarizer.budget.gate`): updates and conflicts
    always; new lines when the day is not quiet (its best candidate reaches ``bar``) and their probability reaches
    ``ratio`` times their story's best line's; a story's first new line always, alone when the story's best is below
    ``ratio`` times the day's best."""
    if not step["lines"]:
        return []
    quiet = max(p.values(), default=1.0) < bar
    best: dict[int, float] = {}
    for key, kind, _, story in step["lines"]:
        if kind == "new":
            best[story] = max(best.get(story, 0.0), p.get(key, 1.0))
    top = max(best.values(), default=0.0)
    first: dict[int, str] = {}
    for key, kind, _, story in step["lines"]:
        if kind == "new":
            first.setdefault(story, key)
    return [lab for key, kind, lab, story in step["lines"] if kind != "new" or (not quiet and (
        first[story] == key or (best[story] >= ratio * top and p.get(key, 1.0) >= ratio * best[story])))]


def figures(steps: Sequence[Step], probs: Sequence[dict[str, float]], ratio: float, bar: float) -> dict[str, float]:
    """First-line news share (of steps with lines), shares, news lines kept, recall of the ungated news lines."""
    counts: Counter[str] = Counter()
    first = told = before = 0
    for step, p in zip(steps, probs):
        labs = gated(step, p, ratio, bar)
        before += sum(line[2] == "news" for line in step["lines"])
        first += bool(labs) and labs[0] == "news"
        told += bool(labs)
        counts.update(labs)
    n = sum(counts.values()) or 1
    out = {"first_news": first / (told or 1), "first": first, "days": told, "lines": sum(counts.values()),
           "news": counts["news"] / n, "news_lines": counts["news"], "recall": counts["news"] / (before or 1),
           "bg_stale": (counts["background"] + counts["stale"]) / n, "debris": counts["debris"] / n}
    out["objective"] = out["first_news"] + out["news"] + out["recall"] - out["bg_stale"] - out["debris"]
    return out


def row(name: str, f: dict[str, float]) -> str:
    """One printed line of figures."""
    return (f"{name:34} lines {f['lines']:3.0f}  news {f['news']:.3f} ({f['news_lines']:.0f} lines, recall "
            f"{f['recall']:.2f})  bg+stale {f['bg_stale']:.3f}  debris {f['debris']:.3f}  first news "
            f"{f['first']:.0f}/{f['days']:.0f} = {f['first_news']:.2f}")


def held_out_probs(data: dict[str, list[Step]], names: Sequence[str], columns: Sequence[int]) -> dict[str, list[dict]]:
    """Each episode's step probabilities under the model fitted on the other ``names``."""
    out = {}
    for held in names:
        b = fit_news([s for n in names if n != held for s in data[n]], columns)
        out[held] = [probabilities(s, b, columns) for s in data[held]]
    return out


def separation(data: dict[str, list[Step]], names: Sequence[str], columns: Sequence[int]) -> tuple[float, float]:
    """Held-out log loss and AUC (news against the rest) of every candidate, the model fitted on the other episodes."""
    probs = held_out_probs(data, names, columns)
    ps, ys = [], []
    for n in names:
        for s, p in zip(data[n], probs[n]):
            ps += [p[k] for k in s["cands"][2]]
            ys += [lab == "news" for lab in s["cands"][1]]
    pa, ya = numpy.clip(numpy.array(ps), 1e-6, 1 - 1e-6), numpy.array(ys, dtype=float)
    loss = float(-(ya * numpy.log(pa) + (1 - ya) * numpy.log(1 - pa)).mean())
    pos, neg = pa[ya == 1], pa[ya == 0]
    auc = float(((pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()) / (len(pos) * len(neg)))
    return loss, auc


def fit_gate(data: dict[str, list[Step]], names: Sequence[str], columns: Sequence[int],
             ratios: Sequence[float] = RATIOS) -> None:
    """Print (ratio, bar) fitted leave one episode out (``ratios`` x BARS), every fold before/after, and the held-out
    totals."""
    outer = held_out_probs(data, names, columns)
    every_steps: list[Step] = []
    every_before: list[dict[str, float]] = []
    every_after: list[tuple[Step, dict[str, float], float, float]] = []
    for held in names:
        train = [n for n in names if n != held]
        inner = held_out_probs(data, train, columns)  # each training episode scored by a model of the other four
        steps = [s for n in train for s in data[n]]
        probs = [p for n in train for p in inner[n]]
        ratio, bar = max(((r, b) for r in ratios for b in BARS),
                         key=lambda rb: (round(figures(steps, probs, *rb)["objective"], 9), -rb[0], -rb[1]))
        before = figures(data[held], outer[held], 0.0, NEWS_BAR)
        after = figures(data[held], outer[held], ratio, bar)
        print(row(held, before))
        print(row(f"  ratio {ratio:g} bar {bar:g}", after))
        every_steps += data[held]
        every_before += outer[held]
        every_after += [(s, p, ratio, bar) for s, p in zip(data[held], outer[held])]
    total: Counter[str] = Counter()
    first = told = 0
    for s, p, r, b in every_after:
        labs = gated(s, p, r, b)
        first += bool(labs) and labs[0] == "news"
        told += bool(labs)
        total.update(labs)
    n = sum(total.values()) or 1
    print(row("all, no gate (engine's bar)", figures(every_steps, every_before, 0.0, NEWS_BAR)))
    print(f"{'all, held out':34} lines {n:3d}  news {total['news'] / n:.3f} ({total['news']} lines)  bg+stale "
          f"{(total['background'] + total['stale']) / n:.3f}  debris {total['debris'] / n:.3f}  first news "
          f"{first}/{told} = {first / (told or 1):.2f}")
    for r in ratios:
        print(row(f"  all episodes, ratio {r:g} bar {NEWS_BAR:g}", figures(every_steps, every_before, r, NEWS_BAR)))


def main(argv: Sequence[str] | None = None) -> int:
    """Collect (or load the cache), compare news models, fit the gate leave one episode out, print the final model."""
    ap = argparse.ArgumentParser(description="Fit the show gate leave one episode out.")
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--cache", type=Path, default=None, help="pickle of the collected episodes (outside the repo)")
    ap.add_argument("--features", default="", help="comma-separated news features to compare with NEWS_FEATURES")
    add_with_train2(ap)
    args = ap.parse_args(argv)
    data: dict[str, list[Step]] = cached_episodes(
        args.cache, lambda episode: collect(episode, args.shared, EngineConfig(show_ratio=0.0)), args.with_train2)
    names = sorted(data)
    sets = {"engine": list(NEWS_FEATURES)}
    if args.features:
        sets["candidate"] = args.features.split(",")
    for label, feats in sets.items():
        columns = [FEATURES.index(f) for f in feats]
        loss, auc = separation(data, names, columns)
        print(f"news model {label} ({len(feats)} features): held-out log loss {loss:.4f}, AUC {auc:.3f}")
        print("  show gate and quiet-day bar:")
        fit_gate(data, names, columns)
        print("  quiet-day bar alone (no show gate):")
        fit_gate(data, names, columns, (0.0,))
        b = fit_news([s for n in names for s in data[n]], columns)
        print("  fitted on all: NEWS_COEF = {" + ", ".join(f'"{k}": {v:.3g}' for k, v in zip(feats, b))
              + f"}}, NEWS_BIAS = {b[-1]:.3g}")
    print(f"(the engine's SHOW_RATIO {SHOW_RATIO}, NEWS_BAR {NEWS_BAR})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
