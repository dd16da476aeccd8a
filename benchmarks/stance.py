"""Fit the stance cut (opinion, analysis and scene-setting lines held back, :mod:`summarizer.stance`) leaving one
episode out.

Reads the episodes collected by ``benchmarks/backdrop.py`` (every candidate's ranking features, cues, label and text,
and each day digest's lines, replayed with the hide off; ``--cache`` shares its pickle), and simulates the engine's
hide: a new-kind line (not its story's first) is held back when its backdrop probability (the engine's
``BACKDROP_COEF``) reaches ``BACKDROP_CUT`` or its :func:`summarizer.stance.commentary` (its article's genre evidence
at a genre weight, a modal at a modal weight) reaches the stance cut. Per held-out episode the weights and the cut are
chosen on the others (OBJECTIVE: non-news lines hidden, minor ones at MINOR_GAIN, less NEWS_COST x news lines
hidden, among the parameters that hide no news line there; ties go to the higher cut, then the lower weights) and
applied to the held-out one. Prints every fold, the totals, the table of cuts over
all episodes and how the commentary score spreads over each label of every candidate. Only numbers are printed
(``--show``: the lines the chosen cuts hide, from the corpora outside the repo); nothing is written into the repo.

    PYTHONPATH=. python benchmarks/stance.py [--cache /tmp/backdrop.pkl] [--with-train2] [--show]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Sequence

if __package__ in (None, ""):  # run as a script: import from the project root, not benchmarks/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

import numpy  # noqa: E402

from benchmarks.backdrop import MODEL, Step, cols, collect  # noqa: E402
from benchmarks.lines import SHARED, add_with_train2, cached_episodes  # noqa: E402
from summarizer.stance import commentary  # noqa: E402
from summarizer.weights import (BACKDROP_BIAS, BACKDROP_COEF, BACKDROP_CUT, STANCE_CUT, STANCE_GENRE,  # noqa: E402
                                STANCE_MODAL)

CUTS = (0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
GENRE_WEIGHTS = (0.0, 0.2, 0.4, 0.6, 0.8)
MODAL_WEIGHTS = (0.2, 0.3)
Params = tuple[float, float, float]  # (cut, genre weight, modal weight)
ENGINE: Params = (STANCE_CUT, STANCE_GENRE, STANCE_MODAL)
GRID: tuple[Params, ...] = tuple((c, g, m) for c in CUTS for g in GENRE_WEIGHTS for m in MODAL_WEIGHTS)
NEWS_COST = 3.0  # OBJECTIVE: non-news lines hidden (minor at MINOR_GAIN) - NEWS_COST x news lines hidden
MINOR_GAIN = 0.25
LABELS = ("news", "minor", "background", "stale", "debris")


def engine_backdrop(step: Step) -> dict[str, float]:
    """``{key: probability}`` of a step's candidates under the engine's backdrop model."""
    if not step["keys"]:
        return {}
    b = numpy.array([BACKDROP_COEF.get(n, 0.0) for n in MODEL])
    z = step["x"][:, cols(MODEL)] @ b + BACKDROP_BIAS
    return dict(zip(step["keys"], (float(v) for v in 1.0 / (1.0 + numpy.exp(-z)))))


def score(step: Step, key: str, params: Params) -> float:
    """The stance score of one candidate of ``step`` under ``params``."""
    return commentary(step["texts"].get(key, ""), step["genres"].get(key, 0.0), params[1], params[2])


def hidden(step: Step, params: Params) -> list[tuple[str, str, bool]]:
    """(key, label, hidden by the stance cut) of the lines the backdrop hide leaves, as the engine's hide."""
    p = engine_backdrop(step)
    first: dict[int, str] = {}
    for key, kind, _, story in step["lines"]:
        if kind == "new":
            first.setdefault(story, key)
    out = []
    for key, kind, lab, story in step["lines"]:
        free = kind != "new" or first[story] == key
        if not free and p.get(key, 0.0) >= BACKDROP_CUT:
            continue
        out.append((key, lab, not free and score(step, key, params) >= params[0]))
    return out


def figures(steps: Sequence[Step], params: Params) -> dict[str, float]:
    """Lines shown, shares, lines hidden by label, and the objective."""
    kept: Counter[str] = Counter()
    gone: Counter[str] = Counter()
    for s in steps:
        for _, lab, off in hidden(s, params):
            (gone if off else kept)[lab] += 1
    n = sum(kept.values()) or 1
    gain = gone["background"] + gone["stale"] + gone["debris"] + MINOR_GAIN * gone["minor"]
    return {"lines": sum(kept.values()), "news": kept["news"] / n, "news_lines": kept["news"],
            "minor": kept["minor"] / n, "bg_stale": (kept["background"] + kept["stale"]) / n,
            **{f"hid_{lab}": gone[lab] for lab in LABELS}, "objective": gain - NEWS_COST * gone["news"]}


OFF: Params = (1.01, 0.0, 0.0)


def choose(steps: Sequence[Step]) -> Params:
    """The parameters of GRID that hide no news line of ``steps`` with the best objective there (ties: higher cut,
    lower genre and modal weights). Unconstrained, the folds chose the top genre weight, which hid 2 news lines held
    out for 11 background lines and 73 minor ones (and no lower background+stale share)."""
    def key(p: Params) -> tuple[bool, float, float, float, float]:
        f = figures(steps, p)
        return f["hid_news"] == 0, round(f["objective"], 9), p[0], -p[1], -p[2]
    return max(GRID, key=key)


def row(name: str, f: dict[str, float]) -> str:
    """One printed line of figures."""
    return (f"{name:26} lines {f['lines']:3.0f}  news {f['news']:.3f} ({f['news_lines']:.0f})  minor {f['minor']:.3f}  "
            f"bg+stale {f['bg_stale']:.3f}  hidden: " + " ".join(f"{lab} {f['hid_' + lab]:.0f}" for lab in LABELS))


def main(argv: Sequence[str] | None = None) -> int:
    """Load the collected episodes, choose the cut leaving one episode out, print the figures."""
    ap = argparse.ArgumentParser(description="Fit the stance cut leave one episode out.")
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--cache", type=Path, default=None, help="pickle of benchmarks/backdrop.py's collected episodes")
    ap.add_argument("--show", action="store_true", help="print the lines each held-out cut hides")
    add_with_train2(ap)
    args = ap.parse_args(argv)
    data: dict[str, list[Step]] = cached_episodes(args.cache, lambda e: collect(e, args.shared), args.with_train2)
    names = sorted(data)
    every = [s for n in names for s in data[n]]
    spread: dict[str, list[float]] = {lab: [] for lab in LABELS}
    for s in every:
        for key, lab in zip(s["keys"], s["labels"]):
            if lab in spread:
                spread[lab].append(score(s, key, ENGINE))
    for lab, vs in spread.items():
        print(f"candidates {lab:10} {len(vs):5}: commentary >= " + "  ".join(
            f"{c:g}: {sum(v >= c for v in vs) / max(1, len(vs)):.3f}" for c in CUTS[:-1]))
    chosen = {}
    for held in names:
        train = [s for n in names if n != held for s in data[n]]
        best = choose(train)
        chosen[held] = best
        print(f"{held}: cut, genre, modal chosen on the other {len(names) - 1}: {best}")
        print(row("  no stance cut", figures(data[held], OFF)))
        print(row("  engine's", figures(data[held], ENGINE)))
        print(row("  chosen", figures(data[held], best)))
    per = [figures(data[n], chosen[n]) for n in names]
    before = figures(every, OFF)
    print(row("all, no stance cut", before))
    print(f"all, held out (each fold's cut): lines {sum(f['lines'] for f in per):.0f}  news lines "
          f"{sum(f['news_lines'] for f in per):.0f}  hidden: " + " ".join(
              f"{lab} {sum(f['hid_' + lab] for f in per):.0f}" for lab in LABELS))
    print(f"all, the engine's {ENGINE}: " + row("", figures(every, ENGINE)))
    for g in GENRE_WEIGHTS:
        for m in MODAL_WEIGHTS:
            for cut in CUTS[:6]:
                print(row(f"  all, {cut:g} {g:g} {m:g}", figures(every, (cut, g, m))))
    print(f"chosen on all {len(names)}: {choose(every)}; the engine's {ENGINE}")
    if args.show:
        for held in names:
            for s in data[held]:
                for key, lab, off in hidden(s, chosen[held]):
                    if off:
                        print(f"  hid {lab:10} {held[:12]} {s['step'][:10]} c={score(s, key, chosen[held]):.2f} "
                              f"{s['texts'][key][:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
