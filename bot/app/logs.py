"""The one logging set-up of every digestbot process: timestamps, structured fields, JSON lines on request.

Every record carries its time (UTC, ISO 8601), level and logger. Events about a digest add
``channel``, ``digest_id`` and ``outcome`` (:func:`bot.core.events.digest_event`). ``DIGESTBOT_LOG_FORMAT=json``
writes one JSON object per line instead of text. Messages are redacted by
:func:`bot.core.redact.install_log_redaction`; the structured fields pass through
:func:`~bot.core.redact.redact` here (the record factory does not see ``extra=`` fields).
"""
from __future__ import annotations

import json
import logging
import os
import sys
import time
from typing import IO, Any, Mapping

from bot.core.events import FIELDS, events
from bot.core.redact import install_log_redaction, redact

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s%(fields)s"


def _utc_time(record: logging.LogRecord) -> str:
    """The record's creation time as ``2025-06-01T10:00:00.123Z``."""
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z"


def _fields(record: logging.LogRecord) -> dict[str, Any]:
    """The structured fields set on ``record`` (redacted when they are text)."""
    out: dict[str, Any] = {}
    for name in FIELDS:
        value = getattr(record, name, None)
        if value is not None:
            out[name] = redact(value) if isinstance(value, str) else value
    return out


class TextFormatter(logging.Formatter):
    """``time level logger: message key=value ...`` on one line."""

    def __init__(self) -> None:
        super().__init__(TEXT_FORMAT)

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:  # noqa: N802 (stdlib name)
        """UTC ISO 8601 time."""
        return _utc_time(record)

    def format(self, record: logging.LogRecord) -> str:
        """The record as one text line (plus a traceback, when it has one)."""
        record.fields = "".join(f" {k}={v}" for k, v in _fields(record).items())
        return super().format(record)


class JsonFormatter(logging.Formatter):
    """One JSON object per record: time, level, logger, message, the structured fields, and any traceback."""

    def format(self, record: logging.LogRecord) -> str:
        """The record as one JSON line."""
        entry: dict[str, Any] = {"time": _utc_time(record), "level": record.levelname, "logger": record.name,
                                 "message": record.getMessage(), **_fields(record)}
        if record.exc_info and not record.exc_text:
            record.exc_text = redact(self.formatException(record.exc_info))
        if record.exc_text:
            entry["traceback"] = record.exc_text
        return json.dumps(entry, ensure_ascii=False, default=str)


class _Stderr:
    """Whatever ``sys.stderr`` is when a record is written (it is replaced in tests and by some runners)."""

    def write(self, text: str) -> int:
        return sys.stderr.write(text)

    def flush(self) -> None:
        sys.stderr.flush()


def setup_logging(*, verbose: bool = False, env: Mapping[str, str] | None = None,
                  stream: IO[str] | None = None, force: bool = False) -> logging.Handler | None:
    """Configure the root logger for the process (replacing an earlier set-up of ours); return its handler.

    ``DIGESTBOT_LOG_FORMAT=json`` selects JSON lines; ``DIGESTBOT_LOG_LEVEL`` overrides the level
    (INFO with ``verbose``, else WARNING; digest events are always logged at INFO). Like
    :func:`logging.basicConfig`, a root logger that already has someone else's handlers (an
    embedding application, pytest) is left alone unless ``force``; redaction is installed anyway.
    """
    env = os.environ if env is None else env
    install_log_redaction()
    root = logging.getLogger()
    if not force and any(not getattr(h, "digestbot", False) for h in root.handlers):
        return None
    handler: logging.StreamHandler[Any] = logging.StreamHandler(stream or _Stderr())
    handler.setFormatter(JsonFormatter() if env.get("DIGESTBOT_LOG_FORMAT", "").lower() == "json" else TextFormatter())
    for old in [h for h in root.handlers if getattr(h, "digestbot", False)]:
        root.removeHandler(old)
    handler.digestbot = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    level = env.get("DIGESTBOT_LOG_LEVEL", "").upper() or ("INFO" if verbose else "WARNING")
    root.setLevel(level if level in logging.getLevelNamesMapping() else "WARNING")
    events.setLevel(logging.INFO)  # posted / skipped / failed: always recorded
    return handler
