"""Cyclic garbage collection paused around bulk work that makes many long-lived, acyclic objects.

An ingest or a memory restore makes some 10^5 objects (sentence features, cached analyses) that nearly
all outlive it and hold no cycles; the collections their allocations trigger traverse every tracked
object again and again, the caches included, and find almost nothing (some 1,100 cyclic objects in a
400-article ingest). Pausing them for the duration changes no result: objects are freed by reference
counting as before, and the few cycles are collected by the next collection after.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def paused_gc() -> Iterator[None]:
    """Automatic cyclic garbage collection off inside the block, back on after it if it was on before."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
