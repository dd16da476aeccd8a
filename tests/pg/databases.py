"""Fresh PostgreSQL databases for tests, on the server named by ``$DIGESTBOT_TEST_PG_URL``.

Each test gets its own database, dropped afterwards with its connections cut, so tests never see
each other's rows: an empty one (``template0``: migrations start from nothing) or a copy of a
database migrated once per test session (faster: opening the store finds it at head).
"""
from __future__ import annotations

import os
import uuid
from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

ENV_URL = "DIGESTBOT_TEST_PG_URL"       # the server's admin URL (tests/pg/server.py sets it)
ENV_REQUIRED = "DIGESTBOT_TEST_PG_REQUIRED"  # "1" (CI): no server is a failure, not a skip
SKIP_REASON = (f"PostgreSQL: no test server (set {ENV_URL}, or run `bash dev.sh pg check`, "
               "which needs Debian's postgresql package)")


def admin_url() -> str | None:
    """The configured server's admin URL, or None."""
    return os.environ.get(ENV_URL) or None


def required() -> bool:
    """True when the PostgreSQL half must run (CI)."""
    return os.environ.get(ENV_REQUIRED) == "1"


def admin_engine(url: str) -> Engine:
    """An autocommit engine on the server's maintenance database (CREATE/DROP DATABASE)."""
    return create_engine(url, isolation_level="AUTOCOMMIT", pool_size=1, max_overflow=0)


def database_url(admin: Engine, name: str) -> str:
    """The URL of database ``name`` on the admin engine's server."""
    return admin.url.set(database=name).render_as_string(hide_password=False)


@contextmanager
def fresh_database(admin: Engine, template: str = "template0") -> Iterator[str]:
    """Create a database copied from ``template`` (empty by default); yield its URL; drop it (and its
    open connections) afterwards."""
    name = f"digestbot_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}" ENCODING \'UTF8\''))
    try:
        yield database_url(admin, name)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@contextmanager
def migrated_template(admin: Engine) -> Iterator[str]:
    """A database the store has migrated to head; yield its name (a template: copies of it start migrated)."""
    from bot.db.store import Store

    with fresh_database(admin) as url:
        Store(url).engine.dispose()  # no connection may stay open on a template
        yield str(make_url(url).database)
