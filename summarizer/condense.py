"""Condensing a sentence into a short, headline-like digest line: keep the fact and who says it.

A quotation-first sentence becomes "Speaker: “quote”"; "X said on Tuesday that Y" becomes
"X says Y" and "According to X, Y" becomes "X: Y". Then :func:`summarizer.compress.trim`
deletes what a headline leaves out (connectives, time preambles, parentheticals,
appositives, relative and trailing clauses), never inside a quotation and never a given
fact. A line still too long moves a trailing attribution into a "Speaker:" prefix; one
longer than the hard limit is cut at a clause boundary, never mid-phrase (no "…"). An
opening "He" or "She" is named from the sentences before it when they name a person.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from summarizer.bound import unlinked
from summarizer.caches import SENTENCES
from summarizer.chunks import AUX, SUBORDINATE, clause_subject, has_main_verb, has_verb, is_verb
from summarizer.compress import trim
from summarizer.cutguards import open_clause, open_copula, preamble_only, resumes_after
from summarizer.dashes import inside_dash_aside, opens_closed_pair
from summarizer.foldcase import Cue, ascii_lower
from summarizer.leadsay import lead_attribution
from summarizer.lexicon import MONTH_NAMES
from summarizer.mainclause import complete_tail, keeps_main_verb, participle_only
from summarizer.quotes import balance_quotes, quote_spans, unquoted
from summarizer.referents import antecedent, resolve
from summarizer.sidetails import mend_pair, timed_point
from summarizer.listpieces import list_item_before
from summarizer.speakers import back_reference, body, label_speaker, speaker, speaks, whole_name
from summarizer.text import canon, words
from summarizer.trimmers import drop_honorifics

TARGET_CHARS = 140
HARD_CHARS = 200
GOAL_CHARS = 80  # deletions go on while a line is longer than this

_SAY = (r"(?:said|says|told [a-z ]{0,20}|told (?:the )?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}|reported|reports|added|stated|announced|wrote|noted|quoted [^,.]{0,40}|alleged|claimed|"
        r"continued|continues|explained|insisted|argued|warned)")
_QUOTE_OPEN = "\"“‘'"
_QUOTE_CLOSE = "\"”’'"

# '"...," Kim said, according to X.'  ->  'Kim: "..."'
# A name's later word may open with a lower-case particle ('Hatem el-Gabali', 'Jan van Dijk', 'Ana de Souza').
_NAME_WORD = r"(?:(?:al|el|bin|ibn|abu|van|von|de|der|den|da|di|du|del|dos|das|la|le)\s)?(?:[a-z]{1,3}-)?[A-Z][\w.'’-]*"
_WHO = (rf"[A-Z][\w.'’-]*['’]s(?: [a-z][\w-]*){{1,2}}|[A-Z][\w.'’-]*(?:\s(?:and\s)?{_NAME_WORD}){{0,5}}\s?|he|she|they"
        r"|(?:the|a|an|his|her|its|their) [\w'’ -]{2,50}?"  # "Karzai's spokesman", "Kim", "the UN envoy"
        rf"|[a-z]+(?: [a-z]+){{0,2}} [A-Z][\w.'’-]*(?: {_NAME_WORD}){{1,3}}")  # "defence attorney Ed Chernoff"
_QUOTE_FIRST = re.compile(
    rf"^[{_QUOTE_OPEN}](?P<q>.+?)[,.]?\s?[{_QUOTE_CLOSE}],?\s+(?:(?P<who>{_WHO})(?P<role>,\s[^,;“”\"]{{3,120}},)?\s+{_SAY}\b|(?:said|says|added|adds|wrote|writes|insisted|explained|continued)\s+(?P<who2>{_WHO})\b)"
    r"(?P<rest>.*)$"
)
_PAREN = re.compile(r"\s*\([^()]{1,80}\)")
_TRAIL_ATTR = re.compile(
    rf",?\s+(?:according to (?P<acc>[^,.;]{{2,80}})|(?P<who>(?:the|a|an|his|her|their|its) [a-z][\w'’ -]{{1,40}}?, [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){{1,3}},|"
    rf"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){{1,3}},|(?:the |a )?[A-Za-z][\w.'’ -]{{1,70}}?)\s(?:(?:has|have|had)\s)?{_SAY}"
    rf"(?: on \w+| last \w+| in a statement| reporters)?)\s*(?=[.!?]?[\"”’]?$)",
)


# Every word _TRAIL_ATTR needs (case-sensitive): a text holding none of them cannot match, so the costly search is spared.
_TRAIL_WORDS = ("according to", "said", "says", "told ", "reported", "reports", "added", "stated", "announced", "wrote",
                "noted", "quoted ", "alleged", "claimed", "continued", "continues", "explained", "insisted", "argued",
                "warned")


def _trail_attr(text: str) -> re.Match[str] | None:
    """The trailing attribution of ``text`` (:data:`_TRAIL_ATTR`), after a cheap test for its words."""
    return _TRAIL_ATTR.search(text) if any(map(text.__contains__, _TRAIL_WORDS)) else None


_SUBORDINATE_CLAUSE = re.compile(r"\b(?:when|that|because|after|while|if|since|although|whether|which|who)\b", re.I)


def split_attribution(text: str) -> tuple[str, str]:
    """'Fact, the X administration said last week.' -> ('Fact.', 'X administration'); who may be ''. A word pointing
    back ("the ministry said") comes back whole, in lower case: it goes after the fact, never before it as a label."""
    m = _trail_attr(text)
    if not m or m.start() < 30:
        return text, ""
    if back_reference(m.group("acc") or m.group("who") or ""):
        return _tidy(text[: m.start()] + text[m.end():]), m.group(0).strip(" ,")
    if m.group("acc"):
        if re.search(r"\b(?:and|or|but|nor)$", text[:m.start()].rstrip()):
            return text, ""  # "X told them and according to his account warned them ...": the clause goes on
        who = speaker(m.group("acc")) or body(m.group("acc"))  # "..., according to the interior ministry"
        if _SUBORDINATE_CLAUSE.search(unquoted(text[:m.start()])):
            return text, ""  # "X joined ... when Y revealed Z, according to W": W may vouch only for Z
        if len(who.split()) > 4 and not whole_name(who) or not speaks(who):
            return text, ""  # "according to figures compiled by X", "to a new book": the line keeps where it comes from
    else:
        raw = m.group("who") or ""  # "the health secretary, Jo Roe, said": Jo Roe says it (not "the port reopened, Jo Roe,")
        parts = raw.rstrip(",").split(", ")  # not "in the spring, Jo Roe," nor "the port reopened, Jo Roe,"
        named = "" if "," in raw and (m.group(0)[:1] != "," or len(parts) > 1 and has_verb(parts[0])) else parts[-1]
        who = speaker(named) or body(named)
    who = "" if who.lower() in ("he", "she", "they", "it", "officials", "analysts") else who
    if not who and not m.group("acc"):
        return text, ""  # keep "..., his lawyer says": who says it stays in the line
    return _tidy(text[: m.start()] + text[m.end():]), who

_FILLERS = ("also", "officially", "reportedly", "really", "truly", "however", "meanwhile", "himself", "herself")
_FILLER = re.compile(r"\b(?:" + "|".join(_FILLERS) + r")\s+", re.I)
_HAS_FILLER = Cue(_FILLER, needs=_FILLERS)  # whether to read _FILLER at all: on lowercased ASCII text, fast
_CLAUSE_END = re.compile(
    r"[,;]\s+(?:while|whereas|but|and|as|even (?:as|though|if|when)|although|though|which|who|where|when|after|before|because|since|despite|amid|"
    r"including|saying|adding|citing|prompting|leaving|making|with|in|on|at|according)\b|;\s+|\s+(?:[—–]|--)\s+"
)


_END_COMMA = re.compile(r",([”\"’])(?=[.!?]?$)|(?<=[.!?])([”\"’])\.$")  # ',”.' and '!”.' at the end of the line


_SHORT_LAST = re.compile(r";\s*[^\s;]+(?:\s+[^\s;]+)?$")  # one or two words after a semicolon
_END_DASH = re.compile(r"\s+[—–-]+\s*(?=[.!?]?$)")
_SPACE_MARK = re.compile(r"\s+([,.;:!?])")
_SPACES = re.compile(r"\s{2,}")


_UNTIDY = re.compile(r"\s[\s,.;:!?]")  # what _SPACE_MARK or _SPACES needs: without it, both leave the text as it is


def _tidy(text: str) -> str:
    if "-" in text or "—" in text or "–" in text:  # _END_DASH needs a dash
        text = _END_DASH.sub("", text)
    if _UNTIDY.search(text):
        text = _SPACES.sub(" ", _SPACE_MARK.sub(r"\1", text))
    text = text.strip(" ,;")
    if text and text[0].islower() and not text[1:2].isupper():  # not "iCal", "eBay"
        text = text[0].upper() + text[1:]
    return text


def quote_first(text: str, context: str | list[str] = "") -> str:
    """'"The quote," Kim said, according to X.' becomes 'Kim: "The quote."'.

    A pronoun speaker ("he said") is named from ``context`` when it names a person; else
    the quotation is kept alone.
    """
    m = _QUOTE_FIRST.match(text)
    if not m or len(m.group("rest")) > 160:
        return text
    if m.group("who2") and not re.match(r"\s*(?:[,.;!?]|$)", m.group("rest")) and not (
            re.match(r"\s*(?:after|before|at|in|on|during|outside|of|from)\s[^,;]{2,40}[.!?]?$", m.group("rest"))
            and not has_verb(m.group("rest"))):
        return text  # '"...," said Kim of the university.' is fine; '"...," said Kim, who ...' is not
    if m.group("role") and re.search("[“\"]", m.group("rest")):
        return text  # '"A," his uncle, Kim, said, "B."': the quotation goes on after the speaker
    who = (m.group("who") or m.group("who2")).strip()
    named = (m.group("role") or "").strip(" ,").split()
    if 0 < len(named) <= 4 and all(t[:1].isupper() for t in named):
        who = " ".join(named)  # '"...," a police spokesman, Dul Aqa, said': the name says it
    quote = m.group("q").strip().rstrip(" ,;:")
    if who.lower() in ("he", "she", "they"):
        who = antecedent(context, who) if who.lower() != "they" else ""
    who = speaker(who) or who[:1].upper() + who[1:]
    if not who:
        end = "" if quote.endswith((".", "!", "?", "…")) else "."
        return f"“{quote}{end}”"  # a pronoun says nothing out of context: keep the quote
    return f"{who}: “{quote}”"


_CURRENCIES = "yuan|euros|dollars|pounds|rupees|rupiah|yen|rand|francs|pesos|roubles|rubles|reais|dinars|shekels|kronor|krona|won"
# A figure worth keeping even when no fact was recognised around it: money, a share, a number of 3+ digits, an
# amount in a currency's name ("1.4 m yuan").
# A year alone ("in 1979", "the 1970s") is not one, a month or season with its year is ("December 2009").
_FIGURE = re.compile(r"[$£€¥]\s?\d[\d,.]*(?:\s?(?:bn|m|million|billion|trillion))?|\d[\d,.]*\s?%"
                     rf"|(?:{MONTH_NAMES}|"
                     r"[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)\s(?:1[89]|20)\d\d\b"
                     r"|(?<![\d,.])(?!(?:1[89]|20)\d\d(?![\d,.]\d))\d[\d,.]{2,}\d"
                     rf"|\d[\d,.]*\s?(?:m|bn|million|billion)?\s(?:{_CURRENCIES})\b")
# A currency conversion in brackets after an amount: "$965m (£678m)", "12bn yuan (about $1.8bn)". The amount stays;
# its conversion is no fact of its own and may go with its brackets.
_MONEY = r"[$£€¥]\s?\d[\d,.]*(?:\s?(?:bn|m|k|million|billion|trillion)\b)?"
_CONVERSION = re.compile(rf"(?:{_MONEY}|\d[\d,.]*\s?(?:bn|m|million|billion)?\s?(?:{_CURRENCIES}))"
                         rf"(?P<conv>\s*\((?:(?:about|around|roughly|some|nearly|almost|approx\.?|US|or)\s)?{_MONEY}\))")


def _conversion_facts(text: str, facts: list[str]) -> list[str]:
    """``facts`` without the ones found only inside a currency conversion in brackets."""
    spans = [m.span("conv") for m in _CONVERSION.finditer(text)]
    if not spans:
        return facts
    return [f for f in facts if any(not any(s <= m.start() < e for s, e in spans)
                                    for m in re.finditer(re.escape(f), text))]


_DANGLING = frozenset("whether that if because although though while whereas unless and or but than as of to for with by "
                      "from adding saying which who whom whose where when the a an".split())
_PREPOSITIONS = frozenset("in on at by for from with to into after before during amid despite under over".split())
_DANGLING_OR_AUX = _DANGLING | AUX  # a head may end on neither ("... the stores had")


def _terms(text: str) -> set[str]:
    return {c for c in (canon(w) for w in words(text)) if c}


def _open_appositive(head: str) -> bool:
    """True when ``head`` ends inside an appositive of a verbless subject ("Dan Lyons, the journalist known as X"):
    no main verb is left."""
    pieces = head.split(",")
    if len(pieces) >= 2 and not has_verb(pieces[-2]) and re.match(r"\s*[a-z]+ed\s", pieces[-1]):
        return True  # "By May, the cuts, reduced by 44% since 2001": a participle's aside of the subject
    return len(pieces) >= 2 and not has_verb(pieces[0]) and bool(
        re.match(r"\s*(?:the|a|an|his|her|its|their)\b", pieces[-1], re.I))


# A condition opened after "that" whose main clause comes after the boundary: "... that had X heeded the warnings",
# "... that if the talks fail".
_OPEN_CONDITION = re.compile(r"\bthat\s+(?:if|unless|had\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+[a-z]+ed)\b[^;]*$")


def _named_object(head: str, tail: str) -> bool:
    """True when ``head`` is a whole clause ending on a name in apposition to one thing ("... was given to a
    businessman, Fawaz Zureikat"), not one of a list ("two islands, Big Diomede"), and ``tail`` does not say
    who says it (", according to ...")."""
    before = head.rsplit(",", 1)[0]
    piece = before.rsplit(",", 1)[-1].split() if "," in before else []
    listed = before.rstrip().endswith("s") or 0 < len(piece) <= 4 and all(t[:1].isupper() for t in piece)  # "X, Y, Z"
    return has_main_verb(before) and not listed and not _trail_attr(tail) and not re.match(r",?\s+according\b", tail) and not (
        clause_subject(before, head.rsplit(",", 1)[1]))  # "comes as a senator, Kim Lee, who ...": the as-clause's subject


# A "but" clause that goes on the subject before it with a finite verb of its own ("..., but is now expected to"): the
# turn of the same actor; not one with a subject of its own (", but few residents came"), which may go as any clause.
_SHARED_TURN = re.compile(r"(?:[,;]|\s+[—–-]+)\s+but\s+(?:(?:also|now|still|then|later|[a-z]{3,}ly)\s+)?(?P<v>[a-z]+)\b")


def clause_cut(text: str, limit: int, facts: list[str], keep: set[str] | None = None) -> str:
    """The longest head of ``text`` up to a clause boundary (outside quotations) that keeps the facts.

    With ``keep`` (an optional cut), the dropped tail must carry fewer new terms than the head.
    """
    quotes = quote_spans(text)
    for m in reversed(list(_CLAUSE_END.finditer(text))):
        head = text[: m.start()]
        aside = (len(re.findall(r"\s[—–]\s|\s--\s", head)) % 2 or head.count("(") != head.count(")")
                 or inside_dash_aside(text, m.start()) or opens_closed_pair(text, m.start()))
        last_piece = head.rsplit(",", 1)[-1].split() if "," in head else []
        named_end = 0 < len(last_piece) <= 4 and all(t[:1].isupper() for t in last_piece) and not (
            keep is None and _named_object(head, text[m.start():]))  # "..., or how the president, Hu Jin"
        dangling = named_end or head.split()[-1].lower() in _DANGLING_OR_AUX or resumes_after(text, m) or _open_appositive(head) or (
            head.split()[0].lower() in SUBORDINATE | _PREPOSITIONS and "," not in head) or bool(_OPEN_CONDITION.search(head)) or open_clause(head) or (
            preamble_only(head) or participle_only(head)) or open_copula(head) or timed_point(head, text[m.start():]) or (  # "years, before ..."
            _SHORT_LAST.search(head))  # "... that they ran; intriguingly": the clause after the semicolon is cut short
        if keep is not None and len(_terms(text[m.start():]) & keep) >= len(_terms(head) & keep):
            continue
        if re.match(r",\s+(?:and|or)\b", text[m.start():]) and (list_item_before(head) or not has_verb(text[m.start():])):
            continue  # "is in ruins - its plans, its staff, and even ...", "..., A, B, and C.": the rest of a list
        turn = _SHARED_TURN.match(text, m.start())
        if re.match(r"(?:[,;]|\s+[—–-]+)\s+but\b", text[m.start():]) and (len(_terms(text[m.start():])) >= len(_terms(head)) or (
                turn and (turn.group("v") in AUX or is_verb(turn.group("v"))) and has_main_verb(text[m.start():]))):
            continue  # "X hoped to win, but had to settle for second", "was scheduled ..., but is now expected ...": the turn
        if (50 <= len(head) <= limit and not aside and not dangling and not any(s < m.start() < e for s, e in quotes)
                and all(f in head for f in facts if f in text) and has_main_verb(head) and keeps_main_verb(text, m.start(), len(text)) and complete_tail(head)):
            return _tidy(head) + "."
    return text


@lru_cache(maxsize=SENTENCES)
def core(sentence: str) -> str:
    """What a sentence says without who said it: attributions, parentheticals, fillers out."""
    text = quote_first(_tidy(" ".join(sentence.split())))
    text = _tidy(_PAREN.sub("", text) if "(" in text else text)  # a bracket needs "("
    text = _tidy(_FILLER.sub("", text) if _HAS_FILLER.found(text, ascii_lower(text)) else text)
    m = _trail_attr(text)
    if m and m.start() >= 30:
        text = _tidy(text[: m.start()] + text[m.end():])
    return text


def condense(sentence: str, keep: Iterable[str] = (), target: int = TARGET_CHARS, hard: int = HARD_CHARS,
             facts: Iterable[str] = (), context: str | list[str] = "", goal: int = GOAL_CHARS) -> str:
    """A headline-like line for ``sentence`` that keeps its new facts and who says it.

    ``keep`` are the terms new to the reader, ``facts`` the figures and dates that must stay,
    ``context`` the sentences before it in its article (to name a "he" or "she"). Deletions
    go on while the line is longer than ``min(goal, target)``; a line still longer than
    ``hard`` is cut at a clause boundary, never mid-phrase.
    """
    keep = set(keep)
    goal = min(goal, target)
    text = unlinked(_tidy(" ".join(sentence.split())))  # "Even so, the bill passed" -> "The bill passed"
    facts = _conversion_facts(text, [f for f in facts if f] + _FIGURE.findall(text))  # every figure stays but a conversion
    text = balance_quotes(label_speaker(text))
    text = quote_first(text, context)
    text = lead_attribution(text)
    def named(pronoun: str) -> bool:
        return bool(context) and bool(antecedent(context, pronoun))
    text = lead_attribution(trim(text, keep, facts, goal, named))
    text = quote_first(text, context)  # trimming may have freed the speaker ('”, Kim, 19, said' -> '”, Kim said')
    who = ""
    if len(text) > goal:
        text, who = split_attribution(text)
        if who:
            text = trim(text, keep, facts, goal - len(who) - 2, named)
    # The shortest complete clause that keeps the facts: below the target only when little new is lost.
    for limit, guard in ((min(target, goal + 20), keep), (target, None), (hard, None)):
        if len(text) + len(who) > limit:
            text = clause_cut(text, limit - len(who) - 2 * bool(who), facts, guard)
    text = mend_pair(text.rstrip(" ,;:—–-"), sentence)  # "X not only apologised" once its "but also" went
    if who[:1].islower():
        text = _END_COMMA.sub(lambda m: m.group(1) or m.group(2), text.rstrip(".")) + ", " + who  # '..., the ministry said'
    elif who:
        text = f"{who}: {resolve(text, context)}"  # "ANSA: She was ..." names her as "She was ..., ANSA said" would
    text = _END_COMMA.sub(lambda m: m.group(1) or m.group(2), resolve(text, context))  # '… encouragement,”.' once the attribution went
    text = drop_honorifics(text, context)  # last: no deletion above was weighed against a shorter line
    if text and text[-1] not in ".!?…”\"’'。！？।॥؟」』":  # full stops of other scripts too
        text += "."
    return text
