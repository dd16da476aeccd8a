"""The ``digestbot`` command line.

    digestbot dry-run [PATHS] [--format text|json|slack|discord]   what a channel would be told
    digestbot replay --jsonl [--every article|day] INPUT...          the benchmark replay contract
    digestbot ingest PATHS                                          store articles (persistent DB)
    digestbot digest [--channel C] [--window 24h] [--query Q] ...   a digest from the persistent DB
    digestbot run [slack|discord]                                   start the chat bots
    digestbot feeds|schedule|poll|status|deliver-pending|scheduler  see bot/cli_feeds.py

Every failure the user can cause (a missing path, a bad file, a bad option) ends in one
line on stderr and a non-zero exit status, never a traceback.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
from collections import OrderedDict
from datetime import timedelta
from typing import TYPE_CHECKING, Callable, Sequence

from bot.render.text import render_json, render_text, replay_record
from bot.service import Audience, DigestRequest
from summarizer.errors import DigestbotError
from summarizer.models import Article, Digest

if TYPE_CHECKING:  # the engine (sumy, nltk) and the store load lazily: management commands start fast
    from bot.digests import Digests
    from bot.discord.config import DiscordSettings
    from bot.runner import Runtime
    from bot.slack.config import SlackSettings
    from bot.store import Store
    from summarizer.engine import EngineConfig

# The names of summarizer.rank.RANKERS (kept here so --help needs no engine import; a test checks).
RANKER_NAMES = ("kl", "lexrank", "lsa", "luhn", "position", "reduction", "sumbasic", "textrank")

log = logging.getLogger("digestbot")

DEFAULT_DB = "sqlite:///digestbot.db"


def parse_window(text: str) -> timedelta:
    """``90m``, ``24h``, ``7d``, ``2w`` -> timedelta (the chat commands' parser); ValueError otherwise."""
    from bot.commands import parse_window as parse

    span = parse(text)
    if span is None:
        raise ValueError(f"bad time window {text!r} (use e.g. 90m, 24h, 7d, 2w)")
    return span


def one_line(message: object) -> str:
    """``message`` as one line: control characters (a newline in a file name) shown escaped."""
    return re.sub(r"[\x00-\x1f\x7f]", lambda m: repr(m.group(0))[1:-1], str(message))


def load_articles(paths: Sequence[str], *, quiet: bool = False) -> tuple[list[Article], list[str]]:
    """Read every article under ``paths``; return (articles, one-line skip messages)."""
    from summarizer.ingest import read_paths

    def say(error: Exception) -> None:
        if not quiet:
            print(f"digestbot: skipped {one_line(error)}", file=sys.stderr)

    report = read_paths(paths, on_skip=say)
    return report.articles, report.skipped


def engine_config(args: argparse.Namespace) -> "EngineConfig":
    """Engine settings from the common options."""
    from summarizer.engine import EngineConfig

    cfg = EngineConfig(algorithm=args.algorithm or os.environ.get("DIGESTBOT_ALGORITHM") or "lexrank")
    if getattr(args, "max_per_story", None):
        cfg.max_items_per_story = args.max_per_story
    return cfg


def _renderer(fmt: str) -> Callable:
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


def run_replay(articles: Sequence[Article], every: str, config: EngineConfig,
               emit: Callable[[str, str, list[Article], "Digests", Digest], None]) -> Digests:
    """Ingest ``articles`` step by step into a throwaway store; after each step build, emit, mark delivered."""
    from bot.digests import Digests
    from bot.store import Store

    service = Digests(Store("sqlite://"), config)
    audience = Audience("replay")
    for key, label, batch in steps(articles, every):
        service.ingest(batch)
        digest = service.build(DigestRequest(audience))
        emit(key, label, batch, service, digest)
        service.mark_delivered(audience, digest)
    return service


# -- commands ----------------------------------------------------------------------------
def cmd_replay(args: argparse.Namespace) -> int:
    """``digestbot replay``: one JSON object per step (the benchmarks' contract)."""
    articles, _ = load_articles(args.inputs)
    if not articles:
        print("digestbot: no readable articles in the given inputs", file=sys.stderr)
        return 2
    out = sys.stdout

    def emit(key: str, label: str, batch: list[Article], service: "Digests", digest: "Digest") -> None:
        out.write(json.dumps(replay_record(key, label, digest), ensure_ascii=False) + "\n")

    run_replay(articles, args.every, engine_config(args), emit)
    return 0


def cmd_dry_run(args: argparse.Namespace) -> int:
    """``digestbot dry-run``: after each article, print what a channel would be told."""
    paths = args.paths or ["seeds/"]
    articles, _ = load_articles(paths)
    if not articles:
        print(f"digestbot: no readable articles in {one_line(', '.join(paths))}", file=sys.stderr)
        return 2
    render = _renderer(args.format)

    def emit(key: str, label: str, batch: list[Article], service: "Digests", digest: "Digest") -> None:
        when = ", ".join(sorted({a.day.isoformat() for a in batch if a.day})) or "undated"
        if args.format == "text":
            print(render_text(digest, f"=== after {label} ({when}) ==="))
            print()
        else:
            print(f"// after {label} ({when})")
            print(render(digest))

    run_replay(articles, args.every, engine_config(args), emit)
    return 0


def open_store(args: argparse.Namespace) -> "Store":
    """The store named by ``--db``, else ``$DIGESTBOT_DATABASE_URL``, else the local SQLite file."""
    from bot.store import Store

    return Store(getattr(args, "db", None) or os.environ.get("DIGESTBOT_DATABASE_URL") or DEFAULT_DB)


def allow_private(args: argparse.Namespace) -> bool:
    """Whether feeds may be on private/local addresses (``--allow-private`` or the environment)."""
    return bool(getattr(args, "allow_private", False)) or os.environ.get("DIGESTBOT_ALLOW_PRIVATE_FEEDS") == "1"


def cmd_ingest(args: argparse.Namespace) -> int:
    """``digestbot ingest``: store articles in the persistent database."""
    from tqdm import tqdm

    from bot.digests import Digests

    articles, skipped = load_articles(args.paths)
    service = Digests(open_store(args), engine_config(args))
    added = duplicates = 0
    batch = 200  # one transaction per batch: an interruption keeps every finished batch
    with tqdm(total=len(articles), desc="ingest", unit="article", disable=not sys.stderr.isatty(),
              leave=False) as bar:
        for start in range(0, len(articles), batch):
            result = service.ingest(articles[start:start + batch])
            added += len(result.added)
            duplicates += result.duplicates
            bar.update(len(articles[start:start + batch]))
    print(f"ingested {added} new article(s); {duplicates} already known; {len(skipped)} skipped")
    return 0 if articles or not skipped else 1


def cmd_digest(args: argparse.Namespace) -> int:
    """``digestbot digest``: the digest of the persistent database for one channel."""
    from bot.digests import Digests

    service = Digests(open_store(args), engine_config(args))
    audience = Audience(args.channel)
    request = DigestRequest(audience, parse_window(args.window) if args.window else None, args.query, args.max)
    digest = service.build(request)
    print(_renderer(args.format)(digest))
    if args.mark:
        service.mark_delivered(audience, digest)
    return 0


def configured_platforms(env: "os._Environ[str] | dict[str, str]") -> list[str]:
    """The chat platforms whose credentials are present in the environment."""
    out = []
    if (env.get("SLACK_BOT_TOKEN") or "").strip():
        out.append("slack")
    if (env.get("DISCORD_TOKEN") or "").strip():
        out.append("discord")
    return out


def cmd_run(args: argparse.Namespace) -> int:
    """``digestbot run [slack|discord]``: the chat bots plus the scheduler (feeds, schedules, outbox).

    One process owns the scheduler (APScheduler's job stores are not shared between processes);
    Slack and Discord run side by side in its event loop and share one digest service, one
    management API and, per platform, one API client for replies and scheduled posts.
    """
    import asyncio

    platforms = [args.platform] if args.platform else configured_platforms(os.environ)
    if not platforms:
        print("digestbot: nothing to run: set SLACK_BOT_TOKEN and/or DISCORD_TOKEN (see .env.example)", file=sys.stderr)
        return 2
    slack_settings = discord_settings = None
    if "slack" in platforms:  # settings first: a configuration error stops before anything starts
        from bot.slack.config import SlackSettings

        slack_settings = SlackSettings.from_env().validate()
    if "discord" in platforms:
        from bot.discord.config import DiscordSettings

        discord_settings = DiscordSettings.from_env()
    from bot.digests import Digests

    store = open_store(args)
    service = Digests(store, engine_config(args))
    private = allow_private(args)
    log.warning("starting %s", " and ".join(platforms))
    try:
        asyncio.run(serve_all(store, service, slack_settings, discord_settings, private))
    except KeyboardInterrupt:
        pass
    return 0


async def serve_all(store: "Store", service: "Digests", slack_settings: "SlackSettings | None",
                    discord_settings: "DiscordSettings | None", allow_private: bool = False,
                    on_ready: Callable[["Runtime"], None] | None = None) -> None:
    """Run the configured platforms and the scheduler runtime in this event loop until cancelled.

    ``on_ready(runtime)`` is called once the scheduler runtime has started (tests, embedding).
    """
    import asyncio

    from bot.manage import Manager
    from bot.runner import Runtime

    loop = asyncio.get_running_loop()
    runtime: "Runtime | None" = None

    def changed(_channel: str) -> None:  # called from worker threads: re-sync on the loop
        if runtime is not None:
            loop.call_soon_threadsafe(runtime.scheduler.sync)

    manager = Manager(store, allow_private=allow_private, on_change=changed)
    adapters: dict = {}
    tasks = []
    bot = None
    if slack_settings is not None:
        from bot.slack.adapter import SlackAdapter, make_web_client
        from bot.slack.runner import serve as serve_slack

        client = make_web_client(slack_settings)
        adapters["slack"] = SlackAdapter(client)
        tasks.append(serve_slack(slack_settings, service, manager=manager, client=client))
    if discord_settings is not None:
        from bot.discord.runner import build_bot
        from bot.discord.runner import serve as serve_discord

        bot = build_bot(discord_settings, service, manager)
        adapters["discord"] = bot.channel_adapter()
        tasks.append(serve_discord(discord_settings, service, manager=manager, bot=bot))
    from bot.feeds.fetch import Fetcher

    runtime = Runtime(store, adapters, digests=service, fetcher=Fetcher(allow_private=allow_private))

    async def start_runtime() -> None:
        if bot is not None:
            await bot.logged_in.wait()  # the Discord adapter can post only once logged in
        await runtime.start()
        if on_ready is not None:
            on_ready(runtime)

    tasks.append(start_runtime())
    try:
        await asyncio.gather(*tasks)
    finally:
        await runtime.stop()


# -- parser ------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    p = argparse.ArgumentParser(prog="digestbot", description="Tell a channel what is new in the news it follows.")
    p.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = p.add_subparsers(dest="command", required=True)

    def common(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--algorithm", default=None, choices=RANKER_NAMES,
                        help="sumy ranking algorithm (default $DIGESTBOT_ALGORITHM or lexrank)")
        sp.add_argument("--max-per-story", type=int, default=None, help="items per story (default 8)")

    dr = sub.add_parser("dry-run", help="print what a channel would be told after each article")
    dr.add_argument("paths", nargs="*", help="files or folders (default: seeds/)")
    dr.add_argument("--format", default="text", choices=["text", "json", "slack", "discord"])
    dr.add_argument("--every", default="article", choices=["article", "day"])
    common(dr)
    dr.set_defaults(func=cmd_dry_run)

    rp = sub.add_parser("replay", help="benchmark replay: one JSON object per step")
    rp.add_argument("inputs", nargs="+")
    rp.add_argument("--jsonl", action="store_true", help="JSON Lines output (the only format)")
    rp.add_argument("--every", default="article", choices=["article", "day"])
    common(rp)
    rp.set_defaults(func=cmd_replay)

    ig = sub.add_parser("ingest", help="store articles in the database")
    ig.add_argument("paths", nargs="+")
    ig.add_argument("--db", help="SQLAlchemy URL (default $DIGESTBOT_DATABASE_URL or sqlite:///digestbot.db)")
    common(ig)
    ig.set_defaults(func=cmd_ingest)

    dg = sub.add_parser("digest", help="print a channel's digest from the database")
    dg.add_argument("--channel", default="cli:local:default")
    dg.add_argument("--window", help="only articles from the last 90m / 24h / 7d / 2w")
    dg.add_argument("--query", help="story or keyword filter")
    dg.add_argument("--max", type=int, help="length cap (items)")
    dg.add_argument("--format", default="text", choices=["text", "json", "slack", "discord"])
    dg.add_argument("--mark", action="store_true", help="record the digest as delivered to the channel")
    dg.add_argument("--db")
    common(dg)
    dg.set_defaults(func=cmd_digest)

    rn = sub.add_parser("run", help="start the chat bots (Slack, Discord, or whatever is configured)")
    rn.add_argument("platform", nargs="?", choices=["slack", "discord"])
    rn.add_argument("--db")
    common(rn)
    rn.set_defaults(func=cmd_run)

    from bot.cli_feeds import add_commands  # feeds, schedule, poll, status, deliver-pending, scheduler

    add_commands(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: parse, run, and turn expected failures into one-line errors."""
    try:
        from dotenv import load_dotenv

        load_dotenv(override=False)
    except ImportError:  # pragma: no cover
        pass
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    try:
        return int(args.func(args) or 0)
    except (DigestbotError, ValueError, KeyError) as exc:
        print(f"digestbot: {one_line(exc)}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. piped into head
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
