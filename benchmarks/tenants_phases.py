"""The two timed phases of the tenants benchmark (``benchmarks/tenants.py``): digests, then polls.

On PostgreSQL this process queues the work as the workers' periodic tick would (``TaskQueue.defer_due``)
and watches the store; the workers do it. The embedded default runs in a process of its own
(:func:`embedded_child`): the same units of work, called in process as ``digestbot run`` does.
"""
from __future__ import annotations

import asyncio
import json
import os
import resource
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable

from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

from benchmarks import tenants_probe as probe
from benchmarks.tenants_store import Size, arm_digests, arm_polls, digests_run_since, disarm, polled_since, \
    posted_since
from bot.db.schema import utcnow
from bot.db.store import Store

CPUS = os.cpu_count() or 1
DRAIN_SECONDS = 120.0  # how long jobs started before the end of a phase may take to finish


@dataclass
class RunResult:
    """One run of one configuration (rates over each phase's elapsed time; CPU over both phases)."""

    NUMBERS = ("digests_per_s", "polls_per_s", "cpu_per_poll", "cpu_workers", "cpu_pg", "cpu_fakes", "busy", "share",
               "posted", "polled", "slack_posts", "discord_posts")
    digests_per_s: float = 0.0
    polls_per_s: float = 0.0
    cpu_per_poll: float = 0.0  # worker CPU seconds per finished poll, in the poll phase
    cpu_workers: float = 0.0
    cpu_pg: float = 0.0
    cpu_fakes: float = 0.0  # this process: the fake feed server, the fake chat APIs, the watching
    busy: float = 0.0  # the machine's busy CPU share over both phases (other users of the machine included)
    share: float = 0.0  # the share of the machine's CPU this benchmark's processes got over both phases
    posted: int = 0  # digests delivered in the digest phase
    polled: int = 0  # feeds polled in the poll phase
    slack_posts: int = 0  # messages the fake Slack and the fake Discord received in the run
    discord_posts: int = 0
    waits: Counter[str] = field(default_factory=Counter)
    phases: dict[str, dict[str, float]] = field(default_factory=dict)

    def line(self) -> str:
        """One progress line."""
        d, p = self.phases.get("digests", {}), self.phases.get("polls", {})
        def queued(phase: dict[str, float]) -> str:
            return f"; queued in {phase['queued_in_s']:.1f} s" if "queued_in_s" in phase else ""  # none: in process

        return (f"{d.get('count', 0):.0f} digests posted in {d.get('seconds', 0):.1f} s ({self.digests_per_s:.2f}/s"
                f"{queued(d)}), {p.get('count', 0):.0f} feeds polled in {p.get('seconds', 0):.1f} s "
                f"({self.polls_per_s:.2f}/s{queued(p)}); "
                f"CPU s workers {self.cpu_workers:.1f}, PG {self.cpu_pg:.1f}, fakes {self.cpu_fakes:.1f}; "
                f"machine busy {100 * self.busy:.0f}%, ours {100 * self.share:.0f}%; {probe.top_waits(self.waits)}")


def _self_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


async def _until(done: Callable[[], Awaitable[bool]], seconds: float, every: float = 0.25) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if await done():
            return True
        await asyncio.sleep(every)
    return False


class Phases:
    """The phases over one store size, with the fakes that serve them."""

    def __init__(self, size: Size, window: float, farm: Any, slack: Any, discord: Any, postmaster: int | None) -> None:
        self.size, self.window, self.postmaster = size, window, postmaster
        self.farm, self.slack, self.discord = farm, slack, discord

    def chat_posts(self) -> tuple[int, int]:
        """Messages the fake Slack and the fake Discord have been sent so far (the same nonce in the same channel
        again, as the runs post with, is a message Discord would not show twice: counted as sent all the same)."""
        return len(self.slack.of("chat.postMessage")), len(self.discord.of("channel_message"))

    def _cpu(self, pids: list[int]) -> tuple[float, float, float]:
        pg = probe.tree_cpu_seconds(self.postmaster) if self.postmaster else 0.0
        return sum(probe.cpu_seconds(p) for p in pids), pg, _self_cpu()

    async def on_postgresql(self, url: str, admin: Engine, pids: list[int]) -> RunResult:
        """Both phases against worker processes ``pids`` on database ``url``."""
        from bot.tasks.queue import TaskQueue
        from bot.tasks.units import Units

        store = Store(url)
        queue = TaskQueue(url, Units(store, {}), tick_cron=None)
        database = str(make_url(url).database)

        async def sql(statement: str) -> int:
            def run() -> int:
                with store.session() as s:
                    return int(s.scalar(text(statement)) or 0)
            return await asyncio.to_thread(run)

        result, posts = RunResult(), self.chat_posts()
        try:
            async with queue.open():
                if not await _until(lambda: _equals(sql("SELECT count(*) FROM procrastinate_workers"), len(pids)), 180):
                    raise RuntimeError(f"{len(pids)} workers did not start within 180 s (their logs are in the temp folder)")
                for kind in ("digests", "polls"):
                    t0, cpu0, busy0, m0 = utcnow(), self._cpu(pids), probe.machine_ticks(), time.monotonic()
                    if kind == "digests":
                        fire = arm_digests(store, t0)
                        done = lambda: _at_least(asyncio.to_thread(digests_run_since, store, fire), self.size.channels)  # noqa: E731
                    else:
                        arm_polls(store, t0)
                        done = lambda: _at_least(asyncio.to_thread(polled_since, store, t0), self.size.feeds)  # noqa: E731
                    deferring = asyncio.ensure_future(queue.defer_due())
                    deferred: list[float] = []
                    deferring.add_done_callback(lambda _: deferred.append(time.monotonic() - m0))
                    waits: Counter[str] = Counter()

                    async def finished() -> bool:
                        await asyncio.to_thread(probe.sample_waits, admin, database, waits)
                        return deferring.done() and await done()

                    await _until(finished, self.window)
                    seconds = time.monotonic() - m0
                    count = posted_since(store, t0) if kind == "digests" else polled_since(store, t0)
                    cpu1, busy1 = self._cpu(pids), probe.machine_ticks()
                    deferring.cancel()
                    await asyncio.gather(deferring, return_exceptions=True)
                    disarm(store, utcnow())
                    await sql("WITH gone AS (DELETE FROM procrastinate_jobs WHERE status = 'todo' RETURNING 1) "
                              "SELECT count(*) FROM gone")
                    await _until(lambda: _equals(sql("SELECT count(*) FROM procrastinate_jobs "
                                                     "WHERE status IN ('todo', 'doing')"), 0), DRAIN_SECONDS)
                    _add(result, kind, count, seconds, cpu0, cpu1, probe.busy_share(busy0, busy1), waits)
                    result.phases[kind]["queued_in_s"] = deferred[0] if deferred else float("nan")  # nan: not all queued
        finally:
            store.engine.dispose()
        result.slack_posts, result.discord_posts = (b - a for a, b in zip(posts, self.chat_posts()))
        return result


async def _equals(value: Awaitable[int], expected: int) -> bool:
    return await value == expected


async def _at_least(value: Awaitable[int], expected: int) -> bool:
    return await value >= expected


def _add(result: RunResult, kind: str, count: int, seconds: float, cpu0: tuple[float, float, float],
         cpu1: tuple[float, float, float], busy: float, waits: Counter[str]) -> None:
    """Fold one phase into the run's result."""
    workers, pg, fakes = (b - a for a, b in zip(cpu0, cpu1))
    rate = count / seconds if seconds else 0.0
    result.phases[kind] = {"count": count, "seconds": seconds, "per_s": rate, "cpu_workers": workers, "cpu_pg": pg,
                           "cpu_fakes": fakes, "busy": busy}
    if kind == "digests":
        result.digests_per_s, result.posted = rate, count
    else:
        result.polls_per_s, result.polled = rate, count
        result.cpu_per_poll = workers / count if count else 0.0
    result.cpu_workers += workers
    result.cpu_pg += pg
    result.cpu_fakes += fakes
    result.phases[kind]["share"] = (workers + pg + fakes) / (seconds * CPUS) if seconds else 0.0
    result.busy = statistics_mean([p["busy"] for p in result.phases.values()])
    result.share = statistics_mean([p["share"] for p in result.phases.values()])
    result.waits.update(waits)


def statistics_mean(values: list[float]) -> float:
    """The mean (0 for none)."""
    return sum(values) / len(values) if values else 0.0


# -- the embedded default ---------------------------------------------------------------------
async def embedded_run(phases: Phases, url: str, env: dict[str, str]) -> RunResult:
    """One run of the embedded default: a process of its own on the SQLite file ``url``."""
    cpu0, busy0, posts = _self_cpu(), probe.machine_ticks(), phases.chat_posts()
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "benchmarks.tenants", "--embedded", url, "--channels", str(phases.size.channels),
        "--feeds", str(phases.size.feeds), "--window", str(phases.window), env=env, cwd=env["PYTHONPATH"],
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"the embedded run failed: {err.decode(errors='replace')[-2000:]}")
    child = json.loads(out.decode().strip().splitlines()[-1])
    result, busy = RunResult(), probe.busy_share(busy0, probe.machine_ticks())
    fakes = _self_cpu() - cpu0  # this process over the whole child run (the child times its own phases): half each
    for kind in ("digests", "polls"):
        c = child[kind]
        _add(result, kind, c["count"], c["seconds"], (0.0, 0.0, 0.0), (c["cpu"], 0.0, fakes / 2), busy, Counter())
    result.slack_posts, result.discord_posts = (b - a for a, b in zip(posts, phases.chat_posts()))
    return result


async def embedded_child(url: str, size: Size, window: float) -> dict[str, Any]:
    """Both phases in this process with the units of work of ``digestbot run``; counts, seconds and CPU."""
    from bot.app import Settings, build_app
    from bot.tasks.units import Units

    settings = Settings.from_env(database_url=url, allow_private=True, platforms=None)
    app = build_app(settings)
    await app.connect()
    units = Units(app.store, app.adapters, digests=app.digests, fetcher=app.fetcher(),
                  feed_concurrency=settings.feed_concurrency)
    out: dict[str, Any] = {}
    try:
        t0, cpu0, m0 = utcnow(), _self_cpu(), time.monotonic()
        fire = arm_digests(app.store, t0)
        for channel, due in units.due_digests():
            if time.monotonic() - m0 >= window:
                break
            await units.digest(channel, due)
        out["digests"] = {"count": posted_since(app.store, t0), "seconds": time.monotonic() - m0,
                          "cpu": _self_cpu() - cpu0, "run": digests_run_since(app.store, fire)}
        t1, cpu1, m1 = utcnow(), _self_cpu(), time.monotonic()
        arm_polls(app.store, t1)
        polling = asyncio.ensure_future(units.poll_due())
        try:
            await asyncio.wait_for(asyncio.shield(polling), window)
        except asyncio.TimeoutError:
            polling.cancel()
            await asyncio.gather(polling, return_exceptions=True)
        out["polls"] = {"count": polled_since(app.store, t1), "seconds": time.monotonic() - m1, "cpu": _self_cpu() - cpu1}
    finally:
        await units.fetcher.aclose()
        await app.aclose()
    return out
