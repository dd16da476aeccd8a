"""The event of a line whose main verb tells none: a framing clause, a passive move to a place that names the event.

:func:`summarizer.told.main_event` reads a line's event as its main-clause action, and a light or common verb
carries none. Two shapes of news English put the event elsewhere, each read here by its grammar alone:

- a *framing clause*: "The aid freeze came as the senate voted to confirm the general", "The move comes amid
  protests ...": the subject names a known thing (a move, a trip, the figures) and "come" only places it in time;
  the event told is the clause after "as", "amid" or "after", read as a sentence of its own;
- a *passive move to an institution*: "Kim was taken to hospital", "was rushed to hospital", "was taken into
  custody": the verb of motion is light and the place names the event (hospitalisation, arrest, jailing), so the
  event's term is the place's (:func:`summarizer.told.action_terms`: "custody" is "arrest", "hospital" is
  "hospitalised"'s stem).

Either is read only when the line tells it as done in its main clause (no plan, prospect or subordinate clause:
the checks of :func:`summarizer.told.main_event`). :func:`event_terms` is what :func:`summarizer.sameevent.signature`
reads when the main action gives none; precision first, any other shape gives none.
"""
from __future__ import annotations

import re

from summarizer.told import action_terms, main_event

# A framing main clause: a subject without a verb or a clause of its own, then "come(s)/came as|amid|after" (not a
# plan or an infinitive: "will come as", "the months to come as").
_FRAME = re.compile(r"^[^,;:“”\"()]{3,80}?(?<!\bto)(?<!\bwill)(?<!\bwould)(?<!\bmay)(?<!\bmight)(?<!\bcould)(?<!\bshould)"
                    r"\s(?:comes|come|came)\s+(?:(?:just|only|shortly|days?|hours?|weeks?|a|one|"
                    r"two|three)\s+){0,2}(?:as|amid|after)\s+(?=\S)")
# A passive move of a person to a place that names the event ("was taken to hospital", "rushed into custody").
_MOVED = re.compile(r"\b(?:was|were|been|is|are)\s+(?:\w+ly\s+)?(?P<verb>taken|rushed|admitted|flown|airlifted|"
                    r"carried|sent|brought)\s+(?:back\s+)?(?:to|into)\s+(?:a\s+|the\s+)?(?:local\s+)?"
                    r"(?P<place>hospital|custody|jail|prison)\b", re.I)


def framed(text: str) -> str:
    """The clause ``text``'s framing main clause places its subject by ("the senate voted ..." of "The move came
    as the senate voted ..."), capitalised as a sentence; "" when its main clause is no framing one."""
    m = _FRAME.match(text.strip())
    if m is None or re.search(r"\b(?:who|which|that|and|but)\b", m.group(0), re.I):
        return ""  # a relative clause or a second verb before "came": the frame is not the main clause
    rest = text.strip()[m.end():]
    return rest[:1].upper() + rest[1:]


def event_terms(text: str, weight: float) -> frozenset[str]:
    """The terms of the event of ``text`` when its main action tells none (see the module's docstring): the main
    action of its framed clause (as rare as ``weight``), else the place of a passive move; else ∅."""
    clause = framed(text)
    if clause:
        return main_event(clause, weight)[0]
    m = _MOVED.search(text)
    if m is None or not main_event(text, 0.0, m.group("verb").lower())[1]:
        return frozenset()  # no move, or one told as a plan, a prospect or in a subordinate clause
    return action_terms(m.group("place").lower())
