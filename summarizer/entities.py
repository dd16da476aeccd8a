"""Named-entity-ish terms without a model: capitalised names and acronyms in running text.

A *name* is a run of capitalised words ("Hamid Karzai", "International Cycling Union") or an
acronym ("NATO", "UCI") found inside a sentence. Page furniture that is capitalised too is
left out by its shape, never by a list of outlets: a wire dateline opening a line ("KABUL
(Reuters) -", "PARIS, Oct. 12 --"), a word in parentheses right after such a dateline, calendar
words (weekdays, months), honorifics, and a sentence's first word when it is a common word.
"""
from __future__ import annotations

import re
from functools import lru_cache


from summarizer.caches import SENTENCES
from summarizer.datelines import strip_caps_dateline as strip_dateline
from summarizer.lexicon import MONTHS_LOWER, WEEKDAYS_LOWER
from summarizer.scriptnames import script_names
from summarizer.scripts import FOREIGN_CHAR
from summarizer.zipf import zipf_en

__all__ = ["CALENDAR", "HONORIFICS", "names", "strip_dateline"]  # strip_dateline: upper-case datelines only

# Calendar words and honorifics are capitalised in every article: never a name of the event.
CALENDAR = frozenset(
    """
    mon tue tues wed thu thur thurs fri sat sun
    jan feb mar apr jun jul aug sep sept oct nov dec today yesterday tomorrow
    am pm gmt bst utc est edt cet pst pdt et
    """.split()
) | WEEKDAYS_LOWER | MONTHS_LOWER  # and their abbreviations above
HONORIFICS = frozenset("mr mrs ms miss dr sir lord lady prof rev gen col capt lt sgt st".split())

# A run of capitalised words, possibly joined by "of", "de", "bin"...: the candidates for a name.
_RUN = re.compile(
    r"(?<![\w'’.])[A-Z][A-Za-z'’&-]*(?:\s(?:(?:of|de|da|del|van|von|bin|al|la|le|du|dos|der)\s)?[A-Z][A-Za-z'’&-]*)*"
)
_CAPITALISED = re.compile(r"^(?:[A-Z][a-z'’]+(?:[-’'][A-Za-z]+)*|[A-Z][a-z]*[A-Z][a-z]+|Mc[A-Z][a-z]+)$")
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,5}$")
_OPENING = re.compile(r"^[\W\d]*$")  # only quotes, brackets or numbers before a word: it opens the sentence
# Words that open a place's name, never a title before one ("South Jeolla", "North Rhine-Westphalia", "New South Wales").
_COMPASS = frozenset("north south east west northern southern eastern western central new upper lower".split())
# An administrative division's word after its name: written capitalised or not, it is one place ("Sichuan Province",
# "Sichuan province"). Not "state" or "city" ("Islamic State", "Mexico City" are names of their own).
_DIVISIONS = frozenset("province prefecture county district governorate oblast region municipality".split())
# Lower-case words allowed inside a name: "Bank of England", "Lance Armstrong Foundation".
_JOINERS = frozenset({"of", "de", "da", "del", "van", "von", "bin", "al", "la", "le", "du", "dos", "der"})


@lru_cache(maxsize=200_000)
def _common(word: str) -> bool:
    """A frequent English word (a capitalised one opens a sentence, it does not name anything)."""
    return zipf_en(word.lower()) >= 4.5


def _key(word: str) -> str:
    w = word.lower().replace("’", "'")
    return w[:-2] if w.endswith("'s") else w


def _name(run: list[str]) -> str:
    """One name key from its words: joiners off the end, a title before a name off the front."""
    while run and run[-1] in _JOINERS:
        run.pop()
    # "Afghan President Hamid Karzai" -> "hamid karzai": a title before a name is not part of it; a compass word
    # opens a place's name ("South Jeolla Province"), no title
    cut = max((i + 1 for i, w in enumerate(run[:-2]) if _common(w) and w not in _COMPASS and run[i + 1] not in _JOINERS),
              default=0)
    run = run[cut:]
    if len(run) > 1 and run[-1] in _DIVISIONS:
        run = run[:-1]  # "South Jeolla Province" is "South Jeolla province" and "the province of South Jeolla"
    return " ".join(run)


@lru_cache(maxsize=SENTENCES)
def names(sentence: str) -> tuple[str, ...]:
    """The names in one sentence, lower-cased, in order (a multi-word name as one space-joined key)."""
    out: list[str] = []
    text = strip_dateline(sentence)
    for n, m in enumerate(_RUN.finditer(text)):
        run: list[str] = []
        # only the first run can open the sentence: any later one has the first run's capital (a word character) before it
        opening = n == 0 and bool(_OPENING.match(text[:m.start()]))
        for i, tok in enumerate(m.group(0).split()):
            key = _key(tok)
            if tok in _JOINERS:
                if run:
                    run.append(tok)
                continue
            is_name = bool(_ACRONYM.match(tok) or _CAPITALISED.match(tok))
            if is_name and i == 0 and opening and not _ACRONYM.match(tok) and _common(key):
                is_name = False  # "The", "Police", "After": a sentence opener, not a name
            if is_name and key not in CALENDAR and key not in HONORIFICS:
                run.append(key)
            elif run:
                out.append(_name(run))
                run = []
        if run:
            out.append(_name(run))
    if FOREIGN_CHAR.search(text):  # names in Cyrillic, Greek, Arabic, Bengali, Chinese, Japanese
        out.extend(script_names(text))
    return tuple(n for n in out if n)
