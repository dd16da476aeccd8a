"""``digestbot dry-run | replay | ingest | digest``: articles in, digests out.

``run_replay`` is the benchmarks' harness: it ingests articles step by step into a throwaway
store and builds, emits and marks a digest after each step.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import OrderedDict
from datetime import timedelta
from typing import TYPE_CHECKING, Callable, Sequence

from bot.cli.common import (DEFAULT_CHANNEL, add_db, add_engine_options, app_of, channel_key, one_line, positive_int,
                            settings_of)
from bot.render.text import render_json, render_text, replay_record
from bot.core.service import Audience, DigestRequest
from summarizer.models import Article, Digest

if TYPE_CHECKING:  # the engine (sumy, nltk) and the store load lazily: management commands start fast
    from bot.digests import Digests
    from summarizer.engine import EngineConfig

Emit = Callable[[str, str, list[Article], "Digests", Digest], None]


def parse_window(text: str) -> timedelta:
    """``90m``, ``24h``, ``7d``, ``2w`` -> timedelta (the chat commands' parser and limits); ValueError otherwise.

    ``0h`` is refused rather than read as "no window": leaving ``--window`` out means everything new.
    """
    from bot.chat.commands import MAX_WINDOW
    from bot.chat.grammar import parse_window as parse

    span = parse(text)
    if span is None:
        raise ValueError(f"bad time window {text!r} (use e.g. 90m, 24h, 7d, 2w)")
    if not timedelta(0) < span <= MAX_WINDOW:
        raise ValueError(f"--window {text} is outside 1 minute to 366 days; leave --window out for everything new")
    return span


def load_articles(paths: Sequence[str], *, quiet: bool = False) -> tuple[list[Article], list[str]]:
    """Read every article under ``paths``; return (articles, one-line skip messages)."""
    from summarizer.ingest import read_paths

    def say(error: Exception) -> None:
        if not quiet:
            print(f"digestbot: skipped {one_line(error)}", file=sys.stderr)

    report = read_paths(paths, on_skip=say)
    return report.articles, report.skipped


def _renderer(fmt: str) -> Callable[[Digest], str]:
    """A function Digest -> str for ``--format``."""
    if fmt == "slack":
        from bot.render.slack import render_slack_payloads

        return lambda d: json.dumps(render_slack_payloads(d), ensure_ascii=False, indent=2)
    if fmt == "discord":
        from bot.render.discord import render_discord_payloads

        return lambda d: json.dumps(render_discord_payloads(d), ensure_ascii=False, indent=2)
    if fmt == "json":
        return render_json
    return render_text


def steps(articles: Sequence[Article], every: str) -> list[tuple[str, str, list[Article]]]:
    """Replay steps: (label key, label, articles) per article, or per publication day."""
    if every == "article":
        return [("article", a.origin or a.id, [a]) for a in articles]
    days: "OrderedDict[str, list[Article]]" = OrderedDict()
    for a in sorted(articles, key=lambda a: (a.day is None, a.day or 0)):
        days.setdefault(a.day.isoformat() if a.day else "undated", []).append(a)
    return [("batch", day, batch) for day, batch in days.items()]


def run_replay(articles: Sequence[Article], every: str, config: "EngineConfig", emit: Emit, *,
               carry_pending: bool = False) -> "Digests":
    """Ingest ``articles`` step by step into a throwaway store; after each step build, emit, mark delivered.

    The benchmarks' contract (``carry_pending=False``): each step's digest is what a channel is
    told "having seen all earlier articles", so the articles of items a length cap held back
    are marked seen with the rest. ``carry_pending=True`` is what a real channel gets (the
    dry-run): held-back items stay unread and come in the next step's digest.
    """
    from dataclasses import replace

    from bot.digests import Digests
    from bot.db.store import Store

    from bot.cli.heap import steady_heap

    service = Digests(Store("sqlite://"), config)
    audience = Audience("replay")  # the one implicit channel: everything is ingested for it
    with steady_heap():  # a heap that only grows: fewer full garbage collections (bot.cli.heap)
        for key, label, batch in steps(articles, every):
            service.ingest(batch, channel=audience.key)
            digest = service.build(DigestRequest(audience))
            emit(key, label, batch, service, digest)
            if not carry_pending:
                digest = replace(digest, article_ids=list(dict.fromkeys(
                    [*digest.article_ids, *digest.held_ids, *(a.id for a in batch)])))
            service.mark_delivered(audience, digest)
    return service


def cmd_replay(args: argparse.Namespace) -> int:
    """``digestbot replay``: one JSON object per step (the benchmarks' contract)."""
    articles, _ = load_articles(args.inputs)
    if not articles:
        print("digestbot: no readable articles in the given inputs", file=sys.stderr)
        return 2
    out = sys.stdout

    def emit(key: str, label: str, batch: list[Article], service: "Digests", digest: Digest) -> None:
        out.write(json.dumps(replay_record(key, label, digest, args.sentences), ensure_ascii=False) + "\n")

    run_replay(articles, args.every, settings_of(args).engine_config(), emit)
    return 0


def cmd_dry_run(args: argparse.Namespace) -> int:
    """``digestbot dry-run``: after each article, print what a channel would be told."""
    paths = args.paths or ["seeds/"]
    articles, _ = load_articles(paths)
    if not articles:
        print(f"digestbot: no readable articles in {one_line(', '.join(paths))}", file=sys.stderr)
        return 2
    render = _renderer(args.format)

    def emit(key: str, label: str, batch: list[Article], service: "Digests", digest: Digest) -> None:
        when = ", ".join(sorted({a.day.isoformat() for a in batch if a.day})) or "undated"
        if args.format == "text":
            print(render_text(digest, f"=== after {label} ({when}) ==="))
            print()
        else:
            print(f"// after {label} ({when})")
            print(render(digest))

    run_replay(articles, args.every, settings_of(args).engine_config(), emit, carry_pending=True)
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    """``digestbot ingest``: store articles in the persistent database, for one channel (``--channel``)."""
    from tqdm import tqdm

    articles, skipped = load_articles(args.paths)
    service = app_of(args).digests
    added = duplicates = 0
    batch = 200  # one transaction per batch: an interruption keeps every finished batch
    if args.workers > 1:  # the articles of a batch analysed in that many processes (bot.core.pool)
        from bot.core.pool import Pool

        service.pool = Pool(args.workers)
    with tqdm(total=len(articles), desc="ingest", unit="article", disable=not sys.stderr.isatty(),
              leave=False) as bar:
        try:
            for start in range(0, len(articles), batch):
                result = service.ingest(articles[start:start + batch], channel=args.channel)
                added += len(result.added)
                duplicates += result.duplicates
                bar.update(len(articles[start:start + batch]))
        finally:
            if service.pool is not None:
                service.pool.close()
    print(f"ingested {added} new article(s); {duplicates} already known; {len(skipped)} skipped"
          + ("" if args.channel == DEFAULT_CHANNEL else f" (for {args.channel})"))
    return 0 if articles or not skipped else 1


def cmd_digest(args: argparse.Namespace) -> int:
    """``digestbot digest``: the digest of the persistent database for one channel."""
    service = app_of(args).digests
    audience = Audience(args.channel)
    request = DigestRequest(audience, parse_window(args.window) if args.window else None, args.query, args.max)
    digest = service.build(request)
    if digest.empty and not service.follows_anything(audience):
        from bot.chat.replies import no_sources_cli

        print(no_sources_cli(args.channel), file=sys.stderr)
    print(_renderer(args.format)(digest))
    if args.mark:
        service.mark_delivered(audience, digest)
    return 0


def add_commands(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Register dry-run, replay, ingest and digest."""
    dr = sub.add_parser("dry-run", help="print what a channel would be told after each article")
    dr.add_argument("paths", nargs="*", help="files or folders (default: seeds/)")
    dr.add_argument("--format", default="text", choices=["text", "json", "slack", "discord"])
    dr.add_argument("--every", default="article", choices=["article", "day"])
    add_engine_options(dr)
    dr.set_defaults(func=cmd_dry_run)

    rp = sub.add_parser("replay", help="benchmark replay: one JSON object per step")
    rp.add_argument("inputs", nargs="+")
    rp.add_argument("--jsonl", action="store_true", help="JSON Lines output (the only format)")
    rp.add_argument("--every", default="article", choices=["article", "day"])
    rp.add_argument("--sentences", action="store_true", help="each item also gives its full source sentence")
    add_engine_options(rp)
    rp.set_defaults(func=cmd_replay)

    ig = add_db(sub.add_parser("ingest", help="store articles in the database"))
    ig.add_argument("paths", nargs="+")
    ig.add_argument("--channel", default=DEFAULT_CHANNEL, type=channel_key,
                    help=f"the channel whose digests get these articles (default {DEFAULT_CHANNEL})")
    ig.add_argument("--workers", type=positive_int, default=1,
                    help="processes analysing the articles of each batch (default 1; a bulk load on N cores: N)")
    add_engine_options(ig)
    ig.set_defaults(func=cmd_ingest)

    dg = add_db(sub.add_parser("digest", help="print a channel's digest from the database"))
    dg.add_argument("--channel", default=DEFAULT_CHANNEL, type=channel_key)
    dg.add_argument("--window", help="only articles from the last 90m / 24h / 7d / 2w")
    dg.add_argument("--query", help="story or keyword filter")
    dg.add_argument("--max", type=positive_int, help="length cap (items, at least 1; default: no cap)")
    dg.add_argument("--format", default="text", choices=["text", "json", "slack", "discord"])
    dg.add_argument("--mark", action="store_true", help="record the digest as delivered to the channel")
    add_engine_options(dg)
    dg.set_defaults(func=cmd_digest)
