"""Why a day digest's first line is not news: every such step of the labelled episodes, by cause.

The first line is what a reader sees in a chat preview (target: news on at least 90 % of days,
``benchmarks/lines.py``). Before changing the lead choice, know where each missed day's news went. Each episode
is replayed through the real engine; per step the script records which sentences were judged against the
channel's memory (and whether novel), which became candidates (with their labels) and the digest's lines in
display order, then names the cause of a first line that is not news (:func:`cause`):

``no news sentence``   no sentence of the step's articles is labelled news (nothing could lead);
``ranked lower``       a news line is shown in the first story, below its first line (salience order);
``other story first``  a news line is shown only in a later story (story order);
``dropped by a hold``  a news sentence is a candidate but no news line is shown (per-story cap, long-line
                       demotion, budget, show gate, backdrop hold);
``judged known``       no news sentence is a candidate, and one was judged known to the channel (novelty) or
                       merged into a non-news candidate of the same digest;
``never a candidate``  every news sentence was left out before judging (eligibility: too short, a heading ...).

Only the second training set may be asked for (``--train2``); never the held-out set. The report prints each
line's text (truncated) for reading; nothing is written. ``--detail`` prints, under each missed step, its first
story's lines down to the best-placed news line (at least ``DETAIL`` lines): label, the fitted news probability
(``n``, :func:`summarizer.newsbar.news_probability`) and the salience score (``s``) each line was ranked by, to see
whether the news model or salience could have put the news line first.

    PYTHONPATH=. python benchmarks/firsts.py [--train2] [--episode NAME] [--detail]
"""
from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

if __package__ in (None, ""):  # run as a script: import from the project root, not benchmarks/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

import summarizer.engine as engine_module  # noqa: E402
from benchmarks.lines import Episode, chosen_episodes, labelled_parser, read_episode, shared_missing  # noqa: E402
from bot.cli import run_replay  # noqa: E402
from summarizer.engine import EngineConfig  # noqa: E402
from summarizer.models import Article, Digest  # noqa: E402

DETAIL = 4  # lines of the first story printed under a missed step with --detail (more when the news line is lower)
CAUSES = ("no news sentence", "ranked lower", "other story first", "dropped by a hold", "judged known",
          "never a candidate")


@dataclass
class Step:
    """One step of a replay: its digest's lines (story index, rank in story, label, text), the labels of its
    candidates, and the news sentences of its articles that were not candidates (judged novel or not; None when
    never judged)."""

    episode: str
    step: str
    lines: list[tuple[int, int, str, str]] = field(default_factory=list)
    candidates: list[str] = field(default_factory=list)
    left_out: list[bool | None] = field(default_factory=list)
    has_news: bool = False
    marks: list[tuple[float, float] | None] = field(default_factory=list)  # per line: (news probability, salience)


def cause(step: Step) -> str:
    """Why the step's first line is not news (one of CAUSES), or ``""`` when it is news or the digest is empty."""
    if not step.lines or step.lines[0][2] == "news":
        return ""
    if not step.has_news:
        return CAUSES[0]
    shown = [story for story, _, label, _ in step.lines if label == "news"]
    if shown:
        return CAUSES[1] if min(shown) == step.lines[0][0] else CAUSES[2]
    if "news" in step.candidates:
        return CAUSES[3]
    return CAUSES[4] if any(novel is not None for novel in step.left_out) else CAUSES[5]


def label_in(read: Episode, text: str, batch: Sequence[Article]) -> str:
    """The label of ``text`` in the first of the step's articles that holds it ("unmapped" when none does)."""
    for article in batch:
        found = read.label(text, article.id)
        if found != "unmapped":
            return found
    return "unmapped"


def replay(episode: dict[str, Any], shared: Path) -> list[Step]:
    """Replay one episode (default engine settings) and record every step (:class:`Step`)."""
    read = read_episode(episode, shared)
    judged: dict[str, bool | None] = {}
    scored: list[str] = []
    ranked: dict[str, tuple[float, float]] = {}  # a candidate's text -> (news probability, salience score)
    steps: list[Step] = []
    original_judge, original_eligible, original_score = (engine_module.judge, engine_module.eligible,
                                                         engine_module.score_candidates)

    def judge(text: str, *args: Any, **kwargs: Any) -> Any:
        verdict = original_judge(text, *args, **kwargs)
        if "day" in kwargs:  # the check against the channel's memory, not the within-digest merge
            judged[text] = verdict.novel
        return verdict

    def eligible(text: str, *args: Any, **kwargs: Any) -> bool:
        ok = original_eligible(text, *args, **kwargs)
        judged.setdefault(text, None)
        return bool(ok)

    def score(cands: Sequence[Any], *args: Any, **kwargs: Any) -> list[dict[str, float]]:
        scored.extend(c.text for c in cands)
        out = original_score(cands, *args, **kwargs)
        ranked.update((c.text, (float(c.news), float(c.score))) for c in cands)
        return out

    def emit(key: str, step_label: str, batch: list[Article], service: object, digest: Digest) -> None:
        step = Step(episode["episode"], step_label)
        ids = {a.id for a in batch}
        step.has_news = any(s[2] == "news" for a in episode["articles"] if a["id"] in ids for s in a["spans"])
        step.lines = [(k, i, read.label(item.sentence or item.text, item.sources[0].article_id if item.sources else ""),
                       item.full_text) for k, story in enumerate(digest.stories) for i, item in enumerate(story.items)]
        step.marks = [ranked.get(item.text, ranked.get(item.sentence or "")) for story in digest.stories
                      for item in story.items]
        step.candidates = [label_in(read, text, batch) for text in scored]
        told = set(scored)
        step.left_out = [novel for text, novel in judged.items()
                         if text not in told and label_in(read, text, batch) == "news"]
        steps.append(step)
        judged.clear()
        scored.clear()
        ranked.clear()

    engine_module.judge = judge
    engine_module.eligible = eligible
    engine_module.score_candidates = score
    try:
        run_replay(read.articles, episode["every"], EngineConfig(), emit)
    finally:
        engine_module.judge = original_judge
        engine_module.eligible = original_eligible
        engine_module.score_candidates = original_score
    return steps


def detail(step: Step) -> list[str]:
    """The first story's lines of ``step`` down to its best-placed news line (at least ``DETAIL``), one a row: rank,
    label, news probability ``n`` and salience ``s`` (``?`` when the line was not a scored candidate), text."""
    news = [i for k, i, label, _ in step.lines if k == step.lines[0][0] and label == "news"] if step.lines else []
    last = max([DETAIL - 1] + news[:1])
    out = []
    for (k, i, label, text), mark in zip(step.lines, step.marks or [None] * len(step.lines)):
        if k == step.lines[0][0] and i <= last:
            n, s = (f"{mark[0]:.2f}", f"{mark[1]:.2f}") if mark else ("?", "?")
            out.append(f"        {i:2d} {label:10s} n={n:>4s} s={s:>5s}  {text[:90]}")
    return out


def report(steps: Sequence[Step], details: bool = False) -> str:
    """Each step whose first line is not news (cause, first line, the best-placed news line; with ``details`` the
    first story's lines, :func:`detail`), then counts."""
    with_lines = [s for s in steps if s.lines]
    missed = [(s, cause(s)) for s in with_lines if cause(s)]
    out = [f"first line news on {len(with_lines) - len(missed)} of {len(with_lines)} steps with lines"]
    for step, why in missed:
        first = step.lines[0]
        out.append(f"  {step.episode} {step.step[:10]}  [{first[2]}] {why}: {first[3][:110]}")
        news = next(((k, i, text) for k, i, label, text in step.lines if label == "news"), None)
        if news:
            out.append(f"      news at story {news[0]} line {news[1]}: {news[2][:110]}")
        if details:
            out += detail(step)
    counts = Counter(why for _, why in missed)
    out.append("causes: " + ", ".join(f"{why} {counts[why]}" for why in CAUSES if counts[why]))
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point."""
    ap = labelled_parser(__doc__, episodes=True)
    ap.add_argument("--detail", action="store_true", help="each missed step's first story: label, news probability, "
                    "salience")
    args = ap.parse_args(argv)
    if shared_missing("firsts", args.shared):
        return 2
    steps: list[Step] = []
    for episode in chosen_episodes(args):
        steps += replay(episode, args.shared)
    print(report(steps, args.detail))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
