"""Facts inside a sentence: quantities (digits or words, with qualifiers); calendar days are read by
:mod:`summarizer.dayfacts`.

A quantity remembers what it counts (the canonical stems just after it: "15,000 combat
troops" counts ``troop``) and its typed :class:`~summarizer.slots.Slot` (measure, unit,
scope, place), so that a later figure of the same slot can be recognised as an update.
Model numbers, ranks, ages, ordinals, phone numbers, clock times, durations and anything
inside an agency prefix, dateline or time stamp are not facts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from text_to_num import text2num

from summarizer.articlescope import context_key
from summarizer.attributes import ATTRIBUTES, attribute, attribute_slot, same_owner
from summarizer.bounds import range_low
from summarizer.caches import SENTENCES
from summarizer.dayfacts import DayFact as DayFact, _day_spans, days as days  # a sentence's facts, days too, from here
from summarizer.figurescan import FigureScan
from summarizer.notcounts import CLOCK, NOT_COUNTS, TERM, is_compound, not_a_count, prison_term
from summarizer.places import clause
from summarizer.precision import rounds_alike as _rounds_alike, shares_alike as _shares_alike
from summarizer.runningtotal import increment_places, measure_before
from summarizer.slots import MEASURE_STEMS, Slot, slot_of
from summarizer.tallies import with_tallies
from summarizer.stamps import in_furniture
from summarizer.text import canon, words
from summarizer.spans import inside

_NUMWORD = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|"
    r"million|billion)"
)
QUALIFIERS = ("~|about|around|approximately|roughly|some|nearly|almost|close to|up to|at least|at most|"
              "more than|over|above|fewer than|less than|under|as many as|as few as|an estimated|estimated").split("|")
_QUALIFIER = rf"(?P<qual>{'|'.join(QUALIFIERS)})?\s*"  # plain words: nothing to escape
_SCALE = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "k": 1e3, "m": 1e6, "bn": 1e9}
QUANTITY = re.compile(
    _QUALIFIER
    + r"(?:"
    r"(?P<vague>tens of thousands|hundreds of thousands|thousands|hundreds|dozens|millions|billions|scores)\s+of"
    r"|(?P<num>\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?|\$?\d+(?:\.\d+)?)(?:\s*(?P<scale>hundred|thousand|million|billion|trillion|bn|k)\b)?"
    rf"|\b(?P<words>{_NUMWORD}(?:[\s-]+(?:and\s+)?{_NUMWORD})*)\b"
    r")(?P<pct>\s*(?:%|percent|per cent))?",
    re.I,
)
_VAGUE = {
    "scores": (20, 99), "dozens": (24, 99), "hundreds": (200, 999), "thousands": (2000, 9999),
    "tens of thousands": (20_000, 99_999), "hundreds of thousands": (200_000, 999_999),
    "millions": (2e6, 9.99e8), "billions": (2e9, 9.99e11),
}
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# A count this small or smaller is no fact of its own: read in too many sentences to tell one report (a retold detail
# in summarizer.factcheck.side_count and summarizer.toldfacts, no evidence in summarizer.placealias or freshest).
SMALL_COUNT = 10


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure: its value (low..high for vague ones and ranges), what it counts, and how it was written."""

    low: float
    high: float
    unit: frozenset[str]
    raw: str
    qualifier: str = ""
    slot: Slot | None = None  # what it is a value of; None when that is unclear (never compared)
    span: bool = False  # an explicit range ("20 to 30"), not a vague word ("dozens")
    near: frozenset[str] = frozenset()  # content stems of its clause: what the figure is said of

    def comparable(self, other: "Quantity") -> bool:
        """True when both figures are values of one typed slot (measure, unit, scope, place)."""
        if self.slot is None or other.slot is None or not self.slot.same(other.slot):
            return False
        return not self.attribute or same_owner(self.slot.places, other.slot.places)  # one person's age, not a namesake's

    @property
    def attribute(self) -> bool:
        """True for an age or a population (see :mod:`summarizer.attributes`): compared, but no news of its own."""
        return self.slot is not None and self.slot.measure in ATTRIBUTES

    @property
    def vague(self) -> bool:
        """True for "thousands of", "dozens of" and the like."""
        return self.low != self.high

    def same_value(self, other: "Quantity") -> bool:
        """True when both figures state the same amount (allowing rounding and vagueness)."""
        if self.vague or other.vague:
            return self.vague and other.vague and self.low == other.low and self.high == other.high
        if self.low == 0 or other.low == 0:
            return self.low == other.low
        if "percent" in self.unit and "percent" in other.unit:
            return _shares_alike(self, other)  # "48.6%" is "49%" told roundly, not "50%"; "50.4%" is no "50.8%"
        ratio = self.low / other.low
        return 0.97 <= ratio <= 1.03 and _rounds_alike(self.low, other.low)


_TIME_WORDS = frozenset("second seconds secs minute minutes min mins hour hours hr hrs day days week weeks month "
                        "months year years yr yrs decade decades century centuries".split())
_PARTITIVE = re.compile(r"\s+of\s+(?:whom|which|them|those|these|its|their|the|our|his|her)\b", re.I)
_INCREMENT = re.compile(r"\s+(?:other|more|further|additional|extra)\b", re.I)
_PREPOSITIONS = frozenset("in on at from for by since across after before during into over under with within to around "
                          "per than among near".split())
_CONJUNCTIONS = frozenset("as while when whereas because although though unless until and but".split())  # a clause
_PARTICIPLES = frozenset("made left held taken found seen kept lost been become gone hit hurt put sent".split())
_RISEN = re.compile(r"\b(?:ticked|edged|crept|inched|moved|went|gone|climbed|jumped|shot|risen|rose)\s+$", re.I)  # ... up to N
_TO_FIGURE = re.compile(r"\b(?:to|at|of|reached|above|over|passed|topped|hit|is|was|be|now)\s*$|" + _RISEN.pattern, re.I)
_WORD_SPAN = re.compile(r"[A-Za-z][A-Za-z0-9'’-]*|\d\S*|[.,;:!?()—–]")


def _unit_after(text: str, end: int) -> tuple[tuple[str, ...], int]:
    """Canonical stems of the (up to three) content words right after a figure, in order, and where they end."""
    unit: list[str] = []
    stop_at = end
    for n, m in enumerate(_WORD_SPAN.finditer(text, end, min(len(text), end + 60))):
        token = m.group(0)
        if n >= 5 or token in ".,;:!?()—–" or token[0].isdigit():
            break
        w = token.lower()
        if not token.isalpha() and any(ch.isdigit() for ch in token):
            continue  # a code names the kind, not what is counted: "985 H1N1 flu infections", "12 F-16 jets"
        if w in _TIME_WORDS:
            unit.append("_time")  # "two weeks after ...": a duration, whatever follows
            stop_at = m.end()
            break
        if w == "of" and unit:
            break  # "cases of swine flu" counts cases
        if w in ("of", "the", "a", "an"):
            continue
        if not unit and (w in _PREPOSITIONS or w in _CONJUNCTIONS):
            break  # "150,000 in the capital", "31 as rescuers dug": what it counts is said before it, if anywhere
        if w in _PARTICIPLES:  # "1.5 million left homeless": what is counted is after the verb
            if unit:
                break  # "12 people made homeless": the verb is no part of what is counted
            continue
        if unit and w.endswith(("ed", "ing")):
            break
        c = "".join(canon(x) for x in words(w)[:1])
        if not c:
            if unit:
                break
            continue
        unit.append(c)
        stop_at = m.end()
        if len(unit) == 3:
            break
    return tuple(unit), stop_at


_DIGIT = re.compile(r"\d")
NUMBERISH = re.compile(  # a figure word; digits are searched apart (_DIGIT)
    rf"\b(?:{_NUMWORD}|tens|hundreds|thousands|millions|billions|dozens|scores)\b", re.I
)
# QUANTITY tried only where a figure can start (a digit or one of these words, within a qualifier's length).
_SCAN = FigureScan(QUANTITY, re.findall(r"[a-z]+", _NUMWORD) + "tens hundreds thousands millions billions dozens scores".split(),
                   lead=24, openers=QUALIFIERS)


def quantities(text: str) -> list[Quantity]:
    """Every figure in ``text`` that is not a year, a day of a month, or a clock time (a new list each call)."""
    return list(_read(text, context_key(text)))


@lru_cache(maxsize=SENTENCES)  # a digest asks again about the lines it compares (retell, samecounts, freshest)
def _read(text: str, context: str) -> tuple[Quantity, ...]:
    """:func:`quantities`, read once per text and ``context`` (its :func:`~summarizer.articlescope.context_key`, a key
    only: a figure's inherited places are its article's, never another tenant's); figures are frozen: shared safely."""
    out: list[Quantity] = []
    if not _DIGIT.search(text) and not (_SCAN.mentions(text) and NUMBERISH.search(text)):
        return ()  # a digit is a figure's start for both (searched alone: no word list tried at every character)
    spans = [(m.start(), m.end()) for m in _day_spans(text)]
    for m in _SCAN.finditer(text):
        if not (m.group("vague") or m.group("num") or m.group("words")):
            continue
        at = m.start("num" if m.group("num") else 0)
        if inside(at, spans) or in_furniture(text, at):
            continue
        if m.group("num") and (attr := attribute(text, m.start(), m.start("num"), m.end())):
            value = float(m.group("num").lstrip("$").replace(",", "")) * _SCALE.get((m.group("scale") or "").lower(), 1.0)
            out.append(Quantity(value, value, frozenset({"_" + attr[0]}), text[attr[2]:m.end()].strip(), (m.group("qual") or "").lower(),
                                attribute_slot(*attr[:2]), False, _clause_terms(text, m.start(), m.end())))
            continue  # "Spector, 68,", "a population of 6,700": a value of a name, not a count
        if not_a_count(text, m):
            continue
        qual, begin = (m.group("qual") or "").lower(), -1
        if qual == "up to" and _RISEN.search(text, max(0, m.start() - 12), m.start()):  # "the toll ticked up to 44": a rise,
            qual, begin = "", next(m.start(g) for g in ("vague", "num", "words") if m.group(g))  # no upper bound
        if m.group("vague"):
            low, high = _VAGUE[m.group("vague").lower()]
        elif m.group("num"):
            digits = m.group("num").lstrip("$").replace(",", "")
            if _YEAR.match(m.group("num")) and not m.group("scale") and not qual:  # "2,000" is no year
                continue
            after = text[m.end():m.end() + 1]
            before = text[max(0, m.start("num") - 1):m.start("num")]
            if after == ":" or before in (":", ".") or CLOCK.match(text, m.start("num")):
                continue  # a clock time ("10:48", "02.10 GMT")
            if after == "-" and not m.group("scale") and is_compound(text, m.end()):
                continue
            if re.fullmatch(r"\d{4,}", m.group("num")) and not m.group("scale"):
                continue  # "1600 local time", "text 70077": news writes counts of thousands with commas
            try:
                low = float(digits)
            except ValueError:
                continue
            low *= _SCALE.get((m.group("scale") or "").lower(), 1.0)
            high = low
        else:
            if is_compound(text, m.end()):
                continue  # "six-year-old", "five-day"
            if re.match(r"\s+and\s+(?:a\s+)?half\b", text[m.end():m.end() + 12]):
                continue  # "a million and a half": not read as "a million"
            phrase = re.sub(r"[\s-]+", " ", m.group("words").lower()).strip()
            if phrase in ("one", "zero"):
                continue  # "one of the", "no one": almost never a figure
            if phrase in _SCALE and re.search(r"\b(?:half|quarter|and|of)\s*$", text[max(0, m.start() - 10):m.start()], re.I):
                continue  # "one and a half million", "a quarter of a million": not read as "a million"
            try:
                low = float(text2num(phrase.replace(" and ", " "), "en"))
            except ValueError:
                continue
            high = low
            vague = "hundreds of thousands" if phrase == "hundred thousand" else phrase + "s"
            if vague in _VAGUE and (few := _FEW.search(text, max(0, m.start() - 12), m.start("words"))):
                low, high = _VAGUE[vague]  # "a few hundred", "several thousand": as vague as "hundreds"
                begin = few.start()
        before_word = text[max(0, m.start() - 7):m.start()].lower().split()
        if before_word and before_word[-1] in ("the", "both", "these", "those", "its", "their", "our", "his", "her", "my", "your", "all") and high < 10:
            continue  # "the two countries": a reference, not a figure
        if _RANGE_START.match(text, m.end()):
            continue  # "20 to 30 people": the range is read at its upper end
        if lower := _RANGE_END.search(text[max(0, m.start() - 30):m.start()]):  # "20-30 people": a range, see bounds
            low = range_low(lower.group(1), low, m.group("num") or "", m.group("scale") or "")
        if not m.group("pct") and (_PARTITIVE.match(text, m.end()) or _INCREMENT.match(text, m.end())):
            continue  # "four of whom were killed", "two other bikes": a part of a figure or an addition to it
        unit, unit_end = _unit_after(text, m.end())
        measured_before = not unit and not m.group("pct") and bool(_TO_FIGURE.search(text[max(0, m.start() - 20):m.start()]))
        if measured_before:
            unit = tuple(filter(None, [measure_before(text, m.start())]))  # "the death toll rose to 200"
        elif not unit and not m.group("pct"):
            unit = _predicate(text, m.start(), unit_end)  # "the virus has killed 81 and sickened 1,300"
        if unit == ("_time",) and prison_term(text, m.start(), unit_end):
            unit = (TERM,)  # "a minimum of 18 years in prison": a sentence's length, compared as one
            if re.search(r"months?$", text[m.start():unit_end], re.I):
                low, high = low / 12, high / 12
        if m.group("pct"):
            unit = ("percent", *unit)
        if not unit or set(unit) & NOT_COUNTS:
            continue  # a bare number, a duration or a clock time is not a comparable fact
        raw = text[begin if begin >= 0 else m.start():unit_end].strip(" ,;")
        money = "usd" if m.group("num") and m.group("num").startswith("$") else ""
        slot = slot_of(text, m.start(), unit_end, unit, bool(m.group("pct")), money)
        if slot is not None and measured_before and not slot.places and (added := increment_places(text, m.start())):
            slot = replace(slot, places=added)  # "three more cases in Lowmere, bringing the total to 40": Lowmere's
        out.append(Quantity(low, high, frozenset(unit), raw, qual, slot, bool(lower), _clause_terms(text, m.start(), unit_end)))
    return tuple(with_tallies(text, out, Quantity))


_VERB_BEFORE = re.compile(r"\b([a-z]+)\s*$")  # "has killed (as many as) 81": the figure's verb
_PAIRED = re.compile(r"\s+(?:and|or)\s+(possibly\s+|perhaps\s+|maybe\s+|probably\s+)?", re.I)  # a second figure
_BETWEEN = re.compile(r"\b(?:between|from)(?:\s+\S+)?\s*$", re.I)  # "between 30 and 40 people": a range, read at its end
_CLAUSE_NEXT = re.compile(r"\s+(?:" + "|".join(sorted(_CONJUNCTIONS)) + r")\b", re.I)  # a clause after the figure
# No noun after the figure: the sentence, the clause or a place or time phrase ends it (the verb's object is the count).
_TOLL_VERBS = frozenset("die injur infect arrest detain captur evacu rescu hospit hospitalis displac".split())
_BARE_END = re.compile(r"\s*(?:[.,;:!?)]|$)|\s+(?:in|on|at|across|around|since|during|overnight|so far|this|last)\b", re.I)


def _predicate(text: str, start: int, end: int) -> tuple[str, ...]:
    """What a figure with no noun after it counts: the measure stem of a toll's verb right before it when the
    sentence, the clause or a place or time phrase follows ("injured more than 300 in the city"); when a new clause
    follows, the measure stem of the verb right before it ("the virus has killed 81 and sickened 1,300", "troops
    wounded 12 as they stormed": ``("die",)``), else
    what a looser second figure joined to it counts ("at least 30 and possibly 100 were killed"; "20 and 30 people"
    with no "possibly" is a range, read at its end), else ()."""
    verb = _VERB_BEFORE.search(text, max(0, start - 24), start)
    stem = canon(verb.group(1)) if verb else ""
    if stem in _TOLL_VERBS and _BARE_END.match(text, end):  # "injured more than 300 in the city", "... killed 12."
        return (stem,)
    if not _CLAUSE_NEXT.match(text, end):
        return ()
    if stem in MEASURE_STEMS:
        return (stem,)
    if (pair := _PAIRED.match(text, end)) and not _BETWEEN.search(text, max(0, start - 12), start):
        second = QUANTITY.match(text, pair.end())  # "at least 12 and maybe over 40 were hurt": 12 hurt too
        if second and second.group("num") and not second.group("pct") and pair.group(1):
            return _unit_after(text, second.end())[0]
    return ()


_FEW = re.compile(r"\b(?:a\s+few|several|many)\s+$", re.I)
_RANGE_START = re.compile(r"\s*(?:-|–|to|or)\s*\$?\d")
_RANGE_END = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(?:-|–|to|or|and)\s*$")


def _clause_terms(text: str, start: int, end: int) -> frozenset[str]:
    """Content stems of the clause around a figure, the figure's own words left out."""
    left, right = clause(text, start, end)
    return frozenset(t for t in (canon(w) for w in words(text[left:start]) + words(text[end:right])) if t and not t.isdigit())


