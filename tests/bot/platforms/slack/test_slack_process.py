"""The whole ``digestbot run`` composition with Slack: chat commands, the scheduler runtime, the outbox.

``bot.app.serve`` runs exactly as ``digestbot run slack`` does (Socket Mode against the local fake
Slack); a schedule is set from chat, then the scheduled job is fired and must post the channel's
digest once, through the outbox, to the channel the schedule was set in.
"""
from __future__ import annotations

import asyncio
import json
from pathlib import Path

from fakes import REPO
from fakes.drain import drain
from bot.app import Settings, build_app
from bot.app.serve import serve
from bot.digests import Digests
from bot.db.schedules import ScheduleRepo
from bot.platforms.slack.config import SlackSettings
from bot.db.store import Store
from fakes.slack_api import FakeSlack, command_fields
from summarizer.ingest import read_paths

SEEDS = REPO / "seeds"


async def test_schedule_from_chat_then_scheduled_post_once(fake_slack: FakeSlack, tmp_path: Path,
                                                          wait_until) -> None:  # type: ignore[no-untyped-def]
    settings = SlackSettings(bot_token=fake_slack.bot_token, app_token=fake_slack.app_token,
                             api_url=fake_slack.api_url, mode="socket", post_interval=0)
    store = Store(f"sqlite:///{tmp_path / 'bot.db'}")
    service = Digests(store)
    service.ingest(read_paths([SEEDS / "000_3eb7c5b45b44c267.txt"]).articles, channel="slack:T1:C1")
    ready: asyncio.Future = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(serve(build_app(Settings(slack=settings), store=store, digests=service), on_ready=ready.set_result))
    try:
        runtime = await asyncio.wait_for(ready, 10)
        await fake_slack.send_envelope(
            "slash_commands", command_fields("schedule weekdays 09:00 Europe/Berlin", fake_slack.response_url("s")))
        channel = "slack:T1:C1"
        # the answer may follow the ack (the Manager runs in a worker thread)
        await wait_until(lambda: ScheduleRepo(store).get(channel) is not None, 5)
        schedule = ScheduleRepo(store).get(channel)
        assert schedule is not None and schedule.enabled and schedule.tz == "Europe/Berlin"
        assert runtime.feeds.channel_target(channel) == ("slack", "C1")
        await asyncio.sleep(0.1)  # the change reaches the scheduler on the loop (on_change -> sync)
        job = runtime.scheduler.scheduler.get_job(runtime.scheduler.job_id(channel))
        assert job is not None and job.next_run_time.weekday() < 5 and job.next_run_time.hour in (7, 8, 9)
        # the schedule fires: the digest is built, stored in the outbox, posted to C1
        await runtime.jobs.run(channel)
        [post] = fake_slack.of("chat.postMessage")
        assert post.body["channel"] == "C1" and "December 18" in json.dumps(post.body)
        assert [e.state for e in runtime.outbox.entries(channel)] == ["delivered"]
        # firing again (e.g. a missed run caught up) tells nothing twice: only the items held back
        # by the per-story cap ("+N more in the next digest") come, then nothing
        told, quiet = await drain(lambda: runtime.jobs.run(channel), lambda: fake_slack.of("chat.postMessage"),
                                  lambda p: _item_lines(p.body))
        assert told and quiet and len(told) == len(set(told))
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


def _item_lines(body: dict) -> list[str]:
    """The item lines (``• *kind* …``) of a chat.postMessage body."""
    texts = [b.get("text", {}).get("text", "") for b in body.get("blocks", []) if isinstance(b.get("text"), dict)]
    return [ln for t in texts for ln in t.splitlines() if ln.startswith("• ")]


async def test_web_serves_chat_without_a_scheduler(fake_slack: FakeSlack, tmp_path: Path, monkeypatch,
                                                   wait_until) -> None:  # type: ignore[no-untyped-def]
    """``digestbot web``: /digest is answered, but no scheduler runtime is built (workers run it)."""
    import bot.app.build as build

    settings = SlackSettings(bot_token=fake_slack.bot_token, app_token=fake_slack.app_token,
                             api_url=fake_slack.api_url, mode="socket", post_interval=0)
    store = Store(f"sqlite:///{tmp_path / 'bot.db'}")
    service = Digests(store)
    service.ingest(read_paths([SEEDS / "000_3eb7c5b45b44c267.txt"]).articles, channel="slack:T1:C1")
    built: list[object] = []
    monkeypatch.setattr(build.App, "runtime", lambda self, **kw: built.append(self))
    task = asyncio.create_task(serve(build_app(Settings(slack=settings), store=store, digests=service), scheduler=False))
    try:
        await fake_slack.send_envelope("slash_commands", command_fields("public", fake_slack.response_url("w")))
        await wait_until(lambda: fake_slack.of("chat.postMessage"), 10)
        [post] = fake_slack.of("chat.postMessage")
        assert post.body["channel"] == "C1" and "December 18" in json.dumps(post.body)
        assert built == [] and not task.done()
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
