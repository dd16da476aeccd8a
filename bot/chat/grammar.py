"""``/digest`` command parsing, shared by every chat platform (pure, no I/O).

Grammar (words in any order, case-insensitive)::

    /digest                      what is new to me (everything, the first time), only for me
    /digest help                 usage
    /digest 24h | 90m | 7d | 2w  only articles from that window ("last 24h" also works)
    /digest public               post to the channel instead of only to me
    /digest max 5 | top 5 | limit=5   at most 5 items
    /digest flu vaccine          only stories matching these words

Channel management (the first word decides; parsed into the typed commands below, which a
platform executes through :class:`bot.chat.settings.Manager`, see :mod:`bot.chat.execute`)::

    /digest feeds                        list the channel's feeds (also ``feeds list``)
    /digest feeds add URL [every 30m]    follow a feed (optional poll interval)
    /digest feeds remove N               stop following feed number N of the list
    /digest schedule WHEN [TZ]           post digests on a schedule, e.g. ``weekdays 09:00 Europe/Berlin``
    /digest schedule off                 no more scheduled digests
    /digest status                       feeds, schedule and last digest of this channel

Anything that looks like an option but is not one (``--foo``, ``max x``) gives a usage message.
"""
from __future__ import annotations

import re
from datetime import timedelta

from bot.chat.commands import (
    MANAGE_USAGE, MAX_ITEMS_LIMIT, MAX_QUERY_CHARS, MAX_URL_CHARS, MAX_WINDOW, USAGE, Action, FeedsAdd, FeedsList,
    FeedsRemove, ManageCommand, ParsedCommand, ScheduleOff, ScheduleSet, Status,
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
    if not value.isdecimal():  # isdigit() accepts "¹", which int() refuses
        return f"`{word}` needs a whole number, e.g. `{word} 5`."
    n = int(value)
    if not 1 <= n <= MAX_ITEMS_LIMIT:
        return f"`{word}` must be between 1 and {MAX_ITEMS_LIMIT}."
    return n


_MANAGE_HEADS = ("feeds", "feed", "schedule", "status")
_LIST = ("list", "ls", "show")
_ADD = ("add", "follow", "subscribe")
_REMOVE = ("remove", "rm", "delete", "del", "unfollow", "unsubscribe")
_OFF = ("off", "clear", "none", "stop", "disable")
_EVERY = ("every", "interval", "each")
_INTERVAL = re.compile(r"^\d{1,6}\s*[a-z]*$", re.IGNORECASE)
_ZONE_NUMBERS = re.compile(r"^[\d*,/-]+$")


def looks_like_zone(token: str) -> bool:
    """True for a trailing time zone name (``Europe/Berlin``, ``UTC``), as the schedule parser sees it."""
    return ("/" in token and not _ZONE_NUMBERS.match(token)) or token.upper() in ("UTC", "GMT")


def unwrap_url(token: str) -> str:
    """``<https://x|label>`` or ``<https://x>`` (how chat apps send links) → ``https://x``."""
    token = token.strip()
    if token.startswith("<") and token.endswith(">"):
        token = token[1:-1].split("|", 1)[0]
    return token


def _interval(token: str) -> str:
    """``30min``/``2 hours``/``1w`` → minutes (``30m``); anything else as typed, for the Manager to judge."""
    span = parse_window(token)
    return f"{int(span.total_seconds()) // 60}m" if span is not None else token


def _manage_error(text: str) -> ParsedCommand:
    """A management usage error with a one-line reason."""
    return ParsedCommand(Action.ERROR, message=f"{text}\n{MANAGE_USAGE}")


def _manage(head: str, args: list[str], command: ManageCommand) -> ParsedCommand:
    return ParsedCommand(Action.MANAGE, subcommand=head, args=tuple(args), manage=command)


def _parse_manage(head: str, args: list[str]) -> ParsedCommand:
    """``feeds …``, ``schedule …`` or ``status`` (the head word already consumed)."""
    if head == "status":
        return _manage(head, args, Status()) if not args else _manage_error("`status` takes no arguments.")
    if head == "schedule":
        if not args:
            return _manage_error("`schedule` needs a time, e.g. `/digest schedule weekdays 09:00 Europe/Berlin`.")
        if len(args) == 1 and args[0].lower() in _OFF:
            return _manage(head, args, ScheduleOff())
        words, tz = (args[:-1], args[-1]) if len(args) > 1 and looks_like_zone(args[-1]) else (args, None)
        return _manage(head, args, ScheduleSet(" ".join(words), tz))
    head = "feeds"
    verb = args[0].lower() if args else "list"
    rest = args[1:]
    if unwrap_url(verb).startswith(("http://", "https://")):  # "feeds URL" means "feeds add URL"
        verb, rest = "add", args
    if verb in _LIST:
        return _manage(head, args, FeedsList()) if not rest else _manage_error("`feeds list` takes no arguments.")
    if verb in _ADD:
        if not rest:
            return _manage_error("`feeds add` needs a feed URL, e.g. `/digest feeds add https://example.com/rss`.")
        url, options = unwrap_url(rest[0])[:MAX_URL_CHARS], rest[1:]
        if options and options[0].lower() in _EVERY:
            options = options[1:]
            if not options:
                return _manage_error("`every` needs an interval, e.g. `every 30m`.")
        if len(options) == 2 and options[0].isdigit() and options[1].isalpha():
            options = [options[0] + options[1]]  # "every 30 min"
        if len(options) > 1 or (options and not _INTERVAL.match(options[0])):
            return _manage_error("After the URL only an interval may follow, e.g. `every 30m`.")
        return _manage(head, args, FeedsAdd(url, _interval(options[0]) if options else None))
    if verb in _REMOVE:
        number = rest[0].lstrip("#") if len(rest) == 1 else ""
        if not number.isdecimal():
            return _manage_error("`feeds remove` needs the feed's number from `/digest feeds`, e.g. `feeds remove 2`.")
        return _manage(head, args, FeedsRemove(int(number)))
    return _manage_error(f"Unknown feeds command `{args[0][:40]}`.")


def parse_command(text: str | None) -> ParsedCommand:
    """Parse the text after ``/digest`` into a :class:`ParsedCommand` (never raises)."""
    tokens = [t.strip("\"'“”") for t in (text or "").split()]
    tokens = [t for t in tokens if t]
    if not tokens:
        return ParsedCommand(Action.DIGEST)
    head = tokens[0].lower()
    if head in _HELP:
        return ParsedCommand(Action.HELP, message=USAGE)
    if head in _MANAGE_HEADS:
        return _parse_manage(head, tokens[1:])

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
            elif nxt is not None and nxt.isdecimal():
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
