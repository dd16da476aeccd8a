"""Glued units found by the article's own spelling: a common word capitalised in mid-sentence opens a sentence.

A page flattened to text often runs a headline, standfirst or caption into the lead with no
stop: "... shortages in the Westland capital Volunteers clearing the debris face long
delays ...", "The ferry pioneer Born and raised in Lowmere, Roe ...". English
capitalises a common word in mid-sentence only when it opens a new unit, and a name keeps its
capital wherever it stands. So the article itself tells the two apart: a word that the
article also writes in lower case, and never otherwise capitalises in mid-sentence, opens a
new unit when it follows a lower-case content word; so does a word before an auxiliary that ends a headline
block opened by a kicker ("Five days on: ... rubble Rescuers have pulled ..."). Precision first: the capital must not
start a multi-word name (a lower-case word follows it), the word before it cannot take a name
or a clause after it ("called", "said", "something"), the part before it is at least
:data:`MIN_LEFT` words from a capital, and the part after it holds a finite verb within a
few words. The cut is a line break, so the fragment before it becomes a heading (never an
item). A fact box flattened into a line runs its verbless items together, each opening with the predicate
of an unnamed subject: "... used during surgery Can also calm anxious patients Produced as a white fluid and
given by drip Sold under the name ...". Two or more such openings in one line (a capitalised modal or
participle after a lower-case content word, a lower-case word after it) mark a fact box; the line is cut at
each, so its items become headings, and where the sentence after its last item opens: a capitalised subject after
the name that ends the item, with a finite verb close behind ("... trade name Calmex Acme's chemist has said ...").
A video caption that labels a speaker gives their words with no marks and runs into the lead ("Jo Roe speaking on 3
May: I told the truth Bottles of pills found ..."): the cut falls at the lead's capital after a lower-case word.
A heading that is a whole clause (a finite verb, no stop) may run into a sentence whose subject is a titled speaker
("People are told not to panic Dr Jo Roe from the agency said people ..."): no clause goes on after a lower-case
content word with a title, names and "said" followed by a new clause (a relative clause would put a verb there). Nothing here is about a given site or story.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from summarizer import gluewords as W
from summarizer.headblock import MAX_LINE, ends_sentence, new_seam
from summarizer.lexicon import MONTHS, SAID_WORDS
from summarizer.runon import core_word, finite, quote_open
from summarizer.standfirst import standfirst_seam
from summarizer.titleseam import present_caption, title_seam

MIN_LEFT = 4  # words of a headline or caption before the cut
MAX_KICKER = 4  # words of a label before a colon that opens a headline block
MIN_RIGHT = 4  # words of the sentence after it
VERB_REACH = 16  # the finite verb of the sentence after the cut lies within this many words
MIN_BOX_ITEMS = 2  # predicate openings that mark a flattened fact box
_SUBJECT = re.compile(r"^[A-Z][a-z]+(?:['’]s)?$")
MAX_BOX_VERB = 8
MAX_LABEL = 10  # words of a video caption's speaker label, up to its colon
MAX_CAPTION_WORDS = 10  # words of the caption's unmarked quotation
_SAID = SAID_WORDS - {"tells"} | frozenset("warned added".split())  # the verbs of a caption's speaker
_SPEAKING = frozenset("speaking talking speaks talks".split())  # the finite verb of the sentence after a fact box's last item lies within this many words
_PREDICATE = re.compile(r"^(?:[A-Z][a-z]{2,}(?:ed|en)|Can|Could|May|Might|Must|Should|Will|Would|Is|Are|Was|Were|Has|Have)$")
_TERMINAL = re.compile(r"[.!?…][\"'”’»)\]]*$")
# Words after which a name or a clause goes on: naming and reporting verbs, pronoun heads of relative clauses.
_GOES_ON = frozenset("""called titled named dubbed entitled nicknamed labelled labeled branded codenamed like as
    something anything everything nothing someone anyone everyone somebody anybody nobody""".split())


def _capital_word(token: str) -> bool:
    """A word in capitalised lower case ("Aid"), not a function word, title or month."""
    return token.isalpha() and len(token) > 1 and token[0].isupper() and token[1:].islower() \
        and token.lower() not in W.FUNCTION and token not in W.TITLES and token not in MONTHS


@lru_cache(maxsize=65536)
def _spelled(token: str) -> tuple[str, bool, bool, bool]:
    """A token's core word; whether that is written in lower case; whether it is a :func:`_capital_word`; whether the
    token ends a sentence or opens what follows (a stop, a colon, an opening mark). Cached: a page repeats its words."""
    word = core_word(token)
    return (word, word.isalpha() and word.islower(), _capital_word(word),
            _TERMINAL.search(token) is not None or token[-1] in ":\"“‘'")


def _spelling(lines: list[str]) -> tuple[Counter[str], Counter[str]]:
    """How often the article writes each word in lower case, and each capitalised word in mid-sentence."""
    lower: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    for line in lines:
        spelled = [_spelled(token) for token in line.split()]
        for j, (word, low, titled, _) in enumerate(spelled):
            if low:
                lower[word] += 1
            elif j and titled and not spelled[j - 1][3]:
                capital[word] += 1
    return lower, capital


def _kicker(left: list[str]) -> bool:
    """``left`` opens with a kicker, a label of at most :data:`MAX_KICKER` words before a colon ("Five days on:"),
    then a headline with no stop: the page's headline block, whose end a subject and an auxiliary mark
    ("... from under the rubble" / "Rescuers have pulled ...") even when the article never writes the word in lower case."""
    colon = next((k for k, t in enumerate(left[:MAX_KICKER]) if t.endswith(":")), -1)
    return colon >= 0 and len(left) - colon - 1 >= MIN_LEFT and not any(_TERMINAL.search(t) for t in left)


def _cut(tokens: list[str], i: int, floor: int, lower: Counter[str], capital: Counter[str]) -> bool:
    """True when a new unit opens at ``tokens[i]`` (see the module docstring); ``tokens[floor:i]`` are not yet cut."""
    word, before, after = tokens[i], tokens[i - 1], tokens[i + 1]
    if not _capital_word(word) or capital[word] > 1:
        return False
    if not lower[word.lower()] and not (floor == 0 and _kicker(tokens[:i]) and after in W.AUX):
        return False
    if not (before.isalpha() and before.islower()) or before in W.FUNCTION or before in W.CLAUSE_VERBS \
            or before in _GOES_ON or before in W.CLAUSE_NOUNS:
        return False
    nxt = core_word(after)
    if not (nxt.isalpha() and nxt.islower()):  # "the football World Cup", "Research in Motion"
        return False
    if nxt in W.FUNCTION and i + 2 < len(tokens) and not core_word(tokens[i + 2])[:1].islower():
        return False
    start = i - 1
    while start > floor and not _TERMINAL.search(tokens[start - 1]):
        start -= 1
    left = tokens[start:i]
    if len(left) < MIN_LEFT or not left[0][:1].isupper() or quote_open(left):
        return False
    end = i
    while end < len(tokens) - 1 and not _TERMINAL.search(tokens[end]):
        end += 1
    return end - i + 1 >= MIN_RIGHT and _clause(tokens[i + 1:end + 1])


def _clause(tokens: list[str]) -> bool:
    """``tokens`` (after a capitalised subject word) reach a finite verb before any clause mark, within
    :data:`VERB_REACH` words; a past form counts only before a preposition ("Mass at an altar improvised on ..."
    is a noun phrase, "Quake survivors moved out" a clause)."""
    phrase = False
    for token in tokens[:VERB_REACH]:
        word = core_word(token)
        if word in W.FINITE or finite(word) and not phrase:
            return True
        if word != token.rstrip(",;:") or token[-1] in ",;:" or not word.isalpha():  # a clause mark or a quote
            return False
        phrase = phrase or word in W.FUNCTION
    return False


def _box_items(tokens: list[str], capital: Counter[str]) -> list[int]:
    """Where the items of a flattened fact box open in ``tokens`` (see the module docstring); [] for no box."""
    found = [i for i in range(1, len(tokens) - 1)
             if (_PREDICATE.match(tokens[i]) or tokens[i].istitle() and tokens[i].lower() in W.PAST)
             and capital[tokens[i]] <= 1 and tokens[i - 1].isalpha()
             and tokens[i - 1].islower() and tokens[i - 1] not in W.FUNCTION and tokens[i - 1] not in _GOES_ON
             and tokens[i + 1].isalpha() and tokens[i + 1].islower()]
    return found if len(found) >= MIN_BOX_ITEMS and not quote_open(tokens[:found[0]]) else []


def _box_end(tokens: list[str], start: int) -> int:
    """Where the sentence after a fact box's last item (opening at ``tokens[start]``) opens, 0 for nowhere: the item
    ends with a name after a lower-case content word, and a capitalised subject follows it with a finite verb within
    :data:`MAX_BOX_VERB` words ("Sold under the trade name Calmex" / "Acme's chemist, Jo Roe, has said ...")."""
    for i in range(start + MIN_LEFT, len(tokens) - 2):
        if _TERMINAL.search(tokens[i - 1]):
            return 0
        before, named = tokens[i - 1], tokens[i - 2]
        if _SUBJECT.match(tokens[i]) and before.isalpha() and before.istitle() and named.isalpha() and named.islower() \
                and named not in W.FUNCTION and any(finite(core_word(t).rstrip(",;:")) for t in tokens[i + 1:i + 1 + MAX_BOX_VERB]):
            return i
    return 0


def _speaking_caption_end(tokens: list[str]) -> int:
    """Where the lead opens after a video caption that labels a speaker and gives their words with no quotation marks
    or stop ("Jo Roe speaking on 3 May: I told the truth" / "Bottles of pills found ..."), 0 for no such caption: a
    capitalised word after a lower-case content word within :data:`MAX_CAPTION_WORDS` of the label's colon, a finite
    verb close behind."""
    colon = next((k for k, t in enumerate(tokens[:MAX_LABEL]) if t.endswith(":")), -1)
    if colon < 1 or not any(t in _SPEAKING for t in tokens[:colon]) or not tokens[0][:1].isupper() \
            or any(t in W.FINITE for t in tokens[:colon]):  # "Roe is speaking forcefully: ...": a sentence, no label
        return 0
    for i in range(colon + 2, min(len(tokens) - 2, colon + 1 + MAX_CAPTION_WORDS)):
        if _TERMINAL.search(tokens[i - 1]) or not tokens[i - 1].isalpha():
            return 0
        if tokens[i].isalpha() and tokens[i].istitle() and tokens[i - 1].islower() and tokens[i - 1] not in W.FUNCTION \
                and any(finite(core_word(t).rstrip(",;:")) for t in tokens[i + 1:i + 1 + MAX_BOX_VERB]):
            return i
    return 0


def _titled_speaker(tokens: list[str], i: int) -> bool:
    """A heading that is a whole clause runs into a sentence whose subject is a titled speaker: "People are told not
    to panic" / "Dr Jo Roe from the agency said people ..." (see the module docstring)."""
    before = tokens[i - 1]
    if tokens[i] not in W.TITLES or not (before.isalpha() and before.islower()) or before in W.FUNCTION \
            or before in W.CLAUSE_VERBS or before in _GOES_ON or any(_TERMINAL.search(t) or not t.isalpha() for t in tokens[:i]):
        return False
    if not any(t in W.FINITE for t in tokens[:i]) or not tokens[0][:1].isupper():
        return False
    if any(t in W.CLAUSE_VERBS and tokens[j + 1] not in ("not", "to") for j, t in enumerate(tokens[:i])):
        return False  # "Mr Roe told the hearing Dr Poe said ...": the reporting verb's clause, without "that"
    k = i + 1
    while k < min(len(tokens), i + 4) and tokens[k].isalpha() and tokens[k].istitle():
        k += 1  # the speaker's names
    if k < len(tokens) and tokens[k] in ("from", "of", "at"):
        k += 2 if k + 1 < len(tokens) and tokens[k + 1] == "the" else 1
        while k < len(tokens) and tokens[k][:1].isupper() and tokens[k].isalpha():
            k += 1  # the speaker's body ("from the HPA")
    return k + 1 < len(tokens) and k > i + 1 and tokens[k] in _SAID and core_word(tokens[k + 1]).isalpha() \
        and core_word(tokens[k + 1]) not in W.FINITE


def _headline_seam(tokens: list[str], i: int, lower: Counter[str], capital: Counter[str], body: str) -> bool:
    """A headline cut off above the lead at ``tokens[i]``: in Headline Case (titleseam) or in sentence case
    (standfirst)."""
    return title_seam(tokens, i, lower, capital, body) or standfirst_seam(tokens, i, body)


def break_case_glued(lines: list[str]) -> list[str]:
    """``lines`` with a line break before each common word that the article capitalises only where a glued unit
    opens ("... in the Westland capital" / "Volunteers clearing the debris face ..."), and before each item
    of a flattened fact box."""
    lower, capital = _spelling(lines)
    body = "\n".join(lines)
    out: list[str] = []
    for n, line in enumerate(lines):
        tokens = line.split()
        start = first = 0
        box = _box_items(tokens, capital)
        if box and _box_end(tokens, box[-1]):
            box.append(_box_end(tokens, box[-1]))
        if ":" in line and _speaking_caption_end(tokens):
            box.append(_speaking_caption_end(tokens))
        seam = n < MAX_LINE and not ends_sentence(tokens[0]) if tokens else False  # no stop since ``start`` yet
        for i in range(1, len(tokens) - 1):
            # Each test's first condition, read here without a call: a cut opens at a capitalised word, a titled
            # speaker at a title.
            if i in box or i - start >= MIN_LEFT and (tokens[i][:1].isupper() and _cut(tokens, i, start, lower, capital)
                                                       or not start and tokens[i] in W.TITLES and _titled_speaker(tokens, i)
                                                       or seam and (new_seam(tokens[start:], i - start, lower, capital)
                                                                    or not start and _headline_seam(tokens, i, lower, capital, body))):
                out.append(" ".join(tokens[start:i]))
                start, first = i, first or i
                seam = n < MAX_LINE
            seam = seam and not ends_sentence(tokens[i])  # a seam needs a stop-free left part: linear on one long line
        rest = " ".join(tokens[start:]) if start else line
        if not (start and start == first and n + 1 < len(lines) and present_caption(rest)
                and _headline_seam(tokens, first, lower, capital, body)):
            out.append(rest)  # a photo's caption right after a headline cut off above the lead (titleseam) goes
    return out
