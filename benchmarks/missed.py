"""Missed news: every sentence labelled news that no digest line shows, with the engine's reason.

Issue 8: "a missed new fact is a defect". Each training episode (the six, or ``--train2``; never the held-out set)
is replayed through the real engine; every sentence the engine splits out of a step's articles is followed through
eligibility, the judgement against the channel's memory, the merge of one digest's retellings and the choice of
lines. A sentence labelled ``news`` (located in its article's raw text as ``benchmarks/lines.py`` does) that no
digest line of the episode shows (a line whose sentence is the same text, or its twin of the same article) gets one
reason (:data:`REASONS`):

``never a candidate``   eligibility left it out (too few content words, a heading, a fragment);
``judged known``        the judgement against the channel's memory (what earlier steps told) found it known; the
                        nearest known sentence (the verdict's ``best``) and its article are printed beside it;
``merged``              new to the channel, but merged into another candidate of the same digest that retells it;
``over the cap``        a candidate left behind its story's shown lines (the per-story cap, pending);
``held``                a candidate cut otherwise (the show gate, the backdrop, the day's budget, a quiet day).

Printed: counts by reason per set, then each missed sentence (truncated) for reading; the ``judged known`` ones
with the matched sentence, to tell a true repeat from a different fact. Nothing is written.

    PYTHONPATH=. python benchmarks/missed.py [--train2] [--episode NAME] [--reason REASON]
"""
from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

if __package__ in (None, ""):  # run as a script: import from the project root, not benchmarks/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

import summarizer.engine as engine_module  # noqa: E402
from benchmarks.lines import chosen_episodes, labelled_parser, read_episode, shared_missing  # noqa: E402
from bot.cli import run_replay  # noqa: E402
from summarizer.engine import EngineConfig  # noqa: E402
from summarizer.models import Article, Digest  # noqa: E402

REASONS = ("never a candidate", "judged known", "merged", "over the cap", "held")


@dataclass
class Missed:
    """One news sentence no line shows: its episode, step, article, text, reason and (when judged known) the
    nearest known sentence's text and article."""

    episode: str
    step: str
    article_id: str
    text: str
    reason: str
    matched: str = ""
    matched_id: str = ""


@dataclass
class Seen:
    """What the engine did with one sentence of a step (filled as the replay goes)."""

    article_id: str
    text: str
    eligible: bool = False
    novel: bool | None = None
    matched: str = ""
    matched_id: str = ""
    candidate: bool = False
    over: bool = False


def reason(seen: Seen) -> str:
    """The reason (one of :data:`REASONS`) a sentence that no line shows was missed."""
    if not seen.eligible:
        return REASONS[0]
    if seen.novel is False:
        return REASONS[1]
    if not seen.candidate:
        return REASONS[2]
    return REASONS[3] if seen.over else REASONS[4]


def replay(episode: dict[str, Any], shared: Path) -> list[Missed]:
    """Replay one episode (default engine settings); every news sentence no line shows, with its reason."""
    read = read_episode(episode, shared)
    by_text: dict[str, Seen] = {}  # this step's sentences by text (the last article that holds it wins)
    steps: list[tuple[str, list[Seen]]] = []
    shown: set[tuple[str, str]] = set()  # (article id, sentence) of every line and its twins, the whole episode
    current: list[Article] = []
    originals = (engine_module.judge, engine_module.eligible, engine_module.Engine.candidates,
                 engine_module.Engine._lines)
    original_judge, original_eligible, original_candidates, original_lines = originals

    def article_of(text: str) -> str:
        return next((a.id for a in current if read.label(text, a.id) != "unmapped"), "")

    def eligible(text: str, *args: Any, **kwargs: Any) -> bool:
        ok = bool(original_eligible(text, *args, **kwargs))
        seen = by_text.setdefault(text, Seen(article_of(text), text))
        seen.eligible = seen.eligible or ok
        return ok

    def judge(text: str, *args: Any, **kwargs: Any) -> Any:
        verdict = original_judge(text, *args, **kwargs)
        seen = by_text.get(text)
        if "day" in kwargs and seen is not None:  # the check against the channel's memory, not the digest's merge
            seen.novel = verdict.novel
            if not verdict.novel and verdict.best is not None:
                seen.matched, seen.matched_id = verdict.best.features.text, verdict.best.ref
        return verdict

    def candidates(self: Any, articles: Sequence[Article], memory: Any) -> Any:
        current[:] = list(articles)
        out = original_candidates(self, articles, memory)
        for cand in out:
            if cand.text in by_text:
                by_text[cand.text].candidate = True
        return out

    def lines(self: Any, ranked: Any, *args: Any, **kwargs: Any) -> Any:
        items, over = original_lines(self, ranked, *args, **kwargs)
        for cand in over:
            if cand.text in by_text:
                by_text[cand.text].over = True
        return items, over

    def emit(key: str, step_label: str, batch: list[Article], service: object, digest: Digest) -> None:
        for item in digest.items:
            aid = item.sources[0].article_id if item.sources else ""
            shown.add((aid, item.sentence or item.text))
            shown.update((aid, twin) for twin in getattr(item, "twins", ()) or ())
        steps.append((step_label, list(by_text.values())))
        by_text.clear()

    engine_module.judge, engine_module.eligible = judge, eligible
    engine_module.Engine.candidates, engine_module.Engine._lines = candidates, lines  # type: ignore[method-assign]
    try:
        run_replay(read.articles, episode["every"], EngineConfig(), emit)
    finally:
        engine_module.judge, engine_module.eligible = original_judge, original_eligible
        engine_module.Engine.candidates, engine_module.Engine._lines = original_candidates, original_lines  # type: ignore[method-assign]
    shown_texts = {text for _, text in shown}
    out: list[Missed] = []
    for step_label, seen_list in steps:
        for seen in seen_list:
            if seen.text in shown_texts or read.label(seen.text, seen.article_id) != "news":
                continue
            out.append(Missed(episode["episode"], step_label, seen.article_id, seen.text, reason(seen), seen.matched,
                              seen.matched_id))
    return out


def report(missed: Sequence[Missed], only: str = "") -> str:
    """Counts by reason, then each missed sentence (the ``judged known`` ones with their match) for reading."""
    counts = Counter(m.reason for m in missed)
    out = [f"news sentences in no line: {len(missed)}  "
           + ", ".join(f"{why} {counts[why]}" for why in REASONS if counts[why])]
    for m in missed:
        if only and m.reason != only:
            continue
        out.append(f"  [{m.reason}] {m.episode} {m.step[:10]} {m.article_id}: {m.text[:150]}")
        if m.matched:
            out.append(f"      known from {m.matched_id}: {m.matched[:150]}")
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point."""
    ap = labelled_parser(__doc__, episodes=True)
    ap.add_argument("--reason", default="", choices=("",) + REASONS, help="print only the sentences missed for this")
    args = ap.parse_args(argv)
    if shared_missing("missed", args.shared):
        return 2
    missed: list[Missed] = []
    for episode in chosen_episodes(args):
        missed += replay(episode, args.shared)
    print(report(missed, args.reason))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
