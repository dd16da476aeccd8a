"""Database access for feeds, subscriptions, seen entries and channels (one short transaction each).

A feed is shared by every channel that follows it (polled once); a subscription, like a channel,
belongs to its tenant. A new entry's article is put in the inbox of every channel following the
feed at that moment (in the entry's transaction), so a digest reads its channel's inbox alone.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Callable, cast

from sqlalchemy import CursorResult, delete, func, select
from sqlalchemy.orm import Session

from bot.core.service import tenant_of
from bot.db.schema import ChannelRow, EntryRow, FeedRow, InboxRow, SubscriptionRow, utcnow
from bot.db.store import Store


@dataclass(frozen=True)
class FeedInfo:
    """A detached snapshot of a feed row."""

    id: int
    url: str
    title: str
    interval: int
    etag: str | None
    last_modified: str | None
    next_poll: datetime | None
    last_fetch: datetime | None
    last_success: datetime | None
    last_error: str | None
    consecutive_failures: int
    reported_failure: bool

    @classmethod
    def of(cls, r: FeedRow) -> "FeedInfo":
        """Snapshot ``r``."""
        return cls(r.id, r.url, r.title, r.interval, r.etag, r.last_modified, r.next_poll, r.last_fetch,
                   r.last_success, r.last_error, r.consecutive_failures or 0, bool(r.reported_failure))


def platform_of(channel: str) -> str:
    """The platform prefix of a channel key (``slack:T1:C2`` -> ``slack``)."""
    return channel.split(":", 1)[0] if ":" in channel else "cli"


def default_target(channel: str) -> str:
    """The platform target implied by a channel key: its last ``:`` part."""
    return channel.rsplit(":", 1)[-1]


class FeedRepo:
    """Small queries over the feed tables; creates them if missing."""

    def __init__(self, store: Store, clock: Callable[[], datetime] = utcnow) -> None:
        self.store = store
        self.clock = clock

    # -- channels ------------------------------------------------------------------------
    def ensure_channel(self, channel: str, target: str | None = None) -> None:
        """Create or update a channel row (platform from the key, target given or implied)."""
        with self.store.session() as s:
            row = s.get(ChannelRow, channel)
            if row is None:
                s.add(ChannelRow(key=channel, tenant=tenant_of(channel), platform=platform_of(channel),
                                 target=target or default_target(channel)))
            elif target and row.target != target:
                row.target = target

    def channel_target(self, channel: str) -> tuple[str, str]:
        """(platform, target) of a channel; implied from the key if it was never registered."""
        with self.store.session() as s:
            row = s.get(ChannelRow, channel)
            if row is None:
                return platform_of(channel), default_target(channel)
            return row.platform, row.target

    # -- feeds and subscriptions -----------------------------------------------------------
    def feed_urls(self) -> list[str]:
        """The URL of every feed row, followed or not, oldest first."""
        with self.store.session() as s:
            return list(s.scalars(select(FeedRow.url).order_by(FeedRow.id)))

    def subscribe(self, channel: str, url: str, interval: int, title: str = "") -> tuple[FeedInfo, bool]:
        """Subscribe ``channel`` to ``url`` (feed created if new, titled ``title``); return (feed, newly subscribed).

        The subscription's baseline is the feed's newest entry so far: nothing older is posted.
        """
        with self.store.session() as s:
            feed = s.scalar(select(FeedRow).where(FeedRow.url == url))
            if feed is None:
                feed = FeedRow(url=url, interval=interval, next_poll=None, title=title)
                s.add(feed)
                s.flush()
            elif interval < feed.interval:
                feed.interval = interval  # the most eager subscriber sets the pace
            sub = s.scalar(select(SubscriptionRow).where(SubscriptionRow.tenant == tenant_of(channel),
                                                         SubscriptionRow.channel == channel,
                                                         SubscriptionRow.feed_id == feed.id))
            created = sub is None
            if created:
                top = s.scalar(select(func.max(EntryRow.seq)).where(EntryRow.feed_id == feed.id)) or 0
                s.add(SubscriptionRow(tenant=tenant_of(channel), channel=channel, feed_id=feed.id, baseline_seq=top,
                                      created_at=self.clock()))
            return FeedInfo.of(feed), created

    def subscriptions(self, channel: str) -> list[FeedInfo]:
        """The feeds ``channel`` follows, in subscription order."""
        with self.store.session() as s:
            rows = s.scalars(select(FeedRow).join(SubscriptionRow, SubscriptionRow.feed_id == FeedRow.id)
                             .where(SubscriptionRow.tenant == tenant_of(channel), SubscriptionRow.channel == channel)
                             .order_by(SubscriptionRow.id))
            return [FeedInfo.of(r) for r in rows]

    def unsubscribe(self, channel: str, feed_id: int) -> bool:
        """Drop one subscription and the feed's articles from the channel's inbox (its unread ones are
        not posted any more); the feed and its entries stay for de-duplication."""
        tenant = tenant_of(channel)
        with self.store.session() as s:
            res = s.execute(delete(SubscriptionRow).where(SubscriptionRow.tenant == tenant,
                                                         SubscriptionRow.channel == channel,
                                                         SubscriptionRow.feed_id == feed_id))
            s.execute(delete(InboxRow).where(InboxRow.tenant == tenant, InboxRow.channel == channel,
                                             InboxRow.feed_id == feed_id))
            return bool(cast("CursorResult[Any]", res).rowcount)  # a DELETE's result is a CursorResult

    def subscribers(self, feed_id: int) -> list[str]:
        """Channel keys following a feed."""
        with self.store.session() as s:
            return list(s.scalars(select(SubscriptionRow.channel).where(SubscriptionRow.feed_id == feed_id)
                                  .order_by(SubscriptionRow.id)))

    def all_feeds(self) -> list[FeedInfo]:
        """Every feed that has at least one subscriber."""
        with self.store.session() as s:
            followed = select(SubscriptionRow.feed_id)
            return [FeedInfo.of(r) for r in s.scalars(select(FeedRow).where(FeedRow.id.in_(followed))
                                                      .order_by(FeedRow.id))]

    def due_feeds(self, now: datetime) -> list[FeedInfo]:
        """Followed feeds whose next poll time has come (never-polled feeds first)."""
        with self.store.session() as s:
            followed = select(SubscriptionRow.feed_id)
            q = (select(FeedRow).where(FeedRow.id.in_(followed))
                 .where((FeedRow.next_poll.is_(None)) | (FeedRow.next_poll <= now))
                 .order_by(FeedRow.next_poll.is_not(None), FeedRow.next_poll, FeedRow.id))
            return [FeedInfo.of(r) for r in s.scalars(q)]

    def feed(self, feed_id: int) -> FeedInfo | None:
        """One feed by id."""
        with self.store.session() as s:
            row = s.get(FeedRow, feed_id)
            return FeedInfo.of(row) if row else None

    def channels_with_feeds(self) -> list[str]:
        """Every channel that follows at least one feed."""
        with self.store.session() as s:
            return list(s.scalars(select(SubscriptionRow.channel).distinct().order_by(SubscriptionRow.channel)))

    # -- poll outcomes ------------------------------------------------------------------------
    def record_success(self, feed_id: int, now: datetime, *, etag: str | None, last_modified: str | None,
                       title: str | None = None) -> bool:
        """Store validators, reset failures, schedule the next poll. True if a failure had been reported."""
        with self.store.session() as s:
            row = s.get(FeedRow, feed_id)
            if row is None:  # removed while it was being polled
                return False
            was_reported = bool(row.reported_failure)
            row.etag, row.last_modified = etag, last_modified
            if title:
                row.title = title
            row.last_fetch = row.last_success = now
            row.last_error = None
            row.consecutive_failures = 0
            row.reported_failure = False
            row.next_poll = now + _seconds(row.interval)
            return was_reported

    def record_failure(self, feed_id: int, now: datetime, error: str, *, cap: int, report_after: int) -> tuple[int, bool]:
        """Count a failure and back off exponentially (capped); return (failures, report it now)."""
        with self.store.session() as s:
            row = s.get(FeedRow, feed_id)
            if row is None:  # removed while it was being polled
                return 0, False
            row.consecutive_failures = (row.consecutive_failures or 0) + 1
            n = row.consecutive_failures
            row.last_fetch = now
            row.last_error = error[:500]
            row.next_poll = now + _seconds(min(cap, row.interval * 2 ** min(n - 1, 30)))
            report = n >= report_after and not row.reported_failure
            if report:
                row.reported_failure = True
            return n, report

    # -- entries ---------------------------------------------------------------------------
    def entry_versions(self, feed_id: int, guid: str) -> list[EntryRow]:
        """Every stored version of an entry (oldest first)."""
        with self.store.session() as s:
            return list(s.scalars(select(EntryRow).where(EntryRow.feed_id == feed_id, EntryRow.guid == guid)
                                  .order_by(EntryRow.seq)))

    def article_for_url(self, url: str) -> EntryRow | None:
        """The newest stored entry (any feed) with this canonical URL and an article."""
        if not url:
            return None
        with self.store.session() as s:
            return s.scalar(select(EntryRow).where(EntryRow.url == url, EntryRow.article_id.is_not(None))
                            .order_by(EntryRow.seq.desc()).limit(1))

    def article_for_fingerprint(self, fp: str) -> EntryRow | None:
        """A stored entry (any feed) whose page text has this fingerprint."""
        with self.store.session() as s:
            return s.scalar(select(EntryRow).where(EntryRow.fingerprint == fp, EntryRow.article_id.is_not(None))
                            .order_by(EntryRow.seq).limit(1))

    def add_entry(self, session: Session, feed_id: int, guid: str, url: str, fp: str, stamp: str,
                  article_id: str | None, baseline: bool = False) -> None:
        """Record an entry version inside the caller's transaction; its article (unless it is a
        baseline entry) joins the inbox of every channel that follows the feed."""
        session.add(EntryRow(feed_id=feed_id, guid=guid, url=url, fingerprint=fp, updated=stamp,
                             article_id=article_id, baseline=baseline, created_at=self.clock()))
        if article_id is None or baseline:
            return
        followers = session.scalars(select(SubscriptionRow.channel).where(SubscriptionRow.feed_id == feed_id)
                                    .order_by(SubscriptionRow.id))
        for channel in list(followers):
            self.store.link(session, channel, [article_id], feed_id)

    def record_entry(self, feed_id: int, guid: str, url: str, fp: str, stamp: str, article_id: str | None,
                     baseline: bool = False) -> None:
        """Record an entry version in its own transaction."""
        with self.store.session() as s:
            self.add_entry(s, feed_id, guid, url, fp, stamp, article_id, baseline)

    def touch_entry(self, seq: int, stamp: str) -> None:
        """Remember the feed's new stamp for an entry whose content did not change."""
        with self.store.session() as s:
            row = s.get(EntryRow, seq)
            if row is not None:
                row.updated = stamp

    def channel_article_ids(self, channel: str) -> frozenset[str]:
        """Articles of the channel's feeds that arrived after it followed them (its inbox from feeds)."""
        with self.store.session() as s:
            q = select(InboxRow.article_id).where(InboxRow.tenant == tenant_of(channel), InboxRow.channel == channel,
                                                  InboxRow.feed_id.is_not(None))
            return frozenset(s.scalars(q))

    def entry_count(self, feed_id: int) -> int:
        """Stored entry versions of a feed."""
        with self.store.session() as s:
            return s.scalar(select(func.count()).select_from(EntryRow).where(EntryRow.feed_id == feed_id)) or 0


def _seconds(n: int) -> timedelta:
    return timedelta(seconds=int(n))
