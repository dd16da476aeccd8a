"""The Slack app end to end with the real engine and store (no fake service): seeds in, digests out."""
from __future__ import annotations

import json
from typing import Any

from fakes import REPO
from bot.digests import Digests
from bot.core.service import Audience
from bot.db.store import Store
from fakes.slack_api import RESPONSE_URL
from slack_stack import MakeStack
from summarizer.ingest import read_paths

SEEDS = REPO / "seeds"
CHANNEL = Audience("slack:T1:C1")


def _blocks(payload: dict[str, Any]) -> list[dict[str, Any]]:
    """The Block Kit blocks of a payload (a JSON string in form-encoded posts)."""
    blocks = payload.get("blocks") or []
    return json.loads(blocks) if isinstance(blocks, str) else list(blocks)


def text_of(payload: dict[str, Any]) -> str:
    """All visible text of a Slack message payload."""
    blocks = payload.get("blocks") or []
    if isinstance(blocks, str):
        blocks = json.loads(blocks)
    return payload.get("text", "") + "\n" + json.dumps(blocks, ensure_ascii=False)


def real_service(names: list[str]) -> Digests:
    """A digest service over an in-memory store holding the named seed articles."""
    service = Digests(Store("sqlite://"))
    service.ingest(read_paths([SEEDS / n for n in names]).articles, channel=CHANNEL.key)
    return service


async def test_public_digest_then_nothing_new_then_only_the_new_article(make_stack: MakeStack) -> None:
    service = real_service(["000_3eb7c5b45b44c267.txt"])
    stack = await make_stack(service)  # type: ignore[arg-type]
    await stack.command("public")
    await stack.settle()
    [first] = stack.fake.of("chat.postMessage")
    assert "December 18" in text_of(first.body)
    # the items held back by the per-story cap come next (never a line twice), then nothing at all
    for _ in range(5):
        before = len(stack.fake.of("chat.postMessage"))
        await stack.command("public")
        await stack.settle()
        if len(stack.fake.of("chat.postMessage")) == before:
            break
    drained = stack.fake.of("chat.postMessage")
    sections = [b["text"]["text"] for p in drained for b in _blocks(p.body) if isinstance(b.get("text"), dict)]
    lines = [ln for t in sections for ln in t.splitlines() if ln.startswith("• ")]
    assert lines and len(lines) == len(set(lines))
    # a new article arrives: only what is new in it is posted, the old facts are not repeated
    service.ingest(read_paths([SEEDS / "004_61c46634526003ec.txt"]).articles, channel=CHANNEL.key)
    await stack.command("public")
    await stack.settle()
    posts = stack.fake.of("chat.postMessage")
    assert len(posts) == len(drained) + 1
    second = text_of(posts[-1].body)
    assert "15,000" in second and "December 25" in second
    assert "Putin himself sent" not in second  # 004 retells 000's December 18 greeting: not told again


async def test_ephemeral_digest_is_remembered_for_the_user_only(make_stack: MakeStack) -> None:
    service = real_service(["000_3eb7c5b45b44c267.txt"])
    stack = await make_stack(service)  # type: ignore[arg-type]
    await stack.command("")
    await stack.settle()
    await stack.command("")
    await stack.settle()
    first, second = stack.fake.of(RESPONSE_URL)
    assert "December 18" in text_of(first.body)
    assert "December 18" not in text_of(second.body)
    assert service.store.seen_ids([CHANNEL.key]) == set()  # the channel still gets it in its next digest
