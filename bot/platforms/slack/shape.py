"""The shape of a signed Slack request, checked before bolt sees it.

bolt trusts a request once its signature is right: ``payload=`` that is not JSON raises while
parsing, and ``block_actions`` whose ``actions`` is not a list of objects (or an event that is
not an object) raises inside its listener matching, answered 500 with a traceback. Slack itself
never sends such bodies, so :func:`shape_problem` names what is wrong in one short line and the
endpoint answers 400 instead. It parses the body the way bolt does
(``slack_bolt.request.internals.parse_body``) and checks only what bolt relies on.

One bolt parsing slip is corrected on the way in (:func:`to_bolt_request`): a form whose text
merely *contains* ``payload`` (``/digest payload``, a feed URL ``.../payload.xml``) is parsed by
bolt as an empty body, and the command went unanswered.
"""
from __future__ import annotations

import json
from typing import Any, Mapping
from urllib.parse import parse_qsl

from slack_bolt.context.async_context import AsyncBoltContext
from slack_bolt.request.async_internals import build_async_context
from slack_bolt.request.async_request import AsyncBoltRequest

# Keys bolt reads as objects (``payload["team"]["id"]`` etc.); Slack also sends some as ids or null.
OBJECT_OR_ID = ("team", "user", "channel", "enterprise", "container", "message")


def parse_like_bolt(text: str, content_type: str | None) -> Any:
    """The body as bolt will parse it: JSON, the JSON of a ``payload=`` field, or the form fields.

    Raises ``ValueError`` (``json.JSONDecodeError``) where bolt would raise.
    """
    if not text:
        return {}
    if content_type == "application/json" or text.startswith("{"):
        return json.loads(text)
    if "payload" in text:
        payload = dict(parse_qsl(text, keep_blank_values=True)).get("payload")
        return {} if payload is None else json.loads(payload)
    return dict(parse_qsl(text, keep_blank_values=True))


def _list_of_objects(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, dict) for v in value)


def payload_problem(body: dict[str, Any]) -> str | None:
    """What is wrong with a parsed JSON body or interactive payload (None: bolt can take it)."""
    kind = body.get("type")
    if "type" in body and not isinstance(kind, str):
        return "type is not a string"
    for key in OBJECT_OR_ID:
        value = body.get(key)
        if value is not None and not isinstance(value, (dict, str)):
            return f"{key} is neither an object nor an id"
    if "view" in body and not isinstance(body["view"], dict):
        return "view is not an object"
    if "authorizations" in body and not _list_of_objects(body["authorizations"]):
        return "authorizations is not a list of objects"
    if "actions" in body and not _list_of_objects(body["actions"]):
        return "actions is not a list of objects"
    if kind == "block_actions" and not body.get("actions"):
        return "block_actions without actions"
    if kind in ("view_submission", "view_closed") and not isinstance(body.get("view"), dict):
        return f"{kind} without a view"
    if kind == "event_callback":
        event = body.get("event")
        if not isinstance(event, dict):
            return "event_callback without an event object"
        if not isinstance(event.get("type"), str):
            return "event without a type"
    return None


def shape_problem(raw: bytes, content_type: str | None) -> str | None:
    """Why a signed request cannot be handed to bolt (a short reason), or None when it can."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return "body is not UTF-8"
    is_json = content_type == "application/json" or text.startswith("{")
    is_interactive = not is_json and "payload" in dict(parse_qsl(text, keep_blank_values=True))
    try:
        body = parse_like_bolt(text, content_type)
    except ValueError:
        return "body is not JSON" if is_json else "payload is not JSON"
    if not isinstance(body, dict):
        return "body is not a JSON object" if is_json else "payload is not a JSON object"
    if is_interactive and "type" not in body:
        return "payload without a type"
    return payload_problem(body) if is_json or is_interactive else None


def to_bolt_request(text: str, query: str, headers: Mapping[str, str]) -> AsyncBoltRequest:
    """bolt's request for a checked body, with a plain form that mentions "payload" parsed as the form it is."""
    request = AsyncBoltRequest(body=text, query=query, headers=dict(headers))
    if not request.body and "payload" in text and not text.startswith("{"):
        form = dict(parse_qsl(text, keep_blank_values=True))
        if form and "payload" not in form:
            request.body = form
            request.context = build_async_context(AsyncBoltContext({}), form)
    return request
