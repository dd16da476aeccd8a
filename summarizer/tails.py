"""Deletions found by pattern for long lines: a phrase said twice, a trailing place or occasion phrase, trailing
examples or a noun-led relative clause, a short example the clause resumes after (", such as
Mexico, of the dangers"), and an appositive with commas of its own before the verb.

Each is a candidate only: :func:`summarizer.compress.trim` applies the cheapest that keeps the
facts, the quotations and the main clause's verb (:mod:`summarizer.mainclause`).
"""
from __future__ import annotations

import re
from typing import Iterator

from summarizer.adjuncts import adjunct_edits
from summarizer.chunks import AUX, LINK_ADVERBS, NEEDS_PLACE, PAST_FORMS, PREAMBLE, VERB_BEFORE, has_verb, is_verb, open_subordinate
from summarizer.segments import Edit
from summarizer.settingcuts import setting_edits

# An appositive after a name that holds commas of its own, up to the verb: "Jo Roe, the Westland engineer who is in
# charge of two depots north of the capital, Lowmere, says".
_LONG_APPOSITIVE = re.compile(r"\b[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}(?P<cut>,\s+(?:the|a|an)\s[^;:“”\"()]{3,200}?,)\s+(?=(?:says|said|is|was|has|"
                              r"had|will|would|told|added|warned|called|[a-z]{3,}ed)\s)")
# A trailing place or occasion phrase, names and all ("at the opening of round three of the Veltria Cup in Lowmere").
_TRAILING_PHRASE = re.compile(r"\s+(?:at|in|on|during|across|near|outside|inside|around|throughout)\s+(?:the|a|an|his|her|its|"
                              r"their|this|that)\s(?:(?!\s(?:at|in|on|of|for|to|by|with|from|that|which|who|until|before|since|after)\s)[^,;:“”\"()]){3,60}"
                              r"(?=[.!?]?$)")
_PUT_VERBS = frozenset("put puts putting place placed places placing".split())  # verbs whose object needs a place


def put_before(text: str, at: int) -> bool:
    """True when a verb whose object needs a place ("put", "placed") stands within the four words before ``at``: "to
    put their horses in the north field" keeps its place phrase; or when a participle right after a noun phrase
    opened by a determiner, number or preposition leads it ("set fire to three cars parked outside the hall": without
    its place the participle dangles); or when it sits between a clause's subject and its verb."""
    before = [w.lower().strip(",") for w in text[:at].split()[-3:]]
    if len(before) == 3 and (before[2].endswith("ed") or before[2] in PAST_FORMS) and before[0] in _NOUN_OPENERS \
            and before[1].isalpha() and not before[1].endswith("ly") and before[1] not in AUX \
            and has_verb(" ".join(text[:at].split()[:-3])):  # a verb before: an object's participle, not "The firm said"
        return True
    if (m := _OPEN_CLAUSE.search(text, 0, at)) and not has_verb(m.group("subject")):
        return True  # "the way how ports along the coast handle ...": the clause's verb comes after it
    return any(w.lower() in _PUT_VERBS for w in text[:at].split()[-4:])


# A clause opened by a wh-word or "whether" whose subject ends right before a place phrase, no verb yet.
_OPEN_CLAUSE = re.compile(r"\b(?:how|what|where|why|whether|if)\s+(?P<subject>(?:[\w'’-]+\s+){0,3}[\w'’-]+)\s*$", re.I)


_NOUN_OPENERS = frozenset("the a an his her its their this that these those some many two three four five six seven eight "
                          "nine ten dozens hundreds thousands of to for from with by on at in".split())


OPENER_WORDS = frozenset("he she it they we i you who which that".split())
_PARTICLES = frozenset("down up out off back over away place".split())  # "crack down on X", "takes place in X"
# A phrase said twice over with the same preposition and head noun; the second, fuller telling stays.
_REPEATED_PHRASE = re.compile(r"\s(?P<p>from|in|on|at|of|for|by|with|after|during)\s(?:the|a|an)\s(?:[\w'’-]+\s){0,3}?(?P<h>[a-z]{3,})"
                              r"(?P<again>\s(?P=p)\s(?:the|a|an|his|her|its|their)\s(?:[\w'’-]+\s){0,4}?(?P=h))\b")
# A trailing relative clause led by a noun phrase: "..., the credibility of which was undermined by fraud."
_OF_WHICH = re.compile(r",\s+(?:the|a|an|some|many|most|all|none|one|two|three)(?:\s[\w'’-]+){0,4}\s(?:of|in|for|by)\s(?:which|whom)\b"
                       r"[^;:“”\"()]{3,}?(?=[.!?]?$)")
# A short example the clause resumes after: "neutral members of the council, such as Mexico, of the dangers".
_RESUMING = r"(?:of|to|into|onto|for|from|that|about|with|in|on|by)"
_EXAMPLE_ASIDE = re.compile(r",\s+(?:such as|including|notably|among them)\s[^,;:“”\"()]{2,40},(?=\s" + _RESUMING + r"\s)")
# Trailing examples: "..., including the Guardian, the Telegraph and the New York Times."
_EXAMPLES = re.compile(r",\s+(?:including|such as|among them|notably|especially|particularly)\s[^;:“”\"()]{3,}?(?=[.!?]?$)")


def _trailing_phrase(text: str) -> Edit | None:
    """The deletion of a trailing place or occasion phrase after a noun ("... took protesters to task in an opinion
    piece."); none after a verb or particle, whose complement it is ("competes in the final", "crack down on X"), or
    after a linking verb and an adverb ("is almost at an end"), nor for a phrase with a verb of its own."""
    m = _TRAILING_PHRASE.search(text)
    if not m:
        return None
    two = text[:m.start()].split()[-2:]
    before, ahead = (two[-1].lower() if two else ""), (two[0] if len(two) == 2 else "")
    verbal = (before.endswith("s") and (ahead.endswith(",") or ahead.lower() in OPENER_WORDS or ahead[:1].isupper())
              or ahead.lower() in VERB_BEFORE | NEEDS_PLACE)  # "to embark on a career", "will compete in the final", "put him in"
    put = put_before(text, m.start())
    linked = ahead.lower() in AUX and (before in LINK_ADVERBS or before.endswith("ly"))  # "is still on the stand"
    if (before in NEEDS_PLACE | AUX | _PARTICLES or before.endswith("ing") or is_verb(before) or verbal or put or linked
            or has_verb(m.group(0)) or _FIGURE.match(m.group(0))):
        return None
    return Edit(m.start(), m.end(), "", 0.75, "place")


# A body part or a way of one's own after a possessive: "stand X on its head", "stopped in their tracks", "on its
# feet", "in his hands": a figure of speech the verb needs, no place.
_FIGURE = re.compile(r"\s+(?:on|in|at|off|to)\s+(?:his|her|its|their|our|my|your)\s+(?:head|heads|feet|foot|hands?|knees|"
                     r"shoulders|hearts?|minds?|backs?|tracks|toes|lap|faces?|eyes|way|word|own)\b")


def pattern_edits(text: str) -> Iterator[Edit]:
    """The pattern deletions this module proposes for ``text``."""
    for m in _REPEATED_PHRASE.finditer(text):
        yield Edit(m.start(), m.start("again"), "", 0.0, "repeat")  # "from the quake from the 12 January quake"
    yield from adjunct_edits(text)
    yield from setting_edits(text)
    trailing = _trailing_phrase(text)
    if trailing:
        yield trailing
    for m in _EXAMPLE_ASIDE.finditer(text):
        yield Edit(m.start(), m.end(), "", 0.3, "example")  # "members, such as Mexico, of the dangers": it resumes
    tail = _EXAMPLES.search(text) or _OF_WHICH.search(text)
    if tail and tail.re is _EXAMPLES and (any(w in AUX for w in tail.group(0).lower().split())
                                          or re.search(r",\s" + _RESUMING + r"\s", tail.group(0)[1:])):
        tail = None  # "that 12 games, including X, Y and Z, would be out", "ordered 70, including a couple, into quarantine"
    if tail:
        yield Edit(tail.start(), tail.end(), "", 0.5, "examples")
    for m in _LONG_APPOSITIVE.finditer(text):
        opens = m.start() == 0 or text[:m.start()].endswith(", ")
        if opens and not PREAMBLE.match(text[m.start():m.start("cut")] + ", ") and not open_subordinate(m.group("cut")) and not (
                re.search(r",\s+(?:and|or)\s[^,]+,\s+[A-Z][^,]*,$", m.group("cut"))):  # "between the hero, Liu, the champion, and the holder, Kim,"
            yield Edit(m.start("cut"), m.end("cut"), "", 0.3, "appositive")
