"""Detokenising: text that a Penn-Treebank-style tokeniser split, written back as people write it.

Crawled corpora and some feeds pass text through a tokeniser and restore it only roughly:
"do n't", "the company 's", "( AP )", "£ 19bn", "can not", and the hyphen of every compound
spaced like a dash ("team - mate", "19-year - old", "anti - corruption"). Read as is, such
lines look broken, a compound's halves count as two words, and the spaced hyphens pass for
dashes (asides, headline cuts).

The marks no writer spaces so are joined everywhere: a clitic ("n't", "'s") never stands
apart, a bracket never opens with a space inside it. A spaced hyphen is ambiguous (a dash is
often typed so), so compounds are rejoined only on a page that shows the tokeniser's marks,
and only where the word after the hyphen cannot open a phrase (a determiner, pronoun,
preposition, conjunction, verb of saying or an "-ly" adverb opens the phrase after a dash:
"An American Life - mistakenly called ..."). Nothing here is about a given site or story.
"""
from __future__ import annotations

import re

from summarizer import gluewords as W
from summarizer.chunks import AUX, SAY_VERBS
from summarizer.dashes import PHRASE_OPENERS
from summarizer.runon import finite

MIN_MARKS = 2  # tokeniser marks that show a page was tokenised
# A clitic set apart from its word: "do n't", "company 's", "we 're", "I 'm" (straight or curly apostrophe).
_CLITIC = re.compile(r"(?<=[A-Za-z]) (n['’]t|['’](?:s|re|ve|ll|d|m))(?![\w'’-])")
# A clitic spaced off its apostrophe, which stays on the word ("2015’ s", "don' t": a repaired "â€ ™ s"), and a name's
# apostrophe spaced off its capital ("O’ Reilly", "D’ Alema"): no writer spaces either.
_SPLIT_CLITIC = re.compile(r"(?<=\w)([’']) (s|t|re|ve|ll|d|m)(?![\w'’-])")
_NAME_APOSTROPHE = re.compile(r"\b([OD][’']) (?=[A-Z])")
# Spaces inside brackets: "( AP )", "(AP )".
_OPEN_BRACKET = re.compile(r"([(\[]) (?=\S)")
_CLOSE_BRACKET = re.compile(r"(?<=[^\s(\[]) ([)\]])")
# A currency sign set apart from its amount ("£ 19bn", "$ 5"), and a unit from a currency amount ("$2.4 m").
_CURRENCY = re.compile(r"([£$€¥]) (?=\d)")
_MONEY_UNIT = re.compile(r"((?:[£$€¥]|\bUS\$)\d[\d.,]*) (m|bn|k|tn)\b")
# Punctuation set apart from the word before it: "said ,", "Iraq .", "50 %".
_SPACED_PUNCT = re.compile(r"(?<=[\w)\]]) ([,;%]|[.:?!](?=\s|$))")
_CANNOT = re.compile(r"\b([Cc])an not\b(?! only\b)")
# A spaced hyphen between two word characters: "team - mate", "19-year - old".
_SPACED_HYPHEN = re.compile(r"(?<=\w) - (?=\w)")
_STOP = re.compile(r"[.!?;:\n]")
_WORD_AFTER = re.compile(r"[\w'’]+")
# Marks only a tokeniser leaves (counted to tell a tokenised page).
# Compound halves spaced like a dash count too ("co - founder", "19-year - old", "low - quality", "US - led").
_MARKS = re.compile(r"\w n't\b|\w 's\b|\( \w|\w \)|\w ,\s|\bcan not\b|[£$€] \d|(?:^|(?<=\s))[\"“] (?=\w)|"
                    r"\b(?:re|co|non|anti|pre|post|self|ex|mid|multi|semi|sub|inter|counter|vice) - \w|\d-\w+ - \w|"
                    r"\w - (?:based|led|backed|born|run|owned|style|year|old|term|time|known|made|related|free|wide|"
                    r"long|class|scale|level|profile|quality|day|size|up|off|out|in)\b", re.I)
# Marks a plain substring search finds: "do n't", "( AP )", "said , ", "can not", "£ 19bn".
_QUICK_MARKS = (" n't ", " 's ", "( ", " ) ", " , ", "can not ", "£ ", "€ ")
# Compound halves that are not words of their own: a hyphen after one of these is never a dash.
# Words that open a phrase after a dash besides :data:`summarizer.dashes.PHRASE_OPENERS` ("- more than £200m").
_DASH_OPENERS = frozenset("""more less much out up down just almost nearly around perhaps mostly hence thus unless either
    neither still far indeed especially notably mainly partly rather except whereas usually often already instead
    not never maybe everything something nothing everyone someone there here plus""".split())
# Second halves of compounds that also open phrases after a dash: a compound when no phrase follows them.
_PARTICLES = frozenset("like up out be down off".split())
_LY_HALVES = frozenset("friendly monthly weekly daily yearly nightly hourly".split())  # "user - friendly"
_LINKS = frozenset("to in on of and or for by the a".split())  # the middle of "all - in - one", "day - to - day"
_PREFIXES = frozenset("pan al el re co anti pre non post self ex mid pro multi semi sub inter intra counter over under".split())


def tokenised(text: str) -> bool:
    """True when ``text`` shows at least :data:`MIN_MARKS` marks that only a tokeniser leaves."""
    quick = sum(text.count(mark) for mark in _QUICK_MARKS)  # plain substrings first: most pages decide here
    if quick >= MIN_MARKS:
        return True
    if quick == 0 and " - " not in text and '" ' not in text and "“ " not in text:
        return False
    found = 0
    for _ in _MARKS.finditer(text):
        found += 1
        if found >= MIN_MARKS:
            return True
    return False


# Words that open a participle's object or complement: after "X - <verb>ing" they make the hyphen a dash ("the drama -
# trying to", "sales - spending just"); a gerund compound goes on with a preposition, a conjunction or a verb ("vote -
# rigging had", "hard - working and", "fund - raising for").
_OBJECT_OPENERS = frozenset("the a an his her its their our my your this these those it them him me to that just he she they "
                            "we you i why how what whether some most each every any only".split())


_TENS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())
_UNITS = frozenset("one two three four five six seven eight nine first second third fourth fifth sixth seventh eighth "
                   "ninth".split())


def _compound(text: str, at: int) -> bool:
    """True when the spaced hyphen at ``at`` (the space before it) joins a compound rather than opening a dash."""
    after = _WORD_AFTER.match(text, at + 3)
    word = after.group(0) if after else ""
    low = re.split("['’]", word.lower())[0]  # "- you're"
    before = text[:at].rsplit(None, 1)[-1] if text[:at].strip() else ""
    if before.lower() in _TENS and low in _UNITS:
        return True  # "Sixty - one senators" is one number word, though "one" may open a phrase after a dash
    if before.lower() in _PREFIXES or before[-1:].isdigit() and low.isalpha() and low not in PHRASE_OPENERS:
        return True  # "re - elected", "60 - year", not "£1,149 - a £200 drop"
    if low in _PARTICLES and after is not None:  # "start - up craze", "iPad - like interface", not "- like this Tour"
        nxt = _WORD_AFTER.match(text, after.end() + 1)
        return not (nxt and text[after.end():after.end() + 1] == " " and (nxt.group(0).lower() in PHRASE_OPENERS
                                                                        or nxt.group(0)[:1].isupper()))
    if low in PHRASE_OPENERS or low in AUX or low in SAY_VERBS or low in _DASH_OPENERS:
        return False
    if word[:1].isdigit() and not before[-1:].isdigit():  # "16th - 36 and 55sec behind"
        return False
    if word[:1].isupper() and before[:1].islower():  # "a rare feat for a sprinter - Mario Cipollini managed it"
        return False
    nxt = _WORD_AFTER.match(text, after.end() + 1) if after is not None else None
    if low.endswith("ing") and nxt is not None and nxt.group(0).lower() in W.FUNCTION and (
            nxt.group(0).lower() in _OBJECT_OPENERS or before.endswith("s") and not before.endswith("ss")
            or before.lower() in W.FUNCTION or len(before) > 4 and before.endswith("ly")):
        return False  # "the drama - trying to", "its larger cousins - storing between", "and - asking for", "aptly - prompting"
    if low.endswith("ed") and before[:1].isupper() and nxt is not None and nxt.group(0).lower() == "to":
        return False  # "a race with Kim - expected to win -", not "hand - picked by", "broad - based and"
    return not (len(low) > 4 and low.endswith("ly")) or low in _LY_HALVES  # "- mistakenly called": an adverb opens the phrase


def _goes_on(text: str, at: int) -> bool:
    """True when the word at ``at`` goes on with a sentence after a closing dash: a verb or a phrase opener."""
    m = _WORD_AFTER.match(text, at)
    word = m.group(0).lower() if m else ""
    return finite(word) or word in AUX or word in SAY_VERBS or word in PHRASE_OPENERS | _DASH_OPENERS


def _opener_after(text: str, at: int) -> bool:
    """True when the word at ``at`` opens a phrase."""
    m = _WORD_AFTER.match(text, at)
    return m is not None and m.group(0).lower() in PHRASE_OPENERS | _DASH_OPENERS


def _chains(text: str, hyphens: list[re.Match[str]]) -> tuple[set[int], set[int]]:
    """Spaced hyphens with a single word between them ("two - and - a - half", "off - the - books"): the hyphens of
    runs of three or more, which always join, and of pairs, which join unless a phrase follows the pair
    ("also - rans - that is" is a compound, then a dash)."""
    linked = [" " not in (mid := text[hyphens[k].end():hyphens[k + 1].start()]) and not (len(mid) > 4 and mid.endswith("ly"))
              for k in range(len(hyphens) - 1)]  # "has now - finally - been": an adverb between two dashes
    long_runs: set[int] = set()
    pairs: set[int] = set()
    k = 0
    while k < len(linked):
        if not linked[k]:
            k += 1
            continue
        j = k
        while j < len(linked) and linked[j]:
            j += 1
        members = set(range(k, j + 1))
        if j - k >= 2:
            long_runs |= members
        elif text[hyphens[k].end():hyphens[k + 1].start()].lower() in _LINKS or not _opener_after(text, hyphens[j].end()):
            pairs |= members  # "all - in - one", "face - to - face": no dash aside is one linking word
        k = j
    return long_runs, pairs


def join_compounds(text: str) -> str:
    """``text`` with the spaced hyphens of compounds rejoined ("team - mate" -> "team-mate", "day - to - day" ->
    "day-to-day"), dashes kept: the closing dash of an aside ("- a stone a shade smaller than the Star - of - Veltria -
    failed ...") stays."""
    if " - " not in text:
        return text
    hyphens = list(_SPACED_HYPHEN.finditer(text))
    runs, pairs = _chains(text, hyphens)
    out: list[str] = []
    last, opened = 0, -1  # the end of the last dash kept, while its aside may still close
    for k, m in enumerate(hyphens):
        between = text[opened:m.start()] if opened >= 0 else ""
        closing = opened >= 0 and len(between.split()) >= 3 and not _STOP.search(between) and _goes_on(text, m.end())
        chained = k in runs or k in pairs
        ends_chain = chained and (k + 1 not in runs | pairs or " " in text[m.end():hyphens[k + 1].start()])
        linking = any(text[hyphens[i].end():hyphens[i + 1].start()].lower() in _LINKS
                      for i in (k - 1, k) if 0 <= i < len(hyphens) - 1 and {i, i + 1} <= runs | pairs)
        yes = chained and (linking or not (ends_chain and closing)) or not chained and not closing and _compound(text, m.start())
        if not yes:
            opened = -1 if closing else m.end()
        else:
            out.append(text[last:m.start()])
            out.append("-")
            last = m.end()
    out.append(text[last:])
    return "".join(out)


# A quotation whose opening single quote slid onto the word before it: "a' journey of peace'", "Beijing's' anti-secession'
# law" (a crawl's spacing; not "the players' union", a plural's possessive, nor a quote holding an apostrophe).
_SHIFTED_QUOTE = re.compile(r"(?<=[A-Za-z0-9])(?<![^'’]s)' (?=[A-Za-z])([^'\n]{1,80}?[\w.,!?])'(?=[\s,.;:!?)]|$)")


def unshift_quotes(text: str) -> str:
    """``text`` with single quotations whose opening mark slid onto the word before put back: "a' journey'" ->
    "a 'journey'"."""
    return _SHIFTED_QUOTE.sub(r" '\1'", text) if "' " in text else text


# An opening single quote that slid onto the colon before it: "told The Observer:' If you ..." (a crawl's spacing).
_COLON_QUOTE = re.compile(r":' (?=[A-Z])")


def colon_quotes(text: str) -> str:
    """``text`` with a quotation's opening mark moved off the colon before it: "said:' We" -> "said: 'We"."""
    return _COLON_QUOTE.sub(": '", text) if ":' " in text else text


def detokenize(text: str, marked: bool | None = None) -> str:
    """``text`` with a tokeniser's spacing undone: clitics (either side of the apostrophe), brackets and currency signs always; punctuation,
    "can not" and compound hyphens on a page that shows it was tokenised (:func:`tokenised`; ``marked`` True when
    the page before its mojibake was repaired showed it: "itâ€ ™ s" is a tokeniser's split the repair undoes)."""
    marked = marked or tokenised(text)
    if "n't" in text or "n’t" in text or " '" in text or " ’" in text:
        text = _CLITIC.sub(r"\1", text)
    if "’ " in text or "' " in text:
        text = _NAME_APOSTROPHE.sub(r"\1", _SPLIT_CLITIC.sub(r"\1\2", text))
    text = colon_quotes(unshift_quotes(text))
    if "( " in text or "[ " in text or " )" in text or " ]" in text:
        text = _CLOSE_BRACKET.sub(r"\1", _OPEN_BRACKET.sub(r"\1", text))
    if "£ " in text or "$ " in text or "€ " in text or "¥ " in text or " m" in text or " bn" in text:
        text = _MONEY_UNIT.sub(r"\1\2", _CURRENCY.sub(r"\1", text))
    if not marked:
        return text
    if "an not" in text:
        text = _CANNOT.sub(r"\1annot", text)
    return join_compounds(_SPACED_PUNCT.sub(r"\1", text))
