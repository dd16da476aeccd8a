"""``build_app(settings)``: the store, the digest service, management and the platform adapters, wired once."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Callable

from bot.app.settings import Settings
from bot.core.chat import ChannelAdapter
from bot.core.redact import install_log_redaction
from bot.db.store import Store

if TYPE_CHECKING:
    from bot.digests import Digests
    from bot.feeds.fetch import Fetcher
    from bot.chat.settings import Manager
    from bot.app.runtime import Runtime
    from bot.platforms.slack.installs import Workspaces

log = logging.getLogger(__name__)


class App:
    """One process's objects. The digest service (and with it the engine) is built on first use.

    ``adapters`` are the outbox's platform transports: ``webhook`` always, ``slack`` when
    configured, ``discord`` once its REST client has logged in (:meth:`connect`) or
    ``digestbot run`` has handed over its bot's logged-in client (:meth:`use_adapter`).
    """

    def __init__(self, settings: Settings, store: Store, *, digests: "Digests | None" = None) -> None:
        self.settings = settings
        self.store = store
        self._digests = digests
        self.adapters: dict[str, ChannelAdapter] = {}
        self.slack_workspaces: "Workspaces | None" = None  # Slack multi-workspace mode: the installation stores
        self._needs_login: list[str] = []  # platforms whose REST client logs in on connect()

    @property
    def digests(self) -> "Digests":
        """The digest service over this store (the engine loads on first use)."""
        if self._digests is None:
            from bot.digests import Digests

            self._digests = Digests(self.store, self.settings.engine_config())
        return self._digests

    def forgetter(self, platform: str) -> Callable[[str], dict[str, int]]:
        """``forget(workspace_id)`` for ``platform``'s front-end: deletes the workspace's rows and drops its
        cached memories (an uninstalled Slack team, a guild that removed the bot)."""
        from bot.db.workspaces import workspace_tenant

        return lambda workspace: self.digests.forget_tenant(workspace_tenant(platform, workspace))

    def manager(self, on_change: Callable[[str], None] | None = None, *, check_feeds: bool = True) -> "Manager":
        """The management API (feeds, schedules, status) over this store; a new feed is fetched and
        checked before it is followed unless ``check_feeds`` is False."""
        from bot.chat.settings import Manager
        from bot.feeds.probe import probe_sync

        allow = self.settings.allow_private
        return Manager(self.store, allow_private=allow, on_change=on_change,
                       probe=(lambda url: probe_sync(url, allow_private=allow)) if check_feeds else None)

    def fetcher(self, timeout: float = 20.0) -> "Fetcher":
        """A feed fetcher honouring ``allow_private``."""
        from bot.feeds.fetch import Fetcher

        return Fetcher(timeout=timeout, allow_private=self.settings.allow_private)

    def runtime(self, *, tick_every: float = 60.0) -> "Runtime":
        """The scheduler runtime (feed polls, scheduled digests, the outbox) over this app's adapters."""
        from bot.app.runtime import Runtime

        return Runtime(self.store, self.adapters, digests=self.digests, fetcher=self.fetcher(),
                       tick_every=tick_every, feed_concurrency=self.settings.feed_concurrency)

    def use_adapter(self, platform: str, adapter: ChannelAdapter) -> None:
        """Replace the ``platform`` transport (e.g. with a running bot's logged-in client)."""
        self.adapters[platform] = adapter
        if platform in self._needs_login:
            self._needs_login.remove(platform)

    async def connect(self) -> None:
        """Log in the REST-only platform clients (Discord: ``GET /users/@me``; no gateway session).

        Call it inside the event loop, before :meth:`runtime`.
        """
        while self._needs_login:
            if self._needs_login.pop(0) == "discord":
                await _login_discord(self)

    async def aclose(self) -> None:
        """Close every HTTP client the adapters own."""
        for adapter in self.adapters.values():
            try:
                await adapter.aclose()
            except Exception:  # closing must not hide the command's own outcome
                log.exception("closing the %s adapter failed", adapter.platform)


def build_app(settings: Settings, *, store: Store | None = None, digests: "Digests | None" = None) -> App:
    """The process's objects for ``settings`` (``store``/``digests`` may be given: tests, embedding)."""
    install_log_redaction()  # no log line of this process shows a feed credential or webhook secret
    app = App(settings, store or Store(settings.database_url), digests=digests)
    from bot.platforms.webhook import WebhookAdapter

    app.adapters["webhook"] = WebhookAdapter()
    if settings.slack is not None:
        from bot.platforms.slack.adapter import SlackAdapter, make_web_client

        tokens = None
        if settings.slack.multi_workspace:  # installations in this store; an uninstall forgets the workspace
            from bot.platforms.slack.installs import Workspaces

            app.slack_workspaces = Workspaces.on(settings.slack, app.store.engine, app.forgetter("slack"))
            tokens = app.slack_workspaces.bot_token
        app.adapters["slack"] = SlackAdapter(make_web_client(settings.slack), tokens=tokens)
    if settings.discord is not None:
        app._needs_login.append("discord")
    return app


async def _login_discord(app: App) -> None:
    """Add a REST-only Discord adapter whose client is logged in (no gateway session)."""
    import asyncio

    from discord.http import HTTPClient

    from bot.platforms.discord.adapter import DiscordAdapter
    from bot.platforms.discord.runner import apply_endpoints

    settings = app.settings.discord
    assert settings is not None
    apply_endpoints(settings)
    client = HTTPClient(asyncio.get_running_loop())
    try:
        await client.static_login(settings.token)
    except BaseException:
        await client.close()
        raise
    app.adapters["discord"] = DiscordAdapter(client, owns_http=True)
