"""A headline run into a lead that names its subject again in full (:mod:`summarizer.glue`).

A page flattened to text puts the headline before the lead with no stop, and the lead introduces the person or
body the headline named in short, now with a role and the full name: "Roe flies supplies to Haiti Film star Jo
Roe has flown ...", "Blogger Al Bee saves child in Haiti Al Bee, who runs a blog, was ...". One English clause
does not name the same person twice with no punctuation between, as the subject of a new verb: so the cut falls
where, at a line's start,

- the words before it read as a headline (:func:`summarizer.headrun.left_headline`: short, no punctuation, no
  open quotation or reporting clause) and end with a lower-case content word that takes no name after it (no role
  or head noun in apposition, "actor Jo Roe"; no participle, "named Jo Roe") or with a place after a preposition
  ("... to Haiti");
- a capitalised run opens there (a name, with at most two lower-case nouns inside it: "Film star Jo Roe") whose
  last capitalised word (the surname) stands capitalised in the headline too;
- the run is the subject of a finite verb: the verb follows it at once, or after an aside set off by commas
  (", 24,", ", who runs a blog,"); a possessive run is the subject with its head noun ("Jo Roe's former coach,
  Al Bee, has been jailed ..." after "Jo Roe coach jailed").

Nothing here is about a given site or story.
"""
from __future__ import annotations

from summarizer import gluewords as W
from summarizer.chunks import present_verb
from summarizer.headrun import HEADS, left_headline
from summarizer.lexicon import MONTHS, WEEKDAYS
from summarizer.runon import core_word, finite

MAX_RUN = 6  # tokens of the name run, role nouns included
MAX_LOWER = 2  # lower-case nouns inside the run ("film star")
MAX_ASIDE = 12  # tokens of an aside between commas before the verb
# Endings of a participle ("named") or of a person's role ("congressman", "blogger", "novelist"), after which a
# name stands in apposition.
NOT_ENDS = ("ed", "ing", "man", "woman", "person", "er", "or", "ist")
_NOT_NAMES = W.TITLES | MONTHS | WEEKDAYS | W.CAPITAL_STARTS | frozenset({"I"})


def name_word(token: str) -> bool:
    """A capitalised word of a name ("Roe", "Jean-Pierre", "O'Neil"), not a title, month or clause opener."""
    word = core_word(token).rstrip(",")
    bare = word.replace("-", "").replace("'", "").replace("’", "")
    return len(word) > 1 and word[:1].isupper() and bare.isalpha() and word not in _NOT_NAMES


def _verb(tokens: list[str], j: int) -> bool:
    """``tokens[j]`` is a finite verb after a subject (an auxiliary, a past form, "describes")."""
    if j >= len(tokens):
        return False
    word = core_word(tokens[j])
    return word.islower() and (finite(word) or present_verb("he", word))


def run_end(tokens: list[str], i: int) -> int:
    """The index after the capitalised run that opens at ``tokens[i]`` (0 when none opens there): name words with
    at most :data:`MAX_LOWER` lower-case nouns between them, ending on a name word with no punctuation inside."""
    end, lower = 0, 0
    for j in range(i, min(len(tokens), i + MAX_RUN)):
        token = tokens[j]
        if name_word(token):
            end = j + 1
            if token[-1:] in ",;:":
                break
        elif token.isalpha() and token.islower() and token not in W.NOT_NOUNS and not finite(token) \
                and lower < MAX_LOWER and j > i:
            lower += 1
        else:
            break
    return end if end > i and tokens[end - 1][-1:] not in ";:" else 0


def subject_of_verb(tokens: list[str], end: int) -> int:
    """The index of a finite verb that follows the run ending before ``tokens[end]`` (0 when none): at once, after an
    aside in commas (", 24,"), or after a relative clause with its own verb ("who runs a blog was")."""
    if tokens[end - 1].endswith(","):
        close = next((k for k in range(end, min(len(tokens), end + MAX_ASIDE)) if tokens[k].endswith(",")), 0)
        return close + 1 if close and _verb(tokens, close + 1) else 0
    if core_word(tokens[end]) == "who":  # the relative clause's verb, then the main verb at least two words on
        return next((k for k in range(end + 3, min(len(tokens), end + MAX_ASIDE)) if _verb(tokens, k)), 0)
    return end if _verb(tokens, end) else 0


def _end_ok(tokens: list[str], i: int) -> bool:
    """The word before the cut can end a headline before a name: a lower-case content word that takes no name in
    apposition, or a place after a preposition in a headline not written in Headline Case ("Role in Financial
    Crisis" capitalises a common word)."""
    last, before = core_word(tokens[i - 1]), core_word(tokens[i - 2]).lower()
    if last.isalpha() and last.islower():
        return last not in W.NOT_TITLE_END and last not in W.CLAUSE_VERBS and last not in HEADS \
            and not last.endswith(NOT_ENDS) and before != "to"  # "first lady Jo Roe": an apposition
    if not (name_word(tokens[i - 1]) and tokens[i - 1][-1:].isalpha() and before in W.PLACE_PREPS):
        return False
    content = [core_word(t) for t in tokens[1:i] if core_word(t).lower() not in W.FUNCTION]
    return sum(w[:1].isupper() for w in content) < 0.8 * len(content)  # Headline Case capitalises no name


def _possessive_head(tokens: list[str], end: int) -> int:
    """The index after the head noun of a possessive run ending before ``tokens[end]`` ("Jo Roe's former lawyer,"): at
    most :data:`MAX_LOWER` lower-case words ending on a noun, which may carry the comma of an aside; ``end`` when the run is
    no possessive or no such head follows."""
    if not tokens[end - 1].endswith(("'s", "’s")):
        return end
    k = end
    while k < min(len(tokens), end + MAX_LOWER):
        word = tokens[k].rstrip(",")
        if not (word.isalpha() and word.islower() and not finite(word)):
            break
        k += 1
        if tokens[k - 1].endswith(","):
            break
    head = tokens[k - 1].rstrip(",")
    return k if end < k < len(tokens) and head not in W.FUNCTION and head not in W.NOT_NOUNS else end


def name_repeat(tokens: list[str], i: int) -> bool:
    """A headline at ``tokens[:i]`` (a line's start) runs into a lead whose subject at ``tokens[i]`` names again,
    in full, someone the headline named: "Roe flies aid to Haiti Film star Jo Roe has flown ..."."""
    if not name_word(tokens[i]) or i < 3 or not _end_ok(tokens, i):
        return False
    end = run_end(tokens, i)
    if not end or end - i < 2:
        return False
    headline = {core_word(t) for t in tokens[:i]}
    if not any(core_word(t).rstrip(",") in headline for t in tokens[i:end] if name_word(t)):
        return False
    return bool(subject_of_verb(tokens, _possessive_head(tokens, end))) and left_headline(tokens, i)
