"""Where the news_dev update R2 is lost, stage by stage (a loss cascade of the day digests).

Replays every news_dev story day by day and keeps, for each gold day, the texts each stage of the
engine still holds. For every stage a greedy oracle takes the best first ``WORDS`` words its texts
could give (texts picked one by one by their gain in update R2, as ``score_days.py`` counts it):

  articles    every sentence of the day's articles
  candidates  the sentences judged new (gone: told before, or a same-day retelling merged into another)
  ranked      each story's first ``WINDOW`` candidates by rank, as sentences
  condensed   the same candidates, as condensed lines
  lines       the lines ``Engine._lines`` keeps (the per-story cap; long lines demoted behind it)
  shown       the digest's lines (after the word budget, the quiet day, the show gate, the backdrop hold)
  first       the digest's first ``WORDS`` words as shown (no oracle: the score itself)

A drop between two stages is the loss of one cause: told (articles -> candidates), rank (candidates
-> ranked), compression (ranked -> condensed), selection (condensed -> lines), holds (lines -> shown),
order (shown -> first). Oracles are upper bounds, so drops are a ranking of causes, not gains to
expect. Days silent (no word shown) and short (under ``WORDS``) are counted, and so are the
demoted long lines: candidates ranked within the cap, over ``line_chars``, not kept by ``_lines``.
Nothing from news_dev is written to the repository (the capture is pickled to /tmp).

    PYTHONPATH=. python benchmarks/r2_stages.py [--cache /tmp/r2_stages.pkl] [--story h1n1] [--days]
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
from summarizer.models import Article, Item  # noqa: E402
from summarizer.novelty import Memory  # noqa: E402
from summarizer.sentences import article_sentences  # noqa: E402

WINDOW = 25  # candidates per story rendered as lines (the cap is 10)
WORDS = 100
STAGES = ("articles", "candidates", "ranked", "condensed", "lines", "shown", "first")
CAUSES = ("told", "rank", "compression", "selection", "holds", "order")


def capture(articles: Sequence[Any], gold: dict[str, Any], config: EngineConfig | None = None) -> list[dict[str, Any]]:
    """Replay one story; per gold day: {"day", "update", "sentences", "rows", "shown"} (rows: one per candidate)."""
    config = config or EngineConfig()
    original_candidates, original_lines = Engine.candidates, Engine._lines
    state: dict[str, Any] = {"sentences": [], "rows": []}

    def candidates(self: Engine, articles: Sequence[Article], memory: Memory) -> list[Candidate]:
        state["sentences"] = [s.text for a in articles for s in article_sentences(a)]
        return original_candidates(self, articles, memory)

    def lines(self: Engine, ranked: list[Candidate], older: frozenset[str],
              shown: Any = None) -> tuple[list[Item], list[Candidate]]:
        items, over = original_lines(self, ranked, older, shown)
        kept = {i.key for i in items}
        for k, c in enumerate(ranked):
            line = self.item(c, older).full_text if k < WINDOW else ""
            state["rows"].append({"rank": k, "sentence": c.text, "line": line, "new": c.verdict.kind.value == "new",
                                  "kept": c.article.id + ":" + str(c.position) in kept})
        return items, over

    days: list[dict[str, Any]] = []

    def emit(key: str, label: str, batch: Any, service: Any, digest: Any) -> None:
        if label in gold:
            days.append({"day": label, "update": gold[label]["update"], "sentences": state["sentences"],
                         "rows": state["rows"], "shown": [i.full_text for s in digest.stories for i in s.items]})
        state["sentences"], state["rows"] = [], []

    Engine.candidates, Engine._lines = candidates, lines  # type: ignore[method-assign]
    try:
        run_replay(articles, "day", config, emit)
    finally:
        Engine.candidates, Engine._lines = original_candidates, original_lines  # type: ignore[method-assign]
    return days


def oracle(texts: Sequence[str], refs: list[str], sd: Any, words: int = WORDS) -> float:
    """The update R2 of the best first ``words`` words ``texts`` can give, texts picked greedily by their gain."""
    pool = [sd.tokens(t) for t in dict.fromkeys(texts) if t]
    chosen: list[str] = []
    score = 0.0
    while pool and len(chosen) < words:
        gains = [sd.recall((chosen + t)[:words], refs, 2) - score for t in pool]
        best = max(range(len(pool)), key=lambda i: gains[i])
        if gains[best] <= 0:
            break
        chosen = (chosen + pool.pop(best))[:words]
        score += gains[best]
    return score


def stages(day: dict[str, Any], sd: Any, line_chars: int = 140, cap: int = 10) -> dict[str, float]:
    """One day's stage figures (``STAGES``), its shown word count and its demoted long lines."""
    refs, rows = day["update"], day["rows"]
    windowed = [r for r in rows if r["line"]]
    shown_tokens = sd.tokens(" ".join(day["shown"]))
    out = {"articles": oracle(day["sentences"], refs, sd), "candidates": oracle([r["sentence"] for r in rows], refs, sd),
           "ranked": oracle([r["sentence"] for r in windowed], refs, sd),
           "condensed": oracle([r["line"] for r in windowed], refs, sd),
           "lines": oracle([r["line"] for r in windowed if r["kept"]], refs, sd),
           "shown": oracle(day["shown"], refs, sd), "first": sd.recall(shown_tokens[:WORDS], refs, 2)}
    out["words"] = float(len(shown_tokens))
    out["demoted_long"] = float(sum(r["rank"] < cap and r["new"] and not r["kept"] and len(r["line"]) > line_chars
                                    for r in windowed))
    return out


def causes(figures: dict[str, float]) -> dict[str, float]:
    """The drops between consecutive stages, named by their cause (``CAUSES``)."""
    return {cause: figures[a] - figures[b] for cause, a, b in zip(CAUSES, STAGES, STAGES[1:])}


def main(argv: Sequence[str] | None = None) -> int:
    """Capture (or load) the news_dev day digests and print the loss cascade per story (and per day)."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", type=Path, default=None, help="pickle of the capture (read if present, else written)")
    ap.add_argument("--story", default=None)
    ap.add_argument("--days", action="store_true", help="print every day's stages")
    args = ap.parse_args(argv)
    sd = load_module(SHARED / "score_days.py")
    data = news_dev_captures(capture, args.cache, args.story)
    print("sums over days (update R2 x days); drops:", ", ".join(f"{c} = {a} - {b}" for c, a, b in
                                                                 zip(CAUSES, STAGES, STAGES[1:])))
    total: Counter[str] = Counter()
    for topic, days in data.items():
        if args.story and topic != args.story:
            continue
        sums: Counter[str] = Counter()
        for day in days:
            fig = stages(day, sd)
            sums.update(fig)
            sums.update(causes(fig))
            sums["silent"] += fig["words"] == 0
            sums["short"] += 0 < fig["words"] < WORDS
            if args.days:
                print(f"{topic:6} {day['day']} words={fig['words']:4.0f} "
                      + " ".join(f"{s}={fig[s]:.3f}" for s in STAGES) + f" demoted_long={fig['demoted_long']:.0f}")
        sums["days"] = len(days)
        total.update(sums)
        print(f"{topic:6} days={len(days):3} " + " ".join(f"{s}={sums[s]:.2f}" for s in STAGES)
              + " | " + " ".join(f"{c}={sums[c]:.2f}" for c in CAUSES)
              + f" | silent={sums['silent']} short={sums['short']} demoted_long={sums['demoted_long']:.0f}")
    print(f"{'all':6} days={total['days']:3} " + " ".join(f"{s}={total[s]:.2f}" for s in STAGES)
          + " | " + " ".join(f"{c}={total[c]:.2f}" for c in CAUSES))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
