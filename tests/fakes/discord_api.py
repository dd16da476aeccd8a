"""A local fake of the Discord REST API routes digestbot uses (aiohttp, 127.0.0.1, port 0).

It records every request, can answer scripted failures (a 429 with Discord's JSON body and
headers, or any status), and validates message payloads the way Discord does: content
2,000; 10 embeds; title 256; description 4,096; footer 2,048; 25 fields; all embeds of a
message 6,000 characters together. Violations get HTTP 400 with Discord's error JSON
(code 50035 "Invalid Form Body"), so a renderer bug fails a test instead of passing quietly.

The gateway is sharded like Discord's: ``GET /gateway/bot`` recommends ``shards`` (constructor),
each connection's IDENTIFY names its ``[shard_id, shard_count]`` (all recorded in ``identifies``),
and :meth:`FakeDiscordAPI.dispatch` sends a guild's events only to the shard that owns the guild,
``(guild_id >> 22) % shard_count``, as Discord does.

Create-message honours ``nonce`` (at most 25 characters) with ``enforce_nonce: true`` the way
Discord does: a repeat with the same nonce in the same channel returns the message already
created instead of posting another (``created`` lists the messages really created).
"""

from __future__ import annotations

import asyncio
import itertools
import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from aiohttp import web

from fakes.server import AsyncServer

API_PREFIX = "/api/v10"
APP_ID = 111111111111111111
BOT_USER_ID = 222222222222222222
GUILD_EVENTS = ("GUILD_CREATE", "GUILD_UPDATE", "GUILD_DELETE")  # the guild is the payload itself ("id")


@dataclass
class Recorded:
    """One request the fake API received."""

    method: str
    path: str  # without the /api/v10 prefix
    kind: str  # followup, callback, channel_message, guild_commands, global_commands, me, app, gateway
    json: Any
    query: dict[str, str]
    headers: dict[str, str]
    status: int = 0


@dataclass
class Scripted:
    """A scripted answer for the next ``times`` requests of one kind."""

    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)
    times: int = 1
    after: int = 0  # let this many requests through normally first


def _max_len(path: list[str], limit: int) -> dict[str, Any]:
    err: dict[str, Any] = {
        "_errors": [{"code": "BASE_TYPE_MAX_LENGTH", "message": f"Must be {limit} or fewer in length."}]
    }
    for key in reversed(path):
        err = {key: err}
    return err


def validate_message(payload: Any) -> dict[str, Any] | None:
    """Discord's 400 error body for an invalid create-message payload, or None when valid."""
    if not isinstance(payload, dict):
        return {"code": 50109, "message": "The request body contains invalid JSON."}
    errors: dict[str, Any] = {}
    content = payload.get("content") or ""
    embeds = payload.get("embeds") or []
    if len(content) > 2000:
        errors.update(_max_len(["content"], 2000))
    nonce = payload.get("nonce")
    if isinstance(nonce, str) and len(nonce) > 25:
        errors.update(_max_len(["nonce"], 25))
    if len(embeds) > 10:
        errors["embeds"] = {"_errors": [{"code": "BASE_TYPE_MAX_LENGTH", "message": "Must be 10 or fewer in length."}]}
    total = 0
    for n, embed in enumerate(embeds):
        for key, limit in (("title", 256), ("description", 4096)):
            value = embed.get(key) or ""
            total += len(value)
            if len(value) > limit:
                errors.setdefault("embeds", {}).update(_max_len([str(n), key], limit))
        footer = (embed.get("footer") or {}).get("text") or ""
        total += len(footer) + len((embed.get("author") or {}).get("name") or "")
        if len(footer) > 2048:
            errors.setdefault("embeds", {}).update(_max_len([str(n), "footer", "text"], 2048))
        fields = embed.get("fields") or []
        if len(fields) > 25:
            errors.setdefault("embeds", {}).update(_max_len([str(n), "fields"], 25))
        for f in fields:
            total += len(f.get("name") or "") + len(f.get("value") or "")
    if total > 6000:
        errors.setdefault("embeds", {}).setdefault("_errors", []).append(
            {"code": "BASE_TYPE_MAX_LENGTH", "message": "Embed size exceeds maximum size of 6000"}
        )
    if errors:
        return {"code": 50035, "errors": errors, "message": "Invalid Form Body"}
    if not content and not embeds:
        return {"code": 50006, "message": "Cannot send an empty message"}
    return None


def shard_for(guild_id: int, shard_count: int) -> int:
    """The shard that receives a guild's events (Discord's formula)."""
    return (guild_id >> 22) % shard_count


def _json(body: Any, status: int, headers: dict[str, str]) -> web.Response:
    """A JSON response with Discord's exact ``Content-Type`` (discord.py compares it verbatim)."""
    if body is None:
        return web.Response(status=status, headers=headers)
    return web.Response(
        body=json.dumps(body).encode(), status=status, headers={**headers, "Content-Type": "application/json"}
    )


class FakeDiscordAPI(AsyncServer):
    """Records requests and answers like Discord's REST API, on a random local port."""

    def __init__(self, *, shards: int = 1) -> None:
        self.recommended_shards = shards
        self.identifies: list[dict[str, Any]] = []  # every IDENTIFY frame, in arrival order
        self._shard_of: dict[int, tuple[int, int]] = {}  # id(socket) -> (shard id, shard count)
        self.requests: list[Recorded] = []
        self.scripts: dict[str, list[Scripted]] = {}
        self.commands: dict[str, list[dict[str, Any]]] = {}
        self.created: list[dict[str, Any]] = []  # channel messages really created (not nonce repeats)
        self._nonces: dict[tuple[str, str], dict[str, Any]] = {}
        self.gateway_url: str = "ws://127.0.0.1:1/"
        self._ids = itertools.count(900000000000000000)
        self.base_url = ""
        self.identified = asyncio.Event()
        self.identify: dict[str, Any] | None = None
        self._sockets: list[web.WebSocketResponse] = []
        self._seq = itertools.count(1)
        self.app = web.Application()
        p = API_PREFIX
        self.app.add_routes(
            [
                web.get(p + "/users/@me", self._me),
                web.get(p + "/oauth2/applications/@me", self._application),
                web.get(p + "/gateway", self._gateway),
                web.get(p + "/gateway/bot", self._gateway),
                web.post(p + "/interactions/{id}/{token}/callback", self._callback),
                web.post(p + "/webhooks/{app_id}/{token}", self._followup),
                web.patch(p + "/webhooks/{app_id}/{token}/messages/{message_id}", self._edit_followup),
                web.delete(p + "/webhooks/{app_id}/{token}/messages/{message_id}", self._delete_followup),
                web.post(p + "/channels/{channel_id}/messages", self._channel_message),
                web.put(p + "/applications/{app_id}/guilds/{guild_id}/commands", self._guild_commands),
                web.put(p + "/applications/{app_id}/commands", self._global_commands),
                web.get("/gateway-ws", self._gateway_ws),
            ]
        )

    # -- lifecycle -------------------------------------------------------------------------

    async def start(self, port: int = 0) -> str:
        """Serve on 127.0.0.1 on ``port`` (0: a free one); return the API base URL (``.../api/v10``)."""
        port = await self.serve(self.app, port)
        self.base_url = f"http://127.0.0.1:{port}{API_PREFIX}"
        self.gateway_url = f"ws://127.0.0.1:{port}/gateway-ws"
        return self.base_url

    async def close(self) -> None:
        """Stop serving."""
        for ws in list(self._sockets):
            await ws.close()
        await self.stop_serving()

    # -- scripting and inspection ----------------------------------------------------------

    def script(
        self,
        kind: str,
        status: int,
        body: Any,
        headers: dict[str, str] | None = None,
        times: int = 1,
        after: int = 0,
    ) -> None:
        """Answer ``times`` requests of ``kind`` with ``status`` and ``body``, after ``after`` normal ones."""
        self.scripts.setdefault(kind, []).append(Scripted(status, body, headers or {}, times, after))

    def rate_limit(
        self, kind: str, retry_after: float = 0.5, times: int = 1, *, via: bool = True, is_global: bool = False
    ) -> None:
        """Answer the next ``times`` requests of ``kind`` with Discord's 429."""
        headers = {
            "Retry-After": str(max(1, round(retry_after))),
            "X-RateLimit-Limit": "5",
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset-After": str(retry_after),
            "X-RateLimit-Bucket": "fakebucket" + kind,
            "X-RateLimit-Scope": "shared" if not is_global else "global",
        }
        if is_global:
            headers["X-RateLimit-Global"] = "true"
        if via:
            headers["Via"] = "1.1 google"
        body = {"message": "You are being rate limited.", "retry_after": retry_after, "global": is_global}
        self.script(kind, 429, body, headers, times)

    def of(self, kind: str) -> list[Recorded]:
        """The recorded requests of one kind, in arrival order."""
        return [r for r in self.requests if r.kind == kind]

    def kinds(self) -> list[str]:
        """The kinds of all recorded requests, in arrival order."""
        return [r.kind for r in self.requests]

    # -- plumbing ----------------------------------------------------------------------------

    async def _record(self, request: web.Request, kind: str) -> tuple[Recorded, web.Response | None]:
        body: Any = None
        if request.can_read_body:
            raw = await request.read()
            if request.content_type == "application/json":
                body = json.loads(raw)
            else:
                body = raw.decode("utf-8", "replace")
        path = request.path[len(API_PREFIX) :]
        rec = Recorded(request.method, path, kind, body, dict(request.query), dict(request.headers))
        self.requests.append(rec)
        queue = self.scripts.get(kind)
        if queue and queue[0].after > 0:
            queue[0].after -= 1
        elif queue:
            scripted = queue[0]
            scripted.times -= 1
            if scripted.times <= 0:
                queue.pop(0)
            rec.status = scripted.status
            return rec, _json(scripted.body, scripted.status, scripted.headers)
        return rec, None

    def _reply(self, rec: Recorded, body: Any, status: int = 200) -> web.Response:
        rec.status = status
        headers = {
            "X-RateLimit-Limit": "5",
            "X-RateLimit-Remaining": "4",
            "X-RateLimit-Reset-After": "1.0",
            "X-RateLimit-Bucket": "fakebucket" + rec.kind,
            "Via": "1.1 google",
        }
        if body is None:
            return web.Response(status=204, headers=headers)
        return _json(body, status, headers)

    def _message(self, channel_id: str, payload: dict[str, Any], webhook_id: str | None = None) -> dict[str, Any]:
        msg: dict[str, Any] = {
            "id": str(next(self._ids)),
            "channel_id": str(channel_id),
            "type": 0,
            "content": payload.get("content") or "",
            "author": {
                "id": str(BOT_USER_ID),
                "username": "digestbot",
                "discriminator": "0",
                "avatar": None,
                "bot": True,
            },
            "attachments": [],
            "embeds": payload.get("embeds") or [],
            "mentions": [],
            "mention_roles": [],
            "mention_everyone": False,
            "pinned": False,
            "tts": False,
            "timestamp": datetime.now(timezone.utc).isoformat(),
            "edited_timestamp": None,
            "flags": payload.get("flags") or 0,
            "components": [],
        }
        if webhook_id:
            msg["webhook_id"] = str(webhook_id)
            msg["application_id"] = str(webhook_id)
        return msg

    # -- routes ----------------------------------------------------------------------------------

    async def _me(self, request: web.Request) -> web.Response:
        rec, scripted = await self._record(request, "me")
        if scripted:
            return scripted
        if request.headers.get("Authorization", "") in ("", "Bot "):
            return self._reply(rec, {"message": "401: Unauthorized", "code": 0}, 401)
        return self._reply(
            rec,
            {
                "id": str(BOT_USER_ID),
                "username": "digestbot",
                "discriminator": "0",
                "avatar": None,
                "bot": True,
                "verified": True,
                "mfa_enabled": False,
                "flags": 0,
            },
        )

    async def _application(self, request: web.Request) -> web.Response:
        rec, scripted = await self._record(request, "app")
        if scripted:
            return scripted
        owner = {"id": "333333333333333333", "username": "owner", "discriminator": "0", "avatar": None}
        return self._reply(
            rec,
            {
                "id": str(APP_ID),
                "name": "digestbot",
                "description": "",
                "icon": None,
                "bot_public": True,
                "bot_require_code_grant": False,
                "owner": owner,
                "verify_key": "00",
                "flags": 0,
                "summary": "",
                "rpc_origins": [],
                "team": None,
            },
        )

    async def _gateway(self, request: web.Request) -> web.Response:
        rec, scripted = await self._record(request, "gateway")
        if scripted:
            return scripted
        body: dict[str, Any] = {"url": self.gateway_url}
        if request.path.endswith("/bot"):
            body.update(
                shards=self.recommended_shards, session_start_limit={"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}
            )
        return self._reply(rec, body)

    async def _callback(self, request: web.Request) -> web.Response:
        rec, scripted = await self._record(request, "callback")
        if scripted:
            return scripted
        body = rec.json or {}
        data = body.get("data") or {}
        if body.get("type") == 4:  # an immediate message reply is validated like any message
            error = validate_message(data)
            if error:
                return self._reply(rec, error, 400)
        if body.get("type") not in (1, 4, 5, 6, 7, 8, 9):
            return self._reply(rec, {"code": 50035, "message": "Invalid Form Body", "errors": {"type": {}}}, 400)
        if "with_response" not in request.query:
            return self._reply(rec, None, 204)
        flags = data.get("flags") or 0
        return self._reply(
            rec,
            {
                "interaction": {
                    "id": request.match_info["id"],
                    "type": 2,
                    "response_message_loading": body.get("type") == 5,
                    "response_message_ephemeral": bool(flags & 64),
                },
                "resource": {"type": body.get("type")},
            },
        )

    async def _followup(self, request: web.Request) -> web.Response:
        rec, scripted = await self._record(request, "followup")
        if scripted:
            return scripted
        error = validate_message(rec.json)
        if error:
            return self._reply(rec, error, 400)
        if request.query.get("wait") not in ("true", "1", "True"):
            return self._reply(rec, None, 204)
        return self._reply(rec, self._message("0", rec.json, request.match_info["app_id"]))

    async def _edit_followup(self, request: web.Request) -> web.Response:
        rec, scripted = await self._record(request, "edit_followup")
        if scripted:
            return scripted
        return self._reply(rec, self._message("0", rec.json or {}, request.match_info["app_id"]))

    async def _delete_followup(self, request: web.Request) -> web.Response:
        rec, scripted = await self._record(request, "delete_followup")
        if scripted:
            return scripted
        return self._reply(rec, None, 204)

    async def _channel_message(self, request: web.Request) -> web.Response:
        rec, scripted = await self._record(request, "channel_message")
        if scripted:
            return scripted
        error = validate_message(rec.json)
        if error:
            return self._reply(rec, error, 400)
        channel_id = request.match_info["channel_id"]
        nonce = rec.json.get("nonce")
        if nonce is not None and rec.json.get("enforce_nonce") and (channel_id, str(nonce)) in self._nonces:
            return self._reply(rec, self._nonces[(channel_id, str(nonce))])
        msg = self._message(channel_id, rec.json)
        if nonce is not None:
            msg["nonce"] = nonce
            self._nonces[(channel_id, str(nonce))] = msg
        self.created.append(msg)
        return self._reply(rec, msg)

    async def _upsert(self, request: web.Request, kind: str, scope: str) -> web.Response:
        rec, scripted = await self._record(request, kind)
        if scripted:
            return scripted
        commands = rec.json or []
        out = []
        for cmd in commands:
            stored = {"id": str(next(self._ids)), "application_id": request.match_info["app_id"], "version": "1", **cmd}
            stored.setdefault("type", 1)
            stored.setdefault("default_member_permissions", None)
            if scope != "global":
                stored["guild_id"] = scope
            out.append(stored)
        self.commands[scope] = out
        return self._reply(rec, out)

    async def _guild_commands(self, request: web.Request) -> web.Response:
        return await self._upsert(request, "guild_commands", request.match_info["guild_id"])

    async def _global_commands(self, request: web.Request) -> web.Response:
        return await self._upsert(request, "global_commands", "global")

    # -- gateway (just enough for a session: HELLO, IDENTIFY -> READY, heartbeats, dispatch) ---

    async def dispatch(self, event: str, data: dict[str, Any]) -> int:
        """Send a gateway DISPATCH event (op 0): a guild's to the shard owning it, others to every
        identified connection; return how many connections it was sent to."""
        guild = data.get("guild_id") or (data.get("id") if event in GUILD_EVENTS else None)
        sent = 0
        for ws in list(self._sockets):
            shard = self._shard_of.get(id(ws))
            if shard is None:
                continue
            if guild is not None and shard_for(int(guild), shard[1]) != shard[0]:
                continue
            await ws.send_json({"op": 0, "t": event, "s": next(self._seq), "d": data})
            sent += 1
        return sent

    async def wait_identified(self, count: int, timeout: float = 15.0) -> list[dict[str, Any]]:
        """Wait until ``count`` connections have identified; return their IDENTIFY frames."""
        deadline = asyncio.get_running_loop().time() + timeout
        while len(self.identifies) < count:
            if asyncio.get_running_loop().time() > deadline:
                raise AssertionError(f"expected {count} IDENTIFY, got {len(self.identifies)}")
            await asyncio.sleep(0.02)
        return self.identifies

    async def _gateway_ws(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._sockets.append(ws)
        self.requests.append(
            Recorded("GET", request.path, "gateway_ws", None, dict(request.query), dict(request.headers))
        )
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": 45000}})
        try:
            async for msg in ws:
                frame = json.loads(msg.data)
                if frame.get("op") == 1:
                    await ws.send_json({"op": 11})
                elif frame.get("op") == 2:
                    self.identify = frame
                    self.identifies.append(frame)
                    shard_id, shard_count = frame["d"].get("shard") or [0, 1]
                    self._shard_of[id(ws)] = (int(shard_id), int(shard_count))
                    user = {
                        "id": str(BOT_USER_ID),
                        "username": "digestbot",
                        "discriminator": "0",
                        "avatar": None,
                        "bot": True,
                    }
                    ready = {
                        "v": 10,
                        "user": user,
                        "guilds": [],
                        "session_id": "fake-session",
                        "resume_gateway_url": self.gateway_url,
                        "application": {"id": str(APP_ID), "flags": 0},
                        "shard": [shard_id, shard_count],
                    }
                    await ws.send_json({"op": 0, "t": "READY", "s": next(self._seq), "d": ready})
                    self.identified.set()
        finally:
            self._sockets.remove(ws)
            self._shard_of.pop(id(ws), None)
        return ws
