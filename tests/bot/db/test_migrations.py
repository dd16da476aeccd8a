"""Migrations: a store written by release 0.1.0 (SQLite) upgrades without losing a row; fresh stores, SQLite
and PostgreSQL, match the schema."""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Callable

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from bot.core.service import Audience
from bot.db.migrate import current, head
from bot.db.schema import Base
from bot.db.store import Store
from bot.db.feeds import FeedRepo
from bot.delivery.outbox import Outbox
from bot.db.schedules import ScheduleRepo

RELEASE_SQL = Path(__file__).with_name("release_0_1_0.sql")


def release_db(path: Path, *, edit: Callable[[str], str] | None = None) -> dict[str, list[tuple]]:
    """Write the 0.1.0 database with sqlite3 alone (no digestbot code); return every table's rows."""
    script = RELEASE_SQL.read_text()
    with sqlite3.connect(path) as conn:
        conn.executescript(edit(script) if edit else script)
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall()) for t in tables}


def rows_now(path: Path, tables: list[str]) -> dict[str, list[tuple]]:
    """Every row of ``tables`` as sqlite3 reads them."""
    with sqlite3.connect(path) as conn:
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall()) for t in tables}


def old_columns(after: dict[str, list[tuple]], before: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    """``after`` cut to the columns each table had ``before`` (later revisions add columns at the end)."""
    return {t: [r[:len(before[t][0])] if before[t] else r for r in rows] for t, rows in after.items()}


def tenants(path: Path, table: str, key: str) -> dict[str, str]:
    """{key: tenant} of every row of ``table``."""
    with sqlite3.connect(path) as conn:
        return dict(conn.execute(f'SELECT "{key}", tenant FROM "{table}"').fetchall())


def test_a_release_store_upgrades_and_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "release.db"
    before = release_db(path)
    assert sum(len(r) for r in before.values()) == 17 and len(before) == 11
    store = Store(f"sqlite:///{path}")
    assert current(store.engine) == head()
    assert old_columns(rows_now(path, list(before)), before) == before
    # every row of a workspace is keyed by its tenant; rows of keys without one get the default tenant
    assert tenants(path, "channels", "key") == {"slack:T1:C1": "slack:T1", "webhook:ops": "cli:local"}
    assert tenants(path, "outbox", "id") == {1: "slack:T1", 2: "cli:local"}
    for table, key in [("schedules", "channel"), ("feed_subscriptions", "channel"), ("seen", "audience"),
                       ("shown", "audience")]:
        assert set(tenants(path, table, key).items()) == {("slack:T1:C1", "slack:T1")}
    # the inboxes: the followed feed's entry for its channel, the rest for the default (CLI) channel
    with sqlite3.connect(path) as conn:
        inbox = conn.execute("SELECT tenant, channel, article_id, feed_id FROM inbox ORDER BY seq").fetchall()
    assert inbox == [("slack:T1", "slack:T1:C1", "a1", 1), ("cli:local", "cli:local:default", "a2", None),
                     ("cli:local", "cli:local:default", "a3", None)]
    assert store.unseen(Audience("slack:T1:C1")) == []  # a1 was seen there
    assert [a.id for a, _ in store.unseen(Audience("cli:local:default"))] == ["a2", "a3"]
    assert store.unseen(Audience("slack:T2:C1")) == []  # nothing crosses to another workspace
    # and the code reads them
    assert [a.id for a, _ in store.articles()] == ["a1", "a2", "a3"]
    assert store.seen_ids(["slack:T1:C1"]) == {"a1", "a2"}
    assert store.shown_sentences(["slack:T1:C1"]) == ["The river rose 3 metres overnight."]
    assert [(e.id, e.state) for e in Outbox(store, {}).entries()] == [(1, "delivered"), (2, "pending")]
    assert [f.url for f in FeedRepo(store).subscriptions("slack:T1:C1")] == ["https://n.example/rss"]
    schedule = ScheduleRepo(store).get("slack:T1:C1")
    assert schedule is not None and schedule.spec == "weekdays 09:00" and schedule.enabled


def test_an_older_store_gains_the_missing_column_and_tables(tmp_path: Path) -> None:
    def older(script: str) -> str:  # before shown.sentence, the feed tables and leases
        script = script.replace("\tsentence TEXT NOT NULL, \n", "")
        script = script.replace(", 'The river rose 3 metres overnight.', '2025-03-01 10:00", ", '2025-03-01 10:00")
        kept = [s for s in script.split(";\n") if not any(t in s for t in ("feed", "leases"))]
        return ";\n".join(kept)

    path = tmp_path / "older.db"
    before = release_db(path, edit=older)
    assert "feeds" not in before and "leases" not in before
    store = Store(f"sqlite:///{path}")
    assert current(store.engine) == head()
    assert {"feeds", "feed_subscriptions", "feed_entries", "leases"} <= set(inspect(store.engine).get_table_names())
    after = rows_now(path, list(before))
    assert {t: len(r) for t, r in after.items()} == {t: len(r) for t, r in before.items()}
    assert after["shown"][0][:5] == before["shown"][0][:5]  # id, audience, key, kind, text kept
    assert store.shown_sentences(["slack:T1:C1"]) == []  # the new column's default: no sentence known


def test_a_fresh_store_matches_the_schema_module(empty_db_url: str) -> None:
    store = Store(empty_db_url)  # on PostgreSQL too: types, lengths, indexes and constraints as declared
    assert current(store.engine) == head()
    with store.engine.connect() as conn:
        ours = {"include_name": lambda name, kind, _: kind != "table" or not str(name).startswith("procrastinate_")}
        diff = compare_metadata(MigrationContext.configure(conn, opts=ours), Base.metadata)  # not the task queue's
    assert diff == []
    store.engine.dispose()


def test_opening_a_migrated_store_again_keeps_its_rows(empty_db_url: str) -> None:
    first = Store(empty_db_url)
    FeedRepo(first).subscribe("slack:T1:C1", "https://n.example/rss", 900)
    first.engine.dispose()
    again = Store(empty_db_url)
    assert current(again.engine) == head()
    assert [f.url for f in FeedRepo(again).subscriptions("slack:T1:C1")] == ["https://n.example/rss"]
    again.engine.dispose()


def test_opening_an_upgraded_store_again_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "release.db"
    before = release_db(path)
    Store(f"sqlite:///{path}")
    once = rows_now(path, [*before, "inbox", "cursors"])
    Store(f"sqlite:///{path}")
    assert rows_now(path, [*before, "inbox", "cursors"]) == once
    assert old_columns(rows_now(path, list(before)), before) == before
