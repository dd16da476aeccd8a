"""Fit the event check's action-weight threshold leave-one-episode-out on the hand-labelled sentences.

:mod:`summarizer.told` keeps a sentence of known words news when its main event (action + subject) was
never told; :data:`summarizer.told.EVENT_WEIGHT` is how rare (:func:`summarizer.text.word_weight`) an action
must be to count. Every eligible labelled sentence of every episode (:mod:`benchmarks.repeats`) is judged
with each candidate threshold (``off``: no event check). The objective is the one novelty's repeat
thresholds were fitted with: stale sentences judged known, less twice the news and half the minor sentences
judged known. Each fold picks the best threshold on the other five episodes and is scored on its own.

    PYTHONPATH=. python benchmarks/events.py [--show]
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Sequence

if __package__ in (None, ""):  # run as a script: import from the project root, not benchmarks/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

import summarizer.told as told  # noqa: E402
from benchmarks.lines import labelled_parser, load_json, shared_missing, training_files  # noqa: E402
from benchmarks.repeats import episode_sentences, judged  # noqa: E402

CANDIDATES = (1.0, 1.5, 2.0, 2.5, 99.0)  # 99: off (no action is that rare)


def objective(known: Counter[str]) -> float:
    """Stale judged known, less twice the news and half the minor judged known (higher is better)."""
    return known["stale"] - 2 * known["news"] - 0.5 * known["minor"]


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point."""
    ap = labelled_parser(__doc__, fit=True)
    args = ap.parse_args(argv)
    if shared_missing("events", args.shared):
        return 2
    episodes = {load_json(p)["episode"]: episode_sentences(load_json(p), args.shared)
                for p in training_files(args.with_train2, args.labels)}
    known: dict[tuple[str, float], Counter[str]] = {}
    saved = told.EVENT_WEIGHT
    try:
        for w in CANDIDATES:
            told.EVENT_WEIGHT = w
            for name, articles in episodes.items():
                known[(name, w)] = Counter(lab for lab, k, _ in judged(articles, True) if k)
    finally:
        told.EVENT_WEIGHT = saved
    print("known stale/news/minor per episode and threshold (99 = off):")
    for name in episodes:
        print(f"  {name:<28} " + "  ".join(f"{w:>4}: {known[(name, w)]['stale']:>2}/{known[(name, w)]['news']}/"
                                          f"{known[(name, w)]['minor']:>2}" for w in CANDIDATES))
    total = 0.0
    print("leave-one-episode-out:")
    for held in episodes:
        rest = [n for n in episodes if n != held]
        best = max(CANDIDATES, key=lambda w: (sum(objective(known[(n, w)]) for n in rest), w))  # ties: fewer changes
        score = objective(known[(held, best)]) - objective(known[(held, 99.0)])
        total += score
        print(f"  fold {held:<28} chose {best:>4}  held-out objective vs off {score:+.1f}")
    print(f"  all folds: {total:+.1f} (current EVENT_WEIGHT {saved})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
