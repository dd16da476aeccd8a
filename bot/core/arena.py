"""Free heap pages given back to the operating system after work that freed much of it.

glibc's allocator keeps memory that was freed inside its heap: only the free space at the top of the
heap is returned on its own, so a digest that read hundreds of articles, or a channel memory that was
restored and then dropped, leaves megabytes of free pages resident behind objects that live on.
``malloc_trim(0)`` hands every whole free page back (``madvise``), wherever it lies; the objects and
what is computed are untouched, only the resident size shrinks. Where the C library has no such call
(musl, macOS, Windows) :func:`give_back` does nothing.
"""
from __future__ import annotations

import ctypes
import sys
from functools import lru_cache
from typing import Any

TRIM_ARTICLES = 100  # a digest that read at least this many articles gives its freed heap back


@lru_cache(maxsize=1)
def _malloc_trim() -> Any:
    """glibc's ``malloc_trim`` of this process, or None where the C library lacks it."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim = ctypes.CDLL(None).malloc_trim  # the C library this process already runs on
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def give_back() -> bool:
    """Return the heap's whole free pages to the operating system; True when any were returned (False
    as well where the C library has no ``malloc_trim``)."""
    trim = _malloc_trim()
    return bool(trim(0)) if trim is not None else False


def after_read(articles: int) -> None:
    """After a digest that read ``articles`` articles: :func:`give_back` when they were :data:`TRIM_ARTICLES` or more."""
    if articles >= TRIM_ARTICLES:
        give_back()
