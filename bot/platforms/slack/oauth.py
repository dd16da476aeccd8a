"""Multi-workspace mode: the bolt app with the OAuth install flow and the uninstall events.

- ``GET /slack/install`` → bolt issues a one-time ``state`` (database) and sends the admin to
  Slack's consent page; ``GET /slack/oauth_redirect?code=…&state=…`` → bolt checks the state,
  exchanges the code with ``oauth.v2.access`` and keeps the installation (database).
- Every signed request is authorized by bolt from the installation store: the listener's
  ``client`` carries that workspace's bot token (bolt's ``authorize``), so ``/digest`` in
  workspace A posts with A's token and nobody else's.
- ``app_uninstalled``, and ``tokens_revoked`` naming the bot, delete the workspace's tokens and
  then its own data (:meth:`~bot.platforms.slack.installs.Workspaces.uninstalled`). Slack has
  revoked the tokens already, so bolt skips ``auth.test`` for these two events.
"""
from __future__ import annotations

import logging
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.async_context import AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot.core.redact import install_log_redaction, remember_secret
from bot.platforms.slack.config import SlackSettings
from bot.platforms.slack.installs import Workspaces

log = logging.getLogger(__name__)
NOT_INSTALLED = "digestbot is not installed in this workspace (any more). An admin can install it again."


class UninstallListeners:
    """bolt listeners for ``app_uninstalled`` and ``tokens_revoked``."""

    def __init__(self, workspaces: Workspaces) -> None:
        self.workspaces = workspaces

    async def app_uninstalled(self, context: AsyncBoltContext) -> None:
        """The app was removed from a workspace: forget its tokens and data."""
        if context.team_id:
            await self.workspaces.uninstalled(context.enterprise_id, context.team_id)

    async def tokens_revoked(self, event: dict[str, Any], context: AsyncBoltContext) -> None:
        """Tokens were revoked: the bot's means the workspace is gone (as uninstalled); users' are forgotten."""
        tokens: dict[str, Any] = event["tokens"] if isinstance(event.get("tokens"), dict) else {}
        if not context.team_id:
            return
        if tokens.get("bot"):
            await self.workspaces.uninstalled(context.enterprise_id, context.team_id)
            return
        for user_id in tokens.get("oauth") or []:
            await self.workspaces.installations.async_delete_installation(
                enterprise_id=context.enterprise_id, team_id=context.team_id, user_id=str(user_id))


def build_oauth_app(settings: SlackSettings, client: AsyncWebClient, workspaces: Workspaces) -> AsyncApp:
    """The bolt app of multi-workspace mode (no fixed token): OAuth flow, per-workspace authorize, uninstalls."""
    install_log_redaction()  # slack_sdk logs oauth.v2.access answers (bot tokens) at DEBUG
    for secret in (settings.client_secret, settings.signing_secret):
        remember_secret(secret)  # never in a log line, whoever logs it
    app = AsyncApp(
        name="digestbot",
        client=client,
        signing_secret=settings.signing_secret,
        oauth_settings=workspaces.oauth_settings(settings),
        user_facing_authorize_error_message=NOT_INSTALLED,
        process_before_response=False,
        logger=logging.getLogger("bot.platforms.slack.bolt"),
    )
    listeners = UninstallListeners(workspaces)
    app.event("app_uninstalled")(listeners.app_uninstalled)
    app.event("tokens_revoked")(listeners.tokens_revoked)
    return app
