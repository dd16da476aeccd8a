"""The tense of a sentence's main verb, read against its article's day: a told past, a present of state, or news.

The time cues of :mod:`summarizer.anchor` catch a dated past ("in 1991", "was born", "has long"); an explainer or a
profile is as often told with no time cue at all, in the present of state ("Another ridge is 40 km long",
"The country depends on foreign aid", "There are 9 river ports"), and a retrospective in the simple past with
no anchor in the last days ("The first hearing closed without a verdict"). News is told with a reporting verb, a plan,
an anchor in the last days, or an event now (a progressive "are searching", a present perfect "has begun").
:func:`tense` tells the three apart with regular expressions; :func:`summarizer.backdrop.cues` reads it, with how
deep after the lead the sentence stands (:func:`depth`).
"""
from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from summarizer.anchor import anchor
from summarizer.lexicon import SAY, alternation

# Who says it: a report of statements is news-shaped whatever its tense.
_SAID = re.compile(r"\b(?:" + alternation(SAY) + r"|saying|according to|announced|confirmed|reported|added|stated|"
                   r"testified|ruled|warned|insisted|denied|claimed|alleged)\b", re.I)
_FUTURE = re.compile(r"\b(?:will|shall|would|plans? to|is (?:due|set|expected|going) to|are (?:due|set|expected|"
                     r"going) to|tomorrow|next (?:week|month|year))\b", re.I)
# A present of state: a copula, possession or a general activity ("is 40 km long", "There are 9 river ports",
# "The country depends on foreign aid").
_PRESENT = re.compile(r"\b(?:is|are|has|have|remains?|includes?|depends?|carries|carry|lives?|means?|requires?|"
                      r"contains?|lies|owns|holds|oppose|opposes|covers?|consists?)\b", re.I)
# An event in the present: a progressive ("are searching", "is on his way") or a present perfect of an action
# ("has begun", "have arrested"): what is happening now, not a state.
_HAPPENING = re.compile(r"\b(?:(?:is|are) (?:\w+ly |still |now |currently )?(?:being )?[a-z]{2,}ing|"
                        r"(?:is|are) on (?:its|his|her|their) way|"
                        r"(?:has|have) (?:\w+ly |already |now |just )?(?:been )?(?!been\b)"
                        r"[a-z]+(?:ed|en|wn|un|ne|ught|ade|ent|ung|ot)|"
                        r"(?:has|have) (?:\w+ly |already |now |just )?(?:begun|won|hit|cut|put|set|led|met|left|lost|"
                        r"made|paid|sent|held))\b", re.I)
# The simple past of a told story: a regular past ("used", "waited", "tried"; not "need", "hundred") or a common
# irregular one; a passive or a perfect has one too ("was killed", "had gone").
PAST = re.compile(r"\b(?:(?!hundred\b)[a-z]+[^e\W]ed|[a-z]+ied|was|were|had|did|went|came|saw|got|made|took|gave|"
                   r"knew|met|left|began|became|won|lost|ran|wrote|sang|spent|felt|kept|found|held|led|paid|sold|"
                   r"brought|bought|thought|taught|told|said|built|sent|stood|fell|grew|drew|flew|threw|wore|broke|"
                   r"spoke|chose|drove|rode|rose|hid|fought|caught|sat|lay|heard|meant|dealt|struck|shot|fled|sought|quit)\b")
DEPTH = 20  # body sentences after the lead at which depth() is 1
NARRATIVE, GENERIC, NEWS = "narrative", "generic", "news"


@lru_cache(maxsize=20_000)
def tense(text: str, published: datetime | date | None) -> str:
    """NARRATIVE (a simple past with no anchor in the last days), GENERIC (a present of state with no event, plan
    or reporting verb) or NEWS: what the main verb of ``text`` tells, against its article's publication day."""
    if _SAID.search(text) or _FUTURE.search(text) or _HAPPENING.search(text) or anchor(text, published).recent:
        return NEWS
    if PAST.search(text):
        return NARRATIVE
    return GENERIC if _PRESENT.search(text) else NEWS


def depth(position: int) -> float:
    """0..1: how deep after the lead a body sentence at ``position`` stands (0 for the lead or no position)."""
    return min(1.0, max(0, position) / DEPTH)
