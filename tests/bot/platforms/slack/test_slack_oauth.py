"""Multi-workspace mode end to end against the fake Slack: install into two workspaces over the
OAuth flow, ``/digest`` in each (signed requests), uninstall one: its tokens and settings are gone,
the other still works. The app is the real one (``serve``), on the project's database."""
from __future__ import annotations

import asyncio
import re
from functools import partial
from pathlib import Path
from typing import AsyncIterator
from urllib.parse import parse_qs, urlsplit

import aiohttp
import pytest
from sqlalchemy import func, select

from bot.chat.settings import Manager
from bot.core.chat import Message, PermanentError
from bot.db.schema import SLACK_BOTS, SLACK_INSTALLATIONS, SLACK_OAUTH_STATES, ChannelRow, ScheduleRow
from bot.db.store import Store
from bot.db.workspaces import forget_workspace
from bot.platforms.slack.adapter import SlackAdapter, make_web_client
from bot.platforms.slack.app import NOTHING_TO_POST
from bot.platforms.slack.config import SlackSettings
from bot.platforms.slack.installs import Workspaces
from bot.platforms.slack.oauth import NOT_INSTALLED
from bot.platforms.slack.runner import serve
from fakes.builders import sample_stories
from fakes.service import FakeDigestService
from fakes.slack_api import RESPONSE_URL, FakeSlack, event_callback, signed_command, signed_event
from slack_stack import SECRET
from test_slack_runner import free_port, wait_until_listening

COOKIE = "slack-app-oauth-state"


class Running:
    """The app served in multi-workspace mode, with a browser-ish client and a signed-request client."""

    def __init__(self, fake: FakeSlack, store: Store, settings: SlackSettings, workspaces: Workspaces,
                 service: FakeDigestService, http: aiohttp.ClientSession) -> None:
        self.fake, self.store, self.settings, self.workspaces = fake, store, settings, workspaces
        self.service, self.http = service, http
        self.base = f"http://127.0.0.1:{settings.port}"

    async def start_install(self) -> tuple[str, str]:
        """``GET /slack/install`` as a browser: (the state in Slack's consent URL, the state cookie's value)."""
        async with self.http.get(self.base + "/slack/install") as response:
            assert response.status == 200
            page = await response.text()
            cookie = response.cookies[COOKIE].value
        url = re.search(r'href="(https://slack\.com/oauth/v2/authorize\?[^"]+)"', page)
        assert url is not None, page
        query = parse_qs(urlsplit(url.group(1).replace("&amp;", "&")).query)
        assert query["client_id"] == [self.fake.client_id]
        assert query["scope"] == ["commands,chat:write,chat:write.public"]
        return query["state"][0], cookie

    async def finish_install(self, code: str, state: str, cookie: str) -> tuple[int, str]:
        """Slack's redirect back to ``/slack/oauth_redirect`` with the code, the browser sending its cookie."""
        async with self.http.get(f"{self.base}/slack/oauth_redirect", params={"code": code, "state": state},
                                 headers={"Cookie": f"{COOKIE}={cookie}"}) as response:
            return response.status, await response.text()

    async def install(self, team: str, name: str) -> None:
        """The whole flow for one workspace."""
        state, cookie = await self.start_install()
        status, page = await self.finish_install(self.fake.consent(team, name), state, cookie)
        assert status == 200, page

    async def command(self, team: str, text: str, n: int) -> tuple[int, str]:
        """A signed ``/digest text`` typed in channel ``C<team>`` of workspace ``team``."""
        body, headers = signed_command(SECRET, text, self.fake.response_url(f"{team}-{n}"), team=team,
                                       channel=f"C{team}", user=f"U{team}ADMIN")
        async with self.http.post(self.base + "/slack/events", data=body.encode(), headers=headers) as response:
            return response.status, await response.text()

    async def event(self, payload: dict[str, object]) -> int:
        """A signed Events API request."""
        body, headers = signed_event(SECRET, payload)
        async with self.http.post(self.base + "/slack/events", data=body.encode(), headers=headers) as response:
            return response.status

    def count(self, table: object, team: str) -> int:
        """Rows of ``team`` in one of the sdk's tables."""
        with self.store.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(table).where(table.c.team_id == team)).scalar())  # type: ignore[attr-defined]

    def keys(self, row: type) -> list[str]:
        """The channel keys of ``ChannelRow`` or ``ScheduleRow``."""
        column = ChannelRow.key if row is ChannelRow else ScheduleRow.channel
        with self.store.session() as s:
            return sorted(s.scalars(select(column)))


@pytest.fixture
async def running(fake_slack: FakeSlack, tmp_path: Path) -> AsyncIterator[Running]:
    """The real app (``serve``) in multi-workspace mode on a SQLite file, installed nowhere yet."""
    store = Store(f"sqlite:///{tmp_path / 'oauth.db'}")
    settings = SlackSettings(client_id=fake_slack.client_id, client_secret=fake_slack.client_secret,
                             signing_secret=SECRET, api_url=fake_slack.api_url, mode="http", host="127.0.0.1",
                             port=free_port(), post_interval=0.0).validate()
    workspaces = Workspaces.on(settings, store.engine, partial(forget_workspace, store, "slack"))
    service = FakeDigestService(sample_stories())
    stop = asyncio.Event()
    task = asyncio.create_task(serve(settings, service, stop=stop, manager=Manager(store), workspaces=workspaces))
    await wait_until_listening(settings.port)
    async with aiohttp.ClientSession() as http:
        yield Running(fake_slack, store, settings, workspaces, service, http)
    stop.set()
    await asyncio.wait_for(task, 20)


async def test_install_two_workspaces_digest_in_each_then_uninstall_one(running: Running, wait_until) -> None:  # type: ignore[no-untyped-def]
    fake = running.fake
    await running.install("TA", "Alpha")
    await running.install("TB", "Beta")
    assert [running.count(SLACK_BOTS, t) for t in ("TA", "TB")] == [1, 1]
    assert running.count(SLACK_INSTALLATIONS, "TA") == 1
    [exchange_a, exchange_b] = fake.of("oauth.v2.access")
    assert exchange_a.headers["Authorization"].startswith("Basic ")  # the client secret never travels in the body
    tokens = {t: await running.workspaces.bot_token(t) for t in ("TA", "TB")}
    assert tokens["TA"] != tokens["TB"] and all(str(v).startswith("xoxb-") for v in tokens.values())

    for n, team in enumerate(("TA", "TB")):  # settings, then a public digest, in each workspace
        status, answer = await running.command(team, "schedule weekdays 09:00", n)
        assert status == 200 and "weekdays 09:00" in answer
        assert (await running.command(team, "public", 10 + n)) == (200, "")
    posts = await fake.wait_for("chat.postMessage", 2, ok_only=True)
    assert sorted((p.body["channel"], fake.team_of(p)) for p in posts) == [("CTA", "TA"), ("CTB", "TB")]
    assert running.keys(ChannelRow) == running.keys(ScheduleRow) == ["slack:TA:CTA", "slack:TB:CTB"]
    with running.store.session() as s:  # scheduled posts name their workspace: the outbox finds its token
        assert s.get(ChannelRow, "slack:TB:CTB").target == "TB/CTB"  # type: ignore[union-attr]

    assert await running.event(fake.uninstall("TA")) == 200
    await wait_until(lambda: running.keys(ChannelRow) == ["slack:TB:CTB"])
    assert running.keys(ScheduleRow) == ["slack:TB:CTB"]
    assert [running.count(t, "TA") for t in (SLACK_BOTS, SLACK_INSTALLATIONS)] == [0, 0]
    assert [running.count(t, "TB") for t in (SLACK_BOTS, SLACK_INSTALLATIONS)] == [1, 1]
    assert await running.workspaces.bot_token("TA") is None

    assert await running.command("TA", "public", 20) == (200, "")  # Slack would not even send it now
    [refusal] = [c for c in await fake.wait_for(RESPONSE_URL, 1) if c.path.endswith("/TA-20/secret-TA-20")]
    assert refusal.body["text"] == NOT_INSTALLED
    assert (await running.command("TB", "public", 21)) == (200, "")  # TB is still served: nothing new since
    await wait_until(lambda: [c.body.get("text") for c in fake.of(RESPONSE_URL) if "/TB-21/" in c.path]
                     == [NOTHING_TO_POST])
    status, answer = await running.command("TB", "schedule", 22)
    assert status == 200 and "weekdays 09:00" in answer  # and its settings are kept
    adapter = SlackAdapter(make_web_client(running.settings), tokens=running.workspaces.bot_token)
    ts = await adapter.send("TB/CTB", Message({"text": "scheduled", "blocks": None}))
    assert ts and fake.team_of(fake.of("chat.postMessage")[-1]) == "TB"
    with pytest.raises(PermanentError, match="not installed in workspace TA"):
        await adapter.send("TA/CTA", Message({"text": "scheduled"}))
    assert not [c for c in fake.of("chat.postMessage") if c.body.get("channel") == "CTA" and c.status == 200][1:]


async def test_a_forged_or_replayed_install_is_refused(running: Running) -> None:
    fake = running.fake
    state, cookie = await running.start_install()
    code = fake.consent("TA", "Alpha")
    assert (await running.finish_install(code, "made-up-state", "made-up-state"))[0] == 401  # not issued by us
    assert (await running.finish_install(code, state, "another-browser"))[0] == 400  # cookie of another browser
    assert (await running.finish_install(code, state, cookie))[0] == 200
    assert (await running.finish_install(code, state, cookie))[0] == 401  # a state is used once
    state2, cookie2 = await running.start_install()
    assert (await running.finish_install(code, state2, cookie2))[0] == 401  # so is a code (Slack: invalid_code)
    assert running.count(SLACK_BOTS, "TA") == 1
    with running.store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(SLACK_OAUTH_STATES)).scalar() == 0  # all consumed


async def test_tokens_revoked_for_the_bot_forgets_the_workspace(running: Running, wait_until) -> None:  # type: ignore[no-untyped-def]
    await running.install("TA", "Alpha")
    await running.install("TB", "Beta")
    assert (await running.command("TA", "schedule daily 08:00", 1))[0] == 200
    revoked = event_callback("TA", {"type": "tokens_revoked", "tokens": {"oauth": [], "bot": ["U0BOTTA"]}})
    assert await running.event(revoked) == 200
    await wait_until(lambda: running.count(SLACK_BOTS, "TA") == 0)
    await wait_until(lambda: running.keys(ScheduleRow) == [])
    assert running.count(SLACK_BOTS, "TB") == 1


async def test_secrets_stay_out_of_the_logs(running: Running, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG")
    await running.install("TA", "Alpha")
    assert (await running.command("TA", "", 1))[0] == 200
    await running.fake.wait_for(RESPONSE_URL)
    token = await running.workspaces.bot_token("TA")
    for secret in (running.fake.client_secret, SECRET, str(token)):
        assert secret not in caplog.text


async def test_the_composition_root_posts_scheduled_digests_with_each_workspaces_token(
        running: Running, tmp_path: Path) -> None:
    """``build_app`` in multi-workspace mode: the outbox's Slack adapter finds a workspace's token per row."""
    from bot.app.build import build_app
    from bot.app.settings import Settings
    from bot.delivery.outbox import Outbox

    await running.install("TA", "Alpha")
    await running.install("TB", "Beta")
    app = build_app(Settings(slack=running.settings), store=running.store)
    assert app.slack_workspaces is not None
    outbox = Outbox(running.store, app.adapters)
    ids = [outbox.enqueue_notice(f"slack:{t}:C{t}", "slack", f"{t}/C{t}", f"hello {t}") for t in ("TA", "TB", "TX")]
    states = await outbox.deliver_pending(due_only=False)
    assert [states[i] for i in ids] == ["delivered", "delivered", "failed"]  # TX never installed the app
    posts = running.fake.of("chat.postMessage")
    assert [(p.body["channel"], running.fake.team_of(p)) for p in posts] == [("CTA", "TA"), ("CTB", "TB")]
    assert "not installed in workspace TX" in str(outbox.entries("slack:TX:CTX")[0].last_error)
    await app.aclose()


def test_multi_workspace_settings_from_env() -> None:
    env = {"SLACK_CLIENT_ID": "111.222", "SLACK_CLIENT_SECRET": "clientSECRETvalue", "SLACK_SIGNING_SECRET": "s",
           "SLACK_REDIRECT_URI": "https://bot.example/slack/oauth_redirect"}
    settings = SlackSettings.from_env(env)
    assert settings.multi_workspace and settings.resolved_mode() == "http" and settings.bot_token == ""
    assert settings.scopes == "commands,chat:write,chat:write.public"
    assert "SECRET" not in repr(settings) and "client_id='111.222'" in repr(settings)
    assert not SlackSettings.from_env({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"}).multi_workspace


@pytest.mark.parametrize("extra,problem", [
    ({"SLACK_CLIENT_SECRET": ""}, "SLACK_CLIENT_SECRET"),
    ({"SLACK_BOT_TOKEN": "xoxb-1"}, "not both"),
    ({"SLACK_APP_TOKEN": "xapp-1"}, "SLACK_MODE=http"),
    ({"SLACK_SIGNING_SECRET": ""}, "SLACK_SIGNING_SECRET"),
    ({"SLACK_SCOPES": "commands;drop table"}, "SLACK_SCOPES"),
    ({"SLACK_REDIRECT_URI": "bot.example/cb"}, "SLACK_REDIRECT_URI"),
])
def test_bad_multi_workspace_settings_name_the_variable(extra: dict[str, str], problem: str) -> None:
    from bot.platforms.slack.config import ConfigError

    env = {"SLACK_CLIENT_ID": "111.222", "SLACK_CLIENT_SECRET": "clientSECRETvalue", "SLACK_SIGNING_SECRET": "s",
           **extra}
    with pytest.raises(ConfigError, match=problem) as info:
        SlackSettings.from_env(env)
    assert "clientSECRETvalue" not in str(info.value)


async def test_digestbot_run_from_the_environment_in_multi_workspace_mode(
        fake_slack: FakeSlack, tmp_path: Path, wait_until) -> None:  # type: ignore[no-untyped-def]
    """``digestbot run slack``'s composition (settings from the environment, ``bot.app.serve``) with installs."""
    from bot.app.build import build_app
    from bot.app.serve import serve as run
    from bot.app.settings import Settings
    from bot.digests import Digests

    port = free_port()
    env = {"SLACK_CLIENT_ID": fake_slack.client_id, "SLACK_CLIENT_SECRET": fake_slack.client_secret,
           "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": fake_slack.api_url, "SLACK_HOST": "127.0.0.1",
           "SLACK_PORT": str(port), "SLACK_POST_INTERVAL": "0"}
    settings = Settings.from_env(env, database_url=f"sqlite:///{tmp_path / 'run.db'}")
    assert settings.platforms == ["slack"] and settings.slack is not None and settings.slack.multi_workspace
    store = Store(settings.database_url)
    app = build_app(settings, store=store, digests=Digests(store))
    assert app.slack_workspaces is not None
    ready: asyncio.Future[object] = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(run(app, on_ready=ready.set_result))
    try:
        await asyncio.wait_for(ready, 20)  # the scheduler runs beside the Slack endpoint
        await wait_until_listening(port)
        async with aiohttp.ClientSession() as http:
            running = Running(fake_slack, store, settings.slack, app.slack_workspaces, FakeDigestService(), http)
            await running.install("TA", "Alpha")
            status, answer = await running.command("TA", "schedule daily 07:00", 1)
            assert status == 200 and "daily 07:00" in answer
            assert running.keys(ScheduleRow) == ["slack:TA:CTA"]
            assert await running.event(fake_slack.uninstall("TA")) == 200
            await wait_until(lambda: running.keys(ScheduleRow) == [] and running.count(SLACK_BOTS, "TA") == 0)
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
