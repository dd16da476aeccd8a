"""A relative clause its writer left open: the main clause goes on inside what looks like its last comma piece.

"X said the Daily Roe, which printed the papers had withdrawn its story." reads, to a comma splitter, as a trailing
relative clause ", which printed the papers had withdrawn its story", and deleting it leaves "X said the Daily Roe.",
a line that says something else. The piece gives itself away: after the relative's own verb ("printed") comes a second
finite verb phrase, an auxiliary and a participle ("had withdrawn"), with no conjunction, relative, subordinator or verb
of saying between them: the relative clause closed before it (its comma missing) and what follows is the main
clause's. A verb of saying or thinking just before the auxiliary ("which police said had been stolen") or a "to"
("which is due to have been completed") or a pronoun ("which sold the shares it had owned": a clause of its own
inside the relative) leaves it a relative clause. Read by :func:`summarizer.segments.segment_edit`.
"""
from __future__ import annotations

import re

from summarizer.chunks import is_verb
from summarizer.lexicon import CLAUSE_SUBORDINATORS, QUOTE_VERBS

_RELATIVE = frozenset("which who whom whose".split())
_AUX = frozenset("had has have was were is are".split())
_LINKS = CLAUSE_SUBORDINATORS | _RELATIVE | frozenset("and or but nor so than that what where why how whether to".split())
_THINK = frozenset(QUOTE_VERBS) | frozenset("say says believe believed believes think thought thinks feared fear "
                                            "alleged allege claimed claim reported reportedly".split())
_MODALS = frozenset("will would shall should can could may might must".split())
# Nouns a clause follows with no relative word ("the way records were made", "the night Jo was killed"): that clause's
# auxiliary is its own, not the main clause's.
_HEADS = frozenset("way ways time times day days night moment year years week month place reason point extent".split())
# Verbs whose object may be a clause with no "that" ("which meant the team was forced", "which suggested X had been").
_COMPLEMENT = frozenset("meant means suggested suggests showed shows indicated indicates found finds knew knows felt "
                        "hoped hopes noted notes".split())
_DETERMINERS = frozenset("the a an his her its their this that these those".split())
_PREPOSITIONS = frozenset("of in on at from by for with about over under into onto after before during since "
                          "against between through".split())
_PRONOUNS = frozenset("i you he she it we they".split())  # "which sold the shares it had owned": a clause of its own
_PARTICIPLE = re.compile(r"[a-z]+(?:ed|en|wn|ne)$|been$")


def unclosed_relative(piece: str) -> bool:
    """True when ``piece`` (a comma piece opening on a relative word: "which printed the papers had withdrawn its
    story") holds, after its own verb, an auxiliary and a participle that only the main clause can own."""
    toks = [t.lower().strip("“”\"'‘’(),.;:!?") for t in piece.split()]
    if not toks or toks[0] not in _RELATIVE:
        return False
    own = next((i for i, t in enumerate(toks[1:], 1) if t in _AUX or t in _MODALS or is_verb(t)), None)
    if own is None or toks[own] in _THINK | _MODALS | _COMPLEMENT or toks[own].endswith("ing"):
        return False  # "who said Jo was tired", "who would have won": the rest is the relative's own
    for j in range(own + 1, len(toks) - 1):
        t = toks[j]
        if t in _LINKS or t in _THINK or t in _MODALS:
            return False  # "which printed papers that had ...", "which police said had been stolen"
        if t in _AUX and j > own + 1 and _PARTICIPLE.match(toks[j + 1]) and toks[j - 1] not in _AUX | _PRONOUNS and not (
                _HEADS & set(toks[max(own + 1, j - 4):j])) and not _contact(toks, own, j):
            return True
    return False


def _contact(toks: list[str], own: int, j: int) -> bool:
    """True when the words before the auxiliary at ``j`` are a noun phrase right after a noun, not after a
    preposition: "the money the donors have given" is a clause of its own on "money"."""
    det = next((k for k in range(j - 1, own, -1) if toks[k] in _DETERMINERS), None)
    return det is not None and det - 1 > own and toks[det - 1] not in _PREPOSITIONS and not is_verb(toks[det - 1])
