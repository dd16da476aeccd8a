"""SlackAdapter's outbox hooks: ``render_notice`` and ``keyed`` (metadata), down to the fake Web API."""
from __future__ import annotations

import json
from typing import Any

from slack_sdk.models.blocks import Block, SectionBlock
from slack_sdk.models.metadata import Metadata
from slack_sdk.web.async_client import AsyncWebClient

from bot.core.chat import Message
from bot.delivery.outbox import Outbox, idempotency_key
from bot.render.slack import SECTION_MAX
from bot.platforms.slack.adapter import METADATA_EVENT, SlackAdapter
from bot.db.store import Store
from fakes.slack_api import FakeSlack

DIGEST_MESSAGE = Message({"text": "hello", "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "hi"}}]},
                         ("story-1",))


def client_for(fake: FakeSlack) -> AsyncWebClient:
    """A Web API client for the fake (no retries)."""
    return AsyncWebClient(token=fake.bot_token, base_url=fake.api_url, retry_handlers=[])


def valid_blocks(payload: dict[str, Any]) -> list[Block]:
    """The payload's blocks parsed and validated by slack_sdk's models."""
    blocks = [Block.parse(b) for b in payload["blocks"]]
    for block in blocks:
        assert block is not None
        block.validate_json()
    return blocks  # type: ignore[return-value]


def test_render_notice_is_one_valid_escaped_section() -> None:
    adapter = SlackAdapter(AsyncWebClient(token="xoxb-unused"))
    message = adapter.render_notice("Feed <https://evil.test|click> is failing (3x): HTTP 500 @channel *now*")
    [block] = valid_blocks(message.payload)
    assert isinstance(block, SectionBlock) and block.text is not None
    text = block.text.text
    assert block.text.type == "mrkdwn" and message.payload["blocks"][0]["text"]["verbatim"] is True
    assert "&lt;https://evil.test|click&gt;" in text and "<https" not in text
    assert "@\u200bchannel" in text and text.endswith("`*now*`")  # the pair shown literally, in a code span
    assert message.payload["text"] == text and message.story_ids == ()
    assert adapter.render_notice("x").payload["blocks"][0]["type"] == "section"


def test_a_long_notice_stays_within_the_section_limit() -> None:
    message = SlackAdapter(AsyncWebClient(token="xoxb-unused")).render_notice("word " * 2000)
    [block] = valid_blocks(message.payload)
    assert len(message.payload["blocks"][0]["text"]["text"]) <= SECTION_MAX
    assert message.payload["text"].endswith("…") and len(message.payload["text"]) <= 1000
    assert isinstance(block, SectionBlock)


def test_keyed_puts_the_key_in_valid_metadata_and_keeps_the_rest() -> None:
    adapter = SlackAdapter(AsyncWebClient(token="xoxb-unused"))
    message = adapter.keyed(DIGEST_MESSAGE, "digestbot-7-2")
    assert message.payload["metadata"] == {"event_type": METADATA_EVENT, "event_payload": {"key": "digestbot-7-2"}}
    metadata = Metadata(**message.payload["metadata"])
    assert metadata.to_dict() == message.payload["metadata"]
    assert message.payload["blocks"] == DIGEST_MESSAGE.payload["blocks"] and message.story_ids == ("story-1",)
    assert "metadata" not in DIGEST_MESSAGE.payload  # not modified in place
    valid_blocks(message.payload)


async def test_send_passes_the_metadata_to_chat_post_message(fake_slack: FakeSlack) -> None:
    adapter = SlackAdapter(client_for(fake_slack))
    await adapter.send("C9", adapter.keyed(DIGEST_MESSAGE, "digestbot-1-0"))
    await adapter.send("C9", DIGEST_MESSAGE)
    keyed_call, plain_call = fake_slack.of("chat.postMessage")
    metadata = keyed_call.body["metadata"]
    metadata = json.loads(metadata) if isinstance(metadata, str) else metadata
    assert metadata == {"event_type": "digestbot_post", "event_payload": {"key": "digestbot-1-0"}}
    assert "metadata" not in plain_call.body


async def test_an_outbox_notice_reaches_slack_with_its_key(fake_slack: FakeSlack) -> None:
    store = Store("sqlite://")
    outbox = Outbox(store, {"slack": SlackAdapter(client_for(fake_slack))})
    row = outbox.enqueue_notice("slack:T1:C1", "slack", "C1", "Feed https://news.test/rss is failing: HTTP 500")
    assert await outbox.deliver(row) == "delivered"
    [call] = fake_slack.of("chat.postMessage")
    assert call.body["channel"] == "C1"
    blocks = call.body["blocks"]
    blocks = json.loads(blocks) if isinstance(blocks, str) else blocks
    assert blocks[0]["type"] == "section" and "is failing: HTTP 500" in blocks[0]["text"]["text"]
    metadata = call.body["metadata"]
    metadata = json.loads(metadata) if isinstance(metadata, str) else metadata
    assert metadata["event_payload"]["key"] == idempotency_key(row, 0)
