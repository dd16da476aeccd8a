"""DiscordAdapter + Delivery against the fake API: real discord.py HTTP paths, bounded retries."""

from __future__ import annotations

from functools import partial

import time

import pytest
from discord.http import HTTPClient

from bot.core.chat import Message, PermanentError, RateLimited
from bot.delivery.send import Delivery
from bot.platforms.discord.adapter import DiscordAdapter, channel_id_of
from bot.core.service import Audience
from summarizer.models import Digest

from discord_fakes import FAKE_TOKEN, FakeDigestService, item, story
from fakes.discord_api import FakeDiscordAPI

AUDIENCE = Audience.channel("discord", "1", "42")


def service_with_two_stories() -> FakeDigestService:
    return FakeDigestService(
        [story("s1", "Flu", item("Cases rose to 40")), story("s2", "Quake", item("Magnitude 6.1"))]
    )


async def test_login_hits_users_me_with_bot_token(fake_api: FakeDiscordAPI, http: HTTPClient) -> None:
    (me,) = fake_api.of("me")
    assert me.headers["Authorization"] == f"Bot {FAKE_TOKEN}"


async def test_posts_channel_message_and_marks_delivered(fake_api: FakeDiscordAPI, http: HTTPClient) -> None:
    service = service_with_two_stories()
    delivery = Delivery(DiscordAdapter(http))
    report = await delivery.deliver("42", service.build_for(AUDIENCE), mark=partial(service.mark_delivered, AUDIENCE))
    assert report.ok and report.sent == 1
    (post,) = fake_api.of("channel_message")
    assert post.path == "/channels/42/messages" and post.status == 200
    assert post.json["allowed_mentions"] == {"parse": []}
    assert [e["title"] for e in post.json["embeds"]] == ["Flu", "Quake"]
    assert service.build_for(AUDIENCE).empty  # memory: the next digest has nothing new


async def test_429_once_is_waited_out_by_discord_py(fake_api: FakeDiscordAPI, http: HTTPClient) -> None:
    service = service_with_two_stories()
    fake_api.rate_limit("channel_message", retry_after=0.3)
    started = time.monotonic()
    report = await Delivery(DiscordAdapter(http)).deliver("42", service.build_for(AUDIENCE), mark=partial(service.mark_delivered, AUDIENCE))
    assert report.ok
    assert [r.status for r in fake_api.of("channel_message")] == [429, 200]
    assert time.monotonic() - started >= 0.3
    assert service.build_for(AUDIENCE).empty


async def test_persistent_429_is_bounded_and_marks_nothing(fake_api: FakeDiscordAPI, http: HTTPClient) -> None:
    service = service_with_two_stories()
    fake_api.rate_limit("channel_message", retry_after=0.01, times=1000)
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    delivery = Delivery(DiscordAdapter(http), max_retries=2, sleep=sleep)
    report = await delivery.deliver("42", service.build_for(AUDIENCE), mark=partial(service.mark_delivered, AUDIENCE))
    assert not report.ok and report.failed == 1
    # discord.py tries 5 times per send; the delivery core sends 1 + max_retries times.
    assert len(fake_api.of("channel_message")) == 5 * 3
    assert len(waits) == 2
    assert len(service.build_for(AUDIENCE).items) == 2  # nothing was marked delivered


async def test_cloudflare_429_without_via_becomes_rate_limited(fake_api: FakeDiscordAPI, http: HTTPClient) -> None:
    fake_api.rate_limit("channel_message", retry_after=2.5, via=False)
    with pytest.raises(RateLimited) as info:
        await DiscordAdapter(http).send("42", Message({"content": "hi"}))
    assert info.value.retry_after == 2.5
    assert len(fake_api.of("channel_message")) == 1


async def test_long_rate_limit_is_not_slept_by_discord_py(fake_api: FakeDiscordAPI) -> None:
    import asyncio

    client = HTTPClient(asyncio.get_running_loop(), max_ratelimit_timeout=30.0)
    await client.static_login(FAKE_TOKEN)
    try:
        fake_api.rate_limit("channel_message", retry_after=120.0)
        started = time.monotonic()
        with pytest.raises(RateLimited) as info:
            await DiscordAdapter(client).send("42", Message({"content": "hi"}))
        assert info.value.retry_after == 120.0
        assert time.monotonic() - started < 5
    finally:
        await client.close()


async def test_send_timeout_bounds_a_slow_rate_limit(fake_api: FakeDiscordAPI, http: HTTPClient) -> None:
    fake_api.rate_limit("channel_message", retry_after=10.0)
    started = time.monotonic()
    with pytest.raises(Exception) as info:
        await DiscordAdapter(http, timeout=0.3).send("42", Message({"content": "hi"}))
    assert "timed out" in str(info.value)
    assert time.monotonic() - started < 2


async def test_invalid_payload_is_permanent_and_stops_delivery(fake_api: FakeDiscordAPI, http: HTTPClient) -> None:
    with pytest.raises(PermanentError) as info:
        await DiscordAdapter(http).send("42", Message({"embeds": [{"description": "x" * 5000}]}))
    assert "50035" in str(info.value)
    assert fake_api.of("channel_message")[0].status == 400


async def test_forbidden_channel_marks_nothing(fake_api: FakeDiscordAPI, http: HTTPClient) -> None:
    service = service_with_two_stories()
    fake_api.script("channel_message", 403, {"message": "Missing Access", "code": 50001})
    report = await Delivery(DiscordAdapter(http)).deliver("42", service.build_for(AUDIENCE), mark=partial(service.mark_delivered, AUDIENCE))
    assert report.failed == 1 and "50001" in report.errors[0]
    assert len(service.build_for(AUDIENCE).items) == 2


async def test_split_digest_second_message_fails_marks_only_first_story(
    fake_api: FakeDiscordAPI, http: HTTPClient
) -> None:
    stories = [story(f"s{i}", f"Story {i}", item(f"fact {i}")) for i in range(12)]
    service = FakeDigestService(stories)
    digest = service.build_for(AUDIENCE)
    adapter = DiscordAdapter(http)
    assert len(adapter.render(digest)) == 2
    calls = {"n": 0}
    original = adapter.send

    async def send(target: str, message: Message) -> str:
        calls["n"] += 1
        if calls["n"] == 2:
            fake_api.script("channel_message", 400, {"message": "Invalid Form Body", "code": 50035})
        return await original(target, message)

    adapter.send = send  # type: ignore[method-assign]
    report = await Delivery(adapter).deliver("42", digest, mark=partial(service.mark_delivered, AUDIENCE))
    assert report.sent == 1 and report.failed == 1
    remaining = service.build_for(AUDIENCE)
    assert [s.story_id for s in remaining.stories] == ["s10", "s11"]


def test_channel_id_of_accepts_audience_keys() -> None:
    assert channel_id_of("42") == 42
    assert channel_id_of("discord:1:42") == 42


async def test_empty_digest_posts_nothing_new(fake_api: FakeDiscordAPI, http: HTTPClient) -> None:
    service = FakeDigestService()
    report = await Delivery(DiscordAdapter(http)).deliver("42", Digest(AUDIENCE.key), mark=partial(service.mark_delivered, AUDIENCE))
    assert report.ok
    assert fake_api.of("channel_message")[0].json["content"].startswith("Nothing new")


# -- idempotent re-posts and notices (the scheduler's outbox) ----------------------------------


def test_nonce_is_short_stable_and_distinct() -> None:
    from bot.platforms.discord.adapter import nonce_for
    from bot.delivery.outbox import idempotency_key

    keys = [idempotency_key(i, n) for i in (1, 99, 10**12) for n in range(3)] + ["x" * 500]
    nonces = [nonce_for(k) for k in keys]
    assert all(len(n) <= 25 for n in nonces)
    assert len(set(nonces)) == len(keys)
    assert nonce_for("digestbot-7-0") == nonce_for("digestbot-7-0")


async def test_keyed_repost_is_dropped_by_discord(fake_api: FakeDiscordAPI, http: HTTPClient) -> None:
    from bot.platforms.discord.adapter import nonce_for

    adapter = DiscordAdapter(http)
    message = Message({"content": "hi"}, ("s1",))
    keyed = adapter.keyed(message, "digestbot-123456789012-3")
    assert keyed.story_ids == ("s1",) and "nonce" not in message.payload  # a copy, the original unchanged
    first = await adapter.send("42", keyed)
    again = await adapter.send("42", adapter.keyed(message, "digestbot-123456789012-3"))
    other = await adapter.send("42", adapter.keyed(message, "digestbot-123456789012-4"))
    posts = fake_api.of("channel_message")
    assert [p.status for p in posts] == [200, 200, 200]
    assert posts[0].json["nonce"] == nonce_for("digestbot-123456789012-3") and posts[0].json["enforce_nonce"] is True
    assert first == again != other  # Discord answered the repeat with the message it already had
    assert len(fake_api.created) == 2


async def test_outbox_notice_goes_out_keyed_and_escaped(fake_api: FakeDiscordAPI, http: HTTPClient) -> None:
    from bot.platforms.discord.adapter import nonce_for
    from bot.delivery.outbox import Outbox, idempotency_key
    from bot.db.store import Store

    outbox = Outbox(Store("sqlite://"), {"discord": DiscordAdapter(http)})
    text = "⚠️ The feed https://a.example/rss_x failed @everyone"
    row = outbox.enqueue_notice("discord:1:42", "discord", "42", text)
    assert await outbox.deliver(row) == "delivered"
    (post,) = fake_api.of("channel_message")
    assert post.path == "/channels/42/messages"
    assert post.json["nonce"] == nonce_for(idempotency_key(row, 0)) and post.json["enforce_nonce"] is True
    assert post.json["content"].startswith("⚠️ The feed https://a.example/rss_x failed")  # links stay usable
    assert "@everyone" not in post.json["content"] and post.json["allowed_mentions"] == {"parse": []}


def test_render_notice_is_within_limits_and_pings_no_one() -> None:
    from fakes.discord_api import validate_message

    text = "Feed broke: @everyone @here <@123> <@&456> **bold** [x](https://evil.example)\n  second line "
    text += "w " * 3000
    payload = DiscordAdapter(None).render_notice(text).payload  # type: ignore[arg-type]
    assert validate_message(payload) is None
    assert len(payload["content"]) <= 2000 and payload["content"].endswith("…")
    assert payload["allowed_mentions"] == {"parse": []} and "embeds" not in payload
    for raw in ("@everyone", "@here", "<@123>", "<@&456>", "**bold**", "[x](https"):
        assert raw not in payload["content"]
    assert payload["content"].splitlines()[1].startswith("  second line")
    assert DiscordAdapter(None).render_notice("").payload["content"]  # type: ignore[arg-type]  # never empty
