"""Slack settings, read from the environment once and passed explicitly everywhere else."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Literal, Mapping

DEFAULT_API_URL = "https://slack.com/api/"
DEFAULT_PORT = 3000
DEFAULT_PATH = "/slack/events"
DEFAULT_SCOPES = "commands,chat:write,chat:write.public"  # what slack/manifest.yml asks for
INSTALL_PATH = "/slack/install"  # multi-workspace mode: where an admin starts installing the app
REDIRECT_PATH = "/slack/oauth_redirect"  # and where Slack sends them back (the manifest's redirect URL)
Mode = Literal["socket", "http"]


class ConfigError(ValueError):
    """The Slack settings are missing or inconsistent (the message names variables, never values)."""


def _redact(value: str) -> str:
    """``'xoxb-…'`` for a set secret (the prefix only tells which kind), ``''`` when unset."""
    if not value:
        return "''"
    prefix = value.split("-", 1)[0] + "-" if "-" in value[:6] else ""
    return f"'{prefix}***'"


@dataclass(frozen=True, repr=False)
class SlackSettings:
    """Everything the Slack side needs. Secrets are never shown by ``repr``/``str``.

    One workspace: ``bot_token`` (``SLACK_BOT_TOKEN``). Many workspaces: ``client_id`` and
    ``client_secret`` (``SLACK_CLIENT_ID``/``SLACK_CLIENT_SECRET``) instead; each workspace installs
    the app through ``/slack/install`` and its bot token is kept in the database (HTTP mode).
    """

    bot_token: str = ""
    app_token: str = ""
    signing_secret: str = ""
    port: int = DEFAULT_PORT
    host: str = "0.0.0.0"
    api_url: str = DEFAULT_API_URL
    mode: str = "auto"  # auto | socket | http
    command: str = "/digest"
    path: str = DEFAULT_PATH
    post_interval: float = 1.0  # seconds between the messages of one channel post (Slack: ~1/s per channel)
    admin_users: str = ""  # SLACK_ADMIN_USERS: comma-separated user ids who may change feeds/schedules; "" = everyone
    client_id: str = ""  # SLACK_CLIENT_ID: set for multi-workspace mode (the OAuth install flow)
    client_secret: str = ""  # SLACK_CLIENT_SECRET
    scopes: str = DEFAULT_SCOPES  # SLACK_SCOPES: bot scopes asked for at install, comma-separated
    redirect_uri: str = ""  # SLACK_REDIRECT_URI: the public https://.../slack/oauth_redirect ("" = the app's setting)

    def __repr__(self) -> str:
        return (
            f"SlackSettings(bot_token={_redact(self.bot_token)}, app_token={_redact(self.app_token)}, "
            f"signing_secret={_redact(self.signing_secret)}, port={self.port}, host={self.host!r}, "
            f"api_url={self.api_url!r}, mode={self.mode!r}, command={self.command!r}, path={self.path!r}, "
            f"admin_users={self.admin_users!r}, client_id={self.client_id!r}, "
            f"client_secret={_redact(self.client_secret)}, scopes={self.scopes!r}, redirect_uri={self.redirect_uri!r})"
        )

    __str__ = __repr__

    @property
    def base_url(self) -> str:
        """The Web API base URL with the trailing slash slack_sdk expects."""
        return self.api_url if self.api_url.endswith("/") else self.api_url + "/"

    @property
    def multi_workspace(self) -> bool:
        """Whether workspaces install the app themselves (OAuth) instead of one fixed bot token."""
        return bool(self.client_id)

    def resolved_mode(self) -> Mode:
        """``socket`` or ``http``: explicit ``mode``, else socket when an app token is set, else http."""
        mode = self.mode.strip().lower() or "auto"
        if mode == "auto":
            mode = "socket" if self.app_token else "http"
        if mode not in ("socket", "http"):
            raise ConfigError("SLACK_MODE must be auto, socket or http")
        return mode  # type: ignore[return-value]

    def validate(self) -> "SlackSettings":
        """Raise :class:`ConfigError` unless the settings can run in their mode; return self."""
        mode = self.resolved_mode()
        if self.multi_workspace:
            self._validate_oauth(mode)
        elif not self.bot_token:
            raise ConfigError("SLACK_BOT_TOKEN is not set (the bot token, xoxb-...; or SLACK_CLIENT_ID and "
                              "SLACK_CLIENT_SECRET to install into many workspaces)")
        elif not self.bot_token.startswith("xoxb-"):
            raise ConfigError("SLACK_BOT_TOKEN must be a bot token starting with xoxb-")
        if mode == "socket":
            if not self.app_token:
                raise ConfigError("Socket Mode needs SLACK_APP_TOKEN (an app-level token, xapp-..., scope connections:write)")
            if not self.app_token.startswith("xapp-"):
                raise ConfigError("SLACK_APP_TOKEN must be an app-level token starting with xapp-")
        if mode == "http" and not self.signing_secret:
            raise ConfigError("HTTP mode needs SLACK_SIGNING_SECRET (Basic Information > App Credentials)")
        if not 0 <= self.port <= 65535:
            raise ConfigError("SLACK_PORT must be a TCP port number")
        if not self.api_url.startswith(("https://", "http://")):
            raise ConfigError("SLACK_API_URL must be an http(s) URL")
        if not self.command.startswith("/"):
            raise ConfigError("SLACK_COMMAND must start with /")
        if any(not re.fullmatch(r"[UW][A-Z0-9]+", u.strip()) for u in self.admin_users.split(",") if u.strip()):
            raise ConfigError("SLACK_ADMIN_USERS must be comma-separated Slack user ids (U… or W…)")
        return self

    def _validate_oauth(self, mode: Mode) -> None:
        """Multi-workspace mode: client credentials, HTTP mode, and no fixed bot token."""
        if self.bot_token:
            raise ConfigError("set either SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID (installs), not both")
        if not self.client_secret:
            raise ConfigError("SLACK_CLIENT_ID needs SLACK_CLIENT_SECRET (Basic Information > App Credentials)")
        if mode != "http":
            raise ConfigError("installing into many workspaces (SLACK_CLIENT_ID) needs SLACK_MODE=http: "
                              "Slack sends installers back to /slack/oauth_redirect on a public URL")
        if not re.fullmatch(r"[a-z:.,_-]+", self.scopes):
            raise ConfigError("SLACK_SCOPES must be comma-separated scope names such as commands,chat:write")
        if self.redirect_uri and not self.redirect_uri.startswith(("https://", "http://")):
            raise ConfigError("SLACK_REDIRECT_URI must be an http(s) URL ending in /slack/oauth_redirect")

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> "SlackSettings":
        """Read ``SLACK_*`` variables (from ``env`` or ``os.environ``) and validate them."""
        env = os.environ if env is None else env

        def get(name: str, default: str = "") -> str:
            return (env.get(name) or default).strip()

        try:
            port = int(get("SLACK_PORT", str(DEFAULT_PORT)))
            interval = float(get("SLACK_POST_INTERVAL", "1.0"))
        except ValueError as exc:
            raise ConfigError("SLACK_PORT must be an integer and SLACK_POST_INTERVAL a number") from exc
        return cls(
            bot_token=get("SLACK_BOT_TOKEN"),
            app_token=get("SLACK_APP_TOKEN"),
            signing_secret=get("SLACK_SIGNING_SECRET"),
            port=port,
            host=get("SLACK_HOST", "0.0.0.0"),
            api_url=get("SLACK_API_URL", DEFAULT_API_URL),
            mode=get("SLACK_MODE", "auto"),
            command=get("SLACK_COMMAND", "/digest"),
            path=get("SLACK_PATH", DEFAULT_PATH),
            post_interval=interval,
            admin_users=",".join(u.strip() for u in get("SLACK_ADMIN_USERS").split(",") if u.strip()),
            client_id=get("SLACK_CLIENT_ID"),
            client_secret=get("SLACK_CLIENT_SECRET"),
            scopes=get("SLACK_SCOPES", DEFAULT_SCOPES).replace(" ", ""),
            redirect_uri=get("SLACK_REDIRECT_URI"),
        ).validate()
