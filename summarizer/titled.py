"""An opening title and name ("The commerce secretary, Don Evans, said ..."): the name is the subject, its title an
aside that a headline writes before the name ("Commerce secretary Don Evans said ..."). Used by
:func:`summarizer.compress.edits`.
"""
from __future__ import annotations

import re
from typing import Iterator

from summarizer.chunks import ROLES, SUBORDINATE, has_verb, is_verb
from summarizer.segments import Edit

# "The region's senior water board engineer, Jo Roe, called ...": the name is the subject, its title an aside.
_TITLED = re.compile(r"^(?P<title>(?:[\w'’-]+\s){1,8}?(?P<role>[a-z]+))\s*,\s+(?P<name>[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){1,3}),\s+"
                     r"(?=[a-z])")


def _role_name(title: str, name: str) -> str:
    """A headline's "role Name" for "the title, Name," ("The commerce secretary, Don Evans," -> "Commerce secretary
    Don Evans"): the role tells the reader who an unknown name is. A long or possessive title ("Andersen's Swiss
    spokesman", "Its president") or one whose last word is no role ("The second, Not Just Peanuts,") gives the name
    alone."""
    tokens = title.split()[1:] if title.split()[0].lower() in ("the", "a", "an") else title.split()
    if not tokens or len(tokens) > 3 or tokens[-1].lower() not in ROLES or any(
            t.lower() in ("its", "his", "her", "their") or t.endswith(("'s", "’s")) for t in tokens):
        return name
    role = " ".join(tokens)
    return f"{role[0].upper()}{role[1:]} {name}"


def title_edit(text: str) -> Edit | None:
    """The edit that turns an opening "the title, Name," into "Role Name" (or the name alone) before the verb; None
    when the sentence does not open so, or when the name belongs to a role inside the title ("The wife of the
    president, Hamid Karzai, has ...", "Lawyers representing the founder, Kim, have": the name is the president's,
    not the wife's)."""
    m = _TITLED.match(text)
    if m is None:
        return None
    title, role = m.group("title"), m.group("role")
    headed = title.split()[0].lower() not in SUBORDINATE and (  # not "As the chief, Lay, failed"
        role in ROLES or title.split()[0].lower() in ("the", "its", "their"))
    short_relation = len(title.split()) <= 3 and "'s " in title.replace("’", "'")
    if role in ROLES and re.search(r"\s(?:of|for|to|with|from|at|behind|against)\s+[\w.-]+['’]s\s|\s(?:of|for|to|with|"
                                   r"from|at|behind|against|[a-z]{3,}ing|[a-z]{3,}ed\sby)\s+(?:the|a|an|his|her|its|their)\s", title):
        return None  # "The grip of the country's leader, Kim,": the role is inside the title's complement
    if headed and not short_relation and not has_verb(title) and is_verb(text[m.end():].split(" ", 1)[0]):
        return Edit(0, m.end(), _role_name(title, m.group("name")) + " ", 0.15, "title")
    return None


# Inside a line: "... met the Chinese president, Hu Jintao, in ..." -> "... met Chinese president Hu Jintao in ...": a
# modifier with a capital (a country, a body) before the role, the name of two or three capitalised words after it.
_INNER = re.compile(r"(?<=\s)the\s(?P<role>(?:[A-Z][\w'’-]*\s)(?:[a-z]+\s){0,2}(?P<noun>[a-z]+)),\s(?P<name>[A-Z][a-z][\w'’-]*"
                    r"(?:\s[A-Z][\w'’-]+){1,2})(?P<end>,(?=\s(?P<verb>[a-z]+)\b)|(?=[.,]))")


def inner_title_edits(text: str) -> Iterator[Edit]:
    """The edits that write "the Chinese president, Hu Jintao," inside a line as a headline's "Chinese president Hu
    Jintao": the same words, less "the" and the commas; only a role (:data:`summarizer.chunks.ROLES`) with a
    capitalised modifier and no possessive, the closing comma only before the name's verb ("..., Hu Jintao, said") and
    when no comma before it may open an aside the comma closes;
    never inside a list (", the Brazilian president, Dilma Rousseff, and"), whose commas tell its items apart."""
    for m in _INNER.finditer(text):
        role, before, after = m.group("role"), text[:m.start()].rstrip(), text[m.end("name"):]
        if m.group("noun") not in ROLES or re.search(r"['’]s\b", role) or before.endswith(","):
            continue
        if m.group("verb") and not is_verb(m.group("verb")) or _LIST_GOES_ON.match(after):
            continue  # "embarrassed the president, Kim, on the eve of ...": the comma is where a cut may end the line
        end = m.end() if "," not in before and "(" not in before else m.end("name")  # ", who met the president, Kim, urged"
        yield Edit(m.start(), end, f"{role} {m.group('name')}", 0.0, "title")  # keeps a comma that closes an outer aside


_LIST_GOES_ON = re.compile(r",\s+(?:and|or|followed|as\s+well\s+as)\b|,\s+(?:the\s)?[A-Z]")
