"""The outbox: nothing a channel should be told is lost when the process or the platform fails.

A digest is rendered and stored as an outbox row (``pending``) with its full JSON and the
rendered messages before anything is posted. Delivery then, per message:

1. commits ``posting`` (a send is in flight);
2. sends it through :meth:`bot.delivery.send.Delivery.send_with_retry` with the idempotency key
   ``digestbot-<outbox id>-<message index>`` attached by the adapter
   (:meth:`~bot.core.chat.ChannelAdapter.keyed`: webhook header/body; Discord ``nonce`` +
   ``enforce_nonce``; Slack message ``metadata``);
3. on confirmation commits, in ONE transaction, ``sent += 1``, the seen/shown rows of the
   message's stories and, after the last message, ``delivered`` plus every article the
   digest accounts for (the marking rule :func:`bot.core.service.delivered_part`). Then
   :meth:`Digests.remember` lets the in-process memory learn the digest (no second write).

On start, ``pending`` and ``posting`` rows are finished from message ``sent`` on. The
unavoidable duplicate window: the platform accepted message *i* but the process died before
step 3 committed; message *i* is posted again on restart (with the same idempotency key, so
a platform that honours keys drops it). Before step 1 nothing is lost: the row is pending.

A permanent platform error marks the row ``failed`` (its unsent stories stay unseen, so the
next digest carries them); transient errors back off and retry up to ``max_attempts``.
Only one process delivers (the scheduler process); ``digestbot deliver-pending`` is for when
it is not running.
"""
from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Callable, Mapping

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.core import metrics
from bot.core.chat import ChannelAdapter, ChatAdapter, DeliveryError, Message, PermanentError
from bot.core.events import digest_event
from bot.core.redact import redact
from bot.core.codec import digest_from_json, digest_to_json, messages_from_json, messages_to_json
from bot.core.service import Audience, delivered_part, tenant_of
from bot.db.schema import OUTBOX_STATES, ChannelRow, OutboxRow, utcnow
from bot.db.store import Store
from bot.delivery.send import Delivery
from summarizer.models import Digest

if TYPE_CHECKING:
    from bot.digests import Digests

log = logging.getLogger(__name__)

OPEN_STATES = ("pending", "posting")


def idempotency_key(outbox_id: int, index: int) -> str:
    """The client message id of message ``index`` of outbox row ``outbox_id`` (<= 25 chars for Discord)."""
    return f"digestbot-{outbox_id}-{index}"


@dataclass(frozen=True)
class OutboxEntry:
    """A detached view of an outbox row."""

    id: int
    channel: str
    kind: str
    state: str
    sent: int
    total: int
    attempts: int
    last_error: str | None
    created_at: datetime
    delivered_at: datetime | None


class Outbox:
    """Stores messages before posting them and finishes them after crashes."""

    def __init__(
        self,
        store: Store,
        adapters: Mapping[str, ChannelAdapter],
        *,
        digests: "Digests | None" = None,  # its in-process memory learns each delivered digest
        clock: Callable[[], datetime] = utcnow,
        max_attempts: int = 6,
        retry_base: float = 60.0,
        delivery_factory: Callable[[ChatAdapter], Delivery] = Delivery,
    ) -> None:
        self.store = store
        self.adapters = dict(adapters)
        self.digests = digests
        self.clock = clock
        self.max_attempts = max_attempts
        self.retry_base = retry_base
        self._delivery = delivery_factory
        self._locks: dict[int, asyncio.Lock] = {}  # one delivery per row at a time (tick vs. scheduled job)

    # -- enqueue ------------------------------------------------------------------------------
    def enqueue_digest(self, channel: str, platform: str, target: str, digest: Digest,
                       messages: list[Message]) -> int:
        """Store a rendered digest as pending; return its outbox id."""
        return self._add(OutboxRow(tenant=tenant_of(channel), channel=channel, platform=platform, target=target,
                                   kind="digest",
                                   digest=digest_to_json(digest), messages=messages_to_json(messages)))

    def enqueue_notice(self, channel: str, platform: str, target: str, text: str) -> int:
        """Store a plain notice as pending (rendered by the platform's adapter if it is known)."""
        adapter = self.adapters.get(platform)
        message = adapter.render_notice(text) if adapter else Message({"text": text}, ())
        return self._add(OutboxRow(tenant=tenant_of(channel), channel=channel, platform=platform, target=target,
                                   kind="notice",
                                   messages=messages_to_json([message])))

    def _add(self, row: OutboxRow) -> int:
        now = self.clock()
        row.created_at = row.updated_at = now
        row.state, row.sent, row.attempts = "pending", 0, 0
        with self.store.session() as s:
            s.add(row)
            s.flush()
            return row.id

    # -- queries --------------------------------------------------------------------------------
    def entries(self, channel: str | None = None, states: tuple[str, ...] = OUTBOX_STATES) -> list[OutboxEntry]:
        """Outbox rows (optionally of one channel / in some states), oldest first."""
        with self.store.session() as s:
            q = select(OutboxRow).where(OutboxRow.state.in_(states)).order_by(OutboxRow.id)
            if channel is not None:
                q = q.where(OutboxRow.tenant == tenant_of(channel), OutboxRow.channel == channel)
            return [OutboxEntry(r.id, r.channel, r.kind, r.state, r.sent, len(json.loads(r.messages)), r.attempts,
                                r.last_error, r.created_at, r.delivered_at) for r in s.scalars(q)]

    def depth(self) -> int:
        """How many rows are not yet delivered (pending or posting): the queue depth operators watch."""
        with self.store.session() as s:
            return int(s.scalar(select(func.count()).select_from(OutboxRow).where(OutboxRow.state.in_(OPEN_STATES)))
                       or 0)

    def supersede_unsent(self, channel: str, reason: str = "superseded by a newer digest") -> int:
        """Fail open digests of ``channel`` of which nothing was posted (their articles stay unseen)."""
        with self.store.session() as s:
            rows = list(s.scalars(select(OutboxRow).where(OutboxRow.tenant == tenant_of(channel),
                                                          OutboxRow.channel == channel, OutboxRow.kind == "digest",
                                                          OutboxRow.state.in_(OPEN_STATES), OutboxRow.sent == 0)))
            for r in rows:
                r.state, r.last_error, r.updated_at = "failed", reason, self.clock()
            return len(rows)

    # -- delivery --------------------------------------------------------------------------------
    async def deliver_pending(self, channel: str | None = None, *, due_only: bool = True) -> dict[int, str]:
        """Finish every open row (retry-delayed ones only when due); return {id: final state}."""
        now = self.clock()
        with self.store.session() as s:
            q = select(OutboxRow.id).where(OutboxRow.state.in_(OPEN_STATES)).order_by(OutboxRow.id)
            if channel is not None:
                q = q.where(OutboxRow.tenant == tenant_of(channel), OutboxRow.channel == channel)
            if due_only:
                q = q.where((OutboxRow.next_attempt_at.is_(None)) | (OutboxRow.next_attempt_at <= now))
            ids = list(s.scalars(q))
        return {i: await self.deliver(i) for i in ids}

    async def deliver(self, outbox_id: int) -> str:
        """Post the unsent messages of one row; return its state afterwards."""
        lock = self._locks.setdefault(outbox_id, asyncio.Lock())
        try:
            async with lock:
                with metrics.POST_SECONDS.time():
                    return await self._deliver(outbox_id)
        finally:
            if not lock.locked() and not getattr(lock, "_waiters", None):
                self._locks.pop(outbox_id, None)

    async def _deliver(self, outbox_id: int) -> str:
        with self.store.session() as s:
            row = s.get_one(OutboxRow, outbox_id)
            if row is None or row.state not in OPEN_STATES:
                return row.state if row else "missing"
            channel, platform, target, kind = row.channel, row.platform, row.target, row.kind
            messages, start, digest_json = messages_from_json(row.messages), row.sent, row.digest
            row.attempts += 1
            row.updated_at = self.clock()
        adapter = self.adapters.get(platform)
        if adapter is None:
            return self._retry_later(outbox_id, f"no adapter for platform {platform!r} in this process")
        digest = digest_from_json(digest_json) if kind == "digest" and digest_json else None
        delivery = self._delivery(adapter)
        for index in range(start, len(messages)):
            self._set_state(outbox_id, "posting")
            message = adapter.keyed(messages[index], idempotency_key(outbox_id, index))
            try:
                await delivery.send_with_retry(target, message)
            except PermanentError as exc:
                return self._fail(outbox_id, str(exc))
            except DeliveryError as exc:
                return self._retry_later(outbox_id, str(exc))
            except Exception as exc:  # an adapter bug: keep the row, retry later
                log.exception("outbox %d: send raised", outbox_id)
                return self._retry_later(outbox_id, f"{type(exc).__name__}: {exc}")
            self._confirmed(outbox_id, channel, index, len(messages), messages[index], digest)
        if not messages:
            self._confirmed(outbox_id, channel, -1, 0, None, digest)
        if digest is not None:
            items = sum(len(story.items) for story in digest.stories)
            digest_event("posted", channel, digest_id=outbox_id, platform=platform, items=items)
            metrics.DIGESTS_POSTED.labels(platform).inc()
            metrics.ITEMS_PER_DIGEST.observe(items)
            metrics.mark_now(metrics.LAST_POST)
        if digest is not None and self.digests is not None:
            try:
                # the seen rows are committed (_confirmed): only the in-process memory learns the digest;
                # off the loop, as a build may hold the service lock
                await asyncio.to_thread(self.digests.remember, Audience(channel), digest)
            except Exception:  # already committed in the store; memory is rebuilt on restart
                log.exception("outbox %d: refreshing memory failed", outbox_id)
        return "delivered"

    def _set_state(self, outbox_id: int, state: str, **fields: Any) -> None:
        with self.store.session() as s:
            row = s.get_one(OutboxRow, outbox_id)
            row.state = state
            row.updated_at = self.clock()
            for k, v in fields.items():
                setattr(row, k, v)

    def _confirmed(self, outbox_id: int, channel: str, index: int, total: int, message: Message | None,
                   digest: Digest | None) -> None:
        """One transaction: the message counts as sent, its stories as seen; the last one delivers."""
        now = self.clock()
        with self.store.session() as s:
            row = s.get_one(OutboxRow, outbox_id)
            row.sent = index + 1
            row.updated_at = now
            if digest is not None and message is not None and message.story_ids:
                Store.mark_seen_in(s, Audience(channel), *delivered_part(digest, message.story_ids))
            if row.sent >= total:
                row.state, row.delivered_at, row.last_error, row.next_attempt_at = "delivered", now, None, None
                if digest is not None:
                    Store.mark_seen_in(s, Audience(channel), *delivered_part(digest, None), window=digest.window)
                    _touch_channel(s, channel, now)

    def _fail(self, outbox_id: int, error: str) -> str:
        error = redact(error)  # a webhook target is a secret URL
        log.warning("outbox %d failed permanently: %s", outbox_id, error)
        self._set_state(outbox_id, "failed", last_error=error[:500], next_attempt_at=None)
        with self.store.session() as s:
            row = s.get_one(OutboxRow, outbox_id)
            kind, channel, platform = row.kind, row.channel, row.platform
        if kind == "digest":
            digest_event("failed", channel, digest_id=outbox_id, level=logging.WARNING, platform=platform,
                         reason=error[:200])
            metrics.DIGESTS_FAILED.labels(platform).inc()
        return "failed"

    def _retry_later(self, outbox_id: int, error: str) -> str:
        error = redact(error)
        with self.store.session() as s:
            attempts = s.get_one(OutboxRow, outbox_id).attempts
        if attempts >= self.max_attempts:
            return self._fail(outbox_id, f"gave up after {attempts} attempts: {error}")
        delay = min(self.retry_base * 2 ** (attempts - 1), 3600.0)
        log.info("outbox %d: %s; retry in %.0fs", outbox_id, error, delay)
        self._set_state(outbox_id, "pending", last_error=error[:500],
                        next_attempt_at=self.clock() + timedelta(seconds=delay))
        return "pending"


def _touch_channel(s: Session, channel: str, now: datetime) -> None:
    row = s.get(ChannelRow, channel)
    if row is not None:
        row.last_digest_at = now
