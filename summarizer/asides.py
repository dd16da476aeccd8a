"""Opening clauses and participial asides of a comma piece (read by :mod:`summarizer.segments`).

A sentence may open with a clause before its subject ("When ...", "Speaking ..."), and a verbless subject may carry
one participial aside ("The talks, held behind closed doors, ended"): the word after the aside's closing comma is then
the subject's verb, not a participle.
"""
from __future__ import annotations

import re

from summarizer.chunks import NOT_PARTICIPLE, SUBORDINATE, has_verb

# An -ed word after a determiner or a possessive modifies the noun after it ("the alleged remarks", "Kim's disputed
# win"): it is no verb of the subject.
_ATTRIBUTIVE = re.compile(r"\b((?:the|a|an|his|her|its|their|our|this|these|those|[\w-]+['’]s)\s+)[a-z]+ed\b", re.I)


def opening_clause(word: str) -> bool:
    """True when a sentence opening with ``word`` (lower case) opens with a clause before its subject: a
    subordinator ("When", "After") or a participle ("Speaking", "Asked" is left out: "Asked" also heads a
    question's report)."""
    return word in SUBORDINATE or (word.endswith("ing") and len(word) > 5 and word not in NOT_PARTICIPLE)


# Past participles not spelt -ed/-en that open a participial aside ("The talks, held behind closed doors, ended").
IRREGULAR_PARTICIPLES = frozenset("held made built set known born led kept hit sent paid sold won shot caught brought bought "
                                   "found told put run cut left lost struck thought drawn grown thrown flown given taken written "
                                   "chosen".split())  # not "shown", "seen": a caption's "X, shown here in May,"


def participle_aside(head: str) -> bool:
    """True when ``head`` is a verbless subject and one participial aside after its comma ("The talks, held behind
    closed doors at a hotel"): an -ed word after the aside's closing comma is the subject's verb, not a participle."""
    pieces = head.split(",")
    first = pieces[-1].split()[:1] if len(pieces) == 2 else []
    return bool(first) and first[0].islower() and not has_verb(_ATTRIBUTIVE.sub(r"\1", pieces[0])) and (
        first[0].endswith(("ed", "en")) and len(first[0]) > 4 or first[0] in IRREGULAR_PARTICIPLES)
