"""Typed slots: what a figure or a day in a sentence is *of*, so that only like is compared with like.

A figure's :class:`Slot` is its measure (killed, injured, cases, troops, votes, price...), its
unit kind (people/things, percent, money), its scope (cumulative, daily/new, a named period,
or unmarked) and the named places and subjects of its clause (see :mod:`summarizer.places`). Two figures are values of one
slot only when all four agree; anything else is a different fact, never an update. The
figures and names inside page furniture (see :mod:`summarizer.stamps`) are ignored. When a
figure's slot is unclear (a hypothesis, a poll share, a figure inside a
modifier, a count of nobody in particular) it has none and is never compared.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.datelines import WEEKDAY as _WEEKDAY
from summarizer.lexicon import MONTH_WORD as _MONTH
from summarizer.notcounts import TERM, risked_term
from summarizer.placecontext import INHERIT_CONFIDENCE, era, inherited
from summarizer.parts import of_a_part, per_holder
from summarizer.holders import action_object, holder, leading_aside, priced, source, subject as share_subject
from summarizer.places import attributions, clause, labelled_year, name_key, places, places_compatible
from summarizer.timerefs import ADDING, CHANGE, ON_DAY, PAST, earlier_value
from summarizer.text import canon, words
from summarizer.spans import inside

# -- what a figure counts -----------------------------------------------------------------
# Canonical stems (see summarizer.text) of words that name the measure of a count.
_MEASURE_WORDS = {
    "die": "dead", "casualti": "dead", "toll": "dead",
    "injur": "injured", "miss": "missing", "displac": "displaced", "homeless": "homeless",
    "evacu": "evacuated", "evacue": "evacuated",
    "arrest": "arrested", "detain": "arrested", "captur": "arrested",
    "infect": "cases", "case": "cases", "hospit": "hospitalised", "hospitalis": "hospitalised",
    "rescu": "rescued", "vote": "votes", "ballot": "votes", "seat": "seats",
    "job": "jobs", "layoff": "jobs",
}
_EVENT_MEASURES = frozenset(_MEASURE_WORDS.values())
MEASURE_STEMS = frozenset(_MEASURE_WORDS)  # the stems that name a measure
# Counts of people or forces that news tracks over days: with the event measures, the only counts
# whose new value is said as an update ("four witnesses", "two shots", "1,550 delegates" are not).
_STOCK_MEASURES = frozenset(canon(w) for w in "troops refugees migrants hostages prisoners homes houses buildings".split()) - {""}
# Nouns that name nobody in particular: "12 people died" and "12 died" count the same dead.
_ANYONE = frozenset(canon(w) for w in "people person persons individuals victims others human humans".split()) - {""}
# Nouns that say who is counted but not what happened to them: no measure alone.
_PEOPLE = frozenset(canon(w) for w in (
    "people person persons civilians children men women residents citizens americans users "
    "customers workers employees members students passengers victims others").split()) - {""}
PEOPLE_NOUNS = _ANYONE | _PEOPLE  # nouns of people: a count of them names no measure of its own
# Words after a count that say where, not who ("30,000 cases worldwide").
_WHERE = frozenset(canon(w) for w in "world worldwide globally nationwide abroad overseas".split()) - {""}
# Words in a count's phrase that say its status or source, not who is counted ("15 confirmed cases").
_NOT_WHO = frozenset(canon(w) for w in "confirmed suspected estimated probable total additional official recorded "
                     "registered lab laboratory-confirmed".split()) - {""}
_MOVE = frozenset({"send", "arriv", "withdraw", "pull", "remain", "station"})
_FLED = re.compile(r"\b(?:fled|flee|flees|fleeing)\b", re.I)
# Measures of a percentage or a sum of money, looked for in the clause.
_PERCENT_OF = ("vote", "voter", "ballot", "turnout", "unemploy", "jobless", "inflat", "growth", "approv", "rate", "stake",
               "share", "support", "interest", "poll", "decreas", "increas", "gdp", "economi", "profit")
_MONEY_OF = ("price", "cost", "fine", "bail", "loss", "profit", "revenu", "sale", "debt", "deficit",
             "aid", "packag", "bailout", "salari", "compens", "damag", "settlement", "fund", "budget",
             "valu", "bonus", "earn", "incom", "stimulus", "plan", "bid", "offer", "deal", "agreement")
_SAME_MEASURE = {"ballot": "vote", "poll": "vote", "voter": "vote"}  # one share of the vote, however worded
_CURRENCY = {"dollar": "usd", "euro": "eur", "pound": "gbp", "yuan": "cny", "yen": "jpy", "rupe": "inr",
             "real": "brl", "peso": "mxn", "won": "krw", "rand": "zar", "ruble": "rub", "roubl": "rub"}
_SCALE_WORDS = frozenset({"hundr", "thousand", "million", "billion", "trillion", "bn", "k", "m"})


@dataclass(frozen=True, slots=True)
class Slot:
    """What a figure is a value of: two figures are comparable only within one slot."""

    measure: str  # "dead", "cases", "votes", "troop", "price"...
    unit: str  # "count", "percent" or a currency code
    scope: str  # "total", "daily", "period:<words>" or "" (unmarked)
    places: frozenset[str]  # named places and subjects of the clause (normalised keys)
    named: frozenset[str] = frozenset()  # names inside the figure's own phrase ("2,000 North Korean troops")
    status: str = ""  # "confirmed", "suspected" or "" (unsaid): a confirmed toll is no update of a suspected one
    inherited: frozenset[str] = frozenset()  # no place of its own: its article's (see summarizer.placecontext)
    source: frozenset[str] = frozenset()  # who it is attributed to ("Uzbek authorities say ...": "author")

    @property
    def where(self) -> frozenset[str]:
        """Its own places, else those its article gives it."""
        return self.places or self.inherited

    @property
    def tracked(self) -> bool:
        """True for a slot whose new value news reports as an update: a toll, a count of cases, arrests,
        votes or seats, of troops or refugees; a share or a sum (their measures are a closed list)."""
        return self.unit != "count" or self.measure.split("/")[0] in _EVENT_MEASURES | _STOCK_MEASURES

    def same(self, other: "Slot") -> bool:
        """True when both are the same measure, unit, scope and (compatible) place or subject."""
        if (self.measure, self.unit) != (other.measure, other.unit) or self.scope.startswith("daily"):
            return False
        if self.scope != other.scope and {self.scope, other.scope} != {"", "total"}:
            # A period ("in 2024", "last week") defines a count of events, not the size of a stock.
            stock = self.unit == "count" and self.measure.split("/")[0] not in _EVENT_MEASURES
            if not stock or (self.scope and other.scope) or "daily" in other.scope:
                return False
        if self.status and other.status and self.status != other.status:
            return False
        if self.source and other.source and not self.source & other.source:
            return False  # rival claims (government against opposition, police against organisers): not one count
        same_named = places_compatible(self.named, other.named, strict=True)
        return same_named and places_compatible(self.where, other.where)


_TOTAL = re.compile(r"\b(?:total(?:ling|ed)?|in all|so far|to date|since|cumulative|overall|altogether|"
                    r"toll|tally|(?:has|have|had)\s+(?:now\s+)?(?:risen|climbed|grown|reached)|(?:rose|climbed|rising) to|(?:soared|jumped|swelled) to(?=\s+\S*\d)|"
                    + ADDING + r"\s+(?:\w+\s+){0,2}?(?:number|count))\b", re.I)
_DAILY = re.compile(rf"\b(?:daily|per day|a day|each day|every day|per week|a week|weekly|overnight|"
                    rf"(?:every|each|per) (?:year|month)|annually|yearly|monthly|"
                    rf"(?:in\s+)?(?:the\s+)?(?:past|last)\s+24\s+hours|yesterday|today|on\s+{_WEEKDAY}|{_WEEKDAY}'s|"
                    rf"this\s+(?:morning|afternoon|evening)|last\s+night|tonight)", re.I)
_PERIOD = re.compile(rf"(?<!since )\b(?:this|last|past|that|in|during|per|a|over|of)\s+(?:the\s+)?(?:(?:past|last|first|previous|"
                     rf"next)\s+)?(?:\w+\s+(?:or so\s+)?)?(?:{_MONTH}\w*|months?|years?|quarters?|weeks?|days|decades?|\d{{4}})\b", re.I)

_YEAR = re.compile(r"(?<!since )(?<![\d,.$])\b(?:1[89]|20)\d\d\b(?![,.]\d)")  # "the 1918 pandemic killed ...": that year's count

# "new" marks a daily count only inside the figure's own phrase ("300 new cases", "a new 300 cases").
_NEW = re.compile(r"\b(?:new|fresh)\b", re.I)
_NEW_BEFORE = re.compile(r"\b(?:new|fresh)\s+$", re.I)


def scope(text: str, start: int, end: int) -> str:
    """Cumulative ("total"), daily/new ("daily"), a named period ("period:...") or unmarked ("")."""
    left, right = clause(text, start, end)
    if CHANGE.search(text, max(left, start - 40), start) and not text.startswith("above", start):  # "risen above 150": a level
        return "daily:change"  # "the index fell 140 points": a change over a day, not a level
    said = attributions(text, left, right, start)  # "..., officials said on Tuesday": not the figure's time
    earlier = earlier_value(text, start, end, right)  # "109 cases, up from 91 yesterday": the earlier value's time
    found: list[tuple[int, str]] = []
    if _NEW.search(text, start, end) or _NEW_BEFORE.search(text[max(left, start - 12):start]):
        return "daily"  # "300 new cases": "a new strain of fever that has killed 60" is no daily count
    for rx, name in ((_TOTAL, "total"), (_DAILY, "daily"), (_PERIOD, "period"), (ON_DAY, "period"), (_YEAR, "period")):
        for m in rx.finditer(text, left, right):
            if inside(m.start(), said + [earlier]) or (rx is ON_DAY and m.start() > start) or start < m.end() and m.start() < end:
                continue  # a day after the figure dates another noun ("200 died after the quake on 12 January"); or the figure itself
            if m.start() >= end and m.group(0).endswith(("'s", "’s")):
                continue  # "200,000 died in Tuesday's earthquake": the day dates the event, not the count
            dist = start - m.end() if m.end() <= start else m.start() - end
            label = name if name != "period" else "period:" + " ".join(m.group(0).lower().split())
            found.append((max(dist, 0), label))
    return min(found)[1] if found else ""


def _clause_stems(text: str, left: int, right: int) -> list[str]:
    return [c for c in (canon(w) for w in words(text[left:right])) if c]


_CONDITION = re.compile(r"\b(?:if|unless|whether)\b", re.I)
_AS_MUCH_AS = re.compile(r"\bas\s+(?:little|many|much|few|high|low|long|large|great)\s+as\s*$", re.I)
# A figure in a hypothesis, forecast, goal, plan or pledge ("will send", "pledged 300", "90% may vote") is no reported value
# ("may" in lower case only: "in May" is a month; "may have died", "the toll may be 500" estimate a value, kept).
_UNREAL = re.compile(r"\b(?:would|could|might|(?-i:may)(?!\s+(?:have|be)\b)|will|shall|pledg\w*|promis\w*|vow\w*|"
                     r"(?:plan|offer)(?:s|ed|ing|ned|ning)? to|"
                     r"(?:is|are|was|were) (?:set|due|going) to|intend\w*|"
                     r"predict\w*|forecast\w*|project\w*|expect\w*|hope\w*|"
                     r"aim\w*|target\w*|threshold|need\w*|requir\w*|goal|recommend\w*|propos\w*|consider\w*|"
                     r"option|options|suggest\w*|for example|such as|scenario|appeal\w*|urg\w*|plea|request\w*|"
                     r"call(?:s|ed|ing)? for)\b", re.I)
# "teams from 17 countries", "ahead in 16 provinces", "of the city's 50,000 homes", "two other bikes", "out of 55":
# a figure inside a modifier, or an increment, is not the value of a slot.
_MODIFIER = re.compile(r"(?:(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty))\S*\s+out of\s+|\b(?:from|in|among|across|between|into|within|with)\s+(?:\w+\s+)?|\bof\s+(?:the\s+)?\w+['’]s\s+"
                       r"|\b(?:another|further|additional|extra))\s*$", re.I)
_ADDED = re.compile(r"[^.;]{0,40}\b(?:adding to|bringing|taking|raising|pushing)\s+(?:the|its|their)?\s*"
                    r"(?:total|tally|toll|number|count)?", re.I)
_STATUS = re.compile(r"\b(?:(?P<confirmed>confirmed|laboratory-confirmed|lab-confirmed|verified)|"
                     r"(?P<suspected>suspected|probable|possible|presumed|feared|unconfirmed))\b", re.I)
# A share in a poll or a forecast (voting intentions, a projection) is no result: never compared.
_POLL = re.compile(r"\b(?:polls?|polling (?:firm|company|agency)|pollsters?|surveys?|surveyed|respondents|those asked|"
                   r"questioned|interviewed|intend\w*|intentions?|opinion|projections?|projected|exit polls?|"
                   r"favou?rab\w*|preference)\b", re.I)
_PRONOUN = re.compile(r"\W*(?:It|They)\s+(?:now\s+|also\s+)?(?:has|have|had|reported|confirmed|recorded)\b")
_DIGITS = re.compile(r"\d[\d,.]*")  # another figure: a status word beyond it is that figure's
_THEIRS = re.compile(r"(?:\s*(?:,|and|or)?\s*(?:confirmed|laboratory-confirmed|lab-confirmed|verified|suspected|probable|"
                     r"possible|presumed|feared|unconfirmed)\b)+", re.I)  # right after another figure: that figure's
_COUNTED = frozenset({"count", "process", "talli", "report"})


# A perfect relative clause holding the figure ("a virus that has killed 68 ..."): a fact, whatever modal follows it.
_RELATIVE = re.compile(r"\b(?:that|which|who)\s+(?:has|have|had)\s+(?:already\s+|now\s+|so far\s+)?\w+ed\b(?:\W+\w+){0,4}?\W*$", re.I)


def _unreal(text: str, left: int, right: int, start: int, end: int) -> bool:
    """True for a figure in a hypothesis, forecast or goal: a condition anywhere in its clause, a modal or
    forecast word in its own comma-delimited part ("which has killed 160, could be dangerous" is a fact)."""
    if re.search(r"(?:\s-\s|[—–])$", text[max(0, left - 3):left]):  # "offered to lend a brigade - about 900 soldiers -"
        left = clause(text, left - 3, left - 3)[0]  # an aside restating the noun before it: that clause's modal is its
    if (amount := _AS_MUCH_AS.search(text, max(0, start - 24), start)) is not None:  # "could serve as little as 10 months"
        left = min(left, clause(text, amount.start(), amount.start())[0])  # the comparison's clause holds the modal
    if _CONDITION.search(text, left, right):
        return True
    lo = text.rfind(", ", left, start) + 1 or left  # ", " not "6,000"; past the comma, else the clause start
    hi = text.find(", ", end, right)
    hi = hi if hi >= 0 else right
    if _RELATIVE.search(text, lo, start):  # "a flu that has killed 68 could start an epidemic": the modal is the main verb's
        hi = end
    return bool(_UNREAL.search(text, lo, hi))


_THERE = re.compile(r"\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would|may|might|could|remain|seem|appear)\b)", re.I)
_PEOPLES = re.compile(r"\b[A-Z][a-z]+(?:ians|ans|ese|is)\b")  # "Mexicans", "Haitians", "Iraqis"


def _there(text: str, right: int, start: int) -> frozenset[str]:
    """The place "there" stands for ("a virus that has killed 149 people there"): the last place or people
    named before the figure in its sentence."""
    if not _THERE.search(text, start, right):
        return frozenset()
    before = [k for m in _PEOPLES.finditer(text, 0, start) if (k := name_key(m.group(0), False))]
    return frozenset(before[-1:])


_SIMPLE_PAST = re.compile(r"\b(?:\w+ed|left|took|struck|hit)(?:\s+\w+){0,2}\s*$")  # "... killed (up to) 2 million"
_NOT_PAST = re.compile(r"\b(?:has|have|had|is|are|will|now|so far)\b", re.I)


def _dated(text: str, left: int, start: int) -> str:
    """"period:<year>" when a figure's subject is a name its article dates in a year and its verb is a simple past:
    "The Asian flu killed two million" after "the 1957 Asian flu pandemic" is that year's toll, no current value."""
    eras = era(text)
    lead = text[left:start]
    if not eras or _NOT_PAST.search(lead) or not _SIMPLE_PAST.search(lead):
        return ""
    names = {name_key(m.group(0), False) for m in re.finditer(r"[A-Z][\w'’-]*", lead)}
    return next(("period:" + year for key, year in eras if key in names), "")


_ROW = re.compile(r"\d[\d,.]*\s+[a-z]+(?:\s+and\s+\d[\d,.]*\s+[a-z]+)+\b")  # "17,855 cases and 45 deaths"
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|stands?|stood|rose|fell|died|killed|remains?)\b", re.I)


def slot_of(text: str, start: int, end: int, unit: tuple[str, ...], percent: bool, money: str) -> Slot | None:
    """The slot of the figure ``text[start:end]`` counting ``unit`` (stems in order), or None when unsure."""
    if _ROW.match(text) and not _FINITE.search(text):
        return None  # "6,241 cases and 108 deaths at 15 June.": a table row whose label (whose count) was lost
    left, right = clause(text, start, end)
    lead = text[max(left, start - 40):start].rstrip() + " "
    if _ADDED.match(text, end) or _unreal(text, left, right, start, end) or _MODIFIER.search(lead) or leading_aside(text, start) \
            or of_a_part(text, left, right) or per_holder(text, start, end):  # "in some cases 100% of votes cast", "two each"
        return None
    saying = attributions(text, left, right, start)  # "..., officials said last week": not the figure's time
    past = any(not any(a <= m.start() < b for a, b in saying) for m in PAST.finditer(text, left, right))
    past = past or labelled_year(text, left)  # "1957: Asian flu killed two million people"
    if past or re.match(r"\s*,?\s*(?:who|which|that)\b", text[end:end + 12]):
        return None  # an old value; or "70,000 people who died ... were buried": what is counted is unclear
    if percent and _POLL.search(text):
        return None  # poll shares answer differently worded questions of different samples
    before = [c for c in (canon(w) for w in words(text[left:start])[-5:]) if c]
    after = [c for c in (canon(w) for w in words(text[end:right])[:8]) if c]
    stems = _clause_stems(text, left, right)
    kind = "percent" if percent else (money or next((_CURRENCY[u] for u in unit if u in _CURRENCY), "count"))
    unit_words = [u for u in unit if u not in _CURRENCY and u not in _SCALE_WORDS and u != "percent"]
    if kind != "count":  # a share or a sum: of what, and whose
        table = _PERCENT_OF if kind == "percent" else _MONEY_OF
        around = stems if kind == "percent" else _clause_stems(text, left, start)[-6:] + after  # a sum's: beside it
        measure = next((u for u in unit_words if u in table), "") or next((s for s in around if s in table), "")
        subject = share_subject(text, left, start) or priced(text, left, start)
        if not measure or not subject:
            return None
        if re.search(r"\b(?:against|versus|vs|compared (?:with|to)|to|while|and)\s*$", text[max(left, start - 20):start]):
            return None  # "48.6% against 31.7% for his rival": the second share is someone else's
        measure = _SAME_MEASURE.get(measure, measure)  # "54.1% with 91.6% of polling stations counted"
        counted = "/counted" if any(w in _COUNTED for w in after[:4]) else ""
        return Slot(measure + counted, kind, scope(text, start, end), subject, source=source(text, saying))
    if unit == (TERM,):  # a prison term: whose, as for any figure of a person
        if risked_term(text, start):
            return None  # "faces at least 10 years": what a charge risks, no sentence handed down
        measure, kind = "sentence", "years"
    else:
        measure = ""
    rest, back = after, before[::-1]  # nearest words first, after and before in turn
    near = unit_words + [w for i in range(4) for w in (rest[i:i + 1] + back[i:i + 1])]
    measure = measure or next((_MEASURE_WORDS[w] for w in near if w in _MEASURE_WORDS), "")
    if not measure and unit_words and _FLED.search(text, left, right):
        measure = "displaced"  # "10,000 people have fled": the displaced (not "escape": a breakaway, a jailbreak)
    nouns = [u for u in unit_words if u not in _MEASURE_WORDS and u not in _MOVE and len(u) > 2]
    if kind == "years":
        pass
    elif measure:  # who: "17 UN staff killed" is not the death toll
        who = nouns[-1] if nouns and nouns[-1] not in _ANYONE | _WHERE | _NOT_WHO else ""
        measure += "/" + who if who else ""
    elif nouns and nouns[-1] not in _PEOPLE:  # a stock, or a count of an action ("trained 4,000 soldiers")
        moved = next((w for w in before + after if w in _MOVE), "") or action_object(text, left, start)
        moved = "" if moved == "send" and nouns[-1] in _STOCK_MEASURES else moved  # troops sent: the force there
        measure = nouns[-1] + ("/" + moved if moved else "")
    if not measure:
        return None
    cut = max([0] + [m.end() for m in _DIGITS.finditer(text, max(0, start - 60), start)])  # the figure before it
    lo = max(left, start - 30, theirs.end() if cut and (theirs := _THEIRS.match(text, cut)) else cut)
    hi = min([min(right, end + 30)] + [m.start() for m in _DIGITS.finditer(text, end, min(right, end + 30))])
    said = _STATUS.search(text, lo, hi)  # its own phrase's: "4,714 confirmed cases including four deaths" confirms cases
    status = "" if not said else ("confirmed" if said.group("confirmed") else "suspected")
    named = frozenset(k for m in re.finditer(r"(?<=\s)[A-Z][\w.'’-]*", text[start:end]) if (k := name_key(m.group(0), False)))
    named |= holder(text, max(0, left - 60), start)  # "Britain has 7,700 troops", "Ohio (20 votes)"
    own = places(text, start, end) or _there(text, right, start)
    given, sure = inherited(text) if not own else (frozenset(), 0.0)
    if not own and sure < INHERIT_CONFIDENCE and _PRONOUN.match(text[left:start]):
        own = frozenset({"it: " + text[left:end].lower()})  # "It has two confirmed cases": a holder unnamed here, so
        # never one named elsewhere (nor another unnamed one: a key of its own words)
    when = scope(text, start, end) if kind == "count" else ""  # a term's length is not a day's count: "given 19 years today"
    when = when or (_dated(text, left, start) if kind == "count" else "")
    return Slot(measure, kind, when, own, named, status, given if sure >= INHERIT_CONFIDENCE else frozenset(),
                source(text, saying))
