"""Hedge-Trimmer candidates for long plain sentences: trailing clauses a headline leaves out.

- a purpose clause: "... so that fighters can be treated", "..., in a bid to win back voters";
- an "as" clause with a subject and a finite verb of its own and no comma: "... support as it enters talks with X";
- a participial aside led by an irregular participle: "..., thought to be boosting support for the rebels";
- a summary appositive that comments on the whole clause: "..., a move that analysts said would anger Beijing";
- and, at the other end, an opening phrase before a subject that holds an aside or a list, or one bound to a span of
  time (:mod:`summarizer.leadphrase`).

Each is a candidate only: :func:`summarizer.compress.trim` applies the cheapest that keeps every figure, the
quotations and the main clause's finite verb, and a trailing clause goes only when it names no one and no number
the reader has not been told (:func:`summarizer.cutguards.trailing_told`).
"""
from __future__ import annotations

import re
from typing import Iterator

from summarizer.chunks import NEEDS_PLACE, PRESENT, SUBORDINATE, is_verb
from summarizer.leadphrase import lead_edits
from summarizer.lexicon import FINITE_AUX_LIST, alternation
from summarizer.mainclause import main_verbs
from summarizer.quotes import quote_spans
from summarizer.segments import Edit

_END = r"(?=[.!?]?[\"”’']?$)"
_PURPOSE = re.compile(r"(?:,\s+|\s+)(?:so\s+that|in\s+order\s+(?:not\s+)?to|so\s+as\s+(?:not\s+)?to|in\s+(?:a|an)\s+(?:bid|"
                      r"effort|attempt)\s+to|with\s+the\s+(?:aim|intention|goal|purpose|hope)\s+of)\s[^;:“”\"]{8,}?" + _END)
# The subject may be a quantity ("as more tests came back negative") or a bare plural ("as officials urged"); not a name,
# often the actor the sentence is about ("a whirlwind rolled in as Jobs revealed his plans").
_AS_CLAUSE = re.compile(r"\s+as\s+(?P<rest>(?:it|he|she|they|we|the|a|an|his|her|its|their|more|most|many|some|several|other|"
                        r"few|fewer|both|all|[a-z]{3,}[^s\W]s)\s[^,;:“”\"]{6,}?)" + _END)
# Words "as" is bound to: "the same time as the ...", "as well as", "such as", "so long as", "known as".
_AS_BOUND = frozenset("same time such so as soon long much many far well just known seen regarded described come comes came "
                      "coming we they you us them".split())  # "come as X fell", "we as users": bound, an apposition
# Verbs whose object takes an "as" complement: "portray Andersen as a company that ...", "named him as its chief".
_AS_VERBS = re.compile(r"(?:portray|describ|depict|regard|view|treat|consider|paint|present|cast|brand|label|nam|appoint|elect|"
                       r"identif|classif|characteri[sz]|dismiss|hail|rank|recogni[sz]|remember|install|nominat|designat|"
                       r"tout|position|frame|style|reappoint|see|saw|seen|(?:mis)?represent|disguis|sell|sold|market|"
                       r"recast|reclassif)(?:e|es|ed|d|s|ing|ies|ied|y)?", re.I)  # not nouns too ("list", "record")
_AS_BEFORE = re.compile(r"\bas\s+[\w'’-]+(?:\s+[\w'’-]+)?$", re.I)  # "as good as the ...": a comparison
# A second main clause joined by "and" with no comma: "... found no evidence and the file had been passed to X".
# A name after "and" is too often a list's last item ("A, B and C were"); a subject pronoun or determiner is not.
_AND_CLAUSE = re.compile(r"(?<=[\w'’)])\s+and\s+(?P<rest>(?:the|a|an|his|her|its|their|this|these|those|some|many|most|he|she"
                         r"|they|it|we)\s[^,;:“”\"]{6,}?)" + _END)
# Not a clause: a noun with a reduced relative ("and the millions lost by savers") or a subject with a phrase or
# clause of its own ("and the scandal of Enron were", "and an explosion that damaged"), likely part of a subject.
_REDUCED = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}?(?:[a-z]+(?:ed|en)|lost|made|held|set|built|paid|sold|hit|cut|won)\s+(?:by|in|"
                      r"at|on|for|to|from|with|outside|inside|near|during|since|after|across|as)\b|(?:[\w'’-]+\s+){1,3}(?:of|in|on|at|for|from|with|by|that|which|who)\s")
# A trailing vague time a headline leaves out: "in the 1980s", "in the early 1960s", "in the past", "at the time", "in
# recent years", "in the coming weeks"; not a bare year ("in 1992" dates the event) nor "by", "until" or "since".
_VAGUE_TIME = re.compile(r"\s+(?:in|during|over|at)\s+(?:the\s+)?(?:(?:(?:early|late|mid)[\s-]+)?(?:1[89]|20)?\d0['’]?s|past|future|"
                         r"meantime|long\s+run|(?:recent|coming|following|next|past|last)\s+(?:few\s+)?(?:years|months|"
                         r"weeks|days|decades))" + _END)
_BE = frozenset("is was are were be been being".split())
_PARTICIPLE = re.compile(r",\s+(?:(?:widely|largely|long|once|now|still|generally)\s+)?(?:thought|said|known|seen|"
                         r"understood|believed|expected|considered|regarded|reported)\s+(?:to|as)\s[^;:“”\"]{3,}?" + _END)
_RESUMED = re.compile(r",\s+(?:[a-z]{3,}ed|" + alternation(FINITE_AUX_LIST) + r")\s")
_SUMMARY = re.compile(r",\s+(?:a|an|the)\s+(?:move|decision|step|development|sign|blow|setback|measure|gesture|reversal|"
                      r"charge|claim|allegation|accusation)\s+(?:that|which|seen|widely|likely|expected)\b[^;:“”\"]{3,}?" + _END)


def _verb_after(rest: str) -> bool:
    """True when ``rest`` opens a clause of its own: a subject of at most four words, then a finite verb that is no
    adjective ("a party determined to", "a gifted administrator"), and no second verb after an "and" or "but" that
    may belong to the main clause ("as it fought the Soviets and understands ...")."""
    verbs = main_verbs(rest)
    if not verbs or len(rest[:verbs[0]].split()) > 4 or re.match(r"[a-z]+ed\s+to\b", rest[verbs[0]:]):
        return False
    parts = re.split(r"\s(?:and|but)\s", rest, maxsplit=1)
    first = (parts[1].split()[:1] or [""])[0].lower() if len(parts) == 2 else ""
    return not first or not (is_verb(first) or first in PRESENT or main_verbs(parts[1])
                             or (first.endswith("s") and not first.endswith("ss") and len(first) > 3))


def _and_clauses(text: str) -> Iterator[Edit]:
    """A second main clause after "and" (no comma): a subject of a pronoun or a determined noun, then a finite verb
    with something after it; no figure in it (the figures are the facts), no "between X and Y", and the head keeps
    a finite verb outside an opening subordinate piece ("..., as some French and Belgian papers have hinted")."""
    for at in re.finditer(r"\s+and\s", text):
        m = _AND_CLAUSE.match(text, at.start())
        if not m:
            continue
        head, rest = text[:m.start()], m.group("rest")
        verbs = main_verbs(rest)
        piece = head.rsplit(",", 1)[-1]
        opening = piece.split()[:1]
        if (not verbs or not _verb_after(rest) or not main_verbs(head) or re.search(r"\d", rest)
                or len(rest[verbs[0]:].split()) < 2 or _REDUCED.match(rest)
                or re.search(r"\b(?:between|both)\s[^,;]*$", head, re.I)
                or (opening and opening[0].lower() in SUBORDINATE and not main_verbs(piece))):
            continue
        yield Edit(m.start(), m.end(), "", 0.8, "conjunct")


def reduction_edits(text: str) -> Iterator[Edit]:
    """The trailing-clause deletions this module proposes for ``text`` (never one that starts in a quotation), and the
    opening phrases :func:`summarizer.leadphrase.lead_edits` proposes."""
    yield from lead_edits(text)
    quotes = quote_spans(text)
    found: list[Edit] = []
    for m in _PURPOSE.finditer(text):
        found.append(Edit(m.start(), m.end(), "", 0.5, "purpose"))
    a = _AS_CLAUSE.search(text)
    before = text[:a.start()].rsplit(" ", 1)[-1].lower() if a else ""
    if (a and before not in _AS_BOUND and not before.endswith("ing") and not is_verb(before)  # "acting as", "served as"
            and not _AS_BEFORE.search(text[:a.start()]) and _verb_after(a.group("rest"))
            and not is_verb(a.group("rest").split(" ", 1)[0].lower())  # "as was expected": no subject
            and not any(_AS_VERBS.fullmatch(w) for w in text[:a.start()].split()[-4:-1])):  # "portray X as ..."
        found.append(Edit(a.start(), a.end(), "", 0.55, "clause"))
    found.extend(_and_clauses(text))
    t = _VAGUE_TIME.search(text)
    prev = [w.lower() for w in text[:t.start()].split()[-3:]] if t else []
    passive = bool(prev) and is_verb(prev[-1]) and any(w in _BE for w in prev[:-1])  # "laws that were developed"
    if t and prev and prev[-1] not in NEEDS_PLACE | _BE | {"place"} and not passive:
        found.append(Edit(t.start(), t.end(), "", 0.4, "time"))  # not "took place in the 1990s", "was in the past"
    for pattern in (_PARTICIPLE, _SUMMARY):
        for m in pattern.finditer(text):
            if not _RESUMED.search(m.group(0), 1):  # "said Kim, believed to be abroad, remained a suspect": it resumes
                found.append(Edit(m.start(), m.end(), "", 0.4, "clause"))
    yield from (e for e in found if not any(s <= e.start < t for s, t in quotes))
