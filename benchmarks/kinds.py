"""Held-out check of the ``updated``/``conflict`` thresholds on the hand-labelled sentence pairs.

The pairs (``benchmarks/labels/pairs*.json``, ids and offsets only) are judged through the engine's
novelty API (:func:`benchmarks.lines.judge_pair`) for every setting of a small grid of the fact-check
thresholds (:mod:`summarizer.factcheck`). Each fold fits the setting on its training pairs (the best
sum of F0.5 of ``updated`` and ``conflict``, a kind counting only at precision >= ``PRECISION_FLOOR``:
precision first) and reports precision and recall on its held-out pairs. Two fold schemes: one story out (h1n1 / haiti / the rest), and alternate halves of
each file. The engine's own setting is reported on all pairs beside them. The pairs of ``HELD_OUT_PAIRS``
(``pairs3.json``: lines of replays of feeds nobody fitted on) are never fitted on: the engine's setting and the
setting fitted on all other pairs are reported on them apart.

``--with-train2`` adds the pairs of ``benchmarks/labels/train2/`` (each of its topics one more story fold).

    PYTHONPATH=. python benchmarks/kinds.py [--shared PATH] [--json] [--with-train2]
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

if __package__ in (None, ""):  # run as a script: import from the project root, not benchmarks/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

import summarizer.factcheck as factcheck  # noqa: E402
from benchmarks.lines import (  # noqa: E402
    LABELS, SHARED, TRAIN2, WITH_TRAIN2, judge_pair, load_pairs, pair_texts, shared_missing,
)

GRID: dict[str, tuple[Any, ...]] = {
    "FACT_CONTEXT": (0.25, 0.35, 0.45),
    "UPDATE_PLACE": ("compatible", "shared"),
    "DISPUTE_PLACE": ("same", "compatible", "any"),
    "DISPUTE_VAGUE": (False, True),
    "DISPUTE_RATIO": (0.5, 0.7),
}
KINDS = ("updated", "conflict")
PRECISION_FLOOR = 0.85  # precision first: a setting below this on the training pairs earns nothing for that kind
Setting = tuple[tuple[str, Any], ...]


def settings() -> Iterator[Setting]:
    """Every setting of the grid, in a fixed order."""
    names = sorted(GRID)
    for values in itertools.product(*(GRID[n] for n in names)):
        yield tuple(zip(names, values))


def verdicts(texts: Sequence[tuple[str, str]], setting: Setting) -> list[str]:
    """The engine's verdict on every (earlier, later) pair under ``setting`` (restored afterwards)."""
    saved = {name: getattr(factcheck, name) for name, _ in setting}
    try:
        for name, value in setting:
            setattr(factcheck, name, value)
        return [judge_pair(earlier, later) for earlier, later in texts]
    finally:
        for name, value in saved.items():
            setattr(factcheck, name, value)


def scores(labels: Sequence[str], said: Sequence[str], index: Sequence[int]) -> dict[str, dict[str, Any]]:
    """Said, right, labelled, precision and recall of each kind over the pairs ``index``."""
    out = {}
    for kind in KINDS:
        n_said = sum(said[i] == kind for i in index)
        right = sum(said[i] == kind and labels[i] == kind for i in index)
        truth = sum(labels[i] == kind for i in index)
        out[kind] = {"said": n_said, "right": right, "labelled": truth,
                     "precision": round(right / n_said, 3) if n_said else None,
                     "recall": round(right / truth, 3) if truth else None}
    return out


def f_half(s: dict[str, Any]) -> float:
    """F0.5 of one kind's scores; 0 when nothing is right or precision is below ``PRECISION_FLOOR``."""
    if not s["right"]:
        return 0.0
    p, r = s["right"] / s["said"], s["right"] / s["labelled"]
    return 1.25 * p * r / (0.25 * p + r) if p >= PRECISION_FLOOR else 0.0


def fit(labels: Sequence[str], table: dict[Setting, list[str]], train: Sequence[int]) -> Setting:
    """The setting with the best summed F0.5 on ``train`` (ties: the first in grid order)."""
    return max(table, key=lambda st: sum(f_half(s) for s in scores(labels, table[st], train).values()))


def folds(pairs: Sequence[dict[str, Any]], second: int | None = None) -> dict[str, Callable[[int], str]]:
    """Fold schemes: a name for each pair's held-out group (the pairs from index ``second`` on, the second training
    set's, are held out by topic)."""
    def story(i: int) -> str:
        name = Path(pairs[i]["corpus"]).stem
        if second is not None and i >= second:
            return f"t2-{name}"
        return name if name in ("h1n1", "haiti") else "other"

    def half(i: int) -> str:
        return f"half{i % 2}"
    return {"story": story, "halves": half}


def run(shared: Path = SHARED, labels_dir: Path = LABELS, with_train2: bool = False) -> dict[str, Any]:
    """Judge all pairs (``with_train2``: and the second training set's) under every setting; fit and test each fold;
    the engine's setting on all pairs."""
    pairs = load_pairs(labels_dir)
    second = len(pairs) if with_train2 else None
    pairs += load_pairs(TRAIN2) if with_train2 else []
    texts = pair_texts(pairs, shared)
    labels = [p["label"] for p in pairs]
    table = {st: verdicts(texts, st) for st in settings()}
    everything = list(range(len(pairs)))
    current = tuple((name, getattr(factcheck, name)) for name in sorted(GRID))
    out: dict[str, Any] = {"pairs": len(pairs), "engine": {"setting": dict(current),
                                                           "scores": scores(labels, table[current], everything)}}
    for scheme, group in folds(pairs, second).items():
        rows, pooled = [], {k: [0, 0, 0] for k in KINDS}
        for held in sorted({group(i) for i in everything}):
            test = [i for i in everything if group(i) == held]
            best = fit(labels, table, [i for i in everything if group(i) != held])
            got = scores(labels, table[best], test)
            rows.append({"held_out": held, "pairs": len(test), "setting": dict(best), "scores": got})
            for k in KINDS:
                pooled[k] = [a + b for a, b in zip(pooled[k], (got[k]["said"], got[k]["right"], got[k]["labelled"]))]
        out[scheme] = {"folds": rows, "pooled": {k: {"said": s, "right": r, "labelled": n,
                                                     "precision": round(r / s, 3) if s else None,
                                                     "recall": round(r / n, 3) if n else None}
                                                 for k, (s, r, n) in pooled.items()}}
    best = fit(labels, table, everything)
    out["fit_on_all"] = dict(best)
    unseen = load_pairs(labels_dir, held_out=True)  # never fitted on
    if unseen:
        texts, truth, n = pair_texts(unseen, shared), [p["label"] for p in unseen], range(len(unseen))
        out["held_out_file"] = {"pairs": len(unseen), "engine": scores(truth, verdicts(texts, current), n),
                                "fit_on_all": scores(truth, verdicts(texts, best), n)}
    return out


def report(result: dict[str, Any]) -> str:
    """The human-readable report."""
    def line(s: dict[str, Any]) -> str:
        return "  ".join(f"{k} {s[k]['right']}/{s[k]['said']} said (p {s[k]['precision']}, r {s[k]['recall']}, "
                         f"{s[k]['labelled']} labelled)" for k in KINDS)
    out = [f"pairs: {result['pairs']}", f"engine setting {result['engine']['setting']}",
           f"  all pairs: {line(result['engine']['scores'])}"]
    for scheme in ("story", "halves"):
        out.append(f"held-out ({scheme}): pooled {line(result[scheme]['pooled'])}")
        out += [f"  {r['held_out']:<8} {r['pairs']:>3} pairs  {line(r['scores'])}  fitted {r['setting']}"
                for r in result[scheme]["folds"]]
    out.append(f"fitted on all pairs: {result['fit_on_all']}")
    if "held_out_file" in result:
        h = result["held_out_file"]
        out.append(f"held-out file ({h['pairs']} pairs, never fitted on): engine {line(h['engine'])}")
        out.append(f"  setting fitted on all other pairs: {line(h['fit_on_all'])}")
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=SHARED, help="the shared benchmark folder (../shared/bench)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--with-train2", action="store_true", help=WITH_TRAIN2)
    args = ap.parse_args(argv)
    if shared_missing("kinds", args.shared):
        return 2
    result = run(args.shared, with_train2=args.with_train2)
    print(json.dumps(result, indent=1) if args.json else report(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
