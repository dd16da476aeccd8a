"""Capitalised clause starts that no name or title explains, for :mod:`summarizer.glue`.

A headline or standfirst glued to its lead often ends in a lower-case word and the lead then opens with a
word English capitalises only at a sentence start:

* a quantity pronoun before "of" and a determiner: "... as visitors expect One of the most striking
  features of the port is ..." ("One of the", "Most of their", "None of these");
* a participle that opens an adverbial phrase closed by a comma and then the clause's subject and finite
  verb: "... the face of warfare Facing the highest casualty rate in its history, America is considering ...";
* a standfirst's byline, a name of two or three words then "reports" or "writes" and "from" or "on": "...
  reality of front line Jo Bloggs reports from New York on how ..." (a name after a noun is more often in
  apposition to it: "lifelong fan Jo Bloggs explains what ...", "technician Jo Bloggs looks at ...");
* after a headline in Headline Case, a dotted title and a name saying something: "... To Recast Loans Rep. Jo
  Bloggs (D-Ut.) said ...";
* after a verbless heading, a time or sequence adverb that only opens a sentence ("Earlier", "Meanwhile"), then a
  subject and its finite verb: "Day two of the summit Earlier the leaders met ..."; after a caption with its own
  verb, only before a lower-case subject (a pronoun, a determiner): "Crowds wait in the square Overnight a rumour
  went round ...".

Each needs a left part of at least three words that opens with a capital, has no open quotation and ends
with a lower-case content word; titles of works ("the song One of Us", "Breaking Bad") keep their capitals
on later words or follow a function word, which these tests refuse.
"""
from __future__ import annotations

from summarizer import gluewords as W
from summarizer.chunks import SAY_VERBS
from summarizer.runon import core_word, finite, quote_open

_QUANTITY = frozenset("One None Most Many Some All Each Several Few Half Both Much Neither Either".split())
_OF_NEXT = frozenset("the his her its their these those our this that whom which".split())
_BYLINE_VERBS = frozenset(("reports", "writes"))
_BYLINE_NEXT = frozenset(("from", "on"))
_SUBJECT_PRONOUNS = frozenset("he she they we it i the a an its his her their this these".split())
MAX_PHRASE = 16  # words from a participle to the comma that closes its phrase


def _left_ends_plain(tokens: list[str], i: int) -> bool:
    """The words before ``tokens[i]`` open with a capital, hold no open quotation and end with a lower-case content
    word that no function word, time word or role noun makes part of the next phrase."""
    if i < 3:
        return False
    first = core_word(tokens[0])
    last = tokens[i - 1]  # not "the book called Emerging Markets": a participle may name what follows
    return (first[:1].isupper() or first[:1].isdigit()) and last.isalpha() and last.islower() \
        and last not in W.NOT_PLAIN_END and not last.endswith("ed") and not quote_open(tokens[:i])


def _quantity_start(tokens: list[str], i: int) -> bool:
    """"One of the most chilling aspects ... is": a quantity pronoun, "of", a determiner, and a finite verb later."""
    if tokens[i] not in _QUANTITY or i + 3 >= len(tokens) or tokens[i + 1] != "of" or tokens[i + 2] not in _OF_NEXT:
        return False
    return any(finite(core_word(t)) for t in tokens[i + 3:])


def _participle_start(tokens: list[str], i: int) -> bool:
    """"Facing the highest casualty rate in its history, America is considering": a capitalised "-ing" word, a
    lower-case word after it, a comma within a few words, then a subject (a capital, a pronoun, a determiner) and a finite
    verb."""
    word = tokens[i]
    if not (word.isalpha() and word.endswith("ing") and len(word) > 5 and word[:1].isupper() and word[1:].islower()):
        return False
    if i + 1 >= len(tokens) or not tokens[i + 1][:1].islower():
        return False  # "Breaking Bad", "Waking Ned": a title
    comma = next((j for j in range(i + 1, min(len(tokens), i + MAX_PHRASE)) if tokens[j].endswith(",")), None)
    if comma is None or comma + 1 >= len(tokens):
        return False
    subject = core_word(tokens[comma + 1])  # "..., America is", "..., he warned"; not "..., which became"
    if not (subject[:1].isupper() or subject in _SUBJECT_PRONOUNS):
        return False
    return any(core_word(t) in W.VERB_FORMS for t in tokens[comma + 1:comma + 6])


def _byline_start(tokens: list[str], i: int) -> bool:
    """"Jo Bloggs reports from New York on how ...": a name of two or three capitalised words, "reports" or
    "writes", then "from" or "on"."""
    k = i
    while k < min(len(tokens), i + 3) and tokens[k].isalpha() and tokens[k][:1].isupper() and tokens[k][1:].islower():
        k += 1
    if k - i < 2 or k + 1 >= len(tokens) or tokens[i] in W.CAPITAL_STARTS:
        return False
    return tokens[k] in _BYLINE_VERBS and tokens[k + 1] in _BYLINE_NEXT


_DOTTED_TITLES = frozenset("Rep. Sen. Gov. Dr. Mr. Mrs. Ms. Gen. Col. Lt. Sgt. Prof. Rev. Capt.".split())
_SAYS = SAY_VERBS


def _headline_case(words: list[str]) -> bool:
    """At least four content words after the first, nearly all capitalised ("Views Diverge on How To Recast Loans")."""
    content = [w for w in words[1:] if w.lower() not in W.FUNCTION and w[:1].isalpha()]
    return len(content) >= 4 and sum(w[:1].isupper() for w in content) >= 0.9 * len(content)


def titled_speaker(tokens: list[str], i: int) -> bool:
    """"Views Diverge on How To Recast Loans Rep. Jo Bloggs (D-Ut.) said ...": a headline in Headline Case, then a
    dotted title, a name of one to three capitalised words, maybe a bracket, and a verb of saying."""
    if tokens[i] not in _DOTTED_TITLES or quote_open(tokens[:i]) or not _headline_case([core_word(t) for t in tokens[:i]]):
        return False
    k = i + 1
    while k < min(len(tokens), i + 5) and tokens[k][:1].isupper() and tokens[k].rstrip(".").replace(".", "").isalpha():
        k += 1
    if k == i + 1 or k >= len(tokens):
        return False
    if tokens[k].startswith("(") and tokens[k].endswith(")"):
        k += 1
    return k < len(tokens) and tokens[k] in _SAYS


# Time and sequence adverbs English capitalises only at a sentence start, and no name or title holds ("Today" and
# "Later" name programmes).
_ADVERBS = frozenset("Earlier Meanwhile Yesterday Separately Elsewhere Afterwards Overnight".split())


def _adverb_start(tokens: list[str], i: int) -> bool:
    """"Day two of the visit to Europe Earlier Kim had breakfast with ...": a heading of at least three words with no
    finite verb, then a capitalised time or sequence adverb, a subject (a capital, a pronoun, a determiner) and a finite
    verb within five words."""
    if tokens[i] not in _ADVERBS or i < 3 or i + 2 >= len(tokens) or quote_open(tokens[:i]):
        return False
    left = [core_word(t) for t in tokens[:i]]
    if not (left[0][:1].isupper() or left[0][:1].isdigit()) or not tokens[i - 1].replace("-", "").isalpha():
        return False
    subject = core_word(tokens[i + 1])
    if any(map(finite, left)) and not (subject in _SUBJECT_PRONOUNS and left[-1].lower() not in W.FUNCTION):
        return False  # after a clause of its own (a caption with its verb) only a plain subject: "... Overnight a rumour"
    return (subject[:1].isupper() or subject in _SUBJECT_PRONOUNS) and any(
        finite(core_word(t)) for t in tokens[i + 2:i + 7])


def clause_start(tokens: list[str], i: int) -> bool:
    """``tokens[i]`` opens a new sentence glued after a headline, a standfirst or a caption (see the module)."""
    return (_quantity_start(tokens, i) or _participle_start(tokens, i) or _byline_start(tokens, i)) \
        and _left_ends_plain(tokens, i) or _adverb_start(tokens, i)  # the start tests fail at once on most words
