"""A headline run into a lead whose subject is a plural common noun, capitalised only as a sentence start.

"Survivors pulled from the rubble in Haiti Rescuers have begun ...", "Camps are going up in the capital Bottlenecks
and damage have held up aid ...", "Thousands are fending for themselves Scores of troops have landed ...". A name
keeps its capital wherever it stands and seldom takes a plural verb; a plural common noun opens a clause in capitals
only at a sentence start. A name subject after a noun can also open a relative clause with no "that" ("the bill
Democrats have passed"), which a determiner or possessive near the end of the left part announces. So, at a line's
start (:mod:`summarizer.glue`), the cut falls where

- the words before it read as a headline (:func:`summarizer.headrun.left_headline`) with its own finite verb (a
  verbless run is as often the start of a name: "Jo Roe from Milton Keynes"), end with a lower-case content word
  (no participle, role or verb that takes a name, not after "and": "and senior Tories") or a place after a
  preposition, and hold no determiner or possessive among their last four words;
- a capitalised word in lower case after its capital opens there: a plural noun ("-s", not "-ss", "-us", "-is")
  that is no nationality or party (those are names: "Haitians", "Democrats"), perhaps with a phrase opened by
  "of", "and" or "from" of a few words and no relative pronoun (a capitalised modifier, "Afghan officials", is
  most often a name);
- a verb that only a plural takes follows the noun ("Rescuers have", "Experts say", not "Keynes said"), or a
  plural or past finite verb follows its phrase ("Storms and floods in 2008 left"), with words after it.

Nothing here is about a given site or story.
"""
from __future__ import annotations

from summarizer import gluewords as W
from summarizer.headrun import left_headline
from summarizer.runon import core_word, finite

MAX_PHRASE = 6  # tokens of the subject's phrase after its head ("of US troops", "and infrastructure damage")
# Verbs no singular name takes ("Jobs might" is a name): the plural auxiliaries and reporting verbs.
_PLURAL_VERBS = frozenset("are were have do say warn believe fear expect".split())
_LINKS = frozenset("of and from".split())
_NAME_ENDS = ("ans", "ians", "ese", "ats", "ists", "ites", "iks", "is")  # nationalities and parties are names ("Haitians")


def _plural(word: str) -> bool:
    """A lower-case plural noun shape ("rescuers", "bottlenecks"), not "-ss", "-us", "-is"."""
    return len(word) > 3 and word.isalpha() and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _end_ok(tokens: list[str], i: int) -> bool:
    """The left part ends as a headline may before a new subject, with no determiner or possessive near its end."""
    last = core_word(tokens[i - 1])
    tail = [core_word(t).lower() for t in tokens[max(0, i - 4):i]]
    if any(w in W.DETERMINERS or w.endswith(("'s", "’s")) for w in tail) or tail[-2] in ("and", "or", "but"):
        return False  # "the bill Democrats have passed": a relative clause with no "that"; "... and senior Tories"
    if not any(finite(w) or w in W.AUX for w in (core_word(t).lower() for t in tokens[:i])):
        return False  # a headline with its own verb: a verbless run ("Jo Roe from Milton Keynes") is often a name
    if last.isalpha() and last.islower():
        return last not in W.NOT_TITLE_END and last not in W.CLAUSE_VERBS and not last.endswith(("ed", "ing"))
    return last[:1].isupper() and last.replace("-", "").isalpha() and core_word(tokens[i - 2]) in W.PLACE_PREPS


def _verb_after_subject(tokens: list[str], i: int) -> bool:
    """The subject opening at ``tokens[i]`` ends in a plural noun and a plural or past finite verb follows it."""
    head, k = core_word(tokens[i]), i + 1
    if not (head[:1].isupper() and head[1:].islower() and head.isalpha()) or head.lower().endswith(_NAME_ENDS):
        return False
    if not _plural(head.lower()):
        return False  # "Afghan officials", "Democratic aides": a capitalised modifier is most often a name
    if k < len(tokens) and tokens[k] in _LINKS:  # "Scores of US troops have", "Bottlenecks and damage have"
        k = next((j for j in range(k + 1, min(len(tokens), k + MAX_PHRASE)) if _verb(tokens[j])), 0)
        return bool(k) and k + 2 < len(tokens) and not any(t[-1] in ",;:" or core_word(t) in W.SUBORDINATORS
                                                            for t in tokens[i:k])  # "who are": a relative clause
    # Right after the noun only a verb no singular name takes ("Rescuers have", not "Keynes said").
    return k + 2 < len(tokens) and core_word(tokens[k]) in _PLURAL_VERBS


def _verb(token: str) -> bool:
    """A plural, modal or past finite verb (after a plural noun phrase)."""
    word = core_word(token)
    return word in _PLURAL_VERBS or word.islower() and finite(word) and word not in ("is", "was", "has", "says")


def plural_lead(tokens: list[str], i: int) -> bool:
    """A headline at ``tokens[:i]`` (a line's start) runs into a lead whose plural common-noun subject opens at
    ``tokens[i]``: "Survivors freed in Haiti Rescuers have begun ..."."""
    if i < 3 or not tokens[i][:1].isupper() or tokens[i] in W.OPENERS_OR_PRONOUNS:
        return False
    return _end_ok(tokens, i) and _verb_after_subject(tokens, i) and left_headline(tokens, i)
