"""Fit the quiet-day decision on the labelled days, leaving one episode out, and measure its margin.

A digest whose best candidate that may lead stays below ``NEWS_BAR`` is a quiet day
(:func:`summarizer.newsbar.quiet_day`): its new lines become minor. This script asks whether a day-level
reading of the day's evidence separates the labelled days with a news line from those without better than
the best line's news probability does, and how far the bar sits from the nearest labelled day on each side
(a probability that moves by less than that margin flips no labelled day). It:

1. replays every training episode (the six, and the second set with ``--with-train2``) with no quiet day, and
   records per step each candidate that may lead (its news probability, score, label, article) and the step's
   digest lines in display order (kind, label); a day is a *news day* when one of those candidates is news;
2. compares day evidences held out (AUC of news days against the others, each episode scored by news models
   fitted on the other episodes): the best probability (the engine's), the best probability times its
   article's report probability (1 - :func:`summarizer.articlekind.other_probability`), the chance that one
   candidate is news (noisy-or), and a logistic day model over the best log-odds and the best line's article
   kind;
3. fits a bar on each evidence leave one episode out (the bar best on the other episodes by the objective of
   ``benchmarks/gate.py``: first-line news share + news share + news recall - background and stale share -
   debris share; ties go to the middle of the tied bars, the largest margin) and prints the held-out totals of
   the six and of the second set against the engine's bar;
4. prints the gap around the engine's bar: the likeliest day without news below it, the least likely news day
   above it, and their distance in log-odds.

Only numbers and day names are printed; nothing from the corpora is written.

    PYTHONPATH=. python benchmarks/quietday.py [--cache /tmp/quiet.pkl] [--with-train2]
"""
from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Mapping, Sequence

if __package__ in (None, ""):  # run as a script: import from the project root, not benchmarks/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

import numpy  # noqa: E402

import summarizer.engine as engine_module  # noqa: E402
from benchmarks.common import ridge_logistic  # noqa: E402
from benchmarks.lines import SHARED, add_with_train2, cached_episodes, episode_files, load_json, read_episode  # noqa: E402
from bot.cli import run_replay  # noqa: E402
from summarizer.articlekind import other_probability  # noqa: E402
from summarizer.engine import EngineConfig  # noqa: E402
from summarizer.models import Article, Digest  # noqa: E402
from summarizer.newsbar import buried, carries_day  # noqa: E402
from summarizer.weights import FEATURES, NEWS_BAR, NEWS_FEATURES  # noqa: E402

Day = dict[str, Any]  # {"step", "cands": [(features, label, news, score, other)], "lines": [(kind, label)]}
BARS = tuple(round(0.02 * k, 2) for k in range(1, 31))  # bars tried on every evidence (0.02 .. 0.6)
COLUMNS = [FEATURES.index(f) for f in NEWS_FEATURES]


def collect(episode: dict[str, Any], shared: Path = SHARED) -> list[Day]:
    """Replay one episode with no quiet day; per step, the candidates that may lead and the digest's lines."""
    read = read_episode(episode, shared)
    feats: dict[str, tuple[list[float], str]] = {}
    leads: list[Any] = []
    days: list[Day] = []
    original_score, original_quiet = engine_module.score_candidates, engine_module.quiet

    def key(c: Any) -> str:
        return c.article.id + ":" + str(c.position)

    def score(cands: Sequence[Any], *args: Any, **kwargs: Any) -> list[dict[str, float]]:
        out = original_score(cands, *args, **kwargs)
        feats.update({key(c): ([f[n] for n in FEATURES], read.label(c.text, c.article.id)) for c, f in zip(cands, out)})
        return out

    def quiet(cands: Sequence[Any], bar: float = NEWS_BAR) -> bool:
        leads.extend(c for c in cands if carries_day(c.text, c.article))  # every line that may lead (not read lazily)
        return False

    def emit(_: str, step: str, batch: list[Article], service: object, digest: Digest) -> None:
        cands = [(*feats[key(c)], c.news, c.score, other_probability(c.article)) for c in leads if key(c) in feats]
        lines = [(item.kind.value, read.label(item.sentence or item.text,
                                              item.sources[0].article_id if item.sources else ""))
                 for story in digest.stories for item in story.items]
        days.append({"step": step, "cands": cands, "lines": lines})
        feats.clear()
        leads.clear()

    engine_module.score_candidates, engine_module.quiet = score, quiet
    try:
        run_replay(read.articles, episode["every"], EngineConfig(), emit)
    finally:
        engine_module.score_candidates, engine_module.quiet = original_score, original_quiet
    return days


def news_day(day: Day) -> bool:
    """True when one of the day's candidates that may lead is labelled news."""
    return any(c[1] == "news" for c in day["cands"])


def fit_news(days: Sequence[Day]) -> numpy.ndarray:
    """The news model (NEWS_FEATURES, ridge 1) fitted on the candidates of ``days``; bias last."""
    x = numpy.array([[c[0][i] for i in COLUMNS] for d in days for c in d["cands"]], dtype=float)
    y = numpy.array([c[1] == "news" for d in days for c in d["cands"]], dtype=float)
    return ridge_logistic(x, y, 1.0)


def logit(p: float) -> float:
    """Log-odds of ``p`` (clipped away from 0 and 1)."""
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def evidences(day: Day, b: numpy.ndarray | None) -> dict[str, float]:
    """The day's evidences: the best news probability (under the model ``b``, the engine's when None), the best of
    probability times report probability, and the chance that one candidate is news."""
    if not day["cands"]:
        return {"best": 1.0, "best x report": 1.0, "noisy-or": 1.0, "best_other": 0.0}
    ps = [c[2] if b is None else 1 / (1 + math.exp(-(sum(c[0][i] * w for i, w in zip(COLUMNS, b[:-1])) + b[-1])))
          for c in day["cands"]]
    top = max(range(len(ps)), key=ps.__getitem__)
    return {"best": ps[top], "best x report": max(p * (1 - c[4]) for p, c in zip(ps, day["cands"])),
            "noisy-or": 1 - math.prod(1 - p for p in ps), "best_other": day["cands"][top][4]}


def figures(days: Sequence[tuple[Day, float]], bar: float) -> dict[str, float]:
    """Figures of the digests when a day whose evidence is below ``bar`` (or whose every candidate is buried) is
    quiet: first-line news, shares, news lines and the objective of ``benchmarks/gate.py``."""
    counts: Counter[str] = Counter()
    first = told = before = 0
    for day, evidence in days:
        quiet = evidence < bar or (bool(day["cands"]) and all(buried(c[3]) for c in day["cands"]))
        labels = [label for kind, label in day["lines"] if not quiet or kind != "new"]
        before += sum(label == "news" for _, label in day["lines"])
        first += bool(labels) and labels[0] == "news"
        told += bool(labels)
        counts.update(labels)
    n = sum(counts.values()) or 1
    out: dict[str, float] = {"first": first, "days": told, "lines": sum(counts.values()), "news": counts["news"],
           "bg_stale": counts["background"] + counts["stale"], "debris": counts["debris"]}
    out["objective"] = (first / (told or 1) + (counts["news"] - out["bg_stale"] - out["debris"]) / n
                        + counts["news"] / (before or 1))
    return out


def fit_bar(days: Sequence[tuple[Day, float]]) -> float:
    """The bar best on ``days`` by the objective; among tied best bars, the middle one (the largest margin)."""
    scores = {bar: round(figures(days, bar)["objective"], 9) for bar in BARS}
    top = max(scores.values())
    tied = [bar for bar in BARS if scores[bar] == top]
    return tied[len(tied) // 2]


def auc(pairs: Sequence[tuple[float, bool]]) -> float:
    """Area under the ROC curve of ``(score, positive)`` pairs."""
    pos = [s for s, y in pairs if y]
    neg = [s for s, y in pairs if not y]
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg) or 1)


def row(name: str, f: Mapping[str, float]) -> str:
    """One printed line of figures."""
    return (f"{name:44} lines {f['lines']:4.0f}  news lines {f['news']:3.0f}  bg+stale {f['bg_stale']:3.0f}  "
            f"first news {f['first']:.0f}/{f['days']:.0f}")


def main(argv: Sequence[str] | None = None) -> int:
    """Collect (or load the cache), compare day evidences held out, fit bars leaving one episode out, print the gap."""
    ap = argparse.ArgumentParser(description="Fit the quiet-day decision leaving one episode out.")
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--cache", type=Path, default=None, help="pickle of the collected episodes (outside the repo)")
    add_with_train2(ap)
    args = ap.parse_args(argv)
    data: dict[str, list[Day]] = cached_episodes(args.cache, lambda e: collect(e, args.shared), args.with_train2)
    names = sorted(data)
    six = {load_json(p)["episode"] for p in episode_files()}
    held: dict[str, list[dict[str, float]]] = {}  # each episode's day evidences under the model of the others
    for name in names:
        b = fit_news([d for n in names if n != name for d in data[n]])
        held[name] = [evidences(d, b) for d in data[name]]
    shown = [(name, d, e) for name in names for d, e in zip(data[name], held[name]) if d["lines"]]

    def day_model(out: str) -> list[float]:  # a logistic day model (best log-odds, best line's article kind), LOEO
        x = numpy.array([[logit(e["best"]), e["best_other"]] for n, _, e in shown if n != out])
        y = numpy.array([news_day(d) for n, d, _ in shown if n != out], dtype=float)
        w = ridge_logistic(x, y, 1.0)
        return [float(1 / (1 + math.exp(-(logit(e["best"]) * w[0] + e["best_other"] * w[1] + w[2]))))
                for d, e in zip(data[out], held[out])]

    scored = {kind: {n: [e[kind] for e in held[n]] for n in names} for kind in ("best", "best x report", "noisy-or")}
    scored["day model"] = {n: day_model(n) for n in names}
    engine = {n: [evidences(d, None)["best"] for d in data[n]] for n in names}
    scored["best (engine's)"] = engine  # the engine's probabilities (its model saw the six), the bar fitted
    print(f"{len(shown)} days with lines, {sum(news_day(d) for _, d, _ in shown)} with a news candidate that may lead")
    for kind, values in scored.items():
        pairs = [(v, news_day(d)) for n in names for d, v in zip(data[n], values[n]) if d["lines"]]
        print(f"day evidence {kind:14} held-out AUC {auc(pairs):.3f}")
    for kind, values in (("engine's best, its bar", engine), *scored.items()):
        totals: dict[str, dict[str, float]] = {"six": {}, "train2": {}}
        bars = []
        for out in names:
            if kind.startswith("engine"):
                bar = NEWS_BAR
            else:  # the training episodes' days scored by models of the other training episodes
                inner = [(d, v) for n in names if n != out for d, v in zip(data[n], values[n])]
                bar = fit_bar(inner)
            bars.append(bar)
            total = totals["six" if out in six else "train2"]
            for k, v in figures(list(zip(data[out], values[out])), bar).items():
                total[k] = total.get(k, 0.0) + v
        print(f"{kind}: bars {sorted(Counter(bars).items())}")
        for part, total in totals.items():
            if total:
                print(row(f"  held out, {part}", total))
    below = [(v, n, d["step"]) for n in names for d, v in zip(data[n], engine[n]) if d["lines"] and v < NEWS_BAR]
    above = [(v, n, d["step"]) for n in names for d, v in zip(data[n], engine[n]) if d["lines"] and news_day(d)]
    if below and above:
        lo, hi = max(below), min(above)
        print(f"gap around the bar {NEWS_BAR}: likeliest quiet day {lo[1]} {lo[2]} {lo[0]:.3f}, least likely news day "
              f"{hi[1]} {hi[2]} {hi[0]:.3f}; margins {logit(NEWS_BAR) - logit(lo[0]):.2f} / "
              f"{logit(hi[0]) - logit(NEWS_BAR):.2f} log-odds; middle {1 / (1 + math.exp(-(logit(lo[0]) + logit(hi[0])) / 2)):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
