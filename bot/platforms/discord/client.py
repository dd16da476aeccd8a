"""The Discord bot: loads the /digest and /feeds + /schedule cogs and syncs application commands at start.

It is an :class:`~discord.ext.commands.AutoShardedBot`: one gateway connection per shard, as many
shards as Discord recommends (``GET /gateway/bot``) unless ``shard_count`` is given, all of them in
this process unless ``shard_ids`` names some (the others run elsewhere, with the same count).
Interactions arrive on the shard owning their guild and are answered over the one shared REST
client; a guild's data is keyed by its id (``discord:<guild>:<channel>``) whichever shard serves it.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Callable

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


class DigestBot(commands.AutoShardedBot):
    """A slash-command-only bot: default intents (nothing privileged), no message commands."""

    def __init__(
        self,
        service: DigestService,
        *,
        guild_id: int | None = None,
        renderer: DiscordRenderer | None = None,
        cog: DigestCog | None = None,
        manager: Manager | None = None,
        own_gateway: bool = False,
        forget: Callable[[str], object] | None = None,
        **options: Any,
    ) -> None:
        """``own_gateway``: connect the shards to ``DiscordWebSocket.DEFAULT_GATEWAY`` (a configured proxy
        or fake) even when the shard count comes from Discord, whose answer also names its gateway.
        ``forget(guild_id)`` deletes a guild's data when the bot is removed from it (runs in a worker thread)."""
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
        self.own_gateway = own_gateway
        self.forget = forget

    async def launch_shards(self) -> None:
        """Ask Discord how many shards (unless configured), then connect them."""
        if self.own_gateway and self.shard_count is None and not self.is_closed():
            self.shard_count, _, _ = await self.http.get_bot_gateway()  # a known count: DEFAULT_GATEWAY is used
        await super().launch_shards()

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
        """Log who we are once every shard's gateway session is ready."""
        log.info("discord: ready as %s in %d guild(s) over %d shard(s)", self.user, len(self.guilds),
                 len(self.shards))

    async def on_guild_remove(self, guild: discord.Guild) -> None:
        """The bot was removed from ``guild`` (not an outage: discord.py reports those apart): forget its data."""
        if self.forget is None:
            return
        try:
            await asyncio.to_thread(self.forget, str(guild.id))
        except Exception:  # the next removal or an operator can retry; the gateway session must go on
            log.exception("discord: forgetting guild %s failed", guild.id)
            return
        log.info("discord: removed from guild %s; its channels' feeds, schedules and memory are deleted", guild.id)

    async def on_shard_ready(self, shard_id: int) -> None:
        """Log each shard's session as it becomes ready."""
        log.info("discord: shard %d of %s ready", shard_id, self.shard_count)

    def use_manager(self, manager: Manager | None) -> None:
        """Serve /feeds and /schedule with ``manager`` (None: they answer "not configured")."""
        self.manager = manager
        self.manage_cog.manager = manager

    def channel_adapter(self) -> DiscordAdapter:
        """A channel transport sharing this bot's logged-in REST client (for the scheduler's outbox)."""
        return DiscordAdapter(self.http, self.renderer)
