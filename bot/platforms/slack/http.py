"""Slack's HTTP mode: the aiohttp endpoint, with every request authenticated before it is parsed.

bolt parses a request (UTF-8 text, form fields, the ``payload=`` JSON, an integer timestamp)
before it checks the signature, so junk from anyone on the internet raised inside bolt and was
answered 500 with a traceback. Here the raw bytes are checked first:

1. ``v0=`` + HMAC-SHA256(signing secret, ``v0:{timestamp}:{raw body}``) must match
   ``X-Slack-Signature``, and the timestamp must be an integer within 300 s of now (401 otherwise);
2. a signature already accepted within that window is a replay (401);
3. only then is the body decoded and its shape checked (:mod:`bot.platforms.slack.shape`): a
   signed body bolt would choke on (``payload=`` not JSON or not an object, no ``type``,
   ``block_actions`` without ``actions``...) is answered 400 with a one-line reason;
4. the rest is handed to bolt.

Each refusal or skip is one log line, never a traceback.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import time
from collections import OrderedDict
from typing import Callable

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response
from slack_bolt.app.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest

from bot.platforms.slack.shape import shape_problem, to_bolt_request
from bot.platforms.web import serve_web_app

log = logging.getLogger(__name__)

WINDOW_SECONDS = 300  # Slack's documented tolerance for the request timestamp
MAX_REMEMBERED = 10_000  # accepted signatures kept for replay detection (oldest forgotten first)


class RequestGuard:
    """Checks Slack's request signature on the raw body and refuses replays within the window."""

    def __init__(self, signing_secret: str, *, clock: Callable[[], float] = time.time,
                 window: int = WINDOW_SECONDS, remember: int = MAX_REMEMBERED) -> None:
        self._secret = signing_secret.encode("utf-8")
        self._clock = clock
        self.window = window
        self.remember = remember
        self._seen: OrderedDict[str, float] = OrderedDict()  # signature -> when it stops mattering

    def refusal(self, body: bytes, timestamp: str | None, signature: str | None) -> str | None:
        """Why the request must be refused (a short reason), or None when it is authentic and new."""
        if not timestamp or not signature:
            return "unsigned"
        try:
            base = b"v0:" + timestamp.encode("ascii") + b":" + body
        except UnicodeEncodeError:
            return "bad signature"
        expected = "v0=" + hmac.new(self._secret, base, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected.encode(), signature.encode("utf-8", "replace")):
            return "bad signature"
        if not timestamp.isdigit():
            return "bad timestamp"
        now = self._clock()
        if abs(now - int(timestamp)) > self.window:
            return "stale timestamp"
        self._forget_expired(now)
        if signature in self._seen:
            return "replayed"
        self._seen[signature] = int(timestamp) + self.window
        while len(self._seen) > self.remember:
            self._seen.popitem(last=False)
        return None

    def _forget_expired(self, now: float) -> None:
        """Drop remembered signatures whose timestamp is outside the window (they are refused as stale)."""
        expired = [sig for sig, until in self._seen.items() if until < now]
        for sig in expired:
            del self._seen[sig]


def make_web_app(app: AsyncApp, path: str, signing_secret: str, *,
                 guard: RequestGuard | None = None) -> web.Application:
    """The aiohttp application: guarded bolt at ``path``, ``GET /healthz``, and (multi-workspace mode)
    bolt's ``GET /slack/install`` and ``GET /slack/oauth_redirect``."""
    guard = guard or RequestGuard(signing_secret)

    async def slack(request: web.Request) -> web.Response:
        body = await request.read()
        reason = guard.refusal(body, request.headers.get("X-Slack-Request-Timestamp"),
                               request.headers.get("X-Slack-Signature"))
        if reason is not None:
            log.warning("Slack HTTP: refused a request from %s: %s", request.remote, reason)
            return web.Response(status=401, text="unauthorized")
        problem = shape_problem(body, request.content_type)
        if problem is not None:
            log.warning("Slack HTTP: skipped a signed request that could not be read: %s", problem)
            return web.Response(status=400, text=f"bad request: {problem}")
        bolt_request = to_bolt_request(body.decode("utf-8"), request.query_string, dict(request.headers))
        return await to_aiohttp_response(await app.async_dispatch(bolt_request))

    async def health(_: web.Request) -> web.Response:
        return web.Response(text="ok")

    web_app = web.Application()
    web_app.router.add_post(path, slack)
    web_app.router.add_get("/healthz", health)
    flow = app.oauth_flow
    if flow is not None:  # multi-workspace mode: a browser's install flow (unsigned GETs, bolt checks the state)
        async def install(request: web.Request) -> web.Response:
            return await to_aiohttp_response(await flow.handle_installation(browser_request(request)))

        async def redirect(request: web.Request) -> web.Response:
            response = await flow.handle_callback(browser_request(request))
            if response.status != 200:
                log.warning("Slack install: refused an OAuth redirect (HTTP %d)", response.status)
            return await to_aiohttp_response(response)

        web_app.router.add_get(flow.install_path, install)
        web_app.router.add_get(flow.redirect_uri_path, redirect)
    return web_app


def browser_request(request: web.Request) -> AsyncBoltRequest:
    """bolt's request for a browser's GET (query string and cookies; no body, no signature)."""
    return AsyncBoltRequest(body="", query=request.query_string, headers=dict(request.headers))


async def start_http(app: AsyncApp, *, host: str, port: int, path: str,
                     signing_secret: str) -> tuple[web.AppRunner, int]:
    """Start the HTTP endpoint; return the runner (``await runner.cleanup()`` stops it) and the bound port."""
    return await serve_web_app(make_web_app(app, path, signing_secret), host, port)
