"""The Discord bot: loads the /digest and /feeds + /schedule cogs and syncs application commands at start."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import discord
from discord.ext import commands

from bot.platforms.discord.adapter import DiscordAdapter
from bot.platforms.discord.cog import DigestCog
from bot.platforms.discord.manage_cog import ManageCog
from bot.chat.settings import Manager
from bot.render.discord import DiscordRenderer
from bot.core.service import DigestService

log = logging.getLogger(__name__)

# discord.py sleeps through a 429 itself only up to this many seconds (its minimum is 30);
# a longer one is raised and handed to the delivery core, which bounds its own retries.
MAX_RATELIMIT_TIMEOUT = 30.0


class DigestBot(commands.Bot):
    """A slash-command-only bot: default intents (nothing privileged), no message commands."""

    def __init__(
        self,
        service: DigestService,
        *,
        guild_id: int | None = None,
        renderer: DiscordRenderer | None = None,
        cog: DigestCog | None = None,
        manager: Manager | None = None,
        **options: Any,
    ) -> None:
        options.setdefault("intents", discord.Intents.default())
        options.setdefault("allowed_mentions", discord.AllowedMentions.none())
        options.setdefault("max_ratelimit_timeout", MAX_RATELIMIT_TIMEOUT)
        super().__init__(command_prefix=commands.when_mentioned, help_command=None, **options)
        self.service = service
        self.guild_id = guild_id
        self.renderer = renderer or DiscordRenderer()
        self.digest_cog = cog or DigestCog(service, renderer=self.renderer)
        self.manager = manager  # None: /feeds and /schedule answer "not configured"
        self.manage_cog = ManageCog(self.manager)
        self.synced: list[discord.app_commands.AppCommand] = []
        self.logged_in = asyncio.Event()  # set once the REST client is logged in: channel_adapter() can post

    async def setup_hook(self) -> None:
        """Load the cogs, then sync commands: to ``guild_id`` (instant) or globally."""
        for cog in (self.digest_cog, self.manage_cog):
            if self.get_cog(cog.qualified_name) is None:  # a login retried after a failed sync runs this again
                await self.add_cog(cog)
        if self.guild_id:
            guild = discord.Object(id=self.guild_id)
            self.tree.copy_global_to(guild=guild)
            self.synced = await self.tree.sync(guild=guild)
            log.info("synced %d application command(s) to guild %s", len(self.synced), self.guild_id)
        else:
            self.synced = await self.tree.sync()
            log.info("synced %d global application command(s) (may take up to an hour to appear)", len(self.synced))
        self.logged_in.set()

    async def on_ready(self) -> None:
        """Log who we are once the gateway session is ready."""
        log.info("discord: ready as %s in %d guild(s)", self.user, len(self.guilds))

    def use_manager(self, manager: Manager | None) -> None:
        """Serve /feeds and /schedule with ``manager`` (None: they answer "not configured")."""
        self.manager = manager
        self.manage_cog.manager = manager

    def channel_adapter(self) -> DiscordAdapter:
        """A channel transport sharing this bot's logged-in REST client (for the scheduler's outbox)."""
        return DiscordAdapter(self.http, self.renderer)
