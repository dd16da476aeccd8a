"""A local fake of the parts of Slack digestbot talks to, bound to 127.0.0.1 on a free port.

* Web API under ``/api/<method>``: ``auth.test``, ``chat.postMessage``, ``apps.connections.open``;
  tokens are checked like Slack does (``invalid_auth`` otherwise), answers look like Slack's.
* ``response_url`` targets under ``/commands/...``.
* A Socket Mode WebSocket at ``/socket`` (sends ``hello``; :meth:`FakeSlack.send_envelope`
  pushes an event and returns the app's acknowledgement).

Every request is recorded as a :class:`Call`. Faults can be queued per method
(``"response_url"`` for the response URLs): a 429 with ``Retry-After``, an ``ok: false`` error,
or an HTTP 500.
"""
from __future__ import annotations

import asyncio
import hashlib
import hmac
import itertools
import json
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable
from urllib.parse import parse_qsl, urlencode

from aiohttp import WSMsgType, web

from fakes.server import AsyncServer

RESPONSE_URL = "response_url"


@dataclass
class Call:
    """One request the fake received, and the status it answered."""

    method: str
    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    status: int = 200
    at: float = field(default_factory=time.monotonic)


@dataclass
class Fault:
    """A queued wrong answer."""

    status: int
    body: str
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/json"


class FakeSlack(AsyncServer):
    """The fake server. ``await start()``, then use ``api_url`` and ``response_url()``."""

    def __init__(self, *, bot_token: str = "xoxb-test-token", app_token: str = "xapp-1-test") -> None:
        self.bot_token = bot_token
        self.app_token = app_token
        self.calls: list[Call] = []
        self.faults: dict[str, list[Fault]] = defaultdict(list)
        self.url = ""
        self._ts = itertools.count(1)
        self._ws: web.WebSocketResponse | None = None
        self._ws_connected = asyncio.Event()
        self._acks: asyncio.Queue[dict[str, Any]] = asyncio.Queue()

    # -- lifecycle -------------------------------------------------------------------------
    async def start(self, port: int = 0) -> "FakeSlack":
        """Bind to 127.0.0.1 on ``port`` (0: a free one)."""
        app = web.Application()
        app.router.add_post("/api/{method}", self._api)
        app.router.add_post("/commands/{tail:.*}", self._response_url)
        app.router.add_get("/socket", self._socket)
        self.url = f"http://127.0.0.1:{await self.serve(app, port)}"
        return self

    async def close(self) -> None:
        """Stop the server."""
        if self._ws is not None and not self._ws.closed:
            await self._ws.close()
        await self.stop_serving()

    @property
    def api_url(self) -> str:
        """The Web API base URL to configure (``SLACK_API_URL``)."""
        return f"{self.url}/api/"

    def response_url(self, name: str = "1") -> str:
        """A response URL served by this fake."""
        return f"{self.url}/commands/T1/{name}/secret-{name}"

    # -- faults ----------------------------------------------------------------------------
    def rate_limit_next(self, method: str, *, retry_after: int = 1, times: int = 1) -> None:
        """Answer the next ``times`` calls of ``method`` with HTTP 429 and ``Retry-After``."""
        body = json.dumps({"ok": False, "error": "ratelimited"})
        for _ in range(times):
            self.faults[method].append(Fault(429, body, {"Retry-After": str(retry_after)}))

    def fail_next(self, method: str, *, error: str | None = None, status: int = 200, times: int = 1) -> None:
        """Answer the next calls of ``method`` with ``{"ok": false, "error": error}`` or an HTTP ``status`` page."""
        for _ in range(times):
            if error is not None:
                self.faults[method].append(Fault(status, json.dumps({"ok": False, "error": error})))
            else:
                self.faults[method].append(Fault(status, "<html><body>Internal Server Error</body></html>", content_type="text/html"))

    # -- queries ---------------------------------------------------------------------------
    def of(self, method: str) -> list[Call]:
        """Recorded calls of ``method`` (``"response_url"`` for response URL posts)."""
        return [c for c in self.calls if c.method == method]

    async def wait_for(self, method: str, count: int = 1, timeout: float = 10.0, *, ok_only: bool = False) -> list[Call]:
        """Wait until ``count`` calls of ``method`` (optionally only answered 200) were recorded."""
        deadline = time.monotonic() + timeout
        while True:
            calls = [c for c in self.of(method) if not ok_only or c.status == 200]
            if len(calls) >= count:
                return calls
            if time.monotonic() > deadline:
                raise AssertionError(f"expected {count} {method} call(s), got {len(calls)}: {self.calls}")
            await asyncio.sleep(0.02)

    # -- handlers --------------------------------------------------------------------------
    async def _record(self, method: str, request: web.Request) -> Call:
        raw = await request.text()
        if request.content_type == "application/json":
            body: dict[str, Any] = json.loads(raw) if raw else {}
        else:
            body = dict(parse_qsl(raw, keep_blank_values=True))
        call = Call(method, request.path, dict(request.headers), body)
        self.calls.append(call)
        return call

    def _fault(self, method: str, call: Call) -> web.Response | None:
        if not self.faults.get(method):
            return None
        fault = self.faults[method].pop(0)
        call.status = fault.status
        return web.Response(status=fault.status, text=fault.body, headers=fault.headers, content_type=fault.content_type)

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        call = await self._record(method, request)
        fault = self._fault(method, call)
        if fault is not None:
            return fault
        auth = request.headers.get("Authorization", "")
        token = auth.removeprefix("Bearer ") if auth.startswith("Bearer ") else str(call.body.get("token", ""))
        expected = self.app_token if method == "apps.connections.open" else self.bot_token
        if token != expected:
            return web.json_response({"ok": False, "error": "not_authed" if not token else "invalid_auth"})
        handler: Callable[[dict[str, Any]], dict[str, Any]] | None = {
            "auth.test": self._auth_test,
            "chat.postMessage": self._post_message,
            "apps.connections.open": self._connections_open,
        }.get(method)
        if handler is None:
            return web.json_response({"ok": False, "error": "unknown_method"}, status=404)
        return web.json_response(handler(call.body))

    def _auth_test(self, _: dict[str, Any]) -> dict[str, Any]:
        return {"ok": True, "url": "https://fake.slack.test/", "team": "Fake Team", "user": "digestbot",
                "team_id": "T1", "user_id": "U0BOT", "bot_id": "B0BOT", "is_enterprise_install": False}

    def _post_message(self, body: dict[str, Any]) -> dict[str, Any]:
        channel = body.get("channel")
        if not channel:
            return {"ok": False, "error": "channel_not_found"}
        blocks = body.get("blocks")
        if isinstance(blocks, str):
            blocks = json.loads(blocks)
        if not body.get("text") and not blocks:
            return {"ok": False, "error": "no_text"}
        if blocks is not None and len(blocks) > 50:
            return {"ok": False, "error": "invalid_blocks"}
        ts = f"{int(time.time())}.{next(self._ts):06d}"
        return {"ok": True, "channel": channel, "ts": ts, "message": {"type": "message", "text": body.get("text", ""), "ts": ts}}

    def _connections_open(self, _: dict[str, Any]) -> dict[str, Any]:
        return {"ok": True, "url": self.url.replace("http://", "ws://") + "/socket"}

    async def _response_url(self, request: web.Request) -> web.Response:
        call = await self._record(RESPONSE_URL, request)
        fault = self._fault(RESPONSE_URL, call)
        if fault is not None:
            return fault
        return web.json_response({"ok": True})

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._ws = ws
        self.calls.append(Call("socket.connect", request.path, dict(request.headers), {}))
        await ws.send_json({"type": "hello", "num_connections": 1, "debug_info": {"host": "fake"},
                            "connection_info": {"app_id": "A1"}})
        self._ws_connected.set()
        async for msg in ws:
            if msg.type == WSMsgType.TEXT:
                data = json.loads(msg.data)
                self.calls.append(Call("socket.ack", request.path, {}, data))
                await self._acks.put(data)
        return ws

    async def send_envelope(self, kind: str, payload: dict[str, Any], *, timeout: float = 5.0) -> dict[str, Any]:
        """Push a Socket Mode envelope to the connected app; return its acknowledgement."""
        await asyncio.wait_for(self._ws_connected.wait(), timeout)
        assert self._ws is not None
        envelope_id = f"env-{next(self._ts)}"
        await self._ws.send_json({"envelope_id": envelope_id, "type": kind, "payload": payload,
                                  "accepts_response_payload": kind == "slash_commands", "retry_attempt": 0,
                                  "retry_reason": ""})
        while True:
            ack = await asyncio.wait_for(self._acks.get(), timeout)
            if ack.get("envelope_id") == envelope_id:
                return ack


def command_fields(text: str, response_url: str, *, team: str = "T1", channel: str = "C1", user: str = "U1",
                   command: str = "/digest") -> dict[str, str]:
    """The fields Slack sends for a slash command, in Slack's order."""
    return {
        "token": "legacy-verification-token",
        "team_id": team,
        "team_domain": "fake",
        "channel_id": channel,
        "channel_name": "news",
        "user_id": user,
        "user_name": "reader",
        "command": command,
        "text": text,
        "api_app_id": "A1",
        "is_enterprise_install": "false",
        "response_url": response_url,
        "trigger_id": "13345224609.738474920.8088930838d88f008e0",
    }


def sign(secret: str, body: str, timestamp: int | None = None) -> dict[str, str]:
    """Slack's request signing headers: ``v0=`` HMAC-SHA256 of ``v0:{timestamp}:{body}``."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": f"v0={digest}",
        "Content-Type": "application/x-www-form-urlencoded",
    }


def signed_command(secret: str, text: str, response_url: str, *, timestamp: int | None = None, **who: str) -> tuple[str, dict[str, str]]:
    """A form-encoded slash command body and its signature headers."""
    body = urlencode(command_fields(text, response_url, **who))
    return body, sign(secret, body, timestamp)
