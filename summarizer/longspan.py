"""A state over a long span: a main clause that tells how things have been for years, not an event of the day.

Two shallow English shapes the time anchor (:mod:`summarizer.anchor`) does not read as history and the aspect
cues (:mod:`summarizer.aspect`) do not read as a state:

- a long span in a main clause of state or endurance: "The country has suffered decades of poverty", "After years of
  conflict, millions of people live in poverty", "The port has been a smugglers' haven for much of its history",
  "The region has long lagged behind" (the span a noun phrase, "decades of", "a long history of", or a duration,
  "for centuries", "since independence", "since the 1990s", "throughout its history");
- a hedged or raising perfect of a state in the writer's voice: "The island appears to have had more than its share
  of storms", "The town seems to have been a quiet place" (a perfect of "have" or of "be" with no participle after it:
  not "appears to have been poisoned", "are believed to have died", the findings of the news).

Either counts only when the main clause tells no event of the last days and reports no one
(:func:`summarizer.aspect.unreported`, the hedge itself set aside) and its first verb is one of state or
endurance ("is", "has", "remains", "lives", "has suffered", "has seen", "endured"): not "ended decades of rule",
"curtails 13 years of rule", "is to pull out after 30 years of", "has confirmed that after years of denials", where
the span is what today's event ends or follows. Regular expressions only; the backdrop model weighs the cue
(``s_span``, fitted by ``benchmarks/backdrop.py``).
"""
from __future__ import annotations

import re
from datetime import date, datetime

from summarizer.aspect import STATE, aspect, unreported
from summarizer.chunks import is_verb
from summarizer.mainclause import main_verbs

_SPAN = re.compile(
    r"\b(?:(?:decades|centuries|(?<!future )(?<!next )(?<!new )generations) of|(?:many|several|long) years of|"
    r"(?:for|over|across|throughout) (?:the )?(?:many |several |recent |past |last )?(?:decades|centuries|generations)|"
    r"(?:for|over) (?:more than |nearly |almost |well over )?(?:a |half a |two |three |several )?(?:century|decades?)\b|"
    r"for (?:much|most|all|many) of (?:its|his|her|their|the) (?:\w+ )?(?:history|existence|life|lives|career|years)|"
    r"throughout (?:its|his|her|their) (?:\w+ )?(?:history|existence)|"
    r"(?:a|an|its|his|her|their) (?:long |troubled |turbulent |violent |bloody |checkered |chequered |rich )?history of|"
    r"(?:in|over|during) the (?:past|last) (?:two |three |four |five |few |several )?(?:decades|centuries)|"
    r"(?:has|have|had) long (?=been\b|had\b|known\b|seen\b|held\b|[a-z]+ed\b)|"
    r"since (?:the )?(?:(?:early |late |mid-?)?(?:19|20)\d0s|independence|colonial times))", re.I)
# A record told against a span ("the biggest campaign since the 1980s", "the worst quake in over a century"): news.
_RECORD = re.compile(r"\b(?:first|last|only|most|least|worst|best|(?!(?:inter|pro|for|ar|re|sug|hon|mod|con|har|"
                     r"earn|dig|inv|manif|requ|prot|conqu)est\b)[a-z]{2,}est)\b[^,.;:]{0,50}$", re.I)
# A years-of span after words that make it what the clause's event ends ("ended 13 years of", "curtails").
_YEARS_OF = re.compile(r"(?<!many )(?<!several )(?<!long )\byears of\b", re.I)
_NOT_STATE_BEFORE = re.compile(r"\b(?:ending|ended|ends|end|curtails?|curtailed)\s+(?:\w+\s+)?$", re.I)
# Chronic conditions of a place or a people: two or more in a clause of state tell how things have long been
# ("The country suffers from poverty, corruption and unrest"); one alone is as often the news ("unrest grew").
_CHRONIC = re.compile(r"\b(?:poverty|misrule|corruption|instability|unrest|turmoil|upheavals?|violence|dictatorships?|"
                      r"hardship|deprivation|inequality|coups?|mismanagement|underdevelopment|strife|lawlessness|"
                      r"malnutrition|disasters|oppression|tyranny|repression)\b", re.I)
# The hedge: a raising verb or a passive of belief, then a perfect of "have" or of "be" with no participle after it.
_HEDGE = re.compile(r"\b(?:appears?|seems?|(?:is|are) (?:widely |generally )?(?:believed|thought|said|known|considered)) "
                    r"(?=to have (?:long |always |often )?(?:had\b(?! (?:to|contact)\b)|been (?![a-z]+(?:ed|en|wn)\b)))",
                    re.I)
# The main clause's first verb group: a state or an endurance, not an event ("has suffered", "was ruled", "lives").
_STATE_VERBS = frozenset(
    "is are was were am be been has have had remain remains remained live lives lived suffer suffers suffered endure "
    "endures endured see sees saw seen experience experiences experienced know knows knew known face faces faced "
    "weather weathers weathered witness witnesses witnessed struggle struggles struggled languish languishes "
    "languished lag lags lagged depend depends depended rely relies relied appear appears seem seems".split())
# Passives of a lasting condition ("has been plagued by", "was ruled for decades by"), not of an event ("was killed").
_STATE_PASSIVES = frozenset("plagued marked dominated ruled governed known considered seen beset wracked racked "
                            "blighted scarred isolated divided ravaged torn mired stuck trapped".split())
# Irregular participles the shallow verb guess misses ("was sunk", "was hit", "has been shot").
_IRREGULAR = frozenset("sunk hit shot struck hung cut put set shut hurt let run won done gone led fed met laid sworn torn "
                       "begun come become made paid said sold told held found built sent spent lost left kept brought "
                       "bought caught taught fought dug spun stuck swung".split())
_AUX = frozenset("is are was were am has have had been being".split())
_SKIP = frozenset("not never also still long always often largely mostly".split())
_GROUP_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _state_head(text: str) -> bool:
    """True when the first verb group of ``text``'s main clause is one of state or endurance ("is", "has", "has
    long been", "has suffered", "was ruled", "remains"), not of an event ("has ended", "was killed", "signed")."""
    verbs = main_verbs(text)
    if not verbs:  # a plain present the shallow finder misses after a plural subject ("millions of people live")
        return aspect(text) == STATE
    words = [w.lower() for w in _GROUP_WORD.findall(text[verbs[0]:])][:6]
    group = [w for w in words if w not in _SKIP and not (w.endswith("ly") and len(w) > 4)]
    head = group[0] if group else ""
    if head not in _AUX:
        return head in _STATE_VERBS
    rest = [w for w in group[1:4] if w not in _AUX]
    nxt = rest[0] if rest and group[1] in _AUX | {rest[0]} else ""
    if nxt.endswith("ing") and group[1] == nxt and head in ("is", "are", "was", "were"):  # a progressive
        return nxt[:-3] in _STATE_VERBS or nxt[:-3] + "e" in _STATE_VERBS  # "are suffering", not "are bracing"
    if not nxt or not (is_verb(nxt) or nxt in _IRREGULAR or re.fullmatch(r"[a-z]+(?:en|wn)|seen|known|had", nxt)):
        return True  # "is a", "has been a haven", "has long", "was poor": a state
    return nxt in _STATE_VERBS or nxt in _STATE_PASSIVES


def long_span(text: str) -> bool:
    """True when ``text`` tells a long span ("decades of", "for centuries", "has long", "a history of", "since
    independence"), not as a record ("the worst since the 1980s"), in a main clause whose first verb is one of state
    or endurance."""
    spans = [m for p in (_SPAN, _YEARS_OF) for m in p.finditer(text)
             if not _RECORD.search(text, 0, m.start()) and not (p is _YEARS_OF and _NOT_STATE_BEFORE.search(text, 0, m.start()))]
    return bool(spans) and _state_head(text)


def chronic(text: str) -> bool:
    """True when ``text`` names two or more chronic conditions ("poverty", "misrule", "unrest", "corruption") in a
    main clause whose first verb is one of state or endurance ("suffers from", "has had", "appears to have had")."""
    return len({m.group().lower() for m in _CHRONIC.finditer(text)}) >= 2 and _state_head(text)


def cues(text: str, published: datetime | date | None) -> dict[str, float]:
    """``s_span``: 1 when ``text`` (an article published at ``published``) tells a state over time, a long span or
    chronic conditions (:func:`long_span`, :func:`chronic`), with no anchor in the last days and no one reporting it
    (:func:`summarizer.aspect.unreported`; a hedged perfect of a state, "appears to have had", read as the state
    itself, not as a finding of the news); else 0."""
    hedge = _HEDGE.search(text)
    plain = text[:hedge.start()] + text[hedge.end():] if hedge else text
    return {"s_span": float((long_span(text) or chronic(text)) and unreported(plain, published))}
