"""The ``digestbot`` command line.

    digestbot dry-run [PATHS] [--format text|json|slack|discord]   what a channel would be told
    digestbot replay --jsonl [--every article|day] [--sentences] INPUT...  the benchmark replay contract
    digestbot ingest PATHS | digest [--channel C] [--window 24h]     the persistent DB  (bot/cli/replay.py)
    digestbot feeds | schedule | status                             channel settings   (bot/cli/manage.py)
    digestbot run | web | scheduler | deliver-pending | poll        processes          (bot/cli/process.py)
    digestbot worker [--concurrency N]                               task queue worker  (bot/cli/worker.py)

Every failure the user can cause (a missing path, a bad file, a bad option) ends in one
line on stderr and a non-zero exit status, never a traceback.
"""
from __future__ import annotations

import argparse
import sys
from typing import Sequence

from bot.cli import manage, process, replay, worker
from bot.cli.common import RANKER_NAMES, one_line
from bot.cli.replay import load_articles, run_replay, steps
from bot.app.logs import setup_logging
from bot.core.redact import redact
from summarizer.errors import DigestbotError

__all__ = ["RANKER_NAMES", "build_parser", "load_articles", "main", "run_replay", "steps"]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    p = argparse.ArgumentParser(prog="digestbot", description="Tell a channel what is new in the news it follows.")
    p.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = p.add_subparsers(dest="command", required=True)
    replay.add_commands(sub)
    process.add_commands(sub)
    manage.add_commands(sub)
    worker.add_commands(sub)
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
    setup_logging(verbose=args.verbose)  # timestamps, structured fields, JSON lines on request; redacted
    try:
        return int(args.func(args) or 0)
    except (DigestbotError, ValueError, KeyError) as exc:
        print(f"digestbot: {redact(one_line(exc))}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. piped into head
        return 0
    except KeyboardInterrupt:
        return 130
