"""Discord settings from the environment. The token is never shown by repr/str or logged."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Mapping
from urllib.parse import urlsplit


class ConfigError(ValueError):
    """A Discord setting is missing or malformed (the message never contains the token)."""


@dataclass(frozen=True)
class DiscordSettings:
    """DISCORD_TOKEN (required), DISCORD_GUILD_ID (sync there, instantly), DISCORD_API_URL, DISCORD_GATEWAY_URL,
    DISCORD_SHARD_COUNT and DISCORD_SHARD_IDS (gateway shards; unset: as many as Discord recommends, all here)."""

    token: str = field(repr=False)
    guild_id: int | None = None
    api_url: str | None = None  # full REST base, e.g. http://127.0.0.1:8080/api/v10 (tests, proxies)
    gateway_url: str | None = None  # websocket gateway, e.g. ws://127.0.0.1:8080/ (tests, proxies)
    shard_count: int | None = None  # None: Discord's recommendation (GET /gateway/bot)
    shard_ids: tuple[int, ...] | None = None  # the shards this process runs (None: all); needs shard_count

    def __repr__(self) -> str:
        return (
            f"DiscordSettings(token='***', guild_id={self.guild_id!r}, "
            f"api_url={self.api_url!r}, gateway_url={self.gateway_url!r}, shard_count={self.shard_count!r}, "
            f"shard_ids={self.shard_ids!r})"
        )

    __str__ = __repr__

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> "DiscordSettings":
        """Read and validate the DISCORD_* variables (``env`` defaults to ``os.environ``)."""
        env = os.environ if env is None else env
        token = (env.get("DISCORD_TOKEN") or "").strip()
        if not token:
            raise ConfigError("DISCORD_TOKEN is not set (the bot token from the Discord developer portal)")
        if token.lower().startswith("bot "):
            token = token[4:].strip()
        guild_raw = (env.get("DISCORD_GUILD_ID") or "").strip()
        guild_id: int | None = None
        if guild_raw:
            if not guild_raw.isdigit():
                raise ConfigError("DISCORD_GUILD_ID must be a numeric server id")
            guild_id = int(guild_raw)
        api_url = _url(env, "DISCORD_API_URL", ("http", "https"), "https://discord.com/api/v10")
        gateway_url = _url(env, "DISCORD_GATEWAY_URL", ("ws", "wss"), "wss://gateway.discord.gg/")
        shard_count, shard_ids = _shards(env)
        return cls(token=token, guild_id=guild_id, api_url=api_url and api_url.rstrip("/"), gateway_url=gateway_url,
                   shard_count=shard_count, shard_ids=shard_ids)


def _shards(env: Mapping[str, str]) -> tuple[int | None, tuple[int, ...] | None]:
    """DISCORD_SHARD_COUNT (a positive number) and DISCORD_SHARD_IDS (comma-separated, each below the count)."""
    count_raw = (env.get("DISCORD_SHARD_COUNT") or "").strip()
    ids_raw = (env.get("DISCORD_SHARD_IDS") or "").strip()
    if count_raw and (not count_raw.isdigit() or int(count_raw) < 1):
        raise ConfigError("DISCORD_SHARD_COUNT must be a whole number of at least 1")
    count = int(count_raw) if count_raw else None
    if not ids_raw:
        return count, None
    if count is None:
        raise ConfigError("DISCORD_SHARD_IDS needs DISCORD_SHARD_COUNT (the total over all processes)")
    parts = [p.strip() for p in ids_raw.split(",")]
    if not all(p.isdigit() and int(p) < count for p in parts) or len(set(parts)) != len(parts):
        raise ConfigError(f"DISCORD_SHARD_IDS must be distinct shard numbers from 0 to {count - 1}, comma-separated")
    return count, tuple(sorted(int(p) for p in parts))


def _url(env: Mapping[str, str], name: str, schemes: tuple[str, ...], example: str) -> str | None:
    value = (env.get(name) or "").strip() or None
    if value:
        parts = urlsplit(value)
        if parts.scheme not in schemes or not parts.netloc:
            raise ConfigError(f"{name} must be a {'/'.join(schemes)} URL such as {example}")
    return value
