"""Database URLs: which SQLAlchemy driver serves which URL.

PostgreSQL is served by psycopg 3 (``pip install 'digestbot[postgres]'``). SQLAlchemy's default
driver for a bare ``postgresql://`` URL is psycopg2, which digestbot does not declare, so plain
``postgresql://`` and ``postgres://`` URLs are read as ``postgresql+psycopg://``; a URL naming
its driver (``postgresql+psycopg2://``) is kept as given.
"""
from __future__ import annotations

from sqlalchemy.engine import URL, make_url

POSTGRES_DRIVER = "postgresql+psycopg"
POSTGRES_EXTRA = "pip install 'digestbot[postgres]'"


def engine_url(url: str) -> URL:
    """The SQLAlchemy URL for ``url``, with psycopg 3 as PostgreSQL's driver."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername=POSTGRES_DRIVER)
    return parsed


def missing_driver_message(url: URL, exc: ImportError) -> str:
    """One line saying which package a URL's driver needs."""
    if url.get_backend_name() == "postgresql":
        return f"PostgreSQL needs its driver ({exc.name or 'psycopg'} is not installed): {POSTGRES_EXTRA}"
    return f"the database driver for {url.drivername} is not installed ({exc.name})"
