"""Told as done, or as a prospect? How a known sentence tells the word of an event.

A story is told first as a prospect ("the contractor *faces* up to four years", "a vote *is scheduled* for
Thursday", "the mayor *is expected to* resign", "*if convicted*, he could be jailed") or as a denial ("the mayor
did *not* attend", "released *without* charge"), and later as what happened ("was jailed for four years", "the
parliament voted", "the mayor resigned"). The later sentence shares most of its words with the earlier one, yet it
advances the story: the audience was told the event might happen, not that it did. :func:`unrealised` reads,
shallowly (no tagger), whether one word of a sentence is told in such a frame:

- after a modal, "to", "not", "never", "whether" or "if" (adverbs and auxiliaries between skipped: "will likely be
  sentenced", "did not attend");
- in the object of a verb or adjective of prospect, request or denial ("faces a *sentence*", "awaiting *trial*", "a
  possible *vote*", "seek a four-year *sentence*", "no *charges*", "without *charge*"), or of a verb after a modal
  ("could limit his *sentence*"), at most a few words between;
- as the modifier of a noun ("a *sentencing* hearing", "*voting* booths"): a thing named, no event told;
- before a participle of prospect ("the *vote* is scheduled for", "*sentencing* is due on Friday");
- in a clause that opens with a condition ("if tried and *convicted*", "unless the *vote* passes");
- in a sentence of the writer's own belief or guess ("I believe that at the *sentencing* the judge will ...").

:func:`realised_use` is then whether a text tells a word of an action as done at least once. A paraphrase of a done
event tells it as done, and stays told (:mod:`summarizer.told`).
"""
from __future__ import annotations

import re
from typing import Callable

from summarizer.chunks import AUX, is_verb
from summarizer.quotes import unquoted
from summarizer.text import words

# Words right before a verb that make it a plan, a prospect, a question or a denial rather than a fact told.
IRREALIS = frozenset("to will would could can may might must shall should whether if not never".split())
# Adverbs and auxiliaries skipped when looking for the word before a verb ("will likely be granted").
SKIP = frozenset("be been being have has had also still now soon then just likely probably possibly yet today tonight "
                 "yesterday again already".split())
# Heads of prospect or denial whose object is not (yet) an event: "faces a sentence", "awaiting trial", "no charges".
# Requests too: "prosecutors seek a four-year sentence" (asked for, not given).
_PROSPECT_HEADS = frozenset("""face faces facing await awaits awaiting risk risks risking possible potential planned
    proposed upcoming impending expected likely prospect threat no without pending seek seeks seeking sought request
    requests requested requesting demand demands demanded demanding""".split())
_MODALS = frozenset("will would could can may might must shall should".split())  # "could limit Murray's sentence"
# Participles after a noun that make it a prospect: "the vote is scheduled for Thursday", "sentencing is due".
_PROSPECT_AFTER = frozenset("scheduled expected due planned pending looming imminent likely".split())
# Noun-phrase words allowed between a head of prospect and the word it frames ("faces up to four years", "a possible
# new vote", "awaiting his sentencing").
_FILLER = frozenset("a an the his her its their up to of new further fresh second another more any".split())
_CONDITION = frozenset("if unless whether".split())
FRAME = 4  # words read back from a word for the head of a prospect


def irrealis(toks: list[str], at: int, attempted: Callable[[list[str], int], bool]) -> bool:
    """True when the verb at ``toks[at]`` is a plan, prospect, question or denial ("to grant", "will be granted",
    "did not attend"); ``attempted(toks, k)``: the verb at k is the infinitive of a verb of attempt (an act tried)."""
    k = at - 1
    while k >= 0 and (toks[k] in SKIP or toks[k].endswith("ly")):
        k -= 1
    return k >= 0 and toks[k] in IRREALIS and not attempted(toks, k + 1)


def _framed(toks: list[str], at: int) -> bool:
    """True when ``toks[at]`` is the object of a head of prospect or denial a few noun-phrase words before it, or a
    noun before a participle of prospect."""
    for k in range(at - 1, max(-1, at - 1 - FRAME), -1):
        if toks[k] in _PROSPECT_HEADS or (toks[k] in _MODALS and k < at - 1):
            return True
        if toks[k] not in _FILLER and not toks[k].isdigit() and (toks[k] in AUX or is_verb(toks[k])):
            break  # another verb: the frame ends ("faces trial after he was charged")
    if toks[at].endswith("ing") and at + 1 < len(toks) and _noun(toks[at + 1]):
        return True  # a modifier of a noun ("a sentencing hearing", "voting booths"): no event told
    k = at + 1
    while k < len(toks) and toks[k] in AUX:
        k += 1
    return k > at + 1 and k < len(toks) and toks[k] in _PROSPECT_AFTER


# The writer's own belief or guess ("I believe the judge will ...", "my bet is that"): an opinion tells no event.
_BELIEF = re.compile(r"\b(?:(?:I|we) (?:\w+ )?(?:believe|think|expect|bet|hope|predict|guess|doubt)|my (?:bet|guess|hope))\b")


def _noun(word: str) -> bool:
    """A shallow guess that a lower-cased word after an -ing form is the noun it modifies."""
    return word.isalpha() and word not in AUX and not is_verb(word) and word not in _FUNCTION


# Words after an -ing form that show it is a verb or a noun of its own, not a modifier ("voting for", "sentencing of").
_FUNCTION = frozenset("""a an the his her its their this that these those to of for in on at by with from into over
    and or but as than he she it they him them we us you i me my our your who which what when where while if because
    after before against under about up down out off""".split())


def unrealised(text: str, toks: list[str], at: int, attempted: Callable[[list[str], int], bool]) -> bool:
    """True when ``toks[at]`` (the lower-cased words of ``text``) is told as a prospect or a denial, not as done (see
    the module's docstring)."""
    if irrealis(toks, at, attempted) or _framed(toks, at) or _BELIEF.search(unquoted(text)):
        return True
    clauses = re.split(r"[,;:](?=\s|$)", unquoted(text))  # not "6,000"
    seen = 0
    for c in clauses:  # the clause of the word: a condition in it before the word
        cw = [w.lower() for w in words(c)]
        if seen + len(cw) > at:
            return bool(_CONDITION & set(cw[:at - seen]))
        seen += len(cw)
    return False


def realised_use(text: str, action: frozenset[str], terms_of: Callable[[str], frozenset[str]],
                 attempted: Callable[[list[str], int], bool]) -> bool | None:
    """True when ``text`` tells a word of ``action`` (its terms, read by ``terms_of``) as done at least once, False
    when it tells it only as a prospect or a denial, None when no word of it has a term of ``action``."""
    toks = [w.lower() for w in words(unquoted(text))]
    uses = [k for k, w in enumerate(toks) if action & terms_of(w)]
    if not uses:
        return None
    return any(not unrealised(text, toks, k, attempted) for k in uses)
