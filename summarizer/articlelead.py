"""A headline ending in a place or a figure run into a lead that opens with an article (:mod:`summarizer.glue`).

A page flattened to text runs its headline or caption into the lead with no stop: "A water shortage is one problem
in Haiti An inventor's filter is being used ...", "Five new cases found in the UK The World Health Organization
raised ...", "Girl hoped to raise £300 A nine-year-old girl has collected ...". English puts a capitalised article in
mid-clause only inside a name or a title ("The Hague", "the film The Road"), never right after a place or a figure
that ends a prepositional phrase, and a letter label follows its noun ("Vitamin A", "Group A"), which is no place.
So the cut falls, at a line's start, where

- the words before it read as a headline (:func:`summarizer.headrun.left_headline`) with its own verb (a verbless
  run, "Officials in Iraq The Times reported", may hold a title), and end with a figure or with a
  capitalised place or name after a preposition (directly or after "the": "in the UK"), that is no possessive and
  takes no letter label;
- "The", "A" or "An" opens there, and a finite verb follows within a few words with no punctuation on the way.

Nothing here is about a given site or story.
"""
from __future__ import annotations

import re

from summarizer import gluewords as W
from summarizer.chunks import present_verb
from summarizer.headrun import left_headline
from summarizer.runon import core_word, finite

MAX_TO_VERB = 9  # tokens from the article to the lead's finite verb
MAX_PLACE = 3  # capitalised words of the place or name before the cut
_FIGURE = re.compile(r"[£$€¥]?\d[\d,.]*(?:%|m|bn|k)?")
_ARTICLES = frozenset(("The", "A", "An"))
_IN_SUBJECT = frozenset("of the in for and from at on with who".split())  # "A boy from Leeds who was ..."


def _place_end(tokens: list[str], i: int) -> bool:
    """``tokens[:i]`` ends with a figure, or with a capitalised name or place after a preposition ("in Haiti",
    "in the UK", "at Alleyn's School" is a possessive inside the name and counts)."""
    last = core_word(tokens[i - 1])
    if _FIGURE.fullmatch(last):
        return True
    if last.endswith(("'s", "’s")) or last.lower() in W.LETTER_LABELS or last in W.TITLES:
        return False
    j = i - 1
    while j > 0 and i - j <= MAX_PLACE and core_word(tokens[j])[:1].isupper() and core_word(tokens[j]).replace(
            "-", "").replace("'s", "").replace("’s", "").isalpha():
        j -= 1
    if j == i - 1 or i - j > MAX_PLACE:
        return False  # no capitalised run, or one too long for a place (a title in Headline Case)
    before = core_word(tokens[j])
    if before == "the" and j > 0:
        before = core_word(tokens[j - 1])
    return before in W.PLACE_PREPS and before != "of"  # "of" takes names and titles ("Minister of Health")


def _clause_after(tokens: list[str], i: int) -> bool:
    """A finite verb follows the article at ``tokens[i]`` within :data:`MAX_TO_VERB` words, with no punctuation
    and no function word beyond those a subject holds ("The head of the agency said")."""
    for j in range(i + 1, min(len(tokens), i + 1 + MAX_TO_VERB)):
        word = core_word(tokens[j])
        if j > i + 1 and word.islower() and (finite(word) or present_verb(core_word(tokens[j - 1]).lower(), word)):
            return True
        if not word or tokens[j][-1] in ",;:!?." or word.lower() in W.FUNCTION and word not in _IN_SUBJECT:
            return False
    return False


def _has_verb(tokens: list[str], i: int) -> bool:
    """``tokens[:i]`` hold a finite verb ("needed", "is"), or a present verb after a name ("Jo Roe reports"): a
    headline with its own clause, not a verbless name run ("Officials in Iraq The Times reported ...")."""
    words = [core_word(t) for t in tokens[:i]]
    return any(finite(w) or w in W.AUX or k and w.endswith("s") and not w.endswith("ss") and w.isalpha()
               and w.islower() and words[k - 1][:1].isupper() for k, w in enumerate(words))


def article_lead(tokens: list[str], i: int) -> bool:
    """A headline at ``tokens[:i]`` (a line's start) ending in a place or a figure runs into a lead that opens with
    an article at ``tokens[i]``: "Cases found in the UK The World Health Organization raised ..."."""
    if tokens[i] not in _ARTICLES or i < 3 or i + 2 >= len(tokens):
        return False
    nxt = core_word(tokens[i + 1])
    if not nxt[:1].isalnum() or tokens[i] == "A" and nxt[:1].isupper():  # "A" before a capital: a label ("A Level")
        return False
    if not (_place_end(tokens, i) and _clause_after(tokens, i) and _has_verb(tokens, i)):
        return False
    if _FIGURE.fullmatch(core_word(tokens[i - 1])):  # a headline may end with a figure: read it as a noun there
        tokens = [*tokens[:i - 1], "sum", *tokens[i:]]
    return left_headline(tokens, i)
