"""Fit the sentence opinion model (:func:`summarizer.stance.opinion_probability`: may this line lead its story?)
leaving one topic out.

Reads the story leads a person labelled report or opinion (``benchmarks/labels/sentences/reportage.json``: article id,
sentence position and label, no text) from the entities corpora of ``../shared/bench``, computes each sentence's
:func:`summarizer.stance.opinion_cues` (its article's genre evidence, its own stance cues, its event prior, a plan),
and per held-out topic fits a ridge logistic model on the other topics and chooses the cut there (OBJECTIVE: opinion
leads caught less NEWS_COST x report leads caught; ties go to the higher cut), then counts what it catches on the
held-out topic. Prints every fold, the totals, the engine's model and cut on all the labels, and the model fitted on
all of them (the coefficients for :mod:`summarizer.weights`). Only numbers are printed; nothing is written.

    PYTHONPATH=. python benchmarks/reportage.py [--shared ../shared/bench]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: import from the project root, not benchmarks/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

import numpy  # noqa: E402

from benchmarks.common import ridge_logistic  # noqa: E402
from benchmarks.lines import LABELS, SHARED  # noqa: E402
from bot.cli import load_articles  # noqa: E402
from summarizer.articlekind import other_probability  # noqa: E402
from summarizer.sentences import article_sentences  # noqa: E402
from summarizer.stance import opinion_cues, opinion_probability  # noqa: E402
from summarizer.weights import OPINION_CUT  # noqa: E402

FILE = LABELS / "sentences" / "reportage.json"
NAMES = ("o_genre", "o_stance", "o_event", "o_plan")
CUTS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
NEWS_COST = 3.0
L2 = 1.0


def rows(shared: Path) -> tuple[numpy.ndarray, numpy.ndarray, list[str], list[float]]:
    """The cues, labels (1: opinion), topics and engine probabilities of every labelled sentence."""
    labels = json.loads(FILE.read_text())["labels"]
    topics = sorted({r["id"].rsplit("-", 1)[0] for r in labels})
    arts = {}
    for topic in topics:
        loaded, _ = load_articles([str(shared / "entities" / f"{topic}.jsonl")], quiet=True)
        arts.update({a.id: a for a in loaded})
    x, y, groups, engine = [], [], [], []
    for r in labels:
        article = arts[r["id"]]
        text = next(s.text for s in article_sentences(article) if s.position == r["position"])
        genre = other_probability(article)
        cues = opinion_cues(text, genre)
        x.append([cues[n] for n in NAMES])
        y.append(float(r["label"] == "opinion"))
        groups.append(r["id"].rsplit("-", 1)[0])
        engine.append(opinion_probability(text, genre))
    return numpy.array(x), numpy.array(y), groups, engine


def caught(p: numpy.ndarray, y: numpy.ndarray, cut: float) -> tuple[int, int]:
    """(opinion, report) sentences whose probability reaches ``cut``."""
    return int(((p >= cut) & (y == 1)).sum()), int(((p >= cut) & (y == 0)).sum())


def choose(p: numpy.ndarray, y: numpy.ndarray) -> float:
    """The cut of CUTS with the best OBJECTIVE on ``p`` (ties: the higher cut)."""
    return max(reversed(CUTS), key=lambda c: caught(p, y, c)[0] - NEWS_COST * caught(p, y, c)[1])


def predict(x: numpy.ndarray, b: numpy.ndarray) -> numpy.ndarray:
    """Probabilities of the rows of ``x`` under coefficients ``b`` (bias last)."""
    return 1.0 / (1.0 + numpy.exp(-(x @ b[:-1] + b[-1])))


def main(argv: list[str] | None = None) -> None:
    """Leave one topic out, then the engine's model and the fit on all labels."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=SHARED)
    args = ap.parse_args(argv)
    x, y, groups, engine = rows(args.shared)
    print(f"{len(y)} sentences: {int(y.sum())} opinion, {int(len(y) - y.sum())} report")
    total = [0, 0]
    for topic in sorted(set(groups)):
        test = numpy.array([g == topic for g in groups])
        b = ridge_logistic(x[~test], y[~test], L2)
        cut = choose(predict(x[~test], b), y[~test])
        o, r = caught(predict(x[test], b), y[test], cut)
        total[0] += o
        total[1] += r
        print(f"  {topic:18} cut {cut}  opinion {o} of {int(y[test].sum())}  report {r} of {int((1 - y[test]).sum())}")
    print(f"held out: opinion {total[0]} of {int(y.sum())}, report {total[1]} of {int(len(y) - y.sum())}")
    o, r = caught(numpy.array(engine), y, OPINION_CUT)
    print(f"engine (cut {OPINION_CUT}) on all: opinion {o}, report {r}")
    b = ridge_logistic(x, y, L2)
    print("fit on all:", {n: round(float(v), 2) for n, v in zip(NAMES, b)}, "bias", round(float(b[-1]), 2),
          "cut", choose(predict(x, b), y))


if __name__ == "__main__":
    main()
