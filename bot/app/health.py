"""The operators' HTTP endpoint of a serving process: ``GET /health`` (real state) and ``GET /metrics`` (Prometheus).

Off unless ``DIGESTBOT_HEALTH_PORT`` is set (``DIGESTBOT_HEALTH_HOST`` defaults to 127.0.0.1).
``/health`` answers 200 when every check passes and 503 otherwise, with a JSON body::

    {"ok": true, "database": true, "scheduler": true, "platforms": {"slack": true},
     "last_poll": "2025-06-01T10:00:00Z", "last_post": null, "outbox_depth": 0}

Checks are callables (sync or async, returning a bool) registered by the serving mode, so each
mode reports what it really runs: the database is queried, the scheduler asked whether it runs,
each platform whether it is connected.
"""
from __future__ import annotations

import asyncio
import inspect
import logging
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Awaitable, Callable, Mapping

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import text

from bot.core import metrics
from bot.db.store import Store
from bot.platforms.web import serve_web_app

if TYPE_CHECKING:
    from bot.app.runtime import Runtime

log = logging.getLogger(__name__)
Check = Callable[[], "bool | Awaitable[bool]"]
CHECK_SECONDS = 5.0


def _iso(stamp: float | None) -> str | None:
    return None if stamp is None else time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(stamp))


def database_check(store: Store) -> Check:
    """A check that the database answers ``SELECT 1`` (queried off the loop: SQLite may wait for a writer)."""

    def query() -> bool:
        with store.session() as s:
            s.execute(text("SELECT 1"))
        return True

    async def check() -> bool:
        return await asyncio.to_thread(query)

    return check


def slack_check(client: Any, every: float = 60.0) -> Check:
    """Slack is connected when ``auth.test`` succeeds (asked at most once per ``every`` seconds)."""
    last: dict[str, float | bool] = {"at": -every, "ok": False}

    async def check() -> bool:
        if time.monotonic() - float(last["at"]) >= every:
            last["at"] = time.monotonic()
            try:
                last["ok"] = bool((await client.auth_test()).get("ok"))
            except Exception:
                last["ok"] = False
                raise
        return bool(last["ok"])

    return check


def discord_check(bot: Any) -> Check:
    """Discord is connected when the client is logged in, ready and not closed."""
    return lambda: bool(bot.is_ready() and not bot.is_closed())


@dataclass
class Health:
    """The checks of one process; ``platforms`` maps a platform name to its connected-check."""

    database: Check | None = None
    scheduler: Check | None = None
    platforms: dict[str, Check] = field(default_factory=dict)
    outbox_depth: Callable[[], int] | None = None

    async def _run(self, name: str, check: Check) -> bool:
        try:
            result = check()
            if inspect.isawaitable(result):
                result = await asyncio.wait_for(result, CHECK_SECONDS)
            return bool(result)
        except Exception as exc:  # a failing check is a red light, never a 500
            log.warning("health: %s check failed (%s: %s)", name, type(exc).__name__, str(exc)[:120])
            return False

    async def report(self) -> dict[str, object]:
        """The current state (every registered check run now) and whether all of it is healthy."""
        out: dict[str, object] = {}
        ok = True
        for name, check in (("database", self.database), ("scheduler", self.scheduler)):
            if check is not None:
                out[name] = await self._run(name, check)
                ok = ok and bool(out[name])
        platforms = {name: await self._run(name, check) for name, check in sorted(self.platforms.items())}
        ok = ok and all(platforms.values())
        out["platforms"] = platforms
        out["last_poll"] = _iso(metrics.last_success(metrics.LAST_POLL))
        out["last_post"] = _iso(metrics.last_success(metrics.LAST_POST))
        if self.outbox_depth is not None:
            try:
                depth = await asyncio.to_thread(self.outbox_depth)
                metrics.OUTBOX_DEPTH.set(depth)
                out["outbox_depth"] = depth
            except Exception:  # the database check says why
                out["outbox_depth"] = None
        return {"ok": ok, **out}


def make_app(health: Health) -> web.Application:
    """The aiohttp application: ``/health`` and ``/metrics``."""

    async def health_page(_: web.Request) -> web.Response:
        report = await health.report()
        return web.json_response(report, status=200 if report["ok"] else 503)

    async def metrics_page(_: web.Request) -> web.Response:
        if health.outbox_depth is not None:
            try:
                metrics.OUTBOX_DEPTH.set(await asyncio.to_thread(health.outbox_depth))
            except Exception:
                pass  # /health reports the database
        body = generate_latest(metrics.REGISTRY)
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})

    app = web.Application()
    app.router.add_get("/health", health_page)
    app.router.add_get("/healthz", health_page)
    app.router.add_get("/metrics", metrics_page)
    return app


async def start(health: Health, *, host: str = "127.0.0.1", port: int = 0) -> tuple[web.AppRunner, int]:
    """Serve ``health`` on ``host:port`` (0: a free port); return the runner (``cleanup()`` stops it) and the port."""
    runner, bound = await serve_web_app(make_app(health), host, port)
    log.info("health: serving /health and /metrics on %s:%d", host, bound)
    return runner, bound


def port_from_env(env: Mapping[str, str]) -> tuple[str, int] | None:
    """(host, port) from ``DIGESTBOT_HEALTH_HOST``/``DIGESTBOT_HEALTH_PORT``; None when the endpoint is off."""
    raw = env.get("DIGESTBOT_HEALTH_PORT", "").strip()
    if not raw:
        return None
    if not raw.isdecimal() or int(raw) > 65535:
        raise ValueError(f"DIGESTBOT_HEALTH_PORT must be a port number, not {raw!r}")
    return env.get("DIGESTBOT_HEALTH_HOST", "127.0.0.1").strip() or "127.0.0.1", int(raw)


def runtime_health(runtime: "Runtime", platforms: Mapping[str, Check] | None = None) -> Health:
    """The health of a process that runs the scheduler runtime (``run``, ``scheduler``)."""
    return Health(database=database_check(runtime.store), scheduler=runtime.alive,
                  platforms=dict(platforms or {}), outbox_depth=runtime.outbox.depth)


async def maybe_start(health: Health, env: Mapping[str, str]) -> web.AppRunner | None:
    """Start the endpoint when ``DIGESTBOT_HEALTH_PORT`` asks for it; return its runner (None: off)."""
    where = port_from_env(env)
    if where is None:
        return None
    runner, _ = await start(health, host=where[0], port=where[1])
    return runner
