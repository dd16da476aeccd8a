"""An article's analysis, made once when it is ingested: its sentences with their terms and facts.

:func:`analyse` splits an article and computes each sentence's :class:`~summarizer.memory.Features`
(what :class:`~summarizer.memory.Memory` indexes and novelty reads); :func:`dumps` and :func:`loads`
turn them into JSON and back, exactly (floats round-trip, dict order is kept), so a memory
restored from stored analyses holds what one built from text holds, without splitting or
extracting anything again. Loaded features are shared by every memory holding the sentence.

:data:`VERSION` is a hash of the code that decides an analysis: the source of this module and of
every engine module it imports, directly or not (:func:`modules`), and the versions of the
libraries those read word lists, stemmers and parsers from (:data:`LIBRARIES`). A stored analysis
made by other such code is stale (an extraction rule may have changed) and is made again from the
text; an edit elsewhere in the engine (ranking, condensing, novelty matching) keeps stored analyses.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from importlib import metadata
from pathlib import Path
from sys import intern
from typing import Any, Sequence

from summarizer.articlescope import analysis_scope
from summarizer.dayfacts import DayFact
from summarizer.facts import Quantity
from summarizer.interning import shared_set, shared_terms
from summarizer.memory import Features, features, shared, wording
from summarizer.models import Article
from summarizer.sentences import article_texts
from summarizer.slots import Slot

_TYPES: dict[str, type] = {"Q": Quantity, "D": DayFact, "S": Slot}
_TAGS = {cls: tag for tag, cls in _TYPES.items()}
_FIELDS = {cls: tuple(f.name for f in dataclasses.fields(cls)) for cls in _TYPES.values()}  # read once, not per value


# Libraries whose data or code the analysed modules read (tests/summarizer/test_analysis_version.py checks
# that every third-party import of those modules is one of them).
LIBRARIES = ("blingfire", "ftfy", "numpy", "py3langid", "PyStemmer", "python-dateutil", "regex", "sumy", "text2num",
             "wordfreq")
_IMPORT = re.compile(r"^\s*(?:from\s+summarizer\.(\w+)\s+import|import\s+summarizer\.(\w+)"
                     r"|from\s+summarizer\s+import\s+(?:\(([^)]*)\)|([\w ,]+)))", re.M)
_GUARD = re.compile(r"^( *)if TYPE_CHECKING:.*\n((?:\1 +.*\n|\n)+)", re.M)  # imports for type checkers only


def imported(source: str) -> list[str]:
    """The engine modules ``source`` imports at run time (``if TYPE_CHECKING:`` blocks aside), sorted."""
    runtime = _GUARD.sub("", source)
    found = set()
    for module, imported_module, listed, names in _IMPORT.findall(runtime):
        found.update([module or imported_module] if module or imported_module else
                     [n.split()[0] for n in (listed or names).split(",") if n.strip()])  # "import a as b, c"
    return sorted(found)


def modules(root: Path | None = None, start: str = "analysis") -> list[Path]:
    """The files of module ``start`` of the engine package at ``root`` and of every engine module it imports,
    directly or not, sorted by name."""
    folder = root or Path(__file__).resolve().parent
    found: dict[str, Path] = {}
    todo = [start]
    while todo:
        name = todo.pop()
        path = folder / f"{name}.py"
        if name in found or not path.is_file():
            continue
        found[name] = path
        todo.extend(imported(path.read_text(encoding="utf-8")))
    return [found[name] for name in sorted(found)]


def code_version(root: Path | None = None) -> int:
    """A 31-bit hash of the source of :func:`modules` and of the versions of :data:`LIBRARIES`."""
    h = hashlib.blake2b(digest_size=4)
    for path in modules(root):
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    for library in LIBRARIES:
        h.update(f"{library}=={metadata.version(library)}".encode())
    return int.from_bytes(h.digest(), "big") >> 1


VERSION = code_version()


def analyse(article: Article) -> list[Features]:
    """The features of every sentence of ``article``, in order (what a memory learns of it), read in the
    context the article gives them (in a scope of their own unless an analysis is running)."""
    with analysis_scope():
        return [features(text) for text, _ in article_texts(article)]


def _encode(value: Any) -> Any:
    """A JSON value for a fact field: dataclasses tagged, frozensets sorted, tuples as lists."""
    tag = _TAGS.get(type(value))
    if tag is not None:
        return {"@": tag, "v": [_encode(getattr(value, name)) for name in _FIELDS[type(value)]]}
    if isinstance(value, frozenset):
        return {"s": sorted(value)}
    if isinstance(value, tuple):
        return [_encode(v) for v in value]
    return value


def _decode(value: Any) -> Any:
    """The inverse of :func:`_encode`; every string interned and every string set shared (a figure's unit, clause
    stems and places recur across sentences: one object each, as :func:`summarizer.interning.shared_terms` does
    for terms)."""
    if isinstance(value, str):
        return intern(value)
    if isinstance(value, dict):
        if "@" in value:
            return _TYPES[value["@"]](*(_decode(v) for v in value["v"]))
        return shared_set(value["s"])
    if isinstance(value, list):
        return tuple(_decode(v) for v in value)
    return value


def dumps(sentences: Sequence[Features]) -> str:
    """JSON of an article's analysis: per sentence its wording hash, text, terms, figures, days, quotations' terms
    and the context its article gave it."""
    return json.dumps([[wording(f.text), f.text, f.terms, _encode(f.quantities), _encode(f.days), list(f.quotes),
                        f.context] for f in sentences], ensure_ascii=False, separators=(",", ":"))


def loads(data: str) -> list[tuple[int, Features]]:
    """The (wording hash, features) pairs :func:`dumps` wrote; a sentence some memory already holds is that
    memory's (shared) when read in the same context."""
    out: list[tuple[int, Features]] = []
    for key, text, terms, quantities, days, quotes, context in json.loads(data):
        f = shared(text, context=context)
        if f is None:
            terms = shared_terms(terms)  # one object per distinct term and weight (summarizer.interning)
            f = Features(text, terms, sum(terms.values()) or 1.0, _decode(quantities), _decode(days),
                         tuple(shared_terms(q) for q in quotes), intern(context))  # few distinct contexts
            shared(text, f, context)
        out.append((key, f))
    return out
