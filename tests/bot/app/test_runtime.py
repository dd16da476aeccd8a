"""The scheduler process wiring: start finishes the outbox, the tick polls feeds."""
from __future__ import annotations

import asyncio

from fakes.builders import three_story_digest

from bot.feeds.fetch import Fetcher
from bot.delivery.outbox import Outbox
from bot.app.runtime import Runtime
from bot.scheduling.spec import parse_spec
from bot.platforms.webhook import WebhookAdapter

CH = "webhook:rt"


async def test_start_finishes_interrupted_deliveries_and_loads_jobs(store, chat):
    adapter = WebhookAdapter(timeout=2)
    digest = three_story_digest(CH)
    oid = Outbox(store, {"webhook": adapter}).enqueue_digest(CH, "webhook", chat.url, digest, adapter.render(digest))
    rt = Runtime(store, {"webhook": adapter}, fetcher=Fetcher(allow_private=True, timeout=5), tick_every=3600)
    rt.schedules.set(CH, parse_spec("weekdays 09:00", "Europe/Berlin"))
    polled = asyncio.Event()

    async def fake_poll(progress=None):
        polled.set()
        return []

    rt.poller.poll_due = fake_poll  # type: ignore[method-assign]
    await rt.start()
    assert len(chat.posts) == 3 and rt.outbox.entries(CH)[0].state == "delivered"
    assert {j.id for j in rt.scheduler.scheduler.get_jobs()} == {"tick", f"digest:{CH}"}
    await asyncio.wait_for(polled.wait(), 5)  # the first tick runs at once
    await rt.stop()
    await adapter.aclose()
    assert oid == 1
