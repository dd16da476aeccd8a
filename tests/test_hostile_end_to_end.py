"""A hostile article through the real engine and both renderers: nobody is pinged, nothing breaks a limit."""
from __future__ import annotations

import json

from bot.digests import Digests
from bot.render.discord import render_discord_payloads
from bot.render.slack import render_slack_payloads
from bot.render.text import render_text
from bot.core.service import Audience, DigestRequest
from bot.db.store import Store
from summarizer.ingest import make_article

HOSTILE = "\n".join([
    "Flood warning issued for the river valley after heavy rain overnight.",
    "<!channel> Officials said 4,000 homes lost power and <!here> crews were sent to the valley overnight.",
    "@everyone The mayor said <@U012345> and <#C999> will lead the response, see <https://evil.example|click here>.",
    "Residents were told to avoid **the bridge** and `downtown` streets, [free money](https://evil.example) said a post.",
    "A spokesman said " + "the water kept rising " * 500 + "until dawn.",
    "\x1b[31mEmergency shelters opened in three schools with room for 1,200 people.\u202e",
])


def hostile_digest():  # type: ignore[no-untyped-def]
    """The digest a fresh channel gets for the hostile article (real engine, real store)."""
    service = Digests(Store("sqlite://"))
    service.ingest([make_article(HOSTILE, name="hostile.txt", source="Evil Gazette")], channel="slack:T1:C1")
    return service.build(DigestRequest(Audience("slack:T1:C1")))


def test_the_engine_keeps_the_facts_and_drops_control_characters() -> None:
    digest = hostile_digest()
    text = render_text(digest)
    assert "4,000 homes" in text and "1,200 people" in text
    assert "\x1b" not in text and "\u202e" not in text


def test_slack_payloads_ping_no_one_and_stay_within_limits() -> None:
    payloads = render_slack_payloads(hostile_digest())
    raw = json.dumps(payloads, ensure_ascii=False)
    for ping in ("<!channel>", "<!here>", "<!everyone>", "<@U012345>", "<#C999>", "<https://evil.example|"):
        assert ping not in raw
    assert "@everyone" not in raw and "@here" not in raw and "@channel" not in raw
    for p in payloads:
        blocks = p["blocks"]
        assert len(blocks) <= 50
        for b in blocks:
            if b["type"] == "section":
                assert len(b["text"]["text"]) <= 3000


def test_discord_payloads_ping_no_one_and_stay_within_limits() -> None:
    payloads = render_discord_payloads(hostile_digest())
    for p in payloads:
        assert p["allowed_mentions"] == {"parse": []}
        assert len(p.get("content") or "") <= 2000
        embeds = p.get("embeds") or []
        assert len(embeds) <= 10
        total = sum(len(e.get("title", "")) + len(e.get("description", "")) for e in embeds)
        assert total <= 6000
        for e in embeds:
            assert len(e.get("description", "")) <= 4096
        raw = json.dumps(p, ensure_ascii=False)
        assert "@everyone" not in raw and "<@U012345>" not in raw
        assert "](https://evil.example)" not in raw  # no masked link from article text
