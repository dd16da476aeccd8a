"""NUL characters: SQLite stores them in text, PostgreSQL refuses them and with them the whole transaction.

Articles are normalised when they are made (:mod:`summarizer.storable`); what else is written
(an error a remote server echoed, a feed's validators) loses its NULs here, at the store's edge:
every string an ORM flush or :func:`bot.db.inserts.insert_ignore` writes, so both databases store
the same thing.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session


def without_nul(value: Any) -> Any:
    """``value`` without NUL characters if it is a string, else unchanged."""
    return value.replace("\x00", "") if isinstance(value, str) and "\x00" in value else value


def strip_nul_before_flush(session: Session, _context: Any, _instances: Any) -> None:
    """A ``before_flush`` hook: drop NULs from the loaded string attributes of new and changed rows."""
    for obj in (*session.new, *session.dirty):
        for key, value in list(inspect(obj).dict.items()):
            if isinstance(value, str) and "\x00" in value:
                setattr(obj, key, without_nul(value))
