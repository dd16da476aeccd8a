"""Freed heap pages go back to the operating system after large work (:mod:`bot.core.arena`)."""
from __future__ import annotations

import ctypes
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

import bot.digests
from bot.core import arena
from bot.core.service import Audience, DigestRequest
from enginekit import make_article, service

CHANNEL = Audience("slack:T1:C1")


def _glibc() -> bool:
    try:
        ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return False
    return sys.platform.startswith("linux")


def _rss_pages() -> int:
    return int(Path("/proc/self/statm").read_text().split()[1])


def test_give_back_is_a_bool_and_harmless() -> None:
    kept = [bytes(1000) for _ in range(10)]
    assert isinstance(arena.give_back(), bool)
    assert all(len(b) == 1000 for b in kept)


@pytest.mark.skipif(not _glibc(), reason="glibc's malloc_trim only")
def test_freed_heap_pages_are_returned() -> None:
    # 64 KB blocks come from the heap (below the mmap threshold); the last one pins the heap's top
    blocks = [ctypes.create_string_buffer(64 * 1024) for _ in range(1500)]
    for b in blocks:
        ctypes.memset(b, 1, len(b))
    pin = ctypes.create_string_buffer(64 * 1024)
    arena.give_back()
    before = _rss_pages()
    del blocks
    after_free = _rss_pages()
    assert arena.give_back()
    assert _rss_pages() < after_free - 1000 or after_free < before - 1000  # ~90 MB freed: back to the system
    assert pin.raw[:1] == b"\0"


def test_without_malloc_trim_nothing_is_done(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(arena, "_malloc_trim", lambda: None)
    assert arena.give_back() is False


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    monkeypatch.setattr(bot.digests, "give_back", lambda: calls.append(1) or True)
    monkeypatch.setattr(arena, "give_back", lambda: calls.append(1) or True)
    return calls


def test_a_large_read_gives_back_a_small_one_does_not(monkeypatch: pytest.MonkeyPatch) -> None:
    svc = service()
    start = datetime(2025, 3, 1)
    texts = [f"The council of town number {n} opened a new library on its main square on Monday." for n in range(6)]
    svc.ingest([make_article(t, published=start + timedelta(hours=n)) for n, t in enumerate(texts)],
               channel=CHANNEL.key)
    svc.memory(CHANNEL)
    calls = _counting(monkeypatch)
    svc.build(DigestRequest(CHANNEL))
    assert calls == []  # six articles read
    monkeypatch.setattr(arena, "TRIM_ARTICLES", 5)
    svc.build(DigestRequest(CHANNEL))
    assert calls == [1]


def test_a_restored_memory_gives_back(monkeypatch: pytest.MonkeyPatch) -> None:
    svc = service()
    calls = _counting(monkeypatch)
    svc.memory(CHANNEL)
    assert calls == [1]
    svc.memory(CHANNEL)  # held: nothing restored
    assert calls == [1]
