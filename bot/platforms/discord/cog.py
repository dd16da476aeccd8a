"""The ``/digest`` application command.

Flow: defer at once (Discord wants an answer within 3 s; ephemeral unless ``public``), build
the digest in a worker thread (the engine is CPU-bound), send it as follow-ups through the
shared delivery core, which marks delivered only what Discord confirmed. An ephemeral reply
is remembered for the asking user only (``Audience.for_user``), a public one for the channel.
Any failure ends in a short ephemeral apology; details go to the log, never to the user.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from functools import partial
from typing import Callable, Optional

import discord
from discord import app_commands
from discord.ext import commands

from bot.chat.replies import empty_reply
from bot.core.chat import ChatAdapter
from bot.delivery.send import Delivery, DeliveryReport
from bot.platforms.discord.adapter import FollowupAdapter
from bot.render.discord import DiscordRenderer
from bot.core.service import Audience, DigestRequest, DigestService

log = logging.getLogger(__name__)

PLATFORM = "discord"
WINDOWS: dict[str, timedelta | None] = {
    "1h": timedelta(hours=1),
    "24h": timedelta(hours=24),
    "7d": timedelta(days=7),
    "30d": timedelta(days=30),
    "all": None,
}
WINDOW_CHOICES = [
    app_commands.Choice(name="last hour", value="1h"),
    app_commands.Choice(name="last 24 hours", value="24h"),
    app_commands.Choice(name="last 7 days", value="7d"),
    app_commands.Choice(name="last 30 days", value="30d"),
    app_commands.Choice(name="everything new to you", value="all"),
]
APOLOGY = "Sorry, I could not make your digest just now. Please try again in a minute."
PARTIAL_APOLOGY = "Sorry, part of your digest could not be sent; the rest will be in your next digest."

DeliveryFactory = Callable[[ChatAdapter], Delivery]


def channel_audience(guild_id: int | None, channel_id: int | None) -> Audience:
    """The audience of a Discord channel: ``discord:<guild>:<channel>`` (guild ``dm`` in DMs)."""
    return Audience.channel(PLATFORM, str(guild_id) if guild_id else "dm", str(channel_id or 0))


def audience_for(interaction: discord.Interaction, public: bool) -> Audience:
    """Who a /digest reply is for: the channel when public, else the asking user in that channel."""
    channel = channel_audience(interaction.guild_id, interaction.channel_id)
    return channel if public else Audience.for_user(channel, str(interaction.user.id))


def default_delivery(adapter: ChatAdapter) -> Delivery:
    """Follow-ups must land within the interaction's 15 minutes: wait out short rate limits only."""
    return Delivery(adapter, max_retries=3, max_wait=30.0)


class DigestCog(commands.Cog):
    """Features of digestbot on Discord: the ``/digest`` command."""

    def __init__(
        self,
        service: DigestService,
        *,
        renderer: DiscordRenderer | None = None,
        delivery_factory: DeliveryFactory = default_delivery,
        followup_timeout: float = 60.0,
    ) -> None:
        self.service = service
        self.renderer = renderer or DiscordRenderer()
        self.delivery_factory = delivery_factory
        self.followup_timeout = followup_timeout

    @app_commands.command(name="digest", description="What is new in the news this channel follows")
    @app_commands.describe(
        window="Only news from this period (default: everything new to you)",
        query="Only stories matching these words, e.g. a story title or keyword",
        max_items="At most this many items (1-50)",
        public="Post the digest to the channel for everyone (default: only you see it)",
    )
    @app_commands.choices(window=WINDOW_CHOICES)
    async def digest(
        self,
        interaction: discord.Interaction,
        window: Optional[app_commands.Choice[str]] = None,
        query: Optional[app_commands.Range[str, 1, 100]] = None,
        max_items: Optional[app_commands.Range[int, 1, 50]] = None,
        public: bool = False,
    ) -> None:
        """Reply with what is new for the caller (or the channel, when public)."""
        ephemeral = not public
        try:
            await interaction.response.defer(ephemeral=ephemeral, thinking=True)
        except discord.HTTPException as exc:
            log.warning("/digest interaction %s could not be deferred: %s", interaction.id, exc)
            return
        audience = audience_for(interaction, public)
        request = DigestRequest(
            audience=audience,
            window=WINDOWS.get(window.value if window else "all"),
            query=(query or "").strip() or None,
            max_items=max_items,
            public=public,
        )
        adapter = FollowupAdapter(
            interaction.followup, ephemeral=ephemeral, renderer=self.renderer, timeout=self.followup_timeout
        )
        report: DeliveryReport | None = None
        try:
            digest = await asyncio.to_thread(self.service.build, request)
            if digest.empty and (hint := await asyncio.to_thread(empty_reply, self.service, audience, "")):
                await self.apologise(interaction, hint, public)  # only the caller is told how to follow a feed
                return
            report = await self.delivery_factory(adapter).deliver(
                str(interaction.channel_id), digest, mark=partial(self.service.mark_delivered, audience)
            )
        except Exception:
            log.exception("/digest failed (interaction %s, audience %s)", interaction.id, audience.key)
        if report is not None and report.ok:
            log.info("/digest sent %d message(s) to %s", report.sent, audience.key)
            return
        if report is not None:
            log.warning("/digest delivery to %s incomplete: %s", audience.key, "; ".join(report.errors))
        sent = adapter.sent > 0
        await self.apologise(interaction, PARTIAL_APOLOGY if sent else APOLOGY, public and not sent)

    async def apologise(self, interaction: discord.Interaction, text: str, replace_public_placeholder: bool) -> None:
        """Tell only the caller that something went wrong (best effort, never raises).

        After a public defer the first follow-up replaces the public "thinking…" message and
        would be public too, so when nothing was sent yet that placeholder is deleted first.
        """
        try:
            if replace_public_placeholder:
                await interaction.delete_original_response()
            await interaction.followup.send(text, ephemeral=True, allowed_mentions=discord.AllowedMentions.none())
        except Exception:
            log.exception("/digest apology for interaction %s failed", interaction.id)

    async def cog_app_command_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        """Errors discord.py raises around the command (bad options, checks) get the same apology."""
        log.warning("/digest error for interaction %s: %r", interaction.id, error)
        try:
            if interaction.response.is_done():
                await interaction.followup.send(
                    APOLOGY, ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
                )
            else:
                await interaction.response.send_message(
                    APOLOGY, ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
                )
        except Exception:
            log.exception("/digest error reply for interaction %s failed", interaction.id)
