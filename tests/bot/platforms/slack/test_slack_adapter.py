"""SlackAdapter / ResponseUrlAdapter against the fake Web API: success, 429, errors."""
from __future__ import annotations

from functools import partial

import socket

import pytest
from slack_sdk.web.async_client import AsyncWebClient

from bot.core.chat import DeliveryError, Message, PermanentError, RateLimited
from bot.delivery.send import Delivery
from bot.core.service import Audience, DigestRequest
from bot.platforms.slack.adapter import ResponseUrlAdapter, SlackAdapter, make_web_client, retry_after
from bot.platforms.slack.config import SlackSettings
from fakes.builders import big_digest, sample_stories
from fakes.service import FakeDigestService
from fakes.slack_api import RESPONSE_URL, FakeSlack
from summarizer.models import Digest, Item, Kind, StoryDigest

MESSAGE = Message({"text": "hello", "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "hi"}}]}, ("s",))


def bare_client(fake: FakeSlack, token: str | None = None) -> AsyncWebClient:
    """A client without retry handlers, so the adapter sees Slack's answers directly."""
    return AsyncWebClient(token=token or fake.bot_token, base_url=fake.api_url, retry_handlers=[])


async def test_send_returns_ts_and_posts_payload(fake_slack: FakeSlack) -> None:
    ts = await SlackAdapter(bare_client(fake_slack)).send("C42", MESSAGE)
    [call] = fake_slack.of("chat.postMessage")
    assert ts and ts.split(".")[1] == "000001"
    assert call.body["channel"] == "C42" and call.body["text"] == "hello" and call.body["blocks"] == MESSAGE.payload["blocks"]
    assert call.body["unfurl_links"] is False and call.body["unfurl_media"] is False


async def test_429_becomes_rate_limited_with_retry_after(fake_slack: FakeSlack) -> None:
    fake_slack.rate_limit_next("chat.postMessage", retry_after=7)
    with pytest.raises(RateLimited) as info:
        await SlackAdapter(bare_client(fake_slack)).send("C1", MESSAGE)
    assert info.value.retry_after == 7.0


@pytest.mark.parametrize("error", ["channel_not_found", "not_in_channel", "invalid_blocks", "is_archived"])
async def test_slack_errors_are_permanent(fake_slack: FakeSlack, error: str) -> None:
    fake_slack.fail_next("chat.postMessage", error=error)
    with pytest.raises(PermanentError, match=error):
        await SlackAdapter(bare_client(fake_slack)).send("C1", MESSAGE)


async def test_bad_token_is_permanent(fake_slack: FakeSlack) -> None:
    with pytest.raises(PermanentError, match="invalid_auth"):
        await SlackAdapter(bare_client(fake_slack, "xoxb-wrong")).send("C1", MESSAGE)


async def test_http_500_and_internal_error_are_retryable_errors_not_permanent(fake_slack: FakeSlack) -> None:
    fake_slack.fail_next("chat.postMessage", status=500)
    fake_slack.fail_next("chat.postMessage", error="internal_error")
    adapter = SlackAdapter(bare_client(fake_slack))
    for _ in range(2):
        with pytest.raises(DeliveryError) as info:
            await adapter.send("C1", MESSAGE)
        assert not isinstance(info.value, (PermanentError, RateLimited))


async def test_unreachable_slack_is_a_delivery_error() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    client = AsyncWebClient(token="xoxb-x", base_url=f"http://127.0.0.1:{port}/api/", retry_handlers=[])
    with pytest.raises(DeliveryError, match="network error"):
        await SlackAdapter(client).send("C1", MESSAGE)


async def test_delivery_waits_out_rate_limits_through_the_adapter(fake_slack: FakeSlack) -> None:
    """No slack_sdk retry handler here: the delivery core itself honours Retry-After."""
    fake_slack.rate_limit_next("chat.postMessage", retry_after=2)
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    service = FakeDigestService(sample_stories())
    audience = Audience.channel("slack", "T1", "C1")
    digest = service.build(DigestRequest(audience))
    report = await Delivery(SlackAdapter(bare_client(fake_slack)), sleep=sleep).deliver("C1", digest, mark=partial(service.mark_delivered, audience))
    assert report.ok and waits == [2.0]
    assert [c.status for c in fake_slack.of("chat.postMessage")] == [429, 200]
    assert service.known(audience) == {"flu-1", "flu-2", "vote-1"}


async def test_configured_client_uses_base_url_and_waits_out_one_429(fake_slack: FakeSlack) -> None:
    settings = SlackSettings(bot_token=fake_slack.bot_token, signing_secret="s", api_url=fake_slack.api_url.rstrip("/"))
    client = make_web_client(settings)
    assert client.base_url == fake_slack.api_url
    fake_slack.rate_limit_next("chat.postMessage", retry_after=1)
    ts = await SlackAdapter(client).send("C1", MESSAGE)
    assert ts and [c.status for c in fake_slack.of("chat.postMessage")] == [429, 200]


async def test_multi_message_post_keeps_order(fake_slack: FakeSlack) -> None:
    adapter = SlackAdapter(bare_client(fake_slack))
    digest = big_digest(12, 10)
    service = FakeDigestService(digest.stories)
    messages = adapter.render(digest)
    assert len(messages) > 1
    audience = Audience.channel("slack", "T1", "C1")
    report = await Delivery(adapter).deliver("C1", digest, mark=partial(service.mark_delivered, audience))
    posts = fake_slack.of("chat.postMessage")
    assert report.ok and len(posts) == len(messages)
    assert [p.body["blocks"] for p in posts] == [m.payload["blocks"] for m in messages]


async def test_response_url_adapter(fake_slack: FakeSlack) -> None:
    adapter = ResponseUrlAdapter()
    url = fake_slack.response_url("x")
    assert await adapter.send(url, MESSAGE) == ""
    [call] = fake_slack.of(RESPONSE_URL)
    assert call.body["response_type"] == "ephemeral" and call.body["text"] == "hello"
    fake_slack.fail_next(RESPONSE_URL, error="used_url", status=404)
    with pytest.raises(PermanentError):
        await adapter.send(url, MESSAGE)
    fake_slack.fail_next(RESPONSE_URL, status=500)
    with pytest.raises(DeliveryError):
        await adapter.send(url, MESSAGE)
    assert len(adapter.render(big_digest())) == 5  # Slack allows five posts per response_url


async def test_response_url_adapter_leaves_unshown_stories_for_next_time(fake_slack: FakeSlack) -> None:
    digest = big_digest()
    service = FakeDigestService(digest.stories)
    audience = Audience.for_user(Audience.channel("slack", "T1", "C1"), "U1")
    report = await Delivery(ResponseUrlAdapter()).deliver(fake_slack.response_url(), digest, mark=partial(service.mark_delivered, audience))
    assert report.ok and len(fake_slack.of(RESPONSE_URL)) == 5
    shown = set(report.story_ids)
    assert 0 < len(shown) < len(digest.stories)
    assert service.marks == [(audience.key, tuple(report.story_ids))]
    remaining = service.build(DigestRequest(audience))
    assert {s.story_id for s in remaining.stories} == {s.story_id for s in digest.stories} - shown


def test_retry_after_parsing() -> None:
    assert retry_after({"Retry-After": ["3"]}) == 3.0
    assert retry_after({"retry-after": "1.5"}) == 1.5
    assert retry_after({}) == 1.0 and retry_after({"Retry-After": "soon"}) == 1.0


def test_empty_digest_renders_one_message() -> None:
    [message] = SlackAdapter(AsyncWebClient(token="xoxb-x")).render(Digest("a"))
    assert message.story_ids == () and "Nothing new" in message.payload["text"]
    [message] = SlackAdapter(AsyncWebClient(token="xoxb-x")).render(Digest("a", [StoryDigest("s", "T", [Item(Kind.NEW, "x")])]))
    assert message.story_ids == ("s",)
