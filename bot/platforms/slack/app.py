"""The Slack app: ``/digest`` acked at once, built in a worker thread, replied or posted after.

Flow of one ``/digest``:

1. bolt verifies the request signature (HTTP mode) and calls :meth:`DigestCommand.on_command`;
2. help and usage errors are answered in the ack itself (ephemeral);
   ``feeds``/``schedule``/``status`` run through the injected :class:`~bot.chat.settings.Manager` in a
   worker thread (DB only); the answer goes into the ack when it is ready within
   ``ack_budget`` (1 s, well inside Slack's 3 s), else the command is acked empty and the
   answer follows through ``response_url`` (a locked or slow database never breaks the ack);
3. otherwise a background task is started and the command is acked with an empty body, so
   Slack gets its answer within milliseconds however slow the engine is;
4. the task builds the digest with ``asyncio.to_thread`` (the engine is CPU-bound), then
   delivers it through the delivery core: ephemeral via ``response_url`` for the asking user
   (audience ``Audience.for_user``), or ``chat.postMessage`` to the channel with ``public``;
5. memory is marked only for what Slack confirmed; any failure is logged and the user gets a
   short apology, never a traceback.

Digests for one channel are built and delivered one at a time, so a quick second ``/digest``
sees what the first one marked instead of repeating it.

Why not bolt's lazy listeners (``lazy=[...]``): they ack first and run the work detached, but a
management answer goes *into* the ack when the database answers within ``ack_budget``, and
digests need a per-channel lock and a drain on shutdown (:meth:`DigestCommand.drain`).
"""
from __future__ import annotations

import asyncio
import logging
import re
import weakref
from functools import partial
from typing import Any, Awaitable, Callable, Mapping

import aiohttp
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from bot.chat.commands import ParsedCommand
from bot.chat.grammar import parse_command
from bot.delivery.send import Delivery, DeliveryReport
from bot.chat.permissions import slack_can_manage
from bot.chat.replies import empty_reply
from bot.chat.execute import ManageApi, ManageContext, execute
from bot.render.slack import DEFAULT_TITLE
from bot.render.slack_text import escape_control, neutralise_broadcasts
from bot.core.service import Audience, DigestService
from bot.platforms.slack.adapter import ResponseUrlAdapter, SlackAdapter, retry_handlers, workspace_target
from summarizer.models import Digest

log = logging.getLogger(__name__)

PLATFORM = "slack"
APOLOGY = "Sorry, I could not put your digest together just now. Please try again in a minute."
TOO_SLOW = "Sorry, building your digest took too long. Please try again later, perhaps with a shorter window."
NOTHING_TO_POST = "Nothing new for this channel right now, so I did not post anything."
NOT_IN_CHANNEL = (
    "I could not post in this channel: invite me first (`/invite @digestbot`). "
    "Nothing was marked as read, so the next digest still has everything."
)
POST_FAILED = "Slack did not accept the digest ({error}). Nothing was marked as read; please try again later."
MANAGE_FAILED = "Sorry, I could not read or change this channel's settings just now. Please try again in a minute."
NO_MANAGER = "Feeds and schedules cannot be managed from Slack in this setup (ask whoever runs digestbot)."

_LINK = re.compile(r"<((?:https?|mailto):[^<>|\s]+)(?:\|[^<>]*)?>")


def plain_command_text(text: str | None) -> str:
    """A slash command's text as typed: Slack's links ``<url|label>`` → url, ``&amp;``/``&lt;``/``&gt;`` decoded."""
    text = _LINK.sub(lambda m: m.group(1), text or "")
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def channel_of(command: Mapping[str, Any]) -> tuple[Audience, str]:
    """The channel audience of a slash command (same key for digests and settings) and its channel id."""
    team = str(command.get("team_id") or command.get("enterprise_id") or "-")
    channel_id = str(command.get("channel_id") or "")
    return Audience.channel(PLATFORM, team, channel_id), channel_id


def reply_text(text: str) -> str:
    """Our own reply text made safe for Slack (it may quote what the user typed)."""
    return neutralise_broadcasts(escape_control(text))


def digest_title(parsed: ParsedCommand) -> str:
    """The header of a requested digest, e.g. ``What's new: flu vaccine (last 24h)``."""
    title = DEFAULT_TITLE
    if parsed.query:
        title += f": {parsed.query}"
    if parsed.window is not None:
        hours = parsed.window.total_seconds() / 3600
        span = f"{hours * 60:.0f} min" if hours < 1 else (f"{hours:.0f}h" if hours < 48 else f"{hours / 24:.0f} days")
        title += f" (last {span})"
    return title


class DigestCommand:
    """Handles ``/digest``: ack at once, build in a worker thread, reply or post after the ack."""

    def __init__(
        self,
        service: DigestService,
        client: AsyncWebClient,
        *,
        post_interval: float = 1.0,
        build_timeout: float = 600.0,
        session: aiohttp.ClientSession | None = None,
        delivery_sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
        manager: ManageApi | None = None,
        admin_users: str = "",
        ack_budget: float = 1.0,
        workspace_targets: bool = False,
    ) -> None:
        self.service = service
        self.client = client  # posts with its token unless bolt hands a workspace's client per request
        self.workspace_targets = workspace_targets  # multi-workspace: scheduled posts name the workspace (T…/C…)
        self.manager = manager
        self.admin_users = admin_users  # SLACK_ADMIN_USERS; "" lets everyone manage
        self.ack_budget = ack_budget
        self._manage_lock = asyncio.Lock()  # one settings change at a time in this process
        self.post_interval = post_interval
        self.build_timeout = build_timeout
        self.session = session
        self._sleep = delivery_sleep
        self._tasks: set[asyncio.Task[Any]] = set()
        self._locks: weakref.WeakValueDictionary[str, asyncio.Lock] = weakref.WeakValueDictionary()

    async def on_command(self, ack: Callable[..., Awaitable[Any]], command: dict[str, Any],
                         client: AsyncWebClient | None = None) -> None:
        """Bolt listener: answer help/errors in the ack, settings soon after, digests after the ack.

        ``client`` is bolt's per-request client, authorized for the command's workspace.
        """
        parsed = parse_command(plain_command_text(command.get("text")))
        if parsed.is_manage:
            await self.on_manage(ack, dict(command), parsed)
            return
        if not parsed.is_digest:
            await ack(text=reply_text(parsed.message), response_type="ephemeral")
            return
        self._spawn(self.run(dict(command), parsed, client))
        await ack()

    async def on_manage(self, ack: Callable[..., Awaitable[Any]], command: dict[str, Any], parsed: ParsedCommand) -> None:
        """Answer a feeds/schedule/status command in the ack if the DB answers within ``ack_budget``, else after it."""
        if self.manager is None:
            await ack(text=reply_text(NO_MANAGER), response_type="ephemeral")
            return
        task: asyncio.Task[str] = asyncio.ensure_future(self.manage(command, parsed))
        done, _ = await asyncio.wait({task}, timeout=self.ack_budget)
        if task in done:
            await ack(text=reply_text(task.result()), response_type="ephemeral")
            return
        log.info("settings command still running after %.1fs; answering through response_url", self.ack_budget)
        self._spawn(self._reply_when_done(task, str(command.get("response_url") or "")))
        await ack()

    async def manage(self, command: Mapping[str, Any], parsed: ParsedCommand) -> str:
        """Run one settings command through the manager in a worker thread; the answer text (never raises)."""
        if self.manager is None or parsed.manage is None:
            return NO_MANAGER
        channel, channel_id = channel_of(command)
        user_id = str(command.get("user_id") or "")
        team = channel.key.split(":")[1]
        target = workspace_target(team, channel_id) if self.workspace_targets else channel_id
        ctx = ManageContext(channel.key, target, slack_can_manage(user_id, self.admin_users))
        try:
            async with self._manage_lock:
                return await asyncio.to_thread(execute, self.manager, parsed.manage, ctx)
        except Exception:  # a DB error must not leave the user without a word, nor show a traceback
            log.exception("/digest %s for %s failed", parsed.subcommand, channel.key)
            return MANAGE_FAILED

    async def _reply_when_done(self, task: "asyncio.Task[str]", response_url: str) -> None:
        """Send a settings answer that missed the ack through ``response_url``."""
        await self.reply(response_url, await task)

    def _spawn(self, coro: Awaitable[Any]) -> None:
        """Run ``coro`` in the background, keeping a reference until it is done."""
        task: asyncio.Task[Any] = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    @property
    def pending(self) -> int:
        """How many digests (or late settings answers) are still being built or delivered."""
        return len(self._tasks)

    async def drain(self, timeout: float | None = None) -> None:
        """Wait until every digest in progress is delivered (for shutdown and tests)."""
        while self._tasks:
            await asyncio.wait_for(asyncio.gather(*list(self._tasks), return_exceptions=True), timeout)

    def _lock(self, key: str) -> asyncio.Lock:
        """The lock that serialises digests of one channel."""
        lock = self._locks.get(key)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[key] = lock
        return lock

    async def run(self, command: Mapping[str, Any], parsed: ParsedCommand,
                  client: AsyncWebClient | None = None) -> DeliveryReport | None:
        """Build and deliver one requested digest (public posts through ``client``); never raises."""
        response_url = str(command.get("response_url") or "")
        channel, channel_id = channel_of(command)
        user_id = str(command.get("user_id") or "")
        audience = channel if parsed.public else Audience.for_user(channel, user_id)
        try:
            lock = self._lock(channel.key)
            async with lock:
                digest = await self._build(parsed, audience, response_url)
                if digest is None:
                    return None
                if digest.empty and (hint := await asyncio.to_thread(empty_reply, self.service, audience, "")):
                    await self.reply(response_url, hint)  # the channel follows nothing: say how to follow a feed
                    return None
                if parsed.public:
                    return await self._post_public(digest, parsed, audience, channel_id, response_url,
                                                   client or self.client)
                adapter = ResponseUrlAdapter(title=digest_title(parsed), session=self.session)
                report = await Delivery(adapter, sleep=self._sleep).deliver(
                    response_url, digest, mark=partial(self.service.mark_delivered, audience))
                if not report.ok:
                    log.warning("ephemeral digest for %s not delivered: %s", audience.key, report.errors)
                return report
        except Exception:  # a bug must not leave the user waiting without a word
            log.exception("/digest for %s failed", audience.key)
            await self.reply(response_url, APOLOGY)
            return None

    async def _build(self, parsed: ParsedCommand, audience: Audience, response_url: str) -> Digest | None:
        """The digest from the service (in a worker thread), or None after telling the user why not."""
        request = parsed.request(audience)
        try:
            return await asyncio.wait_for(asyncio.to_thread(self.service.build, request), self.build_timeout)
        except asyncio.TimeoutError:
            log.error("building a digest for %s took longer than %.0fs", audience.key, self.build_timeout)
            await self.reply(response_url, TOO_SLOW)
        except Exception:
            log.exception("building a digest for %s failed", audience.key)
            await self.reply(response_url, APOLOGY)
        return None

    async def _post_public(self, digest: Digest, parsed: ParsedCommand, audience: Audience, channel_id: str,
                           response_url: str, client: AsyncWebClient) -> DeliveryReport | None:
        """Post ``digest`` to the channel; tell the asking user if nothing was posted or it failed."""
        if digest.empty:
            await self.reply(response_url, NOTHING_TO_POST)
            return None
        adapter = SlackAdapter(client, title=digest_title(parsed))
        delivery = Delivery(adapter, min_interval=self.post_interval, sleep=self._sleep)
        report = await delivery.deliver(channel_id, digest, mark=partial(self.service.mark_delivered, audience))
        if not report.ok:
            errors = " ".join(report.errors)
            if "not_in_channel" in errors or "channel_not_found" in errors:
                await self.reply(response_url, NOT_IN_CHANNEL)
            else:
                code = errors.split("slack error: ")[-1].split()[0] if "slack error: " in errors else "temporary error"
                await self.reply(response_url, POST_FAILED.format(error=code))
        return report

    async def reply(self, response_url: str, text: str) -> bool:
        """A short ephemeral reply to the asking user through ``response_url``; False if it failed."""
        if not response_url:
            return False
        client = AsyncWebhookClient(url=response_url, session=self.session, timeout=15, retry_handlers=retry_handlers())
        try:
            response = await client.send_dict({"response_type": "ephemeral", "replace_original": False, "text": reply_text(text)})
        except Exception:
            log.exception("replying through response_url failed")
            return False
        if response.status_code != 200:
            log.warning("response_url reply refused: HTTP %s", response.status_code)
        return response.status_code == 200
