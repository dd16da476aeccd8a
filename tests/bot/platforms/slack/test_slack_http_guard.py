"""Slack HTTP mode against strangers: junk, unsigned, malformed and replayed requests, over real HTTP."""
from __future__ import annotations

import hashlib
import hmac
import logging
import random
import time

import pytest

from bot.platforms.slack.http import RequestGuard
from fakes.slack_api import signed_command
from slack_stack import SECRET, MakeStack


def signed(body: bytes, timestamp: str | None = None, secret: str = SECRET) -> dict[str, str]:
    """Valid signature headers for raw ``body`` bytes (any timestamp text)."""
    ts = str(int(time.time())) if timestamp is None else timestamp
    digest = hmac.new(secret.encode(), b"v0:" + ts.encode() + b":" + body, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}",
            "Content-Type": "application/x-www-form-urlencoded"}


def tracebacks(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    """Log records that carry a traceback."""
    return [r for r in caplog.records if r.exc_info or r.exc_text or "Traceback" in r.getMessage()]


def junk(rng: random.Random, n: int) -> list[tuple[bytes, dict[str, str]]]:
    """``n`` hostile requests: unsigned, badly signed, odd timestamps, invalid UTF-8, non-JSON payloads."""
    bodies = [b"\xff\xfe\xfa", b"payload=%7Bnot-json", b"payload=", b"text=%ZZ", b"", b"a" * 5000,
              bytes(rng.randrange(256) for _ in range(64))]
    stamps = ["abc", "", "1e9", "-1", "99999999999999999999", "12.5", str(int(time.time()))]
    out: list[tuple[bytes, dict[str, str]]] = []
    for i in range(n):
        body = rng.choice(bodies)
        headers = {"X-Slack-Request-Timestamp": rng.choice(stamps), "X-Slack-Signature": "v0=" + "0" * 64}
        if i % 4 == 1:
            headers.pop("X-Slack-Signature")
        elif i % 4 == 2:
            headers = {}
        elif i % 4 == 3:
            headers["X-Slack-Signature"] = rng.choice(["", "v0=", "garbage", "v0=" + "é" * 10])
        out.append((body, headers))
    return out


async def test_two_hundred_junk_requests_get_401_and_no_traceback(make_stack: MakeStack,
                                                                  caplog: pytest.LogCaptureFixture) -> None:
    stack = await make_stack()
    caplog.set_level(logging.INFO)
    statuses = []
    for body, headers in junk(random.Random(11), 200):
        async with stack.session.post(stack.url, data=body, headers=headers) as response:
            statuses.append(response.status)
    assert set(statuses) == {401}
    assert tracebacks(caplog) == []
    refused = [r for r in caplog.records if "refused a request" in r.getMessage()]
    assert len(refused) == 200  # one line each
    assert stack.service.requests == [] and stack.fake.calls == []


@pytest.mark.parametrize("body", [b"\xff\xfe not utf-8", b"payload=%7Bnot-json", b"payload=42",
                                  b"payload=%5B1%2C2%5D"])
async def test_signed_but_malformed_is_a_400_without_traceback(make_stack: MakeStack, body: bytes,
                                                               caplog: pytest.LogCaptureFixture) -> None:
    stack = await make_stack()
    async with stack.session.post(stack.url, data=body, headers=signed(body)) as response:
        assert response.status == 400
    assert tracebacks(caplog) == []
    assert sum("could not be read" in r.getMessage() for r in caplog.records) == 1
    assert stack.service.requests == []


async def test_non_numeric_timestamp_validly_signed_is_refused(make_stack: MakeStack,
                                                               caplog: pytest.LogCaptureFixture) -> None:
    stack = await make_stack()
    body, _ = signed_command(SECRET, "", stack.fake.response_url("1"))
    for stamp in ["abc", "1e9", " 12", "١٢٣"]:  # the last is Arabic-Indic digits
        headers = signed(body.encode(), stamp) if stamp.isascii() else {
            "X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": "v0=00"}
        async with stack.session.post(stack.url, data=body.encode(), headers=headers) as response:
            assert response.status == 401
    assert tracebacks(caplog) == []


async def test_a_replayed_request_is_refused_a_fresh_one_accepted(make_stack: MakeStack) -> None:
    stack = await make_stack()
    body, headers = signed_command(SECRET, "", stack.fake.response_url("replayed"))
    async with stack.session.post(stack.url, data=body.encode(), headers=headers) as response:
        assert response.status == 200
    async with stack.session.post(stack.url, data=body.encode(), headers=headers) as response:
        assert response.status == 401  # the same signed request again, within the window
    assert (await stack.command(""))[0] == 200  # a new request still works
    await stack.settle()
    assert len(stack.service.requests) == 2


def test_guard_forgets_expired_and_stays_bounded() -> None:
    now = [1_000_000.0]
    guard = RequestGuard(SECRET, clock=lambda: now[0], remember=3)

    def sig(body: bytes, ts: int) -> tuple[bytes, str, str]:
        h = signed(body, str(ts))
        return body, h["X-Slack-Request-Timestamp"], h["X-Slack-Signature"]

    first = sig(b"a=1", int(now[0]))
    assert guard.refusal(*first) is None and guard.refusal(*first) == "replayed"
    for i in range(5):
        assert guard.refusal(*sig(f"b={i}".encode(), int(now[0]))) is None
    assert len(guard._seen) == 3  # bounded
    now[0] += 301
    assert guard.refusal(*first) == "stale timestamp"  # outside the window: refused anyway
    assert guard.refusal(*sig(b"c=1", int(now[0]))) is None
    assert len(guard._seen) == 1  # the expired ones are forgotten
    assert guard.refusal(b"x", None, None) == "unsigned"
    assert guard.refusal(b"x", "abc", "v0=00") == "bad signature"


async def test_an_oversized_body_is_refused_without_traceback(make_stack: MakeStack,
                                                              caplog: pytest.LogCaptureFixture) -> None:
    stack = await make_stack()
    body = b"text=" + b"a" * (2 * 1024 * 1024)
    async with stack.session.post(stack.url, data=body, headers=signed(body)) as response:
        assert response.status == 413
    assert tracebacks(caplog) == [] and stack.service.requests == []
