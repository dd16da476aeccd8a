"""The meaning of a ``/digest`` text as typed values (what :mod:`bot.chat.grammar` produces)."""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Union

from bot.core.service import Audience, DigestRequest

MAX_ITEMS_LIMIT = 50
MAX_WINDOW = timedelta(days=366)
MAX_QUERY_CHARS = 200
MAX_URL_CHARS = 2000

MANAGE_USAGE = (
    "Channel settings:\n"
    "  /digest feeds                      list this channel's feeds\n"
    "  /digest feeds add URL [every 30m]  follow a feed\n"
    "  /digest feeds remove N             stop following feed N of the list\n"
    "  /digest schedule WHEN [TZ]         scheduled digests, e.g. weekdays 09:00 Europe/Berlin\n"
    "  /digest schedule off               no more scheduled digests\n"
    "  /digest status                     feeds, schedule and last digest of this channel"
)
USAGE = (
    "Usage: /digest [window] [public] [max N] [keywords]\n"
    "  window    24h, 90m, 7d or 2w: only news from that period (default: everything new to you)\n"
    "  public    post the digest to the channel (default: only you see it)\n"
    "  max N     at most N items (also: top N, limit=N)\n"
    "  keywords  only stories about these words\n"
    "Examples: /digest | /digest 24h | /digest public max 5 flu vaccine | /digest help\n"
    + MANAGE_USAGE
)



class Action(str, enum.Enum):
    """What the user asked for."""

    DIGEST = "digest"
    HELP = "help"
    ERROR = "error"
    MANAGE = "manage"


@dataclass(frozen=True)
class FeedsList:
    """``/digest feeds``: list the channel's feeds."""


@dataclass(frozen=True)
class FeedsAdd:
    """``/digest feeds add URL [every 30m]``: follow a feed (``interval`` as typed, checked by the Manager)."""

    url: str
    interval: str | None = None


@dataclass(frozen=True)
class FeedsRemove:
    """``/digest feeds remove N``: stop following feed number ``number`` of the list."""

    number: int


@dataclass(frozen=True)
class ScheduleSet:
    """``/digest schedule WHEN [TZ]``: the spec as typed (checked by the Manager) and an optional zone."""

    spec: str
    tz: str | None = None


@dataclass(frozen=True)
class ScheduleOff:
    """``/digest schedule off``: no more scheduled digests."""


@dataclass(frozen=True)
class Status:
    """``/digest status``: feeds, schedule and last digest of the channel."""


ManageCommand = Union[FeedsList, FeedsAdd, FeedsRemove, ScheduleSet, ScheduleOff, Status]
MUTATING = (FeedsAdd, FeedsRemove, ScheduleSet, ScheduleOff)


@dataclass(frozen=True)
class ParsedCommand:
    """The meaning of a ``/digest`` text. ``message`` is set for HELP and ERROR, ``manage`` for MANAGE."""

    action: Action
    window: timedelta | None = None
    query: str | None = None
    max_items: int | None = None
    public: bool = False
    message: str = ""
    subcommand: str = ""
    args: tuple[str, ...] = field(default_factory=tuple)
    manage: ManageCommand | None = None

    @property
    def is_digest(self) -> bool:
        """True when a digest should be built."""
        return self.action is Action.DIGEST

    @property
    def is_manage(self) -> bool:
        """True when a channel setting is to be listed or changed."""
        return self.action is Action.MANAGE

    def request(self, audience: Audience) -> DigestRequest:
        """The service request for this command, for ``audience``."""
        return DigestRequest(
            audience=audience, window=self.window, query=self.query, max_items=self.max_items, public=self.public
        )
