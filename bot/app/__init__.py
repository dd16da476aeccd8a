"""The only composition root: settings read once from the environment, then :func:`build_app`.

Every process entry point (``digestbot run``, ``scheduler``, ``deliver-pending``, ``poll`` and the
management commands) calls ``build_app(Settings.from_env(...))`` and takes what it needs from the
:class:`App`: the store, the digest service, the management API, the platform adapters.
"""
from __future__ import annotations

from bot.app.build import App, build_app
from bot.app.settings import DEFAULT_DB, Settings

__all__ = ["App", "DEFAULT_DB", "Settings", "build_app"]
