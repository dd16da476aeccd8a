"""Event-sentence prior: does a sentence report an event, or opinion and analysis?

An event sentence names an actor (a capitalised name or a definite subject), an action
verb in the past or present perfect, and a figure or place ("Police arrested 12 people in
Lyon on Monday"). Opinion and analysis carry modal, hedge, first-person or evaluative cues
("should", "I think", "could be", "is likely", "analysts say") without such an event.
Shallow cues only (regular expressions), so it works on any English news text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from summarizer.foldcase import Cue, ascii_lower
from summarizer.lexicon import SAID, alternation

_NAME = re.compile(r"(?:^|[^.!?]\s)([A-Z][a-z]+(?:[ -][A-Z][a-z]+)*|[A-Z]{2,6})\b")
PAST_ACTION = re.compile(
    r"\b(?:(?:has|have|had) (?:been )?[a-z]+(?:ed|en|wn|ne|lt|pt|ck|id|ot|ought|aught|ung|ade|ove|ew|ook|uck|ound|ost|ept|eft)"
    r"|(?:was|were) [a-z]+(?:ed|en|wn|lt|pt|ck|id|ot|ought|aught|ung|ade|ove|ew|ook|uck|ound|ost|ept|eft)"
    r"|[a-z]{3,}ed|killed|died|said|told|won|lost|hit|struck|fell|rose|took|gave|made|met|left|sent|shot|"
    r"began|became|broke|brought|bought|sold|paid|held|found|led|ran|fled|sought|spoke|wrote|chose|"
    r"drove|flew|threw|stood|set|cut|put|quit|beat|bid)\b")  # also read by summarizer.anchor (a verb before a year)
_FIGURE = Cue(re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|"
                         r"millions?|billions?)\b", re.I))
_PLACE = re.compile(r"\b(?:in|at|near|outside|across|from) (?:the )?[A-Z][a-z]+")
_MODAL = Cue(re.compile(r"\b(?:should|ought to|must|could be|might|may be|would be|could have|might have|"
                        r"is likely|are likely|is unlikely|are unlikely|perhaps|probably|possibly|arguably|"
                        r"it seems|seems to|appears to)\b", re.I))
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|we|we're|we've|our|my|me|us)\b")
_EVALUATIVE = Cue(re.compile(
    r"\b(?:I think|I believe|in my view|in my opinion|we believe|it is clear|it's clear|the truth is|the question is|"
    r"the problem is|the point is|the lesson|remarkable|extraordinary|shocking|disgraceful|terrible|wonderful|"
    r"brilliant|absurd|ridiculous|sadly|unfortunately|fortunately|clearly|obviously|of course|indeed|"
    r"analysts say|experts say|critics say|observers say|commentators|pundits)\b", re.I))
# A report attributes what it tells ("police said", "told reporters", "according to"): reporting verbs of
# English news writing in general (also read per article by :mod:`summarizer.genre`).
ATTRIBUTION = re.compile(r"\b(?:" + alternation(SAID) + r"|according to|announced|confirmed|reported|denied|insisted|"
                         r"added|stated|claimed|testified|ruled|charged|warned|acknowledged)\b", re.I)
_ATTRIBUTION = Cue(ATTRIBUTION)  # read fast on ASCII sentences
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")
_PRONOUNS = frozenset("it he she they this that these those there here but and so yet however i we you".split())
_QUESTION = re.compile(r"\?\s*$")


@dataclass(frozen=True)
class EventCues:
    """Cues of an event sentence and of opinion or analysis."""

    actor: bool  # a capitalised name, or a capitalised subject that is not a pronoun
    action: bool  # a past or present-perfect action verb
    figure: bool  # a number or counted quantity
    place: bool  # "in/at/near <Capitalised>"
    opinion: float  # 0..1: modal, hedge, first-person, evaluative or question cues
    attributed: bool = False  # tells who says it ("police said", "according to")
    quoted: float = 0.0  # 0..1: share of the sentence inside quotation marks (colour, reaction)
    question: bool = False  # asks a question in the writer's own voice (not inside quotation marks): tells no news

    @property
    def event(self) -> float:
        """0..1: actor + action + (figure or place), the shape of an event report."""
        if not self.action:
            return 0.0
        return (0.4 * self.actor + 0.3 + 0.3 * (self.figure or self.place))


@lru_cache(maxsize=20_000)  # ranking and genre read the same sentences: read once
def event_cues(text: str) -> EventCues:
    """The event and opinion cues of ``text``."""
    body = text.strip()
    first_word = re.match(r"\S+", body)
    subject = first_word.group(0) if first_word else ""
    actor = bool(_NAME.search(body[len(subject):])) or (subject[:1].isupper() and subject.lower() not in _PRONOUNS)
    unquoted = _QUOTED.sub(" ", body)
    first = len(_FIRST_PERSON.findall(unquoted))  # quoted speakers are reported
    low = ascii_lower(body)
    opinion = 0.4 * _MODAL.found(body, low) + 0.4 * _EVALUATIVE.found(body, low) + 0.3 * (first > 0)
    opinion += 0.4 * bool(_QUESTION.search(body))
    return EventCues(
        actor=actor,
        action=bool(PAST_ACTION.search(body)),
        figure=_FIGURE.found(body, low),
        place=bool(_PLACE.search(body)),
        opinion=min(1.0, opinion),
        attributed=_ATTRIBUTION.found(unquoted, ascii_lower(unquoted)),
        quoted=sum(len(m.group(0)) for m in _QUOTED.finditer(body)) / max(1, len(body)),
        question=body.endswith("?"),
    )
