"""Feed tables: feeds, channel subscriptions and the feed entries already seen.

Timestamps are naive UTC, like the rest of the store.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bot.store import Base, utcnow


class FeedRow(Base):
    """A feed URL polled on its own interval, with its HTTP cache validators and health."""

    __tablename__ = "feeds"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    url: Mapped[str] = mapped_column(Text, unique=True)
    title: Mapped[str] = mapped_column(Text, default="")
    etag: Mapped[str | None] = mapped_column(Text, nullable=True)
    last_modified: Mapped[str | None] = mapped_column(Text, nullable=True)
    interval: Mapped[int] = mapped_column(Integer, default=900)  # seconds between polls when healthy
    next_poll: Mapped[datetime | None] = mapped_column(DateTime, nullable=True, index=True)
    last_fetch: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)  # last attempt
    last_success: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    reported_failure: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SubscriptionRow(Base):
    """A channel following a feed. Entries with ``seq <= baseline_seq`` predate it (never posted)."""

    __tablename__ = "feed_subscriptions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    channel: Mapped[str] = mapped_column(String(200), index=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey("feeds.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    baseline_seq: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (UniqueConstraint("channel", "feed_id", name="uq_subscription_channel_feed"),)


class EntryRow(Base):
    """One version of a feed entry we have seen (guid + content fingerprint) and its article."""

    __tablename__ = "feed_entries"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey("feeds.id", ondelete="CASCADE"), index=True)
    guid: Mapped[str] = mapped_column(Text)
    url: Mapped[str] = mapped_column(Text, default="")  # canonical URL
    fingerprint: Mapped[str] = mapped_column(String(64), default="")
    updated: Mapped[str] = mapped_column(Text, default="")  # the feed's updated/published stamp + summary hash
    article_id: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    baseline: Mapped[bool] = mapped_column(Boolean, default=False)  # recorded, not ingested (predates subscribers)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    __table_args__ = (
        Index("ix_feed_entries_feed_guid", "feed_id", "guid"),
        Index("ix_feed_entries_url", "url"),
        Index("ix_feed_entries_fingerprint", "fingerprint"),
    )
