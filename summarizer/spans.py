"""Character spans of a text: whether a position falls inside one of them."""
from __future__ import annotations

from typing import Iterable


def inside(pos: int, spans: Iterable[tuple[int, int]]) -> bool:
    """True when ``pos`` lies in one of the half-open ``spans`` (``start <= pos < end``)."""
    for start, end in spans:  # a loop, not a generator: asked some 10^5 times a replay
        if start <= pos < end:
            return True
    return False
