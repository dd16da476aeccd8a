"""Where resident memory goes: RSS after each phase of a :mod:`benchmarks.scale` run, then what each holder gives back.

    PYTHONPATH=. python benchmarks/memory_phases.py STORE.db [--probes N] [--whole] [--crowd 100] [--trace]

``STORE.db``: a SQLite store built by :func:`benchmarks.scale_store.build` (``scale.py --keep DIR`` leaves
``DIR/scale-N.db``); it is copied first (never changed). The phases are those of ``scale.one_run``: the story
index restored, two channel memories, a reader's bounded ``/digest`` (3 times), with ``--whole`` the same
digest reading all 500 unseen articles, ``--probes`` held-out articles ingested and delivered one by one
(the newest of ``../shared/bench``), a newcomer's first digest and ``--crowd`` more channel memories. After
each phase: RSS as it is, after ``gc.collect()`` and after glibc's ``malloc_trim(0)`` (memory freed but kept
by the allocator is not a holder); with ``--trace``, tracemalloc's top lines by growth (slow: 3-5x).
Then the holders are dropped one at a time (channel memories, the held sentence texts of
:mod:`bot.db.analyses`, every engine ``lru_cache``, the unscoped record of :mod:`summarizer.articlescope`,
the story and template indexes): what RSS each gives back is what it held.
"""
from __future__ import annotations

import argparse
import ctypes
import functools
import gc
import shutil
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any, Callable, Sequence

if __package__ in (None, ""):  # run as a script: import from the project root, not benchmarks/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

from benchmarks.common import SHARED  # noqa: E402
from benchmarks.scale import corpus  # noqa: E402
from benchmarks.scale_store import CHANNEL, CROWD_PREFIX, NEWCOMER, READER, SECOND, UNSEEN  # noqa: E402


class Phases:
    """Prints RSS (and tracemalloc's top growth) at the end of each phase."""

    def __init__(self, trace: bool) -> None:
        """``trace``: also snapshot tracemalloc (started here) at each phase."""
        self.trace = trace
        self.libc = ctypes.CDLL("libc.so.6")
        self.last: tracemalloc.Snapshot | None = None
        if trace:
            tracemalloc.start(1)

    @staticmethod
    def rss() -> float:
        """Resident memory now, MB."""
        return int(Path("/proc/self/statm").read_text().split()[1]) * 4096 / 2**20

    def __call__(self, name: str) -> None:
        """Report the phase ``name`` just ended."""
        now = self.rss()
        gc.collect()
        collected = self.rss()
        self.libc.malloc_trim(0)
        print(f"{name:<34} rss {now:7.1f}  after gc {collected:7.1f}  after trim {self.rss():7.1f} MB", flush=True)
        if self.trace:
            snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
            stats: Sequence[Any] = (snap.compare_to(self.last, "lineno") if self.last else snap.statistics("lineno"))
            for st in stats[:10]:
                frame = st.traceback[0]
                grew = getattr(st, "size_diff", st.size)
                print(f"    {grew / 2**20:+7.2f} MB (now {st.size / 2**20:6.2f}, {st.count:>7} blocks) "
                      f"{frame.filename}:{frame.lineno}", flush=True)
            self.last = snap


def run(store: Path, probes: int, whole: bool, crowd: int, trace: bool) -> None:
    """The phases on a copy of ``store`` (see the module docstring)."""
    phase = Phases(trace)
    phase("start")
    from bot.core.service import Audience, DigestRequest
    from bot.db import analyses
    from bot.db.store import Store
    from bot.digests import Digests
    from summarizer import articlescope
    phase("imports")
    held = corpus(SHARED)[-probes:] if probes else []  # the corpus read and dropped: its pages stay resident
    phase(f"{probes} probe articles read")
    with tempfile.TemporaryDirectory(prefix="digestbot-memory-") as tmp:
        copy = Path(tmp) / "store.db"
        shutil.copyfile(store, copy)
        svc = Digests(Store(f"sqlite:///{copy}"))
        phase("stories restored")
        for key in (CHANNEL, SECOND, READER):
            svc.memory(Audience(key))
            phase(f"memory of {key}")
        reader = Audience(READER)
        for _ in range(3):
            svc.build(DigestRequest(reader))
        phase("reader's /digest x3 (bounded)")
        if whole:
            bounds = svc.backlog_articles, svc.backlog_days
            svc.backlog_articles, svc.backlog_days = UNSEEN, 100_000
            start = time.perf_counter()
            svc.build(DigestRequest(reader))
            svc.backlog_articles, svc.backlog_days = bounds
            phase(f"/digest reading all {UNSEEN} ({time.perf_counter() - start:.0f} s)")
        channel = Audience(CHANNEL)
        for article in held:
            svc.ingest([article], channel=CHANNEL)
            svc.mark_delivered(channel, svc.build(DigestRequest(channel)))
        phase(f"{probes} probes ingested, delivered")
        svc.build(DigestRequest(Audience(NEWCOMER), max_items=10))
        phase("newcomer's first digest")
        marks = []
        for n in range(crowd):
            svc.memory(Audience(f"{CROWD_PREFIX}{n}"))
            marks.append(phase.rss())
        print(f"  RSS after each tenth crowd channel: {[round(m) for m in marks[9::10]]}")
        phase(f"{crowd} more channel memories")
        caches = _lru_caches()
        print(f"  engine lru caches: {len(caches)}, entries {sum(c.cache_info().currsize for c in caches):,}")
        drops: list[tuple[str, Callable[[], object]]] = [
            ("dropped: channel memories", lambda: _drop_memories(svc)),
            ("dropped: held sentence texts", analyses._SENTENCES.clear),
            ("dropped: engine lru caches", lambda: [c.cache_clear() for c in caches]),
            ("dropped: unscoped record", lambda: _clear(articlescope._UNSCOPED)),
            ("dropped: stories, templates", lambda: _drop_indexes(svc))]
        for name, drop in drops:
            drop()
            svc._warm = []
            phase(name)


def _drop_memories(svc: Any) -> None:
    """Forget the service's cached channel memories and built articles."""
    svc._memories.clear()
    svc._built.clear()


def _lru_caches() -> list[Any]:
    """Every ``functools.lru_cache`` at module level in the engine and the bot."""
    found = {}
    for name, module in list(sys.modules.items()):
        if name.split(".")[0] in ("summarizer", "bot"):
            for obj in list(vars(module).values()):
                if isinstance(obj, functools._lru_cache_wrapper):  # not hasattr: SQLAlchemy's ``func`` has any name
                    found[id(obj)] = obj
    return list(found.values())


def _clear(scope: Any) -> None:
    """Empty an :class:`summarizer.articlescope.Scope`."""
    print(f"  unscoped record: {len(scope.languages):,} languages, {len(scope.places):,} places, {len(scope.eras):,} eras")
    scope.languages.clear(), scope.places.clear(), scope.eras.clear()


def _drop_indexes(svc: Any) -> None:
    """Replace the service's story and template indexes by empty ones."""
    from summarizer.stories import StoryIndex
    from summarizer.templates import TemplateIndex
    svc.engine.stories, svc.engine.templates = StoryIndex(), TemplateIndex()


def main(argv: Sequence[str] | None = None) -> int:
    """Command line."""
    ap = argparse.ArgumentParser(description="Resident memory per phase of a scale run, and per holder.")
    ap.add_argument("store", type=Path, help="a SQLite store built by benchmarks.scale_store.build")
    ap.add_argument("--probes", type=int, default=30, help="held-out articles ingested one by one (default 30)")
    ap.add_argument("--whole", action="store_true", help=f"also the /digest reading all {UNSEEN} unseen articles")
    ap.add_argument("--crowd", type=int, default=100, help="further channel memories restored (default 100)")
    ap.add_argument("--trace", action="store_true", help="tracemalloc's top growth per phase (slow)")
    args = ap.parse_args(argv)
    if not args.store.is_file():
        print(f"memory_phases: no store at {args.store}", file=sys.stderr)
        return 2
    run(args.store, args.probes, args.whole, args.crowd, args.trace)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
