"""Where the news_dev update R2 is lost, day by day (a loss breakdown of the day digests).

Replays every news_dev story day by day with the engine and, for each gold day, records every
story section of the digest: the lines shown (display order) and the story's best-ranked
candidates rendered as lines (shown or not), with how many of the day's articles the story holds.
Each day is then put in one bucket by why its first 100 words miss the day's best line (the
candidate whose own bigrams overlap the Update summaries most):

  shown-early   the best line is in the first 100 words (nothing lost to selection)
  late          it is shown, but after the first 100 words (ordering: lines ranked before it)
  capped        it is in a story that reached the per-story cap, ranked past the cap
  minor         it was shown by ``_lines`` but the budget or the gate made it minor
  low           not shown by ``_lines`` though its story did not reach the cap (skipped as saying
                nothing or retelling, or a long line demoted behind the cap)
  none          no candidate shares a bigram with the Update summaries

Nothing from news_dev is written to the repository (the capture is pickled to /tmp).

    PYTHONPATH=. python benchmarks/r2_loss.py [--cache /tmp/r2_loss.pkl] [--story h1n1] [--show N]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Sequence

if __package__ in (None, ""):  # run as a script: import from the project root, not benchmarks/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

from benchmarks.common import SHARED, load_module, news_dev_captures  # noqa: E402
from bot.cli.replay import run_replay  # noqa: E402
from summarizer.config import EngineConfig  # noqa: E402
from summarizer.engine import Candidate, Engine  # noqa: E402
from summarizer.models import Item  # noqa: E402

WINDOW = 20  # candidates rendered per story section
WORDS = 100


def capture(articles: Sequence[Any], gold: dict[str, Any]) -> list[dict[str, Any]]:
    """Replay one story; per gold day: {"day", "update", "background", "sections", "shown"}."""
    original = Engine._lines
    sections: list[dict[str, Any]] = []

    def lines(self: Engine, ranked: list[Candidate], older: frozenset[str],
              shown: Any = None) -> tuple[list[Item], list[Candidate]]:
        items, over = original(self, ranked, older, shown)
        window = [(self.item(c, older).full_text, c.score, len(c.sources)) for c in ranked[:WINDOW]]
        kept = {i.key for i in items}
        sections.append({"story": ranked[0].story_id if ranked else "", "window": window,
                         "shown_by_lines": [c.article.id + ":" + str(c.position) in kept for c in ranked[:WINDOW]],
                         "articles": len({c.article.id for c in ranked}), "capped": len(items) >= self.config.max_items_per_story})
        return items, over

    days: list[dict[str, Any]] = []

    def emit(key: str, label: str, batch: Any, service: Any, digest: Any) -> None:
        if label in gold:
            days.append({"day": label, "update": gold[label]["update"], "background": gold[label].get("background", []),
                         "sections": list(sections),
                         "shown": [(s.story_id, i.full_text) for s in digest.stories for i in s.items],
                         "batch": len(batch)})
        sections.clear()

    Engine._lines = lines  # type: ignore[method-assign]
    try:
        run_replay(articles, "day", EngineConfig(), emit)
    finally:
        Engine._lines = original  # type: ignore[method-assign]
    return days


def bucket(day: dict[str, Any], sd: Any) -> tuple[str, float, float, str]:
    """(bucket, R2 of the first 100 words, best single line's R2, best line) for one day."""
    shown_text = " ".join(t for _, t in day["shown"])
    r2 = sd.recall(sd.tokens(shown_text)[:WORDS], day["update"], 2)
    best, best_r2, where = "", 0.0, "none"
    first = sd.tokens(shown_text)[:WORDS]
    shown = [t for _, t in day["shown"]]
    for s in day["sections"]:
        for k, (text, _, _) in enumerate(s["window"]):
            r = sd.recall(sd.tokens(text), day["update"], 2)
            if r > best_r2:
                best, best_r2 = text, r
                if text in shown:
                    toks = sd.tokens(text)
                    where = "shown-early" if any(first[i:i + len(toks)] == toks for i in range(len(first))) or \
                        sd.recall(first, [text], 2) > 0.5 else "late"
                elif s["shown_by_lines"][k]:
                    where = "minor"
                elif s["capped"]:
                    where = "capped"
                else:
                    where = "low"
    return where, r2, best_r2, best


def main(argv: Sequence[str] | None = None) -> int:
    """Capture (or load) the news_dev day digests and print the loss breakdown."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", type=Path, default=None, help="pickle of the capture (read if present, else written)")
    ap.add_argument("--story", default=None)
    ap.add_argument("--show", type=int, default=0, help="print the first N days' breakdown")
    args = ap.parse_args(argv)
    sd = load_module(SHARED / "score_days.py")
    data = news_dev_captures(capture, args.cache)  # every story: --story picks what is printed
    total: Counter[str] = Counter()
    for topic, days in data.items():
        if args.story and topic != args.story:
            continue
        counts: Counter[str] = Counter()
        for day in days:
            where, r2, best_r2, best = bucket(day, sd)
            counts[where] += 1
            if args.show:
                args.show -= 1
                print(f"{topic} {day['day']} {where:11} r2={r2:.3f} best={best_r2:.3f} sections={len(day['sections'])}")
                for s in day["sections"]:
                    print(f"    story {s['story'][:8]} articles={s['articles']} capped={s['capped']}")
                print(f"    best: {best[:150]}")
        total.update(counts)
        print(topic, dict(counts))
    print("all", dict(total))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
