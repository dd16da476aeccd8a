"""Operators can see what happens: timestamped structured logs, digest events, /health and /metrics."""
from __future__ import annotations

import io
import json
import logging
import re
from typing import Iterator

import aiohttp
import pytest
from fakes.builders import three_story_digest

from bot.app.health import Health, maybe_start, port_from_env, runtime_health, start
from bot.app.logs import setup_logging
from bot.app.runtime import Runtime
from bot.core import metrics
from bot.core.events import digest_event
from bot.delivery.outbox import Outbox
from bot.feeds.poller import PollReport
from bot.platforms.webhook import WebhookAdapter
from summarizer.models import Digest

CH = "webhook:ops"
SECRET_URL = "https://hooks.slack.com/services/T000/B000/XXXXSECRETXXXX"


def sample(name: str, **labels: str) -> float:
    """A metric's current value (0 when never set)."""
    return metrics.REGISTRY.get_sample_value(name, labels or None) or 0.0


@pytest.fixture
def logged() -> Iterator[io.StringIO]:
    """The process logging as ``digestbot`` sets it up (text), written to a buffer."""
    out = io.StringIO()
    handler = setup_logging(env={}, stream=out, force=True)
    yield out
    assert handler is not None
    logging.getLogger().removeHandler(handler)


@pytest.fixture
def logged_json() -> Iterator[io.StringIO]:
    """The same, with ``DIGESTBOT_LOG_FORMAT=json``."""
    out = io.StringIO()
    handler = setup_logging(env={"DIGESTBOT_LOG_FORMAT": "json"}, stream=out, force=True)
    yield out
    assert handler is not None
    logging.getLogger().removeHandler(handler)


def test_text_lines_carry_a_utc_timestamp_and_the_structured_fields(logged: io.StringIO) -> None:
    logging.getLogger("bot.test").warning("feed %s failed", "https://u:p@news.example/rss")
    digest_event("posted", CH, digest_id=7, items=3)
    first, second = logged.getvalue().splitlines()
    assert re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z WARNING bot\.test: feed https://\*\*\*@news", first)
    assert second.endswith(f"INFO digestbot.events: digest posted for {CH}, items 3 channel={CH} digest_id=7 "
                           "outcome=posted items=3")


def test_json_lines_have_time_level_logger_channel_digest_and_outcome_with_secrets_hidden(
        logged_json: io.StringIO) -> None:
    digest_event("failed", SECRET_URL, digest_id=4, level=logging.WARNING, reason=f"HTTP 404 from {SECRET_URL}")
    try:
        raise RuntimeError(f"boom at {SECRET_URL}")
    except RuntimeError:
        logging.getLogger("bot.test").exception("send raised")
    event, crash = (json.loads(line) for line in logged_json.getvalue().splitlines())
    assert {k: event[k] for k in ("level", "logger", "digest_id", "outcome")} == {
        "level": "WARNING", "logger": "digestbot.events", "digest_id": 4, "outcome": "failed"}
    assert re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", event["time"])
    assert event["channel"] == "https://hooks.slack.com/services/***"
    assert "XXXXSECRET" not in logged_json.getvalue()  # message, fields and traceback
    assert crash["level"] == "ERROR" and "RuntimeError" in crash["traceback"]


async def test_a_posted_digest_is_one_event_line_and_counted(store, chat, caplog: pytest.LogCaptureFixture) -> None:
    adapter = WebhookAdapter(timeout=2)
    digest = three_story_digest(CH)
    outbox = Outbox(store, {"webhook": adapter})
    oid = outbox.enqueue_digest(CH, "webhook", chat.url, digest, adapter.render(digest))
    posted, items = sample("digestbot_digests_posted_total", platform="webhook"), sample("digestbot_items_per_digest_sum")
    assert outbox.depth() == 1
    with caplog.at_level(logging.INFO, logger="digestbot.events"):
        assert await outbox.deliver(oid) == "delivered"
    await adapter.aclose()
    [event] = [r for r in caplog.records if r.name == "digestbot.events"]
    assert (event.channel, event.digest_id, event.outcome) == (CH, oid, "posted")  # type: ignore[attr-defined]
    assert sample("digestbot_digests_posted_total", platform="webhook") == posted + 1
    shown = sum(len(s.items) for s in digest.stories)
    assert shown > 0 and sample("digestbot_items_per_digest_sum") == items + shown
    assert outbox.depth() == 0 and metrics.last_success(metrics.LAST_POST) is not None


async def test_a_scheduled_digest_with_nothing_new_is_one_skipped_line(store, caplog: pytest.LogCaptureFixture) -> None:
    runtime = Runtime(store, {"webhook": WebhookAdapter(timeout=2)}, tick_every=3600)
    before = sample("digestbot_digests_skipped_total", reason="nothing new")
    with caplog.at_level(logging.INFO, logger="digestbot.events"):
        assert await runtime.jobs.run(CH) is None
    [event] = [r for r in caplog.records if r.name == "digestbot.events"]
    assert (event.channel, event.outcome, event.reason) == (CH, "skipped", "nothing new")  # type: ignore[attr-defined]
    assert sample("digestbot_digests_skipped_total", reason="nothing new") == before + 1


async def test_a_scheduled_quiet_day_posts_nothing_and_keeps_its_minor_articles_unseen(store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    runtime = Runtime(store, {"webhook": WebhookAdapter(timeout=2)}, tick_every=3600)
    quiet = Digest(CH, article_ids=["a1", "a2"], minor_left=2)
    marked: list[Digest] = []
    monkeypatch.setattr(runtime.jobs.digests, "build", lambda request: quiet)
    monkeypatch.setattr(runtime.jobs.digests, "mark_delivered", lambda audience, digest: marked.append(digest))
    before = sample("digestbot_digests_skipped_total", reason="only minor items")
    assert await runtime.jobs.run(CH) is None
    assert marked == []  # not shown, so not recorded as seen: a later digest can still tell them
    assert sample("digestbot_digests_skipped_total", reason="only minor items") == before + 1


async def test_health_reports_real_state_and_metrics_are_served(store) -> None:
    runtime = Runtime(store, {"webhook": WebhookAdapter(timeout=2)}, tick_every=3600)
    reports = [PollReport(1, "https://a.example/rss", status="error", error="HTTP 500"),
               PollReport(2, "https://b.example/rss", status="ok")]

    polls: list[int] = []

    async def fake_poll(progress=None):  # type: ignore[no-untyped-def]
        polls.append(1)
        return reports

    runtime.poller.poll_due = fake_poll  # type: ignore[method-assign]
    connected = {"fake": True}
    health = runtime_health(runtime, {"fake": lambda: connected["fake"]})
    errors = sample("digestbot_poll_errors_total")
    runner, port = await start(health, host="127.0.0.1", port=0)
    base = f"http://127.0.0.1:{port}"
    try:
        async with aiohttp.ClientSession() as http:
            async with http.get(f"{base}/health") as r:  # the scheduler is not running yet
                assert r.status == 503 and (await r.json())["scheduler"] is False
            await runtime.start()
            await runtime.tick()
            async with http.get(f"{base}/health") as r:
                body = await r.json()
                assert r.status == 200, body
                assert body["database"] is True and body["scheduler"] is True and body["platforms"] == {"fake": True}
                assert body["last_poll"] is not None and body["outbox_depth"] == 0
            connected["fake"] = False  # the platform went away
            async with http.get(f"{base}/health") as r:
                assert r.status == 503 and (await r.json())["platforms"] == {"fake": False}
            async with http.get(f"{base}/metrics") as r:
                text = await r.text()
                assert r.status == 200 and "digestbot_outbox_queue_depth 0.0" in text
                assert "digestbot_digests_posted_total" in text and "digestbot_digest_build_seconds" in text
            assert sample("digestbot_poll_errors_total") == errors + len(polls) and polls  # one of two feeds failed
            await runtime.stop()
            async with http.get(f"{base}/health") as r:
                assert r.status == 503 and (await r.json())["scheduler"] is False
    finally:
        await runner.cleanup()


async def test_a_database_that_does_not_answer_is_reported_not_raised() -> None:
    def broken() -> bool:
        raise OSError("database is locked")

    report = await Health(database=broken, platforms={}).report()
    assert report["ok"] is False and report["database"] is False


async def test_the_endpoint_is_off_unless_a_port_is_set() -> None:
    assert await maybe_start(Health(), {}) is None
    assert port_from_env({"DIGESTBOT_HEALTH_PORT": "9102"}) == ("127.0.0.1", 9102)
    with pytest.raises(ValueError, match="port number"):
        port_from_env({"DIGESTBOT_HEALTH_PORT": "nine"})
    runner = await maybe_start(Health(), {"DIGESTBOT_HEALTH_PORT": "0", "DIGESTBOT_HEALTH_HOST": "127.0.0.1"})
    assert runner is not None
    await runner.cleanup()


def test_logging_is_set_up_in_one_module_only() -> None:
    from pathlib import Path

    bot = Path(__file__).resolve().parents[3] / "bot"
    setups = sorted(str(p.relative_to(bot)) for p in bot.rglob("*.py")
                    if re.search(r"logging\.basicConfig|\.addHandler\(", p.read_text()))
    assert setups == ["app/logs.py"]
