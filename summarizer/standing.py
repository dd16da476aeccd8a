"""A standing position: a perfect that holds over all the time up to now, not an event of the day.

"The champion has always denied doping", "She has never held elected office", "The ministry has consistently said
...", "The firm has repeatedly refused to comment on ...": a present perfect quantified over the whole past by an
adverb of every time or no time ("always", "never", "consistently", "repeatedly", "steadfastly", "persistently",
"invariably") tells where someone has stood for as long as the story has run. It is what a reader of the story
knows, background, whatever the verb (a denial as much as a state), unlike "has denied", "has said" alone, which
are the day's report as often as not. Neither the time anchor (:mod:`summarizer.anchor`) nor the long-span cue
(:mod:`summarizer.longspan`: "has long been", "for decades") reads it.

Not a standing position: a record against the past ("has never before", "has never been so high", "has never been
higher": the news that breaks it), a clause anchored in the last days ("has repeatedly said this week"), a clause
after a verb of saying or before a trailing one (what someone says today they have always done is their
statement), words inside quotation
marks and a subordinate clause ("The leader demanded to know why the minister has repeatedly maintained ...": the
main clause tells the day's event). This is the universal perfect (the perfect of a situation that persists up to now), a state however its verb
reads: :func:`summarizer.aspect.cues` counts it as a state of the main clause (``a_state``, weighed by the backdrop
model, fitted by ``benchmarks/backdrop.py``). Regular expressions only.
"""
from __future__ import annotations

import re
from datetime import date, datetime

from summarizer.anchor import anchor
from summarizer.lexicon import CLAIM, REPORT, SAY, alternation
from summarizer.mainclause import main_verbs

_STANDING = re.compile(
    r"\b(?:has|have)(?: (?:also|since|so far|all|both))? (?:always|never|consistently|repeatedly|steadfastly|"
    r"persistently|invariably)\b(?! (?:again|(?:been )?(?:so|as|more|less|this|that|such|higher|lower|better|"
    r"worse|bigger|greater|larger|smaller|stronger|weaker|[a-z]+er than)\b))"
    r"(?!(?: [\w-]+){0,3} (?:before|so much|so many|such an?|as much|as many|like (?:this|it)|until now)\b)", re.I)
# A trailing attribution: the sentence is what someone says ("He has never admitted that, the prosecutor says.").
_TRAILING = re.compile(r"[,”\"]\s*(?:[\w'’.-]+\s+){1,5}(?:" + alternation(SAY, CLAIM) + r"|added|adds)\b[^,;]*$")
# A verb of saying before the perfect: the standing is what someone says now ("he says he has never ...").
_SAYING = re.compile(r"\b(?:" + alternation(SAY, REPORT, CLAIM) + r"|saying|according to|added|adds|insist|claim)\b",
                     re.I)


def standing(text: str, published: datetime | date | None) -> bool:
    """True when the main clause of ``text`` (an article published at ``published``) opens on a standing position,
    a present perfect quantified over all the time up to now ("has always denied", "has never held"), outside
    quotation marks, no record broken, no anchor in the last days and no verb of saying before it."""
    m = _STANDING.search(text)
    if m is None or _SAYING.search(text, 0, m.start()) is not None or _TRAILING.search(text, m.end()) is not None:
        return False
    verbs = main_verbs(text)  # the perfect must be the main clause's first verb, not a subordinate's or a quote's
    return bool(verbs) and verbs[0] == m.start() and not anchor(text, published).recent
