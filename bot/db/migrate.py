"""Schema migrations: Alembic, run in process on every store open (``upgrade`` to head).

A database written by any earlier release (no ``alembic_version`` table) is brought to the
initial revision by that revision itself, which creates only what is missing; from then on
every revision runs once. Processes that open one database at the same moment (two
``digestbot ingest`` on an empty store) do not trip over each other: on PostgreSQL the upgrade
holds an advisory lock; on any database a failed upgrade is retried while another process may
be finishing it (the first revision creates only what is missing). New schema change: add a revision under ``migrations/versions``
(``alembic -c bot/db/alembic.ini revision -m "..."``, then write its ``upgrade``).
"""
from __future__ import annotations

import logging
import random
import threading
import time
from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
ATTEMPTS = 8  # upgrades tried while other processes may be migrating the same database
PG_LOCK_KEY = 0x6469676573  # the advisory lock that serialises upgrades on PostgreSQL ("diges")
_IN_PROCESS = threading.Lock()  # alembic's ``op``/``context`` are module globals: one upgrade per process at a time


def alembic_config() -> Config:
    """The Alembic configuration of digestbot's migrations (no ini file needed)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


@lru_cache(maxsize=1)
def head() -> str:
    """The newest revision id."""
    rev = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert rev is not None
    return rev


def current(engine: Engine) -> str | None:
    """The database's revision (None: created by a release before migrations, or empty)."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, *, attempts: int = ATTEMPTS) -> None:
    """Bring the database to the newest revision (a no-op when it is there already).

    Safe when several processes upgrade the same database at once: a failure is retried after a
    short random pause and is raised only if the database is still not at head after ``attempts``.
    """
    for attempt in range(1, attempts + 1):
        try:
            if current(engine) == head():
                return
            with _IN_PROCESS:
                _upgrade_once(engine)
            return
        except (SQLAlchemyError, CommandError) as exc:
            if attempt == attempts:
                raise
            log.info("schema upgrade raced another process (%s); retrying", exc.__class__.__name__)
            time.sleep(random.uniform(0.05, 0.2) * attempt)


def _upgrade_once(engine: Engine) -> None:
    """One upgrade to head in one transaction (under an advisory lock on PostgreSQL)."""
    cfg = alembic_config()
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_LOCK_KEY})
            if MigrationContext.configure(conn).get_current_revision() == head():
                return  # another process upgraded while this one waited for the lock
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
