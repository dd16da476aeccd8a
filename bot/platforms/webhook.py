"""A generic webhook platform: POST each digest message as JSON to a URL.

The target of a webhook channel is the URL itself (channel key ``webhook:<name>``). Every
POST carries the outbox's idempotency key, both as the ``Idempotency-Key`` header and as
``idempotency_key`` in the body, so a receiver can drop a re-post after a crash.

Body: ``{"text": "...", "story_ids": [...], "idempotency_key": "..."}``. Status mapping:
2xx confirmed; 429 -> RateLimited (``Retry-After``); other 4xx -> PermanentError; 5xx and
network errors -> DeliveryError (retried later by the outbox).
"""
from __future__ import annotations

from dataclasses import replace
from urllib.parse import urlsplit

import httpx

from bot.core.chat import DeliveryError, Message, PermanentError, RateLimited
from bot.core.redact import redact, remember_secret
from bot.render.text import item_line
from summarizer.models import Digest

MAX_TEXT = 4000


def _secret_part(url: str) -> str:
    """The part of a webhook URL that grants posting: its path and query (the host is no secret)."""
    parts = urlsplit(url)
    return parts.path.lstrip("/") + (f"?{parts.query}" if parts.query else "")


class WebhookAdapter:
    """ChatAdapter for plain JSON webhooks (one message per story)."""

    platform = "webhook"

    def __init__(self, *, timeout: float = 10.0, transport: httpx.AsyncBaseTransport | None = None,
                 client: httpx.AsyncClient | None = None) -> None:
        self.client = client or httpx.AsyncClient(timeout=httpx.Timeout(timeout), transport=transport,
                                                  follow_redirects=False)

    async def aclose(self) -> None:
        """Close the HTTP client."""
        await self.client.aclose()

    def render(self, digest: Digest) -> list[Message]:
        """One text message per story (a single "nothing new" message for an empty digest)."""
        if not digest.stories:
            return [Message({"text": digest.nothing_note}, ())]
        out: list[Message] = []
        for story in digest.stories:
            lines = [f"*{story.title}*"]
            if story.nothing_new:
                lines.append("nothing new")
            lines += ["• " + item_line(i) for i in story.items]
            text = "\n".join(lines)
            if len(text) > MAX_TEXT:
                text = text[: MAX_TEXT - 1] + "…"
            out.append(Message({"text": text}, (story.story_id,)))
        return out

    def render_notice(self, text: str) -> Message:
        """A plain notice (e.g. a feed is failing)."""
        return Message({"text": text[:MAX_TEXT]}, ())

    def keyed(self, message: Message, key: str) -> Message:
        """The message carrying the outbox idempotency key."""
        return replace(message, payload={**message.payload, "idempotency_key": key})

    async def send(self, target: str, message: Message) -> str:
        """POST the message to the webhook URL ``target``; return the receiver's id or the key."""
        remember_secret(_secret_part(target))  # the URL is the credential: never shown, logged or stored
        body = {**message.payload, "story_ids": list(message.story_ids)}
        key = str(message.payload.get("idempotency_key", ""))
        headers = {"Idempotency-Key": key} if key else {}
        try:
            resp = await self.client.post(target, json=body, headers=headers)
        except httpx.HTTPError as exc:
            raise DeliveryError(f"webhook {redact(target)}: {type(exc).__name__}") from None
        if resp.status_code == 429:
            try:
                wait = float(resp.headers.get("retry-after", "1"))
            except ValueError:
                wait = 1.0
            raise RateLimited(wait)
        if 400 <= resp.status_code < 500:
            raise PermanentError(f"webhook {redact(target)}: HTTP {resp.status_code}")
        if resp.status_code >= 300:
            raise DeliveryError(f"webhook {redact(target)}: HTTP {resp.status_code}")
        try:
            data = resp.json()
        except ValueError:
            data = {}
        return str(data.get("id") or key or resp.status_code) if isinstance(data, dict) else key
