"""Alembic environment: migrations run on the connection :func:`bot.db.migrate.upgrade` passes in."""
from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from bot.db.schema import Base

connection = context.config.attributes.get("connection")
if connection is None:  # the alembic command line: DIGESTBOT_DATABASE_URL or the default file
    import os

    from bot.app.settings import DEFAULT_DB
    from bot.db.urls import engine_url

    engine = create_engine(engine_url(os.environ.get("DIGESTBOT_DATABASE_URL") or DEFAULT_DB))
    with engine.begin() as connection:
        context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
        context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    context.run_migrations()
