"""A stand-in for ../shared/bench/score_days.py's tokeniser and n-gram recall, for benchmark tests on made-up days."""
from __future__ import annotations

import re
from collections import Counter
from types import SimpleNamespace


def _tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _recall(system: list[str], refs: list[str], n: int) -> float:
    grams = Counter(zip(*[system[i:] for i in range(n)]))
    vals = []
    for ref in refs:
        words = _tokens(ref)
        r = Counter(zip(*[words[i:] for i in range(n)]))
        if r:
            vals.append(sum(min(c, grams[g]) for g, c in r.items()) / sum(r.values()))
    return sum(vals) / len(vals) if vals else 0.0


SCORE_DAYS = SimpleNamespace(tokens=_tokens, recall=_recall)
