"""Platform-neutral channel management: feeds and schedules, returning short user-facing texts.

Every text that can show a feed URL or an error passes through :func:`bot.core.redact.redact`.

Chat adapters parse ``/digest feeds ...`` / ``/digest schedule ...`` and call a
:class:`Manager`; the CLI calls the same methods (an operator may always manage). Who may
manage is the platform's rule, passed in as ``actor_can_manage``:

- Discord: the member has Manage Channels (or Administrator) — :func:`bot.chat.permissions.discord_can_manage`;
- Slack: the user is in ``SLACK_ADMIN_USERS`` (comma-separated ids; unset = everyone) —
  :func:`bot.chat.permissions.slack_can_manage`.

Listing and status are open to everyone.
"""
from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Callable
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.core.redact import redacted
from bot.core.service import tenant_of
from bot.db.feeds import FeedInfo, FeedRepo
from bot.db.schedules import ScheduleRepo
from bot.db.schema import ChannelRow, utcnow
from bot.db.store import Store
from bot.delivery.outbox import Outbox
from bot.feeds.probe import FeedFound, FeedProblem
from bot.feeds.urls import BadFeedUrl, check_feed_url, feed_key, feed_url
from bot.scheduling.spec import ScheduleError, parse_spec

DEFAULT_INTERVAL = 15 * 60
MIN_INTERVAL = 5 * 60
MAX_INTERVAL = 7 * 86400  # and the seconds fit any database's INTEGER column (PostgreSQL's is 32-bit)
MAX_FEEDS_PER_CHANNEL = 50
NOT_ALLOWED = "Only channel managers can change feeds and schedules here."


def parse_interval(text: str) -> int:
    """``90s``, ``15m``, ``2h``, ``1d`` (or bare minutes) -> seconds; ValueError otherwise."""
    m = re.fullmatch(r"(\d+)\s*([smhd]?)", (text or "").strip().lower())
    if not m:
        raise ValueError(f"bad interval {text!r} (use e.g. 15m, 1h)")
    return int(m.group(1)) * {"s": 1, "": 60, "m": 60, "h": 3600, "d": 86400}[m.group(2)]


def _ago(when: datetime | None, now: datetime) -> str:
    if when is None:
        return "never"
    secs = int((now - when).total_seconds())
    if secs < 0:
        return "in " + _span(-secs)
    return _span(secs) + " ago"


def _span(secs: int) -> str:
    if secs < 90:
        return f"{secs}s"
    if secs < 5400:
        return f"{secs // 60}m"
    if secs < 172800:
        return f"{secs // 3600}h"
    return f"{secs // 86400}d"


class Manager:
    """Feeds and schedules of channels (the DB is the truth; a running scheduler re-syncs from it)."""

    def __init__(self, store: Store, *, clock: Callable[[], datetime] = utcnow, allow_private: bool = False,
                 on_change: Callable[[str], None] | None = None,
                 probe: Callable[[str], FeedFound] | None = None) -> None:
        """``probe(url)`` checks a new feed before it is followed (see :func:`bot.feeds.probe.probe_sync`);
        None follows without fetching."""
        self.store = store
        self.probe = probe
        self.clock = clock
        self.allow_private = allow_private
        self.on_change = on_change  # e.g. DigestScheduler.sync, so a change applies at once
        self.feeds = FeedRepo(store, clock)
        self.schedules = ScheduleRepo(store, clock)

    def _changed(self, channel: str) -> None:
        if self.on_change is not None:
            self.on_change(channel)

    # -- feeds ---------------------------------------------------------------------------------
    @redacted
    def add_feed(self, channel: str, url: str, actor_can_manage: bool, *, interval: str | int | None = None,
                 target: str | None = None) -> str:
        """Subscribe the channel to a feed; its current entries are a baseline, never posted."""
        if not actor_can_manage:
            return NOT_ALLOWED
        try:
            url = check_feed_url(url, self.allow_private)
            seconds = parse_interval(interval) if isinstance(interval, str) else int(interval or DEFAULT_INTERVAL)
        except (BadFeedUrl, ValueError) as exc:
            return f"Cannot add that feed: {exc}."
        if seconds < MIN_INTERVAL:
            return f"Cannot add that feed: poll at most every {MIN_INTERVAL // 60} minutes."
        if seconds > MAX_INTERVAL:
            return f"Cannot add that feed: poll at least every {MAX_INTERVAL // 86400} days."
        if len(self.feeds.subscriptions(channel)) >= MAX_FEEDS_PER_CHANNEL:
            return f"This channel already follows {MAX_FEEDS_PER_CHANNEL} feeds; remove one first."
        url, known = feed_url(url), self._same_feed(url)
        title, note = "", ""
        if known is None and self.probe is not None:
            try:
                found = self.probe(url)
            except FeedProblem as exc:
                return f"Cannot add that feed: {exc}."
            url, known, title = found.url, self._same_feed(found.url), found.title
            if found.discovered:
                note = f" Found it on the page you gave{': ' + title if title else ''}."
        self.feeds.ensure_channel(channel, target)
        feed, created = self.feeds.subscribe(channel, known or url, seconds, title=title)
        self._changed(channel)
        if not created:
            return f"This channel already follows {feed.url}."
        return (f"Following {feed.url} (checked every {_span(feed.interval)}).{note} "
                "Only entries published from now on will appear in digests.")

    def _same_feed(self, url: str) -> str | None:
        """The stored URL of the feed ``url`` is a variant of (scheme, case, port, slash, tracking), if any."""
        key = feed_key(url)
        return next((u for u in self.feeds.feed_urls() if feed_key(u) == key), None)

    @redacted
    def list_feeds(self, channel: str) -> str:
        """The channel's feeds, numbered for ``remove_feed``."""
        feeds = self.feeds.subscriptions(channel)
        if not feeds:
            return "This channel follows no feeds. Add one with: feeds add URL"
        now = self.clock()
        return "\n".join(f"{n}. {f.title or f.url}" + (f" <{f.url}>" if f.title else "") + f" — {self._health(f, now)}"
                         for n, f in enumerate(feeds, 1))

    def _health(self, f: FeedInfo, now: datetime) -> str:
        if f.consecutive_failures:
            return f"failing ({f.consecutive_failures}x: {f.last_error}), next try {_ago(f.next_poll, now)}"
        return f"checked {_ago(f.last_success, now)}"

    @redacted
    def remove_feed(self, channel: str, n: int | str, actor_can_manage: bool) -> str:
        """Unsubscribe feed number ``n`` of :meth:`list_feeds`."""
        if not actor_can_manage:
            return NOT_ALLOWED
        feeds = self.feeds.subscriptions(channel)
        try:
            index = int(n)
        except (TypeError, ValueError):
            index = 0
        if not 1 <= index <= len(feeds):
            return f"No feed number {n}; this channel follows {len(feeds)} feed(s)."
        feed = feeds[index - 1]
        self.feeds.unsubscribe(channel, feed.id)
        self._changed(channel)
        return f"Stopped following {feed.url}."

    # -- schedules -------------------------------------------------------------------------------
    def set_schedule(self, channel: str, spec: str, tz: str | None, actor_can_manage: bool, *,
                     target: str | None = None) -> str:
        """Set the channel's digest schedule, e.g. ``weekdays 09:00`` in ``Europe/Berlin``."""
        if not actor_can_manage:
            return NOT_ALLOWED
        try:
            parsed = parse_spec(spec, tz)
        except ScheduleError as exc:
            return f"Cannot use that schedule: {exc}."
        self.feeds.ensure_channel(channel, target)
        self.schedules.set(channel, parsed)
        self._changed(channel)
        nxt = parsed.next_runs(self.clock().replace(tzinfo=timezone.utc), 1)
        when = nxt[0].astimezone(ZoneInfo(parsed.tz)).strftime("%a %d %b %H:%M") if nxt else "never"
        return f"Digests {parsed.describe()}. Next: {when}."

    def clear_schedule(self, channel: str, actor_can_manage: bool) -> str:
        """Turn the channel's scheduled digests off."""
        if not actor_can_manage:
            return NOT_ALLOWED
        if not self.schedules.disable(channel):
            return "This channel has no digest schedule."
        self._changed(channel)
        return "Scheduled digests are off for this channel."

    # -- status --------------------------------------------------------------------------------
    @redacted
    def status(self, channel: str | None = None) -> str:
        """Feeds (last fetch, errors), schedules (next run), channels (last digest), outbox backlog."""
        now = self.clock()
        aware_now = now.replace(tzinfo=timezone.utc)
        lines = ["Feeds:"]
        feeds = self.feeds.subscriptions(channel) if channel else self.feeds.all_feeds()
        for f in feeds:
            state = f"error ({f.consecutive_failures}x): {f.last_error}" if f.consecutive_failures else "ok"
            lines.append(f"  {f.url} — last fetch {_ago(f.last_fetch, now)}, {state}, next {_ago(f.next_poll, now)}")
        if not feeds:
            lines.append("  (none)")
        lines.append("Schedules:")
        one = self.schedules.get(channel) if channel else None
        schedules = ([one] if one and one.enabled else []) if channel else self.schedules.all()
        for s in schedules:
            try:
                spec = parse_spec(s.spec, s.tz)
                nxt = spec.next_runs(aware_now, 1)
                when = nxt[0].astimezone(ZoneInfo(spec.tz)).strftime("%Y-%m-%d %H:%M %Z") if nxt else "never"
            except ScheduleError as exc:
                when = f"invalid ({exc})"
            lines.append(f"  {s.channel}: {s.spec} ({s.tz}), next run {when}")
        if not schedules:
            lines.append("  (none)")
        lines.append("Channels:")
        with self.store.session() as sess:
            q = select(ChannelRow).order_by(ChannelRow.key)
            if channel is not None:
                q = q.where(ChannelRow.tenant == tenant_of(channel), ChannelRow.key == channel)
            rows = list(sess.scalars(q))
            for r in rows:
                lines.append(f"  {r.key} ({r.platform}): last digest {_ago(r.last_digest_at, now)}")
        if not rows:
            lines.append("  (none)")
        backlog = Outbox(self.store, {}).entries(channel, ("pending", "posting", "failed"))
        if backlog:
            lines.append("Outbox:")
            for e in backlog[-10:]:
                lines.append(f"  #{e.id} {e.channel} {e.kind} {e.state} ({e.sent}/{e.total} sent, "
                             f"{e.attempts} attempts){': ' + e.last_error if e.last_error else ''}")
        return "\n".join(lines)
