"""An article's analysis, made once when it is ingested: its sentences with their terms and facts.

:func:`analyse` splits an article and computes each sentence's :class:`~summarizer.memory.Features`
(what :class:`~summarizer.memory.Memory` indexes and novelty reads); :func:`dumps` and :func:`loads`
turn them into JSON and back, exactly (floats round-trip, dict order is kept), so a memory
restored from stored analyses holds what one built from text holds, without splitting or
extracting anything again. Loaded features are shared by every memory holding the sentence.

:data:`VERSION` is a hash of the engine's source: a stored analysis made by other code is
stale (an extraction rule may have changed) and is made again from the text.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path
from typing import Any, Sequence

from summarizer.facts import DayFact, Quantity
from summarizer.memory import Features, features, shared, wording
from summarizer.models import Article
from summarizer.sentences import article_sentences
from summarizer.slots import Slot

_TYPES: dict[str, type] = {"Q": Quantity, "D": DayFact, "S": Slot}
_TAGS = {cls: tag for tag, cls in _TYPES.items()}


def _code_version() -> int:
    """A 31-bit hash of every engine module's source (any change makes stored analyses stale)."""
    h = hashlib.blake2b(digest_size=4)
    for path in sorted(Path(__file__).resolve().parent.glob("*.py")):
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    return int.from_bytes(h.digest(), "big") >> 1


VERSION = _code_version()


def analyse(article: Article) -> list[Features]:
    """The features of every sentence of ``article``, in order (what a memory learns of it)."""
    return [features(s.text) for s in article_sentences(article)]


def _encode(value: Any) -> Any:
    """A JSON value for a fact field: dataclasses tagged, frozensets sorted, tuples as lists."""
    tag = _TAGS.get(type(value))
    if tag is not None:
        return {"@": tag, "v": [_encode(getattr(value, f.name)) for f in dataclasses.fields(value)]}
    if isinstance(value, frozenset):
        return {"s": sorted(value)}
    if isinstance(value, tuple):
        return [_encode(v) for v in value]
    return value


def _decode(value: Any) -> Any:
    """The inverse of :func:`_encode`."""
    if isinstance(value, dict):
        if "@" in value:
            return _TYPES[value["@"]](*(_decode(v) for v in value["v"]))
        return frozenset(value["s"])
    if isinstance(value, list):
        return tuple(_decode(v) for v in value)
    return value


def dumps(sentences: Sequence[Features]) -> str:
    """JSON of an article's analysis: per sentence its wording hash, text, terms, figures, days and quotations' terms."""
    return json.dumps([[wording(f.text), f.text, f.terms, _encode(f.quantities), _encode(f.days), list(f.quotes)]
                       for f in sentences], ensure_ascii=False, separators=(",", ":"))


def loads(data: str) -> list[tuple[int, Features]]:
    """The (wording hash, features) pairs :func:`dumps` wrote; a sentence some memory already holds is that
    memory's (shared)."""
    out: list[tuple[int, Features]] = []
    for key, text, terms, quantities, days, quotes in json.loads(data):
        f = shared(text)
        if f is None:
            f = Features(text, terms, sum(terms.values()) or 1.0, _decode(quantities), _decode(days), tuple(quotes))
            shared(text, f)
        out.append((key, f))
    return out
