"""Adverbs a headline leaves out: degree and manner words that tell how, not what.

- A degree or manner adverb before a word ("deeply unpopular", "repeatedly pointed out", "plainly says"); not a hedge
  ("reportedly", "apparently", "allegedly"), a negation or an amount ("only", "nearly", "just"), nor one after "not",
  a determiner or a comma.
- A manner adverb of saying or acting before its verb ("has angrily rejected", "was forcibly removed", "flatly
  denied"): how a thing was said or done, not what; never one that tells a fact of the event (how badly someone was
  hurt, whether a thing was lawful, public, formal, final or first: "seriously injured", "illegally", "publicly",
  "formally", "narrowly"), which no list here holds.
- A comment set off by commas, one or two words ending in an "-ly" adverb ("had said, somewhat viciously, that",
  "with, appropriately enough, Le Monde"): the writer's comment on the clause; not a hedge, a time, an order or a
  scope (", apparently,", ", initially,", ", separately,", ", respectively,"), which keep what the clause claims.

Each is a candidate only: :func:`summarizer.compress.trim` applies the cheapest that keeps the facts, the quotations and
the main clause's verb.
"""
from __future__ import annotations

import re
from typing import Iterator

from summarizer.chunks import is_verb
from summarizer.quotes import quote_spans
from summarizer.segments import Edit
from summarizer.spans import inside

_INTENSIFIER = re.compile(r"\s(?:very|extremely|highly|deeply|hugely|largely|increasingly|particularly|especially|clearly|"
                          r"plainly|simply|openly|repeatedly|constantly|completely|entirely|totally|quietly|eventually|"
                          r"ultimately|visibly|genuinely|certainly|surely|obviously|basically|fairly|somewhat|relatively|"
                          r"incredibly|enormously|massively|remarkably|duly|swiftly|promptly|firmly|strongly)"
                          r"(?=\s[a-z])")
_KEEPS_ADVERB = frozenset("not no never nor the a an this that almost nearly most more less so too quite".split())  # "almost certainly"
_NEEDS_ADVERB = frozenset("much more less many few little".split())  # "very much a moot point"
# How a thing was said or done: the verb after it tells the event ("angrily rejected" -> "rejected").
_MANNER = frozenset("""angrily furiously bitterly vehemently vigorously fiercely emphatically forcefully forcibly hastily
    hurriedly quickly immediately calmly proudly happily warmly eagerly enthusiastically desperately tearfully emotionally
    nervously confidently boldly bluntly candidly frankly flatly categorically strenuously vociferously loudly
    aggressively viciously lavishly comfortably easily dramatically defiantly cheerfully gleefully gently politely""".split())
_PREPOSITIONS = frozenset("with by for of in on at to from into as than".split())  # before a participle that is an adjective
_AUX_BEFORE = frozenset("has have had was were is are be been being will would could should may might must did".split())
# A comma aside of a comment adverb: not a hedge, a time or order, a scope or a way a thing holds.
_ASIDE = re.compile(r",\s+(?:(?:somewhat|rather|perhaps|quite)\s+)?(?P<adv>[a-z]{3,}ly)(?:\s+enough)?,(?=\s)")
_KEEPS_ASIDE = frozenset("""apparently allegedly reportedly reputedly purportedly supposedly ostensibly seemingly evidently
    possibly probably presumably likely unlikely arguably only early initially originally previously recently
    subsequently eventually finally currently formerly separately respectively similarly likewise additionally
    partly mainly mostly largely chiefly especially particularly specifically primarily generally usually typically
    normally traditionally historically legally officially technically theoretically effectively actually""".split())


def adverb_edits(text: str) -> Iterator[Edit]:
    """The deletion of a degree or manner adverb before a word and of a comment adverb set off by commas."""
    quotes = quote_spans(text)
    for m in _INTENSIFIER.finditer(text):
        before = text[:m.start()].rsplit(" ", 1)[-1].lower()
        after = text[m.end():].split(" ", 2)[1:2]
        if before not in _KEEPS_ADVERB and not (after and after[0] in _NEEDS_ADVERB) and not before.endswith(",") and not any(  # "not very", "the very", ", often"
                s <= m.start() < e for s, e in quotes):
            yield Edit(m.start(), m.end(), "", 0.2, "adverb")
    for m in re.finditer(r"\s([a-z]{4,}ly)(?=\s([a-z]+))", text):
        before = text[:m.start()].rsplit(" ", 1)[-1].lower()
        if m.group(1) in _MANNER and (is_verb(m.group(2)) or before in _AUX_BEFORE) and not inside(m.start(), quotes) and (
                before not in _KEEPS_ADVERB | _PREPOSITIONS and not before.endswith(",")):  # not "with desperately needed funds"
            yield Edit(m.start(), m.end(), "", 0.2, "adverb")  # "has angrily rejected", "was forcibly removed"
    for m in _ASIDE.finditer(text):
        if m.group("adv") not in _KEEPS_ASIDE and not inside(m.start(), quotes):
            yield Edit(m.start(), m.end(), "", 0.1, "adverb")  # "had said, somewhat viciously, that" -> "had said that"
