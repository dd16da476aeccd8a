"""The bolt app: ``/digest`` wired to a :class:`~bot.platforms.slack.app.DigestCommand`, one workspace or many."""
from __future__ import annotations

import logging

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.chat.execute import ManageApi
from bot.core.service import DigestService
from bot.platforms.slack.adapter import make_web_client
from bot.platforms.slack.app import DigestCommand
from bot.platforms.slack.config import SlackSettings
from bot.platforms.slack.installs import Workspaces
from bot.platforms.slack.oauth import build_oauth_app


def make_handler(
    settings: SlackSettings, service: DigestService, client: AsyncWebClient, manager: ManageApi | None
) -> DigestCommand:
    """The ``/digest`` handler configured from ``settings`` (post interval, admin allow-list)."""
    return DigestCommand(service, client, post_interval=settings.post_interval, manager=manager,
                         admin_users=settings.admin_users, workspace_targets=settings.multi_workspace)


def build_app(
    settings: SlackSettings,
    service: DigestService,
    *,
    client: AsyncWebClient | None = None,
    handler: DigestCommand | None = None,
    manager: ManageApi | None = None,
    workspaces: Workspaces | None = None,
) -> AsyncApp:
    """The bolt ``AsyncApp`` with ``/digest`` registered; token and signing secret passed explicitly.

    Without ``manager`` (and without a ``handler``), ``/digest feeds|schedule|status`` answer that
    settings cannot be managed here. Multi-workspace settings need ``workspaces`` (installations
    in the project's database): the app then runs the OAuth flow (:mod:`bot.platforms.slack.oauth`).
    """
    client = client or make_web_client(settings)
    handler = handler or make_handler(settings, service, client, manager)
    if settings.multi_workspace:
        if workspaces is None:
            raise ValueError("multi-workspace Slack settings need the installation stores (workspaces)")
        app = build_oauth_app(settings, client, workspaces)
    else:
        app = AsyncApp(
            name="digestbot",
            client=client,
            signing_secret=settings.signing_secret,
            process_before_response=False,
            logger=logging.getLogger("bot.platforms.slack.bolt"),
        )
    app.command(settings.command)(handler.on_command)
    return app
