"""Line quality: the engine's day digests against hand-labelled source sentences.

Episodes (``benchmarks/labels/*.json``, all but ``pairs*.json``) are short runs of one story's
articles from ``../shared/bench`` (news_dev or entities). Every sentence of every article was
labelled by a person, given what the earlier articles of the episode said: ``news``,
``minor``, ``background``, ``stale`` or ``debris``. The files hold ids, character offsets into
each record's raw ``text`` and labels only, never article text.

Each episode is replayed through the real engine (one step per day, or per article); every
digest line is mapped back to its source sentence (``item.sentence`` located in the raw text
of ``item.sources[0].article_id``) and takes the label of the spans it covers: debris when
debris makes up at least a third of it (a caption glued to a lead reads as furniture), else
the label covering most of its characters. ``pairs.json`` and ``pairs2.json`` hold labelled sentence
pairs (``updated``/``conflict``/``different``/``same``), judged through the engine's novelty API;
``pairs3.json`` (``HELD_OUT_PAIRS``: lines of unlabelled replays) is reported apart and never fitted on.

``--heldout`` replays the held-out set instead (``benchmarks/labels/heldout/``: its episodes and pairs, labelled
after every weight of the engine was fitted). No fit script and no ratchet but its own reads that folder
(``episode_files`` lists one folder, not its subfolders), so its figures stay an honest measure of unseen topics.

``--train2`` replays the second training set instead (``benchmarks/labels/train2/``: six more episodes on topics
nobody had fitted on when they were labelled). The default figures and every ratchet keep meaning the original six; a
fit script reads the second set only when asked (``--with-train2``: leave one episode out over all twelve, through
:func:`training_files`).

    PYTHONPATH=. python benchmarks/lines.py [--heldout | --train2] [--episode NAME] [--show N] [--json] [--shared PATH] [--salience-floor X] [--show-ratio R]
"""
from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence, TypeVar

if __package__ in (None, ""):  # run as a script: import from the project root, not benchmarks/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

from bot.cli import run_replay  # noqa: E402  - the one place the engine's replay is imported
from summarizer.condense import core  # noqa: E402
from summarizer.engine import EngineConfig  # noqa: E402
from summarizer.ingest import jsonl_record  # noqa: E402
from summarizer.models import Article  # noqa: E402
from summarizer.novelty import Memory, judge  # noqa: E402
from summarizer.placecontext import register as register_places  # noqa: E402
from summarizer.sentences import article_sentences  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "bench"
LABELS = ROOT / "benchmarks" / "labels"
HELDOUT = LABELS / "heldout"  # episodes and pairs no fit reads: measured, never fitted on
TRAIN2 = LABELS / "train2"  # a second training set: fitted on only with --with-train2, scored apart with --train2
WITH_TRAIN2 = "also fit on the second training set (benchmarks/labels/train2/): leave one episode out over all twelve"
LINE_LABELS = ("news", "minor", "background", "stale", "debris")
PAIR_LABELS = ("updated", "conflict", "different", "same")
HELD_OUT_PAIRS = ("pairs3.json",)  # pairs read on feeds nobody fitted on: a held-out check, never fitted on
EPISODE_KEYS = {"episode", "corpus", "every", "story", "notes", "articles"}
ARTICLE_KEYS = {"id", "published", "spans"}
DEBRIS_SHARE = 1 / 3  # this much debris in a line's source makes the line debris
TARGETS = {"debris": ("<=", 0.03), "background+stale": ("<=", 0.08), "updated_precision": (">=", 0.8),
           "conflict_precision": (">=", 0.8), "first_line_news": (">=", 0.9)}
Span = tuple[int, int, str]


@dataclass
class Line:
    """One digest line with the label of its source sentence (``unmapped`` when not found)."""

    episode: str
    step: str
    rank: int
    kind: str
    text: str
    article_id: str
    start: int
    end: int
    label: str
    same_day: bool = False  # an earlier article of the episode has the same day (same day step)


def labelled_parser(doc: str, fit: bool = False, episodes: bool = False) -> argparse.ArgumentParser:
    """An argument parser described by ``doc``'s first paragraph, with the labelled benchmarks' --shared and --labels
    (for a ``fit`` script, --with-train2; with ``episodes``, the --train2 and --episode that :func:`chosen_episodes`
    reads)."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=SHARED, help="the shared benchmark folder (../shared/bench)")
    ap.add_argument("--labels", type=Path, default=LABELS, help="the label files")
    if fit:
        add_with_train2(ap)
    if episodes:
        ap.add_argument("--train2", action="store_true", help="the second training set (benchmarks/labels/train2) "
                        "instead of the six")
        ap.add_argument("--episode", default="", help="only this episode")
    return ap


def add_with_train2(ap: argparse.ArgumentParser) -> None:
    """Give a fit script's parser ``--with-train2``: fit on the six and the second training set (never the held out)."""
    ap.add_argument("--with-train2", action="store_true", help=WITH_TRAIN2)


def shared_missing(name: str, shared: Path) -> bool:
    """True, said on stderr in one line, when the shared benchmark data is not at ``shared``."""
    if shared.is_dir():
        return False
    print(f"{name}: shared benchmark data not found at {shared} (use --shared PATH)", file=sys.stderr)
    return True


T = TypeVar("T")


def cached_episodes(cache: Path | None, make: Callable[[dict[str, Any]], T], with_train2: bool = False) -> dict[str, T]:
    """``make(episode)`` of every training episode (:func:`training_files`) by name, read from the pickle ``cache`` when
    it holds the same episodes (and written there otherwise): fitting scripts replay the episodes once, not at every run."""
    paths = training_files(with_train2)
    if cache and cache.exists():
        loaded: dict[str, T] = pickle.loads(cache.read_bytes())
        if set(loaded) == {load_json(path)["episode"] for path in paths}:  # a cache of another set is replayed anew
            return loaded
    data = {}
    for path in paths:
        episode = load_json(path)
        data[episode["episode"]] = make(episode)
    if cache:
        cache.write_bytes(pickle.dumps(data))
    return data

# -- labels ------------------------------------------------------------------------------
def load_json(path: Path) -> dict[str, Any]:
    """A label file as a dict."""
    return dict(json.loads(path.read_text(encoding="utf-8")))


def episode_files(labels: Path = LABELS) -> list[Path]:
    """Episode label files, sorted by name (``pairs*.json`` excluded)."""
    return sorted(p for p in labels.glob("*.json") if not p.name.startswith("pairs"))


def chosen_episodes(args: argparse.Namespace) -> Iterator[dict[str, Any]]:
    """The episodes a labelled script's ``--train2`` (the second training set instead of ``--labels``' six) and
    ``--episode`` (only the one of that name) choose, read in file order."""
    for path in episode_files(TRAIN2 if args.train2 else args.labels):
        episode = load_json(path)
        if not args.episode or episode["episode"] == args.episode:
            yield episode


def training_files(with_train2: bool = False, labels: Path = LABELS) -> list[Path]:
    """The episode files a fit reads: those of ``labels`` (the original six), and the second training set too when
    ``with_train2`` (never the held-out set)."""
    return episode_files(labels) + (episode_files(TRAIN2) if with_train2 else [])


def pair_files(labels: Path = LABELS, held_out: bool = False) -> list[Path]:
    """The ``pairs*.json`` files that may be fitted on (or, ``held_out``, those that may not), by name."""
    return sorted(p for p in labels.glob("pairs*.json") if (p.name in HELD_OUT_PAIRS) == held_out)


def load_pairs(labels: Path = LABELS, held_out: bool = False) -> list[dict[str, Any]]:
    """The labelled pairs of the ``pairs*.json`` files that may be fitted on (``held_out``: of the others)."""
    return [p for path in pair_files(labels, held_out) for p in load_json(path)["pairs"]]


def read_records(corpus: Path, ids: Sequence[str]) -> dict[str, str]:
    """``{id: raw JSON line}`` of the wanted records of a JSON Lines corpus."""
    wanted, out = set(ids), {}
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            rid = str(json.loads(line).get("id", ""))
            if rid in wanted:
                out[rid] = line
    return out


@dataclass(frozen=True)
class Episode:
    """An episode's records read from its corpus: ids in file order, raw texts, labelled spans and articles."""

    ids: list[str]
    records: dict[str, str]
    raws: dict[str, str]
    spans: dict[str, list[tuple[int, int, str]]]
    articles: list[Article]

    def label(self, text: str, article_id: str) -> str:
        """The label of ``text`` located in the raw text of ``article_id`` ("unmapped" when not found)."""
        where = locate(text, self.raws.get(article_id, ""))
        return label_of(*where, self.spans.get(article_id, [])) if where else "unmapped"


def read_episode(episode: dict[str, Any], shared: Path) -> Episode:
    """Read the records of ``episode`` (a label file) from ``shared``; records that are not articles are left out."""
    ids = [a["id"] for a in episode["articles"]]
    records = read_records(shared / episode["corpus"], ids)
    raws = {i: str(json.loads(records[i])["text"]) for i in ids}
    spans = {a["id"]: [(s[0], s[1], s[2]) for s in a["spans"]] for a in episode["articles"]}
    articles = [a for a in (jsonl_record(records[i], i) for i in ids) if isinstance(a, Article)]
    return Episode(ids, records, raws, spans, articles)


def problems(episode: dict[str, Any], texts: dict[str, str] | None = None) -> list[str]:
    """What is wrong with an episode file (keys, labels, offsets; offsets against ``texts`` when given)."""
    out = [f"unexpected key {k!r}" for k in sorted(set(episode) - EPISODE_KEYS)]
    out += [f"missing key {k!r}" for k in sorted(EPISODE_KEYS - set(episode))]
    if episode.get("every") not in ("day", "article"):
        out.append(f"every must be day or article, not {episode.get('every')!r}")
    for art in episode.get("articles", []):
        aid = art.get("id", "?")
        out += [f"{aid}: unexpected key {k!r}" for k in sorted(set(art) - ARTICLE_KEYS)]
        last = 0
        for span in art.get("spans", []):
            if len(span) != 3 or not all(isinstance(v, int) for v in span[:2]) or span[2] not in LINE_LABELS:
                out.append(f"{aid}: bad span {span!r}")
                continue
            start, end = span[0], span[1]
            if not last <= start < end:
                out.append(f"{aid}: span {start}-{end} out of order or empty")
            if texts is not None and end > len(texts.get(aid, "")):
                out.append(f"{aid}: span {start}-{end} beyond the text")
            last = end
        if texts is not None and aid not in texts:
            out.append(f"{aid}: not in the corpus")
    return out


# -- mapping a line to its labelled sentence ------------------------------------------------
def normalised(text: str) -> tuple[str, list[int]]:
    """``text`` lower-cased, ASCII letters and digits only, with each kept character's offset."""
    keep = [(c.lower(), i) for i, c in enumerate(text) if c.isascii() and c.isalnum()]
    return "".join(c for c, _ in keep), [i for _, i in keep]


def locate(sentence: str, raw: str) -> tuple[int, int] | None:
    """Character range of ``sentence`` in ``raw`` (cleaning may change spaces, quotes, encoding), or None."""
    needle, _ = normalised(sentence)
    hay, where = normalised(raw)
    if not needle:
        return None
    at = hay.find(needle)
    if at < 0:  # the cleaner cut something off: place the longest matching head or tail
        for size in range(len(needle) - 1, max(15, len(needle) // 2) - 1, -1):
            head, tail = hay.find(needle[:size]), hay.find(needle[-size:])
            if head >= 0:
                return where[head], where[head + size - 1] + 1
            if tail >= 0:
                return where[tail], where[tail + size - 1] + 1
        return None
    return where[at], where[at + len(needle) - 1] + 1


def label_of(start: int, end: int, spans: Sequence[Span]) -> str:
    """The label of the range: debris when a third or more of it is debris, else the label covering most of it."""
    cover: Counter[str] = Counter()
    for s, e, lab in spans:
        overlap = min(end, e) - max(start, s)
        if overlap > 0:
            cover[lab] += overlap
    if not cover:
        return "unmapped"
    if cover["debris"] >= DEBRIS_SHARE * sum(cover.values()):
        return "debris"
    return max(LINE_LABELS, key=lambda lab: (cover[lab], -LINE_LABELS.index(lab)))


# -- replay -----------------------------------------------------------------------------------
def episode_lines(episode: dict[str, Any], shared: Path, config: EngineConfig | None = None) -> list[Line]:
    """Replay one episode through the engine (``config``, default settings when None); every digest line with its label."""
    read = read_episode(episode, shared)
    days = [a["published"][:10] for a in episode["articles"]]
    after_same_day = {i for k, i in enumerate(read.ids) if episode["every"] == "day" and days[k] in days[:k]}
    lines: list[Line] = []

    def emit(key, label, batch, service, digest):
        for rank, item in enumerate(digest.items):
            aid = item.sources[0].article_id if item.sources else ""
            where = locate(item.sentence or item.text, read.raws.get(aid, ""))
            start, end = where or (-1, -1)
            lab = read.label(item.sentence or item.text, aid)
            lines.append(Line(episode["episode"], label, rank, item.kind.value, item.full_text, aid, start, end, lab,
                              aid in after_same_day))

    run_replay(read.articles, episode["every"], config or EngineConfig(), emit)
    return lines


def line_figures(lines: Sequence[Line]) -> dict[str, Any]:
    """Shares of line labels, and the share of steps whose first line is news."""
    counts = Counter(line.label for line in lines)
    mapped = sum(counts[lab] for lab in LINE_LABELS)
    shares = {lab: round(counts[lab] / mapped, 4) if mapped else 0.0 for lab in LINE_LABELS}
    firsts = [line for line in lines if line.rank == 0]
    first_news = sum(line.label == "news" for line in firsts)
    stale_same_day = sum(line.label == "stale" and line.same_day for line in lines)
    return {"lines": len(lines), "mapped": mapped, "unmapped": counts["unmapped"], "shares": shares,
            "stale_same_day": stale_same_day,
            "background+stale": round(shares["background"] + shares["stale"], 4),
            "steps_with_lines": len(firsts), "first_line_news": round(first_news / len(firsts), 4) if firsts else 0.0}


def silent_news_days(episode: dict[str, Any], lines: Sequence[Line]) -> list[str]:
    """Days of a day-by-day episode that bring a sentence labelled news but got no digest line at all (a quiet
    day that was not): ``first_line_news`` counts only steps with lines, so it cannot see them."""
    if episode["every"] != "day":
        return []
    news_days = {a["published"][:10] for a in episode["articles"] if any(s[2] == "news" for s in a["spans"])}
    return sorted(news_days - {line.step[:10] for line in lines})


# -- updated / conflict pairs ----------------------------------------------------------------
def judge_pair(earlier: str, later: str) -> str:
    """The engine's verdict on ``later`` after a fresh memory learned ``earlier``: kind, or ``known``."""
    memory = Memory()
    memory.add(earlier, "story", "earlier")
    verdict = judge(later, memory, "story", core(later))
    return verdict.kind.value if verdict.novel else "known"


def pair_texts(pairs: Sequence[dict[str, Any]], shared: Path) -> list[tuple[str, str]]:
    """The (earlier, later) sentences of each labelled pair, read from the shared corpora."""
    texts: dict[tuple[str, str], str] = {}
    for corpus in sorted({p["corpus"] for p in pairs}):
        ids = sorted({p[side][0] for p in pairs if p["corpus"] == corpus for side in ("earlier", "later")})
        for rid, line in read_records(shared / corpus, ids).items():
            texts[(corpus, rid)] = str(json.loads(line)["text"])
    out = []
    for p in pairs:
        (ea, es, ee), (la, ls, le) = p["earlier"], p["later"]
        for rid, start, end in (p["earlier"], p["later"]):  # as in a replay: the sentence's article gives context
            register_places(in_article(texts[(p["corpus"], rid)], start, end))
        out.append((texts[(p["corpus"], ea)][es:ee], texts[(p["corpus"], la)][ls:le]))
    return out


def in_article(raw: str, start: int, end: int) -> list[str]:
    """The engine's sentences of article text ``raw`` with ``raw[start:end]`` in its place among them."""
    found = sorted((at, s.text) for s in article_sentences(Article("pair", "", raw)) if (at := raw.find(s.text)) >= 0)
    return ([t for at, t in found if at + len(t) <= start] + [raw[start:end]] + [t for at, t in found if at >= end])


def pair_figures(pairs: Sequence[dict[str, Any]], shared: Path) -> dict[str, Any]:
    """Precision and recall of ``updated`` and ``conflict`` on the labelled pairs."""
    judged = []
    for p, (earlier, later) in zip(pairs, pair_texts(pairs, shared)):
        judged.append({"label": p["label"], "engine": judge_pair(earlier, later), "later": later[:110]})
    return judged_figures(judged)


def judged_figures(judged: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Precision and recall of ``updated`` and ``conflict`` over pairs already judged (see :func:`pair_figures`)."""
    out: dict[str, Any] = {"pairs": len(judged), "labels": dict(sorted(Counter(j["label"] for j in judged).items()))}
    for kind in ("updated", "conflict"):
        said = [j for j in judged if j["engine"] == kind]
        truth = [j for j in judged if j["label"] == kind]
        hits = sum(j["label"] == kind for j in said)
        out[kind] = {"said": len(said), "labelled": len(truth), "precision": round(hits / len(said), 4) if said else None,
                     "recall": round(hits / len(truth), 4) if truth else None}
    out["judged"] = list(judged)
    return out


def replay_kinds(lines: Sequence[Line], pairs: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The replays' updated/conflict lines with the labels of pairs whose later sentence they come from."""
    out = []
    for line in lines:
        if line.kind == "new":
            continue
        labels = sorted({f"{p['label']} (vs {p['earlier'][0]})" for p in pairs if p["later"][0] == line.article_id
                         and min(line.end, p["later"][2]) > max(line.start, p["later"][1])})
        out.append({"episode": line.episode, "step": line.step, "kind": line.kind, "text": line.text,
                    "pair_labels": labels or ["(unlabelled)"]})
    return out


# -- report ------------------------------------------------------------------------------------
def verdict(name: str, value: float | None) -> str:
    """``value`` next to its target, with ok/MISS."""
    op, bar = TARGETS[name]
    if value is None:
        return f"n/a (target {op} {bar:g})"
    ok = value <= bar if op == "<=" else value >= bar
    return f"{value:.3f} (target {op} {bar:g}) {'ok' if ok else 'MISS'}"


def report(result: dict[str, Any], show: int) -> str:
    """The human-readable report."""
    f, p = result["lines"], result["pairs"]
    out = [f"lines: {f['lines']} in {f['steps_with_lines']} steps with lines, {f['unmapped']} unmapped"]
    out += [f"  {lab:<11}{f['shares'][lab]:.3f}" for lab in LINE_LABELS]
    out.append(f"  debris            {verdict('debris', f['shares']['debris'])}")
    out.append(f"  background+stale  {verdict('background+stale', f['background+stale'])}")
    out.append(f"  ({f['stale_same_day']} stale lines come from an article with an earlier one of the same day: labels "
               "count a same-day repeat as stale even when the day digest shows it once)")
    out.append(f"  first line news   {verdict('first_line_news', f['first_line_news'])}")
    for name, ep in result["episodes"].items():
        sh = ep["shares"]
        out.append(f"  {name:<28} lines {ep['lines']:>3}  news {sh['news']:.2f}  debris {sh['debris']:.2f}  bg+stale "
                   f"{ep['background+stale']:.2f} (bg {sh['background']:.2f} stale {sh['stale']:.2f})  first news "
                   f"{ep['first_line_news']:.2f} of {ep['steps_with_lines']}")
    silent = [f"{name} {day}" for name, ep in result["episodes"].items() for day in ep["silent_news_days"]]
    out.append(f"  days with news but no line: {len(silent)}" + (f" ({', '.join(silent)})" if silent else ""))
    out += [f"  unmapped: {ln['episode']} {ln['step']} {ln['article_id']}: {ln['text'][:120]}"
            for ln in result["line_list"] if ln["label"] == "unmapped"]
    for name, figures in [("pairs", p)] + [(f"  {n}", fp) for n, fp in result["pair_files"].items()]:
        held = " HELD OUT (never fitted on)" if name.strip() in HELD_OUT_PAIRS else ""
        out.append(f"{name}: {figures['pairs']} {figures['labels']}{held}")
        for kind in ("updated", "conflict"):
            k = figures[kind]
            out.append(f"{name[:len(name) - len(name.lstrip())]}  {kind:<9} said {k['said']:>3}  labelled {k['labelled']:>3}  precision "
                       f"{verdict(kind + '_precision', k['precision'])}  recall {k['recall']}")
    out.append("replay updated/conflict lines:")
    out += [f"  [{r['kind']}] {r['episode']} {r['step']}: {r['text'][:150]}  -> {', '.join(r['pair_labels'])}"
            for r in result["replay_kinds"]] or ["  (none)"]
    if show:
        sample = result["line_list"]
        stride = max(1, len(sample) // show)
        out.append(f"sample of {min(show, len(sample))} lines:")
        out += [f"  {ln['label']:<10} {ln['episode']} {ln['step']} #{ln['rank']} [{ln['kind']}] {ln['text'][:140]}"
                for ln in sample[::stride][:show]]
    return "\n".join(out)


def run(shared: Path = SHARED, labels: Path = LABELS, only: str = "",
        config: EngineConfig | None = None) -> dict[str, Any]:
    """Replay every episode (or ``only``) with ``config``, judge every pair; all figures as a dict."""
    lines: list[Line] = []
    per: dict[str, Any] = {}
    for path in episode_files(labels):
        episode = load_json(path)
        if only and episode["episode"] != only:
            continue
        mine = episode_lines(episode, shared, config)
        per[episode["episode"]] = {**line_figures(mine), "silent_news_days": silent_news_days(episode, mine)}
        lines += mine
    pairs = load_pairs(labels)
    files = {path.name: pair_figures(load_json(path)["pairs"], shared)
             for path in pair_files(labels) + pair_files(labels, held_out=True)}
    fitted = judged_figures([j for path in pair_files(labels) for j in files[path.name]["judged"]])
    return {"lines": line_figures(lines), "episodes": per, "pairs": fitted, "pair_files": files,
            "replay_kinds": replay_kinds(lines, pairs + load_pairs(labels, held_out=True)),
            "line_list": [vars(line) for line in lines]}


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point."""
    ap = labelled_parser(__doc__)
    which = ap.add_mutually_exclusive_group()
    which.add_argument("--heldout", action="store_true",
                       help=f"replay the held-out episodes and pairs ({HELDOUT.relative_to(ROOT)}) instead of --labels")
    which.add_argument("--train2", action="store_true",
                       help=f"replay the second training set ({TRAIN2.relative_to(ROOT)}) instead of --labels")
    ap.add_argument("--episode", default="", help="only this episode")
    ap.add_argument("--show", type=int, default=0, metavar="N", help="print N labelled lines for reading")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--salience-floor", type=float, default=None, metavar="X",
                    help="replay with this salience budget floor (summarizer.budget; default: the engine's)")
    ap.add_argument("--show-ratio", type=float, default=None, metavar="R",
                    help="replay with this show gate (summarizer.budget.gate; default: the engine's, off)")
    args = ap.parse_args(argv)
    if shared_missing("lines", args.shared):
        return 2
    config = EngineConfig()
    if args.salience_floor is not None:
        config.salience_floor = args.salience_floor
    if args.show_ratio is not None:
        config.show_ratio = args.show_ratio
    result = run(args.shared, HELDOUT if args.heldout else TRAIN2 if args.train2 else args.labels, args.episode, config)
    if args.json:
        print(json.dumps({k: v for k, v in result.items() if k != "line_list" or args.show}, ensure_ascii=False, indent=1))
    else:
        print(report(result, args.show))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
