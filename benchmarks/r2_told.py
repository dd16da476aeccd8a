"""Where the news_dev update R2 lost as "told" comes from: what the reader was shown, or only what memory read.

Replays every news_dev story day by day. For each gold day, every sentence the novelty judgement
(:func:`summarizer.novelty.judge` against the audience's memory) found already told is kept with the
nearest remembered sentence (``Verdict.best``). The memory learns every sentence of a delivered
article, shown or not (:meth:`summarizer.engine.Engine.remember`), so a sentence may be "told" by one the
reader never saw. Each told sentence whose own update R2 reaches ``--min`` is put in one class:

  shown     the nearest remembered sentence was shown in an earlier digest (an item's sentence)
  same      it is the sentence itself (the same wording in an earlier article), never shown
  unshown   another sentence, never shown (an earlier article's minor, held or capped line)

Nothing from news_dev is written to the repository (the capture is pickled to /tmp).

    PYTHONPATH=. python benchmarks/r2_told.py [--cache /tmp/r2_told.pkl] [--story mj] [--show N] [--min 0.1]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Sequence

if __package__ in (None, ""):  # run as a script: import from the project root, not benchmarks/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

import summarizer.engine as engine_module  # noqa: E402
from benchmarks.common import SHARED, load_module, news_dev_captures  # noqa: E402
from bot.cli.replay import run_replay  # noqa: E402
from summarizer.config import EngineConfig  # noqa: E402

CLASSES = ("shown", "same", "unshown")


def capture(articles: Sequence[Any], gold: dict[str, Any]) -> list[dict[str, Any]]:
    """Replay one story; per gold day: {"day", "update", "told": [(sentence, nearest), ...], "shown_before"}."""
    original = engine_module.judge
    told: list[tuple[str, str]] = []

    def judge(text: str, memory: Any, *args: Any, **kw: Any) -> Any:
        verdict = original(text, memory, *args, **kw)
        if "day" in kw and not verdict.novel:  # the judgement against the audience's memory, not the same-day one
            told.append((text, verdict.best.features.text if verdict.best is not None else ""))
        return verdict

    shown: set[str] = set()
    days: list[dict[str, Any]] = []

    def emit(key: str, label: str, batch: Any, service: Any, digest: Any) -> None:
        if label in gold:
            days.append({"day": label, "update": gold[label]["update"], "told": list(told), "shown_before": set(shown)})
        shown.update(item.sentence for story in digest.stories for item in story.items)
        told.clear()

    engine_module.judge = judge
    try:
        run_replay(articles, "day", EngineConfig(), emit)
    finally:
        engine_module.judge = original
    return days


def classify(sentence: str, nearest: str, shown_before: set[str]) -> str:
    """The class (``CLASSES``) of a told ``sentence`` by its ``nearest`` remembered sentence."""
    if nearest in shown_before:
        return "shown"
    return "same" if nearest == sentence else "unshown"


def told_losses(day: dict[str, Any], sd: Any, least: float) -> list[tuple[float, str, str, str]]:
    """(update R2, class, sentence, nearest) of one day's told sentences whose own update R2 reaches ``least``."""
    out: list[tuple[float, str, str, str]] = []
    for sentence, nearest in dict.fromkeys(day["told"]):
        r2 = sd.recall(sd.tokens(sentence), day["update"], 2)
        if r2 >= least:
            out.append((r2, classify(sentence, nearest, day["shown_before"]), sentence, nearest))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Capture (or load) the told sentences of the news_dev day digests and print them by class."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", type=Path, default=None, help="pickle of the capture (read if present, else written)")
    ap.add_argument("--story", default=None)
    ap.add_argument("--show", type=int, default=0, help="print the N told sentences of highest update R2 per story")
    ap.add_argument("--min", type=float, default=0.1, help="a told sentence counts from this update R2 on")
    args = ap.parse_args(argv)
    sd = load_module(SHARED / "score_days.py")
    data = news_dev_captures(capture, args.cache, args.story)
    for topic, days in data.items():
        if args.story and topic != args.story:
            continue
        counts: Counter[str] = Counter()
        sums: dict[str, float] = dict.fromkeys(CLASSES, 0.0)
        rows = [(r2, cls, s, near, day["day"]) for day in days for r2, cls, s, near in told_losses(day, sd, args.min)]
        for r2, cls, *_ in rows:
            counts[cls] += 1
            sums[cls] += r2
        print(f"{topic:6} " + " ".join(f"{c}={counts[c]} (R2 {sums[c]:.2f})" for c in CLASSES))
        for r2, cls, s, near, label in sorted(rows, reverse=True)[:args.show]:
            print(f"  {r2:.3f} {label} {cls}\n     told:    {s[:200]}\n     nearest: {near[:200]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
