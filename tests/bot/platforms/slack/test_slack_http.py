"""The real HTTP endpoint of the app, driven with correctly signed slash commands."""
from __future__ import annotations

import asyncio
import json
import threading
import time
from datetime import timedelta
from typing import Any

from slack_sdk.models.blocks import Block

from bot.core.service import Audience
from bot.platforms.slack.app import APOLOGY, NO_MANAGER, NOT_IN_CHANNEL, NOTHING_TO_POST
from fakes.slack_api import RESPONSE_URL, FakeSlack
from fakes.builders import hostile_digest, sample_stories
from fakes.service import FakeDigestService
from slack_stack import MakeStack

CHANNEL = Audience.channel("slack", "T1", "C1")
USER = Audience.for_user(CHANNEL, "U1")


def section_text(payload: dict[str, Any]) -> str:
    """All section texts of a payload."""
    blocks = payload["blocks"]
    if isinstance(blocks, str):
        blocks = json.loads(blocks)
    return "\n".join(b["text"]["text"] for b in blocks if b["type"] == "section")


def blocks_of(payload: dict[str, Any]) -> list[dict[str, Any]]:
    """The blocks of a recorded payload (a JSON string in form-encoded calls)."""
    blocks = payload["blocks"]
    return json.loads(blocks) if isinstance(blocks, str) else blocks


async def test_ack_is_immediate_even_when_the_build_is_slow(make_stack: MakeStack) -> None:
    stack = await make_stack(FakeDigestService(sample_stories(), delay=4.0))
    status, body, seconds = await stack.command("")
    assert status == 200 and body == ""
    assert seconds < 3.0, f"ack took {seconds:.2f}s"
    assert stack.fake.of(RESPONSE_URL) == []  # the digest is not there yet: it is still being built
    await stack.settle()
    [reply] = stack.fake.of(RESPONSE_URL)
    assert reply.path == "/commands/T1/1/secret-1"
    assert reply.body["response_type"] == "ephemeral" and reply.body["replace_original"] is False
    assert "Cases rose to 120" in section_text(reply.body) and "Council vote" in section_text(reply.body)
    assert reply.at - stack.fake.calls[0].at >= 3.5  # it came after the slow build, not before
    assert stack.service.build_threads[0] != threading.get_ident()  # built in a worker thread
    assert stack.fake.of("chat.postMessage") == []


async def test_bad_signature_is_refused(make_stack: MakeStack) -> None:
    stack = await make_stack()
    status, _, _ = await stack.command("", secret="not-the-secret")
    assert status == 401
    status, _, _ = await stack.command("", tamper=True)  # body changed after signing
    assert status == 401
    assert stack.service.requests == [] and stack.fake.calls == []


async def test_old_timestamp_is_refused(make_stack: MakeStack) -> None:
    stack = await make_stack()
    status, _, _ = await stack.command("", timestamp=int(time.time()) - 301)  # validly signed, but replayed
    assert status == 401
    status, _, _ = await stack.command("", timestamp=int(time.time()) - 60)  # within five minutes
    assert status == 200
    await stack.settle()
    assert len(stack.service.requests) == 1


async def test_ephemeral_digest_marks_the_user_and_a_second_one_says_nothing_new(make_stack: MakeStack) -> None:
    stack = await make_stack()
    assert (await stack.command(""))[0] == 200
    await stack.settle()
    assert (await stack.command(""))[0] == 200
    await stack.settle()
    first, second = stack.fake.of(RESPONSE_URL)
    assert "Cases rose to 120" in section_text(first.body)
    assert "Nothing new" in section_text(second.body) and "Cases rose" not in section_text(second.body)
    assert [r.audience for r in stack.service.requests] == [USER, USER]
    assert stack.service.known(USER) == {"flu-1", "flu-2", "vote-1"}
    assert stack.service.known(CHANNEL) == set()  # the channel still gets them in its next digest
    # auth.test was called with the bot token, once
    [auth] = stack.fake.of("auth.test")
    assert auth.headers["Authorization"] == "Bearer xoxb-test-token"


async def test_public_posts_to_the_channel_and_marks_the_channel(make_stack: MakeStack) -> None:
    stack = await make_stack()
    status, body, _ = await stack.command("public")
    assert (status, body) == (200, "")
    await stack.settle()
    [post] = stack.fake.of("chat.postMessage")
    assert post.body["channel"] == "C1" and post.headers["Authorization"] == "Bearer xoxb-test-token"
    assert post.body["unfurl_links"] is False and "What's new" in post.body["text"]
    assert "Cases rose to 120" in section_text(post.body)
    for raw in blocks_of(post.body):
        Block.parse(raw).validate_json()  # type: ignore[union-attr]
    assert stack.fake.of(RESPONSE_URL) == []
    assert stack.service.known(CHANNEL) == {"flu-1", "flu-2", "vote-1"}
    # the user now knows it too (inherits the channel), and a second public post is not made
    await stack.command("")
    await stack.command("public")
    await stack.settle()
    replies = stack.fake.of(RESPONSE_URL)
    assert "Nothing new" in section_text(replies[0].body)
    assert replies[1].body["text"] == NOTHING_TO_POST and replies[1].body["response_type"] == "ephemeral"
    assert len(stack.fake.of("chat.postMessage")) == 1


async def test_a_429_is_waited_out_and_the_post_succeeds(make_stack: MakeStack, fake_slack: FakeSlack) -> None:
    stack = await make_stack()
    fake_slack.rate_limit_next("chat.postMessage", retry_after=1)
    await stack.command("public")
    await stack.settle()
    limited, posted = fake_slack.of("chat.postMessage")
    assert (limited.status, posted.status) == (429, 200)
    assert posted.at - limited.at >= 1.0  # Retry-After honoured
    assert section_text(limited.body) == section_text(posted.body)
    assert stack.service.known(CHANNEL) == {"flu-1", "flu-2", "vote-1"}


async def test_a_failed_post_leaves_memory_unchanged(make_stack: MakeStack, fake_slack: FakeSlack) -> None:
    stack = await make_stack()
    fake_slack.fail_next("chat.postMessage", error="not_in_channel")
    await stack.command("public")
    await stack.settle()
    assert stack.service.known(CHANNEL) == set() and stack.service.marks == []
    [apology] = fake_slack.of(RESPONSE_URL)
    assert apology.body["text"] == NOT_IN_CHANNEL.replace("&", "&amp;")
    # an HTTP 500 from Slack: also nothing marked, and the user is told
    fake_slack.fail_next("chat.postMessage", status=500)
    await stack.command("public")
    await stack.settle()
    assert stack.service.known(CHANNEL) == set()
    assert "did not accept" in fake_slack.of(RESPONSE_URL)[1].body["text"]
    # the next digest still has every item
    await stack.command("public")
    await stack.settle()
    posts = fake_slack.of("chat.postMessage")
    assert [p.status for p in posts] == [200, 500, 200]
    assert "Cases rose to 120" in section_text(posts[-1].body) and "Council vote" in section_text(posts[-1].body)
    assert stack.service.known(CHANNEL) == {"flu-1", "flu-2", "vote-1"}


async def test_a_failed_ephemeral_reply_leaves_the_user_memory_unchanged(make_stack: MakeStack, fake_slack: FakeSlack) -> None:
    stack = await make_stack()
    fake_slack.fail_next(RESPONSE_URL, error="expired_url", status=404)
    await stack.command("")
    await stack.settle()
    assert stack.service.known(USER) == set()
    fake_slack.rate_limit_next(RESPONSE_URL, retry_after=1)  # a 429 on the response URL is waited out
    await stack.command("")
    await stack.settle()
    statuses = [c.status for c in fake_slack.of(RESPONSE_URL)]
    assert statuses == [404, 429, 200]
    assert "Cases rose to 120" in section_text(fake_slack.of(RESPONSE_URL)[-1].body)
    assert stack.service.known(USER) == {"flu-1", "flu-2", "vote-1"}


async def test_help_unknown_options_and_settings_without_a_manager_answer_in_the_ack(make_stack: MakeStack) -> None:
    stack = await make_stack()
    status, body, _ = await stack.command("help")
    assert status == 200 and "Usage: /digest" in json.loads(body)["text"]
    status, body, _ = await stack.command("--frobnicate")
    assert status == 200 and "Unknown option `--frobnicate`" in json.loads(body)["text"]
    assert "Usage: /digest" in json.loads(body)["text"]
    status, body, _ = await stack.command("schedule daily 9:00")  # this stack has no Manager
    assert json.loads(body)["text"] == NO_MANAGER
    status, body, _ = await stack.command("--x=<!channel>")
    assert "<!channel>" not in body and "&lt;!channel&gt;" in json.loads(body)["text"]
    await stack.settle()
    assert stack.service.requests == [] and stack.fake.of(RESPONSE_URL) == []


async def test_options_reach_the_service(make_stack: MakeStack) -> None:
    stack = await make_stack()
    await stack.command("last 24h max 1 flu", user="U9", channel="C7", team="T3")
    await stack.settle()
    [request] = stack.service.requests
    assert request.window == timedelta(hours=24) and request.max_items == 1 and request.query == "flu"
    assert request.audience == Audience.for_user(Audience.channel("slack", "T3", "C7"), "U9") and not request.public
    [reply] = stack.fake.of(RESPONSE_URL)
    text = section_text(reply.body)
    assert "Cases rose to 120" in text and "Hospital" not in text and "Council" not in text
    assert blocks_of(reply.body)[0]["text"]["text"] == "What's new: flu (last 24h)"


async def test_a_build_error_gives_a_short_apology_without_details(make_stack: MakeStack) -> None:
    stack = await make_stack(FakeDigestService(sample_stories(), error=RuntimeError("engine exploded at /srv/secret.py:42")))
    await stack.command("")
    await stack.settle()
    [reply] = stack.fake.of(RESPONSE_URL)
    assert reply.body["text"] == APOLOGY and reply.body["response_type"] == "ephemeral"
    assert "exploded" not in json.dumps(reply.body) and "Traceback" not in json.dumps(reply.body)
    assert stack.service.marks == []


async def test_hostile_articles_are_posted_inert(make_stack: MakeStack) -> None:
    stack = await make_stack(FakeDigestService(hostile_digest().stories))
    await stack.command("public")
    await stack.settle()
    [post] = stack.fake.of("chat.postMessage")
    raw = json.dumps(post.body)
    assert "<!" not in raw and "<@" not in raw and "<#" not in raw
    for block in blocks_of(post.body):
        Block.parse(block).validate_json()  # type: ignore[union-attr]


async def test_two_quick_digests_in_one_channel_do_not_repeat_each_other(make_stack: MakeStack) -> None:
    stack = await make_stack(FakeDigestService(sample_stories(), delay=0.5))
    results = await asyncio.gather(stack.command(""), stack.command(""))
    assert [r[0] for r in results] == [200, 200]
    await stack.settle()
    texts = sorted(section_text(c.body) for c in stack.fake.of(RESPONSE_URL))
    assert len(texts) == 2
    assert sum("Cases rose to 120" in t for t in texts) == 1  # told once, not twice
    assert sum("Nothing new" in t for t in texts) == 1
