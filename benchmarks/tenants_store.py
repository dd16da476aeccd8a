"""The store of the tenants benchmark (``benchmarks/tenants.py``): its tenants, feeds and schedules, and
the SQL that arms and counts each phase. The same rows on SQLite and on PostgreSQL.

Channels are split between two workspaces: a Slack team (``slack:T1:C<n>``) and a Discord guild
(``discord:444:<id>``). Channel ``c`` follows feeds ``c, c + C, c + 2C, ...`` (``F / C`` each, no feed
shared). Every feed was polled once an hour ago (its baseline is taken: its next entries are new)
and every channel has a schedule that already ran today. Each channel's inbox holds ``prefill`` made-up
articles not yet posted, so the digest phase starts from the same state whatever ran before.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Callable

from sqlalchemy import func, insert, select, text, update
from sqlalchemy.orm import Session

from bot.db.schema import ChannelRow, FeedRow, OutboxRow, ScheduleRow, SubscriptionRow, utcnow
from bot.db.store import Store
from bot.digests import Digests
from bot.scheduling.spec import parse_spec
from fakes.feeds import article  # type: ignore[import-not-found]  # tests/ (on sys.path when run)
from summarizer.ingest import make_article
from summarizer.models import Article

SLACK_TEAM, DISCORD_GUILD = "T1", "444"
DISCORD_FIRST_ID = 1_000_000_000_000_000
PREFILL_K = 1_000_000  # the made-up entries of the prefill: numbers no feed reaches by polling
INTERVAL = 900  # seconds between polls of a feed


@dataclass(frozen=True)
class Size:
    """How big the benchmark store is."""

    channels: int
    feeds: int
    prefill: int = 3  # articles waiting in each channel's inbox

    def channel(self, c: int) -> tuple[str, str, str]:
        """(key, platform, target) of channel ``c``: the first half on Slack, the rest on Discord."""
        if c < (self.channels + 1) // 2:
            return f"slack:{SLACK_TEAM}:C{c:05d}", "slack", f"C{c:05d}"
        target = str(DISCORD_FIRST_ID + c)
        return f"discord:{DISCORD_GUILD}:{target}", "discord", target


def build(url: str, size: Size, feed_url: Callable[[int], str], batch: int = 500) -> float:
    """Create the benchmark's rows in a new store at ``url`` (migrated on open); return the seconds taken."""
    started = datetime.now()
    store = Store(url)
    now = utcnow()
    try:
        with store.session() as s:
            _bulk(s, ChannelRow, [dict(key=k, platform=p, target=t) for k, p, t in map(size.channel, range(size.channels))],
                  batch)
            _bulk(s, FeedRow, [dict(id=f + 1, url=feed_url(f), interval=INTERVAL, last_success=now - timedelta(hours=1),
                                    last_fetch=now - timedelta(hours=1), next_poll=now + timedelta(days=1))
                               for f in range(size.feeds)], batch)
            _bulk(s, SubscriptionRow, [dict(channel=size.channel(f % size.channels)[0], feed_id=f + 1)
                                       for f in range(size.feeds)], batch)
            spec = parse_spec("daily 00:00", "UTC")
            _bulk(s, ScheduleRow, [dict(channel=size.channel(c)[0], spec=spec.text, tz=spec.tz, last_run_at=now,
                                        updated_at=now) for c in range(size.channels)], batch)
            if s.get_bind().dialect.name == "postgresql":  # explicit ids: move the sequence past them
                s.execute(text("SELECT setval('feeds_id_seq', (SELECT max(id) FROM feeds))"))
        _prefill(store, size, batch)
    finally:
        store.engine.dispose()
    return (datetime.now() - started).total_seconds()


def _bulk(s: Session, model: type, rows: list[dict], batch: int) -> None:
    """Insert ``rows`` of ``model`` in batches (the tenant column filled in from the key by its default)."""
    for i in range(0, len(rows), batch):
        s.execute(insert(model), rows[i:i + batch])


def _prefill(store: Store, size: Size, batch: int) -> None:
    """``size.prefill`` made-up articles in each channel's inbox (ingested for the channel: stories assigned)."""
    digests = Digests(store)
    per_call = max(1, batch // max(1, size.prefill))
    for first in range(0, size.channels, per_call):
        channels = range(first, min(size.channels, first + per_call))
        owned = {size.channel(c)[0]: [_made_up(c, j) for j in range(size.prefill)] for c in channels}

        def link(s: Session, owned: dict = owned) -> None:
            for key, articles in owned.items():
                store.link(s, key, [a.id for a in articles])

        digests.ingest([a for articles in owned.values() for a in articles], link)


def _made_up(c: int, j: int) -> Article:
    """Prefill article ``j`` of channel ``c``: the page text of a feed entry no poll reaches."""
    title, paragraphs = article(c, PREFILL_K + j)
    return make_article("\n".join(paragraphs), name=f"prefill-{c}-{j}", title=title, source="prefill",
                        url=f"http://prefill.invalid/{c}/{j}")


# -- arming and counting the phases ---------------------------------------------------------
def arm_digests(store: Store, now: datetime) -> datetime:
    """Every schedule fires now (a daily time two minutes ago, set an hour ago); return the fire time."""
    fire = (now - timedelta(minutes=2)).replace(second=0, microsecond=0)
    spec = parse_spec(f"daily {fire:%H:%M}", "UTC")
    with store.session() as s:
        s.execute(update(ScheduleRow).values(spec=spec.text, tz=spec.tz, last_run_at=None,
                                             updated_at=now - timedelta(hours=1)))
    return fire


def arm_polls(store: Store, now: datetime) -> None:
    """Every feed is due now."""
    with store.session() as s:
        s.execute(update(FeedRow).values(next_poll=now - timedelta(minutes=1)))


def disarm(store: Store, now: datetime) -> None:
    """Nothing is due: no feed, no schedule (the workers' own ticks queue nothing more)."""
    with store.session() as s:
        s.execute(update(FeedRow).values(next_poll=now + timedelta(days=1)))
        s.execute(update(ScheduleRow).values(last_run_at=now))


def polled_since(store: Store, since: datetime) -> int:
    """Feeds whose poll (started at or after ``since``) has finished."""
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(FeedRow).where(FeedRow.last_fetch >= since)) or 0)


def digests_run_since(store: Store, fire: datetime) -> int:
    """Schedules whose fire at ``fire`` has been handled."""
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(ScheduleRow).where(ScheduleRow.last_run_at >= fire)) or 0)


def posted_since(store: Store, since: datetime) -> int:
    """Digests delivered (every message posted) since ``since``."""
    with store.session() as s:
        q = (select(func.count()).select_from(OutboxRow)
             .where(OutboxRow.kind == "digest", OutboxRow.state == "delivered", OutboxRow.delivered_at >= since))
        return int(s.scalar(q) or 0)


def articles(store: Store) -> int:
    """Articles stored."""
    with store.session() as s:
        return int(s.scalar(text("SELECT count(*) FROM articles")) or 0)
