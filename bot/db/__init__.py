"""Persistence: every table (:mod:`~bot.db.schema`), its migrations (:mod:`~bot.db.migrate`) and queries."""
