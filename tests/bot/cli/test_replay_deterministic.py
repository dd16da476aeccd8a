"""The replay is deterministic: two runs (different hash seeds, fresh processes) give identical bytes."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def _replay(seed: str, every: str) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    out = subprocess.run([sys.executable, "-m", "bot.cli", "replay", "--jsonl", "--every", every,
                          *sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))],
                         cwd=ROOT, env=env, capture_output=True, check=True, timeout=300)
    return out.stdout


def test_two_replays_are_byte_identical() -> None:
    first = _replay("1", "article")
    assert first.count(b"\n") == 5 and b'"items": [{' in first
    assert _replay("2", "article") == first
    assert _replay("3", "day") == _replay("4", "day")
