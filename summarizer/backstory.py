"""Backstory: a sentence that presents someone or retells how the story got here, not what happened today.

Two shallow English shapes that no time anchor marks (:mod:`summarizer.anchor` reads dates and tense, these have
none of their own):

- a profile: who someone is or was, by role and career ("X is a tax lawyer who climbed the ladder at
  ...", "the committee is chaired by ...", "X, a former minister, sits on ...", "the then minister", "was
  previously commissioner", "just 28 years old", "rose through", "went on to", "later became");
- a recap of the story so far: an earlier round of a proceeding ("the first trial ended without a verdict", "the
  previous inquiry"), a narrative link that opens the sentence ("Later, ...", "At first ...", "By then ..."), how
  something began ("the inquiry began when ...", "initiated by ...", "the night of the shooting", "at the time of his
  arrest").

Either shape counts only in a main clause that tells no event of the article's days and reports no one
(:func:`summarizer.aspect.unreported`: no anchor in the last week, no attribution, no verb of saying, no plan; and
its main verb not a perfect, a progressive or a modal, the tenses of news and of what comes next). The same words
name people and earlier steps in passing inside news ("the governor has named Jo Roe, a former port commissioner,
to replace him"; "the suit was filed as fans marked the anniversary of his death at the age of 50"; "Mexico confirmed
its first case"; "he went on to tell the court"): an epithet appositive (", a former ...") counts only for the subject
of a main clause that is a present of state ("Sun Li, a former harbour master, sits on the board").
"""
from __future__ import annotations

import re
from datetime import date, datetime

from summarizer.aspect import MODAL, PERFECT, PROGRESSIVE, STATE, aspect, unreported
from summarizer.mainclause import main_verbs

# "Paulson is an investment banker who ...": a name, a copula, a described role and a relative clause.
_ROLE = re.compile(r"^(?:[A-Z][\w'’.-]+,? ){1,4}(?:\d+, )?(?:is|was|has been) (?:a|an|the) (?:[\w-]+ ){0,4}?"
                   r"(?:who|whose|which)\b")
_RUN_BY = re.compile(r"\b(?:is|are|was|were) (?:chaired|led|headed|run|owned|founded|co-founded|managed) by\b", re.I)
_THEN = re.compile(r"\b[Tt]he then\b")
# An epithet appositive: a profile only beside a present of state ("Sun Li, a former harbour master, sits on ...").
_FORMER = re.compile(r",\s+(?:a |an |the )?(?:former|one-time|onetime|erstwhile|longtime|long-time|veteran)\b")
_PREVIOUSLY = re.compile(r"\b(?:was|were) (?:previously|formerly|once)\b|\bwho (?:had |has )?(?:previously|formerly|once)\b",
                         re.I)
_AGE = re.compile(r"\b(?:just|only|aged) \d+ years? old\b", re.I)
_CAREER = re.compile(r"\b(?:rose through|rose to prominence|made (?:his|her|their|its) name|came to prominence|"
                     r"built (?:his|her|their) career|later became|went on to (?:become|win|found|co-found|lead|serve|play|star|head|"
                     r"join|marry|coach|form|build|manage|direct|launch|create))\b", re.I)
# An earlier round of a proceeding; not "first case" (an epidemic's news) nor "first round" (an election's).
_ROUND = re.compile(r"\b(?:(?:first|previous|earlier|original|initial) (?:trial|hearing|inquiry|investigation|verdict|"
                    r"conviction)|(?:previous|earlier|original) (?:case|attempt|bid|vote|round|election|campaign|"
                    r"ruling|arrest))\b", re.I)
_LINK = re.compile(r"^(?:Later|Then|Afterwards|Eventually|At first|Initially|Back then|By then|At the time|In the end|"
                   r"Soon after)\b")
_BEGAN = re.compile(r"\b(?:began|started) (?:when|after)\b|\binitiated by\b|\bthe night (?:of|when)\b|"
                    r"\bat the time of\b", re.I)
PATTERNS = (_ROLE, _RUN_BY, _THEN, _PREVIOUSLY, _AGE, _CAREER, _ROUND, _LINK, _BEGAN)
_NEWS_TENSES = frozenset((PERFECT, PROGRESSIVE, MODAL))


def backstory(text: str, published: datetime | date | None = None) -> bool:
    """True when ``text`` (an article published at ``published``) reads as a profile (role, career, former post, age)
    or a recap of the story so far (an earlier round, a narrative link, how it began) in a main clause that tells no
    event of the last days and reports no one."""
    cue = any(p.search(text) for p in PATTERNS)
    verbs = main_verbs(text)
    epithet = bool(verbs) and _FORMER.search(text, 0, verbs[0]) is not None  # of the subject, before the main verb
    if not cue and not epithet:
        return False
    if not unreported(text, published):
        return False
    verb = aspect(text)
    return verb not in _NEWS_TENSES and (cue or verb == STATE)
