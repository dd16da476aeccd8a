"""What an article tells about its own sentences, kept within one analysis: their language and inherited places.

An article gives its sentences context the sentence text alone does not carry: the language they
are read in (:func:`summarizer.latin.register`) and the place their unplaced figures inherit
(:func:`summarizer.placecontext.register`). That context belongs to the article, so it is recorded
in a :class:`Scope` that lives for one analysis (one digest, one remembering, one article analysed at
ingest), never in a process-wide map keyed by text: two workspaces whose feeds share a sentence's
wording never lend each other an article's context. :func:`analysis_scope` opens a scope (or keeps
the one already open); code that opens none (a script, a test) records in one bounded scope of its
own, as before. :func:`context_key` names a sentence's context, so that caches of what is read from
a sentence (:func:`summarizer.memory.features`) are keyed by the text *and* its context.
"""
from __future__ import annotations

import functools
import threading
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, TypeVar, cast

V = TypeVar("V")
F = TypeVar("F", bound=Callable[..., Any])
RECORDED = 200_000  # texts an unscoped record remembers (the oldest are forgotten first)


@dataclass
class Scope:
    """The context articles give their sentences within one analysis."""

    languages: dict[str, str] = field(default_factory=dict)  # sentence text -> its article's language
    places: dict[str, tuple[frozenset[str], float]] = field(default_factory=dict)  # -> inherited places, sureness
    eras: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)  # -> names its article dates (name, year)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    # What was registered last (summarizer.sentences: an article's sentences), None after any other record:
    # registering the same thing again right after would leave every entry and their order as they are.
    last: object = field(default=None, repr=False)

    def record(self, languages: Iterable[tuple[str, str]] = (),
               places: Iterable[tuple[str, tuple[frozenset[str], float]]] = (), limit: int = RECORDED,
               eras: Iterable[tuple[str, tuple[tuple[str, str], ...]]] = ()) -> None:
        """Record the language, inherited places and dated names of an article's sentences (a later article's win)."""
        with self.lock:
            self.last = None
            _put(self.languages, languages, limit)
            _put(self.places, places, limit)
            _put(self.eras, eras, limit)


def _put(target: dict[str, V], pairs: Iterable[tuple[str, V]], limit: int) -> None:
    """Set ``pairs`` in ``target`` as its newest entries, then forget the oldest beyond ``limit``."""
    for text, value in pairs:
        target.pop(text, None)
        target[text] = value
    while len(target) > limit:
        del target[next(iter(target))]


_CURRENT: ContextVar[Scope | None] = ContextVar("article_scope", default=None)
_UNSCOPED = Scope()  # for code that opens no scope (scripts, tests)
# For the hottest readers (a word list is read some 10^5 times a replay): ``(SCOPE.get() or UNSCOPED)`` is
# :func:`current` without its call.
SCOPE, UNSCOPED = _CURRENT, _UNSCOPED


def current() -> Scope:
    """The scope of the analysis running in this thread or task (the unscoped record when none is open)."""
    return _CURRENT.get() or _UNSCOPED


@contextmanager
def analysis_scope() -> Iterator[Scope]:
    """Open a fresh scope for one analysis, closed on exit; inside an open scope, that one is kept."""
    open_scope = _CURRENT.get()
    if open_scope is not None:
        yield open_scope
        return
    token = _CURRENT.set(Scope())
    try:
        yield _CURRENT.get() or _UNSCOPED
    finally:
        _CURRENT.reset(token)


def scoped(fn: F) -> F:
    """``fn`` run in an analysis scope (:func:`analysis_scope`): a method that reads articles for one audience."""
    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> Any:
        with analysis_scope():
            return fn(*args, **kwargs)
    return cast(F, run)


def context_key(text: str) -> str:
    """A name of the context the current scope gives ``text`` ("" when none): its language and inherited places."""
    scope = _CURRENT.get() or _UNSCOPED  # current(), inlined
    lang = scope.languages.get(text, "")
    given, sure = scope.places.get(text, (frozenset(), 0.0))
    dated = scope.eras.get(text, ())
    if not lang and not given and not dated:
        return ""
    return f"{lang}|{','.join(sorted(given))}|{sure!r}" + (f"|{dated!r}" if dated else "")
