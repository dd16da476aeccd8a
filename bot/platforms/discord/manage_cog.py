"""The ``/feeds`` and ``/schedule`` application commands: a channel's feeds and digest schedule.

Discord cannot give one command both options and subcommands, so ``/digest`` keeps its
options and management lives in two top-level groups. Both are guild-only and carry
``default_permissions(manage_channels=True)`` so Discord hides them from other members;
that is only UI (server admins may change it under *Integrations*), so every change is
also checked here with :func:`bot.chat.permissions.discord_can_manage` on the member's resolved
permissions. Listing and status change nothing and stay open to whoever can run them.

Each command defers ephemerally at once, runs the :class:`~bot.chat.settings.Manager` (database
work) in a worker thread and answers with the Manager's one-line text, escaped and
within Discord's limits. The channel key is the one digests use
(``discord:<guild>:<channel>``); the channel row's target is the channel id, which is where
scheduled digests are posted.
"""

from __future__ import annotations

import asyncio
import logging
from functools import cache
from typing import Callable, Optional
from zoneinfo import available_timezones

import discord
from discord import app_commands
from discord.ext import commands

from bot.platforms.discord.cog import channel_audience
from bot.chat.permissions import discord_can_manage
from bot.chat.settings import Manager
from bot.render.discord import notice_payload

log = logging.getLogger(__name__)

NOT_CONFIGURED = "Feed and schedule management is not configured on this bot."
GUILD_ONLY = "Feeds and schedules can only be managed in a server channel."
FAILED = "Sorry, that did not work just now. Please try again in a minute."
MANAGERS_ONLY = discord.Permissions(manage_channels=True)
MAX_CHOICES = 25  # Discord shows at most 25 autocomplete choices


@cache
def timezone_names() -> tuple[str, ...]:
    """Every IANA time zone name this Python knows, sorted."""
    return tuple(sorted(available_timezones()))


def timezone_choices(current: str, limit: int = MAX_CHOICES) -> list[str]:
    """Zone names containing ``current`` (case-insensitive), prefix matches first, at most ``limit``."""
    needle = (current or "").strip().lower().replace(" ", "_")
    names = timezone_names()
    if not needle:
        return list(names[:limit])
    prefix = [n for n in names if n.lower().startswith(needle)]
    inner = [n for n in names if needle in n.lower() and not n.lower().startswith(needle)]
    return (prefix + inner)[:limit]


def can_manage(interaction: discord.Interaction) -> bool:
    """True if the invoking member has Manage Channels or Administrator here (never trusts the UI)."""
    return interaction.guild_id is not None and discord_can_manage(interaction.permissions.value)


class ManageCog(commands.Cog):
    """``/feeds add|list|remove`` and ``/schedule set|off|status`` for the invoking channel."""

    feeds = app_commands.Group(
        name="feeds",
        description="The news feeds this channel's digests are made from",
        guild_only=True,
        default_permissions=MANAGERS_ONLY,
    )
    schedule = app_commands.Group(
        name="schedule",
        description="When digests are posted to this channel",
        guild_only=True,
        default_permissions=MANAGERS_ONLY,
    )

    def __init__(self, manager: Manager | None) -> None:
        self.manager = manager

    # -- /feeds ---------------------------------------------------------------------------
    @feeds.command(name="add", description="Follow a news feed (RSS or Atom) in this channel")
    @app_commands.describe(
        url="The feed's address, e.g. https://example.com/rss",
        every="Check it every… e.g. 30m, 2h (default 15m)",
    )
    async def feeds_add(
        self,
        interaction: discord.Interaction,
        url: app_commands.Range[str, 1, 500],
        every: Optional[app_commands.Range[str, 1, 16]] = None,
    ) -> None:
        """Subscribe the channel to ``url``."""
        allowed = can_manage(interaction)
        await self._run(interaction, lambda m, ch, target: m.add_feed(ch, url, allowed, interval=every, target=target))

    @feeds.command(name="list", description="The feeds this channel follows, numbered")
    async def feeds_list(self, interaction: discord.Interaction) -> None:
        """List the channel's feeds (read-only)."""
        await self._run(interaction, lambda m, ch, target: m.list_feeds(ch))

    @feeds.command(name="remove", description="Stop following a feed (its number from /feeds list)")
    @app_commands.describe(n="The feed's number in /feeds list")
    async def feeds_remove(self, interaction: discord.Interaction, n: app_commands.Range[int, 1, 1000]) -> None:
        """Unsubscribe feed number ``n``."""
        allowed = can_manage(interaction)
        await self._run(interaction, lambda m, ch, target: m.remove_feed(ch, n, allowed))

    # -- /schedule --------------------------------------------------------------------------
    @schedule.command(name="set", description="Post a digest here on a schedule")
    @app_commands.describe(
        when='e.g. "weekdays 09:00", "daily 18:30", "mon,wed,fri 08:00", "cron 30 8 * * 1-5"',
        tz="Time zone, e.g. Europe/Berlin (default UTC)",
    )
    async def schedule_set(
        self,
        interaction: discord.Interaction,
        when: app_commands.Range[str, 1, 100],
        tz: Optional[app_commands.Range[str, 1, 64]] = None,
    ) -> None:
        """Set the channel's digest schedule."""
        allowed = can_manage(interaction)
        await self._run(interaction, lambda m, ch, target: m.set_schedule(ch, when, tz, allowed, target=target))

    @schedule_set.autocomplete("tz")
    async def tz_autocomplete(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        """IANA zone names matching what was typed so far."""
        return [app_commands.Choice(name=n, value=n) for n in timezone_choices(current)]

    @schedule.command(name="off", description="Stop posting scheduled digests here")
    async def schedule_off(self, interaction: discord.Interaction) -> None:
        """Turn the channel's schedule off."""
        allowed = can_manage(interaction)
        await self._run(interaction, lambda m, ch, target: m.clear_schedule(ch, allowed))

    @schedule.command(name="status", description="This channel's feeds, schedule and last digest")
    async def schedule_status(self, interaction: discord.Interaction) -> None:
        """Show the channel's status (read-only)."""
        await self._run(interaction, lambda m, ch, target: m.status(ch))

    # -- plumbing -----------------------------------------------------------------------------
    async def _run(self, interaction: discord.Interaction, action: Callable[[Manager, str, str], str]) -> None:
        """Defer, run ``action(manager, channel key, target)`` in a worker thread, reply ephemerally."""
        if self.manager is None or interaction.guild_id is None or interaction.channel_id is None:
            await self._reply(interaction, NOT_CONFIGURED if self.manager is None else GUILD_ONLY)
            return
        try:
            await interaction.response.defer(ephemeral=True, thinking=True)
        except discord.HTTPException as exc:
            log.warning("interaction %s could not be deferred: %s", interaction.id, exc)
            return
        channel = channel_audience(interaction.guild_id, interaction.channel_id).key
        manager = self.manager
        try:
            text = await asyncio.to_thread(action, manager, channel, str(interaction.channel_id))
        except Exception:
            log.exception("management command failed (interaction %s, channel %s)", interaction.id, channel)
            text = FAILED
        await self._reply(interaction, text)

    async def _reply(self, interaction: discord.Interaction, text: str) -> None:
        """Answer only the caller (a follow-up once deferred); best effort, never raises."""
        content = notice_payload(text)["content"]
        none = discord.AllowedMentions.none()
        try:
            if interaction.response.is_done():
                await interaction.followup.send(content, ephemeral=True, allowed_mentions=none)
            else:
                await interaction.response.send_message(content, ephemeral=True, allowed_mentions=none)
        except Exception:
            log.exception("reply to interaction %s failed", interaction.id)

    async def cog_app_command_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        """Errors discord.py raises around a command (bad options, checks) get a short apology."""
        log.warning("management command error for interaction %s: %r", interaction.id, error)
        await self._reply(interaction, FAILED)
