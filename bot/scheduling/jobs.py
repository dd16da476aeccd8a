"""What scheduled work runs: a channel's digest built, stored in the outbox and posted; feed notices."""
from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

from bot.core import metrics
from bot.core.events import digest_event
from bot.core.redact import redact
from bot.digests import Digests
from bot.db.feeds import FeedRepo
from bot.delivery.outbox import Outbox
from bot.core.service import Audience, DigestRequest

log = logging.getLogger(__name__)


class OutboxNotifier:
    """Feed health notices, posted through the outbox (so they survive crashes too)."""

    def __init__(self, outbox: Outbox, feeds: FeedRepo) -> None:
        self.outbox = outbox
        self.feeds = feeds

    async def _post(self, channel: str, text: str) -> None:
        platform, target = self.feeds.channel_target(channel)
        text = redact(text)  # the feed URL may carry credentials
        await self.outbox.deliver(self.outbox.enqueue_notice(channel, platform, target, text))

    async def feed_failing(self, channel: str, feed_url: str, error: str, failures: int) -> None:
        """Tell the channel once that a feed keeps failing."""
        await self._post(channel, f"⚠️ The feed {feed_url} has failed {failures} times in a row ({error}). "
                                  "digestbot keeps retrying, less and less often.")

    async def feed_recovered(self, channel: str, feed_url: str) -> None:
        """Tell the channel that a failing feed works again."""
        await self._post(channel, f"✅ The feed {feed_url} works again.")


class ScheduledDigests:
    """The job a schedule runs: build the channel's digest, store it in the outbox, post it."""

    def __init__(self, digests: Digests, feeds: FeedRepo, outbox: Outbox, *, max_items: int | None = None,
                 window: timedelta | None = None) -> None:
        self.digests = digests
        self.feeds = feeds
        self.outbox = outbox
        self.max_items = max_items
        self.window = window

    def request(self, channel: str) -> DigestRequest:
        """The channel's request (the service reads only the channel's own sources)."""
        return DigestRequest(Audience(channel), self.window, None, self.max_items, True)

    async def run(self, channel: str) -> int | None:
        """Post the channel's digest; return the outbox id (None when there was nothing to tell)."""
        await self.outbox.deliver_pending(channel, due_only=False)  # older digests first, in order
        if any(e.sent > 0 for e in self.outbox.entries(channel, ("pending", "posting"))):
            log.warning("%s: an earlier digest is half posted; not building a new one yet", channel)
            return self._skipped(channel, "an earlier digest is half posted")
        self.outbox.supersede_unsent(channel)  # their articles are still unseen: the new digest has them
        platform, target = self.feeds.channel_target(channel)
        adapter = self.outbox.adapters.get(platform)
        if adapter is None:
            log.warning("%s: no %s adapter in this process; digest not built", channel, platform)
            return self._skipped(channel, f"no {platform} adapter in this process")
        # The engine is CPU-bound (sumy ranking): keep the event loop (chat connections) responsive.
        with metrics.BUILD_SECONDS.time():
            digest = await asyncio.to_thread(self.digests.build, self.request(channel))
        if digest.empty:
            if digest.minor_left:  # a quiet day: its minor items stay unseen for a later digest, not dropped
                return self._skipped(channel, "only minor items")
            if digest.article_ids:  # only repeats of known facts: recorded as known, nothing posted
                await asyncio.to_thread(self.digests.mark_delivered, Audience(channel), digest)
                return self._skipped(channel, "only facts the channel already knows")
            return self._skipped(channel, "nothing new")
        outbox_id = self.outbox.enqueue_digest(channel, platform, target, digest, adapter.render(digest))
        await self.outbox.deliver(outbox_id)
        return outbox_id

    @staticmethod
    def _skipped(channel: str, reason: str) -> None:
        """Record (one log line, a metric) that the channel's scheduled digest was not posted, and why."""
        digest_event("skipped", channel, reason=reason)
        metrics.DIGESTS_SKIPPED.labels(reason).inc()
        return None
