"""A platform library's own connect-retry records stay one line (no traceback); other errors keep theirs."""
from __future__ import annotations

import logging
import sys

from bot.platforms.backoff import UNREACHABLE_FILTER


def _record(exc: BaseException) -> logging.LogRecord:
    try:
        raise exc
    except BaseException:
        info = sys.exc_info()
    return logging.LogRecord("lib", logging.ERROR, __file__, 1, "Failed to connect; Retrying...", None, info)


def test_an_unreachable_platform_is_one_line() -> None:
    record = _record(ConnectionRefusedError(111, "Connect call failed"))
    assert UNREACHABLE_FILTER.filter(record) and record.exc_info is None
    assert "Failed to connect" in record.getMessage()


def test_a_real_bug_keeps_its_traceback() -> None:
    record = _record(ValueError("bad payload"))
    assert UNREACHABLE_FILTER.filter(record) and record.exc_info is not None
