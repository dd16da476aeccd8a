"""Multi-workspace mode: installations and OAuth states kept in the project's database.

slack-sdk's SQLAlchemy stores do the reading and writing on their own tables
(``slack_installations``, ``slack_bots``, ``slack_oauth_states``), which are declared in
:mod:`bot.db.schema` from the sdk's own table builders and created by a migration; the sdk's
``create_tables`` is never called. They are synchronous (the project's engine is), so the async
faces bolt needs run each call in a worker thread.

:class:`Workspaces` bundles them with what an uninstall must also forget (the workspace's
channels, feeds, schedules and memory): a callable given by the composition root.
"""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Callable, Optional

from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_sdk.oauth.installation_store.async_installation_store import AsyncInstallationStore
from slack_sdk.oauth.installation_store.models.bot import Bot
from slack_sdk.oauth.installation_store.models.installation import Installation
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.async_state_store import AsyncOAuthStateStore
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore
from sqlalchemy import Engine, select

from bot.platforms.slack.config import INSTALL_PATH, REDIRECT_PATH, SlackSettings

log = logging.getLogger(__name__)
STATE_SECONDS = 600  # an install link is good for ten minutes (bolt's default)


class Installations(AsyncInstallationStore):
    """slack-sdk's SQLAlchemy installation store on the project's engine, awaited through threads."""

    def __init__(self, client_id: str, engine: Engine) -> None:
        self.sync = SQLAlchemyInstallationStore(client_id, engine, logger=log)

    @property
    def logger(self) -> logging.Logger:
        """The store's logger."""
        return log

    async def async_save(self, installation: Installation) -> None:
        """Keep a new installation (and its bot) of a workspace."""
        await asyncio.to_thread(self.sync.save, installation)

    async def async_save_bot(self, bot: Bot) -> None:
        """Keep a workspace's bot installation."""
        await asyncio.to_thread(self.sync.save_bot, bot)

    async def async_find_bot(self, *, enterprise_id: Optional[str], team_id: Optional[str],
                             is_enterprise_install: Optional[bool] = False) -> Optional[Bot]:
        """The newest bot installation of a workspace, or None."""
        return await asyncio.to_thread(self.sync.find_bot, enterprise_id=enterprise_id, team_id=team_id,
                                       is_enterprise_install=is_enterprise_install)

    async def async_find_installation(self, *, enterprise_id: Optional[str], team_id: Optional[str],
                                      user_id: Optional[str] = None,
                                      is_enterprise_install: Optional[bool] = False) -> Optional[Installation]:
        """The newest installation of a workspace (by ``user_id`` when given), or None."""
        return await asyncio.to_thread(self.sync.find_installation, enterprise_id=enterprise_id, team_id=team_id,
                                       user_id=user_id, is_enterprise_install=is_enterprise_install)

    async def async_delete_bot(self, *, enterprise_id: Optional[str], team_id: Optional[str]) -> None:
        """Forget a workspace's bot tokens."""
        await asyncio.to_thread(self.sync.delete_bot, enterprise_id=enterprise_id, team_id=team_id)

    async def async_delete_installation(self, *, enterprise_id: Optional[str], team_id: Optional[str],
                                        user_id: Optional[str] = None) -> None:
        """Forget a workspace's installations (one user's only, when ``user_id`` is given)."""
        await asyncio.to_thread(self.sync.delete_installation, enterprise_id=enterprise_id, team_id=team_id,
                                user_id=user_id)


class OAuthStates(AsyncOAuthStateStore):
    """slack-sdk's SQLAlchemy OAuth state store (one-time ``state`` values with an expiry), through threads."""

    def __init__(self, engine: Engine, expiration_seconds: int = STATE_SECONDS) -> None:
        self.sync = SQLAlchemyOAuthStateStore(expiration_seconds, engine, logger=log)

    @property
    def logger(self) -> logging.Logger:
        """The store's logger."""
        return log

    async def async_issue(self, *args: object, **kwargs: object) -> str:
        """A new random state value, kept until used or expired."""
        return await asyncio.to_thread(self.sync.issue)

    async def async_consume(self, state: str) -> bool:
        """Whether ``state`` was issued and is unexpired (it is used up either way)."""
        return await asyncio.to_thread(self.sync.consume, state)


@dataclass
class Workspaces:
    """Everything multi-workspace mode keeps: installations, OAuth states, and what an uninstall forgets.

    ``forget(team_id)`` deletes the workspace's own data (channels, feeds, schedules, memory); it
    runs in a worker thread.
    """

    installations: Installations
    states: OAuthStates
    forget: Callable[[str], object]

    @classmethod
    def on(cls, settings: SlackSettings, engine: Engine, forget: Callable[[str], object]) -> "Workspaces":
        """The stores of ``settings.client_id``'s installations on ``engine`` (the project's database)."""
        return cls(Installations(settings.client_id, engine), OAuthStates(engine), forget)

    async def bot_token(self, team_id: str) -> str | None:
        """The newest installed bot token of workspace ``team_id`` (in or outside an Enterprise Grid org), or None."""
        return await asyncio.to_thread(self._bot_token, team_id)

    def _bot_token(self, team_id: str) -> str | None:
        store = self.installations.sync
        bots = store.bots.c
        query = (select(bots.bot_token).where(bots.client_id == store.client_id, bots.team_id == team_id)
                 .order_by(bots.installed_at.desc(), bots.id.desc()).limit(1))
        with store.engine.connect() as conn:
            return conn.execute(query).scalar()

    async def uninstalled(self, enterprise_id: str | None, team_id: str) -> None:
        """The app left workspace ``team_id``: forget its tokens, then its data."""
        await self.installations.async_delete_all(enterprise_id=enterprise_id, team_id=team_id)
        await asyncio.to_thread(self.forget, team_id)
        log.info("Slack: workspace %s uninstalled the app; its tokens and settings are deleted", team_id)

    def oauth_settings(self, settings: SlackSettings) -> AsyncOAuthSettings:
        """bolt's OAuth flow on these stores: ``/slack/install`` and ``/slack/oauth_redirect``."""
        return AsyncOAuthSettings(
            client_id=settings.client_id,
            client_secret=settings.client_secret,
            scopes=settings.scopes.split(","),
            user_scopes=[],
            redirect_uri=settings.redirect_uri or None,
            install_path=INSTALL_PATH,
            redirect_uri_path=REDIRECT_PATH,
            installation_store=self.installations,
            installation_store_bot_only=True,
            state_store=self.states,
            state_expiration_seconds=STATE_SECONDS,
            logger=logging.getLogger("bot.platforms.slack.oauth"),
        )
