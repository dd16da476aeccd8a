"""Generated Slack request bodies (slash commands, interactive payloads, junk; signed or not) at the real endpoint.

Property: unsigned or badly signed requests are refused with 401 before anything is parsed, and
write no traceback; a signed slash command with any text is answered below 500 without one.
(bolt itself fails with 500 and a traceback on some *signed* interactive payloads of odd shape,
e.g. ``{"type": "block_actions", "actions": null}``: only Slack can send those.)
"""
from __future__ import annotations

import asyncio
import json
import logging
import time
from typing import Any
from urllib.parse import urlencode

import aiohttp
import pytest
from aiohttp import web
from hypothesis import given
from hypothesis import strategies as st

from bot.platforms.slack.adapter import make_web_client
from bot.platforms.slack.app import DigestCommand
from bot.platforms.slack.bolt_app import build_app
from bot.platforms.slack.config import SlackSettings
from fakes.builders import sample_stories
from fakes.service import FakeDigestService
from fakes.slack_api import FakeSlack, command_fields, sign
from fuzzkit import examples, count, hostile_char, json_value

http = pytest.importorskip("bot.platforms.slack.http", reason="the guarded Slack endpoint (issue 11, item 7)")
SECRET = "8f742231b10e8888abcd99yyyzzz85a5"

small = st.text(hostile_char, max_size=40)
interactive = st.one_of(
    st.fixed_dictionaries({"type": st.sampled_from(["block_actions", "view_submission", "shortcut", ""])},
                          optional={"team": json_value, "user": json_value, "actions": json_value,
                                    "response_url": json_value}),
    json_value,
).map(json.dumps)
body_fields = st.one_of(
    st.builds(lambda text, extra: {"text": text, **extra}, small,
              st.dictionaries(st.sampled_from(["command", "team_id", "channel_id", "user_id", "response_url"]),
                              small, max_size=3)),
    st.builds(lambda p: {"payload": p}, st.one_of(interactive, small)),
)
raw_body = st.one_of(
    body_fields.map(lambda f: urlencode(f, errors="surrogatepass").encode()),
    st.binary(max_size=200),  # invalid UTF-8, not a form
)
timestamp = st.one_of(st.none(), st.just("now"), st.integers(-10**12, 10**12).map(str), small)
signature = st.one_of(st.none(), st.just("v0=" + "0" * 64), small)


class Tracebacks(logging.Handler):
    """Collects every log record that carries a traceback."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info or record.exc_text:
            self.records.append(record)


def _sign(body: bytes, ts: str) -> str:
    import hashlib
    import hmac

    return "v0=" + hmac.new(SECRET.encode(), b"v0:" + ts.encode() + b":" + body, hashlib.sha256).hexdigest()


def test_generated_requests_get_no_500_and_no_traceback() -> None:
    runner = asyncio.Runner()
    caught = Tracebacks()
    logging.getLogger().addHandler(caught)
    state: dict[str, Any] = {}

    async def start() -> None:
        fake = await FakeSlack().start()
        settings = SlackSettings(bot_token=fake.bot_token, signing_secret=SECRET, api_url=fake.api_url, mode="http",
                                 port=0, host="127.0.0.1", post_interval=0.0).validate()
        service = FakeDigestService(sample_stories())
        client = make_web_client(settings)
        handler = DigestCommand(service, client, post_interval=0.0, manager=None)
        app = build_app(settings, service, client=client, handler=handler)
        # No memory of accepted signatures: hypothesis re-runs an example to confirm a failure, which
        # would otherwise be refused as a replay (the replay refusal has its own tests).
        guard = http.RequestGuard(SECRET, remember=0)
        web_runner = web.AppRunner(http.make_web_app(app, settings.path, SECRET, guard=guard), access_log=None)
        await web_runner.setup()
        site = web.TCPSite(web_runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        state.update(fake=fake, handler=handler, runner=web_runner, session=aiohttp.ClientSession(),
                     url=f"http://127.0.0.1:{port}{settings.path}")

    async def post(body: bytes, headers: dict[str, str]) -> int:
        async with state["session"].post(state["url"], data=body, headers=headers) as response:
            await response.read()
            return response.status

    @examples(1000)
    @given(raw_body, timestamp, signature, st.booleans(), small)
    def check(body: bytes, ts: str | None, sig: str | None, signed: bool, text: str) -> None:
        count("slack requests")
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        if signed:  # a genuine request: either the generated body, or a real command with generated text
            if text:
                fields = command_fields(text, state["fake"].response_url("fuzz"))
                body = urlencode(fields, errors="surrogatepass").encode()
            headers.update(sign(SECRET, "", None))
            headers["X-Slack-Signature"] = _sign(body, headers["X-Slack-Request-Timestamp"])
        else:
            if ts is not None:
                headers["X-Slack-Request-Timestamp"] = str(int(time.time())) if ts == "now" else ts
            if sig is not None:
                headers["X-Slack-Signature"] = sig
        # What an HTTP client can send at all: latin-1, no control characters.
        headers = {k: "".join(c if " " <= c != "\x7f" else "?" for c in v.encode("latin-1", "replace").decode("latin-1"))
                   for k, v in headers.items()}
        before = len(caught.records)
        status = runner.run(post(body, headers))
        if not signed:  # junk from anyone: refused before parsing, one log line, no traceback
            assert status == 401 and len(caught.records) == before
        elif text:  # a genuine slash command with any text: answered (bolt itself may fail on odd signed payloads)
            assert status < 500 and len(caught.records) == before

    try:
        runner.run(start())
        check()
        runner.run(state["handler"].drain(timeout=20))
    finally:
        logging.getLogger().removeHandler(caught)
        if state:
            runner.run(state["session"].close())
            runner.run(state["runner"].cleanup())
            runner.run(state["fake"].close())
        runner.close()
