"""Run a channel's digest job until it posts nothing more: what a caught-up channel is told in all."""
from __future__ import annotations

from typing import Any, Awaitable, Callable, Sequence


async def drain(run: Callable[[], Awaitable[Any]], posts: Callable[[], Sequence[Any]],
                lines: Callable[[Any], list[str]], rounds: int = 5) -> tuple[list[str], bool]:
    """Item lines of every post so far and of each further ``run()``, until a run posts nothing.

    Returns (all item lines told, True when the last run posted nothing within ``rounds``).
    """
    told = [ln for p in posts() for ln in lines(p)]
    for _ in range(rounds):
        before = len(posts())
        await run()
        later = list(posts())[before:]
        told += [ln for p in later for ln in lines(p)]
        if not later:
            return told, True
    return told, False
