"""A page's headline block run into its lead at a common word that only a sentence start capitalises.

A page flattened to text puts its headline, standfirst and teaser headings on the article's first line with no
stop, and the lead often opens with a capitalised common noun, a subject that no pronoun, article or
preposition marks (:mod:`summarizer.seams` reads those): "Flood fears grow as river level reaches 9 Rescue
crews have moved ...", "Relief effort slowed by blocked roads Shelters are going up ...". The article
itself tells a common word from a name: it writes the word in lower case elsewhere and never capitalises it
in mid-sentence elsewhere (:mod:`summarizer.casebreaks` counts both). :func:`headline_seam` cuts there when

- the line is one of the article's first :data:`MAX_LINE` lines, where a page puts its headline block;
- the words before the cut, from the line's start, hold no stop and no open quotation, open with a capital or
  a digit, and end as a headline may: a number, a closed quotation, or a lower-case content word that is no
  verb form (after "urged", "caused" a name or noun is the verb's object) and takes no name after it (a role,
  a naming verb, a clause noun);
- the capitalised word is followed by a lower-case word (a name goes on in capitals) and the words after it
  reach a finite verb before any comma, relative pronoun or quotation (a clause, not a heading).

The cut is a line break, so the headline block becomes a heading, never a digest item. Where the sentence splitter
cuts a glued fragment off anyway (:func:`summarizer.glue.split_glued`, which marks it as the article's title),
:func:`new_seam` leaves the cut to it. Nothing here is about a
given site or story.
"""
from __future__ import annotations

from collections import Counter

from summarizer import gluewords as W
from summarizer.chunks import PLURAL_PRESENT, present_verb
from summarizer.glue import boundary
from summarizer.lexicon import MONTHS, WEEKDAYS
from summarizer.runon import core_word, finite, quote_open

MAX_LINE = 2  # the article's first lines, where a page puts its headline block
MIN_LEFT = 4  # words of the headline block before the cut
MIN_RIGHT = 5  # words of the lead after it
VERB_REACH = 12  # the lead's finite verb lies within this many words
# Words after which a name or a clause goes on: naming verbs, works, clause nouns.
_GOES_ON = frozenset("""called titled named dubbed entitled nicknamed labelled labeled branded like as film book song
    album show series paper newspaper magazine programme program channel site website brand band group""".split())
_STOPS = (".", "!", "?", "…")


def _common_word(word: str, lower: Counter[str], capital: Counter[str]) -> bool:
    """``word`` is capitalised lower case, no title, month, day or function word, and the article uses it as a
    common word: it writes it in lower case and capitalises it in mid-sentence no more than here."""
    return word.isalpha() and len(word) > 1 and word[0].isupper() and word[1:].islower() \
        and word not in W.TITLES and word not in MONTHS and word not in WEEKDAYS \
        and word.lower() not in W.FUNCTION and lower[word.lower()] > 0 and capital[word] <= 1


def _headline_end(token: str, left: list[str]) -> bool:
    """``token`` may end a headline before a new sentence: a number, a closed quotation or a lower-case content
    word that is no verb form and takes no name or clause after it."""
    if token.isdigit():
        return True
    if token[-1:] in "'’\"”" and core_word(token).isalpha():
        return not quote_open(left)  # "... has ` pandemic potential'"
    low = token.lower()
    return token.isalpha() and token.islower() and low not in W.FUNCTION and low not in W.CLAUSE_VERBS \
        and low not in W.CLAUSE_NOUNS and low not in W.ROLES and low not in _GOES_ON and low not in W.VERB_FORMS \
        and not finite(low) and not low.endswith("ing")


def _plural_head(tokens: list[str]) -> bool:
    """The noun phrase that opens ``tokens`` (its words before a function word, a participle or a mark) ends in a
    plural ("Aid workers dealing with ...")."""
    head = ""
    for token in tokens[:4]:
        word = core_word(token)
        if not word.isalpha() or word.lower() in W.FUNCTION or word.endswith("ing"):
            break
        head = word
        if token[-1:] in ",;:":
            break
    return head.endswith("s") and not head.endswith(("ss", "us", "is"))


def _clause_ahead(tokens: list[str], plural: bool = False) -> bool:
    """``tokens`` (after the capitalised subject word) reach a finite verb within :data:`VERB_REACH` words, before
    any comma, relative pronoun or quotation mark; a plain plural present counts anywhere there after a ``plural``
    subject ("Aid workers dealing with the flood face ...")."""
    prev = ""
    for token in tokens[:VERB_REACH]:
        word = core_word(token).rstrip(".,;:!?")
        low = word.lower()
        if not word or word != token.rstrip(".,;:!?") and not word.endswith(("'s", "’s")):
            return False  # a quotation mark or a bracket
        if word.isalpha() and word.islower() and (finite(low) or present_verb(prev, low) or plural and low in PLURAL_PRESENT):
            return True
        if token[-1] in ",;:" or low in W.SUBORDINATORS:
            return False
        prev = low
    return False


def headline_seam(tokens: list[str], i: int, lower: Counter[str], capital: Counter[str]) -> bool:
    """The headline block that opens ``tokens`` (a line among the article's first) ends before ``tokens[i]``,
    where the lead opens with a capitalised common word (see the module docstring)."""
    word = tokens[i]
    nxt = core_word(tokens[i + 1]) if i + 1 < len(tokens) else ""
    opener = word in W.OPENERS and (nxt.isalpha() and nxt.islower() and nxt not in W.FUNCTION or nxt.isdigit()) \
        and not (word == "A" and tokens[i - 1].lower() in W.LETTER_LABELS)  # "A couple", not "woman A and", "type A"
    if i < MIN_LEFT or len(tokens) - i < MIN_RIGHT or not (opener or _common_word(word, lower, capital)):
        return False
    left = tokens[:i]
    first = core_word(left[0])
    if not (first[:1].isupper() or first[:1].isdigit()) or quote_open(left) \
            or any(map(ends_sentence, left)):
        return False
    after = core_word(tokens[i + 1])
    if not (after.isalpha() and after.islower()) or after in W.FUNCTION and not core_word(tokens[i + 2]).islower():
        return False  # "... in the World Cup", "Research in Motion": a name goes on
    return _headline_end(tokens[i - 1], left) and _clause_ahead(tokens[i + 1:], _plural_head(tokens[i:]))


def ends_sentence(token: str) -> bool:
    """True when ``token`` ends a sentence ("said.", "now?\""): no headline block goes on past it."""
    return token.rstrip("'’\"”)").endswith(_STOPS)


def glue_cuts(tokens: list[str]) -> set[int]:
    """Where :func:`summarizer.glue.split_glued` would cut ``tokens`` (a line's start) one fragment after another."""
    cuts: set[int] = set()
    offset, rest = 0, tokens
    while cut := boundary(rest, lead=not cuts):
        offset += cut
        cuts.add(offset)
        rest = rest[cut:]
    return cuts


def new_seam(tokens: list[str], i: int, lower: Counter[str], capital: Counter[str]) -> bool:
    """:func:`headline_seam` at ``tokens[i]`` where the sentence splitter would not cut the line there itself."""
    return headline_seam(tokens, i, lower, capital) and i not in glue_cuts(tokens)
