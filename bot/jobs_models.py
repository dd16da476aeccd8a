"""Tables of the scheduled side: channels, digest schedules and the delivery outbox."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from bot.store import Base, utcnow

OUTBOX_STATES = ("pending", "posting", "delivered", "failed")


class ChannelRow(Base):
    """A chat channel digestbot posts to: its audience key and the platform's target for it."""

    __tablename__ = "channels"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)  # "<platform>:<workspace>:<channel>"
    platform: Mapped[str] = mapped_column(String(32))
    target: Mapped[str] = mapped_column(Text)  # channel id, or the URL of a generic webhook
    last_digest_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


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
