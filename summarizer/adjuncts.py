"""Trailing setting phrases a headline leaves out: a chain of place or occasion phrases after the object.

"... unveiled the computer at the MacWorld show in New York." ends in phrases that tell where something was done,
not what. Each start of such a trailing chain is a candidate: a preposition of place or occasion after a noun
phrase (not after a verb, a particle or a noun that takes the phrase as its complement: "reel in", "took place
in", "a fall in Britain"; not after "every"/"all", whose phrase says which ones), whose first phrase is a setting
(a setting noun: "at a news conference"; a name after a preposition of place: "in Los Angeles"), up to the end,
with no verb, clause word, month, weekday, figure, quotation or punctuation in it. :func:`summarizer.compress.trim`
applies the cheapest that keeps the facts, and never one that takes a name the reader has not been told
(rule "place": :func:`summarizer.trimmers.names_lost`).
"""
from __future__ import annotations

import re
from typing import Iterator

from summarizer.chunks import AUX, NEEDS_PLACE, NOT_PARTICIPLE, has_verb, is_verb
from summarizer.lexicon import DETERMINERS, MONTH_NAMES, WEEKDAY_NAMES
from summarizer.mainclause import main_verbs
from summarizer.quotes import quote_spans
from summarizer.segments import Edit
from summarizer.spans import inside

# Prepositions that lead an adjunct of place, time or setting; "on" and "amid" only before a setting noun.
_PREPOSITIONS = r"(?:in|at|near|outside|inside|across|throughout|around|during|amid|on)"
_LOCATIVE = frozenset("in at near outside inside across throughout around".split())
_START = re.compile(rf"\s(?P<p>{_PREPOSITIONS})\s(?=[\w'’])")
# Prepositions a chain may go on with: "at the show in New York", "at the front of the stage".
_CHAIN = re.compile(r"\s(?:of|in|at|on|near|outside)\s")
# What may not be inside the chain: a clause word, a coordination, punctuation, a figure, a quotation.
_CLAUSE_WORD = re.compile(rf"\b(?:{MONTH_NAMES}|"
                          rf"{WEEKDAY_NAMES}|who|whom|whose|which|that|where|when|while|if|because|and|or|but|than|as|not|to|"
                          r"he|she|they|it|we|i|you|with|for|by|from|over|under|about|into|until|till|before|after|since|unless|next|ago)\b|[,;:()\[\]\"“”‘’—–]|\s-\s|\d",
                          re.I)
# Head nouns of a setting: where or when something was said or done, not what was done.
SETTING_NOUNS = frozenset("""conference meeting meetings summit session ceremony rally event show exhibition fair expo
    festival concert gathering forum briefing hearing court courthouse speech address interview appearance visit
    dinner lunch breakfast reception convention city capital town village province region country area district county
    street square building headquarters office offices home house hotel hospital airport base border camp compound
    palace embassy stadium venue studio site scene station port campus school university church mosque market centre
    center room hall chamber floor finish""".split())  # no time nouns: "in the first quarter" dates a figure
# Idioms whose "of" phrase carries the fact: "in the event of", "in the wake of", "in the face of".
_IDIOM = re.compile(r"^\s(?:in|at|on)\s(?:the\s)?(?:event|case|wake|face|light|absence|name|hope|form|way|end|start|"
                    r"beginning|heart|centre|center|hands|top|bottom|head|side|expense|cost|mercy|forefront|time)\s(?:of)\b", re.I)
# Nouns that take a phrase with "in", "on" or "at" as their complement: "a fall in Britain", "its war in Afghanistan".
_COMPLEMENT_NOUNS = frozenset("""interest increase rise fall drop decline cut cuts growth jump surge slump change changes
    role stake share investment part involvement attack attacks ban tax debate vote decision ruling effect impact talks
    pressure war crackdown focus limit sanctions control grip lead advantage victory defeat confidence faith trust
    belief expert experience deal agreement report inquiry investigation probe problems problem crisis presence
    operations dominance influence""".split())
_DETERMINERS = DETERMINERS - {"that"}  # "said that in ...": "that" is as often the conjunction
_QUANTIFIERS = frozenset("every all each no any some most many few".split())
_NUMBERS = frozenset("one two three four five six seven eight nine ten dozen hundred thousand million billion".split())
# Words before a preposition that make it a complement or a particle: "took place in", "crack down on".
_BOUND = NEEDS_PLACE | AUX | frozenset("place down up out off back away along part".split())


def _noun_phrase_before(before: list[str]) -> bool:
    """True when the last words before a preposition are a noun phrase: a determiner or a possessive within four
    words, then no verb and no number ("the lead group", "Mr Bush's war"); not "to reel", "will get", "five miles"."""
    tail = [w.lower() for w in before[-4:]]
    for k in range(len(tail) - 1, -1, -1):
        w = tail[k]
        if w in _NUMBERS or not w.replace("-", "").replace("'", "").replace("’", "").isalpha():
            return False
        if w in AUX or is_verb(w):  # "the wealth created in Houston": the phrase completes the participle
            return False
        if w in _QUANTIFIERS:
            return False  # "every school in the province": the phrase says which ones
        if w in _DETERMINERS or w.endswith(("'s", "’s")):
            return k < len(tail) - 1  # the determiner has its noun after it
    return False


def _setting(first: str, prep: str) -> bool:
    """True when the first phrase of a chain names a setting: its head noun is a setting noun ("at a news
    conference"), or, after a preposition of place, it is a name ("in Los Angeles")."""
    tokens = first.split()
    if not tokens:
        return False
    if tokens[-1].lower() in SETTING_NOUNS:
        return True
    names = tokens[1:] if tokens[0].lower() == "the" else tokens
    return prep in _LOCATIVE and bool(names) and all(t[:1].isupper() for t in names)


def adjunct_edits(text: str) -> Iterator[Edit]:
    """The deletion of a trailing chain of setting phrases after the object, from each preposition that may start one."""
    end = len(text.rstrip(" .!?"))
    if end < 60 or text[end - 1:end] in "\"”’'":
        return
    quotes = quote_spans(text)
    for m in _START.finditer(text, 0, end):
        span = text[m.start():end]
        if len(span) > 90 or _CLAUSE_WORD.search(span, 1) or inside(m.start(), quotes) or _IDIOM.match(span):
            continue
        before = text[:m.start()].split()
        if (len(before) < 4 or before[-1].lower() in _BOUND | _COMPLEMENT_NOUNS or not _noun_phrase_before(before)
                or before[-1].islower() and before[-1].endswith("ing") and before[-1] not in NOT_PARTICIPLE  # "working in"
                or has_verb(span) or {"and", "or"} & {w.lower() for w in before[-4:]}):
            continue  # "took place in", "a rise in", "five miles from", "176 in Mexico and a toddler in Texas"
        chain = _CHAIN.search(span, m.end() - m.start() - 1)
        first = span[m.end() - m.start():chain.start() if chain else len(span)]
        if not _setting(first, m.group("p")):
            continue
        verbs = main_verbs(text[:m.start()])
        if not verbs:
            continue  # the clause before needs its verb
        yield Edit(m.start(), end, "", 0.7, "place")  # only while a line is well over its goal
