"""Where a sentence is page furniture, not news: agency prefixes, datelines, time stamps, and days
that date no event (captions, polls, stamps, timeline entries, asides, relative clauses).

No figure or day is read from furniture, even when cleaning left it in the sentence
("SEOUL, Dec 27 (Yonhap) --", "WASHINGTON (Reuters) -", "Dec 27, 2024 10:32 AM EST").
"""
from __future__ import annotations

import re
from functools import lru_cache

from summarizer.caches import SENTENCES
from summarizer.foldcase import Cue
from summarizer.datelines import CLOCK, DAY, LEADING, WEEKDAY, dateline_end
from summarizer.paraphrase import action_words
from summarizer.chunks import SAY_VERBS, is_verb
from summarizer.text import canon, words
from summarizer.spans import inside
from summarizer.wordfind import compiled

# "Dec 27, 2024 10:32 AM EST", "Updated: Friday, June 26, 2009 10:02 AM", "Posted 5:30 p.m. ET",
# "At 08:17 pm on 14 Mar 2011, reader wrote:"
_STAMP = re.compile(
    rf"(?:\b(?:last\s+)?(?:updated|published|posted|modified)\b\s*:?\s*(?:on\s+|at\s+)?"
    rf"(?:{WEEKDAY},?\s*)?(?:{DAY}|{CLOCK})(?:,?\s*(?:at\s+)?(?:{DAY}|{CLOCK}))?"
    rf"|(?:{WEEKDAY},?\s*)?{DAY},?\s*{CLOCK}"
    rf"|\b(?:at\s+)?{CLOCK}\s+on\s+(?:{WEEKDAY},?\s*)?{DAY})",  # a comment's stamp: "At 08:17 pm on 14 Mar 2011"
    re.I,
)
_STAMPS = Cue(_STAMP)  # read on lowercased text: several times faster than folding case at every character

_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=SENTENCES)
def furniture_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of ``text`` that are page furniture: a leading agency prefix or dateline, time stamps."""
    spans: list[tuple[int, int]] = []
    m = LEADING.match(text)
    end = max(m.end() if m else 0, dateline_end(text))
    if end:
        spans.append((0, end))
    if _DIGIT.search(text):  # every stamp holds a day or a clock time: a text without a digit is not searched
        spans.extend(_STAMPS.spans(text))
    return tuple(spans)


def in_furniture(text: str, pos: int) -> bool:
    """True when offset ``pos`` of ``text`` lies in a dateline, agency prefix or time stamp."""
    return inside(pos, furniture_spans(text))


# A sentence whose days date a picture, a poll's fieldwork or a page, not an event.
_NOT_EVENT_SENTENCE = re.compile(
    r"\b(?:photo|photograph|picture|image|pictured|caption|credit|file photo|getty|poll|survey|fieldwork|"
    r"interviewed|margin of error|timeline|as of|live coverage|as it happened|your stories|wrote|comments?)\b",
    re.I,
)
# A planned event: a new day for it is a change of plan, not a contradiction.
PLANNED = re.compile(r"\b(?:will|would|shall|is to|are to|to be held|scheduled|rescheduled|postponed|delayed|moved|"
                     r"brought forward|due|expected|set for|set to|plans?|planned|planning|slated)\b", re.I)
_ON = re.compile(r"\bon\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:the\s+)?$", re.I)


def event_day(text: str, start: int) -> bool:
    """True when the day at ``start`` dates the main event: "... signed on June 19", not a dateline,
    caption, time stamp, poll, timeline entry, aside in brackets or relative clause."""
    if in_furniture(text, start) or _NOT_EVENT_SENTENCE.search(text) or not text[:start].strip():
        return False
    if not _ON.search(text[max(0, start - 30):start]) or text[:start].count("(") > text[:start].count(")"):
        return False
    segment = re.split(r"[,;]", text[:start])[-1]
    return not re.match(r"\s*(?:who|which|where|when|whose|whom)\b", segment, re.I)


def event_actions(text: str, start: int) -> frozenset[str]:
    """What a day at ``start`` dates: the terms of the action words of its comma-delimited part before it ("he
    was suspended by a judge on 5 December" -> "v:suspend"), else of its common nouns ("Putin's greetings to the
    leader on 18 December" -> "n:greet", "n:leader"); see :func:`same_action`. A reporting verb counts only when
    there is no other ("the result will be announced on 3 September"); a day in an opening adverbial dates the
    main clause ("On 25 May, Kim sent a message ...")."""
    segment = re.split(r"[,;]", text[:start])[-1]
    comma = text.find(", ", start)
    if comma > 0 and not re.search(r"[,;]", text[:start]) and not action_words(segment):
        segment = text[comma + 2:]  # "Earlier on 25 May, Kim had sent ...": the day dates the main clause
    verbs = [w for w in action_words(segment) if canon(w)] or [w for w in words(segment) if w in SAY_VERBS][-1:]
    verb_at = compiled(rf"\b{re.escape(verbs[0])}\b", re.I).search(segment) if verbs else None
    nouns = [(m.start(), t) for m in re.finditer(r"(?<![\w'’-])[a-z][a-z'’-]{2,}", segment)
             if not is_verb(m.group(0)) and (t := canon(m.group(0)))]
    objects = [f"o:{t}" for at, t in nouns if verb_at and at > verb_at.start()]  # what the action is done to
    return frozenset([f"v:{canon(w) or w}" for w in verbs[:2]] + [f"n:{t}" for _, t in nouns] + objects)


def same_action(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when two days' :func:`event_actions` may date one event: a common action word when both have one;
    when one has none (a noun names its event: "greetings to the leader on 18 December"), a noun of it among
    the other's objects ("sent a message of greetings on 25 December"); else a common noun. "A target for
    protesters on 4 December" and "suspended by a judge on 5 December" date two events."""
    va, vb = {t for t in a if t[0] == "v"}, {t for t in b if t[0] == "v"}
    if va and vb:
        return bool(va & vb)
    nouns, other = (a, b) if vb else (b, a)  # ``other``: the side with an action, if any
    if va or vb:
        return any(f"o:{t[2:]}" in other for t in nouns if t[0] == "n")
    return any(t[0] == "n" for t in a & b)
