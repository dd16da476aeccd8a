"""Both chat renderers strip bidi/zero-width characters and never link a URL with user-info or another scheme."""
from __future__ import annotations

import json

import pytest

from bot.render.discord import DiscordRenderer
from bot.render.slack import render_messages
from bot.render.untrusted import linkable_url, strip_invisible
from summarizer.models import Digest, Item, Kind, SourceRef, StoryDigest

INVISIBLE = ["\u202e", "\u202a", "\u2066", "\u2069", "\u200e", "\u200f", "\u061c",  # bidi
             "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]  # zero-width
HOSTILE_URLS = ["https://discord.com@evil.example/", "https://user:pw@evil.example/", "javascript:alert(1)",
                "ftp://files.example/a", "data:text/html,hi", "https://evil.example\\@good.example/", "//evil.example/"]


def digest(text: str, title: str, sources: list[SourceRef]) -> Digest:
    return Digest("x:y:z", [StoryDigest("s1", title, [Item(Kind.NEW, text, sources, key="k")], ["a"])], article_ids=["a"])


def payload_texts(fmt: str, d: Digest) -> str:
    if fmt == "slack":  # the header carries the user's query: hostile too
        return json.dumps([m.payload for m in render_messages(d, title="What's new: flu\u202e\u200b")],
                          ensure_ascii=False)
    renderer = DiscordRenderer(compact=fmt == "discord-compact")
    return json.dumps([m.payload for m in renderer.render(d)], ensure_ascii=False)


def test_strip_invisible_keeps_text_and_whitespace():
    assert strip_invisible("a\u202eb\u200bc\u2066d\u2069 e\nf\x1b") == "abcd e\nf"
    assert strip_invisible("Привет, мир 世界 مرحبا") == "Привет, мир 世界 مرحبا"


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_suspicious_urls_are_never_linkable(url):
    assert linkable_url(url, 800) is None


def test_plain_urls_are_linkable():
    assert linkable_url(" https://news.example/a?b=1&c=@2 ", 800) == "https://news.example/a?b=1&c=@2"
    assert linkable_url("https://news.example/" + "a" * 900, 800) is None


@pytest.mark.parametrize("fmt", ["slack", "discord", "discord-compact"])
def test_rendered_payloads_carry_no_bidi_or_zero_width(fmt):
    text = "Officials" + "".join(INVISIBLE) + " said the dam held, reversed: \u202etxet desrever"
    out = payload_texts(fmt, digest(text, "Dam\u200b holds\u202e", [SourceRef("Wire\u200f\u2066", "https://w.example/1")]))
    # renderers may add ZWSP after @ or < themselves (no mention); this digest has neither
    assert not [ch for ch in INVISIBLE if ch in out]
    assert "Officials said the dam held, reversed: txet desrever" in out.replace("\\", "")
    assert "Dam holds" in out and "Wire" in out


@pytest.mark.parametrize("fmt", ["slack", "discord", "discord-compact"])
@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_a_suspicious_source_url_is_shown_by_name_unlinked(fmt, url):
    out = payload_texts(fmt, digest("The dam held.", "Dam", [SourceRef("Trusted Wire", url)]))
    assert "evil.example" not in out and "alert" not in out and "files.example" not in out and "data:" not in out
    assert "Trusted Wire" in out


@pytest.mark.parametrize("fmt", ["slack", "discord"])
def test_a_plain_source_url_is_still_linked(fmt):
    out = payload_texts(fmt, digest("The dam held.", "Dam", [SourceRef("Trusted Wire", "https://w.example/1")]))
    assert "https://w.example/1" in out
