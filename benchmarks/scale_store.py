"""The stores of :mod:`benchmarks.scale`: built once (optionally kept), copied per run, on SQLite or PostgreSQL."""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from summarizer.models import Article

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

BATCH = 200
CHANNEL, SECOND, NEWCOMER, READER = "scale:channel", "scale:second", "scale:newcomer", "scale:reader"
CROWD_PREFIX, CROWD, CROWD_SEEN = "scale:crowd", 100, 1000  # channels restored at the end, each saw the last 1,000
UNSEEN = 500  # the reader has not seen the last 500 articles


def build(url: str, arts: Sequence[Article]) -> float:
    """Ingest ``arts`` into the store at ``url`` in batches of ``BATCH`` (seconds taken), then record who saw
    what: two channels everything, a reader all but the last ``UNSEEN``, a newcomer nothing (its inbox holds
    them all), and ``CROWD`` channels the last ``CROWD_SEEN`` each. The ingest runs in a process of its own,
    as ``digestbot ingest`` runs apart from the bot: the service measured after it is a restarted one, and
    the memory the ingest's churn leaves behind goes back to the system with that process."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = "fork" if multiprocessing.get_all_start_methods()[0] == "fork" else "spawn"
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context(method)) as pool:
        return pool.submit(_build, url, arts).result()


def _build(url: str, arts: Sequence[Article]) -> float:
    """:func:`build`, in the calling process."""
    from bot.core.service import Audience
    from bot.db.store import Store
    from bot.digests import Digests

    svc = Digests(Store(url))
    start = time.perf_counter()
    for i in range(0, len(arts), BATCH):
        svc.ingest(arts[i:i + BATCH], channel=CHANNEL)
    ingest_s = time.perf_counter() - start
    ids = [a.id for a in arts]
    for key in (CHANNEL, SECOND):
        svc.store.mark_seen(Audience(key), ids)
    svc.store.mark_seen(Audience(READER), ids[:-UNSEEN])
    for n in range(CROWD):
        svc.store.mark_seen(Audience(f"{CROWD_PREFIX}{n}"), ids[-CROWD_SEEN:])
    with svc.store.session() as s:  # channels that follow the same sources
        svc.store.link(s, NEWCOMER, ids)
        svc.store.link(s, READER, ids)
    svc.store.engine.dispose()
    return ingest_s


def copy_store(kind: str, source: str, target: str) -> None:
    """Copy the store at ``source`` to ``target`` (SQLite: a file copy; PostgreSQL: a database from a template)."""
    if kind == "sqlite":
        path = target.removeprefix("sqlite:///")
        shutil.copyfile(source.removeprefix("sqlite:///"), path + ".part")
        os.replace(path + ".part", path)  # whole or not at all
        return
    from sqlalchemy.engine import make_url

    _recreate(target, f'TEMPLATE "{make_url(source).database}"')


def store_urls(kind: str, size: int, folder: Path, keep: Path | None, pg_url: str | None) -> tuple[str, str | None]:
    """(the URL a run measures, the URL of a kept pristine store or None)."""
    if kind == "sqlite":
        return (f"sqlite:///{folder / f'scale-{size}.db'}",
                f"sqlite:///{keep / f'scale-{size}.db'}" if keep is not None else None)
    from sqlalchemy.engine import make_url

    base = make_url(pg_url or "")
    run = base.set(database=f"digestbot_scale_{size}_run").render_as_string(hide_password=False)
    kept = base.set(database=f"digestbot_scale_{size}").render_as_string(hide_password=False)
    return run, kept if keep is not None else None


def exists(kind: str, url: str) -> bool:
    """Whether the kept store at ``url`` was built (SQLite: the file; PostgreSQL: the database)."""
    if kind == "sqlite":
        return Path(url.removeprefix("sqlite:///")).exists()
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    admin = _admin(url)
    with admin.connect() as conn:
        found = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": make_url(url).database})
        return found.first() is not None


def drop(url: str) -> None:
    """Drop the PostgreSQL database at ``url`` (a run's copy)."""
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    admin = _admin(url)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)'))
    admin.dispose()


def create_empty(kind: str, url: str) -> None:
    """An empty store at ``url`` (PostgreSQL: the database, dropped first if it exists)."""
    if kind == "sqlite":
        Path(url.removeprefix("sqlite:///")).unlink(missing_ok=True)
        return
    _recreate(url, "ENCODING 'UTF8' TEMPLATE template0")


def _recreate(url: str, options: str) -> None:
    """Drop the PostgreSQL database of ``url`` if it exists and create it again with ``options``."""
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    drop(url)
    admin = _admin(url)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{make_url(url).database}" {options}'))
    admin.dispose()


def _admin(url: str) -> "Engine":
    """An autocommit engine on the maintenance database of the PostgreSQL server of ``url``."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    return create_engine(make_url(url).set(database="postgres"), isolation_level="AUTOCOMMIT")


