"""Calendar days inside a sentence, as facts: each remembers the words of its clause, whether it dates
the sentence's main event and whether that event is planned, so that a second day for one event can be
recognised as a conflict (or, for a planned event, a change of plan). Figures are read by
:mod:`summarizer.facts`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.dates import day_mentions
from summarizer.places import places
from summarizer.stamps import PLANNED, event_actions, event_day, same_action
from summarizer.text import canon, words

NEAR_OVERLAP = 0.34  # share of clause words two days must share to date the same event
_DIGIT = re.compile(r"\d")


def _near(text: str, start: int, end: int) -> frozenset[str]:
    """Content terms within about eight words either side of a day, not crossing a sentence end."""
    before = re.split(r"[.;!?]\s", text[max(0, start - 80):start])[-1]
    after = re.split(r"[.;!?](?:\s|$)", text[end:end + 80])[0]
    terms = (canon(w) for w in words(before)[-8:] + words(after)[:8])
    return frozenset(t for t in terms if t and not t.isdigit())


@dataclass(frozen=True, slots=True)
class DayFact:
    """A calendar day named in a sentence."""

    month: int
    day: int
    year: int | None
    raw: str
    near: frozenset[str] = frozenset()  # content terms of the clause around the day
    heads_line: bool = False  # the sentence starts with it: a timeline entry ("3 November 2011 The jury ...")
    event: bool = False  # it dates the main event of the sentence ("... signed on June 19"), see slots
    planned: bool = False  # the event is planned, not done: a new day is a change of plan
    places: frozenset[str] = frozenset()  # named places and subjects of its clause
    actions: frozenset[str] = frozenset()  # the action it dates ("suspended on 5 December"), see stamps.event_actions

    def same_event(self, other: "DayFact") -> bool:
        """True when both date one action and the clauses around them share enough words to be about one event."""
        if not same_action(self.actions, other.actions):
            return False
        if not self.near or not other.near:
            return True
        return len(self.near & other.near) / min(len(self.near), len(other.near)) >= NEAR_OVERLAP

    def same_day(self, other: "DayFact") -> bool:
        """True when both name the same day (a missing year matches any)."""
        return self.month == other.month and self.day == other.day and (
            self.year is None or other.year is None or self.year == other.year
        )



def _day_spans(text: str) -> list[re.Match[str]]:
    from summarizer.dates import DAY_MENTION

    return list(DAY_MENTION.finditer(text)) if _DIGIT.search(text) else []  # every day mention holds a digit


def days(text: str) -> list[DayFact]:
    """Calendar days named in ``text``, with the words of the clause around each and whether each dates
    the sentence's main event (only those are compared)."""
    out = []
    for mo, d, y, raw, start, end in day_mentions(text):
        out.append(DayFact(mo, d, y, raw, _near(text, start, end), heads_line=not text[:start].strip(),
                           event=event_day(text, start), planned=bool(PLANNED.search(text)),
                           places=places(text, start, end), actions=event_actions(text, start)))
    return out
