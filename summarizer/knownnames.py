"""A title before a name the reader was already told: second reference drops it.

"Mexican Health Minister Jose Cordova says ..." -> "Jose Cordova says ..." once the lines told before
named Jose Cordova (none of the name's terms is new to the reader). A name the reader meets for the
first time keeps its title: the title says who the person is. Only a title of one to four words that
ends in a role ("minister", "spokesman", "professor") and opens the sentence or follows a verb of saying
or a preposition goes, never "the minister, Jose Cordova," (an appositive, read elsewhere) nor a title
inside a quotation (the caller protects quotations).
"""
from __future__ import annotations

import re
from typing import Iterator

from summarizer.chunks import ROLES
from summarizer.segments import Edit
from summarizer.text import STOP_WORDS, canon, words

_ROLE = "|".join(sorted(ROLES | {"prime", "professor", "dr", "doctor"}, key=len, reverse=True))
_NAME_WORD = r"(?:(?:van|von|de|der|da|al|el|bin|le|la)\s)?[A-Z][a-z][\w'’-]*"
# One to four title words, each capitalised or a role, the last a role ("Defence lawyer", "WHO Director-General", "U.S. President"), then a
# name of two or three words, each capitalised, none possessive.
_TITLED_NAME = re.compile(
    rf"(?P<title>(?:(?:[A-Z][\w.'’-]*|(?i:{_ROLE}))\s){{0,3}}?(?:[\w.'’]+-)?(?i:{_ROLE})(?:-[\w]+)?)\s"
    rf"(?P<name>[A-Z][a-z][\w'’-]*(?:\s{_NAME_WORD}){{1,2}})(?![\w'’-]|\s[A-Z])")
_BEFORE = frozenset("said says told tells asked by with from to according".split())
_DETERMINERS = frozenset("the a an his her its their this that our my former".split())


def known_title_edits(text: str, keep: set[str]) -> Iterator[Edit]:
    """Deletions of the title before a name none of whose words is new to the reader (``keep`` are the new terms).

    Nothing goes when ``keep`` is empty: the caller tells nothing of what the reader knows."""
    if not keep:
        return
    for m in _TITLED_NAME.finditer(text):
        title, name = m.group("title"), m.group("name")
        tokens = title.split()
        if tokens[0].lower() in _DETERMINERS | STOP_WORDS or any(w.endswith(("'s", "’s")) for w in tokens + [name]):
            continue  # "the former minister X" would leave its determiner; "Kim's brother X" says who X is to Kim
        before = text[:m.start()].rstrip().rsplit(" ", 1)[-1].lower().strip(",")
        if m.start() and (before not in _BEFORE or text[:m.start()].rstrip().endswith(",")):
            continue  # "the new Health Minister X", "Ministry of Health spokesman X": bound to what comes before
        terms = [t for t in (canon(w) for w in words(name)) if t]
        if not terms or any(t in keep for t in terms):
            continue  # a name the reader meets here for the first time keeps its title
        if any(w[:1].isupper() and w.lower() not in ROLES and canon(t) in keep for w in tokens for t in words(w)):
            continue  # "Sanofi Pasteur Chief Executive X": a body or place new to the reader is in the title
        yield Edit(m.start(), m.start("name"), "", 0.1, "known title")

