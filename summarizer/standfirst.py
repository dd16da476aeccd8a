"""A headline or standfirst in sentence case run into the lead.

"Union leader turns hearing into a rally Jo Roe told ..." (invented).

:mod:`summarizer.titleseam` cuts a headline written in Headline Case; a headline or standfirst written in sentence
case has no capital to end it, and when the lead opens with a name (or a word that is capitalised anyway) no common
word's capital marks the seam either. What marks it is the grammar of headlines: a clause whose subject takes no
article ("Union leader", "Drought toll") and whose verb is in the simple present ("turns", "closes"), then an
object, then with no stop a new clause with its own subject and finite verb. Prose writes an article before a
singular common noun that opens its subject and tells a report's event in the past, so a present-tense clause with a
bare subject, followed by a second complete clause, is a headline's form. :func:`standfirst_seam` asks for:

- the left part: at most :data:`MAX_LEFT` words, no quotation open, no stop; an opening phrase may stand before a
  comma when it opens with a participle or a preposition and holds no finite verb ("Surrounded by reporters, union
  leader turns ..."); after it the headline's clause opens with a capitalised word (any word after an opening
  phrase) that is no determiner, pronoun or subordinator; its subject is one to :data:`MAX_SUBJECT` words with no
  function, time or verb word, adverb or figure; its verb is in the simple present (:data:`summarizer.chunks.PRESENT`,
  or an "-s" form after a singular subject, or a plain form after a plural one, whose stem the article also writes
  with "-ed" or "-ing": the article tells a verb from a plural noun); after the verb a lower-case content word and
  no other finite verb, verb of saying, pronoun or capitalised determiner (a sentence opened before the cut);
- the word before the cut: a content word of three letters or more, no role, title, figure, present verb or
  "-ing" form (its object goes on) or plain verb after "to" or an auxiliary ("to help | Norland", "cannot leave |
  Norland"); no list separator ("·", "|") before it;
- no relative clause without "that": when the left part ends on a noun phrase with a determiner, the verb after
  the cut does not lack its object ("... asks about a visit | Jo Roe took to a club": a preposition or a verb right
  after the verb);
- the right part: opens with a capitalised word and holds a finite verb (a past tense, an auxiliary, a verb of
  saying) within :data:`VERB_REACH` words, with no punctuation or subordinator before it; or, opening with a full
  name, is a photo's caption in the simple present (:func:`summarizer.titleseam.present_caption`, which casebreaks
  drops as after a Headline Case cut). When the word before the cut is capitalised too, the right part opens with a
  full name (two capitalised words or more) that recurs in the article, the word before it stands elsewhere in the
  article, and the run of both does not ("... invasion of Norland Jo Roe told": "Jo Roe" recurs, "Norland Jo Roe"
  does not; "... backers of Jo | Roe" is one name).

Tried only where titleseam is (a page's first lines, before any other cut on the line). Nothing here is about a
given site or story.
"""
from __future__ import annotations

import re

from summarizer import gluewords as W
from summarizer.chunks import PLURAL_PRESENT, PRESENT
from summarizer.lexicon import CLAUSE_SUBORDINATORS, PARTICIPLES, ed_verb
from summarizer.runon import core_word, finite, quote_open
from summarizer.titleseam import present_caption

MAX_LEFT = 24  # words of the headline or standfirst, with its opening phrase
MIN_HEAD = 4  # words of the headline's own clause
MAX_SUBJECT = 4  # words of the headline's bare subject
VERB_REACH = 8  # the lead's finite verb lies within this many words of the cut
MIN_RIGHT = 6  # words of the lead
_STOP = re.compile(r"[.!?;:][\"'”’)]*$")
_PUNCT = re.compile(r"[,;:()\[\]\"“”—–]")
_NOT_HEAD = W.DETERMINERS | W.PRONOUN_WORDS | W.SUBORDINATORS | W.INTRO | frozenset(w.lower() for w in W.OPENERS)
_NOT_SUBJECT = W.FUNCTION | W.TIME | W.CLAUSE_VERBS | W.INTRO
_OPENING_PREPS = frozenset("after amid at before despite for from in on under with without".split())
_SUBORDINATE = W.SUBORDINATORS | CLAUSE_SUBORDINATORS
_QUANTITY = frozenset("one two three four five six seven eight nine ten many few several other".split())
_MODALS = frozenset("will would can could may might must shall should".split())
_COPULAS = frozenset("is are was were".split())
_BULLETS = frozenset("· • |".split())  # separators of a list of items, no headline
_BEFORE_PLAIN = W.AUX | frozenset("to not cannot".split())


def _verb_forms(stem: str, body: str) -> bool:
    """The article writes ``stem`` in lower case with "-ed" or "-ing" ("close" -> "closed", "closing")."""
    base = stem[:-1] if stem.endswith("e") else stem
    return re.search(rf"(?<![\w-])(?:{re.escape(stem)}d|{re.escape(base)}ed|{re.escape(base)}ing)\b", body) is not None


def _present(word: str, subject: list[str], body: str) -> bool:
    """``word`` reads as the headline's verb in the simple present after the bare ``subject``."""
    if not word.isalpha() or not word.islower() or word in W.FUNCTION or word in W.CLAUSE_VERBS or word in W.FINITE:
        return False
    last = subject[-1]
    singular = not last.endswith("s") or last.endswith(("ss", "us", "is")) or last.isupper()
    if word in PRESENT:
        return singular
    if not singular:
        return word in PLURAL_PRESENT or len(word) > 2 and _verb_forms(word, body)
    if len(word) < 5 or not word.endswith("s") or word.endswith(("ss", "us", "is", "ous", "ics")):
        return False
    stem = word[:-2] if word.endswith(("ches", "shes", "xes", "sses", "zes")) else word[:-1]
    return _verb_forms(stem, body)


def _subject_word(word: str) -> bool:
    """``word`` may stand in a headline's bare subject: no function, time or verb word, adverb, "-ing" form or
    figure."""
    low = word.lower()
    return word.replace("-", "").isalpha() and low not in _NOT_SUBJECT and not finite(low) \
        and not low.endswith(("ly", "ing"))


def _headline(words: list[str], opened: bool, body: str) -> bool:
    """``words`` is a headline's clause: a bare subject, a present verb and a lower-case content word after it (see
    the module); after an opening phrase (``opened``) its first word may be in lower case."""
    if len(words) < MIN_HEAD or not (opened or words[0][:1].isupper()) or words[0].lower() in _NOT_HEAD:
        return False
    for k in range(1, min(len(words) - 1, MAX_SUBJECT + 1)):
        if not _subject_word(words[k - 1]):
            return False
        if _present(words[k], words[:k], body):
            rest = [w.lower() for w in words[k + 1:]]
            return any(w.isalpha() and w == o and w not in W.FUNCTION for w, o in zip(rest, words[k + 1:])) \
                and not any(finite(w) or w in W.CLAUSE_VERBS or w in W.PRONOUN_WORDS for w in rest) \
                and not any(w in W.OPENERS for w in words[k + 1:])  # "... links The rumblings ...": a sentence opened
    return False


def _lead(tokens: list[str], i: int) -> bool:
    """``tokens[i:]`` opens a clause with its own finite verb close behind, with no punctuation or subordinator
    before it, or (opening with a full name) is a photo's caption in the simple present."""
    if len(tokens) - i < MIN_RIGHT or _PUNCT.search(tokens[i]):
        return False
    for token in tokens[i + 1:i + 1 + VERB_REACH]:
        word = core_word(token).rstrip(",")
        if word.islower() and (finite(word) or word in W.FINITE or word in W.AUX):
            return not token.endswith(",")
        if _PUNCT.search(token) or word.lower() in _SUBORDINATE:
            break
    return tokens[i + 1][:1].isupper() and present_caption(" ".join(tokens[i:]))


def _gap(tokens: list[str], i: int) -> bool:
    """The left part ends on a noun phrase with a determiner ("a visit") and the clause at ``tokens[i]`` lacks its
    verb's object ("... a visit Jo Roe took to a club": a relative clause without "that", no new sentence)."""
    k = i - 1
    while k > max(0, i - 5) and tokens[k - 1].isalpha() and tokens[k - 1].islower() \
            and (tokens[k - 1] not in W.FUNCTION or tokens[k - 1] in _QUANTITY):
        k -= 1  # "the three sounds"
    if k == 0 or tokens[k - 1].lower() not in W.DETERMINERS:
        return False
    for j in range(i + 1, min(len(tokens) - 1, i + 1 + VERB_REACH)):
        word, nxt = core_word(tokens[j]), core_word(tokens[j + 1]).lower()
        if word in W.AUX and (nxt.endswith(("ed", "en", "ing")) or nxt in PARTICIPLES or word in _MODALS):
            continue  # "has given", "will make": the verb comes next
        if word.islower() and (finite(word) or word in W.FINITE or ed_verb(word) or word in PARTICIPLES):
            return word not in _COPULAS and (nxt in W.FUNCTION and nxt not in W.DETERMINERS | _QUANTITY or finite(nxt)
                                             or nxt.endswith("ing") or nxt in PRESENT)
    return False


def _name_starts(tokens: list[str], i: int, body: str) -> bool:
    """A full name opens at ``tokens[i]`` and recurs in ``body`` (the line is part of it); the capitalised word before
    it stands elsewhere in ``body``, and the run of both does not."""
    j = i
    while j < len(tokens) and j - i < MAX_SUBJECT and core_word(tokens[j])[:1].isupper():
        j += 1
    name = " ".join(core_word(t) for t in tokens[i:j]).removesuffix("'s").removesuffix("’s")
    before = core_word(tokens[i - 1])
    if j - i < 2 or len(before) < 3 or before in W.TITLES:
        return False
    count = lambda text: len(re.findall(rf"\b{re.escape(text)}\b", body))  # noqa: E731
    return count(name) >= 2 and count(before) >= 2 and count(before + " " + name) < 2


def _opening(words: list[str]) -> bool:
    """``words`` (up to the last comma before the headline's clause) is an opening phrase: it opens with a
    participle or a preposition and holds no finite verb past its first word."""
    first = words[0]
    if not (first in _OPENING_PREPS or first in PARTICIPLES
            or len(first) > 4 and (ed_verb(first) or first.endswith("ing"))):
        return False
    return not any(finite(w) or w in W.CLAUSE_VERBS for w in words[1:])


def standfirst_seam(tokens: list[str], i: int, body: str) -> bool:
    """True when ``tokens[:i]`` is a headline or standfirst in sentence case and the lead opens at ``tokens[i]`` (see
    the module); ``body`` is the article's text."""
    word, before = core_word(tokens[i]), tokens[i - 1]
    if not tokens[i][:1].isupper() or i > MAX_LEFT or not before.isalpha() or len(before) < 3 \
            or before.lower() in W.NOT_TITLE_END or before in W.TITLES or before.endswith("ing") \
            or tokens[i - 2].lower() in _BEFORE_PLAIN or quote_open(tokens[:i]):
        return False
    if any(_STOP.search(t) or t in _BULLETS for t in tokens[:i]) \
            or not word.isalpha() and not word.endswith(("'s", "’s")) or not _lead(tokens, i):
        return False
    commas = [k for k, t in enumerate(tokens[:i]) if t.endswith(",")]
    head = [core_word(t) for t in tokens[commas[-1] + 1 if commas else 0:i]]
    if commas and not _opening([core_word(t).rstrip(",").lower() for t in tokens[:commas[-1] + 1]]):
        return False
    if not _headline(head, bool(commas), body):
        return False
    if before in PRESENT or before.endswith("s") and _present(before, ["it"], body):
        return False  # "... opens | Norland HQ": the word before is a verb, its object goes on
    return not _gap(tokens, i) and (before.islower() or _name_starts(tokens, i, body))
