"""``digestbot worker``: run feed polls, scheduled digests and outbox deliveries as tasks (PostgreSQL).

    digestbot worker [--concurrency N]

Any number of workers, on any number of machines, share the task queue kept in the store's
PostgreSQL database (:mod:`bot.tasks.queue`). The embedded default (SQLite) needs none:
``digestbot run`` / ``digestbot scheduler`` run the same units of work in process.
"""
from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from bot.cli.common import add_db, positive_int, settings_of, until_stopped

if TYPE_CHECKING:
    from bot.app.health import Health
    from bot.tasks.queue import TaskQueue


def worker_health(queue: "TaskQueue") -> "Health":
    """The health of a worker process: its store, its queue's connection, the outbox depth."""
    from bot.app.health import Health, database_check

    return Health(database=database_check(queue.units.store), scheduler=queue.connected,
                  outbox_depth=queue.units.outbox.depth)


def cmd_worker(args: argparse.Namespace) -> int:
    """``digestbot worker``: a procrastinate worker over this process's adapters, until stopped."""
    from bot.app import build_app
    from bot.tasks.queue import conninfo

    settings = settings_of(args, None)
    try:
        conninfo(settings.database_url)
    except ValueError as exc:
        print(f"digestbot: worker: {exc}", file=sys.stderr)
        return 2
    app = build_app(settings)  # opens the store: migrations (procrastinate's schema included) run here

    async def run() -> None:
        from bot.app.health import maybe_start
        from bot.tasks.queue import TaskQueue
        from bot.tasks.units import Units

        health, fetcher = None, app.fetcher()
        try:
            await app.connect()  # before the units: their outbox takes the adapters there are (Discord's logs in here)
            units = Units(app.store, app.adapters, digests=app.digests, fetcher=fetcher,
                          feed_concurrency=settings.feed_concurrency)
            queue = TaskQueue(settings.database_url, units)
            async with queue.open():
                health = await maybe_start(worker_health(queue), os.environ)  # DIGESTBOT_HEALTH_PORT
                await queue.run_worker(concurrency=args.concurrency)
        finally:
            if health is not None:
                await health.cleanup()
            await fetcher.aclose()
            await app.aclose()

    return until_stopped(run())


def add_commands(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Register ``worker``."""
    wk = add_db(sub.add_parser("worker", help="run polls, digests and deliveries from the PostgreSQL task queue"))
    wk.add_argument("--concurrency", type=positive_int, default=4, help="jobs run at once (default 4)")
    wk.add_argument("--allow-private", action="store_true", help="allow feeds on localhost/private addresses")
    wk.set_defaults(func=cmd_worker)
