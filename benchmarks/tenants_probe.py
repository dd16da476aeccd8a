"""What limits the tenants benchmark: CPU seconds per process, how busy the machine was, what PostgreSQL
backends waited on (Linux ``/proc``; standard library and one SQL query)."""
from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

from sqlalchemy import Engine, text

TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _stat(pid: int) -> list[str] | None:
    """The fields of ``/proc/<pid>/stat`` after the command name (field 3 onwards); None if it is gone."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return raw[raw.rindex(")") + 2:].split()


def cpu_seconds(pid: int, *, children: bool = False) -> float:
    """User + system CPU seconds of a live process (plus its waited-for children's); 0 if it is gone."""
    f = _stat(pid)
    if f is None:
        return 0.0
    ticks = int(f[11]) + int(f[12]) + (int(f[13]) + int(f[14]) if children else 0)
    return ticks / TICK


def tree_cpu_seconds(root: int) -> float:
    """CPU seconds of a server process and its children, live and exited (e.g. a postmaster and its backends)."""
    total = cpu_seconds(root, children=True)
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            f = _stat(int(entry.name))
            if f is not None and int(f[1]) == root:
                total += (int(f[11]) + int(f[12])) / TICK
    return total


def machine_ticks() -> tuple[int, int]:
    """(busy, total) CPU ticks of the whole machine since boot (``/proc/stat``)."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return sum(fields) - idle, sum(fields)


def busy_share(before: tuple[int, int], after: tuple[int, int]) -> float:
    """The share of the machine's CPU time that was busy between two :func:`machine_ticks`."""
    total = after[1] - before[1]
    return (after[0] - before[0]) / total if total else 0.0


def postmaster_pid(data_dir: Path) -> int | None:
    """The pid of the server running on ``data_dir`` (first line of ``postmaster.pid``)."""
    try:
        return int((data_dir / "postmaster.pid").read_text().split("\n", 1)[0])
    except (OSError, ValueError):
        return None


def sample_waits(admin: Engine, database: str, into: Counter[str]) -> None:
    """Count what each busy backend of ``database`` is doing now: waiting (the wait event), running
    (``CPU``), or ``idle in transaction`` (its client holds a transaction open while it works itself)."""
    q = text("SELECT CASE WHEN state = 'active' THEN coalesce(wait_event_type || ':' || wait_event, 'CPU') "
             "ELSE state END FROM pg_stat_activity "
             "WHERE datname = :db AND state IN ('active', 'idle in transaction') AND pid <> pg_backend_pid()")
    with admin.connect() as conn:
        for (what,) in conn.execute(q, {"db": database}):
            into[str(what)] += 1


def top_waits(counts: Counter[str], n: int = 3) -> str:
    """The ``n`` most sampled states of busy backends, as shares (``CPU 60%, Lock:tuple 25%``)."""
    total = sum(counts.values())
    if not total:
        return "-"
    return ", ".join(f"{what} {100 * k / total:.0f}%" for what, k in sorted(counts.items(), key=lambda i: (-i[1], i[0]))[:n])
