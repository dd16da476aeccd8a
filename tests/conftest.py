"""Fixtures shared by every test folder."""
from __future__ import annotations

import asyncio
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Awaitable, Callable, Iterator

from sqlalchemy import Engine, event

import pytest

# The engine tests' builders (tests/summarizer/enginekit.py) serve the bot tests too.
sys.path.insert(0, str(Path(__file__).resolve().parent / "summarizer"))

from bot.db.store import Store  # noqa: E402
from fakes.chat import FakeChat  # noqa: E402
from fakes.web import FakeWeb  # noqa: E402
from pg import databases  # noqa: E402

BACKENDS = ("sqlite", "postgresql")
_LEFT_OUT = pytest.StashKey[int]()


class Clock:
    """A settable naive-UTC clock (inject it where code takes ``clock=``)."""

    def __init__(self, now: datetime = datetime(2025, 3, 3, 8, 0)) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        """Move the clock forward by ``timedelta(**kw)``."""
        self.now += timedelta(**kw)


@pytest.fixture
def clock() -> Clock:
    """A fresh settable clock."""
    return Clock()


def pytest_sessionstart(session: pytest.Session) -> None:
    """CI must not skip the PostgreSQL half silently."""
    if databases.required() and not databases.admin_url():
        raise pytest.UsageError(f"{databases.ENV_REQUIRED}=1 but no server: {databases.SKIP_REASON}")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Without a PostgreSQL server, leave out the PostgreSQL half (said once, in the summary)."""
    if databases.admin_url():
        return
    pg = [i for i in items if _on_postgresql(i)]
    if pg:
        config.hook.pytest_deselected(items=pg)
        items[:] = [i for i in items if i not in pg]
        config.stash[_LEFT_OUT] = len(pg)


def _on_postgresql(item: pytest.Item) -> bool:
    """The ``[postgresql]`` run of a store test, or a test asking for a PostgreSQL database (``pg_url``)."""
    callspec = getattr(item, "callspec", None)
    return (callspec is not None and callspec.params.get("backend") == "postgresql") \
        or "pg_admin" in getattr(item, "fixturenames", ())


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    """Say that the PostgreSQL half did not run, and why."""
    left_out = config.stash.get(_LEFT_OUT, 0)
    if left_out:
        terminalreporter.write_line(f"{left_out} PostgreSQL tests deselected. {databases.SKIP_REASON}", yellow=True)


def _aware_datetimes(parameters: Any) -> list[datetime]:
    """Every time-zone-aware datetime among a statement's parameters (one row or many)."""
    rows = parameters if isinstance(parameters, list) else [parameters]
    values = [v for row in rows for v in (row.values() if isinstance(row, dict) else row or ())]
    return [v for v in values if isinstance(v, datetime) and v.tzinfo is not None]


def _refuse_aware_datetimes(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any,
                            _executemany: bool) -> None:
    aware = _aware_datetimes(parameters)
    if aware:  # PostgreSQL would shift it by the session's TimeZone; SQLite would keep its wall time
        raise AssertionError(f"a time-zone-aware datetime was written ({aware[0]!r}); the store keeps naive UTC: "
                             f"{statement[:120]}")


@pytest.fixture(autouse=True, scope="session")
def _naive_utc_only() -> Iterator[None]:
    """Every statement of the suite, on either database, writes naive UTC datetimes only."""
    event.listen(Engine, "before_cursor_execute", _refuse_aware_datetimes)
    yield
    event.remove(Engine, "before_cursor_execute", _refuse_aware_datetimes)


@pytest.fixture(scope="session")
def pg_admin() -> Iterator[Engine]:
    """An autocommit engine on the test PostgreSQL server (skips the test when none is configured)."""
    url = databases.admin_url()
    if url is None:
        if databases.required():
            pytest.fail(databases.SKIP_REASON)
        pytest.skip(databases.SKIP_REASON)
    engine = databases.admin_engine(url)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def pg_template(pg_admin: Engine) -> Iterator[str]:
    """A PostgreSQL database migrated to head once per session (copied by :func:`db_url`)."""
    with databases.migrated_template(pg_admin) as name:
        yield name


@pytest.fixture
def pg_url(pg_admin: Engine) -> Iterator[str]:
    """The URL of a fresh, empty PostgreSQL database (no tables; dropped after the test)."""
    with databases.fresh_database(pg_admin) as url:
        yield url


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """The database a store test runs on: every such test runs once on each."""
    return str(request.param)


@pytest.fixture
def db_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A store's database without rows: a new SQLite file in the test's folder, or a fresh PostgreSQL
    database with the tables already made (use :func:`empty_db_url` to test migrations)."""
    if backend == "postgresql":
        admin, template = request.getfixturevalue("pg_admin"), request.getfixturevalue("pg_template")
        with databases.fresh_database(admin, template) as url:
            yield url
    else:
        yield f"sqlite:///{tmp_path / 'bot.db'}"


@pytest.fixture
def empty_db_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """A database with no tables at all: a new SQLite file, or a fresh empty PostgreSQL database."""
    if backend == "postgresql":
        return str(request.getfixturevalue("pg_url"))
    return f"sqlite:///{tmp_path / 'empty.db'}"


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    """A fresh store on :func:`db_url` (its connections closed afterwards)."""
    s = Store(db_url)
    yield s
    s.engine.dispose()


async def _wait_until(predicate: Callable[[], object], timeout: float = 10.0) -> None:
    """Poll ``predicate`` until it is true; fail the test after ``timeout`` seconds."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.02)


@pytest.fixture
def wait_until() -> Callable[..., Awaitable[None]]:
    """``await wait_until(lambda: condition, timeout=10)``."""
    return _wait_until


@pytest.fixture
def web() -> Iterator[FakeWeb]:
    """A local web server for feeds and pages (``web.routes[path] = Route(...)``)."""
    server = FakeWeb()
    yield server
    server.close()


@pytest.fixture
def chat() -> Iterator[FakeChat]:
    """A local chat webhook receiver recording posts."""
    server = FakeChat()
    yield server
    server.close()
