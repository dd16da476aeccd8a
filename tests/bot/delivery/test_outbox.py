"""The outbox over the webhook adapter and a fake chat server: order, keys, retries, marking."""
from __future__ import annotations

import pytest
from fakes.builders import three_story_digest
from sqlalchemy import select

from bot.digests import Digests
from bot.db.feeds import FeedRepo
from bot.db.schema import OutboxRow
from bot.core.codec import digest_from_json, digest_to_json
from bot.delivery.integrity import integrity_problems
from bot.delivery.outbox import Outbox
from bot.scheduling.jobs import OutboxNotifier, ScheduledDigests
from bot.db.schema import SeenRow, ShownRow
from bot.platforms.webhook import WebhookAdapter
from summarizer.ingest import make_article

CH = "webhook:news"


@pytest.fixture
async def box(store, clock):
    adapter = WebhookAdapter(timeout=2)
    yield Outbox(store, {"webhook": adapter}, clock=clock, max_attempts=3, retry_base=60), adapter
    await adapter.aclose()


def seen(store, channel=CH) -> set[str]:
    with store.session() as s:
        return set(s.scalars(select(SeenRow.article_id).where(SeenRow.audience == channel)))


def row(store, oid) -> OutboxRow:
    with store.session() as s:
        return s.get(OutboxRow, oid)


def enqueue(box, chat, digest=None):
    outbox, adapter = box
    digest = digest or three_story_digest(CH)
    return outbox.enqueue_digest(CH, "webhook", chat.url, digest, adapter.render(digest))


def test_digest_json_round_trip():
    d = three_story_digest(CH)
    back = digest_from_json(digest_to_json(d))
    assert back == d and back.items[0].key == "key-0"


async def test_delivers_in_order_with_keys_and_marks_in_one_go(box, chat, store):
    FeedRepo(store).ensure_channel(CH, chat.url)
    oid = enqueue(box, chat)
    assert row(store, oid).state == "pending" and seen(store) == set()
    assert await box[0].deliver(oid) == "delivered"
    assert chat.keys() == [f"digestbot-{oid}-0", f"digestbot-{oid}-1", f"digestbot-{oid}-2"]
    assert [p.body["story_ids"] for p in chat.posts] == [["story-0"], ["story-1"], ["story-2"]]
    assert chat.posts[0].body["idempotency_key"] == f"digestbot-{oid}-0"
    assert "Flood in Riverton" in chat.posts[0].body["text"]
    r = row(store, oid)
    assert (r.state, r.sent, r.attempts) == ("delivered", 3, 1) and r.delivered_at
    assert seen(store) == set(three_story_digest(CH).article_ids)
    with store.session() as s:
        assert set(s.scalars(select(ShownRow.key))) == {"key-0", "key-1", "key-2"}
    assert integrity_problems(store) == []
    assert await box[0].deliver(oid) == "delivered" and len(chat.posts) == 3  # idempotent


async def test_transient_error_resumes_after_the_confirmed_messages(box, chat, store, clock):
    outbox, _ = box
    chat.statuses[2] = (502, {})
    oid = enqueue(box, chat)
    assert await outbox.deliver(oid) == "pending"
    r = row(store, oid)
    assert (r.sent, r.state) == (1, "pending") and "HTTP 502" in r.last_error
    assert seen(store) == {"art-0-a", "art-0-b"}  # only the confirmed story
    assert await outbox.deliver_pending() == {}  # not due yet
    clock.advance(seconds=61)
    assert await outbox.deliver_pending() == {oid: "delivered"}
    assert chat.keys() == [f"digestbot-{oid}-0", f"digestbot-{oid}-1", f"digestbot-{oid}-2"]  # no re-post of #0
    assert integrity_problems(store) == []


async def test_rate_limit_is_waited_out(box, chat, store):
    chat.statuses[1] = (429, {"Retry-After": "0"})
    oid = enqueue(box, chat)
    assert await box[0].deliver(oid) == "delivered"
    assert len(chat.posts) == 3 and chat.requests == 4


async def test_permanent_error_fails_and_leaves_the_rest_unseen(box, chat, store):
    chat.statuses[2] = (403, {})
    oid = enqueue(box, chat)
    assert await box[0].deliver(oid) == "failed"
    r = row(store, oid)
    assert (r.state, r.sent) == ("failed", 1) and "HTTP 403" in r.last_error
    assert seen(store) == {"art-0-a", "art-0-b"}
    assert integrity_problems(store) == []


async def test_gives_up_after_max_attempts(box, chat, store, clock):
    outbox, _ = box
    for n in range(1, 10):
        chat.statuses[n] = (500, {})
    oid = enqueue(box, chat)
    states = []
    for _ in range(3):
        states.append(await outbox.deliver(oid))
        clock.advance(hours=2)
    assert states == ["pending", "pending", "failed"]
    assert "gave up after 3 attempts" in row(store, oid).last_error and chat.posts == []


async def test_unknown_platform_waits(store, clock, chat):
    outbox = Outbox(store, {}, clock=clock)
    oid = outbox.enqueue_notice("slack:T:C", "slack", "C", "hello")
    assert await outbox.deliver(oid) == "pending" and "no adapter" in row(store, oid).last_error


async def test_feed_notices_go_through_the_outbox(box, chat, store):
    outbox, _ = box
    feeds = FeedRepo(store)
    feeds.ensure_channel(CH, chat.url)
    await OutboxNotifier(outbox, feeds).feed_failing(CH, "http://x.test/rss", "HTTP 500", 3)
    (post,) = chat.posts
    assert "http://x.test/rss has failed 3 times" in post.body["text"]
    (entry,) = outbox.entries(CH)
    assert (entry.kind, entry.state) == ("notice", "delivered")


ARTICLES = [
    ("Flood in Riverton", "Heavy rain caused the Blue River to burst its banks in Riverton on Monday, flooding about "
     "120 homes. Mayor Ellen Park said 300 residents were moved to the community college gym overnight."),
    ("Dockers strike at Harbor Point", "Workers at the Harbor Point container terminal walked off the job on Tuesday "
     "over a pay dispute. The dockworkers union says its 1,400 members want a raise of 9 percent over two years."),
]


async def test_scheduled_digest_end_to_end_and_scope(box, chat, store, clock):
    outbox, _ = box
    digests = Digests(store, clock=clock)
    feeds = FeedRepo(store, clock)
    feeds.ensure_channel(CH, chat.url)
    arts = [make_article(text, name=t, title=t, url=f"http://n.test/{i}") for i, (t, text) in enumerate(ARTICLES)]
    digests.ingest(arts, channel=CH)
    outbox.digests = digests
    job = ScheduledDigests(digests, feeds, outbox)

    oid = await job.run(CH)  # no feeds: the articles ingested for it
    assert oid is not None and row(store, oid).state == "delivered"
    assert {p.body["text"].splitlines()[0] for p in chat.posts} == {"*Flood in Riverton*", "*Dockers strike at Harbor Point*"}
    assert seen(store) == {a.id for a in arts}
    assert await job.run(CH) is None and len(chat.posts) == 2  # nothing new: nothing posted

    # A channel following a feed only gets that feed's articles.
    other = "webhook:feedonly"
    feeds.ensure_channel(other, chat.url)
    feed, _ = feeds.subscribe(other, "http://n.test/rss", 900)
    feeds.record_entry(feed.id, "g1", "http://n.test/1", "fp", "s", arts[1].id)
    before = len(chat.posts)
    assert await job.run(other) is not None
    assert [p.body["text"].splitlines()[0] for p in chat.posts[before:]] == ["*Dockers strike at Harbor Point*"]
    assert integrity_problems(store) == []


async def test_unsent_pending_digest_is_superseded(box, chat, store, clock):
    outbox, _ = box
    digests = Digests(store, clock=clock)
    feeds = FeedRepo(store, clock)
    feeds.ensure_channel(CH, chat.url)
    digests.ingest([make_article(ARTICLES[0][1], name="a", title=ARTICLES[0][0], url="http://n.test/a")], channel=CH)
    stale = enqueue(box, chat)  # pending, nothing posted (the platform was down)
    chat.statuses.update({1: (500, {}), 2: (500, {})})
    assert await outbox.deliver(stale) == "pending"
    oid = await ScheduledDigests(digests, feeds, outbox).run(CH)  # retries the stale one (fails again), then a fresh one
    assert (row(store, stale).state, row(store, stale).last_error) == ("failed", "superseded by a newer digest")
    assert row(store, oid).state == "delivered" and chat.requests == 3
    assert "Riverton" in chat.posts[0].body["text"]
    assert "art-0-a" not in seen(store)  # the superseded digest's articles were never marked
    assert integrity_problems(store) == []


async def test_concurrent_deliveries_of_one_row_post_once(box, chat, store):
    import asyncio

    oid = enqueue(box, chat)
    states = await asyncio.gather(box[0].deliver(oid), box[0].deliver(oid), box[0].deliver_pending())
    assert states[0] == states[1] == "delivered" and len(chat.posts) == 3


async def test_a_generic_webhook_path_never_shows_in_errors_or_logs(box, chat, store, caplog):
    import logging

    from bot.core.redact import install_log_redaction

    install_log_redaction()
    caplog.set_level(logging.INFO)
    outbox, _ = box
    chat.statuses = {1: (404, {})}
    target = chat.url.rstrip("/") + "/relay/Plain0Secret0Path"
    oid = outbox.enqueue_notice(CH, "webhook", target, "hello")
    assert await outbox.deliver(oid) == "failed"
    assert row(store, oid).last_error.endswith("/***: HTTP 404")
    assert "Plain0Secret0Path" not in caplog.text and "HTTP Request: POST http://127.0.0.1" in caplog.text
