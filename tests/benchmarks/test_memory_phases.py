"""benchmarks/memory_phases.py: its holder list and its refusal of a missing store."""
from __future__ import annotations

import functools
from pathlib import Path

from benchmarks import memory_phases
from summarizer.memory import wording


def test_a_missing_store_is_refused(tmp_path: Path) -> None:
    assert memory_phases.main([str(tmp_path / "none.db")]) == 2


def test_engine_lru_caches_are_found_and_nothing_else() -> None:
    import bot.db.statements  # noqa: F401  (SQLAlchemy's func answers any attribute: it must not be taken for a cache)

    caches = memory_phases._lru_caches()
    assert any(c is wording for c in caches)
    assert all(isinstance(c, functools._lru_cache_wrapper) for c in caches)
