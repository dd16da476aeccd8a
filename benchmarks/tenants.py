"""Many tenants, many workers: feeds polled/s and digests posted/s with 1, 2 and 4 worker processes on
PostgreSQL, side by side with the embedded default (SQLite, one process), in one run.

    PYTHONPATH=. python benchmarks/tenants.py [--small] [--workers 1,2,4] [--runs 3] [--window 15] [--json]

Everything is local: a fake feed server (``tests/fakes/feeds.py``: 10,000 small RSS feeds, two new
entries per poll, an article page per entry), the fake Slack Web API and the fake Discord REST API
(``tests/fakes``), and a throwaway PostgreSQL server started here (Debian's ``postgresql`` package, as
for the test suite; ``--pg-url`` names a running one instead). 2,000 channels (``--small``: 200, with
1,000 feeds) in two workspaces: a Slack team and a Discord guild (``benchmarks/tenants_store.py``).

Each configuration and run starts from a copy of one store (its own database or file), then:

1. **digests**: every channel's schedule fires at once; the due digests are queued (what the workers'
   tick does) and built from each channel's waiting articles and posted, for ``--window`` seconds
   (or until all are posted): digests posted/s;
2. **polls**: every feed falls due; the polls are queued and run for ``--window`` seconds (or until every
   feed is polled): feeds polled/s (each poll fetches a feed, two pages, and ingests two articles).

Workers are real ``digestbot worker`` processes (``--concurrency 4`` each); the embedded default is one
process running the same units of work as ``digestbot run`` does (polls 4 feeds at a time, digests
one after another). Beside the rates: CPU seconds of the workers, of PostgreSQL and of this process (the
fakes), how busy the machine was, and what PostgreSQL's active backends waited on (sampled 4 times/s).
Medians of ``--runs`` runs.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any, Coroutine, Sequence, TypeVar

if __package__ in (None, ""):  # run as a script: import from the project root, not benchmarks/
    sys.path[0] = str(Path(__file__).resolve().parents[1])
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the fakes and the PostgreSQL test server

from benchmarks import tenants_probe as probe  # noqa: E402
from benchmarks.tenants_store import Size, build  # noqa: E402
from benchmarks.tenants_phases import Phases, RunResult, embedded_run, embedded_child  # noqa: E402

FULL, SMALL = Size(2000, 10000), Size(200, 1000)
T = TypeVar("T")


class FakeChats:
    """The fake Slack Web API and Discord REST API, served by an event loop in a thread of their own (what
    this process does meanwhile, e.g. queueing thousands of jobs, never keeps a worker's post waiting)."""

    def __init__(self) -> None:
        from fakes.discord_api import FakeDiscordAPI  # type: ignore[import-not-found]  # tests/ (on sys.path when run)
        from fakes.slack_api import FakeSlack  # type: ignore[import-not-found]  # tests/ (on sys.path when run)

        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.slack = self._call(FakeSlack().start())

        async def discord() -> FakeDiscordAPI:
            api = FakeDiscordAPI()
            await api.start()
            return api

        self.discord = self._call(discord())

    def _call(self, work: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(work, self.loop).result(60)

    def __enter__(self) -> "FakeChats":
        return self

    def __exit__(self, *_: object) -> None:
        self._call(self.slack.close())
        self._call(self.discord.close())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)


def pg_server(url: str | None) -> tuple[str, Any]:
    """(admin URL, server or None): ``url`` as given, else a throwaway server started here; exits with a
    clear message when PostgreSQL's binaries are missing."""
    if url:
        return url, None
    from pg.server import Server, ServerError  # type: ignore[import-not-found]  # tests/ (on sys.path when run)

    server = None
    try:
        server = Server()
        return server.start(), server
    except (ServerError, OSError, subprocess.SubprocessError) as exc:  # OSError: e.g. no initdb where it was told
        if server is not None:
            server.stop()  # its temporary folder
        sys.exit(f"tenants benchmark: PostgreSQL is needed for the worker runs and none could be started: {exc}\n"
                 "(install Debian's postgresql package, set DIGESTBOT_PG_BINDIR, or pass --pg-url of a running server)")


def worker_env(url: str, fakes: dict[str, str]) -> dict[str, str]:
    """The environment of a worker (or of the embedded run): the fakes' endpoints, no other chat settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DISCORD_", "DIGESTBOT_"))}
    env.update(fakes, DIGESTBOT_DATABASE_URL=url, DIGESTBOT_ALLOW_PRIVATE_FEEDS="1", PYTHONPATH=str(ROOT))
    return env


async def pg_run(phases: Phases, admin_url: str, template: str, workers: int, fakes: dict[str, str],
                 logs: Path) -> RunResult:
    """One run of ``workers`` worker processes on a fresh copy of the template database."""
    from pg import databases  # type: ignore[import-not-found]  # tests/ (on sys.path when run)

    admin = databases.admin_engine(admin_url)
    try:
        with databases.fresh_database(admin, template) as url:
            procs = []
            for n in range(workers):
                with (logs / f"w{workers}-{n}.log").open("ab") as log:  # the worker keeps its own copy open
                    procs.append(subprocess.Popen([sys.executable, "-m", "bot.cli", "worker", "--concurrency", "4"],
                                                  cwd=ROOT, env=worker_env(url, fakes), stdout=log,
                                                  stderr=subprocess.STDOUT))
            try:
                return await phases.on_postgresql(url, admin, [p.pid for p in procs])
            finally:
                for p in procs:
                    p.send_signal(signal.SIGTERM)
                for p in procs:
                    try:
                        p.wait(30)
                    except subprocess.TimeoutExpired:
                        p.kill()
                        p.wait(10)
    finally:
        admin.dispose()


def median_row(name: str, runs: list[RunResult]) -> dict[str, Any]:
    """The medians of one configuration's runs (and the waits of all its runs together)."""
    def med(key: str) -> float:
        return statistics.median(getattr(r, key) for r in runs)

    waits: Counter[str] = Counter()
    for r in runs:
        waits.update(r.waits)
    return {"config": name, "runs": len(runs), **{k: med(k) for k in RunResult.NUMBERS}, "waits": probe.top_waits(waits)}


def table(rows: list[dict[str, Any]]) -> str:
    """The side-by-side table."""
    head = ("| store, processes | digests posted/s | feeds polled/s | x of 1 worker (polls) | worker CPU s/poll "
            "| CPU s (workers / PG / fakes) | machine busy (ours) | busy PG backends (sampled) |")
    lines = [head, "|---" * (head.count("|") - 1) + "|"]
    one = next((r for r in rows if r["config"] == "postgresql x1"), None)
    for r in rows:
        speedup = f"{r['polls_per_s'] / one['polls_per_s']:.2f}" if one and one["polls_per_s"] else "-"
        lines.append(f"| {r['config']} | {r['digests_per_s']:.2f} | {r['polls_per_s']:.2f} | {speedup} "
                     f"| {r['cpu_per_poll']:.3f} | {r['cpu_workers']:.0f} / {r['cpu_pg']:.0f} / {r['cpu_fakes']:.0f} "
                     f"| {100 * r['busy']:.0f}% ({100 * r['share']:.0f}%) | {r['waits']} |")
    return "\n".join(lines)


async def run_all(args: argparse.Namespace, size: Size) -> list[dict[str, Any]]:
    """Every configuration, ``--runs`` times, interleaved (run 1 of each, then run 2 of each...)."""
    from fakes.feeds import FeedFarm  # type: ignore[import-not-found]  # tests/ (on sys.path when run)
    from pg import databases

    counts = [int(w) for w in args.workers.split(",")]
    admin_url, server = pg_server(args.pg_url)
    farm = FeedFarm(size.feeds)
    work = Path(tempfile.mkdtemp(prefix="digestbot-tenants-"))
    print(f"temporary folder: {work}", file=sys.stderr)
    async with AsyncExitStack() as stack:
        if not args.keep:
            stack.callback(shutil.rmtree, work, ignore_errors=True)
        if server is not None:
            stack.callback(server.stop)
        stack.callback(farm.close)
        chats = stack.enter_context(FakeChats())
        slack, discord = chats.slack, chats.discord
        fakes = {"SLACK_BOT_TOKEN": slack.bot_token, "SLACK_API_URL": slack.api_url, "SLACK_SIGNING_SECRET": "bench",
                 "DISCORD_TOKEN": "bench.token.x", "DISCORD_API_URL": discord.base_url}
        admin = databases.admin_engine(admin_url)
        stack.callback(admin.dispose)
        template = stack.enter_context(databases.fresh_database(admin))
        pg_setup = build(template, size, farm.url)
        sqlite_template = work / "template.db"
        sqlite_setup = build(f"sqlite:///{sqlite_template}", size, farm.url)
        print(f"stores built: PostgreSQL {pg_setup:.0f} s, SQLite {sqlite_setup:.0f} s "
              f"({size.channels} channels, {size.feeds} feeds, {size.prefill} waiting articles per channel)",
              file=sys.stderr)
        from sqlalchemy.engine import make_url
        template_name = str(make_url(template).database)
        phases = Phases(size, args.window, farm, slack, discord,
                        postmaster=probe.postmaster_pid(server.data) if server is not None else None)
        results: dict[str, list[RunResult]] = {}
        for run in range(args.runs):
            for workers in counts:
                name = f"postgresql x{workers}"
                r = await pg_run(phases, admin_url, template_name, workers, fakes, work)
                results.setdefault(name, []).append(r)
                print(f"run {run + 1}: {name}: {r.line()}", file=sys.stderr)
            if not args.no_sqlite:
                copy = work / f"run{run}.db"
                shutil.copyfile(sqlite_template, copy)
                r = await embedded_run(phases, f"sqlite:///{copy}", worker_env(f"sqlite:///{copy}", fakes))
                results.setdefault("sqlite (embedded) x1", []).append(r)
                print(f"run {run + 1}: sqlite (embedded) x1: {r.line()}", file=sys.stderr)
                copy.unlink()
    return [median_row(name, runs) for name, runs in results.items()]


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point."""
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--small", action="store_true", help="200 channels and 1,000 feeds (default 2,000 and 10,000)")
    p.add_argument("--channels", type=int, help="override the number of channels")
    p.add_argument("--feeds", type=int, help="override the number of feeds")
    p.add_argument("--workers", default="1,2,4", help="worker process counts on PostgreSQL (default 1,2,4)")
    p.add_argument("--runs", type=int, default=3, help="runs of each configuration (medians; default 3)")
    p.add_argument("--window", type=float, default=15.0, help="seconds each phase runs at most (default 15)")
    p.add_argument("--no-sqlite", action="store_true", help="leave out the embedded default")
    p.add_argument("--pg-url", default=None, help="a running PostgreSQL server's admin URL (default: start one)")
    p.add_argument("--json", action="store_true", help="print the rows as JSON")
    p.add_argument("--keep", action="store_true", help="keep the temporary folder (worker logs, SQLite copies)")
    p.add_argument("--embedded", default=None, help=argparse.SUPPRESS)  # the embedded run's own process
    args = p.parse_args(argv)
    base = SMALL if args.small else FULL
    size = Size(args.channels or base.channels, args.feeds or base.feeds)
    if args.embedded:
        print(json.dumps(asyncio.run(embedded_child(args.embedded, size, args.window))))
        return 0
    started = time.monotonic()
    rows = asyncio.run(run_all(args, size))
    if args.json:
        print(json.dumps(rows, indent=1))
    else:
        print(f"{size.channels} channels in 2 workspaces, {size.feeds} feeds; medians of {args.runs} run(s), "
              f"phases of at most {args.window:g} s; {os.cpu_count()} CPUs; {time.monotonic() - started:.0f} s in all")
        print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
