"""How precisely a figure is written, and when two figures are one value told at two precisions.

"452" is "450" told roundly and "48.6%" is "49%", but "128" is no "125" and "50.4%" no "50.8%": a value is told again
only when the more precise, rounded to the other's precision (its trailing zeros, or its decimals as written), is the
other (:func:`rounds_alike` for counts, :func:`shares_alike` for shares).
"""
from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # facts imports this module; the type is only needed for checking
    from summarizer.facts import Quantity

__all__ = ["rounds_alike", "shares_alike"]

_DECIMALS = re.compile(r"\d\.(\d+)")


def shares_alike(a: Quantity, b: Quantity) -> bool:
    """True when two shares are one value at the precision of the less precise (its decimals as written): "48.6%" is
    "49%" told roundly, but "50.4%" is no "50.8%" (both precise to a tenth) and "48.6%" no "50%". Decimals one last
    digit apart are one value too: outlets round or cut a result ("33.55%" is told "33.6%" and "33.5%")."""
    places = min(len(m.group(1)) if (m := _DECIMALS.search(q.raw)) else 0 for q in (a, b))
    scale = 10 ** places
    return abs(math.floor(a.low * scale + 0.5) - math.floor(b.low * scale + 0.5)) <= (1 if places else 0)


def rounds_alike(a: float, b: float) -> bool:
    """True when the more precise of two whole numbers, rounded to the other's precision (its trailing zeros), is the
    other: "452" is "450" told roundly, "2,004" is "2,000", but "128" is no "125" (both precise to the one)."""
    if a != int(a) or b != int(b):
        return True  # "1.5 million" against "1.52 million": the ratio decides
    step = max(_step(int(a)), _step(int(b)))
    return (int(a) + step // 2) // step == (int(b) + step // 2) // step


def _step(n: int) -> int:
    """The precision of a whole number: 10 to the power of its trailing zeros (1,000 for 12,000; 1 for 215)."""
    step = 1
    while n and n % (step * 10) == 0:
        step *= 10
    return step
