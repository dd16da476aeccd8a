"""Patterns built from a word at run time, found without recompiling them on every call.

``re`` keeps 512 compiled patterns and drops the oldest when full: a pattern built per word ("\\bapproved\\b")
costs a compile (~0.3 ms) nearly every time, and pushes the module-level patterns out of that cache too.
:func:`find_word` finds a whole word with plain string search (the same span ``re.search`` gives);
:func:`compiled` keeps other run-time patterns compiled, bounded and process-local, keyed by their source.
"""
from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=8192)
def compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, kept (a pure function of its arguments)."""
    return re.compile(source, flags)


def word_char(c: str) -> bool:
    """What ``\\w`` matches in a ``str`` pattern: a Unicode letter or digit, or the underscore."""
    return c.isalnum() or c == "_"


def find_word(text: str, word: str) -> tuple[int, int] | None:
    """The span of ``re.search(rf"\\b{re.escape(word)}\\b", text)``, or None.

    A word that begins and ends with a word character (as every word of :func:`summarizer.text.words` does) is
    found with ``str.find``: a boundary before it is a non-word character or the text's start, after it a non-word
    character or its end. Any other ``word`` is searched with the pattern itself (kept compiled)."""
    if not word or not (word_char(word[0]) and word_char(word[-1])):
        m = compiled(rf"\b{re.escape(word)}\b").search(text)
        return m.span() if m else None
    n, at = len(word), text.find(word)
    while at >= 0:
        end = at + n
        if (at == 0 or not word_char(text[at - 1])) and (end == len(text) or not word_char(text[end])):
            return at, end
        at = text.find(word, at + 1)
    return None
