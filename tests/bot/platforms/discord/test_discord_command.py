"""/digest end to end through real discord.py code paths against the fake Discord API.

The bot logs in to the fake API (GET /users/@me, GET /oauth2/applications/@me), syncs its
commands in ``setup_hook``, then an INTERACTION_CREATE-shaped payload is turned into a
``discord.Interaction`` on the bot's ``ConnectionState`` and handed to the CommandTree, as
discord.py's own tests do. Assertions are on what the fake API recorded.
"""

from __future__ import annotations

import threading
from typing import Any, AsyncIterator

import pytest

from bot.platforms.discord.client import DigestBot
from bot.core.service import Audience

from discord_fakes import (
    ALICE,
    BOB,
    CHANNEL,
    FAKE_TOKEN,
    GUILD,
    FakeDigestService,
    flu_service,
    interaction_payload,
    invoke,
    item,
    opt,
    story,
)
from fakes.discord_api import APP_ID, FakeDiscordAPI, validate_message


@pytest.fixture
async def bot_and_service(fake_api: FakeDiscordAPI) -> AsyncIterator[tuple[DigestBot, FakeDigestService]]:
    service = flu_service()
    bot = DigestBot(service, guild_id=GUILD)
    await bot.login(FAKE_TOKEN)
    yield bot, service
    await bot.close()


def token_of(payload: dict[str, Any]) -> str:
    return payload["token"]


async def test_login_and_guild_sync_publish_the_command(fake_api: FakeDiscordAPI, bot_and_service: Any) -> None:
    assert fake_api.kinds()[:3] == ["me", "app", "guild_commands"]
    (sync,) = fake_api.of("guild_commands")
    assert sync.method == "PUT" and sync.path == f"/applications/{APP_ID}/guilds/{GUILD}/commands"
    assert not fake_api.of("global_commands")
    assert [c["name"] for c in sync.json] == ["digest", "feeds", "schedule"]
    command = sync.json[0]
    assert command["name"] == "digest" and command["description"]
    assert command.get("default_member_permissions") is None  # /digest is for everyone
    options = {o["name"]: o for o in command["options"]}
    assert list(options) == ["window", "query", "max_items", "public"]
    assert all(o["description"] and not o["required"] for o in options.values())
    assert options["window"]["type"] == 3
    assert [c["value"] for c in options["window"]["choices"]] == ["1h", "24h", "7d", "30d", "all"]
    assert all(c["name"] for c in options["window"]["choices"])
    assert (options["max_items"]["type"], options["max_items"]["min_value"], options["max_items"]["max_value"]) == (
        4,
        1,
        50,
    )
    assert options["public"]["type"] == 5
    assert options["query"]["type"] == 3


async def test_global_sync_when_no_guild(fake_api: FakeDiscordAPI) -> None:
    bot = DigestBot(flu_service())
    await bot.login(FAKE_TOKEN)
    await bot.close()
    (sync,) = fake_api.of("global_commands")
    assert sync.path == f"/applications/{APP_ID}/commands"
    assert [c["name"] for c in sync.json] == ["digest", "feeds", "schedule"]
    assert not fake_api.of("guild_commands")


async def test_digest_defers_then_sends_ephemeral_followups(fake_api: FakeDiscordAPI, bot_and_service: Any) -> None:
    bot, service = bot_and_service
    payload = interaction_payload(opt("window", "24h"), opt("max_items", 10))
    await invoke(bot, payload)
    calls = [r for r in fake_api.requests if r.kind in ("callback", "followup")]
    assert [r.kind for r in calls] == ["callback", "followup"]
    defer, followup = calls
    assert defer.path == f"/interactions/{payload['id']}/{token_of(payload)}/callback"
    assert defer.json == {"type": 5, "data": {"flags": 64}}
    assert followup.path == f"/webhooks/{APP_ID}/{token_of(payload)}"
    assert followup.status == 200
    body = followup.json
    assert body["allowed_mentions"] == {"parse": []}
    assert body["flags"] & 64
    assert validate_message(body) is None
    assert [e["title"] for e in body["embeds"]] == ["Flu outbreak", "Quake in Chile"]
    assert "**new** Cases rose to 40 — [Reuters](https://r.example/1)" in body["embeds"][0]["description"]
    # The request reached the engine with the options, built off the event loop's thread.
    (request,) = service.requests
    assert request.window is not None and request.window.total_seconds() == 24 * 3600
    assert request.max_items == 10 and request.public is False
    assert request.audience == Audience.for_user(Audience.channel("discord", str(GUILD), str(CHANNEL)), str(ALICE))
    assert service.build_threads[0] != threading.main_thread().ident


async def test_second_digest_says_nothing_new(fake_api: FakeDiscordAPI, bot_and_service: Any) -> None:
    bot, service = bot_and_service
    await invoke(bot, interaction_payload())
    await invoke(bot, interaction_payload())
    first, second = fake_api.of("followup")
    assert len(first.json["embeds"]) == 2
    assert second.json["content"].startswith("Nothing new") and "embeds" not in second.json
    assert second.json["flags"] & 64
    # Ephemeral: remembered for Alice only; Bob and the channel still get the items.
    await invoke(bot, interaction_payload(user=BOB))
    assert len(fake_api.of("followup")[2].json["embeds"]) == 2
    assert service.build_for(Audience.channel("discord", str(GUILD), str(CHANNEL))).items


async def test_a_channel_that_follows_nothing_is_told_how_to_follow_a_feed(fake_api: FakeDiscordAPI) -> None:
    bot = DigestBot(FakeDigestService(follows=False), guild_id=GUILD)
    await bot.login(FAKE_TOKEN)
    try:
        await invoke(bot, interaction_payload(opt("public", True)))
    finally:
        await bot.close()
    (followup,) = fake_api.of("followup")
    assert followup.json["content"].startswith("This channel follows no feeds yet")
    assert followup.json["flags"] & 64 and "embeds" not in followup.json  # only the caller is told


async def test_public_digest_goes_to_channel_memory(fake_api: FakeDiscordAPI, bot_and_service: Any) -> None:
    bot, service = bot_and_service
    await invoke(bot, interaction_payload(opt("public", True)))
    defer = fake_api.of("callback")[0]
    assert defer.json == {"type": 5}  # not ephemeral
    followup = fake_api.of("followup")[0]
    assert not (followup.json.get("flags") or 0) & 64
    assert followup.json["allowed_mentions"] == {"parse": []}
    channel = Audience.channel("discord", str(GUILD), str(CHANNEL))
    assert service.build_for(channel).empty
    assert service.build_for(Audience.for_user(channel, str(BOB))).empty  # users inherit the channel


async def test_query_option_filters_stories(fake_api: FakeDiscordAPI, bot_and_service: Any) -> None:
    bot, service = bot_and_service
    await invoke(bot, interaction_payload(opt("query", "quake")))
    (followup,) = fake_api.of("followup")
    assert [e["title"] for e in followup.json["embeds"]] == ["Quake in Chile"]
    assert service.requests[0].query == "quake"


async def test_rate_limited_followup_is_waited_out(fake_api: FakeDiscordAPI, bot_and_service: Any) -> None:
    bot, service = bot_and_service
    fake_api.rate_limit("followup", retry_after=0.5)
    await invoke(bot, interaction_payload())
    statuses = [r.status for r in fake_api.of("followup")]
    assert statuses == [429, 200]
    assert fake_api.of("followup")[1].json["embeds"]
    await invoke(bot, interaction_payload())
    assert fake_api.of("followup")[-1].json["content"].startswith("Nothing new")


async def test_failing_followup_leaves_memory_unchanged(fake_api: FakeDiscordAPI, bot_and_service: Any) -> None:
    bot, service = bot_and_service
    fake_api.script("followup", 400, {"message": "Invalid Form Body", "code": 50035, "errors": {}})
    await invoke(bot, interaction_payload())
    failed, apology = fake_api.of("followup")
    assert failed.status == 400
    assert apology.json["content"].startswith("Sorry") and apology.json["flags"] & 64
    assert apology.json["allowed_mentions"] == {"parse": []}
    assert service.memory.get(service.requests[0].audience.key, set()) == set()
    # Nothing was remembered: the next /digest still brings both stories.
    await invoke(bot, interaction_payload())
    assert len(fake_api.of("followup")[-1].json["embeds"]) == 2


async def test_engine_failure_apologises_ephemerally(
    fake_api: FakeDiscordAPI, bot_and_service: Any, caplog: pytest.LogCaptureFixture
) -> None:
    bot, service = bot_and_service
    service.error = RuntimeError("engine exploded")
    await invoke(bot, interaction_payload(opt("public", True)))
    assert [r.kind for r in fake_api.requests if r.kind not in ("me", "app", "guild_commands")] == [
        "callback",
        "delete_followup",
        "followup",
    ]
    (apology,) = fake_api.of("followup")
    assert apology.json["flags"] & 64 and "Sorry" in apology.json["content"]
    assert "engine exploded" not in apology.json["content"]
    assert "engine exploded" in caplog.text
    assert FAKE_TOKEN not in caplog.text


async def test_hostile_story_through_followups(fake_api: FakeDiscordAPI, bot_and_service: Any) -> None:
    bot, service = bot_and_service
    long = " ".join(f"w{i}" for i in range(3000))  # ~14,000 characters
    service.stories = [
        story(
            "evil",
            "@everyone <@&456> **Breaking**",
            item("@everyone look <@123> and <@&456> in <#789>"),
            item("[click](https://evil.example) and **bold**"),
            item(long + "."),
        )
    ]
    await invoke(bot, interaction_payload())
    followups = fake_api.of("followup")
    assert len(followups) >= 3 and all(r.status == 200 for r in followups)  # the fake validated each
    text = ""
    for r in followups:
        assert r.json["allowed_mentions"] == {"parse": []}
        assert r.json["flags"] & 64
        for e in r.json.get("embeds", []):
            text += e["title"] + "\n" + e["description"] + "\n"
    for bad in ("@everyone", "<@123>", "<@&456>", "<#789>", "[click](https://evil.example)", "**bold**"):
        assert bad not in text
    import re

    assert re.findall(r"w\d+", text.replace("\\", "")) == [f"w{i}" for i in range(3000)]
    assert service.build_for(service.requests[0].audience).empty


async def test_unknown_interaction_is_not_retried(fake_api: FakeDiscordAPI, bot_and_service: Any) -> None:
    bot, service = bot_and_service
    fake_api.script("callback", 404, {"message": "Unknown interaction", "code": 10062})
    await invoke(bot, interaction_payload())
    assert fake_api.of("followup") == []
    assert service.requests == []  # no work for an interaction Discord has already expired


async def test_followup_429_without_via_is_retried_by_the_delivery_core(
    fake_api: FakeDiscordAPI, bot_and_service: Any
) -> None:
    """discord.py raises a 429 it cannot trust (no Via header); the core waits and retries once."""
    bot, service = bot_and_service
    fake_api.rate_limit("followup", retry_after=0.2, via=False)
    await invoke(bot, interaction_payload())
    assert [r.status for r in fake_api.of("followup")] == [429, 200]
    assert len(fake_api.of("followup")[1].json["embeds"]) == 2
    assert service.build_for(service.requests[0].audience).empty


async def test_persistent_followup_rate_limit_gives_up_and_remembers_nothing(
    fake_api: FakeDiscordAPI, bot_and_service: Any
) -> None:
    bot, service = bot_and_service
    fake_api.rate_limit("followup", retry_after=120.0, via=False)  # longer than the core waits (30 s)
    await invoke(bot, interaction_payload())
    rate_limited, apology = fake_api.of("followup")
    assert rate_limited.status == 429
    assert apology.json["content"].startswith("Sorry") and apology.json["flags"] & 64
    assert len(service.build_for(service.requests[0].audience).items) == 3


async def test_partial_delivery_apologises_and_remembers_only_what_was_sent(
    fake_api: FakeDiscordAPI, bot_and_service: Any
) -> None:
    bot, service = bot_and_service
    service.stories = [story(f"s{i}", f"Story {i}", item(f"fact {i}")) for i in range(12)]  # 2 messages
    fake_api.script("followup", 403, {"message": "Missing Access", "code": 50001}, after=1)
    await invoke(bot, interaction_payload())
    first, failed, apology = fake_api.of("followup")
    assert (first.status, failed.status) == (200, 403)
    assert len(first.json["embeds"]) == 10
    assert apology.json["content"].startswith("Sorry, part of") and apology.json["flags"] & 64
    remaining = service.build_for(service.requests[0].audience)
    assert [s.story_id for s in remaining.stories] == ["s10", "s11"]


async def test_public_store_failure_after_sending_keeps_the_public_digest(
    fake_api: FakeDiscordAPI, bot_and_service: Any
) -> None:
    bot, service = bot_and_service
    service.fail_mark = True
    await invoke(bot, interaction_payload(opt("public", True)))
    assert not fake_api.of("delete_followup")  # the delivered public digest is not deleted
    digest_msg, apology = fake_api.of("followup")
    assert digest_msg.json["embeds"] and apology.json["flags"] & 64
