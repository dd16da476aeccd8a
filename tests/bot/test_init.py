"""bot/__init__.py: a process that imports ``bot`` runs numpy's BLAS on one thread, unless its environment chose."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_VARS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def _run(code: str, **env: str) -> str:
    base = {k: v for k, v in os.environ.items() if k not in _VARS}
    out = subprocess.run([sys.executable, "-c", code], env={**base, **env, "PYTHONPATH": str(ROOT)},
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()


def test_importing_bot_sets_one_blas_thread_before_numpy_loads() -> None:
    code = ("import bot, os, numpy; a = numpy.ones((200, 200)); a @ a; "
            "print(os.environ['OPENBLAS_NUM_THREADS'], len(os.listdir('/proc/self/task')) if os.path.isdir('/proc/self/task') else 1)")
    assert _run(code) == "1 1"


def test_a_chosen_thread_count_is_kept() -> None:
    assert _run("import bot, os; print(os.environ['OPENBLAS_NUM_THREADS'])", OPENBLAS_NUM_THREADS="3") == "3"


def test_the_engine_alone_leaves_the_environment_alone() -> None:
    assert _run("import os, summarizer; print(os.environ.get('OPENBLAS_NUM_THREADS', '-'))") == "-"
