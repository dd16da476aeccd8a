"""``digestbot worker``: PostgreSQL only, said in one line; the queue's tasks and periodic tick are registered."""
from __future__ import annotations

import pytest

from bot.cli import main
from bot.tasks.queue import TICK_CRON, TaskQueue, conninfo


def test_worker_without_postgresql_is_one_line(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    assert main(["worker", "--db", f"sqlite:///{tmp_path / 'bot.db'}"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "needs a PostgreSQL database" in err and "Traceback" not in err
    assert not (tmp_path / "bot.db").exists()  # refused before opening anything


def test_conninfo_is_libpq_for_any_postgresql_driver() -> None:
    assert conninfo("postgresql+psycopg://u:p@db:5432/bot") == "postgresql://u:p@db:5432/bot"
    with pytest.raises(ValueError, match="PostgreSQL"):
        conninfo("sqlite:///x.db")


def test_the_queue_registers_its_tasks_and_one_periodic_tick(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from bot.db.store import Store
    from bot.tasks.units import Units

    units = Units(Store(f"sqlite:///{tmp_path / 'bot.db'}"), {})
    q = TaskQueue("postgresql://u@localhost/bot", units)  # nothing connects until opened
    assert {"digestbot.poll", "digestbot.digest", "digestbot.deliver", "digestbot.tick"} <= set(q.app.tasks)
    assert [(p.task.name, p.cron) for p in q.app.periodic_registry.periodic_tasks.values()] == [
        ("digestbot.tick", TICK_CRON)]
    assert "digestbot.tick" not in TaskQueue("postgresql://u@localhost/bot", units, tick_cron=None).app.tasks


def test_the_heartbeat_timeout_comes_from_the_environment(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from bot.db.store import Store
    from bot.tasks.units import Units

    units = Units(Store(f"sqlite:///{tmp_path / 'bot.db'}"), {})
    assert TaskQueue("postgresql://u@localhost/bot", units).stalled_after == 30.0
    monkeypatch.setenv("DIGESTBOT_STALLED_AFTER", "3")
    assert TaskQueue("postgresql://u@localhost/bot", units).stalled_after == 3.0
    assert TaskQueue("postgresql://u@localhost/bot", units, stalled_after=5).stalled_after == 5
