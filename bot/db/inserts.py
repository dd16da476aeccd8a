"""Insert-or-ignore, so concurrent writers of the same rows never fail on a unique constraint;
writers of shared rows serialised on PostgreSQL, so they never deadlock.

SQLite and PostgreSQL get ``INSERT ... ON CONFLICT DO NOTHING`` from SQLAlchemy's dialect
inserts (on PostgreSQL with ``RETURNING``: psycopg 3 reports no row count for it); any other database gets a plain insert in a savepoint, whose unique-constraint
failure is taken as "already there".
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import Table, delete, insert, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.db.nul import without_nul


@lru_cache(maxsize=None)
def _ignoring(table: Table, dialect: str, returning: str | None) -> Any:
    """``INSERT ... ON CONFLICT DO NOTHING`` into ``table`` (values bound at execution), returning the column named
    ``returning`` of the rows that went in: built once per table (building a statement costs more than running it)."""
    stmt = (sqlite.insert(table) if dialect == "sqlite" else postgresql.insert(table)).on_conflict_do_nothing()
    return stmt.returning(table.c[returning]) if returning else stmt


@lru_cache(maxsize=None)
def _replacing(table: Table, dialect: str) -> Any:
    """``INSERT ... ON CONFLICT (key) DO UPDATE`` of every other column of ``table``, built once per table."""
    key = [c.name for c in table.primary_key.columns]
    ins = sqlite.insert(table) if dialect == "sqlite" else postgresql.insert(table)
    return ins.on_conflict_do_update(index_elements=key,
                                     set_={c.name: ins.excluded[c.name] for c in table.columns if c.name not in key})


def insert_ignore(session: Session, model: type[Any], **values: Any) -> bool:
    """Insert one ``model`` row unless a row with the same unique key exists; True if it was inserted."""
    table = model.__table__  # Core inserts: the row count says whether a row went in
    values = {k: without_nul(v) for k, v in values.items()}  # as an ORM flush does (bot.db.nul)
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        result = session.execute(_ignoring(table, dialect, None), values)
    elif dialect == "postgresql":
        # psycopg 3 leaves the row count of this INSERT unknown (-1): the returned key says it went in
        key = list(table.primary_key.columns)[0].name
        return session.execute(_ignoring(table, dialect, key), values).first() is not None
    else:
        try:
            with session.begin_nested():
                session.execute(insert(table).values(**values))
        except IntegrityError:
            return False
        return True
    return bool(getattr(result, "rowcount", 0) == 1)


def insert_all_ignore(session: Session, model: type[Any], rows: list[dict[str, Any]], column: str) -> set[Any]:
    """Insert ``rows`` of ``model`` (the same columns each), skipping any whose unique key exists; return the
    ``column`` values of the rows that went in. One ``INSERT ... ON CONFLICT DO NOTHING RETURNING`` for them all on
    SQLite and PostgreSQL (another writer may insert some of them meanwhile), :func:`insert_ignore` each elsewhere."""
    if not rows:
        return set()
    dialect = session.get_bind().dialect.name
    if dialect not in ("sqlite", "postgresql"):
        return {row[column] for row in rows if insert_ignore(session, model, **row)}
    stmt = _ignoring(model.__table__, dialect, column)
    return set(session.execute(stmt, [{k: without_nul(v) for k, v in row.items()} for row in rows]).scalars())


def replace_rows(session: Session, model: type[Any], rows: list[dict[str, Any]]) -> None:
    """Insert ``rows`` of ``model``, each replacing any row with its primary key: one ``INSERT ... ON CONFLICT
    DO UPDATE`` for them all on SQLite and PostgreSQL (no ORM flush), a delete and an insert elsewhere."""
    if not rows:
        return
    table = model.__table__
    rows = [{k: without_nul(v) for k, v in row.items()} for row in rows]
    dialect = session.get_bind().dialect.name
    if dialect in ("sqlite", "postgresql"):
        session.execute(_replacing(table, dialect), rows)
        return
    key = [c.name for c in table.primary_key.columns]
    for row in rows:
        session.execute(delete(table).where(*(table.c[k] == row[k] for k in key)))
    session.execute(insert(table), rows)


ARTICLE_WRITERS_LOCK = 0x6469676574  # PostgreSQL advisory lock taken by each article-writing transaction


def serialise_article_writers(session: Session) -> None:
    """On PostgreSQL, hold the article writers' lock until ``session``'s transaction ends.

    Two transactions inserting the same articles wait for each other's uncommitted rows; in opposite
    orders that is a deadlock and one batch fails. SQLite lets one writer at a time in anyway.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": ARTICLE_WRITERS_LOCK})
