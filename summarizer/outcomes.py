"""Outcome classes: one outcome told by outlets with different words of its class.

"The magistrate granted Lena Ostrova bail" and "Lena Ostrova was freed on bail" tell one outcome; the stems of
:func:`summarizer.text.canon` already join inflections and plain synonyms ("freed", "released"), but not the words
of one outcome seen from its two sides (granting and release, summons and subpoena). :func:`outcomes` reads which
classes a text tells as done (outside quotations, not as a plan, a prospect or a denial:
:func:`summarizer.told.told_done`); :func:`summarizer.sameevent.same_outcome` judges whether two lines of one digest
tell one outcome so.
"""
from __future__ import annotations

from functools import lru_cache

from summarizer.told import told_done

# Lemma classes of one outcome: "granted bail" is "released on bail", "picked as running mate" is "tapped as running
# mate", "summoned to appear" is "issued a subpoena", "postponed" is "delayed", "sacked" is "ousted", "jailed" is
# "sentenced". Small on purpose: each class joins words that tell one outcome whatever the object.
OUTCOMES: tuple[frozenset[str], ...] = tuple(frozenset(stems.split()) for stems in (
    "grant releas", "pick choos select nomin tap appoint", "postpon delay defer", "summon subpoena", "oust sack",
    "jail sentenc"))


@lru_cache(maxsize=4096)
def outcomes(text: str) -> frozenset[int]:
    """The indices of the classes of :data:`OUTCOMES` that ``text`` tells as done, in any clause outside quotations."""
    return frozenset(k for k, stems in enumerate(OUTCOMES) if told_done(text, stems))
