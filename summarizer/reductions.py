"""Hedge-Trimmer candidates for long plain sentences: trailing clauses a headline leaves out.

- a purpose clause: "... so that fighters can be treated", "..., in a bid to win back voters";
- an "as" clause with a subject and a finite verb of its own and no comma: "... support as it enters talks with X";
- a participial aside led by an irregular participle: "..., thought to be fuelling support for the Taliban";
- a summary appositive that comments on the whole clause: "..., a move that analysts said would anger Beijing".

Each is a candidate only: :func:`summarizer.compress.trim` applies the cheapest that keeps every figure, the
quotations and the main clause's finite verb, and a trailing clause goes only when it names no one and no number
the reader has not been told (:func:`summarizer.cutguards.trailing_told`).
"""
from __future__ import annotations

import re
from typing import Iterator

from summarizer.chunks import PRESENT, is_verb
from summarizer.mainclause import main_verbs
from summarizer.quotes import quote_spans
from summarizer.segments import Edit

_END = r"(?=[.!?]?[\"”’']?$)"
_PURPOSE = re.compile(r"(?:,\s+|\s+)(?:so\s+that|in\s+order\s+(?:not\s+)?to|so\s+as\s+(?:not\s+)?to|in\s+(?:a|an)\s+(?:bid|"
                      r"effort|attempt)\s+to|with\s+the\s+(?:aim|intention|goal|purpose|hope)\s+of)\s[^;:“”\"]{8,}?" + _END)
_AS_CLAUSE = re.compile(r"\s+as\s+(?P<rest>(?:it|he|she|they|we|the|a|an|his|her|its|their)\s[^,;:“”\"]{6,}?)" + _END)
# Words "as" is bound to: "the same time as the ...", "as well as", "such as", "so long as", "known as".
_AS_BOUND = frozenset("same time such so as soon long much many far well just known seen regarded described".split())
_AS_BEFORE = re.compile(r"\bas\s+[\w'’-]+(?:\s+[\w'’-]+)?$", re.I)  # "as good as the ...": a comparison
_PARTICIPLE = re.compile(r",\s+(?:(?:widely|largely|long|once|now|still|generally)\s+)?(?:thought|said|known|seen|"
                         r"understood|believed|expected|considered|regarded|reported)\s+(?:to|as)\s[^;:“”\"]{3,}?" + _END)
_SUMMARY = re.compile(r",\s+(?:a|an|the)\s+(?:move|decision|step|development|sign|blow|setback|measure|gesture|reversal|"
                      r"charge|claim|allegation|accusation)\s+(?:that|which|seen|widely|likely|expected)\b[^;:“”\"]{3,}?" + _END)


def _verb_after(rest: str) -> bool:
    """True when ``rest`` opens a clause of its own: a subject of at most four words, then a finite verb that is no
    adjective ("a party determined to", "a gifted administrator"), and no second verb after an "and" or "but" that
    may belong to the main clause ("as it fought the Soviets and understands ...")."""
    verbs = main_verbs(rest)
    if not verbs or len(rest[:verbs[0]].split()) > 4 or re.match(r"[a-z]+ed\s+to", rest[verbs[0]:]):
        return False
    parts = re.split(r"\s(?:and|but)\s", rest, maxsplit=1)
    first = (parts[1].split()[:1] or [""])[0].lower() if len(parts) == 2 else ""
    return not first or not (is_verb(first) or first in PRESENT or main_verbs(parts[1])
                             or (first.endswith("s") and not first.endswith("ss") and len(first) > 3))


def reduction_edits(text: str) -> Iterator[Edit]:
    """The trailing-clause deletions this module proposes for ``text`` (never one that starts in a quotation)."""
    quotes = quote_spans(text)
    found: list[Edit] = []
    for m in _PURPOSE.finditer(text):
        found.append(Edit(m.start(), m.end(), "", 0.5, "purpose"))
    a = _AS_CLAUSE.search(text)
    before = text[:a.start()].rsplit(" ", 1)[-1].lower() if a else ""
    if (a and before not in _AS_BOUND and not before.endswith("ing") and not is_verb(before)  # "acting as", "served as"
            and not _AS_BEFORE.search(text[:a.start()]) and _verb_after(a.group("rest"))):
        found.append(Edit(a.start(), a.end(), "", 0.55, "clause"))
    for pattern in (_PARTICIPLE, _SUMMARY):
        for m in pattern.finditer(text):
            found.append(Edit(m.start(), m.end(), "", 0.4, "clause"))
    yield from (e for e in found if not any(s <= e.start < t for s, t in quotes))
