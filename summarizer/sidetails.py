"""A side clause at the end of a long line: a contrast the main clause does not need.

"Ecuador is too small to be a threat, though its ties to China might raise questions" -> "Ecuador is too small to
be a threat". A trailing clause led by a concessive or contrastive subordinator (", though", ", although", ", even
though", ", while", ", whereas") after a complete main clause adds a second, lesser statement: a headline keeps the
first. It may go even when it names someone new (unlike other trailing clauses, :func:`summarizer.cutguards.
trailing_told`), but only while the line is long (its cost is that of the edits kept for long lines), never when it
holds a quotation, a comma or a digit, and only when it tells at most half as many new
terms as the clause that stays (:func:`side_kept`): the line's fact must be in what is left.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from summarizer.chunks import AUX, PAST_FORMS, TIME_HEADS, has_main_verb
from summarizer.lexicon import FINITE_AUX_LIST, SAID, SAY_WORDS, alternation
from summarizer.mainclause import resumes_main
from summarizer.quotes import quote_spans
from summarizer.spans import inside
from summarizer.segments import Edit
from summarizer.text import canon, words

SIDE_COST = 0.75  # at least 0.7: tried only while a line is well over its goal (compress.LONG_ONLY)
SIDE_SHARE = 0.5  # the side clause tells at most this share of the new terms that stay
# A trailing clause to the end, with no comma, quotation, semicolon, colon, dash or bracket in it: after a comma any of the
# subordinators below; without one only those that rarely close a phrase the verb needs (not "as", "since", "until").
_LEADS = r"(?:even\s+)?though|although|while|whereas|after|when|because|amid|despite"
_LEAD = re.compile(rf"(?:,\s+(?:{_LEADS}|as)|\s+(?:{_LEADS}))\s+")
_BODY = re.compile(r"[^,\"“”‘’;:—–()]+?\s*[.!?]?")  # no comma: ", officials say", ", but had ..." would go with it
_DIGIT = re.compile(r"\d")
# A second verb of the main clause after the side clause: "... after the merger and said he wanted ...".
_RESUMES = re.compile(r"\s(?:and|but|or)\s+(?:[a-z]+ed|" + alternation(SAID, ("added", "adds", "went", "made", "took", "gave"),
                                                                  FINITE_AUX_LIST) + r")\b")
_MIN_HEAD = 40  # characters of main clause before the side clause
# Words a trailing clause is bound to: "at a time when", "in part because", "the day after".
# Prepositions that take a whole clause as their object: "a say over when and how ...", "worries about whether ...".
CLAUSE_OBJECT = frozenset("over about upon against through without toward towards".split())
_BOUND = frozenset("time times moment point day week month year hour period stage case place up right least part not "
                   "so of in on at by for from with to into second seconds minute -".split()) | CLAUSE_OBJECT  # "a second after"


# Words a "when" clause completes as its object, an indirect question: "did not say when it would happen".
WH_OBJECT_HEADS = SAY_WORDS - {"tells"} | frozenset(
    "tell know knew known ask asked asks explain explained reveal revealed disclose disclosed specify specified decide "
    "decided determine determined wonder wondered unclear clear sure certain remember recall understand predict "
    "predicted confirm confirmed indicate indicated discuss discussed learn learned idea".split())
# A contrast after a subordinate clause that speaks of the main clause: "display products before launch but X does not".
TURN = re.compile(r"\bbut\b")


def bound_clause(before: str, clause: str) -> bool:
    """True when a trailing subordinate ``clause`` after the word ``before`` may not go alone: a "when" clause that is
    the object of a verb of saying or knowing, a clause that runs on into a contrast with "but", or the second half of a
    noun repeated ("hit after hit", "year after year")."""
    head, second = clause.lstrip(" ,").split()[:1], clause.lstrip(" ,").split()[1:2]
    return (head == ["when"] and before in WH_OBJECT_HEADS or bool(TURN.search(clause))
            or head in (["after"], ["upon"]) and bool(second) and second[0].lower().strip(",.;") == before)


# A disputed claim reported in a clause, up to the phrase in question: "argued (that) most goods were ordered".
_CLAIM = re.compile(r"\b(?:argue[ds]?|claim(?:s|ed)?|insist(?:s|ed)?|maintain(?:s|ed)?|contend(?:s|ed)?|den(?:y|ies|ied)|"
                    r"testif(?:y|ies|ied)|suggest(?:s|ed)?)(?:\s+that)?\s[^,;:“”\"]*$", re.I)  # a disputed claim, not "said"
_RATHER = re.compile(r"\b(?:rather\s+than|instead\s+of)\s+(?:[a-z]+ing|[a-z]+)$", re.I)  # "rather than act", "instead of waiting"


# A wait for what a "before" or "until" clause tells: "it will be months, perhaps a decade, before ...".
_WAIT = re.compile(r"\b(?:be|take|takes|took|taken)\b[^.;:!?]{0,30}?\b(?:years|months|weeks|days|decades|hours|generations?|"
                   r"long|a\s+while|some\s+time)\b[^.;:!?]{0,40}$", re.I)


def timed_point(before: str, clause: str) -> bool:
    """True when a trailing "before" or "after" phrase after ``before`` is what the line says: it follows "rather than
    <verb>" ("plan for floods, rather than act after the damage") or ends a reported claim right after its verb
    ("argued that the parts were shipped before a March deal"): without it the claim says nothing. A "before" or
    "until" clause after a wait ("it will be years before ...") is what the wait is for."""
    lead = clause.lstrip(" ,").split()[:1]
    if lead in (["before"], ["until"]) and _WAIT.search(before):
        return True
    if lead not in (["before"], ["after"]) or has_main_verb(clause) or clause.lstrip().startswith(","):
        return False  # a clause, or a phrase set off by a comma: an adjunct, not what the verb needs
    head = before.rstrip()
    if _RATHER.search(head):
        return True
    last = head.rsplit(" ", 1)[-1].lower()
    return bool(_CLAIM.search(head)) and (last.endswith("ed") or last in PAST_FORMS)


def side_edits(text: str) -> Iterator[Edit]:
    """The deletion of a trailing side clause after a complete main clause, when there is one."""
    for m in _LEAD.finditer(text):
        before = text[:m.start()].rsplit(" ", 1)[-1].lower()
        if (m.start() < _MIN_HEAD or not _BODY.fullmatch(text, m.end()) or len(text[m.end():].split()) < 3
                or _DIGIT.search(text, m.end()) or before in TIME_HEADS | AUX | _BOUND
                or before.endswith("ly") or before[:1].isdigit() or bound_clause(before, text[m.start():])):
            continue  # a short head or clause, a figure or a year (it may date or size the news), or a clause bound
            # to the word before ("hours after", "just when")
        if _RESUMES.search(text, m.end()) or resumes_main(text[m.start():]):
            continue  # "... after the merger and said he ...", "... when it began are revealing": the main clause goes on
        head = text[:m.start()]
        if len(re.findall(r"[\"“”]", head)) % 2 or not has_main_verb(head) or re.search(r"\bnot\s+only\b", head, re.I):
            continue  # an open quotation the clause belongs to, no main clause before it, or "not only ... but"
        yield Edit(m.start(), len(text.rstrip(" .!?")), "", SIDE_COST, "side")
        return


def new_terms(text: str, keep: set[str]) -> int:
    """How many distinct terms of ``text`` are new to the reader (in ``keep``)."""
    return len({c for c in (canon(w) for w in words(text)) if c} & keep)


def side_kept(text: str, e: Edit, keep: Iterable[str]) -> bool:
    """True when deleting the side clause ``text[e.start:e.end]`` leaves the line's news: the clause tells at most
    :data:`SIDE_SHARE` of the new terms the main clause keeps."""
    new = set(keep)
    return new_terms(text[e.start:e.end], new) <= SIDE_SHARE * new_terms(text[:e.start] + text[e.end:], new)


# "not only X" waits for its "but (also) Y" (outside quotations): a cut between them leaves half a pair. Not "not just"
# nor a contrast after a comma (", not just Jo Roe, but he remains ..."): a phrase of its own, whose "but" is another's.
_NOT_ONLY = re.compile(r"(?<!,\s)\bnot\s+only\s+", re.I)


def _open_pairs(text: str) -> list[re.Match[str]]:
    """The "not only" of ``text`` with no "but" after them, outside quotations."""
    spans = quote_spans(text)
    return [m for m in _NOT_ONLY.finditer(text) if not inside(m.start(), spans) and not re.search(r"\bbut\b", text[m.end():])]


def half_pair(out: str, source: str) -> bool:
    """True when ``out``, a cut of ``source``, keeps a "not only" of ``source`` but loses the "but" that answers it:
    "X not only apologised, and blamed the storm, but also paid" cut to "X not only apologised"."""
    return len(_open_pairs(out)) > len(_open_pairs(source))


def mend_pair(out: str, source: str) -> str:
    """``out`` without the "not only" whose "but" a cut of ``source`` took: "X not only apologised" -> "X apologised"
    (what is left is still true; the line tells one half of the pair, not half a sentence)."""
    if not half_pair(out, source):
        return out
    for m in reversed(_open_pairs(out)):
        rest = out[m.end():]
        if rest.split(" ", 1)[0] in AUX:
            continue  # "Not only did X ...": an inverted clause has no plain form to fall back on
        out = out[:m.start()] + (rest[:1].upper() + rest[1:] if m.start() == 0 else rest)
    return out
