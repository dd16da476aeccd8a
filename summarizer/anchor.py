"""Time anchoring: when is a sentence about, relative to its article's publication day?

News sentences tell what happened in the days before publication ("on Tuesday",
"yesterday", "Dec 27"); background sentences tell earlier years, history, explainers and
profiles ("in 2019", "since 2005", "was born", "is known for"). :func:`anchor` reads the
time expressions and cues of one sentence and returns :class:`Anchor` features that the
ranker weighs (see :mod:`summarizer.weights`). Pure regular expressions: no model, no clock
(the publication time is given).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from datetime import date, datetime

from summarizer.dates import MONTHS, calendar_days, explicit_days
from summarizer.decades import past_decade
from summarizer.event import PAST_ACTION as _PAST_ACTION
from summarizer.foldcase import Cue, ascii_lower
from summarizer.lexicon import MONTH_NAMES, SAY, WEEKDAY_LIST, WEEKDAY_NAMES, alternation
from summarizer.pasttimes import month_days, relative_past
from summarizer.profiles import LIFE, TENURE

RECENT_DAYS = 7  # a referenced time this close before publication is news
OPENING_WORDS = 6  # "Day 8: 12 March 2014 An expert said", "On 12 March, the expert said": the statement's own date
_WEEKDAYS = tuple(d.lower() for d in WEEKDAY_LIST)
_DAYS = "|".join(_WEEKDAYS)  # after "the", before a capital, a weekday names a paper, no time ("the Sunday Times")
_WEEKDAY = re.compile(rf"\b(?!(?<=\bthe )(?:{_DAYS}) (?-i:[A-Z]))(?:on |late |early |last |this )?({_DAYS})(?:'s)?\b", re.I)
_NOW = Cue(re.compile(
    r"\b(?:today|tonight|this (?:morning|afternoon|evening|week)|overnight|earlier today|on the day"
    r"|right now|currently|now)\b", re.I), needs=("today", "tonight", "this ", "overnight", "on the day", "now", "currently"))
_YESTERDAY = Cue(re.compile(r"\b(?:yesterday|last night|late last night|the day before)\b", re.I),
                 needs=("yesterday", "last night", "the day before"))
# A year: of this century or the last, or an older one ("broke away from Portugal in 1822", "the 1840s") that no
# plural noun follows ("by 1800 troops", "of 1500 homes" count things).
_YEAR_NUMBER = r"(?:(?:19|20)\d\d|1[5-8]\d\d(?![\d,.]\d)(?!s?\s+[a-z]+s\b))"
_YEAR = re.compile(r"\b(?:in|since|from|during|until|by|of|before|after|between|early|late|mid-?)\s+"
                   rf"(?:the\s+)?(?:(?:early|late|mid-?)\s*)?({_YEAR_NUMBER})s?\b", re.I)
_MONTH_YEAR = re.compile(r"\b(Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|Sept?(?:ember)?|"
                         rf"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s+({_YEAR_NUMBER})\b")
# A year naming the subject ("The 1918 pandemic killed 50 million", "The 1992 commission was chaired by"): counted when
# two or more years before publication, among the sentence's first SUBJECT_WORDS words and before its first past-tense
# verb ("Ms Melvin described the 1993 encounter" tells today's testimony), in a sentence with no present,
# perfect or future verb ("the 2006 investigation is reopening"). Later in the sentence it names an object of today's
# news as often ("The court upheld a ruling that he had broken his 1963 contract").
_ATTRIBUTIVE_YEAR = re.compile(r"\b(?:[Tt]he|[Aa]|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|\w+'s)\s+((?:19|20)\d\d)(?:-\d\d)?\s+[a-z]")
SUBJECT_WORDS = 5
_NOT_PAST = Cue(re.compile(r"\b(?:is|are|has|have|will|would|can|could|may|might|says?|continues?|remains?|maintains?|"
                           r"insists?|argues?|claims?|believes?|denies|admits?)\b", re.I))
_AGO = re.compile(r"\b(?:(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|few|"
                  r"couple of|dozen)\s+)?(day|week|month|year|decade|centur(?:y|ie))s?\s+ago\b", re.I)
# "last year's agreement" names a thing of last year; the clause may tell today's news.
_LAST_PERIOD = Cue(re.compile(r"\b(?:last|previous|past|prior) (year|decade|century|month|summer|winter|spring|autumn|fall)\b"
                              r"(?!['’]s)", re.I), needs=("last ", "previous ", "past ", "prior "))
_EARLIER_THIS = re.compile(r"\bearlier this (month|year)\b", re.I)  # weeks or months back, not an earlier year
# "Since last year, the North has sent 15,000 troops": a running total up to now (news), not history.
_SINCE_PHRASE = re.compile(r"\bsince (?:the )?(?:(?:last|this|early|late|mid-?) )?(?:\w+ )?(?:(?:1[5-9]|20)\d\d|year|month|"
                           r"week|summer|winter|spring|autumn|fall|" + MONTH_NAMES.lower() + r")"
                           r"(?: (?:1[5-9]|20)\d\d)?\b,?", re.I)  # years as _YEAR_NUMBER reads them
_COUNT = re.compile(r"(?<![\d,.])(?!(?:19|20)\d\d\b|1[5-8]\d\d\b(?!s?\s+[a-z]+s\b))\d[\d,.]*\b")  # no year
_HISTORY = Cue(re.compile(
    r"\b(?:was born|were born|founded in|established in|began in|started in|was first|were first|first (?:came|appeared|"
    r"emerged|became)|for (?:many |several |the past |the last )?(?:years|decades|months)|has long|have long|long-running|"
    r"history of|historically|in the past|in recent (?:years|decades)|over the (?:years|decades|past)|"
    r"since then|ever since|at the time|back then|years later|the first time since|once again|previously|"
    r"former(?:ly)?|the late|rose to fame|best known|is known for|are known for|known as|dat(?:es|ed|ing) back)\b", re.I))
_SINCE = Cue(re.compile(r"\bsince\b", re.I), needs=("since",))
# The history cues of a sentence that tells the past itself (a life, a founding, a lasting past), as opposed
# to a role, a name or an earlier time named in passing ("its former colonial power", "the late singer",
# "previously censored documents", "her first interview since the attack") and to a past perfect, which
# as often tells the days just before the news ("Lawyers for the doctor had asked for a delay").
_TELLS_PAST = Cue(re.compile(
    r"\b(?:was born|were born|founded in|established in|began in|started in|first (?:came|appeared|emerged|became)|"
    r"for (?:many |several |the past |the last )?(?:years|decades)|has long|have long|history of|historically|"
    r"in the past|over the (?:years|decades)|ever since|back then|rose to fame|best known|is known for|are known for|"
    r"dat(?:es|ed|ing) back)\b", re.I))
# A past perfect state or activity that lasted up to the reported events ("Steenkamp had been dating him since
# November", "the two had been in talks for months"): the context of earlier weeks, not the event. A running count
# after "since" ("had risen to 109 since Monday") is read as news before this cue is tried.
_LASTING = Cue(re.compile(
    r"\bhad (?:\w+ly )?been (?:[\w'’-]+ ){1,5}?(?:since (?:(?:early |late |mid-?)?(?:" + MONTH_NAMES.lower() + r"|"
    r"(?:19|20)\d\d)|last (?:year|month|summer|winter|spring|autumn|fall))|"
    r"for (?:(?:more than|over|nearly|almost|about|some) )?(?:(?:two|three|four|five|six|several|many|\d+) )?"
    r"(?:weeks|months|years|decades))\b", re.I), needs=("had ",))
_EXPLAINER = Cue(re.compile(
    r"\b(?:is|are) (?:a|an|the) (?:[a-z-]+ ){0,3}(?:that|which|who|where|of)\b"
    r"|\b(?:is|are) (?:caused|spread|transmitted|defined|made up|used|found|typically|usually|generally|often|"
    r"commonly|considered|regarded)\b"
    r"|\b(?:typically|usually|generally|commonly|traditionally|normally|tends? to|can cause|symptoms include|"
    r"refers to|stands for|means that|is called|are called)\b", re.I))
# A general property of a kind ("The Lowmere eel is notorious for its long migrations", "bats are known to carry",
# "symptoms include", "homicide refers to the killing of"): a trait, not an event ("Jobs refers to the system as OS10"
# names a thing, a weak cue only). Outside the last week and reported speech it weighs as much as a cue
# that tells the past ("usually", "typically" as often qualify news: they stay weak explainer cues).
_TRAIT = Cue(re.compile(
    r"\b(?:is|are) (?:(?:also|often|widely|well) )?(?:notorious|famous|renowned|known|infamous) (?:for|to(?! have))\b"
    r"|\b(?:symptoms include|stands for|refers to(?! (?:[^ ]+ ){0,5}as\b))", re.I),
    needs=("notorious", "famous", "renowned", "known", "infamous", "symptoms include", "stands for", "refers to"))
# A definition of a term or a kind, told with no actor, event or date: a bare subject that "means" something
# ("Level four means the virus is spreading"; not "The ruling means he can stay", "Ecuador's decision means") or a
# bare plural that "are considered" something ("Under Veltrian rules, harbour pilots are considered officers of
# the port"; not "The two harbours are considered"). The generic present of an explainer: weighed like a trait.
# Each word of the subject is a content word: no determiner, pronoun, conjunction, verb or -ly adverb ("And this
# means", "He has the means", "by no means", "A referral inevitably means").
_NOT_TERM = (r"(?!(?:the|a|an|this|that|these|those|it|he|she|they|we|i|you|his|her|its|their|our|my|your|which|what|"
             r"such|each|every|all|both|one|two|three|and|but|or|so|if|then|by|no|has|have|had|is|was|using|hopefully)\b)"
             r"(?![a-z]+ly\b)")
_DEFINITION = Cue(re.compile(
    rf"^(?:under [a-z ]{{1,30}}, )?(?:(?:{_NOT_TERM}[a-z0-9-]+ ){{1,3}}means (?!to\b|business\b)|"
    rf"(?:{_NOT_TERM}[a-z-]+ ){{0,2}}{_NOT_TERM}[a-z]+s are (?:considered|regarded as|defined as|classed as|classified as|treated as)\b)", re.I),
                  needs=("means ", "s are "))
# A participle: "has been killed", "had been hired" tell an event, "has been difficult" a state.
_PARTICIPLE = (r"[a-z]+(?:ed|en|wn)|made|paid|said|sold|told|held|found|built|sent|spent|lost|left|kept|brought|bought|"
               r"caught|taught|fought|hit|cut|put|set|shut|hurt|let|run|won|done|gone|struck|hung|stuck|shot|got|led|"
               r"fed|met|laid|sworn|torn|begun|sunk|come|become")
# A lasting state or an ongoing activity ("has been difficult", "has been investigating"): context, not the event.
_PERFECT_STATE = Cue(re.compile(rf"\b(?:has|have) been (?!(?:\w+ )?(?:{_PARTICIPLE})\b)", re.I),
                     needs=("has been ", "have been "))
# Past perfect outside reported speech ("She had featured in a magazine", "SCA had previously tried"):
# it tells what happened before the reported events. After a reporting verb ("said he had seen") it is the news.
_PAST_PERFECT = Cue(re.compile(rf"\bhad (?:(?:\w+ly|not|never|already|once|long) )?(?:been )?(?:{_PARTICIPLE})\b", re.I),
                    needs=("had ",))
_REPORTED = Cue(re.compile(r"\b(?:said|says|told|say|tells|according to|reported|added|believed|thought|knew|"
                           r"feared|claimed|alleged|confirmed|revealed|emerged|found|learned|admitted|denied|"
                           r"saying|telling|adding|claiming|warning|insisting)\b", re.I))
# A present perfect of an event ("has met", "have been sent"): a development up to now, even after "since then".
_DEVELOPMENT = Cue(re.compile(rf"\b(?:has|have) (?:(?:\w+ly|not|never|already|also|now) )?(?:been )?(?:{_PARTICIPLE})\b", re.I),
                   needs=("has ", "have "))
# Who says it: a statement, testimony or document of today that may tell of an earlier time.
_SAYS = Cue(re.compile(r"\b(?:" + alternation(SAY) + r"|testified|testifies|according to|claimed|claims|alleged|alleges|"
                       r"argued|argues|ruled|rules|suggest|suggests|suggested|showed|"
                       # "figures show", not a noun show ("a reality TV show", "the show", "his show")
                       r"(?<!\btv )(?<!\ba )(?<!\bthe )(?<!\bhis )(?<!\bher )(?<!\bits )(?<!\btalk )shows?)\b", re.I))
_QUOTE = re.compile(r"[“\"][^”\"]*[”\"]")
# A relative clause names its noun ("Ms Roe, who met him after the flood on 4 May 2012,
# said ..."; "a dispute which she thinks should have been settled in 2010, when ..."): its dates are not the
# sentence's time. Only a clause closed by a comma is read as one (without a parser its end is unknown).
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which)\b[^,.;:]*,", re.I)  # up to its closing comma
# Profile and general cues: "once had", "often called", "aged 50", "is still the biggest-selling".
_PROFILE = Cue(re.compile(r"\b(?:once (?:had|was|were|held|owned|worked|lived)|often (?:called|described|referred)|"
                          r"aged \d+|is still the|remains the|one of the (?:\w+ )?(?:best|most|greatest|biggest|largest))\b", re.I),
               needs=("once ", "often ", "aged ", "is still the", "remains the", "one of the "))
_FUTURE = Cue(re.compile(
    r"\b(?:will|shall|is (?:due|set|scheduled|expected|going) to|are (?:due|set|scheduled|expected|going) to|"
    r"plans? to|planned|intends? to|next (?:week|month|year|" + WEEKDAY_NAMES.lower() + r")|"
    r"tomorrow|later this (?:week|month|year)|upcoming|would be held)\b", re.I))


@dataclass(frozen=True)
class Anchor:
    """Time features of a sentence. ``days_before`` is None when no time is referenced."""

    days_before: float | None  # days between the latest referenced time and publication (0 = that day)
    stale: bool  # also references a time more than a month before publication
    recent: bool  # references a time within RECENT_DAYS before publication ("Tuesday", "today")
    past_year: bool  # references an earlier year, decade, "last year", "n years ago"
    history: bool  # history or profile cue ("was born", "since", "for years", "has long")
    explainer: bool  # definition or general-truth cue ("is a ... that", "usually", "symptoms include")
    future: bool  # plan or forecast ("will", "is due to", "next week")
    reported: bool = False  # tells who says it ("the doctor told him", "court papers suggest")
    development: bool = False  # a present perfect of an event ("has met"): what happened up to now
    passing: bool = False  # the history cue names a role or time in passing ("its former colonial power"), tells no past
    trait: bool = False  # a general property of a kind ("is notorious for", "typically", "symptoms include")

    @property
    def background(self) -> float:
        """0..1: how strongly the sentence reads as background rather than news.

        Earlier dates count only when the sentence is neither anchored in the last week ("on Monday
        the lawyer said ... when he died in June 2009") nor reported speech ("he testified that in
        April 2009 ..."): there the old date is the context of a new event, a statement or testimony.
        A cue that tells the past weighs as much as an earlier year on the same terms ("Sony once had
        a biopic in the works", "was born in Ohio", "has long been used"), unless a
        present perfect tells a development up to now ("Since then, Kim has met the families") or the cue
        names a role or time in passing ("its former colonial power", "her first interview since the
        attack", "previously censored documents") or is a past perfect ("Lawyers had asked for a delay":
        as often the days just before the news). On the candidate sentences of benchmarks/lines.py (740,
        labelled by hand) the strong cue marks 0 of 85 news sentences and 6 of 104 background ones (no
        minor or stale one); with past perfects and passing cues it also marked 7 minor sentences, and
        on news_dev it made a day quiet whose news was "Lawyers for Dr Murray had asked for a delay".
        A life-course cue ("was born to", "went to university in") tells the past like the strong cue. A
        general trait ("is notorious for", "symptoms include") weighs 0.5 on the same terms, other explainer
        cues 0.3, and none in reported speech ("officials say ... it is the same strain of"): there it is a
        finding. On news_dev (h1n1, 26 April 2009) the explainer cue of that reported line kept it, the day's
        one news line, below the news bar once the trait line it had ridden on sank.
        """
        dated = not (self.recent or self.reported)
        history = (0.5 if dated and not (self.development or self.passing) else 0.3) * self.history
        explainer = 0.5 if dated and self.trait else 0.3 if self.trait or not self.reported else 0.0
        score = 0.5 * (self.past_year and dated) + history + explainer * self.explainer
        if self.stale and dated:
            score += 0.3
        return min(1.0, score)


def _weekday_days(name: str, published: date, last: bool = False) -> int:
    """Days back from ``published`` to the latest ``name`` weekday on or before it (0..6; 7 for "last
    Wednesday" written on a Wednesday, which names the week before)."""
    days = (published.weekday() - _WEEKDAYS.index(name.lower())) % 7
    return 7 if last and days == 0 else days


def _year_days(text: str, published: date) -> list[int]:
    """Days before publication of years named in ``text`` ("in 2019" -> mid-2019, "December 1955" -> mid-month)."""
    out: list[int] = []
    if not any(c in text for c in ("19", "20", "15", "16", "17", "18")):
        return out  # both patterns need a year of 15xx to 20xx
    for m in _MONTH_YEAR.finditer(text):
        month = MONTHS.get(m.group(1).lower()) or MONTHS.get(m.group(1).lower()[:3])
        when = date(int(m.group(2)), month or 7, 15)
        if when < published:
            out.append((published - when).days)
    for m in _YEAR.finditer(text):
        year = int(m.group(1))
        if year < published.year and not (m.group(0).endswith("s") and year + 9 >= published.year):  # not "the 2020s" in 2026
            out.append((published - date(year, 7, 1)).days)
    for m in _ATTRIBUTIVE_YEAR.finditer(text):
        year = int(m.group(1))
        if (year <= published.year - 2 and text.count(" ", 0, m.start(1)) < SUBJECT_WORDS
                and not _PAST_ACTION.search(text, 0, m.start()) and not _NOT_PAST.found(text, ascii_lower(text))):
            out.append((published - date(year, 7, 1)).days)
    return out


@lru_cache(maxsize=20_000)  # ranking and genre read the same sentences: read once
def anchor(text: str, published: datetime | date | None) -> Anchor:
    """The time features of ``text`` in an article published at ``published`` (None: cues only)."""
    pub = published.date() if isinstance(published, datetime) else published
    since = _SINCE.found(text, ascii_lower(text))  # "since" is in every _SINCE_PHRASE: without it, no phrase to read
    running = since and _COUNT.search(_SINCE_PHRASE.sub(" ", text)) is not None and _SINCE_PHRASE.search(text) is not None
    text = _SINCE_PHRASE.sub(" ", text) if running else text
    full, text = text, _RELATIVE.sub(" ", text)  # times are read from the main clauses, cues from the whole
    refs: list[float] = []
    refs.extend(15 if m.group(1).lower() == "month" else 60 for m in _EARLIER_THIS.finditer(text))
    low, low_full = ascii_lower(text), ascii_lower(full)
    read: dict[Cue, bool] = {} if running else {_SINCE: since}  # each cue read once: "now" was read 3 times, "future" 3
    def on(cue: Cue, whole: bool = True) -> bool:  # on ``full`` (on ``text`` when not ``whole`` and a relative clause went)
        if not whole and text != full:
            return cue.found(text, low)
        return read[cue] if cue in read else read.setdefault(cue, cue.found(full, low_full))
    refs.extend(r for r, cue in ((0, _NOW), (1, _YESTERDAY)) if on(cue, False))  # today's, yesterday's
    years = _year_days(text, pub) if pub is not None else []
    if pub is not None:
        refs.extend(_weekday_days(m.group(1), pub, m.group(0)[:5].lower() == "last ") for m in _WEEKDAY.finditer(text))
        calendar = calendar_days(text, pub)
        refs.extend(days for days, _written in calendar)
        # a calendar day of an earlier year, its year written ("On October 23, 2001"), names that year as "in
        # October 2001" does
        years.extend(days for days, written in calendar if written and days > 300)
        refs.extend(years)
        refs.extend(month_days(text, pub, on(_FUTURE)))  # "in December" alone (summarizer.pasttimes)
    past_year = past_decade(text, low, pub) or _LAST_PERIOD.found(text, low)
    for m in _AGO.finditer(text) if "ago" in text.lower() else ():  # a cheap test spares the full pattern
        unit = m.group(2).lower()
        if unit.startswith(("year", "decade", "centur")):
            past_year = True
        elif unit.startswith("month"):
            refs.append(30)
    past = [r for r in refs if r >= 0]
    days_before = min(past) if past else None
    if any(r > 300 for r in years):  # read once above: the same text and day
        past_year = True
    # A life-course cue tells the past of a life ("was the second of five children born to", "went to college in
    # Lowmere", "when Ann was two months old"), read in the main clauses: "X, who grew up in Ohio, was charged" is news.
    life = (LIFE.found(text, low) or relative_past(text, low)  # or "two years later" (summarizer.pasttimes)
            or (TENURE.found(text, low) and not on(_NOT_PAST) and not on(_FUTURE)))
    history = (life or _HISTORY.found(full, low_full) or (since and on(_SINCE) and not on(_NOW)) or on(_PROFILE)
               or (_PAST_PERFECT.found(full, low_full) and not _REPORTED.found(full, low_full)))
    # A trait named beside a recent event ("is famous for a memo, which was read out in court yesterday,") is no
    # explainer: the last week is read in the whole sentence here.
    trait = (_TRAIT.found(full, low_full) or _DEFINITION.found(full, low_full)) and not (on(_NOW) or on(_YESTERDAY)
                                                                                      or _WEEKDAY.search(full))
    explainer = trait or _EXPLAINER.found(full, low_full) or _PERFECT_STATE.found(full, low_full)
    unquoted = _QUOTE.sub(" ", full)
    reported = _SAYS.found(unquoted, ascii_lower(unquoted))
    if reported and pub is not None and (says := _SAYS.search(head := _QUOTE.sub(" ", text))) is not None:
        # A calendar day named before the reporting verb dates the statement ("On 12 March an expert said ..."), as a
        # bare month and year opening a chronology's entry does ("January 2007 The firm unveils a phone, which it says"):
        # an old one.
        opening = " ".join(head[:says.start()].split()[:OPENING_WORDS])  # a date opening the sentence, not in what is told
        entry = _MONTH_YEAR.match(opening)
        reported = not any(d > 30 for d in explicit_days(opening, pub) + (_year_days(entry.group(), pub) if entry else []))
    return Anchor(
        days_before=days_before,
        stale=any(r > 30 for r in past),
        recent=days_before is not None and days_before <= RECENT_DAYS,
        past_year=past_year,
        history=history,
        explainer=explainer,
        trait=trait,
        future=on(_FUTURE),
        reported=reported,
        development=_DEVELOPMENT.found(text, low),
        passing=history and not (life or _TELLS_PAST.found(full, low_full) or on(_PROFILE)
                                 or _LASTING.found(full, low_full)),
    )
