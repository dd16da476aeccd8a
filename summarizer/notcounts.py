"""Figures that are no counts (model numbers, ranks, ages, clock times, durations) and prison terms.

:func:`summarizer.facts.quantities` reads every number; these readers say which of them are not
values of a slot at all ("Boeing 747", "Jackson, 50,", "10:48 GMT", "five-day"), and which
durations are the length of a prison sentence ("a minimum of 18 years", "19 years to life"), a
value that news updates like a toll.
"""
from __future__ import annotations

import re

from summarizer.text import canon

# "Boeing 747", "Stage 17", "F-16", "No. 2", "#1": a name or a rank, not a count
_MODEL_BEFORE = re.compile(r"(?:\b[A-Z](?:[a-z][A-Za-z]*)?[ -]?|\b[A-Z]+-?|[A-Za-z]-|\bNo\.\s?|#|\b(?i:number|aged?|magnitude|"
                           r"category|level|phase|grade|page|article|section|resolution|chapter|stage|round|flight|"
                           r"route|game|room|gate|platform|lane|seat|row|class)\s)$")
_CALENDAR = re.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", re.I)
_REMAINDER = re.compile(r"\b(?:the|its|their|these|those|his|her|our|your|my)\s+other\s*$", re.I)
_AGE = re.compile(r"[A-Z][a-z]+,\s*$")  # "Jackson, 50, died", "Sanon, 11 - trapped": an age


_ONE_OF = re.compile(r"\b(?:a|an)\s+$", re.I)
_LABELLED = re.compile(r"\s+([a-z]+)\b(?!\s+of\b)")  # the noun after it; "a 100 of them" is no label
# Plurals without "-s", nouns whose singular is their plural, and units a figure counts ("a 100,000 rand", "a 50 percent").
_PLURAL_ALIKE = frozenset("people children men women police staff personnel troops cattle rand yen yuan won baht sheep "
                          "deer fish aircraft percent per cent strong".split())


def _plural(noun: str) -> bool:
    """True for a noun that may be a plural: "a 300 passengers" counts them, "a 911 call" names one."""
    return noun.endswith("s") or noun in _PLURAL_ALIKE


def not_a_count(text: str, m: re.Match[str]) -> bool:
    """True for model numbers, ranks, ages, ordinals, phone numbers, measurements ("100 m", "5 kg") and the rest of
    a group ("the other two cases", "its other 16 members": no count of its own, a part of one told elsewhere)."""
    if _REMAINDER.search(text, max(0, m.start() - 24), m.start()):
        return True
    if not m.group("num"):
        return False
    start, end = m.start("num"), m.end("num")
    before = text[max(0, start - 25):start]
    if before[-1:].isalpha():
        return True  # "H1N1", "reader27", "S6": part of a name
    model = None if m.group("pct") else _MODEL_BEFORE.search(before)  # "gave Karzai 54.1%" is a share
    if model and not (_sentence_start(text, start - len(model.group(0))) or _CALENDAR.match(model.group(0))):
        return True
    if _AGE.search(before) and re.match(r"\s*(?:,|-|–|—|\))", text[end:end + 3]):
        return True
    if _ONE_OF.search(before) and not (m.group("pct") or m.group("scale") or m.group("num").startswith("$")) \
            and (label := _LABELLED.match(text, end)) and not _plural(label.group(1).lower()):
        return True  # "a 911 call", "a 747 jet": a number naming one thing (a count of one thing is no figure)
    return bool(re.match(r"(?:st|nd|rd|th)\b|-\d{3,}|\s?\d{3}-\d|\s?(?:m|km|cm|mm|kg|g|lb|lbs|ft|mph|kph)\b",
                         text[end:end + 6]))


def _sentence_start(text: str, pos: int) -> bool:
    """True when ``pos`` opens the sentence (a capitalised first word is no name)."""
    return not text[:max(pos, 0)].strip(" \"'“‘(")


CLOCK = re.compile(r"\d{1,2}[.:]\d{2}\s*(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|ET|[ap]\.?m\.?)\b", re.I)
# Units that make a figure a duration or a time of day, not a count that news updates.
NOT_COUNTS = frozenset(canon(w) for w in
                        "second seconds minute minutes hour hours day days week weeks month months year years "
                        "decade decades gmt bst utc est edt pm am mile miles km kilometres kilometers metre metres "
                        "meter meters feet foot inch inches tonne tonnes ton tons kg kilograms acre acres hectares "
                        "degree degrees magnitude mph".split()) - {""} | {"_time"}


def is_compound(text: str, end: int) -> bool:
    """True for "120-day", "five-year": a figure used as an adjective."""
    return bool(re.match(r"-[A-Za-z]", text[end:end + 2]))


TERM = "_term"  # the unit of a prison term, in years
_TERM_BEFORE = re.compile(r"\b(?:sentenc\w*|jail(?:ed)?|imprison\w*|prison|terms?|minimum|maximum|serv(?:e|es|ed|ing)|"
                          r"fac(?:e|es|ed|ing))\b(?:\W+\w+){0,4}?\W*$", re.I)
_TERM_AFTER = re.compile(r"\s*(?:to life|in (?:a\s+)?(?:state\s+|federal\s+)?(?:prison|jail)|behind bars|(?:of\s+)?imprisonment)\b", re.I)

# What the law sets for an offence: "the minimum sentence for murder is", "carries a maximum of", "punishable by up to".
_STATUTE = re.compile(r"\b(?:(?:minimum|maximum|mandatory)\s+(?:\w+\s+)?(?:sentence|term|penalty)\s+for\s+(?:\w+\s+){1,4}?"
                      r"(?:is|was|are|of)|carr(?:y|ies|ied|ying)\s+(?:a\s+)?(?:(?:maximum|minimum|mandatory)\s+)?(?:(?:jail|prison)\s+)?"
                      r"(?:sentence|term|penalty|of)(?:\s+of)?|punishable\s+by(?:\s+up\s+to)?)\W*$", re.I)
# Words of crime and punishment: "served 21 months", "a term of two years" and "faces ten years" are a prison term only
# in a sentence that has one ("she has served just 21 months" as governor is a term of office).
_PENAL = re.compile(r"\b(?:prison\w*|jail\w*|sentenc\w*|imprison\w*|convict\w*|guilty|parole|custody|bars|to life|court|"
                    r"judge|jury|murder\w*|manslaughter|charge[sd]?|offen[cs]es?|crimes?|criminal|prosecut\w*|plea)\b", re.I)
_SERVED = re.compile(r"(?:\bfor (?:the |his |her )?(?:past|last)\s*|\b(?:has|have|had) been (?:\w+ ){1,3}for\s*)$", re.I)


def prison_term(text: str, start: int, end: int) -> bool:
    """True when the duration ``text[start:end]`` ("18 years", "six months") is the length of a prison sentence:
    a word of sentencing in the four words before it, or "in prison", "to life" right after it."""
    if not re.search(r"(?:years?|months?)$", text[start:end], re.I):
        return False
    if _SERVED.search(text[max(0, start - 60):start]):
        return False  # "has been held in a cell for the last 21 years": time served up to now, not a sentence's length
    if not _PENAL.search(text):
        return False  # "she has served just 21 months": a term of office, not a sentence
    if _STATUTE.search(text[max(0, start - 60):start]):
        return False  # "the minimum term for arson is 12 years": what the law sets, not a sentence handed down
    return bool(_TERM_AFTER.match(text, end) or _TERM_BEFORE.search(text[max(0, start - 50):start]))


# What a charge risks, or a sentence foreseen, is no sentence handed down: "faces at least 10 years", "faced seven charges
# and up to nine years", "likely to be given terms of between 20 and 30 years" (unless one is then given after the cue).
_RISKED = re.compile(r"\b(?:fac(?:e|es|ed|ing)|risk(?:s|ed|ing)?|(?:un)?likely\s+to)\b", re.I)
_HANDED = re.compile(r"\b(?:(?:was|were|been|is|are)\s+(?:\w+\s+)?(?:sentenced|jailed|imprisoned|given)|received|got|gave|"
                     r"handed)\b", re.I)


def risked_term(text: str, start: int) -> bool:
    """True when the prison term starting at ``start`` is what its subject faces or is likely to get ("faces at least 10
    years", "is likely to be given 20 years"): a cue of risk in the 80 characters before it, no sentence given after it."""
    lead = text[max(0, start - 80):start]
    risk = None
    for risk in _RISKED.finditer(lead):
        pass
    return risk is not None and _HANDED.search(lead, risk.end()) is None
