"""Why each stale digest line was judged new: the earlier sentence it most likely retells and what let it through.

Every episode is replayed as :mod:`benchmarks.lines` does. The source sentence of each line labelled ``stale`` is
judged again by :func:`summarizer.novelty.judge` against a memory of every sentence of the episode's articles of
earlier days (what a channel that read the earlier digests knows), and put in one class:

- ``same digest``: the other lines of its own digest hold at least as much of it as the earlier days do (and a
  quarter or more): a retelling the merge of one digest's lines did not join to the line it retells;
- ``same day``: new against the earlier days, and only an earlier article of its own day told it (the labels count a
  same-day repeat as stale even when the day digest shows it once);
- ``figure``: a figure or a day of it is new to the memory (or is read as an update): a fact kept it news;
- ``guarded``: most of its words are told (the repeat thresholds say known) but a guard kept it news: an untold
  event, a new action word, a name never told, another instance of the event, a changed action;
- ``paraphrase``: told in other words: its nearest known sentences hold less than the repeat bar of it;
- ``unfound``: no known sentence holds a quarter of it (told in wholly other words, or in no earlier article).

    PYTHONPATH=. python benchmarks/stale_lines.py [--train2] [--episode NAME] [--show]
"""
from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

if __package__ in (None, ""):  # run as a script: import from the project root, not benchmarks/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

import summarizer.novelty as novelty  # noqa: E402
from benchmarks.lines import (  # noqa: E402
    chosen_episodes, episode_lines, labelled_parser, read_episode, shared_missing,
)
from summarizer.condense import core  # noqa: E402
from summarizer.contrasts import changed_action  # noqa: E402
from summarizer.factcheck import facts_against  # noqa: E402
from summarizer.memory import features, gist_features  # noqa: E402
from summarizer.novelty import Memory  # noqa: E402
from summarizer.paraphrase import pair_containment  # noqa: E402
from summarizer.sentences import article_sentences  # noqa: E402
from summarizer.telling import informative  # noqa: E402
from summarizer.told import untold_event  # noqa: E402
from summarizer.unheard import another_instance, unheard_names  # noqa: E402

CLASSES = ("same digest", "same day", "figure", "guarded", "paraphrase", "unfound")
UNFOUND = 0.25  # a mean of containment and coverage below this: no known sentence tells much of it


@dataclass(frozen=True)
class Diagnosis:
    """What the memory of the earlier days makes of one sentence: its shares, the guards that fire, its nearest."""

    containment: float
    coverage: float
    pair: float
    new_facts: int
    kind: str
    guards: tuple[str, ...]
    nearest: str
    nearest_ref: str

    @property
    def mean(self) -> float:
        """The mean of containment and coverage (what :data:`summarizer.novelty.REPEAT_MEAN` bars)."""
        return (self.containment + self.coverage) / 2

    @property
    def repeat(self) -> bool:
        """True when the repeat thresholds alone would call it known."""
        return (self.containment >= novelty.REPEAT_CONTAINMENT or self.coverage >= novelty.REPEAT_COVERAGE
                or self.pair >= novelty.REPEAT_PAIR or self.mean >= novelty.REPEAT_MEAN)


def diagnose(text: str, memory: Memory) -> Diagnosis:
    """The shares of ``text`` told by ``memory``'s nearest sentences (as :func:`summarizer.novelty.judge` weighs them,
    words about the telling aside), its new facts and the guards that would keep it news."""
    gist = core(text)
    f = gist_features(gist) if gist and gist != text else features(text)
    near = memory.neighbours(f)
    union: set[str] = set()
    for _, k in near[:novelty.COVER_NEIGHBOURS]:
        union.update(k.features.terms)
    info = informative(f.text, f.terms)
    total = sum(info.values()) or 1.0
    shares = [(sum(w for t, w in info.items() if t in k.features.terms) / total, k) for _, k in near]
    c, best = max(shares, key=lambda s: s[0], default=(0.0, None))
    cov = sum(w for t, w in info.items() if t in union) / total
    pair = pair_containment(info, total, [k.features.terms for _, k in near[:novelty.PAIR_NEIGHBOURS]])
    kind, _, new_facts, side, minor = facts_against(features(text), [k for _, k in near], "story", memory, union)
    texts = [k.features.text for _, k in near[:novelty.COVER_NEIGHBOURS]]
    fired = {"untold event": untold_event(gist or text, texts, memory, union, f.terms),
             "new action": novelty._unheard_action(text, union, memory),
             "new name": bool(unheard_names(gist or text, memory.mentions)),
             "another instance": bool(another_instance(gist or text, " ".join(texts))),
             "changed action": best is not None and bool(changed_action(f.terms, best.features.terms, union))}
    return Diagnosis(c, cov, pair, max(0, new_facts - minor), kind.value if kind is not None and not side else "",
                     tuple(name for name, on in fired.items() if on), best.features.text if best else "",
                     best.ref if best else "")


def classify(d: Diagnosis, in_digest: bool, same_day: bool) -> str:
    """The class of a stale line (see the module docstring) from its diagnosis against the earlier days, whether a
    line of its own digest retells it and whether an earlier article of its own day exists."""
    if in_digest:
        return "same digest"
    if same_day:
        return "same day"
    if d.new_facts or d.kind:
        return "figure"
    if d.repeat:
        return "guarded"
    return "unfound" if d.mean < UNFOUND else "paraphrase"


def episode_stale(episode: dict[str, Any], shared: Path) -> list[dict[str, Any]]:
    """Every stale line of ``episode`` with its class and diagnosis."""
    read = read_episode(episode, shared)
    day = {a["id"]: a["published"][:10] for a in episode["articles"]}
    lines = episode_lines(episode, shared)
    out = []
    for line in lines:
        if line.label != "stale":
            continue
        sentence = read.raws[line.article_id][line.start:line.end]
        memory = Memory()
        for article in read.articles:
            if day[article.id] < line.step[:10]:
                for s in article_sentences(article):
                    memory.add(s.text, "story", article.id)
        digest = Memory()
        for other in lines:
            if other.step == line.step and other is not line:
                digest.add(read.raws[other.article_id][other.start:other.end], "story", other.article_id)
        d = diagnose(sentence, memory)
        in_digest = bool(len(digest)) and diagnose(sentence, digest).mean >= max(d.mean, UNFOUND)
        out.append({"episode": line.episode, "step": line.step, "rank": line.rank, "text": line.text,
                    "class": classify(d, in_digest, line.same_day), "diagnosis": d})
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point."""
    ap = labelled_parser(__doc__, episodes=True)
    ap.add_argument("--show", action="store_true", help="print each stale line with its nearest known sentence")
    args = ap.parse_args(argv)
    if shared_missing("stale_lines", args.shared):
        return 2
    rows: list[dict[str, Any]] = []
    for episode in chosen_episodes(args):
        rows += episode_stale(episode, args.shared)
    counts = Counter(r["class"] for r in rows)
    print(f"stale lines: {len(rows)}  " + "  ".join(f"{c} {counts[c]}" for c in CLASSES))
    if args.show:
        for r in rows:
            d: Diagnosis = r["diagnosis"]
            print(f"  [{r['class']}] {r['episode']} {r['step']} #{r['rank']}: {r['text'][:150]}")
            print(f"      containment {d.containment:.2f} coverage {d.coverage:.2f} pair {d.pair:.2f} new facts "
                  f"{d.new_facts}{' ' + d.kind if d.kind else ''}; guards: {', '.join(d.guards) or '-'}")
            print(f"      nearest ({d.nearest_ref}): {d.nearest[:150]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
