"""Every digestbot table, in one place (SQLAlchemy 2 declarative models).

Timestamps are naive UTC. The tables are created and changed only by the Alembic migrations
in ``bot/db/migrations`` (:func:`bot.db.migrate.upgrade`), run when a :class:`~bot.db.store.Store`
opens a database; a change here needs a new revision there.

- the engine's side: ``stories``, ``articles`` with their ``analyses`` and ``article_keys``, ``seen`` and ``shown`` (what each
  audience was told);
- ``inbox`` (the articles that reached each channel: its feeds' and those ingested for it) and
  ``cursors`` (per audience, the inbox position up to which everything is known to it);
- channels, ``schedules`` and the delivery ``outbox``;
- ``feeds``, ``feed_subscriptions`` and ``feed_entries``;
- ``leases`` (one delivering process per database);
- ``slack_installations``, ``slack_bots`` and ``slack_oauth_states`` (Slack multi-workspace mode),
  slack-sdk's own table definitions, read and written by its SQLAlchemy stores.

Tenants: every row that belongs to a workspace or guild has a ``tenant`` column
(:func:`bot.core.service.tenant_of` of its channel or audience key; set from the key when an
insert leaves it out) and is read through an index that starts with it. Shared by every
tenant: articles and stories (content, addressed by its hash), feeds and their entries (a feed
URL is polled once however many channels follow it).
"""
from __future__ import annotations

from datetime import datetime, timezone

from typing import Any, Callable

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore

from bot.core.service import tenant_of
from summarizer.models import Article

def utcnow() -> datetime:
    """Naive UTC now (the store keeps naive UTC timestamps)."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


def tenant_from(key_column: str) -> Callable[[Any], str]:
    """A column default: the tenant of the row's ``key_column`` (a channel or audience key)."""
    def default(context: Any) -> str:
        return tenant_of(str(context.get_current_parameters().get(key_column) or ""))
    return default


def tenant_column(key_column: str) -> Mapped[str]:
    """The ``tenant`` column of a table whose rows belong to the channel or audience in ``key_column``."""
    return mapped_column(String(200), default=tenant_from(key_column))


class Base(DeclarativeBase):
    """Declarative base of every digestbot table."""


class StoryRow(Base):
    """A story: a group of articles about one event."""

    __tablename__ = "stories"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    title: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ArticleRow(Base):
    """A stored article (clean text)."""

    __tablename__ = "articles"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    title: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(200), default="")
    url: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[datetime | None] = mapped_column(DateTime, nullable=True, index=True)
    origin: Mapped[str] = mapped_column(Text, default="")
    story_id: Mapped[str | None] = mapped_column(ForeignKey("stories.id"), nullable=True, index=True)
    ingested_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    def to_article(self) -> Article:
        """The model value of this row."""
        return Article(self.id, self.title, self.text, self.source, self.url, self.published, self.origin)


class AnalysisRow(Base):
    """An article's analysis, computed once when it is ingested: its sentences with their terms and facts
    (:mod:`bot.db.analyses`), read when an audience's memory is restored instead of re-analysing text."""

    __tablename__ = "analyses"
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id"), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)  # the analysis format: another version is analysed again
    data: Mapped[str] = mapped_column(Text)  # JSON (:func:`summarizer.analysis.dumps`)


class KeysRow(Base):
    """What a restart needs of an article besides its analysis, stored at ingest (:mod:`bot.db.keys`): its
    story vector and body line keys (the story index restores from them without reading the text) and the
    wording hashes of its sentences (a memory knows what an older article said word for word from them)."""

    __tablename__ = "article_keys"
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id"), primary_key=True)
    vector: Mapped[str] = mapped_column(Text)  # JSON {term: weight} (:attr:`summarizer.stories.StoryIndex.last_vector`)
    lines: Mapped[str] = mapped_column(Text)  # JSON [line key] (:func:`summarizer.stories.line_keys`)
    wordings: Mapped[bytes] = mapped_column(LargeBinary)  # 8 bytes per sentence (:func:`summarizer.memory.wording`)


class SeenRow(Base):
    """An article an audience has been caught up on (its facts are known to it)."""

    __tablename__ = "seen"
    audience: Mapped[str] = mapped_column(String(200), primary_key=True)
    article_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    tenant: Mapped[str] = tenant_column("audience")
    __table_args__ = (Index("ix_seen_tenant", "tenant"),)


class ShownRow(Base):
    """An item an audience was shown (for status, audit and de-duplication)."""

    __tablename__ = "shown"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    audience: Mapped[str] = mapped_column(String(200), index=True)
    key: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    sentence: Mapped[str] = mapped_column(Text, default="")  # the full sentence: part of the audience's memory
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    tenant: Mapped[str] = tenant_column("audience")
    __table_args__ = (Index("ix_shown_audience_key", "audience", "key", unique=True),
                      Index("ix_shown_tenant", "tenant"))


class InboxRow(Base):
    """An article that reached a channel: an entry of a feed it follows, or ingested for it.

    ``seq`` orders a channel's arrivals; a digest reads the rows above the audience's cursor
    (:class:`CursorRow`) that it has not seen, through ``ix_inbox_channel_seq``.
    """

    __tablename__ = "inbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tenant: Mapped[str] = tenant_column("channel")
    channel: Mapped[str] = mapped_column(String(200))
    article_id: Mapped[str] = mapped_column(String(64))
    feed_id: Mapped[int | None] = mapped_column(Integer, nullable=True)  # None: ingested for the channel
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    __table_args__ = (Index("ix_inbox_channel_seq", "tenant", "channel", "seq"),
                      UniqueConstraint("channel", "article_id", name="uq_inbox_channel_article"))


class CursorRow(Base):
    """An audience's high-water mark: every inbox row of its channel up to ``seq`` is known to it.

    A bounded backlog (:class:`~summarizer.models.Window`) delivered to it also skips, for good, the
    inbox rows up to ``skip_through`` whose article was published (else ingested) before ``skip_before``.
    """

    __tablename__ = "cursors"
    audience: Mapped[str] = mapped_column(String(200), primary_key=True)
    tenant: Mapped[str] = tenant_column("audience")
    seq: Mapped[int] = mapped_column(Integer, default=0)
    skip_through: Mapped[int] = mapped_column(Integer, default=0)
    skip_before: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    __table_args__ = (Index("ix_cursors_tenant", "tenant"),)


# -- channels, schedules, outbox ------------------------------------------------------------
OUTBOX_STATES = ("pending", "posting", "delivered", "failed")


class ChannelRow(Base):
    """A chat channel digestbot posts to: its audience key and the platform's target for it."""

    __tablename__ = "channels"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)  # "<platform>:<workspace>:<channel>"
    platform: Mapped[str] = mapped_column(String(32))
    target: Mapped[str] = mapped_column(Text)  # channel id, or the URL of a generic webhook
    last_digest_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    tenant: Mapped[str] = tenant_column("key")
    __table_args__ = (Index("ix_channels_tenant", "tenant"),)


class ScheduleRow(Base):
    """A channel's digest schedule (the DB is the source of truth; jobs are rebuilt from it)."""

    __tablename__ = "schedules"
    channel: Mapped[str] = mapped_column(String(200), primary_key=True)
    spec: Mapped[str] = mapped_column(Text)  # normalised spec, e.g. "weekdays 09:00"
    tz: Mapped[str] = mapped_column(String(64), default="UTC")
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    last_run_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)  # last fire handled
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    tenant: Mapped[str] = tenant_column("channel")
    __table_args__ = (Index("ix_schedules_tenant", "tenant"),)


class OutboxRow(Base):
    """A message batch to post: pending -> posting -> delivered | failed.

    ``messages`` is the rendered JSON list of ``{"payload", "story_ids"}``; ``sent`` counts the
    messages the platform confirmed, so a restart resumes after them. ``digest`` is the full
    digest JSON (empty for notices) used to record what the channel has seen.
    """

    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    channel: Mapped[str] = mapped_column(String(200), index=True)
    platform: Mapped[str] = mapped_column(String(32))
    target: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16), default="digest")  # digest | notice
    digest: Mapped[str] = mapped_column(Text, default="")
    messages: Mapped[str] = mapped_column(Text, default="[]")
    sent: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    next_attempt_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    tenant: Mapped[str] = tenant_column("channel")
    __table_args__ = (Index("ix_outbox_tenant_channel", "tenant", "channel"),)


# -- feeds --------------------------------------------------------------------------------
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
    tenant: Mapped[str] = tenant_column("channel")
    __table_args__ = (UniqueConstraint("channel", "feed_id", name="uq_subscription_channel_feed"),
                      Index("ix_feed_subscriptions_tenant_channel", "tenant", "channel"))


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


# -- leases -------------------------------------------------------------------------------
class LeaseRow(Base):
    """Who holds a named lease, and until when."""

    __tablename__ = "leases"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    owner: Mapped[str] = mapped_column(String(200))
    expires_at: Mapped[datetime] = mapped_column(DateTime)


# -- Slack installations (multi-workspace mode) ----------------------------------------------
# slack-sdk's SQLAlchemy stores (bot.platforms.slack.installs) query these by name; the shapes are the sdk's.
SLACK_INSTALLATIONS = SQLAlchemyInstallationStore.build_installations_table(Base.metadata, "slack_installations")
SLACK_BOTS = SQLAlchemyInstallationStore.build_bots_table(Base.metadata, "slack_bots")
SLACK_OAUTH_STATES = SQLAlchemyOAuthStateStore.build_oauth_states_table(Base.metadata, "slack_oauth_states")
