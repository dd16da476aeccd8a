"""An outcome told after its announcement is news: the earlier sentence covered the matter, not the outcome.

A story is told first as a matter pending ("the mother *is suing* the promoters", "a judge *will decide* whether
the case goes ahead", "prosecutors *asked* the court to jail him", "the council *is expected to approve* the plan")
and later as its outcome ("the suit can go ahead, a judge *has ruled*", "he *was jailed* for four years", "the
council *approved* the plan"). The later sentence shares most of its words with the earlier ones, so word overlap
judges it told; yet what the audience was told is that a decision was coming, not what it was.

:func:`outcome_event` reads, shallowly, the outcome a sentence tells as done: its first verb of decision or outcome
from a small closed list (``OUTCOME_WORDS``: ruled, approved, rejected, convicted, sentenced, resigned, died ...), in
the past or the perfect, in the main clause or in a closing attribution ("..., a judge has ruled"), with its subject
read (:func:`summarizer.told.main_event`: no subordinate or relative clause, no plan, prospect or question, no
backstory time such as "in June" or "last year"; no subject with a phrase after its head, "the judge for the trial of
X has decided", whose head is not the word before the verb; the first verb of its clause, not a participle after
another verb, "could face charges over the logs released"). :func:`resolved` is True when the known sentences nearest
to it (those that make it look told) told the matter as pending (a plan, a prospect, a request, a suit or an
allegation, or the outcome's word only as a prospect) and no known sentence tells the outcome as done: neither a
nearest one with its subject or much of its information ("the judge ruled the suit could proceed"), nor any with its
word holding much of its information. Only the day's own event is judged so (:func:`summarizer.told.day_event`, in
:func:`summarizer.novelty.judge`): over the twelve labelled training episodes the rule changes no sentence; read for
every sentence (a first version), it let four retellings and a minor sentence through (an outcome told before in other
words: "was homicide", "given back"; a time past: "last week").
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Mapping, Sequence

from summarizer.chunks import AUX, SAY_VERBS, is_verb
from summarizer.lexicon import DETERMINERS
from summarizer.outcomes import OUTCOMES
from summarizer.prospects import IRREALIS
from summarizer.quotes import unquoted
from summarizer.text import words
from summarizer.told import main_event, told_done, with_action
from summarizer.wordfind import find_word

if TYPE_CHECKING:
    from summarizer.memory import Known, Memory

# Verbs of decision or outcome, past forms only (a present "rules" or a bare "rule" is a plan or a habit): what a
# court, a vote, an authority or events decided. Verbs of saying, claiming or asking are never outcomes ("alleged",
# "asked", "filed", "announced"), nor verbs whose past form often serves otherwise ("passed away", "found that",
# "denied the charges").
OUTCOME_WORDS = frozenset("""ruled decided approved rejected dismissed overturned upheld granted convicted acquitted
    sentenced jailed charged indicted cleared banned voted resigned died arrested released freed elected appointed
    fined awarded settled cancelled canceled postponed""".split())

# One outcome in other words: the classes of summarizer.outcomes, and a ruling told as a decision ("ruled that the trial
# could be broadcast", "has decided to admit television").
_CLASSES = (*OUTCOMES, frozenset({"rule", "decid"}))
# Words that end a subject read backwards from its head: a determiner opens it, a preposition shows a phrase after its
# real head ("the judge *for* the trial *of* athlete X has decided": the judge decided, not X).
_PREPOSITIONS = frozenset("of for in on at with from by over behind against into".split())
_BEFORE = frozenset("has have had is are was were been be also now later".split())


@lru_cache(maxsize=4096)
def outcome_event(text: str) -> tuple[frozenset[str], str]:
    """The (action terms, subject term) of the outcome ``text`` tells as done (see the module's docstring): its first
    word of ``OUTCOME_WORDS`` only, the sentence's outcome rather than a side one ("was granted bail and his case
    postponed"), with the other words of its outcome class (:data:`summarizer.outcomes.OUTCOMES`: "granted bail" is
    "freed on bail"; "ruled" is "decided"); (∅, "") when that word's event cannot be read."""
    plain = unquoted(text)
    first = next((w for w in (w.lower() for w in words(plain)) if w in OUTCOME_WORDS), "")
    action, subject = main_event(text, 0.0, first) if first else (frozenset(), "")
    if not action or not subject or _modified(plain, first) or not _clause_verb(plain, first):
        return frozenset(), ""
    return action.union(*(c for c in _CLASSES if c & action)), subject


def _words_before(plain: str, verb: str) -> list[str]:
    """The words of ``plain``'s clause before ``verb`` (from the last comma, colon or semicolon), less the auxiliaries
    and adverbs right before it ("the judge *has* ruled"); [] when ``verb`` is not found."""
    at = find_word(plain, verb)
    toks = list(words(re.split(r"[,;:]", plain[:at[0]])[-1])) if at else []
    while toks and (toks[-1].lower() in _BEFORE or toks[-1].endswith("ly")):
        toks.pop()
    return toks


def _modified(plain: str, verb: str) -> bool:
    """True when the subject before ``verb`` in ``plain`` has a prepositional phrase after its head (read back from the
    verb over auxiliaries, the head's name and up to three more words to a determiner): its head is not the word
    read."""
    toks = _words_before(plain, verb)[:-1]  # less the head
    while toks and toks[-1][:1].isupper() and toks[-1].lower() not in DETERMINERS:
        toks.pop()  # the rest of its name ("Oscar Pistorius")
    for w in reversed(toks[-4:]):
        if w.lower() in DETERMINERS:
            return False
        if w.lower() in _PREPOSITIONS:
            return True
    return False


def _clause_verb(plain: str, verb: str) -> bool:
    """True when ``verb`` is the first verb of its clause in ``plain`` (its own auxiliaries aside; a clause may follow a
    verb of saying or "that"): not a participle after another verb's object ("could face prosecution over the cables
    *released* this week")."""
    for w in reversed([w.lower() for w in _words_before(plain, verb)]):
        if w in SAY_VERBS or w == "that":
            return True  # the verb of a reported clause ("said the WHO has decided")
        if w in AUX or w in IRREALIS or is_verb(w):
            return False
    return True


# A sentence telling a matter pending: a plan, a prospect, a request, a suit or an allegation ("is expected to rule",
# "has filed a lawsuit", "asked the court", "alleges", "faces trial").
_PENDING = re.compile(r"\b(?:will|would|could|may|might|shall|expected to|due to|set to|plans? to|planned|planning|"
                      r"intends? to|scheduled|seeks?|sought|asks?|asked|asking|requests?|requested|appeal(?:s|ed|ing)?|"
                      r"sues?|sued|suing|lawsuits?|suits?|filed|files|filing|petition(?:s|ed)?|"
                      r"alleg(?:es|ed|ing|ations?)|accus(?:es|ed|ing|ations?)|faces?|facing|awaits?|awaiting|pending|"
                      r"proposed|proposals?)\b", re.I)
COVERS = 0.5  # a known sentence holding this share of a sentence's information tells its matter


def resolved(text: str, terms: Mapping[str, float], near: Sequence[Known], memory: Memory | None = None) -> bool:
    """True when ``text`` (its weighted terms: ``terms``) tells an outcome as done (:func:`outcome_event`) that ``near``
    (the known sentences nearest to it) told as pending and no known sentence told as done: none of ``near`` with the
    outcome's subject or ``COVERS`` of the weight of ``terms``, none of ``memory``'s latest sentences with the outcome's
    word holding ``COVERS`` of that weight."""
    action, subject = outcome_event(text)
    total = sum(terms.values())
    if not action or total <= 0:
        return False
    if not any(_PENDING.search(unquoted(k.features.text))
               or (action & k.features.terms.keys() and not told_done(k.features.text, action)) for k in near):
        return False  # no nearest sentence told the matter as pending: the outcome was told otherwise, if at all

    def covers(k: Known) -> bool:
        return sum(w for t, w in terms.items() if t in k.features.terms) >= COVERS * total

    if any((subject in k.features.terms or covers(k)) and told_done(k.features.text, action) for k in near):
        return False
    return memory is None or not any(covers(k) and told_done(k.features.text, action)
                                     for k in with_action(memory, action))

