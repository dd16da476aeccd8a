"""Which guard of the digest merge keeps a stale line apart from the lines of its own digest.

:func:`summarizer.sameevent.same_event` joins two lines of one digest telling one event only when every guard
passes. For each line the labels call ``stale``, every other line of its digest is compared in both directions and
the guards that fail are named (:func:`blocks`); the pairs blocked by at most ``--within`` guards are printed, and
the guards that alone block a pair are counted: what a relaxation of one guard would join, and what it would cost.

    PYTHONPATH=. python benchmarks/merge_blocks.py [--train2] [--episode NAME] [--within N]
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Sequence

if __package__ in (None, ""):  # run as a script: import from the project root, not benchmarks/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

from benchmarks.lines import (  # noqa: E402
    chosen_episodes, Line, episode_lines, labelled_parser, shared_missing,
)
from summarizer.sameevent import signature  # noqa: E402


def blocks(line: str, earlier: str) -> list[str]:
    """The guards of :func:`summarizer.sameevent.same_event` that keep ``line`` from telling ``earlier``'s event
    (empty when it does), each named with what failed: "no action", "negation", "new figure: 12", "no shared party",
    "another party: X", "own quotation", "scope", "other action", "no shared content"."""
    mine, theirs = signature(line), signature(earlier)
    found = []
    if not mine.action or not theirs.action:
        found.append("no action")
    if mine.negated != theirs.negated:
        found.append("negation")
    if not mine.figures <= theirs.figures:
        found.append("new figure: " + " ".join(sorted(mine.figures - theirs.figures)))
    if not mine.participants & theirs.participants:
        found.append("no shared party")
    if mine.participants - theirs.said:
        found.append("another party: " + " ".join(sorted(mine.participants - theirs.said)))
    if mine.quoted - theirs.said:
        found.append("own quotation")
    if mine.scope != theirs.scope:
        found.append("scope")
    if not (mine.action & theirs.said or theirs.action & mine.said):
        found.append("other action")
    if not mine.content & theirs.content:
        found.append("no shared content")
    return found


def nearest_blocks(line: str, other: str) -> list[str]:
    """The fewer guards of the two directions (``line`` after ``other`` or before it): the merge tries both."""
    a, b = blocks(line, other), blocks(other, line)
    return a if len(a) <= len(b) else b


def stale_pairs(lines: Sequence[Line], within: int) -> list[tuple[Line, Line, list[str]]]:
    """Every (stale line, other line of its digest, guards) with at most ``within`` guards failing."""
    out = []
    for line in lines:
        if line.label != "stale":
            continue
        for other in lines:
            if (other.episode, other.step) == (line.episode, line.step) and other.rank != line.rank:
                found = nearest_blocks(line.text, other.text)
                if len(found) <= within:
                    out.append((line, other, found))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point."""
    ap = labelled_parser(__doc__, episodes=True)
    ap.add_argument("--within", type=int, default=3, help="print the pairs blocked by at most this many guards")
    args = ap.parse_args(argv)
    if shared_missing("merge_blocks", args.shared):
        return 2
    lines: list[Line] = []
    for episode in chosen_episodes(args):
        lines += episode_lines(episode, args.shared)
    pairs = stale_pairs(lines, args.within)
    alone = Counter(found[0].split(":")[0] for _, _, found in pairs if len(found) == 1)
    print(f"stale lines: {sum(ln.label == 'stale' for ln in lines)}  pairs within {args.within} guards: {len(pairs)}  "
          "one guard alone: " + (", ".join(f"{g} {n}" for g, n in alone.most_common()) or "-"))
    for line, other, found in pairs:
        print(f"  {line.episode} {line.step} #{line.rank} ~ #{other.rank} ({other.label}): {'; '.join(found) or 'joined'}")
        print(f"      stale: {line.text[:140]}")
        print(f"      other: {other.text[:140]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
