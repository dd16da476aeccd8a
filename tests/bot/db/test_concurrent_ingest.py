"""Concurrent writers, on SQLite and on PostgreSQL: overlapping ``digestbot ingest`` runs on one
empty database both finish and store the union of their articles; processes opening an empty
database at once all migrate it (PostgreSQL: under an advisory lock); insert-or-ignore."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from bot.db.inserts import insert_ignore
from bot.db.migrate import current, head
from bot.db.schema import StoryRow
from bot.db.store import Store
from fakes import REPO
from summarizer.ingest import make_article

# Each child waits for the go file, so both open the empty store and ingest at the same moment.
CHILD = """
import os, sys, time
go = sys.argv[1]
while not os.path.exists(go):
    time.sleep(0.005)
from bot.cli import main
sys.exit(main(sys.argv[2:]))
"""


def write_jsonl(path: Path, lo: int, hi: int, *, descending: bool = False) -> None:
    """Records ``lo``..``hi``-1 (or the other way round): three-sentence articles on a handful of recurring topics."""
    topics = ["bridge", "harbour", "school", "hospital", "railway", "museum"]
    with path.open("w") as f:
        for i in (range(hi - 1, lo - 1, -1) if descending else range(lo, hi)):
            topic = topics[i % len(topics)]
            f.write(json.dumps({
                "id": f"art-{i}", "title": f"The {topic} project reaches stage {i}", "source": "City News",
                "text": f"The city said on Monday that the {topic} project reached stage {i}. "
                        f"Officials expect {i * 3} workers on site next month. The mayor praised the progress.",
            }) + "\n")


def race(tmp_path: Path, *argvs: list[str]) -> list[tuple[int, str, str]]:
    """Run ``digestbot ARGV`` once per argv, all released at the same moment; (code, stdout, stderr) each."""
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    procs = [subprocess.Popen([sys.executable, "-c", CHILD, str(go), *argv],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path)
             for argv in argvs]
    time.sleep(1.5)  # let all of them import everything first
    go.touch()
    outputs = [p.communicate(timeout=240) for p in procs]
    return [(p.returncode, out, err) for p, (out, err) in zip(procs, outputs)]


def test_two_overlapping_ingest_processes_store_the_union(tmp_path: Path, empty_db_url: str) -> None:
    write_jsonl(tmp_path / "a.jsonl", 0, 120)
    write_jsonl(tmp_path / "b.jsonl", 60, 180)  # 60 articles shared
    db = empty_db_url  # both processes also create the tables
    results = race(tmp_path, *(["ingest", "--db", db, str(tmp_path / name)] for name in ("a.jsonl", "b.jsonl")))
    for code, out, err in results:
        assert code == 0, err[-2000:]
        assert "Traceback" not in err and "IntegrityError" not in err + out
    store = Store(db)
    ids = {a.id for a, _ in store.articles()}
    assert ids == {f"art-{i}" for i in range(180)}
    assert current(store.engine) == head()
    new = [int(out.split("ingested ")[1].split()[0]) for _, out, _ in results]
    assert sum(new) == 180  # each article counted as new by exactly one run
    store.engine.dispose()


def test_ingests_sharing_articles_in_opposite_orders_both_finish(tmp_path: Path, db_url: str) -> None:
    # PostgreSQL: each transaction waits for the other's uncommitted rows; taken in opposite orders,
    # that is a deadlock unless the writers are serialised
    write_jsonl(tmp_path / "up.jsonl", 0, 150)
    write_jsonl(tmp_path / "down.jsonl", 0, 150, descending=True)
    results = race(tmp_path, *(["ingest", "--db", db_url, str(tmp_path / name)] for name in ("up.jsonl", "down.jsonl")))
    for code, out, err in results:
        assert code == 0, err[-2000:]
        assert "Traceback" not in err and "failed" not in err + out
    store = Store(db_url)
    assert {a.id for a, _ in store.articles()} == {f"art-{i}" for i in range(150)}
    assert sum(int(out.split("ingested ")[1].split()[0]) for _, out, _ in results) == 150
    store.engine.dispose()


def test_processes_opening_an_empty_database_at_once_all_migrate_it(tmp_path: Path, empty_db_url: str) -> None:
    results = race(tmp_path, *(["feeds", "list", "--db", empty_db_url] for _ in range(3)))
    for code, out, err in results:
        assert code == 0, err[-2000:]
        assert "Traceback" not in err
    store = Store(empty_db_url)
    assert current(store.engine) == head()
    store.engine.dispose()


def test_postgresql_upgrades_wait_for_the_advisory_lock(pg_url: str) -> None:
    from sqlalchemy import create_engine, inspect, text

    from bot.db.migrate import PG_LOCK_KEY

    holder = create_engine(pg_url)
    opened: list[Store] = []
    with holder.connect() as conn:
        conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": PG_LOCK_KEY})  # another process migrating
        opener = threading.Thread(target=lambda: opened.append(Store(pg_url)))
        opener.start()
        opener.join(timeout=2.0)
        assert opener.is_alive() and not opened  # waiting for the lock, not migrating beside its holder
        assert "alembic_version" not in inspect(conn).get_table_names()
        conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": PG_LOCK_KEY})
        conn.commit()
    opener.join(timeout=60)
    assert len(opened) == 1 and current(opened[0].engine) == head()
    opened[0].engine.dispose()
    holder.dispose()


def test_insert_ignore_reports_what_it_inserted(store: Store) -> None:
    with store.session() as s:
        assert insert_ignore(s, StoryRow, id="s1", title="first") is True
        assert insert_ignore(s, StoryRow, id="s1", title="second") is False
    assert store.story_titles() == {"s1": "first"}


def test_add_articles_skips_rows_another_writer_stored_meanwhile(db_url: str) -> None:
    one, two = Store(db_url), Store(db_url)
    shared = make_article("The council approved the harbour plan on Monday. Work starts soon.", name="a", given_id="a")
    own = make_article("The school reopened after the storm on Tuesday. Classes resume.", name="b", given_id="b")
    assert one.add_articles([(shared, "s1", "Harbour")]) == [shared]
    # ``two`` read nothing yet; it stores the shared article again under the same story id
    assert two.add_articles([(shared, "s1", "Harbour"), (own, "s1", "Harbour")]) == [own]
    assert {a.id for a, _ in one.articles()} == {"a", "b"}


def test_concurrent_store_opens_on_an_empty_database_all_succeed(empty_db_url: str) -> None:
    url = empty_db_url
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def open_store() -> None:
        start.wait()
        try:
            Store(url)
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=open_store) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert errors == []
    assert current(Store(url).engine) == head()


def test_postgresql_statement_is_on_conflict_do_nothing() -> None:
    from sqlalchemy.dialects import postgresql

    from bot.db.schema import ArticleRow

    sql = str(postgresql.insert(ArticleRow.__table__).values(id="a", title="t", text="x").on_conflict_do_nothing()
              .compile(dialect=postgresql.dialect()))
    assert sql.startswith("INSERT INTO articles") and " ON CONFLICT DO NOTHING" in sql


def test_other_databases_fall_back_to_a_savepoint(monkeypatch, store: Store) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(store.engine.dialect, "name", "otherdb")
    with store.session() as s:
        assert insert_ignore(s, StoryRow, id="s1", title="first") is True
        assert insert_ignore(s, StoryRow, id="s1", title="again") is False  # the unique key held; the rest goes on
        assert insert_ignore(s, StoryRow, id="s2", title="second") is True
    assert store.story_titles() == {"s1": "first", "s2": "second"}
