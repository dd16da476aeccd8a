"""Slack's side of the delivery core: post to a channel, or reply through a ``response_url``.

Slack has no idempotent ``chat.postMessage``: an outbox message is posted with the outbox key
in its message metadata (:meth:`SlackAdapter.keyed`), so a copy posted again after a crash is
at least recognisable (``conversations.history`` with ``include_all_metadata``).
"""
from __future__ import annotations

import asyncio
from typing import Any, Awaitable, Callable, Mapping

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.models.blocks import MarkdownTextObject, SectionBlock
from slack_sdk.http_retry.async_handler import AsyncRetryHandler
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from bot.core.chat import DeliveryError, Message, PermanentError, RateLimited
from bot.render.slack import DEFAULT_TITLE, SECTION_MAX, check_payload, render_messages
from bot.render.slack_text import clip, escape_plain
from bot.platforms.slack.config import SlackSettings
from summarizer.models import Digest

RESPONSE_URL_MAX_POSTS = 5  # Slack: up to 5 posts per response_url within 30 minutes
METADATA_EVENT = "digestbot_post"  # message metadata event type carrying the outbox key
NOTICE_FALLBACK_MAX = 1000

# Slack errors that retrying will not fix. Anything else (internal_error, fatal_error,
# service_unavailable, request_timeout, HTTP 5xx, network errors) is a plain DeliveryError.
PERMANENT_ERRORS = frozenset(
    {
        "channel_not_found", "not_in_channel", "is_archived", "msg_too_long", "msg_blocks_too_long",
        "invalid_blocks", "invalid_blocks_format", "no_text", "too_many_attachments", "restricted_action",
        "restricted_action_read_only_channel", "restricted_action_thread_only_channel",
        "restricted_action_non_threadable_channel", "cannot_reply_to_message", "duplicate_channel_not_found",
        "invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired", "no_permission",
        "missing_scope", "not_allowed_token_type", "ekm_access_denied", "team_access_not_granted",
        "invalid_arguments", "invalid_arg_name", "invalid_charset", "invalid_form_data", "invalid_post_type",
        "missing_post_type", "as_user_not_supported", "slack_connect_file_link_sharing_blocked",
        "user_not_in_channel", "expired_url", "used_url", "invalid_token",
    }
)


def retry_handlers() -> list[AsyncRetryHandler]:
    """Retry connection errors and wait out one HTTP 429 (``Retry-After``) inside slack_sdk itself."""
    return [AsyncConnectionErrorRetryHandler(max_retry_count=1), AsyncRateLimitErrorRetryHandler(max_retry_count=1)]


def make_web_client(settings: SlackSettings, *, session: aiohttp.ClientSession | None = None) -> AsyncWebClient:
    """The bot's Web API client: explicit token (none in multi-workspace mode), configurable base URL, 429-aware retries."""
    return AsyncWebClient(
        token=settings.bot_token or None,  # multi-workspace: none; bolt gives each request its workspace's
        base_url=settings.base_url,
        session=session,
        retry_handlers=retry_handlers(),
    )


def retry_after(headers: Mapping[str, Any] | None, default: float = 1.0) -> float:
    """Seconds from a ``Retry-After`` header (any case; slack_sdk gives lists of values)."""
    for key, value in (headers or {}).items():
        if key.lower() == "retry-after":
            raw = value[0] if isinstance(value, (list, tuple)) and value else value
            try:
                return max(0.0, float(raw))
            except (TypeError, ValueError):
                return default
    return default


def map_api_error(exc: SlackApiError) -> DeliveryError:
    """A Web API failure as the delivery core's exception (429 → RateLimited with Retry-After)."""
    response = exc.response
    status = getattr(response, "status_code", 0) or 0
    data = getattr(response, "data", None)
    code = data.get("error", "") if isinstance(data, dict) else ""
    if status == 429 or code == "ratelimited":
        return RateLimited(retry_after(getattr(response, "headers", None)), f"slack rate limited ({code or status})")
    if code in PERMANENT_ERRORS or (400 <= status < 500 and status not in (408, 429)):
        return PermanentError(f"slack error: {code or f'HTTP {status}'}")
    return DeliveryError(f"slack error: {code or f'HTTP {status}'}")


def workspace_target(team_id: str, channel_id: str) -> str:
    """A channel target that names its workspace (multi-workspace mode): ``T123/C456``."""
    return f"{team_id}/{channel_id}"


TokenLookup = Callable[[str], Awaitable["str | None"]]  # team id -> that workspace's installed bot token


class SlackAdapter:
    """Posts digest messages to a channel with ``chat.postMessage`` (implements ChatAdapter).

    A target is a channel id, posted with the client's token; or, in multi-workspace mode,
    ``T123/C456`` (:func:`workspace_target`), posted with workspace ``T123``'s bot token from ``tokens``.
    """

    platform = "slack"

    def __init__(self, client: AsyncWebClient, *, title: str = DEFAULT_TITLE, tokens: TokenLookup | None = None) -> None:
        self.client = client
        self.title = title
        self.tokens = tokens

    async def _route(self, target: str) -> tuple[str, dict[str, Any]]:
        """(channel id, extra call arguments): the workspace's token for a ``T…/C…`` target."""
        team, _, channel = target.rpartition("/")
        if not team:
            return target, {}
        if self.tokens is None:
            raise PermanentError(f"slack: no workspace tokens in this process for a target of workspace {team}")
        token = await self.tokens(team)
        if not token:
            raise PermanentError(f"slack: the app is not installed in workspace {team}")
        return channel, {"token": token}

    def render(self, digest: Digest) -> list[Message]:
        """The Block Kit messages for ``digest``."""
        return render_messages(digest, title=self.title)

    def render_notice(self, text: str) -> Message:
        """A plain notice (e.g. a feed failing) as one section, escaped like digest text."""
        safe = escape_plain(text).strip() or "(empty notice)"
        section = SectionBlock(text=MarkdownTextObject(text=clip(safe, SECTION_MAX), verbatim=True))
        payload: dict[str, Any] = {"text": clip(safe, NOTICE_FALLBACK_MAX), "blocks": [section.to_dict()]}
        check_payload(payload)
        return Message(payload, ())

    def keyed(self, message: Message, key: str) -> Message:
        """``message`` with ``key`` in its metadata (Slack cannot drop duplicates, but a copy is recognisable)."""
        metadata = {"event_type": METADATA_EVENT, "event_payload": {"key": key}}
        return Message({**message.payload, "metadata": metadata}, message.story_ids)

    async def aclose(self) -> None:
        """Nothing to release: the Web API client opens a session per request (or shares the caller's)."""

    async def send(self, target: str, message: Message) -> str:
        """Post ``message`` to channel ``target``; return its ``ts`` or raise a DeliveryError."""
        channel, extra = await self._route(target)
        if message.payload.get("metadata"):
            extra["metadata"] = message.payload["metadata"]
        try:
            response = await self.client.chat_postMessage(
                channel=channel,
                text=message.payload.get("text", ""),
                blocks=message.payload.get("blocks"),
                unfurl_links=False,
                unfurl_media=False,
                **extra,
            )
        except SlackApiError as exc:
            raise map_api_error(exc) from exc
        except (aiohttp.ClientError, asyncio.TimeoutError, OSError) as exc:
            raise DeliveryError(f"network error: {type(exc).__name__}") from exc
        return str(response.get("ts") or "")


class ResponseUrlAdapter:
    """Replies through a slash command's ``response_url`` (ephemeral by default; implements ChatAdapter).

    The ``target`` of :meth:`send` is the response URL. At most five messages are rendered
    (Slack's limit per response URL); stories that do not fit are left for the next digest.
    """

    platform = "slack"

    def __init__(
        self,
        *,
        ephemeral: bool = True,
        title: str = DEFAULT_TITLE,
        max_messages: int = RESPONSE_URL_MAX_POSTS,
        session: aiohttp.ClientSession | None = None,
        timeout: int = 15,
    ) -> None:
        self.response_type = "ephemeral" if ephemeral else "in_channel"
        self.title = title
        self.max_messages = max_messages
        self.session = session
        self.timeout = timeout

    def render(self, digest: Digest) -> list[Message]:
        """The Block Kit messages for ``digest``, at most ``max_messages`` of them."""
        return render_messages(digest, title=self.title, max_messages=self.max_messages)

    async def send(self, target: str, message: Message) -> str:
        """Post ``message`` to the response URL ``target``; raise a DeliveryError unless Slack says 200."""
        client = AsyncWebhookClient(url=target, timeout=self.timeout, session=self.session, retry_handlers=retry_handlers())
        body = {**message.payload, "response_type": self.response_type, "replace_original": False}
        try:
            response = await client.send_dict(body)
        except (aiohttp.ClientError, asyncio.TimeoutError, OSError) as exc:
            raise DeliveryError(f"network error: {type(exc).__name__}") from exc
        status, text = response.status_code, (response.body or "").strip()[:100]
        if status == 200:
            return ""
        if status == 429:
            raise RateLimited(retry_after(response.headers), "response_url rate limited")
        if 400 <= status < 500 and status != 408:
            raise PermanentError(f"response_url refused: HTTP {status} {text}")
        raise DeliveryError(f"response_url failed: HTTP {status} {text}")
