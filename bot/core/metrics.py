"""Prometheus metrics of a digestbot process (served at ``/metrics`` by :mod:`bot.app.health`; in ``core`` so that every layer can count).

One registry per process (not the client library's global one, so tests and embedding stay
isolated). The places that do the work update them: the outbox (digests posted or failed, post
latency), the scheduled digest job (skipped digests, build latency), the runtime tick (polls).
"""
from __future__ import annotations

import time
from typing import Callable

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

REGISTRY = CollectorRegistry(auto_describe=True)
DIGESTS_POSTED = Counter("digestbot_digests_posted", "Digests fully posted to a channel", ["platform"],
                         registry=REGISTRY)
DIGESTS_FAILED = Counter("digestbot_digests_failed", "Digests that failed permanently", ["platform"],
                         registry=REGISTRY)
DIGESTS_SKIPPED = Counter("digestbot_digests_skipped", "Scheduled digests not posted", ["reason"],
                          registry=REGISTRY)
ITEMS_PER_DIGEST = Histogram("digestbot_items_per_digest", "Items in each digest posted",
                             buckets=(0, 1, 2, 3, 5, 8, 13, 21, 34, 55), registry=REGISTRY)
POLL_ERRORS = Counter("digestbot_poll_errors", "Feed polls that failed", registry=REGISTRY)
POLLS = Counter("digestbot_polls", "Feed polls done", registry=REGISTRY)
OUTBOX_DEPTH = Gauge("digestbot_outbox_queue_depth", "Outbox rows not yet delivered (pending or posting)",
                     registry=REGISTRY)
BUILD_SECONDS = Histogram("digestbot_digest_build_seconds", "Time to build a scheduled digest", registry=REGISTRY)
POST_SECONDS = Histogram("digestbot_post_seconds", "Time to post one outbox row", registry=REGISTRY)
POLL_SECONDS = Histogram("digestbot_poll_round_seconds", "Time of one round of due feed polls", registry=REGISTRY)
LAST_POLL = Gauge("digestbot_last_successful_poll_timestamp_seconds", "When a feed poll last succeeded",
                  registry=REGISTRY)
LAST_POST = Gauge("digestbot_last_successful_post_timestamp_seconds", "When a digest was last posted",
                  registry=REGISTRY)


def last_success(gauge: Gauge) -> float | None:
    """The Unix time a ``LAST_*`` gauge holds, or None when it never happened in this process."""
    value = gauge._value.get()  # prometheus_client has no public read of one gauge
    return value or None


def mark_now(gauge: Gauge, clock: Callable[[], float] = time.time) -> None:
    """Set a ``LAST_*`` gauge to now."""
    gauge.set(clock())
