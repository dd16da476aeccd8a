"""The delivery core both chat platforms share.

A platform adapter does two things: ``render`` a :class:`~summarizer.models.Digest` into
platform messages, and ``send`` one message. The core posts the messages in order, waits
out rate limits (bounded retries), and only after the platform confirms a message records
the stories it carried as delivered. A failed post records nothing for its stories, so the
next digest still contains them; marking is idempotent, so a retried post does not
double-count.

Exceptions (one hierarchy, catch :class:`DeliveryError` for all of them)::

    DeliveryError            the platform did not take a message
    ├── RateLimited          HTTP 429; ``retry_after`` seconds to wait (retried by the core)
    └── PermanentError       will not succeed on retry (bad request, no access, too large)
"""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable, Protocol, Sequence

from bot.service import Audience, DigestService
from summarizer.models import Digest

log = logging.getLogger(__name__)


class DeliveryError(Exception):
    """A message was not delivered."""


class RateLimited(DeliveryError):
    """The platform asked us to slow down (HTTP 429)."""

    def __init__(self, retry_after: float, message: str = "rate limited") -> None:
        super().__init__(f"{message} (retry after {retry_after:.2f}s)")
        self.retry_after = max(0.0, float(retry_after))


class PermanentError(DeliveryError):
    """Retrying will not help (HTTP 4xx other than 429, invalid payload, no access)."""


@dataclass
class Message:
    """One platform message and the digest stories it carries."""

    payload: dict[str, Any]
    story_ids: Sequence[str] = field(default_factory=tuple)


class ChatAdapter(Protocol):
    """A platform's part: render a digest, send one message to a target."""

    platform: str

    def render(self, digest: Digest) -> list[Message]:
        """The messages that show ``digest``, each within the platform's limits."""
        ...

    async def send(self, target: str, message: Message) -> str:
        """Post ``message`` to ``target``; return the platform's id for it or raise DeliveryError."""
        ...


@dataclass
class DeliveryReport:
    """What happened to one digest delivery."""

    sent: int = 0
    failed: int = 0
    story_ids: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    marked: bool = False  # the service recorded (part of) the digest as delivered
    mark_error: str = ""  # the posts went out but recording them failed (they may be repeated)

    @property
    def ok(self) -> bool:
        """True when every message went through and was recorded."""
        return self.failed == 0 and not self.mark_error


class Delivery:
    """Posts digests through an adapter and records what the platform confirmed."""

    def __init__(
        self,
        service: DigestService,
        adapter: ChatAdapter,
        *,
        max_retries: int = 3,
        max_wait: float = 60.0,
        min_interval: float = 0.0,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
    ) -> None:
        self.service = service
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

    async def deliver(
        self, target: str, audience: Audience, digest: Digest, messages: Sequence[Message] | None = None
    ) -> DeliveryReport:
        """Post every message of ``digest``; mark delivered only the stories that were confirmed.

        ``messages`` defaults to ``adapter.render(digest)``. The whole digest is marked (so the
        service may also record the articles it accounted for) only when every message went through
        and together they carried every story; otherwise only the confirmed stories are marked.
        """
        report = DeliveryReport()
        messages = list(self.adapter.render(digest) if messages is None else messages)
        confirmed: list[str] = []
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
            confirmed.extend(s for s in message.story_ids if s not in confirmed)
        # A story split over several messages counts only if none of its messages failed.
        if report.failed:
            failed_or_unsent = {s for m in messages[report.sent:] for s in m.story_ids}
            confirmed = [s for s in confirmed if s not in failed_or_unsent]
        report.story_ids = confirmed
        carried = {s for m in messages for s in m.story_ids}
        complete = all(s.story_id in carried for s in digest.stories)
        try:
            if messages and report.ok and complete:
                await asyncio.to_thread(self.service.mark_delivered, audience, digest)
                report.marked = True
            elif confirmed:
                await asyncio.to_thread(self.service.mark_delivered, audience, digest, confirmed)
                report.marked = True
        except Exception as exc:  # the post is out; failing to remember it must not crash the caller
            log.exception("marking %d stories delivered to %s failed", len(confirmed), audience.key)
            report.mark_error = f"mark_delivered failed: {type(exc).__name__}"
            report.errors.append(report.mark_error)
        return report

    def _failed(self, report: DeliveryReport, target: str, error: str) -> None:
        """Record a failed message in ``report``."""
        report.failed += 1
        report.errors.append(error)
        log.warning("%s delivery to %s failed: %s", self.adapter.platform, target, error)
