"""Run a parsed ``/digest feeds|schedule|status`` command against the management API (platform neutral).

A chat adapter parses the text with :func:`bot.chat.grammar.parse_command`, works out the channel
key, the platform target and whether the user may manage, and calls :func:`execute`; the
answer is one short text for the user. Nothing here talks to a chat platform.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from bot.chat.commands import FeedsAdd, FeedsList, FeedsRemove, ManageCommand, ScheduleOff, ScheduleSet, Status

MAX_REPLY_CHARS = 3000
CUT_NOTE = "\n… (more not shown)"

_USERINFO = re.compile(r"(?i)\b(https?://)[^/\s@<>|]+@")
_SECRET_PARAM = re.compile(
    r"(?i)([?&](?:token|access_token|api_key|apikey|key|secret|password|passwd|pwd|sig|signature|auth)=)[^&\s<>|]+"
)


class ManageApi(Protocol):
    """The part of :class:`bot.chat.settings.Manager` the chat commands use."""

    def add_feed(self, channel: str, url: str, actor_can_manage: bool, *, interval: str | int | None = None,
                 target: str | None = None) -> str:
        """Follow a feed in the channel; a one-line answer."""
        ...

    def list_feeds(self, channel: str) -> str:
        """The channel's feeds, numbered."""
        ...

    def remove_feed(self, channel: str, n: int | str, actor_can_manage: bool) -> str:
        """Stop following feed number ``n``."""
        ...

    def set_schedule(self, channel: str, spec: str, tz: str | None, actor_can_manage: bool, *,
                     target: str | None = None) -> str:
        """Set the channel's digest schedule."""
        ...

    def clear_schedule(self, channel: str, actor_can_manage: bool) -> str:
        """Turn the channel's schedule off."""
        ...

    def status(self, channel: str | None = None) -> str:
        """Feeds, schedules and channels at a glance."""
        ...


@dataclass(frozen=True)
class ManageContext:
    """Where a management command was typed: channel key, platform target, and the user's right to change."""

    channel: str  # the audience key digests use, e.g. "slack:T1:C1"
    target: str  # where scheduled digests for the channel are posted, e.g. the Slack channel id
    can_manage: bool


def redact(text: str) -> str:
    """``text`` with URL credentials (``user:pass@``, ``?token=…``) replaced by ``***``."""
    return _SECRET_PARAM.sub(r"\1***", _USERINFO.sub(r"\1***@", text))


def shorten(text: str, limit: int = MAX_REPLY_CHARS) -> str:
    """``text`` cut at a line end to at most ``limit`` characters, saying that it was cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - len(CUT_NOTE)].rsplit("\n", 1)[0]
    return cut + CUT_NOTE


def execute(manager: ManageApi, command: ManageCommand, ctx: ManageContext) -> str:
    """Run ``command`` for ``ctx`` through ``manager``; return the (redacted, bounded) answer for the user."""
    if isinstance(command, FeedsList):
        text = manager.list_feeds(ctx.channel)
    elif isinstance(command, FeedsAdd):
        text = manager.add_feed(ctx.channel, command.url, ctx.can_manage, interval=command.interval,
                                target=ctx.target)
    elif isinstance(command, FeedsRemove):
        text = manager.remove_feed(ctx.channel, command.number, ctx.can_manage)
    elif isinstance(command, ScheduleSet):
        text = manager.set_schedule(ctx.channel, command.spec, command.tz, ctx.can_manage, target=ctx.target)
    elif isinstance(command, ScheduleOff):
        text = manager.clear_schedule(ctx.channel, ctx.can_manage)
    elif isinstance(command, Status):
        text = manager.status(ctx.channel)
    else:  # pragma: no cover - the union is exhaustive
        raise TypeError(f"not a management command: {command!r}")
    return shorten(redact(text))
