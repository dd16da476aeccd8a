"""Planted secrets (feed credentials, secret query parameters, a webhook's secret path) appear on no output path.

Every path a secret could take is exercised and grepped: the CLI's answers and errors
(``feeds add``/``list``/``remove``, ``poll``, ``status``), every log record (ours and httpx's),
the feed-failing notice a channel receives, the stored feed and outbox errors.
"""
from __future__ import annotations

import asyncio
import logging

from fakes.web import Route, rss
from sqlalchemy import select

from bot.cli import main
from bot.db.feeds import FeedRepo
from bot.db.schema import FeedRow, OutboxRow
from bot.db.store import Store
from bot.delivery.outbox import Outbox
from bot.digests import Digests
from bot.feeds.fetch import Fetcher
from bot.feeds.poller import Poller
from bot.platforms.webhook import WebhookAdapter
from bot.scheduling.jobs import OutboxNotifier

SECRETS = ("alice", "s3cretpw", "TOK123", "AK456", "SIG789", "WHSECRET1", "WHSECRET2")
FEED_PATH = "/rss?page=2&token=TOK123&api_key=AK456&sig=SIG789"
GOOD, BROKEN = "webhook:good", "webhook:broken"


def leaks(text: str) -> list[str]:
    return [s for s in SECRETS if s in text]


def test_planted_secrets_reach_no_output_path(web, chat, tmp_path, capsys, caplog):
    caplog.set_level(logging.DEBUG)
    db = f"sqlite:///{tmp_path / 'secrets.db'}"
    port = web.url("/").split(":")[2].split("/")[0]
    feed_url = f"http://alice:s3cretpw@127.0.0.1:{port}{FEED_PATH}"
    web.routes[FEED_PATH] = Route(rss([]))  # a working feed when it is added, failing afterwards
    good_hook = chat.url.rstrip("/") + "/api/webhooks/123/WHSECRET1"
    broken_hook = web.url("/services/T0/B0/WHSECRET2").replace("/services", "/hooks.slack.com/services")
    outputs: list[str] = []

    def cli(*args: str) -> str:
        main([*args, "--db", db])
        captured = capsys.readouterr()
        outputs.append(captured.out + captured.err)
        return captured.out + captured.err

    assert cli("feeds", "add", feed_url, "--channel", GOOD, "--allow-private", "--target", good_hook).startswith(
        f"Following http://***@127.0.0.1:{port}/rss?page=2&token=***&api_key=***&sig=***")
    assert cli("feeds", "add", feed_url, "--channel", BROKEN, "--allow-private", "--target", broken_hook).startswith(
        "Following http://***@")
    assert "already follows http://***@" in cli("feeds", "add", feed_url, "--channel", GOOD, "--allow-private")
    assert "not an http(s) URL: ftp://***@" in cli("feeds", "add", "ftp://alice:s3cretpw@x.example/", "--channel", GOOD)
    web.routes[FEED_PATH] = Route(status=500)
    assert cli("poll", "--allow-private").strip() == (
        f"http://***@127.0.0.1:{port}/rss?page=2&token=***&api_key=***&sig=***: error: HTTP 500 Internal Server Error")
    listing = cli("feeds", "list", "--channel", GOOD)
    assert "failing (1x: http://***@127.0.0.1" in listing

    # The running bot: the feed keeps failing, both channels are told; one channel's webhook is broken.
    store = Store(db)

    async def run_bot() -> None:
        repo = FeedRepo(store)
        adapter = WebhookAdapter(timeout=2)
        outbox = Outbox(store, {"webhook": adapter}, max_attempts=3, retry_base=60)
        fetcher = Fetcher(allow_private=True, timeout=2)
        poller = Poller(repo, Digests(store), fetcher, notifier=OutboxNotifier(outbox, repo), report_after=2)
        try:
            await poller.poll_all()
        finally:
            await fetcher.aclose()
            await adapter.aclose()

    asyncio.run(run_bot())
    notices = [p.body["text"] for p in chat.posts]
    assert len(notices) == 1 and "has failed 2 times" in notices[0] and "http://***@127.0.0.1" in notices[0]

    status = cli("status")
    assert "error (2x): http://***@" in status and f"webhook http://127.0.0.1:{port}/***: HTTP 501" in status
    assert "Stopped following http://***@" in cli("feeds", "remove", "1", "--channel", BROKEN)
    with store.session() as s:
        stored = [r.last_error or "" for r in s.scalars(select(FeedRow))]
        stored += [r.last_error or "" for r in s.scalars(select(OutboxRow))]
    assert any("HTTP 500" in e for e in stored) and any("HTTP 501" in e for e in stored)

    logged = caplog.text
    assert "HTTP Request: GET http://***@127.0.0.1" in logged  # httpx's request line, redacted
    for path, text in [("cli", "\n".join(outputs)), ("logs", logged), ("notices", "\n".join(notices)),
                       ("stored errors", "\n".join(stored))]:
        assert leaks(text) == [], path
