"""``/digest`` command parsing, shared by every chat platform (pure, no I/O).

Grammar (words in any order, case-insensitive)::

    /digest                      what is new since the last digest, only for me
    /digest help                 usage
    /digest 24h | 90m | 7d | 2w  only articles from that window ("last 24h" also works)
    /digest public               post to the channel instead of only to me
    /digest max 5 | top 5 | limit=5   at most 5 items
    /digest flu vaccine          only stories matching these words
    /digest feeds ... | schedule ...  reserved subcommands (not available yet)

Anything that looks like an option but is not one (``--foo``, ``max x``) gives a usage message.
"""
from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from datetime import timedelta

from bot.service import Audience, DigestRequest

MAX_ITEMS_LIMIT = 50
MAX_WINDOW = timedelta(days=366)
MAX_QUERY_CHARS = 200
RESERVED = ("feeds", "schedule")

USAGE = (
    "Usage: /digest [window] [public] [max N] [keywords]\n"
    "  window    24h, 90m, 7d or 2w: only news from that period (default: since your last digest)\n"
    "  public    post the digest to the channel (default: only you see it)\n"
    "  max N     at most N items (also: top N, limit=N)\n"
    "  keywords  only stories about these words\n"
    "Examples: /digest | /digest 24h | /digest public max 5 flu vaccine | /digest help"
)

_WINDOW = re.compile(
    r"^(\d{1,5})\s*(m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|w|wk|wks|weeks?)$", re.IGNORECASE
)
_UNIT = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
_CAP_WORDS = ("max", "top", "limit")
_CAP_ASSIGN = re.compile(r"^-{0,2}(max|top|limit)=(.*)$", re.IGNORECASE)
_FILLER = ("last", "past", "since")
_HELP = ("help", "-h", "--help", "?", "usage")
_PUBLIC = ("public", "--public")


class Action(str, enum.Enum):
    """What the user asked for."""

    DIGEST = "digest"
    HELP = "help"
    ERROR = "error"
    RESERVED = "reserved"


@dataclass(frozen=True)
class ParsedCommand:
    """The meaning of a ``/digest`` text. ``message`` is set for HELP, ERROR and RESERVED."""

    action: Action
    window: timedelta | None = None
    query: str | None = None
    max_items: int | None = None
    public: bool = False
    message: str = ""
    subcommand: str = ""
    args: tuple[str, ...] = field(default_factory=tuple)

    @property
    def is_digest(self) -> bool:
        """True when a digest should be built."""
        return self.action is Action.DIGEST

    def request(self, audience: Audience) -> DigestRequest:
        """The service request for this command, for ``audience``."""
        return DigestRequest(
            audience=audience, window=self.window, query=self.query, max_items=self.max_items, public=self.public
        )


def parse_window(token: str) -> timedelta | None:
    """``24h`` → 24 hours (also ``90m``, ``7d``, ``2w``, ``3 days``); None if it is not a window."""
    match = _WINDOW.match(token.strip())
    if not match:
        return None
    amount, unit = int(match.group(1)), match.group(2).lower()
    key = "m" if unit.startswith("m") else unit[0]
    return timedelta(**{_UNIT[key]: amount})


def _error(text: str) -> ParsedCommand:
    """A usage error with a one-line reason."""
    return ParsedCommand(Action.ERROR, message=f"{text}\n{USAGE}")


def _cap(value: str, word: str) -> int | str:
    """The item cap in ``value``, or an error message."""
    if not value.isdigit():
        return f"`{word}` needs a whole number, e.g. `{word} 5`."
    n = int(value)
    if not 1 <= n <= MAX_ITEMS_LIMIT:
        return f"`{word}` must be between 1 and {MAX_ITEMS_LIMIT}."
    return n


def parse_command(text: str | None) -> ParsedCommand:
    """Parse the text after ``/digest`` into a :class:`ParsedCommand` (never raises)."""
    tokens = [t.strip("\"'“”") for t in (text or "").split()]
    tokens = [t for t in tokens if t]
    if not tokens:
        return ParsedCommand(Action.DIGEST)
    head = tokens[0].lower()
    if head in _HELP:
        return ParsedCommand(Action.HELP, message=USAGE)
    if head in RESERVED:
        return ParsedCommand(
            Action.RESERVED,
            message=f"`/digest {head}` is not available yet. {USAGE.splitlines()[0]}",
            subcommand=head,
            args=tuple(tokens[1:]),
        )

    window: timedelta | None = None
    max_items: int | None = None
    public = False
    words: list[str] = []
    i = 0
    while i < len(tokens):
        token, low = tokens[i], tokens[i].lower()
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        i += 1
        if low in _PUBLIC:
            public = True
            continue
        if low in _HELP:
            return ParsedCommand(Action.HELP, message=USAGE)
        if low in _FILLER and nxt is not None and parse_window(nxt) is not None:
            continue
        span = parse_window(token)
        if span is None and nxt is not None and token.isdigit() and parse_window(token + nxt) is not None:
            span, i = parse_window(token + nxt), i + 1  # "3 days"
        if span is not None:
            if window is not None:
                return _error("Give one time window only.")
            if not timedelta(0) < span <= MAX_WINDOW:
                return _error("The window must be between 1 minute and 366 days.")
            window = span
            continue
        assign = _CAP_ASSIGN.match(token)
        if assign or low in _CAP_WORDS:
            word = assign.group(1).lower() if assign else low
            if assign:
                value = assign.group(2)
            elif nxt is not None and nxt.isdigit():
                value, i = nxt, i + 1
            elif low == "top":  # "top" alone is an ordinary word ("top court")
                words.append(token)
                continue
            else:
                value = nxt or ""
            cap = _cap(value, word)
            if isinstance(cap, str):
                return _error(cap)
            if max_items is not None:
                return _error("Give one length limit only.")
            max_items = cap
            continue
        if token.startswith("-"):
            return _error(f"Unknown option `{token[:40]}`.")
        if "=" in token:
            return _error(f"Unknown setting `{token[:40]}`.")
        words.append(token)

    query = " ".join(words)[:MAX_QUERY_CHARS].strip() or None
    return ParsedCommand(Action.DIGEST, window=window, query=query, max_items=max_items, public=public)
