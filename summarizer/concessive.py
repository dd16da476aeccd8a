"""An opening "However" that is no connective: "However much it costs, ...", "However the vote goes today, ...".

"However," with its comma links a sentence to the one before, so a headline drops it. Without the comma, before a
degree word or a clause that a comma closes ahead of the main clause, it means "no matter how": the clause it opens
concedes, and dropping the word leaves a sentence that says the opposite ("The vote goes ..., the
mayor will stay") or none at all. Nothing here is about a given site or story.
"""
from __future__ import annotations

import re

from summarizer.chunks import has_verb
from summarizer.trimmers import clause_opens

# Degree words "however" modifies as "no matter how": "However much", "However long it takes".
_DEGREE = frozenset("""much many long hard far often bad good big small great little high low large strong
    fast slow well badly early late soon close deep""".split())
_SUBJECTS = frozenset("i we you he she it they there".split())
_DETERMINERS = frozenset("the a an this that these those its his her their our my".split())
_BARE = re.compile(r"However\s+(?P<next>[A-Za-z]+)")


def concessive_however(text: str) -> bool:
    """True when ``text`` opens on a "However" without a comma that means "no matter how" (a degree word follows,
    or a clause with a verb that a comma closes before a main clause)."""
    m = _BARE.match(text)
    if m is None:
        return False
    if m.group("next").lower() in _DEGREE:
        return True
    head, comma, tail = text[m.start("next"):].partition(", ")
    if not comma or not (has_verb(head) or m.group("next").lower() in _SUBJECTS):
        return False
    first = tail.split(" ", 1)[0].lower()
    return clause_opens(tail) is True or first in _SUBJECTS | _DETERMINERS and has_verb(tail.split(",", 1)[0])
