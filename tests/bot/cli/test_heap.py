"""The replay's garbage-collector pace (bot.cli.heap): set inside the block, restored after, output alike."""
from __future__ import annotations

import gc
from contextlib import nullcontext

import pytest

from bot.cli import heap
from bot.cli.heap import GEN0_THRESHOLD, steady_heap
from bot.cli.replay import run_replay
from bot.digests import Digests
from summarizer.engine import EngineConfig
from summarizer.ingest import make_article
from summarizer.models import Article, Digest


def test_inside_the_block_young_collections_are_rarer() -> None:
    before = gc.get_threshold()
    with steady_heap():
        assert gc.get_threshold() == (max(GEN0_THRESHOLD, before[0]), before[1], before[2])
        assert gc.get_threshold()[0] > 700
    assert gc.get_threshold() == before


def test_the_pace_is_restored_when_the_block_fails() -> None:
    before = gc.get_threshold()
    try:
        with steady_heap(threshold=50_000):
            raise RuntimeError("a step failed")
    except RuntimeError:
        pass
    assert gc.get_threshold() == before


def _told() -> list[list[str]]:
    articles = [make_article("Dam fails above Lowmere\nThe river authority said 1,200 homes in Lowmere were flooded "
                             "after the dam failed.", name="a", source="Ledger"),
                make_article("Lowmere dam inquiry\nThe Lowmere county council opened an inquiry into the dam failure "
                             "with 3 independent engineers.", name="b", source="Ledger")]
    told: list[list[str]] = []

    def emit(key: str, label: str, batch: list[Article], service: Digests, digest: Digest) -> None:
        told.append([i.text for i in digest.items])

    run_replay(articles, "article", EngineConfig(), emit)
    return told


def test_a_replay_tells_the_same_whatever_the_collector_pace(monkeypatch: pytest.MonkeyPatch) -> None:
    paced = _told()
    monkeypatch.setattr(heap, "steady_heap", nullcontext)  # Python's default pace
    assert paced == _told() and any(paced)


def test_the_heap_is_frozen_at_exit_once_registered() -> None:
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]

    script = ("import gc, atexit\n"
              "from bot.cli.heap import steady_heap\n"
              "n = atexit._ncallbacks()\n"
              "with steady_heap():\n    pass\n"
              "with steady_heap():\n    pass\n"
              "assert atexit._ncallbacks() == n + 1\n"
              "atexit._run_exitfuncs()\n"
              "print(gc.get_freeze_count() > 0)\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                         cwd=root, env={**os.environ, "PYTHONPATH": str(root)})
    assert out.stdout.strip() == "True"
