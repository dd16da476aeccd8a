"""Correctly SIGNED but oddly shaped requests: a 400 with a one-line reason and one log line, never a 500."""
from __future__ import annotations

import json
import logging
from urllib.parse import quote

import pytest
from slack_bolt.request.async_request import AsyncBoltRequest

from bot.platforms.slack.bolt_app import build_app
from bot.platforms.slack.config import SlackSettings
from bot.platforms.slack.shape import shape_problem
from fakes.service import FakeDigestService
from slack_stack import MakeStack
from test_slack_http_guard import signed, tracebacks


def form(payload: object) -> bytes:
    """``payload=<json>`` as Slack posts interactivity."""
    return b"payload=" + quote(json.dumps(payload)).encode()


TEAM = {"id": "T1", "domain": "fake"}
ODD = {
    "payload not JSON": (b"payload=%7Bnot-json", "payload is not JSON"),
    "payload a number": (b"payload=42", "payload is not a JSON object"),
    "payload a list": (form([1, 2]), "payload is not a JSON object"),
    "payload null": (b"payload=null", "payload is not a JSON object"),
    "payload a string": (form("block_actions"), "payload is not a JSON object"),
    "missing type": (form({"team": TEAM, "actions": [{"action_id": "a"}]}), "payload without a type"),
    "type not a string": (form({"type": 7, "team": TEAM}), "type is not a string"),
    "block_actions without actions": (form({"type": "block_actions", "team": TEAM}), "block_actions without actions"),
    "block_actions, empty actions": (form({"type": "block_actions", "team": TEAM, "actions": []}),
                                      "block_actions without actions"),
    "actions a string": (form({"type": "block_actions", "team": TEAM, "actions": "x"}),
                         "actions is not a list of objects"),
    "actions of numbers": (form({"type": "block_actions", "team": TEAM, "actions": [1]}),
                           "actions is not a list of objects"),
    "view a string": (form({"type": "view_submission", "team": TEAM, "view": "x"}), "view is not an object"),
    "view_submission without view": (form({"type": "view_submission", "team": TEAM}),
                                     "view_submission without a view"),
    "team a number": (form({"type": "shortcut", "team": 5}), "team is neither an object nor an id"),
    "authorizations an object": (form({"type": "block_actions", "actions": [{}], "authorizations": {}}),
                                 "authorizations is not a list of objects"),
}


@pytest.mark.parametrize("name", list(ODD))
async def test_signed_odd_payload_is_a_400_with_its_reason(make_stack: MakeStack, name: str,
                                                           caplog: pytest.LogCaptureFixture) -> None:
    body, reason = ODD[name]
    stack = await make_stack()
    caplog.set_level(logging.INFO)
    async with stack.session.post(stack.url, data=body, headers=signed(body)) as response:
        assert response.status == 400
        assert await response.text() == f"bad request: {reason}"
    assert tracebacks(caplog) == []
    skipped = [r.getMessage() for r in caplog.records if "skipped a signed request" in r.getMessage()]
    assert skipped == [f"Slack HTTP: skipped a signed request that could not be read: {reason}"]
    assert stack.service.requests == [] and stack.fake.calls == []


EVENTS = {
    "event a string": ({"type": "event_callback", "team_id": "T1", "event": "x"}, "event_callback without an event object"),
    "event without type": ({"type": "event_callback", "team_id": "T1", "event": {}}, "event without a type"),
    "a JSON list": ([1], "body is not a JSON object"),
}


@pytest.mark.parametrize("name", list(EVENTS))
async def test_signed_odd_events_api_body_is_a_400(make_stack: MakeStack, name: str,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    obj, reason = EVENTS[name]
    body = json.dumps(obj).encode()
    stack = await make_stack()
    headers = {**signed(body), "Content-Type": "application/json"}
    async with stack.session.post(stack.url, data=body, headers=headers) as response:
        assert response.status == 400 and await response.text() == f"bad request: {reason}"
    assert tracebacks(caplog) == []


async def test_well_formed_payloads_still_reach_bolt(make_stack: MakeStack) -> None:
    stack = await make_stack()
    action = form({"type": "block_actions", "team": TEAM, "user": {"id": "U1"}, "actions": [{"action_id": "a"}]})
    async with stack.session.post(stack.url, data=action, headers=signed(action)) as response:
        assert response.status == 404  # bolt's own answer: no listener for it (not our 400)
    assert (await stack.command("help"))[0] == 200
    assert (await stack.command("payload"))[0] == 200  # bolt alone parsed this form as {} and answered 404
    await stack.settle()
    [request] = stack.service.requests
    assert request.query == "payload"


def test_the_shapes_check_passes_what_slack_sends() -> None:
    assert shape_problem(b"", None) is None
    assert shape_problem(b"token=x&command=%2Fdigest&text=", "application/x-www-form-urlencoded") is None
    assert shape_problem(b'{"type":"url_verification","challenge":"c"}', "application/json") is None
    event = {"type": "event_callback", "team_id": "T1", "event": {"type": "app_uninstalled"}}
    assert shape_problem(json.dumps(event).encode(), "application/json") is None


@pytest.mark.parametrize("name", ["actions a string", "actions of numbers", "view a string"])
async def test_without_the_check_bolt_would_answer_500(fake_slack, settings: SlackSettings, name: str) -> None:  # type: ignore[no-untyped-def]
    """The control: these shapes really do break bolt, so the pre-check is what saves them."""
    app = build_app(settings, FakeDigestService([]))
    body = ODD[name][0]
    response = await app.async_dispatch(AsyncBoltRequest(body=body.decode(), headers=signed(body)))
    assert response.status == 500
