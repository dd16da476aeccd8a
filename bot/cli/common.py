"""What every ``digestbot`` subcommand shares: one-line errors and the app built from the options."""
from __future__ import annotations

import argparse
import asyncio
import re
from typing import TYPE_CHECKING, Any, Coroutine, Sequence

if TYPE_CHECKING:
    from bot.app import App, Settings

DEFAULT_CHANNEL = "cli:local:default"
MAX_CHANNEL_KEY = 200  # the store's channel key columns are VARCHAR(200) (PostgreSQL refuses longer)
DB_HELP = "SQLAlchemy URL (default $DIGESTBOT_DATABASE_URL or sqlite:///digestbot.db)"
# The names of summarizer.rank.RANKERS (kept here so --help needs no engine import; a test checks).
RANKER_NAMES = ("kl", "lexrank", "lsa", "luhn", "position", "reduction", "sumbasic", "textrank")


def one_line(message: object) -> str:
    """``message`` as one line: control characters (a newline in a file name) shown escaped."""
    return re.sub(r"[\x00-\x1f\x7f]", lambda m: repr(m.group(0))[1:-1], str(message))


def channel_key(value: str) -> str:
    """A ``--channel`` value every database stores alike (argparse type): 1-200 printable characters."""
    if not value.strip() or len(value) > MAX_CHANNEL_KEY or re.search(r"[\x00-\x1f\x7f]", value):
        raise argparse.ArgumentTypeError(
            f"a channel key is 1 to {MAX_CHANNEL_KEY} printable characters, e.g. slack:T123:C456")
    return value


def settings_of(args: argparse.Namespace, platforms: Sequence[str] | None = ()) -> "Settings":
    """The process settings: the environment, overridden by this command's options.

    ``platforms``: chat platforms to set up (``None``: every one whose token is set).
    """
    from bot.app import Settings

    return Settings.from_env(database_url=getattr(args, "db", None), algorithm=getattr(args, "algorithm", None),
                             max_per_story=getattr(args, "max_per_story", None), brief=bool(getattr(args, "brief", False)),
                             allow_private=bool(getattr(args, "allow_private", False)), platforms=platforms)


def app_of(args: argparse.Namespace, platforms: Sequence[str] | None = ()) -> "App":
    """:func:`bot.app.build_app` for this command's settings."""
    from bot.app import build_app

    return build_app(settings_of(args, platforms))


def positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1 (``--max 0`` would only ever answer "nothing new")."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1 (got {value}); leave the option out for no limit")
    return value


def add_db(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add ``--db``."""
    p.add_argument("--db", help=DB_HELP)
    return p


def add_engine_options(sp: argparse.ArgumentParser) -> None:
    """Add ``--algorithm``, ``--max-per-story`` and ``--brief``."""
    sp.add_argument("--algorithm", default=None, choices=RANKER_NAMES,
                    help="sumy ranking algorithm (default $DIGESTBOT_ALGORITHM or lexrank)")
    sp.add_argument("--max-per-story", type=positive_int, default=None, help="items per story (default 8)")
    sp.add_argument("--brief", action="store_true",
                    help="only the lines likeliest news in each story (default $DIGESTBOT_BRIEF=1 or off)")


def until_stopped(main: Coroutine[Any, Any, None]) -> int:
    """Run a long-lived process (``run``, ``web``, ``scheduler``, ``worker``) until it ends or Ctrl-C
    stops it; its exit status (0)."""
    try:
        asyncio.run(main)
    except KeyboardInterrupt:
        pass
    return 0
