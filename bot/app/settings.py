"""Process settings, read from the environment once (command-line options override them)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Mapping, Sequence

from bot.platforms.discord.config import DiscordSettings
from bot.platforms.slack.config import SlackSettings

if TYPE_CHECKING:  # the engine loads lazily: management commands start fast
    from summarizer.engine import EngineConfig

DEFAULT_DB = "sqlite:///digestbot.db"
PLATFORMS = ("slack", "discord")


def configured_platforms(env: Mapping[str, str]) -> list[str]:
    """The chat platforms whose credentials are present in ``env``."""
    out = []
    if (env.get("SLACK_BOT_TOKEN") or env.get("SLACK_CLIENT_ID") or "").strip():  # one workspace, or installs
        out.append("slack")
    if (env.get("DISCORD_TOKEN") or "").strip():
        out.append("discord")
    return out


def _positive(value: str | None, name: str, default: int) -> int:
    """A positive whole number from the environment (``default`` when unset)."""
    if not value:
        return default
    if not value.strip().isdigit() or int(value) < 1:
        raise ValueError(f"{name} must be a whole number of at least 1, not {value!r}")
    return int(value)


@dataclass(frozen=True)
class Settings:
    """Everything a digestbot process is configured with. Secrets live only in the platform settings."""

    database_url: str = DEFAULT_DB
    algorithm: str = "lexrank"
    max_per_story: int | None = None
    brief: bool = False  # the show gate: only the lines likeliest news (DIGESTBOT_BRIEF=1, summarizer.budget.gate)
    allow_private: bool = False  # feeds on localhost/private networks allowed
    feed_concurrency: int = 4  # feeds fetched at once (DIGESTBOT_FEED_CONCURRENCY)
    slack: SlackSettings | None = None  # None: no Slack in this process
    discord: DiscordSettings | None = None  # None: no Discord in this process

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, *, database_url: str | None = None,
                 algorithm: str | None = None, max_per_story: int | None = None, allow_private: bool = False,
                 brief: bool = False, platforms: Sequence[str] | None = None) -> "Settings":
        """Read ``DIGESTBOT_*`` and the platforms' variables; the keyword arguments (options) win.

        ``platforms``: the chat platforms to set up (default: those whose token is set; ``()`` for
        none, e.g. management commands, which post nothing). A platform's settings are validated here,
        so a configuration error stops a process before anything starts.
        """
        env = os.environ if env is None else env
        chosen = configured_platforms(env) if platforms is None else list(platforms)
        return cls(
            database_url=database_url or env.get("DIGESTBOT_DATABASE_URL") or DEFAULT_DB,
            algorithm=algorithm or env.get("DIGESTBOT_ALGORITHM") or "lexrank",
            max_per_story=max_per_story,
            brief=brief or env.get("DIGESTBOT_BRIEF") == "1",
            allow_private=allow_private or env.get("DIGESTBOT_ALLOW_PRIVATE_FEEDS") == "1",
            feed_concurrency=_positive(env.get("DIGESTBOT_FEED_CONCURRENCY"), "DIGESTBOT_FEED_CONCURRENCY", 4),
            slack=SlackSettings.from_env(env) if "slack" in chosen else None,
            discord=DiscordSettings.from_env(env) if "discord" in chosen else None,
        )

    @property
    def platforms(self) -> list[str]:
        """The chat platforms configured in this process."""
        return [p for p, s in (("slack", self.slack), ("discord", self.discord)) if s is not None]

    def engine_config(self) -> "EngineConfig":
        """The engine's settings."""
        from summarizer.engine import EngineConfig

        cfg = EngineConfig(algorithm=self.algorithm)
        if self.max_per_story:
            cfg.max_items_per_story = self.max_per_story
        if self.brief:
            from summarizer.weights import SHOW_RATIO

            cfg.show_ratio = SHOW_RATIO
        return cfg
