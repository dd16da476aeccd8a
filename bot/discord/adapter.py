"""Discord transports for the delivery core: channel messages and interaction follow-ups.

Both send the renderer's payloads through discord.py's REST layer and never ping anyone.
discord.py itself retries a 429 (sleeping ``retry_after``) up to 5 times per request; each
send is additionally bounded by ``timeout`` so a long rate limit cannot stall a delivery,
and whatever discord.py gives up on reaches :class:`~bot.delivery.Delivery` as
``RateLimited``/``PermanentError`` (see :mod:`bot.discord.errors`) for its own bounded retry.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import discord
from discord.http import HTTPClient, Route

from bot.delivery import Message
from bot.discord.errors import translate
from bot.render.discord import DiscordRenderer
from summarizer.models import Digest

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 60.0


def channel_id_of(target: str) -> int:
    """The channel snowflake of a target: ``"123"`` or an audience key ``"discord:<guild>:<channel>"``."""
    return int(str(target).rsplit(":", 1)[-1])


class DiscordAdapter:
    """Posts digest messages to a channel with ``POST /channels/{id}/messages``."""

    platform = "discord"

    def __init__(
        self, http: HTTPClient, renderer: DiscordRenderer | None = None, *, timeout: float = DEFAULT_TIMEOUT
    ) -> None:
        self.http = http
        self.renderer = renderer or DiscordRenderer()
        self.timeout = timeout

    def render(self, digest: Digest) -> list[Message]:
        """The messages that show ``digest`` as embeds."""
        return self.renderer.render(digest)

    async def send(self, target: str, message: Message) -> str:
        """Post one message to channel ``target``; return the new message id or raise DeliveryError."""
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
