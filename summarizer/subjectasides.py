"""Asides inside a sentence's subject that a headline leaves out: what the clause resumes after.

- a participial or other verbless aside between the opening subject and its verb: "One official, reflecting
  frustration with the talks, even suggested ..." -> "One official even suggested ..."; "The photos, taken from
  security cameras, show ..." -> "The photos show ..."; "Kim, usually quick to condemn such steps, told ..." -> "Kim
  told ...";
- a source's wish not to be named, with or without commas: "A port engineer who asked not to be named while
  the talks go on denied ..." -> "A port engineer denied ...".

Each is a candidate only: :func:`summarizer.compress.trim` applies the cheapest that keeps every figure, the
quotations and the main clause's finite verb.
"""
from __future__ import annotations

import re
from typing import Iterator

from summarizer.chunks import PAST_FORMS, PREAMBLE, has_verb, verb_after
from summarizer.quotes import quote_spans
from summarizer.segments import Edit
from summarizer.spans import inside

# "Kim, speaking on Monday, said": a name or short noun phrase, a participle and its phrase, a comma, the verb (an
# adverb may stand before it: "even suggested", "quickly agreed").
_PARTICIPLE_ASIDE = re.compile(r"^(?P<subject>[A-Z][^,;:“”\"()]{1,60}?)(?P<cut>,\s+(?P<part>[a-z]{3,})\s[^,;:“”\"()]{3,120}?,)"
                               r"\s+(?:(?:even|also|still|now|then|later|[a-z]{3,}ly)\s+)?(?P<verb>[a-z]+)\b")
# Prepositions and nouns with a participle's ending: "Kim, during the talks,", "Kim, according to X,", "the king, a
# darling of the press,": not participles.
_NOT_PARTICIPLE = frozenset("during including following according regarding concerning notwithstanding pending bring "
                            "thing string ring king sing wing spring morning evening darling ceiling feeling red bed "
                            "need seed speed shed hundred shown seen pictured".split())  # "shown here in May": a caption's
# A source that asks not to be named: the wish tells no fact of the news ("who spoke on condition of anonymity").
_UNNAMED = re.compile(r"(?P<comma>,)?\s+who\s+(?:had\s+)?(?:asked|requested|spoke|declined|refused|did\s+not\s+(?:want|wish)|"
                      r"(?:was|were|is|are)\s+not\s+(?:authori[sz]ed|permitted|allowed))\b[^,;:“”\"()]{0,60}?\b(?:named|"
                      r"identified|anonymity|publicly|on\s+the\s+record)\b")
_BECAUSE_OF = re.compile(r"\s+because\s+of\s+(?:[^\s,;:“”\"()]+\s+){1,8}")  # "because of the ongoing talks "


def _participle(word: str) -> bool:
    """Whether ``word`` reads as a participle opening an aside: "reflecting", "taken", "backed"."""
    if word in _NOT_PARTICIPLE:
        return False
    return word.endswith("ing") or word.endswith("ed") or word in PAST_FORMS


def _verbless(aside: str) -> bool:
    """Whether a comma aside is a verbless phrase that is no relative clause, appositive, list item or conjunct and
    names no one: "usually quick to condemn western mis-steps" (an adjective's phrase; "quick to condemn" holds no
    finite verb); not "according to X", "such as the Bolsa Familia", "fiance of Bristol Palin"."""
    first, named = aside.strip(" ,").split(" ", 1)[0], re.search(r"\s[A-Z]", aside)  # "fiance of Jo Roe": who he is
    return first not in _NOT_ASIDE and not named and not has_verb(aside.strip(" ,")) and len(aside.split()) >= 3


_NOT_ASIDE = frozenset("and or but nor who whom whose which that where when while if as because although though since "
                       "so then a an the his her its their this these those along together alongside plus including "
                       "not according such".split())  # an appositive is another rule's; "along with X" names a second actor


def subject_aside_edits(text: str) -> Iterator[Edit]:
    """The deletion of a participial aside after the opening subject and of a source's wish not to be named."""
    quotes = quote_spans(text)
    m = _PARTICIPLE_ASIDE.match(text)
    preamble = PREAMBLE.match(text)
    if (m and (_participle(m.group("part")) or _verbless(text[m.start("cut"):m.end("cut")]))
            and verb_after(m.group("subject").split()[-1].lower(), m.group("verb")) and not has_verb(m.group("subject"))
            and not (preamble and preamble.end() <= m.end("subject") + 2) and not inside(m.start("cut"), quotes)):
        yield Edit(m.start("cut"), m.end("cut"), "", 0.3, "aside")  # "Kim, speaking on Monday, said"
    for u in _UNNAMED.finditer(text):
        if inside(u.start(), quotes):
            continue
        if u.group("comma"):
            if text[u.end():u.end() + 1] == "," or not text[u.end():].strip(" .!?"):
                yield Edit(u.start(), u.end() + 1, "", 0.1, "aside")  # ", who asked not to be named," goes with its commas
            continue
        reason = _BECAUSE_OF.match(text, u.end())  # without commas the clause ends where the main verb starts
        stops = [u.end()] + ([u.end() + k.start() for k in re.finditer(r"\s(?=\S)", text[u.end():reason.end() + 1])][1:]
                             if reason else [])
        for stop in stops:
            nxt = text[stop:].split(None, 1)[:1]
            if nxt and verb_after("", nxt[0]):
                yield Edit(u.start(), stop, "", 0.1, "aside")  # "A port engineer who asked not to be named denied"
                break
