"""``digestbot run | scheduler | deliver-pending | poll``: the long-running and delivering commands.

    digestbot run [slack|discord]      the chat bots plus the scheduler (feeds, schedules, outbox)
    digestbot scheduler                feed polls, scheduled digests and outbox retries, no chat
    digestbot deliver-pending          finish what an interrupted run left in the outbox
    digestbot poll [--all]             one poll of the due feeds

Each builds its objects with :func:`bot.app.build_app`; the ones that post get every
configured platform's adapter (webhook always; Slack and Discord when their token is set).
"""
from __future__ import annotations

import argparse
import asyncio
import os
import logging
import sys
from typing import TYPE_CHECKING

from bot.cli.common import add_db, add_engine_options, app_of, until_stopped

if TYPE_CHECKING:
    from bot.feeds.report import PollReport

log = logging.getLogger("digestbot")


def cmd_run(args: argparse.Namespace) -> int:
    """``digestbot run [slack|discord]``: the chat bots plus the scheduler in one process
    (``digestbot web``: the chat bots only, beside ``digestbot worker`` processes)."""
    from bot.app.serve import serve

    app = app_of(args, [args.platform] if args.platform else None)  # settings first: errors stop here
    if not app.settings.platforms:
        print("digestbot: nothing to run: set SLACK_BOT_TOKEN and/or DISCORD_TOKEN (see .env.example)",
              file=sys.stderr)
        return 2
    web = getattr(args, "web", False)
    log.warning("starting %s%s", " and ".join(app.settings.platforms), " (front-ends only: workers run the rest)" if web else "")
    return until_stopped(serve(app, scheduler=not web))


def cmd_poll(args: argparse.Namespace) -> int:
    """``digestbot poll``: poll the due feeds once (a progress bar on a terminal)."""
    from tqdm import tqdm

    from bot.feeds.poller import Poller
    from bot.db.feeds import FeedRepo

    app = app_of(args)

    async def run() -> "list[PollReport]":
        fetcher = app.fetcher(timeout=args.timeout)
        poller = Poller(FeedRepo(app.store), app.digests, fetcher, feed_concurrency=app.settings.feed_concurrency)
        bar = tqdm(desc="entries", unit="entry", disable=not sys.stderr.isatty(), leave=False)
        last: dict[str, int] = {}

        def progress(url: str, done: int) -> None:
            bar.update(done - last.get(url, 0))
            last[url] = done

        try:
            return await (poller.poll_all(progress) if args.all else poller.poll_due(progress))
        finally:
            bar.close()
            await fetcher.aclose()
            await app.aclose()

    reports = asyncio.run(run())
    for r in reports:
        print(r.line())
    if not reports:
        print("no feed is due")
    return 1 if reports and all(r.status == "error" for r in reports) else 0


def cmd_deliver_pending(args: argparse.Namespace) -> int:
    """``digestbot deliver-pending``: post what an interrupted run left in the outbox."""
    from bot.db.lease import Lease
    from bot.delivery.outbox import Outbox

    app = app_of(args, None)
    lease = Lease(app.store)
    lease.acquire()  # never beside a running scheduler: two drainers could post twice

    async def run() -> dict[int, str]:
        try:
            await app.connect()
            return await Outbox(app.store, app.adapters).deliver_pending(due_only=False)
        finally:
            lease.release()
            await app.aclose()

    states = asyncio.run(run())
    for oid, state in states.items():
        print(f"outbox #{oid}: {state}")
    if not states:
        print("nothing pending")
    return 0 if all(s == "delivered" for s in states.values()) else 1


def cmd_scheduler(args: argparse.Namespace) -> int:
    """``digestbot scheduler``: run feed polls, scheduled digests and outbox retries until stopped."""
    app = app_of(args, None)

    async def run() -> None:
        from bot.app.health import maybe_start, runtime_health

        health = None
        try:
            await app.connect()
            runtime = app.runtime(tick_every=args.tick)
            health = await maybe_start(runtime_health(runtime), os.environ)
            await runtime.run_forever()
        finally:
            if health is not None:
                await health.cleanup()
            await app.aclose()

    return until_stopped(run())


def add_commands(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Register run, poll, deliver-pending and scheduler."""
    rn = add_db(sub.add_parser("run", help="start the chat bots (Slack, Discord, or whatever is configured)"))
    rn.add_argument("platform", nargs="?", choices=["slack", "discord"])
    add_engine_options(rn)
    rn.set_defaults(func=cmd_run)
    wb = add_db(sub.add_parser("web", help="start only the chat front-ends (Slack HTTP/Socket Mode, Discord gateway); "
                                           "`digestbot worker` processes run polls, scheduled digests and deliveries"))
    wb.add_argument("platform", nargs="?", choices=["slack", "discord"])
    add_engine_options(wb)
    wb.set_defaults(func=cmd_run, web=True)

    po = add_db(sub.add_parser("poll", help="poll the due feeds once"))
    po.add_argument("--all", action="store_true", help="poll every feed, due or not")
    po.add_argument("--timeout", type=float, default=20.0, help="HTTP timeout in seconds")
    po.add_argument("--allow-private", action="store_true",
                    help="allow connections to localhost/private addresses (default: refused at connect time)")
    po.set_defaults(func=cmd_poll)

    add_db(sub.add_parser("deliver-pending", help="finish deliveries an interrupted run left")).set_defaults(
        func=cmd_deliver_pending)
    sc = add_db(sub.add_parser("scheduler", help="run feed polls, scheduled digests and outbox retries"))
    sc.add_argument("--tick", type=float, default=60.0, help="seconds between feed/outbox checks")
    sc.add_argument("--allow-private", action="store_true", help="allow feeds on localhost/private addresses")
    sc.set_defaults(func=cmd_scheduler)
