"""Fit the two limits of :func:`summarizer.quoteonly.quote_only` (a line that is only a quotation and who said it)
leaving one episode out.

Every labelled sentence of the training episodes (the six, and train2's six with ``--with-train2``; never the
held-out set) is read from its span in the corpus outside the repo. For each held-out episode the limits
(share of characters inside quotation marks, most words outside them) are chosen on the other episodes by
OBJECTIVE: non-news sentences caught less NEWS_COST x news sentences caught (ties: the stricter limits), then
applied to the held-out one. Prints every fold, the totals and the table over all episodes; only counts are
printed (``--show``: the news sentences a choice catches), nothing is written into the repo.

    PYTHONPATH=. python benchmarks/quote_fit.py [--with-train2] [--shared PATH] [--show]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Sequence

if __package__ in (None, ""):  # run as a script: import from the project root, not benchmarks/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

from benchmarks.lines import SHARED, add_with_train2, load_json, read_episode, training_files  # noqa: E402
from summarizer.quoteonly import QUOTE_SHARE, QUOTE_WORDS, quote_only  # noqa: E402

SHARES = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
WORDS = (4, 6, 8, 10, 12, 15, 20, 25)
NEWS_COST = 10.0  # a news line held back is a missed fact: worth ten minor, background or stale ones
Params = tuple[float, int]
Sentences = list[tuple[str, str]]  # (text, label)


def sentences(files: Sequence[Path], shared: Path) -> dict[str, Sentences]:
    """Each episode's labelled sentences (debris left out: it never reaches the quotation test as a line)."""
    out: dict[str, Sentences] = {}
    for path in files:
        episode = load_json(path)
        ep = read_episode(episode, shared)
        out[episode["episode"]] = [(ep.raws[a][s:e], label) for a, spans in ep.spans.items()
                                   for s, e, label in spans if label != "debris"]
    return out


def caught(sents: Sentences, params: Params) -> Counter[str]:
    """How many sentences of each label ``quote_only`` catches at ``params``."""
    return Counter(label for text, label in sents if quote_only(text, *params))


def objective(counts: Counter[str]) -> float:
    """Non-news caught less NEWS_COST x news caught."""
    return sum(n for label, n in counts.items() if label != "news") - NEWS_COST * counts["news"]


def choose(episodes: dict[str, Sentences], names: Sequence[str]) -> Params:
    """The limits with the best objective over the episodes ``names`` (ties: the higher share, then fewer words)."""
    grid = [(s, w) for s in SHARES for w in WORDS]
    totals = {p: sum((caught(episodes[n], p) for n in names), Counter()) for p in grid}
    return max(grid, key=lambda p: (objective(totals[p]), p[0], -p[1]))


def main(argv: Sequence[str] | None = None) -> int:
    """Print the leave-one-episode-out fit; exit 0."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_with_train2(ap)
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--show", action="store_true", help="print the news sentences each fold's choice catches")
    args = ap.parse_args(argv)
    episodes = sentences(training_files(args.with_train2), args.shared)
    held = Counter[str]()
    for name in episodes:
        params = choose(episodes, [n for n in episodes if n != name])
        got = caught(episodes[name], params)
        held += got
        print(f"{name:28} chose share {params[0]:.1f} words {params[1]:2}  held out: {dict(got)}")
        if args.show:
            for text, label in episodes[name]:
                if label == "news" and quote_only(text, *params):
                    print("   news caught:", text[:160])
    print(f"held out, all folds: {dict(held)}")
    every = sum(episodes.values(), [])
    print(f"engine ({QUOTE_SHARE}, {QUOTE_WORDS}) over all episodes: {dict(caught(every, (QUOTE_SHARE, QUOTE_WORDS)))}")
    print("share words  caught (all episodes)")
    for s in SHARES:
        for w in WORDS:
            print(f"  {s:.1f}  {w:3}   {dict(caught(every, (s, w)))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
