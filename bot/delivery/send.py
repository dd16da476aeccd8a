"""The delivery core: send -> confirm -> mark, shared by on-demand replies and the outbox.

The core posts a digest's messages in order through a :class:`~bot.core.chat.ChatAdapter`,
waits out rate limits (bounded retries), and reports what the platform confirmed. The one
marking rule (:func:`bot.core.service.delivered_part`, with :func:`confirmed_stories`): what
counts as delivered is either the whole digest (every message confirmed and together they
carried every story) or only the stories whose messages were all confirmed. A failed post
records nothing for its stories, so the next digest still contains them; marking is
idempotent, so a retried post does not double-count. On-demand replies mark through
:meth:`Delivery.deliver`'s ``mark``; the outbox (:mod:`bot.delivery.outbox`) marks each
confirmed message in its own transaction with the same rule.
"""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable, Sequence

from bot.core.chat import ChatAdapter, DeliveryError, Mark, Message, RateLimited
from bot.core.redact import redact
from summarizer.models import Digest

log = logging.getLogger(__name__)


def confirmed_stories(digest: Digest, messages: Sequence[Message], sent: int) -> list[str] | None:
    """What the first ``sent`` confirmed ``messages`` delivered: ``None`` for the whole digest, else story ids.

    The whole digest when every message went through and together they carried every story; else
    the stories of the confirmed messages, except a story split over a message that failed or was not sent.
    """
    carried = {s for m in messages for s in m.story_ids}
    if messages and sent == len(messages) and all(s.story_id in carried for s in digest.stories):
        return None
    return _sent_stories(messages, sent)


def _sent_stories(messages: Sequence[Message], sent: int) -> list[str]:
    """Story ids of the first ``sent`` messages in order, without those also in a later, unsent message."""
    confirmed: list[str] = []
    for m in messages[:sent]:
        confirmed.extend(s for s in m.story_ids if s not in confirmed)
    unsent = {s for m in messages[sent:] for s in m.story_ids}
    return [s for s in confirmed if s not in unsent]


@dataclass
class DeliveryReport:
    """What happened to one digest delivery."""

    sent: int = 0
    failed: int = 0
    story_ids: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    marked: bool = False  # (part of) the digest was recorded as delivered
    mark_error: str = ""  # the posts went out but recording them failed (they may be repeated)

    @property
    def ok(self) -> bool:
        """True when every message went through and was recorded."""
        return self.failed == 0 and not self.mark_error


class Delivery:
    """Posts messages through an adapter (in order, rate limits waited out) and reports what was confirmed."""

    def __init__(
        self,
        adapter: ChatAdapter,
        *,
        max_retries: int = 3,
        max_wait: float = 60.0,
        min_interval: float = 0.0,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
    ) -> None:
        self.adapter = adapter
        self.max_retries = max_retries
        self.max_wait = max_wait
        self.min_interval = min_interval  # pause between the messages of one digest (Slack: ~1/s per channel)
        self._sleep = sleep

    async def send_with_retry(self, target: str, message: Message) -> str:
        """Send one message, waiting out up to ``max_retries`` rate limits."""
        attempt = 0
        while True:
            try:
                return await self.adapter.send(target, message)
            except RateLimited as exc:
                attempt += 1
                if attempt > self.max_retries or exc.retry_after > self.max_wait:
                    raise
                log.info("%s rate limited; waiting %.2fs (attempt %d)", self.adapter.platform, exc.retry_after, attempt)
                await self._sleep(exc.retry_after)

    async def deliver(self, target: str, digest: Digest, messages: Sequence[Message] | None = None, *,
                      mark: Mark | None = None) -> DeliveryReport:
        """Post every message of ``digest`` in order; then ``mark`` what was confirmed (:func:`confirmed_stories`).

        ``messages`` defaults to ``adapter.render(digest)``. ``mark(digest, story_ids)`` is e.g.
        ``partial(service.mark_delivered, audience)``; it runs in a worker thread, and a failure
        to mark is reported, never raised (the posts are out).
        """
        report = DeliveryReport()
        messages = list(self.adapter.render(digest) if messages is None else messages)
        for index, message in enumerate(messages):
            if index and self.min_interval > 0:
                await self._sleep(self.min_interval)
            try:
                await self.send_with_retry(target, message)
            except DeliveryError as exc:
                self._failed(report, target, str(exc))
                break  # keep order: later messages would read out of context
            except Exception as exc:  # an adapter bug or an unmapped transport error: same outcome
                log.exception("%s delivery to %s raised", self.adapter.platform, target)
                self._failed(report, target, f"{type(exc).__name__}: {exc}")
                break
            report.sent += 1
        stories = confirmed_stories(digest, messages, report.sent)
        report.story_ids = _sent_stories(messages, report.sent)
        if mark is None or (stories is not None and not stories):
            return report
        try:
            await asyncio.to_thread(mark, digest, stories)
            report.marked = True
        except Exception as exc:  # the post is out; failing to remember it must not crash the caller
            log.exception("marking %d stories delivered failed", len(report.story_ids))
            report.mark_error = f"mark_delivered failed: {type(exc).__name__}"
            report.errors.append(report.mark_error)
        return report

    def _failed(self, report: DeliveryReport, target: str, error: str) -> None:
        """Record a failed message in ``report``."""
        report.failed += 1
        error = redact(error)  # a webhook target is a secret URL
        report.errors.append(error)
        log.warning("%s delivery to %s failed: %s", self.adapter.platform, target, error)
