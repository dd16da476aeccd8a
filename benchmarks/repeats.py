"""The repeat judgement on hand-labelled sentences: how many stale sentences it knows, how many news it loses.

Every eligible sentence of every episode of ``benchmarks/labels`` (see :mod:`benchmarks.lines`) is
judged by :func:`summarizer.novelty.judge` against a memory of the episode's earlier articles (earlier
days and earlier articles of the same day, as the labels read them), with the engine's day-event cue
(:func:`summarizer.told.day_event`: an article's lead or a sentence anchored at its day). A sentence labelled ``stale``
should be known; one labelled ``news`` (or ``minor``) judged known is a fact lost. Each episode is
reported on its own (the folds of a leave-one-episode-out fit), with the new-action guard of
:mod:`summarizer.paraphrase` on and off, side by side.

``--missed`` lists the errors to read: stale sentences judged new and news sentences judged known (guard on).

    PYTHONPATH=. python benchmarks/repeats.py [--episode NAME] [--show] [--missed]
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any, Sequence

if __package__ in (None, ""):  # run as a script: import from the project root, not benchmarks/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

from benchmarks.lines import (  # noqa: E402
    label_of, labelled_parser, load_json, locate, read_episode, shared_missing, training_files,
)
from summarizer.condense import core  # noqa: E402
from summarizer.novelty import Memory, judge  # noqa: E402
from summarizer.sentences import article_sentences  # noqa: E402
from summarizer.standalone import eligible  # noqa: E402
from summarizer.told import day_event  # noqa: E402

JUDGED = ("stale", "news", "minor", "background")
Sentence = tuple[str, str, str, bool]  # (article id, text, label ("" when not eligible), tells its day's event)


def episode_sentences(episode: dict[str, Any], shared: Path) -> list[list[Sentence]]:
    """The sentences of each article of ``episode`` in publication order (file order within a day), labelled."""
    read = read_episode(episode, shared)
    by_id = {a.id: a for a in read.articles}
    day = {a["id"]: a["published"][:10] for a in episode["articles"]}
    out = []
    for aid in sorted(read.ids, key=day.__getitem__):  # stable: file order within a day
        article = by_id.get(aid)
        if article is None:
            continue
        sentences = []
        for s in article_sentences(article):
            where = locate(s.text, read.raws[aid]) if eligible(s.text, s.is_title, 5) else None
            today = day_event(s.text, article.published, s.position == 0 and not s.is_title)  # as the engine reads it
            sentences.append((aid, s.text, label_of(where[0], where[1], read.spans[aid]) if where else "", today))
        out.append(sentences)
    return out


def judged(articles: Sequence[Sequence[Sentence]], new_actions: bool) -> list[tuple[str, bool, str]]:
    """(label, judged known, text) of every labelled sentence, against a memory of the earlier articles."""
    memory = Memory()
    out = []
    for sentences in articles:
        for _, text, label, day in sentences:
            if label in JUDGED and len(memory):
                verdict = judge(text, memory, "story", core(text), new_actions=new_actions, day=day)
                out.append((label, not verdict.novel, text))
        for aid, text, _, _ in sentences:
            memory.add(text, "story", aid)
    return out


def counts(rows: Sequence[tuple[str, bool, str]]) -> dict[str, str]:
    """"known/total" per label."""
    known, total = Counter(lab for lab, k, _ in rows if k), Counter(lab for lab, _, _ in rows)
    return {lab: f"{known[lab]}/{total[lab]}" for lab in JUDGED}


def missed(rows: Sequence[tuple[str, bool, str]]) -> list[tuple[str, bool, str]]:
    """The errors of ``rows``: stale sentences judged new, then news sentences judged known."""
    return [r for r in rows if r[0] == "stale" and not r[1]] + [r for r in rows if r[0] == "news" and r[1]]


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point."""
    ap = labelled_parser(__doc__, fit=True)
    ap.add_argument("--episode", default="", help="only this episode")
    ap.add_argument("--show", action="store_true", help="print the sentences the guard changes")
    ap.add_argument("--missed", action="store_true", help="print stale sentences judged new and news judged known")
    args = ap.parse_args(argv)
    if shared_missing("repeats", args.shared):
        return 2
    every: dict[bool, list[tuple[str, bool, str]]] = {True: [], False: []}
    print("known/total per label: guard on | guard off")
    for path in training_files(args.with_train2, args.labels):
        episode = load_json(path)
        if args.episode and episode["episode"] != args.episode:
            continue
        articles = episode_sentences(episode, args.shared)
        on, off = judged(articles, True), judged(articles, False)
        every[True] += on
        every[False] += off
        print(f"  {episode['episode']:<28} {counts(on)} | {counts(off)}")
        if args.show:
            for (lab, k_on, text), (_, k_off, _) in zip(on, off):
                if k_on != k_off:
                    print(f"      {lab:<10} {'known' if k_on else 'new':<5} (off: {'known' if k_off else 'new'}) {text[:110]}")
        if args.missed:
            for lab, k_on, text in missed(on):
                print(f"      {lab:<10} {'known' if k_on else 'new':<5} {text[:150]}")
    print(f"  {'all':<28} {counts(every[True])} | {counts(every[False])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
