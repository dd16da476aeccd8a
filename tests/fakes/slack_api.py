"""A local fake of the parts of Slack digestbot talks to, bound to 127.0.0.1 on a free port.

* Web API under ``/api/<method>``: ``auth.test``, ``chat.postMessage``, ``apps.connections.open``,
  ``oauth.v2.access``; tokens are checked like Slack does (``invalid_auth`` for unknown ones,
  ``token_revoked`` after an uninstall), answers look like Slack's.
* Workspaces: ``T1`` has ``bot_token`` from the start (single-workspace mode). More install the
  app the way Slack's consent page does it: :meth:`FakeSlack.consent` is an admin clicking
  "Allow" (it returns the ``code`` Slack puts in the redirect), ``oauth.v2.access`` trades the
  code (once, with the app's client id and secret in HTTP Basic auth) for a new bot token, and
  :meth:`FakeSlack.uninstall` revokes a workspace's tokens and returns the ``app_uninstalled`` event.
* ``response_url`` targets under ``/commands/...``.
* A Socket Mode WebSocket at ``/socket`` (sends ``hello``; :meth:`FakeSlack.send_envelope`
  pushes an event and returns the app's acknowledgement).

Every request is recorded as a :class:`Call`. Faults can be queued per method
(``"response_url"`` for the response URLs): a 429 with ``Retry-After``, an ``ok: false`` error,
or an HTTP 500.
"""
from __future__ import annotations

import asyncio
import base64
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
class Workspace:
    """A workspace the app is installed in, as Slack knows it."""

    team_id: str
    name: str
    bot_token: str
    bot_user_id: str
    bot_id: str
    revoked: bool = False


@dataclass
class Fault:
    """A queued wrong answer."""

    status: int
    body: str
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/json"


class FakeSlack(AsyncServer):
    """The fake server. ``await start()``, then use ``api_url`` and ``response_url()``."""

    def __init__(self, *, bot_token: str = "xoxb-test-token", app_token: str = "xapp-1-test",
                 client_id: str = "1111111111.2222222222", client_secret: str = "fakeclientsecret0123456789abcdef",
                 app_id: str = "A1") -> None:
        self.bot_token = bot_token
        self.app_token = app_token
        self.client_id = client_id
        self.client_secret = client_secret
        self.app_id = app_id
        self.workspaces: dict[str, Workspace] = {bot_token: Workspace("T1", "Fake Team", bot_token, "U0BOT", "B0BOT")}
        self._codes: dict[str, tuple[str, str]] = {}  # consent code -> (team id, team name), used once
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

    # -- workspaces --------------------------------------------------------------------------
    def consent(self, team_id: str, name: str) -> str:
        """An admin of ``team_id`` clicked "Allow" on the consent page: the ``code`` Slack redirects with."""
        code = f"{team_id}.{next(self._ts)}.{hashlib.sha256(team_id.encode()).hexdigest()[:12]}"
        self._codes[code] = (team_id, name)
        return code

    def uninstall(self, team_id: str) -> dict[str, Any]:
        """The app is removed from ``team_id``: its tokens stop working; the event Slack then sends."""
        for ws in self.workspaces.values():
            if ws.team_id == team_id:
                ws.revoked = True
        return event_callback(team_id, {"type": "app_uninstalled"}, app_id=self.app_id)

    def team_of(self, call: Call) -> str | None:
        """The workspace whose token made ``call`` (None: no or unknown token)."""
        auth = call.headers.get("Authorization", "")
        ws = self.workspaces.get(auth.removeprefix("Bearer ") or str(call.body.get("token", "")))
        return ws.team_id if ws else None

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
        if method == "oauth.v2.access":
            return web.json_response(self._oauth_access(call.body, auth))
        token = auth.removeprefix("Bearer ") if auth.startswith("Bearer ") else str(call.body.get("token", ""))
        if method == "apps.connections.open":
            if token != self.app_token:
                return web.json_response({"ok": False, "error": "not_authed" if not token else "invalid_auth"})
            return web.json_response(self._connections_open())
        ws = self.workspaces.get(token)
        if ws is None or ws.revoked:
            error = "token_revoked" if ws else "not_authed" if not token else "invalid_auth"
            return web.json_response({"ok": False, "error": error})
        handler: Callable[[dict[str, Any], Workspace], dict[str, Any]] | None = {
            "auth.test": self._auth_test,
            "chat.postMessage": self._post_message,
        }.get(method)
        if handler is None:
            return web.json_response({"ok": False, "error": "unknown_method"}, status=404)
        return web.json_response(handler(call.body, ws))

    def _auth_test(self, _: dict[str, Any], ws: Workspace) -> dict[str, Any]:
        return {"ok": True, "url": f"https://{ws.team_id.lower()}.slack.test/", "team": ws.name, "user": "digestbot",
                "team_id": ws.team_id, "user_id": ws.bot_user_id, "bot_id": ws.bot_id, "is_enterprise_install": False}

    def _oauth_access(self, body: dict[str, Any], auth: str) -> dict[str, Any]:
        """``oauth.v2.access``: the app's credentials (Basic auth or form fields) and a fresh code → a bot token."""
        client_id, client_secret = str(body.get("client_id", "")), str(body.get("client_secret", ""))
        if auth.startswith("Basic "):
            client_id, _, client_secret = base64.b64decode(auth[6:]).decode().partition(":")
        if client_id != self.client_id:
            return {"ok": False, "error": "invalid_client_id"}
        if client_secret != self.client_secret:
            return {"ok": False, "error": "bad_client_secret"}
        consented = self._codes.pop(str(body.get("code", "")), None)
        if consented is None:
            return {"ok": False, "error": "invalid_code"}
        team_id, name = consented
        n = next(self._ts)
        ws = Workspace(team_id, name, f"xoxb-{n}0{n}-{n}1{n}-{hashlib.sha256(f'{team_id}{n}'.encode()).hexdigest()[:24]}",
                       f"U0BOT{team_id}", f"B0BOT{team_id}")
        self.workspaces[ws.bot_token] = ws
        return {"ok": True, "access_token": ws.bot_token, "token_type": "bot",
                "scope": "commands,chat:write,chat:write.public", "bot_user_id": ws.bot_user_id, "app_id": self.app_id,
                "team": {"name": name, "id": team_id}, "enterprise": None, "is_enterprise_install": False,
                "authed_user": {"id": f"U{team_id}ADMIN"}}

    def _post_message(self, body: dict[str, Any], _: Workspace) -> dict[str, Any]:
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

    def _connections_open(self) -> dict[str, Any]:
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


def event_callback(team_id: str, event: dict[str, Any], *, app_id: str = "A1") -> dict[str, Any]:
    """An Events API ``event_callback`` envelope as Slack posts it for ``event`` in ``team_id``."""
    now = int(time.time())
    return {
        "token": "legacy-verification-token",
        "team_id": team_id,
        "api_app_id": app_id,
        "event": {**event, "event_ts": f"{now}.000100"},
        "type": "event_callback",
        "event_id": f"Ev{team_id}{now}",
        "event_time": now,
        "authorizations": [{"enterprise_id": None, "team_id": team_id, "user_id": f"U0BOT{team_id}", "is_bot": True,
                            "is_enterprise_install": False}],
        "is_ext_shared_channel": False,
    }


def signed_event(secret: str, payload: dict[str, Any], timestamp: int | None = None) -> tuple[str, dict[str, str]]:
    """A JSON Events API body and its signature headers."""
    body = json.dumps(payload)
    return body, {**sign(secret, body, timestamp), "Content-Type": "application/json"}
