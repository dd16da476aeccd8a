"""Facts inside a sentence: quantities (digits or words, with qualifiers) and calendar days.

A quantity remembers what it counts (the canonical stems just after it: "15,000 combat
troops" counts ``troop``) and the sentence's other terms (its context), so that a later
figure for the same kind of thing can be recognised as an update, and a second date for
the same event as a conflict.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

from summarizer.dates import day_mentions
from summarizer.text import canon, words

_NUMWORD = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|"
    r"million|billion)"
)
_QUALIFIER = (
    r"(?P<qual>~|about|around|approximately|roughly|some|nearly|almost|close to|up to|at least|at most|"
    r"more than|over|fewer than|less than|under|as many as|as few as|an estimated|estimated)?\s*"
)
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
NEAR_OVERLAP = 0.34  # share of clause words two figures must share to measure the same thing
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# Event classes near a figure: a death toll and a deployment size are different measures
# even when both count soldiers. Canonical terms (see summarizer.text) to class names.
EVENT_CLASSES = {
    "die": "harm", "injur": "harm", "casualti": "harm", "victim": "harm",
    "send": "move", "arriv": "move", "evacu": "move", "flee": "move", "displac": "move", "withdraw": "move",
    "infect": "case", "case": "case", "sick": "case", "hospit": "case",
    "arrest": "arrest", "detain": "arrest", "captur": "arrest",
}


def _near(text: str, start: int, end: int) -> frozenset[str]:
    """Content terms within about eight words either side of a figure, not crossing a sentence end."""
    before = re.split(r"[.;!?]\s", text[max(0, start - 80):start])[-1]
    after = re.split(r"[.;!?](?:\s|$)", text[end:end + 80])[0]
    terms = (canon(w) for w in words(before)[-8:] + words(after)[:8])
    return frozenset(t for t in terms if t and not t.isdigit())


def _events(text: str, start: int, end: int) -> frozenset[str]:
    """Event classes named within a few words around a figure."""
    before = words(text[max(0, start - 60):start])[-6:]
    after = words(text[end:end + 80])[:9]
    return frozenset(EVENT_CLASSES[c] for c in (canon(w) for w in before + after) if c in EVENT_CLASSES)


@dataclass(frozen=True)
class Quantity:
    """A figure: its value (low..high for vague ones), what it counts, and how it was written."""

    low: float
    high: float
    unit: frozenset[str]
    raw: str
    qualifier: str = ""
    events: frozenset[str] = frozenset()  # what happened to what is counted (sent, died, ...)
    near: frozenset[str] = frozenset()  # content terms a few words either side (the clause it sits in)

    def comparable(self, other: "Quantity") -> bool:
        """True when both figures count the same kind of thing, in the same kind of event and clause."""
        if not (self.unit & other.unit) or self.events != other.events:
            return False
        a, b = self.near - self.unit, other.near - other.unit
        if not a or not b:
            return True
        return len(a & b) / min(len(a), len(b)) >= NEAR_OVERLAP

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
        ratio = self.low / other.low
        return 0.97 <= ratio <= 1.03


@dataclass(frozen=True)
class DayFact:
    """A calendar day named in a sentence."""

    month: int
    day: int
    year: int | None
    raw: str
    near: frozenset[str] = frozenset()  # content terms of the clause around the day
    heads_line: bool = False  # the sentence starts with it: a timeline entry ("3 November 2011 The jury ...")

    def same_event(self, other: "DayFact") -> bool:
        """True when the clauses around both days share enough words to be about one event."""
        if not self.near or not other.near:
            return True
        return len(self.near & other.near) / min(len(self.near), len(other.near)) >= NEAR_OVERLAP

    def same_day(self, other: "DayFact") -> bool:
        """True when both name the same day (a missing year matches any)."""
        return self.month == other.month and self.day == other.day and (
            self.year is None or other.year is None or self.year == other.year
        )


_TIME_WORDS = frozenset("second seconds minute minutes hour hours day days week weeks month months year years "
                        "decade decades century centuries".split())
_WORD_SPAN = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d\S*|[.,;:!?()—–]")


def _unit_after(text: str, end: int) -> tuple[frozenset[str], int]:
    """Canonical stems of the (up to three) content words right after a figure, and where they end."""
    unit: list[str] = []
    stop_at = end
    for n, m in enumerate(_WORD_SPAN.finditer(text, end, min(len(text), end + 60))):
        token = m.group(0)
        if n >= 5 or token in ".,;:!?()—–" or token[0].isdigit():
            break
        w = token.lower()
        if w in _TIME_WORDS:
            unit.append("_time")  # "two weeks after ...": a duration, whatever follows
            stop_at = m.end()
            break
        if w == "of" and unit:
            break  # "cases of swine flu" counts cases
        if w in ("of", "the", "a", "an"):
            continue
        c = "".join(canon(x) for x in words(w)[:1])
        if not c:
            if unit:
                break
            continue
        unit.append(c)
        stop_at = m.end()
        if len(unit) == 3:
            break
    return frozenset(unit), stop_at


_NUMBERISH = re.compile(
    rf"\d|\b(?:{_NUMWORD}|tens|hundreds|thousands|millions|billions|dozens|scores)\b", re.I
)


def quantities(text: str) -> list[Quantity]:
    """Every figure in ``text`` that is not a year, a day of a month, or a clock time."""
    out: list[Quantity] = []
    if not _NUMBERISH.search(text):
        return out
    days = [(m.start(), m.end()) for m in _day_spans(text)]
    for m in QUANTITY.finditer(text):
        if not (m.group("vague") or m.group("num") or m.group("words")):
            continue
        if any(s <= m.start("num" if m.group("num") else 0) < e for s, e in days):
            continue
        qual = (m.group("qual") or "").lower()
        if m.group("vague"):
            low, high = _VAGUE[m.group("vague").lower()]
        elif m.group("num"):
            digits = m.group("num").lstrip("$").replace(",", "")
            if _YEAR.match(m.group("num")) and not m.group("scale") and not qual:  # "2,000" is no year
                continue
            after = text[m.end():m.end() + 1]
            before = text[max(0, m.start("num") - 1):m.start("num")]
            if after == ":" or before in (":", ".") or _CLOCK.match(text, m.start("num")):
                continue  # a clock time ("10:48", "02.10 GMT")
            if after == "-" and not m.group("scale") and _is_compound(text, m.end()):
                continue
            try:
                low = float(digits)
            except ValueError:
                continue
            low *= _SCALE.get((m.group("scale") or "").lower(), 1.0)
            high = low
        else:
            if _is_compound(text, m.end()):
                continue  # "six-year-old", "five-day"
            phrase = re.sub(r"[\s-]+", " ", m.group("words").lower()).strip()
            if phrase in ("one", "zero"):
                continue  # "one of the", "no one": almost never a figure
            try:
                low = float(text2num(phrase.replace(" and ", " "), "en"))
            except ValueError:
                continue
            high = low
        before_word = text[max(0, m.start() - 7):m.start()].lower().split()
        if before_word and before_word[-1] in ("the", "both", "these", "those", "its", "their", "our", "his", "her", "my", "your", "all") and high < 10:
            continue  # "the two countries": a reference, not a figure
        unit, unit_end = _unit_after(text, m.end())
        if m.group("pct"):
            unit = frozenset({"percent", *unit})
        if not unit or unit & _NOT_COUNTS:
            continue  # a bare number, a duration or a clock time is not a comparable fact
        raw = text[m.start():unit_end].strip(" ,;")
        # Events are looked for from the figure on, unit words included ("3,000 troops died").
        out.append(Quantity(low, high, unit, raw, qual, _events(text, m.start(), m.end()), _near(text, m.start(), unit_end)))
    return out


_CLOCK = re.compile(r"\d{1,2}[.:]\d{2}\s*(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|ET|[ap]\.?m\.?)\b", re.I)
# Units that make a figure a duration or a time of day, not a count that news updates.
_NOT_COUNTS = frozenset(canon(w) for w in
                        "second seconds minute minutes hour hours day days week weeks month months year years "
                        "decade decades gmt bst utc est edt pm am".split()) - {""} | {"_time"}


def _is_compound(text: str, end: int) -> bool:
    """True for "120-day", "five-year": a figure used as an adjective."""
    return bool(re.match(r"-[A-Za-z]", text[end:end + 2]))


def _day_spans(text: str) -> list[re.Match[str]]:
    from summarizer.dates import DAY_MENTION

    return list(DAY_MENTION.finditer(text))


def days(text: str) -> list[DayFact]:
    """Calendar days named in ``text``, with the words of the clause around each."""
    out = []
    for mo, d, y, raw, start, end in day_mentions(text):
        out.append(DayFact(mo, d, y, raw, _near(text, start, end), heads_line=not text[:start].strip()))
    return out
