"""A short glued unit the headline tests leave: a subhead of one to three words before a sentence.

A page's subhead loses its line break and runs into the paragraph under it: "Possible prison term Should he be
sentenced, Roe faces ...", "Hedges The government is to ...", "Haggling As the men relaxed, ...". The headline
tests (:mod:`summarizer.glue`, :mod:`summarizer.casebreaks`) want a longer left part; a short one is told by the word
after it instead: a closed-class word that English capitalises in mid-sentence only where a sentence opens (an
article, a subject pronoun, an auxiliary put first, a subordinator (a preposition goes on inside a title: "Reporters Without Borders"); not "I", not a modal that is
also a name or a month, "Will", "May"), after a lower-case content word or a lone capitalised word, with a
lower-case word after it (a title in capitals, "Watching The Wire", goes on) and a finite verb in the sentence.
The words before it open the line, hold no punctuation, verb, function word, title or role before a name. A question
word alone ("Who", "When", "How") heads a paragraph that answers it: "When It went up this week ..." keeps a capital
that only a sentence start explains.
Nothing here is about a given site or story.
"""
from __future__ import annotations

from summarizer import gluewords as W
from summarizer.lexicon import MONTHS, WEEKDAYS
from summarizer.runon import core_word, finite

MAX_SUBHEAD = 3  # words of a subhead before the sentence (longer ones are the headline tests' business)
MIN_RIGHT = 5  # words of the sentence after it
VERB_REACH = 12  # tokens after the opener within which the sentence's finite verb lies
_ARTICLES = frozenset("The A An".split())
_SUBJECTS = frozenset("He She They We It There".split())
_INVERTED = frozenset("Should Would Could Is Are Was Were Has Have Had Did Does Do Must Shall".split())
_PRONOUN_AFTER = frozenset("he she they we it there i you the this that his her their its a an".split())
# Subordinators only: a preposition goes on inside a title ("Reporters Without Borders", "Fire From the Sky").
_LINKERS = frozenset("As When While After Before Since If Although Though Because Despite During Following Until Unless "
                     "According Amid".split())
# A one-word heading that asks what its paragraph answers ("Who", "When", "How"), and the capitalised closed-class words
# a sentence opens with after it: "When It went up this week ...", "Who Let's shift away ...", "How This is a ...".
_QUESTION_HEADS = frozenset("Who What When Where Why How".split())
_AFTER_QUESTION = _ARTICLES | _SUBJECTS | frozenset("This These Those His Her Their Its Let's Let’s".split())
_NAME_TITLES = W.TITLES | frozenset("Miss Mister Lt Col Capt Sgt Rev Sen. Gov. Rep. Dr. Mr. Mrs. Ms.".split())


def _opener(tokens: list[str], i: int) -> bool:
    """``tokens[i]`` is a closed-class word capitalised where a sentence opens, with the right word after it."""
    word, after = tokens[i], core_word(tokens[i + 1])
    if word == "A" and (i < 2 or tokens[i - 1].lower() in W.LETTER_LABELS):  # "Woman A met ...", "Influenza A viruses"
        return False
    if word in _ARTICLES or word in _SUBJECTS:
        return after.isalpha() and after.islower() and len(after) > 1 and not (word == "A" and after in W.FUNCTION)
    if word in _INVERTED:  # "Should he be sentenced, ...", "Were the ban lifted, ..."
        return after.lower() in _PRONOUN_AFTER and after[:1].islower()
    if word in _LINKERS:
        ahead = [core_word(t) for t in tokens[i + 1:i + 4]]
        return sum(w.isalpha() and w.islower() for w in ahead) >= 2
    return False


def _subhead(left: list[str]) -> bool:
    """``left`` reads as a subhead: it opens with a capital, holds no punctuation, verb, function or time word, and
    ends with a lower-case content word, or is one capitalised word."""
    if not left or not left[0][:1].isupper() or any(not t.replace("-", "").replace("'", "").isalpha() for t in left):
        return False
    low = [t.lower() for t in left]
    if any(w in W.FUNCTION or w in W.TIME or w in W.INTRO or w in W.AUX or w in W.FINITE or w in W.CLAUSE_VERBS
           or w in W.PAST for w in low):
        return False
    if len(left) == 1:
        return not low[0].endswith("ly") and left[0] not in _NAME_TITLES and left[0] not in MONTHS \
            and left[0] not in WEEKDAYS
    last = left[-1]
    return last.islower() and last not in W.ROLES and not last.endswith(("ly", "ing", "ed"))


def _question_head(tokens: list[str]) -> bool:
    """``tokens`` open with a question word as a heading, then a sentence whose first word kept its capital: prose
    writes "when it went up", never "When It went up" ("What It Takes" is a title: a capital goes on after it)."""
    return (len(tokens) > MIN_RIGHT and tokens[0] in _QUESTION_HEADS and tokens[1] in _AFTER_QUESTION
            and core_word(tokens[2]).isalpha() and core_word(tokens[2]).islower())


def subhead_end(tokens: list[str]) -> int:
    """Where the sentence opens after a short subhead glued before it (see the module docstring), 0 for nowhere."""
    if _question_head(tokens):
        return 1
    for i in range(1, min(MAX_SUBHEAD, len(tokens) - MIN_RIGHT) + 1):
        if _opener(tokens, i) and _subhead(tokens[:i]) and tokens[i - 1][-1:].isalpha():
            inverted = tokens[i] in _INVERTED  # the auxiliary put first is the sentence's finite verb
            return i if inverted or any(finite(core_word(t).rstrip(",;:.")) for t in tokens[i + 1:i + VERB_REACH]) else 0
    return 0
