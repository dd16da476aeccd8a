"""``digestbot feeds | schedule | status``: channel settings from the operator's shell.

    digestbot feeds add URL --channel C [--interval 15m] [--target T]   check, then follow a feed
                                                                          (a site's URL: the feed it names)
    digestbot feeds list --channel C                                      numbered list
    digestbot feeds remove N --channel C                                  unfollow number N
    digestbot schedule set "weekdays 09:00" --tz Europe/Berlin --channel C
    digestbot schedule off --channel C
    digestbot status [--channel C]                                        feeds, schedules, channels, outbox

The CLI is the operator: it may always manage.
"""
from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

from bot.cli.common import DEFAULT_CHANNEL, add_db, app_of, channel_key

if TYPE_CHECKING:
    from bot.app import App
    from bot.chat.settings import Manager


def _manager(args: argparse.Namespace) -> "Manager":
    return app_of(args).manager()


def _say(text: str) -> int:
    print(text)
    return 1 if text.startswith(("Cannot", "No feed", "Only channel")) else 0


def channel_target(args: argparse.Namespace, app: "App") -> str | None:
    """The platform target of ``--channel`` (None: the one stored, or implied by the key).

    A Slack channel of a workspace that installed the app (multi-workspace mode: ``SLACK_CLIENT_ID`` is
    set, or the store holds the workspace's installation) is posted to with that workspace's token, so
    its target names the workspace (``T123/C456``) unless ``--target`` says otherwise; its key must name
    the workspace (``slack:T123:C456``).
    """
    if args.target or not args.channel.startswith("slack:"):
        return args.target
    parts = args.channel.split(":")
    by_env, installed = bool(os.environ.get("SLACK_CLIENT_ID", "").strip()), _installed_teams(app)
    if not by_env and not installed:
        return None  # single-workspace mode: the process's own token posts to the key's channel
    if len(parts) != 3 or not all(parts):
        raise ValueError(f"{args.channel!r}: in multi-workspace mode a Slack channel key names its workspace, "
                         "e.g. slack:T123:C456")
    if not by_env and parts[1] not in installed:
        return None
    from bot.platforms.slack.adapter import workspace_target

    return workspace_target(parts[1], parts[2])


def _installed_teams(app: "App") -> set[str]:
    """The Slack workspaces whose installation the store holds."""
    from sqlalchemy import select

    from bot.db.schema import SLACK_BOTS

    with app.store.engine.connect() as conn:
        teams: list[str | None] = list(conn.execute(select(SLACK_BOTS.c.team_id).distinct()).scalars())
    return {str(team) for team in teams if team}


def cmd_feeds_add(args: argparse.Namespace) -> int:
    """``digestbot feeds add``: the feed is fetched and checked first (``--no-check`` skips that)."""
    app = app_of(args)
    manager = app.manager(check_feeds=not args.no_check)
    return _say(manager.add_feed(args.channel, args.url, True, interval=args.interval,
                                 target=channel_target(args, app)))


def cmd_feeds_list(args: argparse.Namespace) -> int:
    """``digestbot feeds list``."""
    return _say(_manager(args).list_feeds(args.channel))


def cmd_feeds_remove(args: argparse.Namespace) -> int:
    """``digestbot feeds remove``."""
    return _say(_manager(args).remove_feed(args.channel, args.number, True))


def cmd_schedule_set(args: argparse.Namespace) -> int:
    """``digestbot schedule set``."""
    app = app_of(args)
    return _say(app.manager().set_schedule(args.channel, args.spec, args.tz, True, target=channel_target(args, app)))


def cmd_schedule_off(args: argparse.Namespace) -> int:
    """``digestbot schedule off``."""
    return _say(_manager(args).clear_schedule(args.channel, True))


def cmd_status(args: argparse.Namespace) -> int:
    """``digestbot status``."""
    return _say(_manager(args).status(args.channel))


def add_commands(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Register feeds, schedule and status."""
    def chan(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--channel", default=DEFAULT_CHANNEL, type=channel_key, help="channel key, e.g. slack:T123:C456")
        return add_db(p)

    feeds = sub.add_parser("feeds", help="follow RSS/Atom feeds").add_subparsers(dest="feeds_command", required=True)
    fa = chan(feeds.add_parser("add", help="follow a feed"))
    fa.add_argument("url")
    fa.add_argument("--interval", default="15m", help="poll interval, e.g. 15m, 1h (min 5m)")
    fa.add_argument("--target", help="platform target (channel id; the URL for webhook channels)")
    fa.add_argument("--allow-private", action="store_true", help="allow localhost/private addresses")
    fa.add_argument("--no-check", action="store_true",
                    help="follow without fetching it first (e.g. its server is down right now)")
    fa.set_defaults(func=cmd_feeds_add)
    chan(feeds.add_parser("list", help="the channel's feeds")).set_defaults(func=cmd_feeds_list)
    fr = chan(feeds.add_parser("remove", help="unfollow feed number N of the list"))
    fr.add_argument("number", type=int)
    fr.set_defaults(func=cmd_feeds_remove)

    sched = sub.add_parser("schedule", help="scheduled digests").add_subparsers(dest="schedule_command", required=True)
    ss = chan(sched.add_parser("set", help='e.g. "weekdays 09:00", "daily 18:30", "cron 30 8 * * 1-5"'))
    ss.add_argument("spec")
    ss.add_argument("--tz", default=None, help="IANA time zone (default UTC)")
    ss.add_argument("--target", help="platform target (channel id; the URL for webhook channels)")
    ss.set_defaults(func=cmd_schedule_set)
    chan(sched.add_parser("off", help="stop scheduled digests")).set_defaults(func=cmd_schedule_off)

    st = add_db(sub.add_parser("status", help="feeds, schedules, channels and the outbox"))
    st.add_argument("--channel", default=None, type=channel_key)
    st.set_defaults(func=cmd_status)
