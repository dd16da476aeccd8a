"""Discord test helpers: ids, interaction payloads as the gateway delivers them, the flu sample service.

The fake service and the item/story builders are the shared ones (:mod:`fakes.service`, :mod:`fakes.builders`).
"""

from __future__ import annotations

import itertools
from typing import Any

import discord

from summarizer.models import Kind

from fakes.builders import item, story
from fakes.discord_api import APP_ID
from fakes.service import FakeDigestService

FAKE_TOKEN = "fake.bot.token-not-real"


# -- interactions as the gateway delivers them ------------------------------------------------

GUILD = 444444444444444444
CHANNEL = 555555555555555555
ALICE = 666666666666666666
BOB = 777777777777777777
_ids = itertools.count(800000000000000000)
USE_APP_COMMANDS = 1 << 31  # an ordinary member's permission bits
MANAGE_CHANNELS = 1 << 4
ADMINISTRATOR = 1 << 3


def interaction_payload(
    *options: dict[str, Any],
    user: int = ALICE,
    name: str = "digest",
    permissions: int = USE_APP_COMMANDS,
    kind: int = 2,
    channel: int = CHANNEL,
) -> dict[str, Any]:
    """An INTERACTION_CREATE payload as the gateway delivers it (type 2 chat input, 4 autocomplete)."""
    iid = next(_ids)
    return {
        "id": str(iid),
        "application_id": str(APP_ID),
        "type": kind,
        "token": f"interaction-token-{iid}",
        "version": 1,
        "guild_id": str(GUILD),
        "channel_id": str(channel),
        "channel": {
            "id": str(channel),
            "type": 0,
            "guild_id": str(GUILD),
            "name": "news",
            "position": 0,
            "permission_overwrites": [],
            "nsfw": False,
            "parent_id": None,
        },
        "member": {
            "user": {
                "id": str(user),
                "username": f"user{user}",
                "discriminator": "0",
                "avatar": None,
                "global_name": None,
            },
            "roles": [],
            "joined_at": "2024-01-01T00:00:00+00:00",
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "nick": None,
            "avatar": None,
            "permissions": str(permissions),
        },
        "app_permissions": "2147534848",
        "locale": "en-US",
        "guild_locale": "en-US",
        "entitlements": [],
        "attachment_size_limit": 10485760,
        "authorizing_integration_owners": {"0": str(GUILD)},
        "context": 0,
        "data": {"id": "990000000000000001", "name": name, "type": 1, "guild_id": str(GUILD), "options": list(options)},
    }


def opt(name: str, value: Any) -> dict[str, Any]:
    """One command option as Discord sends it (3 string, 4 integer, 5 boolean)."""
    kind = 5 if isinstance(value, bool) else 4 if isinstance(value, int) else 3
    return {"name": name, "type": kind, "value": value}


async def invoke(bot: Any, payload: dict[str, Any]) -> discord.Interaction:
    """Run one interaction through the bot's CommandTree, as the gateway dispatch would."""
    interaction = discord.Interaction(data=payload, state=bot._connection)  # type: ignore[arg-type]
    await bot.tree._call(interaction)
    return interaction


def sub(name: str, *options: dict[str, Any]) -> dict[str, Any]:
    """A subcommand option (type 1) with its own options, e.g. ``/feeds add url:...``."""
    return {"name": name, "type": 1, "options": list(options)}


def focused(name: str, value: str) -> dict[str, Any]:
    """The string option being typed in an autocomplete interaction."""
    return {"name": name, "type": 3, "value": value, "focused": True}


def flu_service() -> FakeDigestService:
    return FakeDigestService(
        [
            story(
                "flu",
                "Flu outbreak",
                item("Cases rose to 40", source="Reuters", url="https://r.example/1"),
                item("Deaths 3", Kind.UPDATED, earlier="2"),
            ),
            story("quake", "Quake in Chile", item("Magnitude 6.1")),
        ]
    )
