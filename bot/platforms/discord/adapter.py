"""Discord transports for the delivery core: channel messages and interaction follow-ups.

Both send the renderer's payloads through discord.py's REST layer and never ping anyone.
discord.py itself retries a 429 (sleeping ``retry_after``) up to 5 times per request; each
send is additionally bounded by ``timeout`` so a long rate limit cannot stall a delivery,
and whatever discord.py gives up on reaches :class:`~bot.delivery.send.Delivery` as
``RateLimited``/``PermanentError`` (see :mod:`bot.platforms.discord.errors`) for its own bounded retry.

Idempotency (the outbox's duplicate window): :meth:`DiscordAdapter.keyed` puts a ``nonce``
derived from the outbox key on the message together with ``enforce_nonce: true``. Discord
then answers a second create-message with the same nonce from the same bot in the same
channel, sent within a few minutes, with the message it already created instead of
posting a copy. Discord's nonce is at most 25 characters, so it is a hash of the key
(:func:`nonce_for`); the outbox's keys never repeat, so neither do the nonces in practice.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from dataclasses import replace
from typing import Any

import discord
from discord.http import HTTPClient, Route

from bot.core.chat import DeliveryError, Message
from bot.platforms.discord.errors import translate
from bot.render.discord import DiscordRenderer, notice_payload
from summarizer.models import Digest

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 60.0


def nonce_for(key: str) -> str:
    """A stable nonce within Discord's 25 characters for an idempotency key: ``d`` + 24 hex of BLAKE2b."""
    return "d" + hashlib.blake2b(key.encode("utf-8"), digest_size=12).hexdigest()


def channel_id_of(target: str) -> int:
    """The channel snowflake of a target: ``"123"`` or an audience key ``"discord:<guild>:<channel>"``."""
    return int(str(target).rsplit(":", 1)[-1])


class DiscordAdapter:
    """Posts digest messages to a channel with ``POST /channels/{id}/messages``."""

    platform = "discord"

    def __init__(
        self, http: HTTPClient, renderer: DiscordRenderer | None = None, *, timeout: float = DEFAULT_TIMEOUT,
        owns_http: bool = False,
    ) -> None:
        self.http = http
        self.renderer = renderer or DiscordRenderer()
        self.timeout = timeout
        self.owns_http = owns_http  # False when the client is a running bot's (the bot closes it)

    async def aclose(self) -> None:
        """Close the REST client if this adapter owns it."""
        if self.owns_http:
            await self.http.close()

    def render(self, digest: Digest) -> list[Message]:
        """The messages that show ``digest`` as embeds."""
        return self.renderer.render(digest)

    def render_notice(self, text: str) -> Message:
        """A plain notice (e.g. a feed is failing): escaped content within 2,000 characters, no pings."""
        return Message(notice_payload(text), ())

    def keyed(self, message: Message, key: str) -> Message:
        """``message`` with ``nonce`` = :func:`nonce_for` ``(key)`` and ``enforce_nonce`` (re-posts are dropped)."""
        return replace(message, payload={**message.payload, "nonce": nonce_for(key), "enforce_nonce": True})

    async def send(self, target: str, message: Message) -> str:
        """Post one message to channel ``target``; return the new message id or raise DeliveryError."""
        if self.http.token is None:  # Discord was unreachable at start: the outbox retries later
            raise DeliveryError("discord is not connected yet")
        route = Route("POST", "/channels/{channel_id}/messages", channel_id=channel_id_of(target))
        payload: dict[str, Any] = {**message.payload, "allowed_mentions": {"parse": []}}
        try:
            data = await asyncio.wait_for(self.http.request(route, json=payload), self.timeout)
        except Exception as exc:  # translated: the delivery core decides what to retry
            raise translate(exc) from exc
        return str(data["id"])


class FollowupAdapter:
    """Sends digest messages as follow-ups of one deferred interaction (ephemeral unless public)."""

    platform = "discord"

    def __init__(
        self,
        followup: discord.Webhook,
        *,
        ephemeral: bool,
        renderer: DiscordRenderer | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        self.followup = followup
        self.ephemeral = ephemeral
        self.renderer = renderer or DiscordRenderer()
        self.timeout = timeout
        self.sent = 0  # follow-ups Discord confirmed

    def render(self, digest: Digest) -> list[Message]:
        """The messages that show ``digest`` as embeds."""
        return self.renderer.render(digest)

    async def send(self, target: str, message: Message) -> str:
        """Send one follow-up (``target`` is informational: the interaction decides where it goes)."""
        payload = message.payload
        embeds = [discord.Embed.from_dict(e) for e in payload.get("embeds", [])]
        kwargs: dict[str, Any] = {"embeds": embeds} if embeds else {}
        if payload.get("content"):
            kwargs["content"] = payload["content"]
        try:
            sent = await asyncio.wait_for(
                self.followup.send(
                    allowed_mentions=discord.AllowedMentions.none(),
                    ephemeral=self.ephemeral,
                    wait=True,
                    **kwargs,
                ),
                self.timeout,
            )
        except Exception as exc:  # translated: the delivery core decides what to retry
            raise translate(exc) from exc
        self.sent += 1
        return str(sent.id)
