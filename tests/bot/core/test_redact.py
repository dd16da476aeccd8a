"""The one redaction function: credentials, secret parameters, webhook secrets and tokens become ``***``."""
from __future__ import annotations

import logging

import httpx
import pytest

from bot.core.redact import install_log_redaction, redact, redact_url, redacted


@pytest.mark.parametrize("url, shown", [
    ("https://alice:pw@feeds.example/rss", "https://***@feeds.example/rss"),
    ("https://token-only@feeds.example/rss", "https://***@feeds.example/rss"),
    ("https://a:p@ss@feeds.example/rss", "https://***@feeds.example/rss"),
    ("https://feeds.example/rss?token=abc&page=2", "https://feeds.example/rss?token=***&page=2"),
    ("https://feeds.example/rss?page=2&API_KEY=k1&sig=s&Signature=x",
     "https://feeds.example/rss?page=2&API_KEY=***&sig=***&Signature=***"),
    ("https://feeds.example/rss?access_token=a&password=p&auth=q&secret=z&key=y",
     "https://feeds.example/rss?access_token=***&password=***&auth=***&secret=***&key=***"),
    ("https://hooks.slack.com/services/T000/B000/XXXXsecret", "https://hooks.slack.com/services/***"),
    ("https://discord.com/api/webhooks/123456/tok-en_SECRET?wait=true", "https://discord.com/api/webhooks/123456/***?wait=true"),
    ("https://discordapp.com/api/v10/webhooks/42/abc", "https://discordapp.com/api/v10/webhooks/42/***"),
])
def test_redact_url_hides_every_kind_of_secret(url, shown):
    assert redact_url(url) == shown
    assert redact(f"failed: {url} (HTTP 500)") == f"failed: {shown} (HTTP 500)"


@pytest.mark.parametrize("plain", [
    "https://feeds.example/rss?page=2&monkey=1&tokens_left=3",
    "https://user.example/@name/feed",  # an @ in the path is not user-info
    "Heavy rain in Riverton; key findings at https://x.example/a?id=4",
    "",
])
def test_what_is_not_secret_is_left_alone(plain):
    assert redact(plain) == plain


def test_secrets_outside_urls_and_slack_tokens():
    assert redact("bad request token=abc123 from host") == "bad request token=*** from host"
    assert redact("auth failed for xoxb-1234-5678-abcdEFGH") == "auth failed for ***"
    assert redact("two: http://u:p@a.example/x and http://b.example/y?key=v") == \
        "two: http://***@a.example/x and http://b.example/y?key=***"


def test_redacted_decorator_applies_to_the_answer():
    @redacted
    def answer(url: str) -> str:
        return f"Following {url}."

    assert answer("https://u:p@x.example/rss") == "Following https://***@x.example/rss."


def test_log_records_are_redacted_ours_and_httpx(caplog):
    install_log_redaction()
    install_log_redaction()  # idempotent
    caplog.set_level(logging.DEBUG)
    logging.getLogger("bot.feeds.poller").warning("feed %s failed", "https://u:pw@x.example/rss?token=T1")
    try:
        raise ValueError("cannot open https://x.example/rss?api_key=K1")
    except ValueError:
        logging.getLogger("bot.anything").exception("boom at %s", "https://hooks.slack.com/services/T/B/S1")

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200)

    with httpx.Client(transport=httpx.MockTransport(answer)) as client:
        client.get("https://bob:pw2@feeds.example/rss?token=T2")
    text = caplog.text
    assert "HTTP Request: GET https://***@feeds.example/rss?token=***" in text  # httpx's own line
    assert "feed https://***@x.example/rss?token=*** failed" in text
    assert "api_key=***" in text and "services/***" in text
    for secret in ("pw", "T1", "K1", "S1", "bob", "pw2", "T2"):
        assert f"{secret}@" not in text and f"={secret}" not in text and f"/{secret}" not in text


def test_remembered_secrets_are_hidden_everywhere():
    from bot.core.redact import remember_secret

    remember_secret("ab")  # too short to be a secret: ignored
    remember_secret("hooks/zz-plain-path-9")
    assert redact("POST https://relay.example/hooks/zz-plain-path-9 failed; ab") == "POST https://relay.example/*** failed; ab"
