"""Block Kit renderer: limits, splitting, hostile article text."""
from __future__ import annotations

import json
import re
from typing import Any

import pytest
from slack_sdk.models.blocks import Block

from bot.render.slack import (
    BLOCKS_MAX,
    HEADER_MAX,
    NOTHING_NEW_DIGEST,
    SECTION_MAX,
    blocks_text_length,
    check_payload,
    render_messages,
    render_slack_payloads,
)
from bot.render.slack_text import escape_mrkdwn, safe_url
from fakes.builders import big_digest, hostile_digest
from summarizer.models import Digest, Item, Kind, SourceRef, StoryDigest

def all_mrkdwn(payload: dict[str, Any]) -> list[str]:
    """Every mrkdwn/plain text string in a payload, fallback included."""
    out = [payload["text"]]

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("text"), str):
                out.append(node["text"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(payload["blocks"])
    return out


def assert_valid(payload: dict[str, Any]) -> None:
    """Every block parses and validates under slack_sdk's models; our own limits hold."""
    blocks = payload["blocks"]
    assert payload["text"].strip()
    assert 1 <= len(blocks) <= BLOCKS_MAX
    assert blocks_text_length(blocks) <= 12_000
    for raw in blocks:
        block = Block.parse(raw)
        assert block is not None
        block.validate_json()
        assert block.to_dict() == raw
        if raw["type"] == "section":
            assert len(raw["text"]["text"]) <= SECTION_MAX
        if raw["type"] == "header":
            assert len(raw["text"]["text"]) <= HEADER_MAX
        if raw["type"] == "context":
            assert len(raw["elements"]) <= 10


def test_hostile_article_pings_no_one_and_stays_valid() -> None:
    messages = render_messages(hostile_digest())
    assert messages
    for message in messages:
        assert_valid(message.payload)
        for text in all_mrkdwn(message.payload):
            assert "<!" not in text and "<@" not in text and "<#" not in text
            assert not re.search(r"(?<![\w\u200b])@(here|channel|everyone)\b", text, re.IGNORECASE)
            # the only links are ours: <http(s)://...|label> with a safe URL
            for target in re.findall(r"<([^>|]*)\|", text):
                assert target.startswith(("https://good.", "https://ap.")), target
            assert "<https://evil" not in text
            assert "javascript:" not in text
            # formatting pairs from articles are only ever inside a code span, where Slack formats nothing
            outside_code = re.sub(r"`[^`]*`", "", text)
            for pair in ("*bold*", "_italic_", "~struck~", "*X*"):
                assert pair not in outside_code
            assert "`code`" not in text
    texts = "\n".join(t for m in messages for t in all_mrkdwn(m.payload))
    assert "&lt;https://evil.example/phish|the official report&gt;" in texts  # shown, inert
    assert "Tom &amp; Jerry &gt; Itchy &lt; Scratchy" in texts
    assert "This is `*bold*` and `_italic_` and `~struck~` and \u02cbcode\u02cb" in texts  # copied as written
    assert "<https://good.example/story?a=1&amp;b=2|Good>" in texts
    assert "\n• *new* injected" not in texts  # article newlines cannot fake an item
    assert "trusted.example@evil" not in texts
    # no item was dropped: one line per item, in order
    lines = [line for m in messages for s in m.payload["blocks"] if s["type"] == "section" for line in s["text"]["text"].split("\n") if line.startswith("• ")]
    assert len(lines) == len(hostile_digest().items)
    assert lines[-2].startswith("• *updated* Deaths rose to 30") and "(earlier: &lt;!channel&gt; 20)" in lines[-2]
    assert lines[-1].startswith("• *conflict* Toll 40") and "other reports" in lines[-1]
    # the 10,000-character sentence is shortened, not the section blown up
    assert max(len(line) for line in lines) < SECTION_MAX


def test_every_section_of_a_huge_story_fits() -> None:
    items = [Item(Kind.NEW, "x&<>" * 3000, [SourceRef("S" * 500, "https://e.example/" + "a" * 790)] * 5) for _ in range(30)]
    messages = render_messages(Digest("a", [StoryDigest("big", "T" * 1000, items)]))
    for message in messages:
        assert_valid(message.payload)
        assert message.story_ids == ("big",)
    lines = [ln for m in messages for b in m.payload["blocks"] if b["type"] == "section" for ln in b["text"]["text"].split("\n") if ln.startswith("• ")]
    assert len(lines) == 30


def test_big_digest_splits_into_valid_messages_without_losing_items() -> None:
    digest = big_digest()
    messages = render_messages(digest)
    assert len(messages) > 1
    seen: list[str] = []
    for index, message in enumerate(messages, start=1):
        assert_valid(message.payload)
        header = message.payload["blocks"][0]["text"]["text"]
        assert header.endswith(f"({index}/{len(messages)})")
        body = "\n".join(b["text"]["text"] for b in message.payload["blocks"] if b["type"] == "section")
        seen += re.findall(r"Item (\d+\.\d+):", body)
        # a message's story_ids are exactly the stories it shows
        shown = {f"story-{n.split('.')[0]}" for n in re.findall(r"Item (\d+\.\d+):", body)}
        assert set(message.story_ids) == shown
    assert seen == [f"{i}.{j}" for i in range(40) for j in range(10)]
    assert {s for m in messages for s in m.story_ids} == {s.story_id for s in digest.stories}


def test_many_small_stories_respect_the_block_limit() -> None:
    digest = Digest("a", [StoryDigest(f"s{i}", f"S{i}", [Item(Kind.NEW, "short")]) for i in range(120)])
    messages = render_messages(digest)
    assert len(messages) >= 3
    assert all(len(m.payload["blocks"]) <= BLOCKS_MAX for m in messages)
    assert sum(len(m.story_ids) for m in messages) == 120


def test_max_messages_leaves_out_whole_stories_and_says_so() -> None:
    digest = big_digest()
    full = render_messages(digest)
    cut = render_messages(digest, max_messages=2)
    assert len(cut) == 2
    carried = [s for m in cut for s in m.story_ids]
    assert carried and len(carried) < len(digest.stories)
    assert carried == [s.story_id for s in digest.stories[: len(carried)]]
    body = "\n".join(b["text"]["text"] for m in cut for b in m.payload["blocks"] if b["type"] == "section")
    for sid in carried:  # every carried story is complete
        n = sid.split("-")[1]
        assert all(f"Item {n}.{j}:" in body for j in range(10))
    footer = cut[-1].payload["blocks"][-1]["elements"][-1]["text"]
    assert f"{len(digest.stories) - len(carried)} more stories not shown" in footer
    assert len(full) > 2


def test_empty_digest_and_nothing_new_story() -> None:
    empty = render_messages(Digest("a"))
    assert len(empty) == 1 and empty[0].story_ids == ()
    assert_valid(empty[0].payload)
    assert NOTHING_NEW_DIGEST in empty[0].payload["text"]
    quiet = render_messages(Digest("a", [StoryDigest("q", "Quiet story", [], background_ids=["old"])]))
    section = quiet[0].payload["blocks"][1]["text"]["text"]
    assert "Quiet story" in section and "Nothing new" in section and quiet[0].story_ids == ("q",)


def test_a_quiet_digest_says_its_minor_items_were_not_shown() -> None:
    [message] = render_messages(Digest("a", minor_left=1))
    assert "Nothing of note right now: 1 minor item not shown." in message.payload["text"]
    assert NOTHING_NEW_DIGEST not in message.payload["text"]


def test_item_lines_show_kind_text_and_linked_sources() -> None:
    digest = Digest("a", [StoryDigest("s", "Flu", [Item(Kind.NEW, "Cases rose", [SourceRef("BBC", "https://bbc.example/1"), SourceRef("BBC", "https://bbc.example/1"), SourceRef("AP", "http://ap.example/2")])])])
    payload = render_slack_payloads(digest)[0]
    section = payload["blocks"][1]["text"]
    assert section == {"type": "mrkdwn", "verbatim": True, "text": "*Flu*\n• *new* Cases rose — <https://bbc.example/1|BBC>, <http://ap.example/2|AP>"}
    assert payload["blocks"][0] == {"type": "header", "text": {"type": "plain_text", "text": "What's new", "emoji": True}}
    assert payload["blocks"][-1]["type"] == "context"
    assert "1 new" in payload["blocks"][-1]["elements"][0]["text"]
    assert payload["text"].startswith("What's new: 1 new")


def test_long_title_is_clipped_in_the_header() -> None:
    payload = render_messages(big_digest(3, 1), title="T" * 400)[0].payload
    assert len(payload["blocks"][0]["text"]["text"]) <= HEADER_MAX
    assert_valid(payload)


@pytest.mark.parametrize(
    "url,ok",
    [
        ("https://a.example/x?y=1&z=2", True),
        ("http://a.example", True),
        ("javascript:alert(1)", False),
        ("ftp://a.example/f", False),
        ("https://a.example/x|y", False),
        ("https://a.example/x>y", False),
        ("https://a.example/x y", False),
        ("https://user@a.example/", False),
        ("//a.example/x", False),
        ("", False),
    ],
)
def test_safe_url(url: str, ok: bool) -> None:
    assert (safe_url(url) is not None) is ok


def test_check_payload_rejects_invalid_blocks() -> None:
    with pytest.raises(Exception):
        check_payload({"text": "x", "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "y" * 3001}}]})
    with pytest.raises(ValueError):
        check_payload({"text": "", "blocks": []})
    with pytest.raises(ValueError):
        check_payload({"text": "x", "blocks": [{"type": "divider"}] * 51})


def test_escape_mrkdwn_examples() -> None:
    assert escape_mrkdwn("<!channel> @here a&b") == "&lt;!channel&gt; @\u200bhere a&amp;b"
    assert escape_mrkdwn("*x*") == "`*x*`" and "\n" not in escape_mrkdwn("a\nb")


@pytest.mark.parametrize("text, shown", [
    ("snake_case_name, 5*3=15, ~10 km to ~20 km, C++ and 100% * 2", None),  # nothing Slack would format
    ("The *Correction* came (_Titanic_, ~old~).", "The `*Correction*` came (`_Titanic_`, `~old~`)."),
    ("it`s fine", None),  # a lone backtick cannot open code
    ("run `ls` and *x*", "run \u02cbls\u02cb and `*x*`"),  # backticks cannot be escaped: the one look-alike left
])
def test_formatting_characters_are_kept_and_only_pairs_neutralised(text: str, shown: str | None) -> None:
    assert escape_mrkdwn(text) == (text if shown is None else shown)
    assert "\u200b" not in escape_mrkdwn(text)


def test_our_emphasis_stays_off_text_with_formatting_characters() -> None:
    item = Item(Kind.UPDATED, "Toll rose to 40", [SourceRef("The *Star*", "https://s.example/1")],
                earlier="snake_ case 30")
    payload = json.dumps(render_slack_payloads(Digest("a", [StoryDigest("s1", "Top 10* list", [item])])),
                         ensure_ascii=False)
    assert "Top 10* list\\n" in payload and "*Top 10* list*" not in payload  # no bold an article could close
    assert "(earlier: snake_ case 30)" in payload and "_(earlier: snake_ case 30)_" not in payload
    assert "|The \u2217Star\u2217>" in payload  # a link label cannot hold a code span
    plain = json.dumps(render_slack_payloads(Digest("a", [StoryDigest("s2", "Calm", [
        Item(Kind.UPDATED, "Toll 40", [], earlier="30")])])))
    assert "*Calm*" in plain and "_(earlier: 30)_" in plain


def test_render_slack_payloads_is_printable_json() -> None:
    payloads = render_slack_payloads(big_digest(3, 2))
    assert json.loads(json.dumps(payloads)) == payloads
    assert all(set(p) == {"text", "blocks"} for p in payloads)


def test_updated_item_shows_its_earlier_value_once_and_background_is_marked() -> None:
    from bot.render.slack import render_slack_payloads
    from summarizer.models import Digest, Item, Kind, SourceRef, StoryDigest

    item = Item(Kind.UPDATED, "About 15,000 troops were sent.", [SourceRef("A")], earlier="10,000 troops",
                background=True)
    payload = json.dumps(render_slack_payloads(Digest("a", [StoryDigest("s1", "Story", [item])])))
    assert payload.count("10,000 troops") == 1
    assert "older background" in payload
