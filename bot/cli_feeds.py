"""``digestbot`` subcommands for feeds, schedules, the outbox and the scheduler process.

    digestbot feeds add URL --channel C [--interval 15m] [--target T]   follow a feed
    digestbot feeds list --channel C                                      numbered list
    digestbot feeds remove N --channel C                                  unfollow number N
    digestbot poll [--all]                                                one poll of the due feeds
    digestbot schedule set "weekdays 09:00" --tz Europe/Berlin --channel C
    digestbot schedule off --channel C
    digestbot status [--channel C]                                        feeds, schedules, channels, outbox
    digestbot deliver-pending                                             finish interrupted deliveries
    digestbot scheduler                                                   run polls, schedules and the outbox

The CLI is the operator: it may always manage. Self-contained: ``bot.cli`` only calls
:func:`add_commands`.
"""
from __future__ import annotations

import argparse
import asyncio
import sys
from typing import TYPE_CHECKING

from bot.cli import allow_private as _allow_private
from bot.cli import open_store as _store

if TYPE_CHECKING:
    from bot.manage import Manager

DEFAULT_CHANNEL = "cli:local:default"


def adapters() -> dict:
    """The chat adapters available to this process (the lead adds Slack and Discord here)."""
    from bot.webhook import WebhookAdapter

    return {"webhook": WebhookAdapter()}


def _manager(args: argparse.Namespace) -> "Manager":
    from bot.manage import Manager

    return Manager(_store(args), allow_private=_allow_private(args))


def _say(text: str) -> int:
    print(text)
    return 1 if text.startswith(("Cannot", "No feed", "Only channel")) else 0


def cmd_feeds_add(args: argparse.Namespace) -> int:
    """``digestbot feeds add``."""
    return _say(_manager(args).add_feed(args.channel, args.url, True, interval=args.interval, target=args.target))


def cmd_feeds_list(args: argparse.Namespace) -> int:
    """``digestbot feeds list``."""
    return _say(_manager(args).list_feeds(args.channel))


def cmd_feeds_remove(args: argparse.Namespace) -> int:
    """``digestbot feeds remove``."""
    return _say(_manager(args).remove_feed(args.channel, args.number, True))


def cmd_schedule_set(args: argparse.Namespace) -> int:
    """``digestbot schedule set``."""
    return _say(_manager(args).set_schedule(args.channel, args.spec, args.tz, True, target=args.target))


def cmd_schedule_off(args: argparse.Namespace) -> int:
    """``digestbot schedule off``."""
    return _say(_manager(args).clear_schedule(args.channel, True))


def cmd_status(args: argparse.Namespace) -> int:
    """``digestbot status``."""
    return _say(_manager(args).status(args.channel))


def cmd_poll(args: argparse.Namespace) -> int:
    """``digestbot poll``: poll the due feeds once (a progress bar on a terminal)."""
    from tqdm import tqdm

    from bot.digests import Digests
    from bot.feeds.fetch import Fetcher
    from bot.feeds.poller import Poller
    from bot.feeds.repo import FeedRepo

    store = _store(args)

    async def run() -> list:
        fetcher = Fetcher(timeout=args.timeout, allow_private=_allow_private(args))
        poller = Poller(FeedRepo(store), Digests(store), fetcher)
        bar = tqdm(desc="entries", unit="entry", disable=not sys.stderr.isatty(), leave=False)
        last: dict[str, int] = {}

        def progress(url: str, done: int) -> None:
            bar.update(done - last.get(url, 0))
            last[url] = done

        try:
            return await (poller.poll_all(progress) if args.all else poller.poll_due(progress))
        finally:
            bar.close()
            await fetcher.aclose()

    reports = asyncio.run(run())
    for r in reports:
        print(r.line())
    if not reports:
        print("no feed is due")
    return 1 if reports and all(r.status == "error" for r in reports) else 0


def cmd_deliver_pending(args: argparse.Namespace) -> int:
    """``digestbot deliver-pending``: post what an interrupted run left in the outbox."""
    from bot.lease import Lease
    from bot.outbox import Outbox

    store = _store(args)
    lease = Lease(store)
    lease.acquire()  # never beside a running scheduler: two drainers could post twice

    async def run() -> dict[int, str]:
        chat = adapters()
        try:
            return await Outbox(store, chat).deliver_pending(due_only=False)
        finally:
            lease.release()
            for a in chat.values():
                close = getattr(a, "aclose", None)
                if close:
                    await close()

    states = asyncio.run(run())
    for oid, state in states.items():
        print(f"outbox #{oid}: {state}")
    if not states:
        print("nothing pending")
    return 0 if all(s == "delivered" for s in states.values()) else 1


def cmd_scheduler(args: argparse.Namespace) -> int:
    """``digestbot scheduler``: run feed polls, scheduled digests and outbox retries until stopped."""
    from bot.runner import Runtime

    async def run() -> None:
        from bot.feeds.fetch import Fetcher

        await Runtime(_store(args), adapters(), tick_every=args.tick,
                      fetcher=Fetcher(allow_private=_allow_private(args))).run_forever()

    try:
        asyncio.run(run())
    except KeyboardInterrupt:
        pass
    return 0


def add_commands(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Register the feeds/schedule/status/poll/outbox subcommands on ``digestbot``'s parser."""
    def db(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--db", help="SQLAlchemy URL (default $DIGESTBOT_DATABASE_URL or sqlite:///digestbot.db)")
        return p

    def chan(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--channel", default=DEFAULT_CHANNEL, help="channel key, e.g. slack:T123:C456")
        return db(p)

    feeds = sub.add_parser("feeds", help="follow RSS/Atom feeds").add_subparsers(dest="feeds_command", required=True)
    fa = chan(feeds.add_parser("add", help="follow a feed"))
    fa.add_argument("url")
    fa.add_argument("--interval", default="15m", help="poll interval, e.g. 15m, 1h (min 5m)")
    fa.add_argument("--target", help="platform target (channel id; the URL for webhook channels)")
    fa.add_argument("--allow-private", action="store_true", help="allow localhost/private addresses")
    fa.set_defaults(func=cmd_feeds_add)
    chan(feeds.add_parser("list", help="the channel's feeds")).set_defaults(func=cmd_feeds_list)
    fr = chan(feeds.add_parser("remove", help="unfollow feed number N of the list"))
    fr.add_argument("number", type=int)
    fr.set_defaults(func=cmd_feeds_remove)

    po = db(sub.add_parser("poll", help="poll the due feeds once"))
    po.add_argument("--all", action="store_true", help="poll every feed, due or not")
    po.add_argument("--timeout", type=float, default=20.0, help="HTTP timeout in seconds")
    po.add_argument("--allow-private", action="store_true",
                    help="allow connections to localhost/private addresses (default: refused at connect time)")
    po.set_defaults(func=cmd_poll)

    sched = sub.add_parser("schedule", help="scheduled digests").add_subparsers(dest="schedule_command", required=True)
    ss = chan(sched.add_parser("set", help='e.g. "weekdays 09:00", "daily 18:30", "cron 30 8 * * 1-5"'))
    ss.add_argument("spec")
    ss.add_argument("--tz", default=None, help="IANA time zone (default UTC)")
    ss.add_argument("--target", help="platform target (channel id; the URL for webhook channels)")
    ss.set_defaults(func=cmd_schedule_set)
    chan(sched.add_parser("off", help="stop scheduled digests")).set_defaults(func=cmd_schedule_off)

    st = db(sub.add_parser("status", help="feeds, schedules, channels and the outbox"))
    st.add_argument("--channel", default=None)
    st.set_defaults(func=cmd_status)

    db(sub.add_parser("deliver-pending", help="finish deliveries an interrupted run left")).set_defaults(
        func=cmd_deliver_pending)
    sc = db(sub.add_parser("scheduler", help="run feed polls, scheduled digests and outbox retries"))
    sc.add_argument("--tick", type=float, default=60.0, help="seconds between feed/outbox checks")
    sc.add_argument("--allow-private", action="store_true", help="allow feeds on localhost/private addresses")
    sc.set_defaults(func=cmd_scheduler)
