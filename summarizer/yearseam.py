"""A caption that ends on a year, run into the lead after it: "The singer died in 2009 Ada Roe said ...".

A picture caption often closes on when ("... died in June 2009"); flattened into text it loses its stop, and the lead
that follows opens on a name and its verb. :func:`year_seam` cuts there when the left part is a clause of its own
(it opens with a capital, not on a subordinator, and has a finite verb that no reporting verb or subordinator left open), the year closes an
"in [Month] YEAR" phrase that no "and", "but" or "that" ties to what follows ("... and in 2000 Enron was ...",
"He adds that in 2003 Roe used ..."), and one to three capitalised words and a finite verb come after it.
"""
from __future__ import annotations

import re

from summarizer import gluewords as W
from summarizer.lexicon import CLAUSE_SUBORDINATORS, MONTHS
from summarizer.runon import clause_state, core_word, finite, quote_open

_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_TIES = frozenset("and but or that which who when while as if because so yet".split())
# A left part that opens on a subordinator is the subordinate clause of the sentence it runs into ("When Jo Roe was
# elected in 1960 Al Bee turned down ...": a comma left out, not a stop).
_NOT_NAMES = W.PRONOUNS | frozenset("The A An In On At For From By With After Before As When While If But And Or So Yet "
                                    "This That These Those Its I Here What Who Why How Where Which".split())


def _name_verb(tokens: list[str], i: int) -> bool:
    """One to three capitalised words from ``i`` and then a finite verb ("Ada Roe said", "Acme Films is"), or a name's
    possessive and up to three lower-case words before it ("Norland's only known bear has been ...")."""
    for j in range(i, min(i + 3, len(tokens))):
        word = tokens[j]
        owner = word.endswith(("'s", "’s")) and j + 1 < len(tokens)
        name = word[:-2] if owner else word
        if not (name.isalpha() and name[:1].isupper() and name[1:].islower()) or name in _NOT_NAMES:
            return False
        rest = [core_word(t) for t in tokens[j + 1:j + 5]] if owner else [core_word(tokens[j + 1]) if j + 1 < len(tokens) else ""]
        for after in rest:
            if not after.islower():
                break
            if finite(after) or after in W.FINITE:
                return True
        if owner:
            return False
    return False


def year_seam(tokens: list[str], i: int) -> bool:
    """True when a caption ending "in [Month] YEAR" before ``tokens[i]`` runs into a lead with a name subject."""
    if i < 4 or not _YEAR.fullmatch(tokens[i - 1]) or not _name_verb(tokens, i):
        return False
    k = i - 2 if tokens[i - 2] == "in" else i - 3 if tokens[i - 2] in MONTHS and tokens[i - 3] == "in" else 0
    if k < 2 or tokens[k - 1].lower() in _TIES or tokens[k - 1].endswith((",", ";", ":")):
        return False
    left = [core_word(t) for t in tokens[:k]]
    low = [w.lower() for w in left]
    return left[0][:1].isupper() and low[0] not in CLAUSE_SUBORDINATORS and not quote_open(tokens[:k]) and clause_state(low, past=True) != "open" \
        and any(finite(w) for w in low[1:])
