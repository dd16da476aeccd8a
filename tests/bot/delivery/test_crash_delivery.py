"""Crash test: a real ``digestbot deliver-pending`` process is SIGKILLed mid-delivery and restarted.

The fake chat server hangs on the 2nd POST, either *before* accepting it (the kill lands
before the platform confirmed: after restart every message appears exactly once) or
*after* accepting it (the kill lands after the platform has the message and before the
commit: the documented duplicate window — the message appears twice unless the platform
honours the idempotency key). Which window is hit is decided by the server, not by timing.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest
from fakes.builders import three_story_digest
from sqlalchemy import select

from fakes import REPO
from bot.db.schema import OutboxRow
from bot.delivery.integrity import integrity_problems
from bot.delivery.outbox import Outbox
from bot.db.schema import SeenRow
from bot.db.store import Store
from bot.platforms.webhook import WebhookAdapter

ROOT = REPO
CH = "webhook:crash"


def digestbot(db_url: str, *args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DIGESTBOT_DATABASE_URL": db_url}
    return subprocess.Popen([sys.executable, "-m", "bot.cli", *args], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def outbox_row(db_url: str, oid: int) -> OutboxRow:
    with Store(db_url).session() as s:
        return s.get(OutboxRow, oid)


@pytest.mark.parametrize("mode,dedupe,expected_extra", [
    ("before", False, []),  # killed before the platform accepted #1: no loss, no duplicate
    ("after", False, [1]),  # killed after the platform accepted #1, before the commit: #1 twice
    ("after", True, []),  # same window, the platform honours Idempotency-Key: exactly once
])
def test_sigkill_mid_delivery_then_restart(chat, db_url, mode, dedupe, expected_extra):
    store = Store(db_url)
    adapter = WebhookAdapter()
    digest = three_story_digest(CH)
    oid = Outbox(store, {"webhook": adapter}).enqueue_digest(CH, "webhook", chat.url, digest, adapter.render(digest))
    chat.hang_on, chat.hang_mode, chat.dedupe = 2, mode, dedupe

    proc = digestbot(db_url, "deliver-pending")
    try:
        assert chat.reached.wait(30), proc.stderr.read() if proc.poll() is not None else "no 2nd POST"
        r = outbox_row(db_url, oid)
        assert (r.state, r.sent) == ("posting", 1)  # message #0 committed, #1 in flight
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(10) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()

    chat.hang_on = None
    done = digestbot(db_url, "deliver-pending")
    out, err = done.communicate(timeout=60)
    assert done.returncode == 0, err
    assert f"outbox #{oid}: delivered" in out

    keys = [f"digestbot-{oid}-{i}" for i in range(3)]
    expected = keys[:2] + [keys[i] for i in expected_extra] + keys[2:]
    assert chat.keys() == expected  # the channel's view: order kept, nothing lost
    r = outbox_row(db_url, oid)
    assert (r.state, r.sent) == ("delivered", 3) and r.attempts == 2
    with store.session() as s:
        assert set(s.scalars(select(SeenRow.article_id).where(SeenRow.audience == CH))) == set(digest.article_ids)
    assert integrity_problems(store) == []

    if mode == "before":  # a third run has nothing left to do (checked once: each run costs ~2 s of imports)
        again = digestbot(db_url, "deliver-pending")
        out, _ = again.communicate(timeout=60)
        assert again.returncode == 0 and "nothing pending" in out and len(chat.posts) == len(expected)
