"""Paraphrased repeats: does a sentence say only what one or two known sentences said?

Novelty (:mod:`summarizer.novelty`) measures how much of a sentence's weighted content is in
its closest known sentence (containment) and in the union of its nearest ones (coverage).
Three general refinements live here, all lexical (stems and news synonyms of
:func:`summarizer.text.terms`), so they cost a few set operations per sentence:

- *numbers in words* read as digits ("four shots" has the term "4", as "4 shots" has), and a
  people's name as its place's ("Haitians" has the term of "Haiti"), in the terms every memory holds
  (:func:`summarizer.memory.features`);
- *pair containment*: a sentence that merges two earlier sentences ("the quake struck near the
  capital" + "it measured 7.0" -> "the 7.0 quake struck near the capital") is contained in the
  union of two known sentences, though in neither alone;
- *a new action*: a sentence whose main action is a verb the audience was never told ("the
  results were delayed", "the detective was sacked") reports an event, however many of its
  other words (names, places, the story's vocabulary) are known. Such a sentence is not judged
  a repeat by the mean of its containment and coverage: precision first, a missed fact is a defect too.
"""
from __future__ import annotations

import re
from string import ascii_letters
from typing import Collection, Sequence

from summarizer.chunks import AUX, PREAMBLE, SAY_VERBS, is_verb
from summarizer.lexicon import SAID_WORDS
from summarizer.quotes import unquoted
from summarizer.text import canon, word_weight, words
from summarizer.wordforms import DEMONYMS
from summarizer.wordfind import compiled, word_char

_NUMERALS = {w: str(n) for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty".split()) if n >= 2}
_NUMERALS.update({w: str(10 * n) for n, w in enumerate("thirty forty fifty sixty seventy eighty ninety".split(), 3)})
_MULTIPLIERS = frozenset("hundred hundreds thousand thousands million millions billion billions dozen dozens".split())
NUMERAL_WEIGHT = 2.0  # the weight :func:`summarizer.text.terms` gives a number written in digits

# Verbs that carry no event of their own (they report, hedge or link): a new one of them is no new action.
_LIGHT = SAID_WORDS | frozenset("""reported reports added adds noted stated claimed claims believed believes
    thought thinks seemed seems appeared appears expected described called named made used became remained emerged
    continued according revealed disclosed quoted cited understood based involved concerned needed wanted asked
    speaking saying going coming getting being having doing making taking giving""".split())
# Degree achievements: a state grew or shrank ("ties have deepened", "the crisis worsened"). They characterise
# a known situation rather than report a discrete event, so a new one of them is no new action either.
_DEGREE = frozenset("""deepen deepened deepening consolidate consolidated consolidating strengthen strengthened
    strengthening weaken weakened weakening widen widened widening narrow narrowed narrowing grow grew grown growing
    intensify intensified intensifying worsen worsened worsening improve improved improving ease eased easing
    harden hardened hardening soften softened softening heighten heightened heightening deteriorate deteriorated
    deteriorating escalate escalated escalating""".split())
# Determiners and possessives: an -ed word right after one is an adjective ("the shamed cyclist").
_DETERMINER = frozenset("the a an this that these those his her its their our my your some any no every".split())
# Words after which a bare form is a verb ("to testify", "will resign", "could be").
_BEFORE_VERB = frozenset("to will would could can may might must shall should not never cannot cant wont dont doesnt didnt "
                         "couldnt wouldnt shouldnt mustnt".split())  # a negated modal as "can't" is read (summarizer.text.words)
# Progressive auxiliaries: "are now leaving", "were searching".
_BE = frozenset("is are was were been be am".split())
_ADVERB = re.compile(r"ly$")
_TRANSPARENT = frozenset("not never now still also already just even further then again".split())  # skipped like -ly adverbs
# A relative or participle clause set off by commas ("Kim, who led the talks, ..."; ", having lost the vote,").
_ASIDE = re.compile(r",\s+(?:who|whom|whose|which|where|having|being|after|before|while|as|since|despite|amid)\b[^,;]*(?:[,;]|$)")
# Verbs of attempt and onset: before "to", their infinitive is the action ("tried to suppress the report" tells a
# suppression tried, "began to withdraw" a withdrawal begun), not the light verb before it.
ATTEMPTS = frozenset("tried tries attempted attempts sought seeks managed manages began begins begun started starts".split())
MIN_ACTION_WEIGHT = 2.0  # rarer than "make", "give", "hit", "leave": a common verb says too little alone


def action_words(text: str) -> list[str]:
    """The verb-like words of ``text`` outside quotations that may carry its action, lower-cased, in order.

    Shallow (no tagger): past forms and participles (:func:`summarizer.chunks.is_verb`), a bare form
    after "to" or a modal, and an -ing form after a form of "be" (adverbs between are skipped).
    Auxiliaries, reporting or linking verbs ("said", "described"), verbs of a gradual change of state
    ("deepened"), a verb of attempt before "to" (``ATTEMPTS``: its infinitive is the action) and -ed
    adjectives ("the shamed cyclist", "unconfirmed") are left out.
    """
    toks = [w.lower() for w in words(unquoted(text))]
    out: list[str] = []
    prev = ""  # the last word that is not an adverb
    for i, w in enumerate(toks):
        if w in AUX or w in _LIGHT or w in _DEGREE or w in SAY_VERBS or w in _TRANSPARENT or not w.isalpha():
            pass
        elif w in ATTEMPTS and toks[i + 1:i + 2] == ["to"]:
            pass
        elif prev in _DETERMINER or (w.startswith("un") and w.endswith("ed")):
            pass  # an adjective: "a devastated city", "unconfirmed reports"
        elif is_verb(w) or prev in _BEFORE_VERB or (prev in _BE and w.endswith("ing") and len(w) > 5):
            out.append(w)
        if w not in _TRANSPARENT and not (_ADVERB.search(w) and len(w) > 4):
            prev = w
    return out


def with_numerals(text: str, terms: dict[str, float]) -> dict[str, float]:
    """``terms`` of ``text`` with each number written as a word ("four shots") as its digits ("4"), the term
    a figure in digits has: "shot four times" and "4 shots" share it. A word before "hundred", "thousand"
    and the like is part of a larger figure and left as it is ("one" is left too: "one of them").
    Returns ``terms`` itself when ``text`` has no such word (the dict is shared: never modified)."""
    toks = words(text)
    if _NUMERALS.keys().isdisjoint(toks):
        return terms  # most sentences write no number in words: one set test, not a walk over their words
    found = [(w, _NUMERALS[w]) for w, after in zip(toks, toks[1:] + ("",)) if w in _NUMERALS and after not in _MULTIPLIERS]
    if not found:
        return terms
    out = dict(terms)
    for w, digits in found:
        out.pop(canon(w), None)  # "twelv", where the stemmer keeps the word
        out[digits] = max(out.get(digits, 0.0), NUMERAL_WEIGHT)
    return out


_PLACE_TERMS = {canon(d): canon(p) for d, p in DEMONYMS.items() if canon(d) and canon(p) and canon(d) != canon(p)}


def place_term(term: str) -> str:
    """The term of the place a demonym's term names ("haitian" -> "haiti"), else ``term`` itself."""
    return _PLACE_TERMS.get(term, term)


def main_action(text: str) -> str:
    """The first action word of the main clause of ``text`` (a leading adverbial or subordinate clause and
    asides between commas skipped), or "" when none is found."""
    main = text.strip()
    for _ in range(3):  # stacked adverbials: "Under our law, having lost every appeal, we must ..."
        main, n = PREAMBLE.subn("", main, count=1)
        if not n:
            break
    main = _ASIDE.sub(",", main)
    found = action_words(main)
    if len(found) > 1 and (_reduced_relative(main, found[0]) or f" who {found[0]} " in main):
        # "The hearing of the pilot *charged* with causing ... has been *postponed*": the verb after an auxiliary acts
        later = next((w for w in found[1:] if compiled(rf"\b(?:{_AUX_WORDS}) (?:\w+ly )?{w}\b", re.I).search(main)), "")
        return later or found[0]
    return found[0] if found else ""


_AUX_WORDS = "has|have|had|is|are|was|were|been"
_PREPOSITIONS = "of|with|in|by|for|over|after|from|on|at"


def _reduced_relative(text: str, word: str) -> bool:
    """``word`` is a participle right after a noun and before a preposition, with no auxiliary before it ("the doctor
    accused of", "troops killed in"): a clause that modifies the noun, not the sentence's action."""
    before = _word_before(text, word)
    return before is not None and before.lower() not in _AUX_WORDS.split("|") and before.islower() \
        and before.lower() not in _BEFORE_VERB and not before.endswith("ly")


_LETTERS = frozenset(ascii_letters)
_PREPOSITION_WORDS = tuple(_PREPOSITIONS.split("|"))


def _word_before(text: str, word: str) -> str | None:
    """The first group of ``re.search(rf"\\b([A-Za-z]+) {word} (?:{_PREPOSITIONS})\\b", text)`` (None when it finds
    none), read with ``str.find`` instead of a pattern compiled for each word (a verb-like ``word``: letters only)."""
    probe = f" {word} "
    at = text.find(probe)
    while at >= 0:  # the leftmost match ends its letters at the leftmost " word " that qualifies
        start = at
        while start and text[start - 1] in _LETTERS:
            start -= 1
        after = at + len(probe)
        if start < at and (not start or not word_char(text[start - 1])) and any(
                text.startswith(p, after) and (after + len(p) == len(text) or not word_char(text[after + len(p)]))
                for p in _PREPOSITION_WORDS):
            return text[start:at]
        at = text.find(probe, at + 1)
    return None


def new_action(text: str, known: Collection[str]) -> str:
    """The main action word of ``text`` when its term (stem or news synonym) is not in ``known`` and the
    word is not a common one; "" otherwise (the action was told, or says too little alone)."""
    w = main_action(text)
    t = canon(w) if w else ""
    return w if t and t not in known and word_weight(w) >= MIN_ACTION_WEIGHT else ""


def pair_containment(terms: dict[str, float], total: float, candidates: Sequence[Collection[str]]) -> float:
    """The weighted share of ``terms`` found in the union of the first of ``candidates`` (the closest known
    sentence) and the one other candidate that adds most."""
    if not candidates or total <= 0:
        return 0.0
    first = candidates[0]
    base = [t for t in terms if t not in first]  # what the closest sentence leaves unsaid, in the sentence's order
    best = 0.0
    for other in candidates[1:]:
        best = max(best, sum([terms[t] for t in base if t in other]))
    told = total - sum([terms[t] for t in base])
    return (told + best) / total
