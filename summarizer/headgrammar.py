"""A headline in headline grammar run into the lead, at a subject that only a sentence start capitalises.

Headlines drop the auxiliary of a passive ("Survivors pulled from ...", "Relief effort hampered by ...") and
the final stop, so a page flattened to text runs one into the lead with nothing but a capital to mark the seam:
"Ferry passengers rescued off the coast of Norland Divers have brought ...". The headline is no complete
clause, so the tests of :mod:`summarizer.subjectstarts` (which ask for a finite verb on the left) do not read it.
:func:`headline_subject` cuts there (where a line opens, or after a headline cut off it) when

- the left part opens with a capital, holds no punctuation, auxiliary, reporting verb or subordinator, and is in
  headline grammar: a noun, then a past participle with no auxiliary, then a preposition ("pulled from");
- it ends on a content word: a lower-case noun, or a capitalised place after its preposition ("in Norland",
  "from UN headquarters in Port Roe"), never a function word, a role noun or an adjective;
- the right part opens a plural subject that only a sentence start capitalises, with its finite verb that agrees
  with a plural (:func:`summarizer.subjectstarts.bare_subject`; "Jobs was" is a name); or a title, a name and a
  finite verb after a full name that ends the headline ("... praised by Jo Roe Mrs Roe stood in ..."; after a
  common noun a title opens an apposition, "the nurse Dr Jo Roe", and after a rank it goes on with it, "Lieutenant
  General"); or a name's possessive, its nouns, an apposition in commas and a finite verb after a lower-case noun
  ("... of harbour officer Norland's mayor, Jo Roe, said ...").

A reduced relative clause looks the same up to the seam ("Survivors pulled from the rubble have ..."), but
English writes no capitalised common plural, title or possessive name right after its place: the capital is the
sentence start.
"""
from __future__ import annotations

from summarizer import gluewords as W
from summarizer.lexicon import PARTICIPLES, ed_verb
from summarizer.runon import core_word, finite
from summarizer.seams import WORKS
from summarizer.subjectstarts import bare_subject

MIN_LEFT = 3
MAX_LEFT = 16  # words of a headline
MIN_ZIPF = 2.5  # a plural subject after a headline is a word of English (rarer ones than a mid-sentence test takes)
AGREE_REACH = 12  # words from the subject to its first verb
# Prepositions after a headline's participle ("pulled from", "hampered by", "devastated by").
_PREPS = frozenset("by from in at after over for with to on into amid across near off outside inside under".split())
# Simple pasts that are also past participles ("hit", "held"): "Aid convoy held at border" is headline grammar.
_SHARED_PAST = frozenset("""bent bought brought built caught cut dealt felt found heard held hit kept led left lent lost made meant
    met paid put sent set shot sold sought spent struck swept taught understood won""".split())
# Finite verbs that agree with a singular subject only: a plural subject before one is a name ("Jobs was").
_SINGULAR = frozenset("is was has does".split())
# Prepositions before a name that ends a headline in headline grammar ("praised by Jo Roe").
_AGENT_PREPS = _PREPS | W.PLACE_PREPS
# Endings of a people's adjective before a title ("Norlandish President Jo Roe"): part of the speaker's name.
_PROPER_ENDS = ("an", "ish", "ese", "i", "ic")
# Words that go on into a title ("Vice President", "Lieutenant General"), and titles that stand second in one.
_RANKS = frozenset("Vice Deputy Lieutenant Major Acting Former Brigadier Attorney Surgeon Solicitor Inspector Chief".split())
_SECOND_TITLES = frozenset("General Gen".split())
_PUNCT = frozenset(",;:!?()\"“”.")
_NOT_LAST = W.FUNCTION | W.ROLES | W.INTRO | W.TIME
_ADJECTIVE_ENDS = ("ing", "ly", "ive", "ous", "ful", "ible", "able", "ic", "al", "est")


def _participle(word: str) -> bool:
    """``word`` can be a past participle: a regular "-ed" form or an irregular one ("taken", "hit", "struck")."""
    return word.isalpha() and word.islower() and (len(word) > 4 and ed_verb(word) or word in PARTICIPLES
                                                  or word in _SHARED_PAST)


def _headline_grammar(left: list[str]) -> bool:
    """``left`` holds a noun, a past participle with no auxiliary (in lower case) and a preposition after it, and
    no other verb ("Survivors pulled from UN headquarters in Norland"; not "... previously visited in ...")."""
    low = [w.lower() for w in left]
    if any(w in W.AUX or w in W.CLAUSE_VERBS or w in W.SUBORDINATORS for w in low):
        return False
    heads = [k for k in range(1, len(low) - 1) if _participle(left[k]) and low[k + 1] in _PREPS
             and left[k - 1].isalpha() and low[k - 1] not in W.FUNCTION and not low[k - 1].endswith("ly")]
    if len(heads) != 1:
        return False
    return not any(finite(w) or w in W.FINITE for k, w in enumerate(low) if k != heads[0])


def _name_part(word: str) -> bool:
    """``word`` is a capitalised name or a part of one ("Norland", "Port-au-Prince", "UN")."""
    parts = [p for p in word.split("-") if p]
    return bool(parts) and word[:1].isupper() and all(p.isalpha() for p in parts) \
        and (all(p[1:].islower() or len(p) <= 2 for p in parts) or word.isupper())


def place_end(left: list[str], preps: frozenset[str] = W.PLACE_PREPS) -> bool:
    """``left`` ends on a place after its preposition: one to three capitalised words after "in", "from", "at" ...
    (``preps``: the prepositions that may stand before it)."""
    k = len(left)
    while k > 0 and len(left) - k < 3 and _name_part(left[k - 1]):
        k -= 1
    return len(left) - 3 <= k < len(left) and k > 0 and left[k - 1] in preps and left[-1] not in W.TITLES \
        and not any(w.lower().endswith(("ed", "ing")) for w in left[k:])  # "of Chartered Accountants": a name goes on


def _full_name_end(left: list[str]) -> bool:
    """``left`` ends on a name of two or three words after a preposition ("praised by Jo Roe"), no people's adjective
    ("Norlandish") or rank that a title goes on from ("Vice", "Lieutenant")."""
    k = len(left)
    while k > 0 and len(left) - k < 3 and _name_part(left[k - 1]) and not left[k - 1].isupper():
        k -= 1
    return len(left) - k >= 2 and left[k - 1] in _AGENT_PREPS and not left[-1].endswith(_PROPER_ENDS) \
        and not any(w in _RANKS for w in left[k:])


def _noun_end(left: list[str], owner: bool = False) -> bool:
    """``left`` ends on a lower-case noun: no function word, adjective or verb form, and no role (``owner``: a role may
    end it before a name's possessive, which no apposition opens: "... of an officer Norland's army has ...")."""
    last = left[-1]
    return last.isalpha() and last.islower() and (last not in _NOT_LAST or owner and last in W.ROLES) and not last.endswith(_ADJECTIVE_ENDS) \
        and last not in WORKS \
        and not finite(last) and not _participle(last)


def _left(tokens: list[str], i: int) -> bool:
    """``tokens[:i]`` is a headline in headline grammar that may end before the subject at ``tokens[i]`` (see the
    module)."""
    if not MIN_LEFT <= i <= MAX_LEFT or not tokens[0][:1].isupper():
        return False
    if any(c in _PUNCT for t in tokens[:i] for c in t):
        return False  # prose, a quotation or a headline with its own stop
    left = [core_word(t) for t in tokens[:i]]
    low = [w.lower() for w in left]
    if low[0] in W.INTRO or low[0] in W.PRONOUN_WORDS or low[0] in W.SUBORDINATORS or low[0].endswith("ing"):
        return False
    if not _headline_grammar(left):
        return False
    if tokens[i] in W.TITLES:  # after a noun, a title opens its apposition ("the nurse Dr Jo Roe")
        return _full_name_end(left) and tokens[i] not in _SECOND_TITLES
    if tokens[i].endswith(("'s", "’s")):  # after a name, a possessive goes on with it ("in Jo Roe's")
        return _noun_end(left, owner=True)
    return place_end(left, _AGENT_PREPS) or _noun_end(left)


def _agrees(tokens: list[str], i: int) -> bool:
    """The first verb after the plural subject at ``tokens[i]`` agrees with a plural ("Rescuers have", not "Jobs was")."""
    for token in tokens[i + 1:i + 1 + AGREE_REACH]:
        word = core_word(token)
        if word in W.AUX or word in W.FINITE or finite(word):
            return word not in _SINGULAR and not (word in W.FINITE and word.endswith("s") and word not in W.AUX)
    return True


def _name_words(tokens: list[str], j: int) -> int:
    """The index after one to three capitalised name words from ``tokens[j]`` ("Jo Roe", "Port-au-Prince"), or ``j``."""
    k = j
    while k < min(len(tokens), j + 3) and _name_part(tokens[k]) and not tokens[k].isupper():
        k += 1
    return k


def _finite_next(tokens: list[str], j: int) -> bool:
    """``tokens[j]`` is a lower-case finite verb with a word after it."""
    return j + 1 < len(tokens) and tokens[j].isalpha() and (finite(tokens[j]) or tokens[j] in W.FINITE)


def _noun(word: str) -> bool:
    """``word`` is a lower-case word that may be part of a noun phrase: no function word or verb form."""
    return word.isalpha() and word.islower() and word not in W.FUNCTION and not finite(word)


def _titled(tokens: list[str], i: int) -> bool:
    """``tokens[i]`` is a title before one to three names and a finite verb ("Mrs Roe stood in ...")."""
    end = _name_words(tokens, i + 1)
    return tokens[i] in W.TITLES and end > i + 1 and _finite_next(tokens, end)


def _owner(tokens: list[str], i: int) -> bool:
    """``tokens[i]`` is a name's possessive before one to three lower-case nouns, an apposition in commas that may
    follow them and a finite verb ("Norland's prime minister, Jo Roe, has said ...")."""
    word = tokens[i]
    name = word[:-2]
    if not word.endswith(("'s", "’s")) or not (name.isalpha() and name[1:].islower()):
        return False
    j = i + 1
    while j < min(len(tokens), i + 4) and _noun(tokens[j].rstrip(",")) and not tokens[j - 1].endswith(","):
        j += 1
    if j == i + 1 or j >= len(tokens):
        return False
    if tokens[j - 1].endswith(","):  # an apposition in commas: "..., Jo Roe, yesterday said"
        end = _name_words([t.rstrip(",") for t in tokens], j)
        if end == j or not tokens[end - 1].endswith(",") or end >= len(tokens):
            return False
        j = end + (tokens[end] in W.TIME)
    return _finite_next(tokens, j)


def headline_subject(tokens: list[str], i: int) -> bool:
    """``tokens[i]`` opens the lead after a headline in headline grammar that runs into it with no stop (see the
    module)."""
    word = tokens[i]
    if not word[:1].isupper() or i + 3 >= len(tokens):
        return False
    if _titled(tokens, i) or _owner(tokens, i):
        return _left(tokens, i)
    if not word[1:].islower():
        return False
    return bare_subject(tokens, i, MIN_ZIPF, True) and _agrees(tokens, i) \
        and _left(tokens, i)
