"""The Discord renderer: pure Digest -> payloads, within limits, safe, nothing lost."""

from __future__ import annotations

import re

import pytest

from bot.render.discord import (
    DESCRIPTION_LIMIT,
    DiscordRenderer,
    embed_length,
    render_discord_payloads,
)
from bot.render.discord_markdown import ZWSP, cut, escape_text, safe_url, split_words
from summarizer.models import NOTHING_NEW, Digest, Item, Kind, SourceRef

from fakes.builders import DISCORD_HOSTILE as HOSTILE
from fakes.builders import discord_hostile_digest as hostile_digest, item, story
from fakes.discord_api import validate_message

def visible(markdown: str) -> str:
    """Roughly what a reader sees: escapes resolved, zero-width spaces dropped."""
    return re.sub(r"\\(.)", r"\1", markdown).replace(ZWSP, "")


def all_text(payloads: list[dict]) -> str:
    parts = []
    for p in payloads:
        parts.append(p.get("content", ""))
        for e in p.get("embeds", []):
            parts += [e.get("title", ""), e.get("description", ""), (e.get("footer") or {}).get("text", "")]
    return "\n".join(parts)


def test_empty_digest_says_nothing_new_explicitly() -> None:
    messages = DiscordRenderer().render(Digest("a"))
    assert len(messages) == 1
    assert messages[0].payload == {"allowed_mentions": {"parse": []}, "content": NOTHING_NEW}
    assert messages[0].story_ids == ()


def test_a_quiet_digest_says_its_minor_items_were_not_shown() -> None:
    messages = DiscordRenderer().render(Digest("a", minor_left=3))
    assert messages[0].payload["content"] == "Nothing of note right now: 3 minor items not shown."


def test_story_without_items_says_nothing_new() -> None:
    messages = DiscordRenderer().render(Digest("a", [story("s", "Quiet story")]))
    (embed,) = messages[0].payload["embeds"]
    assert embed["title"] == "Quiet story"
    assert "Nothing new" in embed["description"]
    assert messages[0].story_ids == ("s",)


def test_one_embed_per_story_with_kind_lines_and_masked_links() -> None:
    digest = Digest(
        "a",
        [
            story(
                "s1",
                "Flu",
                item("Cases rose to 40", source="Reuters", url="https://r.example/1"),
                item("Deaths 3", Kind.UPDATED, earlier="2"),
            ),
            story("s2", "Quake", item("Magnitude 6.1", Kind.CONFLICT, earlier="5.9")),
        ],
    )
    (msg,) = DiscordRenderer().render(digest)
    assert msg.story_ids == ("s1", "s2")
    assert msg.payload["allowed_mentions"] == {"parse": []}
    e1, e2 = msg.payload["embeds"]
    assert e1["title"] == "Flu"
    assert e1["description"].splitlines() == [
        "**new** Cases rose to 40 — [Reuters](https://r.example/1)",
        "**updated** Deaths 3 (earlier: 2) — [Wire](https://news.example/a)",
    ]
    assert e2["description"].startswith("**conflict** Magnitude 6.1 (other reports: 5.9)")
    assert "3 items in 2 stories" in msg.payload["content"]


def test_hostile_text_is_escaped_and_pings_no_one() -> None:
    payloads = render_discord_payloads(hostile_digest())
    text = all_text(payloads)
    assert all(p["allowed_mentions"] == {"parse": []} for p in payloads)
    for mention in ("@everyone", "@here", "<@123>", "<@!123456789012345678>", "<@&456>", "<#789>", "<@&1>"):
        assert mention not in text
    assert "[click](https://evil.example/steal)" not in text
    assert "\\[click\\](https://evil.example/steal)" in text
    assert "**bold**" not in text and "\\*\\*bold\\*\\*" in text
    assert "||spoiler||" not in text and "`code`" not in text
    assert "javascript:" not in text.replace("javascript:alert", "")  # never a link target
    assert "](javascript" not in text
    assert "(https://ok.example/a%20b%28c%29)" in text
    # The reader still sees every word of every item.
    seen = visible(text)
    for t in HOSTILE:
        assert " ".join(t.split()) in seen


def test_hostile_digest_fits_every_limit_and_loses_no_item() -> None:
    renderer = DiscordRenderer()
    digest = hostile_digest()
    messages = renderer.render(digest)
    assert len(messages) >= 2  # the 10,000-character item cannot fit one message
    for m in messages:
        assert validate_message(m.payload) is None, validate_message(m.payload)
        assert sum(embed_length(e) for e in m.payload.get("embeds", [])) <= 6000
    seen = visible(all_text([m.payload for m in messages]))
    words = re.findall(r"word\d+", seen)
    assert words == [f"word{i}" for i in range(1700)]  # in order, none lost, none repeated
    assert {s for m in messages for s in m.story_ids} == {"s1", "s2"}


def test_many_stories_split_at_ten_embeds() -> None:
    digest = Digest("a", [story(f"s{i}", f"Story {i}", item(f"fact {i}")) for i in range(23)])
    messages = DiscordRenderer().render(digest)
    assert [len(m.payload["embeds"]) for m in messages] == [10, 10, 3]
    assert [s for m in messages for s in m.story_ids] == [f"s{i}" for i in range(23)]
    assert "content" in messages[0].payload and "content" not in messages[1].payload


def test_total_embed_size_splits_messages() -> None:
    big = "y " * 1900
    digest = Digest("a", [story(f"s{i}", f"Story {i}", item(big + str(i))) for i in range(4)])
    messages = DiscordRenderer().render(digest)
    assert len(messages) >= 3
    for m in messages:
        assert validate_message(m.payload) is None


def test_compact_form_is_content_only_and_within_limits() -> None:
    digest = hostile_digest()
    messages = DiscordRenderer(compact=True).render(digest)
    assert all("embeds" not in m.payload for m in messages)
    for m in messages:
        assert len(m.payload["content"]) <= 2000
        assert validate_message(m.payload) is None
    text = all_text([m.payload for m in messages])
    assert "@everyone" not in text and "<@&456>" not in text
    assert "(<https://news.example/a>)" in text  # links without previews
    assert re.findall(r"word\d+", visible(text)) == [f"word{i}" for i in range(1700)]


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("@everyone", "@\u200beveryone"),
        ("@Here now", "@\u200bHere now"),
        ("<@123>", "<\u200b@123>"),
        ("<@&456>", "<\u200b@&456>"),
        ("<#789>", "<\u200b#789>"),
        ("a\\*b", "a\\\\\\*b"),
        ("[x](https://y)", "\\[x\\](https://y)"),
        ("line\n# not a heading", "line # not a heading"),
    ],
)
def test_escape_text(raw: str, expected: str) -> None:
    assert escape_text(raw) == expected


def test_safe_url_only_http() -> None:
    assert safe_url("https://a.example/x?y=1") == "https://a.example/x?y=1"
    assert safe_url("http://a.example/(x)") == "http://a.example/%28x%29"
    for bad in ("javascript:alert(1)", "ftp://a/b", "/relative", "", "https://", "https://a/" + "x" * 600):
        assert safe_url(bad) is None


def test_cut_and_split_never_break_an_escape() -> None:
    text = "\\*" * 200
    for limit in range(2, 60):
        short = cut(text, limit)
        assert len(short) <= limit
        assert not re.search(r"(?<!\\)(\\\\)*\\…$", short)
        for piece in split_words(text, limit):
            assert len(piece) <= limit and len(piece) % 2 == 0


def test_description_limit_respected_for_huge_story() -> None:
    digest = Digest("a", [story("s", "Big", *[item(f"fact {i} " + "z" * 300) for i in range(60)])])
    messages = DiscordRenderer().render(digest)
    descriptions = [e["description"] for m in messages for e in m.payload["embeds"]]
    assert all(len(d) <= DESCRIPTION_LIMIT for d in descriptions)
    assert sum(d.count("**new**") for d in descriptions) == 60
    titles = [e["title"] for m in messages for e in m.payload["embeds"]]
    assert titles[0] == "Big" and set(titles[1:]) == {"Big (continued)"}


def test_updated_item_shows_its_earlier_value_once_and_background_is_marked() -> None:
    import json

    from bot.render.discord import render_discord_payloads
    from summarizer.models import Digest, Kind, StoryDigest

    item = Item(Kind.UPDATED, "About 15,000 troops were sent.", [SourceRef("A")], earlier="10,000 troops",
                background=True)
    payload = json.dumps(render_discord_payloads(Digest("a", [StoryDigest("s1", "Story", [item])])))
    assert payload.count("10,000 troops") == 1
    assert "older background" in payload
