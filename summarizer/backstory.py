"""Backstory: a sentence that presents someone or retells how the story got here, not what happened today.

Two shallow English shapes that no time anchor marks (:mod:`summarizer.anchor` reads dates and tense, these have
none of their own):

- a profile: who someone is or was, by role and career ("X is an investment banker who rose through the ranks of
  ...", "the committee is chaired by ...", "X, a former minister, ...", "the then minister", "was previously
  commissioner", "just 28 years old", "rose through", "went on to", "later became");
- a recap of the story so far: an earlier round of the same process ("the first trial ended with a hung jury",
  "for the second hearing"), a narrative link that opens the sentence ("Later, ...", "At first ...", "By then ..."),
  how something began ("the inquiry began when ...", "initiated by ...", "the night of the shooting", "at the time
  of his arrest").

This is a cue the backdrop fit reads (:func:`summarizer.backdrop.cues` with ``aspect``; ``benchmarks/backdrop.py``,
leave one episode out over the twelve training episodes); the engine's model does not weigh it yet: fitted on top of
it (weight 2.05, bias held) it cost news_dev update R2 1.132x -> 1.128x LexRank-5 (figures in benchmarks/backdrop.py).
Read on unlabelled replays, its main false alarm is the epithet appositive (", the former governor, said ..."): the
source sentence of a condensed news or quote line fires _FORMER; a stricter profile cue would want no event verb.
"""
from __future__ import annotations

import re

# "Paulson is an investment banker who ...": a name, a copula, a described role and a relative clause.
_ROLE = re.compile(r"^(?:[A-Z][\w'’.-]+,? ){1,4}(?:\d+, )?(?:is|was|has been) (?:a|an|the) (?:[\w-]+ ){0,4}?"
                   r"(?:who|whose|which)\b")
_RUN_BY = re.compile(r"\b(?:is|are|was|were) (?:chaired|led|headed|run|owned|founded|co-founded|managed) by\b", re.I)
_FORMER = re.compile(r",\s+(?:a |an |the )?(?:former|one-time|onetime|erstwhile|longtime|long-time|veteran)\b|"
                     r"\b[Tt]he then\b")
_PREVIOUSLY = re.compile(r"\b(?:was|were) (?:previously|formerly|once)\b|\bwho (?:had |has )?(?:previously|formerly|once)\b",
                         re.I)
_AGE = re.compile(r"\b(?:just|only|aged) \d+ years? old\b|\bat the age of \d+", re.I)
_CAREER = re.compile(r"\b(?:rose through|rose to prominence|made (?:his|her|their|its) name|came to prominence|"
                     r"built (?:his|her|their) career|went on to|later became)\b", re.I)
_ROUND = re.compile(r"\b(?:first|second|previous|earlier|original|initial) (?:trial|hearing|case|attempt|bid|inquiry|"
                    r"investigation|vote|round|election|campaign|appearance|verdict|ruling|conviction|arrest)\b", re.I)
_LINK = re.compile(r"^(?:Later|Then|Afterwards|Eventually|At first|Initially|Back then|By then|At the time|In the end|"
                   r"Soon after)\b")
_BEGAN = re.compile(r"\b(?:began|started|erupted|emerged|came to light|was sparked|was triggered|was initiated) "
                    r"(?:in|when|after|by|with)\b|\binitiated by\b|\bthe night (?:of|when)\b|\bat the time of\b", re.I)
PATTERNS = (_ROLE, _RUN_BY, _FORMER, _PREVIOUSLY, _AGE, _CAREER, _ROUND, _LINK, _BEGAN)


def backstory(text: str) -> bool:
    """True when ``text`` reads as a profile (role, career, former post, age) or a recap of the story so far (an
    earlier round, a narrative link, how it began)."""
    return any(p.search(text) for p in PATTERNS)
