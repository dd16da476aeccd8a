"""One log line for each thing that becomes of a channel's digest: posted, skipped, failed, retrying.

The line carries structured fields (``channel``, ``digest_id``, ``outcome``; see
:mod:`bot.app.logs`, which writes them as text ``key=value`` pairs or JSON).
"""
from __future__ import annotations

import logging
from typing import Any

FIELDS = ("channel", "digest_id", "outcome", "items", "platform", "reason")
events = logging.getLogger("digestbot.events")
events.setLevel(logging.INFO)  # recorded whatever the process's level (handlers decide where they go)


def digest_event(outcome: str, channel: str, *, digest_id: int | None = None, level: int = logging.INFO,
                 **fields: Any) -> None:
    """Log one line saying what became of a channel's digest (posted, skipped, failed, retrying)."""
    detail = "".join(f", {k} {v}" for k, v in fields.items() if v is not None)
    events.log(level, "digest %s for %s%s", outcome, channel, detail,
               extra={"channel": channel, "digest_id": digest_id, "outcome": outcome,
                      **{k: v for k, v in fields.items() if k in FIELDS}})
