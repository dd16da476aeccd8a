"""Whose a figure is, and who claims it: the holder of a share or a stock, the source it is attributed to.

Two figures of one measure are values of one slot (see :mod:`summarizer.slots`) only when they are
of one holder ("Michelle Obama's approval ratings" are no update of Lula's, "Britain has 7,700
troops" none of "thousands of foreign troops") and told by one side ("opposition groups claim 700
were killed" is no update of "the authorities say 169 died": rival claims). Shallow, no parser:
the nearest name in the figure's own comma-delimited part, the name that opens the sentence
before an aside, the words before a reporting verb.
"""
from __future__ import annotations

import re

from summarizer.lexicon import REPORT, SAY, alternation
from summarizer.places import name_key
from summarizer.text import canon

_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")
_TOKEN = re.compile(r"[A-Za-z][\w'’-]*")
_COMMA = re.compile(r",\s")
_OPENING_NAME = re.compile(r"\s*[\"“‘']?((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s*,")
# A reporting verb with its speaker before it ("opposition groups claim"), or "according to" with it after.
_SAYS = re.compile(r"\b(?:" + alternation(SAY, REPORT) + r"|claim(?:s|ed)?|estimated?|estimates|"
                   r"believed?|believes|stated|confirmed)\b", re.I)
_ACCORDING = re.compile(r"\baccording to\b", re.I)
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.I)
# Words that end a speaker phrase read backwards from its verb ("amid claims", "it is believed").
_NOT_SPEAKER = frozenset("amid of over about despite after before with by for in on at to from that which who is are was "
                         "were be been it there this these those".split())
_SPEAKER_WORDS = 5
_HAVING = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*)(?:['’]s|\s*\(|\s+(?:now\s+|still\s+|also\s+)?(?:has|have|had|keeps?|kept|"
                     r"maintains?|maintained|sends?|sent|deploys?|deployed|contributes?|contributed|supplies|supplied))"
                     r"\s*(?:(?:some|about|around|nearly|almost|more|than|over|at|least|up|to|just|only|roughly)\s+){0,3}$")
# A sentence that opens with a time clause ("A day after a bombing killed 120, Obama asked ..."): its figures are backdrop.
_LEADING = re.compile(r"\W*(?:(?:a|one|two|three|four|five|several|\w+)\s+(?:days?|weeks?|months?|hours?)\s+)?"
                      r"(?:after|before|since|following|when|as|while|until)\b", re.I)
_OBJECT_OF = re.compile(r"\b([a-z]+ed)\s+(?:(?:some|about|around|nearly|almost|more|than|over|at|least|up|to|roughly)\s+)"
                        r"{0,3}$")
_HOLDING = frozenset(canon(w) for w in "based stationed deployed sent contributed supplied maintained kept had "
                     "numbered totalled totaled".split()) - {""}


def _names(text: str, left: int, end: int) -> list[str]:
    """Name keys of the capitalised words of ``text[left:end]``, in order."""
    return [k for m in _CAPITALISED.finditer(text, left, end)
            if (k := name_key(m.group(0), not text[:m.start()].strip(" \"'“‘(")))]


def subject(text: str, left: int, start: int) -> frozenset[str]:
    """Whose a share or a sum is: the nearest name before it in its own comma-delimited part ("Karzai had 45%",
    "Abdullah's 35%"); when that part names nobody ("Lula, dubbed ... by Obama, left office with 80%"), the
    name that opens the sentence before an aside, not a name inside the aside; else the nearest name."""
    cut = max((m.end() for m in _COMMA.finditer(text, left, start)), default=left)
    own = _names(text, cut, start)
    if not own and cut > left and (m := _OPENING_NAME.match(text)) and m.end() <= cut:
        own = _names(text, m.start(1), m.end(1))[:1]
    own = own or _names(text, left, start)
    return frozenset(own[-1:])


def holder(text: str, left: int, start: int) -> frozenset[str]:
    """The name that has a count ("Britain has some 7,700 troops", "Nato's 40,000 troops", "Ohio (20 votes)"), or none."""
    m = _HAVING.search(text, left, start)
    k = name_key(m.group(1), False) if m else ""  # a capitalised word that has something: a name, first or not
    return frozenset({k}) if k else frozenset()


def action_object(text: str, left: int, start: int) -> str:
    """The term of an action verb right before a figure it is the object of ("have trained around 4,000
    soldiers": "train"): a count of that action, not the size of a stock; "" when none."""
    m = _OBJECT_OF.search(text, left, start)
    t = canon(m.group(1)) if m else ""
    return t if t and t not in _HOLDING else ""


def leading_aside(text: str, start: int) -> bool:
    """True when the figure at ``start`` sits in a time clause that opens the sentence ("A day after a bombing
    killed up to 120, Obama asked ..."): the backdrop of the news, not the value it reports."""
    comma = text.find(", ")
    return 0 <= start < comma and bool(_LEADING.match(text))


def _speaker(text: str, a: int, b: int) -> list[re.Match[str]]:
    """The words of the attribution ``text[a:b]`` that say who speaks."""
    m = _ACCORDING.search(text, a, b)
    if m:
        return list(_TOKEN.finditer(text, m.end(), b))[:_SPEAKER_WORDS]
    said = list(_SAYS.finditer(text, a, b))
    if not said or _PASSIVE.search(text, a, said[-1].start()):
        return []  # "the quake is estimated to have killed ...": no speaker named
    out: list[re.Match[str]] = []
    for t in reversed(list(_TOKEN.finditer(text, a, said[-1].start()))):
        if t.group(0).lower() in _NOT_SPEAKER or len(out) >= _SPEAKER_WORDS:
            break
        out.append(t)
    return out


_NOT_SOURCE = frozenset(canon(w) for w in "the a an its their his her our and or also now".split()) - {""}


def source(text: str, saying: list[tuple[int, int]]) -> frozenset[str]:
    """Who a figure is attributed to: the common words of its clause's speakers ("opposition groups claim",
    "according to police"); names (often places: "Uzbek authorities") left out, as are figures."""
    out = set()
    for a, b in saying:
        for m in _speaker(text, a, b):
            w = m.group(0)
            if w[0].isupper() and name_key(w, not text[:m.start()].strip(" \"'“‘(")):
                continue
            t = canon(w.lower())
            if t and t not in _NOT_SOURCE:
                out.add(t)
    return frozenset(out)


# What a price is of: "oil prices of $70", "the price of petrol at $3" (a commodity, named in lower case).
_PRICED = re.compile(r"\b(?:([a-z]{3,})\s+(?:price|cost)s?|(?:price|cost)s?\s+of\s+([a-z]{3,}))\b(?!.*\b(?:price|cost)s?\b)")


def priced(text: str, left: int, start: int) -> frozenset[str]:
    """The commodity a price before a sum is of ("oil prices of $70": oil), or none."""
    m = _PRICED.search(text, left, start)
    noun = canon(m.group(1) or m.group(2)) if m else ""
    return frozenset({noun}) if noun else frozenset()
