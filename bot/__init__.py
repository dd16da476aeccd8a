"""digestbot's service: chat adapters, scheduler, command line and store around the engine (:mod:`summarizer`).

Process start: numpy's BLAS thread pools only burn CPU on the engine's small matrices (LexRank on at most
40 sentences per story), the same wall time for some 40 % more CPU on a shared machine, so every process
that imports ``bot`` runs them on one thread, unless its environment chose otherwise. Set here, before
numpy loads (the engine loads it lazily), not in the engine: a library does not set its host's threads.
"""
from __future__ import annotations

import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
