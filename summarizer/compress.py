"""Deletion-based sentence compression (Hedge-Trimmer style) with shallow, regex chunking.

Each rule proposes edits of the current text: an opening connective, a time or place
preamble, a parenthetical, an appositive, a relative clause, a trailing participial or
subordinate clause, a time expression, a filler word, a passive auxiliary. An edit never
touches a quotation (words inside quotation marks are never edited) nor a fact the caller
protects (figures, dates), and the result must still look like a clause (enough words, a
verb). :func:`trim` applies the free edits, then the cheapest edits one by one while the
line is longer than its goal, cheapest meaning the least new information per character.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

from summarizer.text import canon, words


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` by ``repl``; ``prior`` is how much a reader loses (0 = nothing)."""

    start: int
    end: int
    repl: str
    prior: float
    rule: str


# A straight quote that closes a quotation opened in an earlier sentence: '..., " said Kim'.
_LEADING_CLOSER = re.compile(r"[,.!?]\s?\"(?=\s+(?:said|says|added|adds|told|he|she|they|according)\b)")


_QUOTE_CHAR = re.compile("[“\"`‘]")
_CLOSE = {"“": "”", '"': '"', "`": "'", "‘": "’"}


@lru_cache(maxsize=20_000)
def quote_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of quotations (curly, straight, `tokenised' and unclosed ones run to the end)."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    closer = _LEADING_CLOSER.search(text)
    if closer and '"' not in text[:closer.start()]:  # the sentence opens inside a quotation
        spans.append((0, closer.end()))
        i = closer.end()
    while True:
        m = _QUOTE_CHAR.search(text, i)
        if not m:
            break
        start, close = m.start(), _CLOSE[m.group(0)]
        if m.group(0) == "‘" and start > 0 and text[start - 1].isalpha():
            i = start + 1
            continue
        j = start + 1
        while True:
            j = text.find(close, j)
            if j < 0 or close not in "'’" or j + 1 == n or not text[j + 1].isalpha():
                break
            j += 1  # an apostrophe ("it's"), not the closing mark
        end = n if j < 0 else j + 1
        spans.append((start, end))
        i = end
    return tuple(spans)


def protected_spans(text: str, facts: Iterable[str] = ()) -> list[tuple[int, int]]:
    """Quotations and every occurrence of a protected fact."""
    spans = list(quote_spans(text))
    for f in facts:
        if f:
            spans.extend((m.start(), m.end()) for m in re.finditer(re.escape(f), text))
    return spans


MIN_SHARE = 0.45
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_TIME_EXPR = re.compile(
    rf"\s+(?:(?:late|early)\s+)?(?:(?:on|last|this|next)\s+)?(?:(?:late|early)\s+)?{_WEEKDAY}{_PART}\b(?!['’]|,?\s+(?:{_MONTH}|\d|alone)|\s+[A-Z])"
    r"|\s+(?:(?:late|early|earlier|later)\s+)?(?:last|this|next)\s+(?:week|month|weekend|night|morning|afternoon|evening)\b(?!\s+alone)"
    r"|\s+(?:earlier|later)\s+(?:today|this\s+(?:week|month|year)|in\s+the\s+day)\b"
    r"|\s+(?:yesterday|today|tonight|overnight)\b(?!['’])"
)
_TIME_WORDS = re.compile(rf"^(?:{_WEEKDAY}|{_MONTH}|morning|afternoon|evening|night|week|weekend|month|year|today|"
                         r"yesterday|tonight|overnight|hours?|days?|earlier|later|late|early|last|this|next|then|"
                         r"recently|\d{1,4}(?:s|am|pm)?)$", re.I)

_CONNECTIVE = re.compile(
    r"^(?:(?:and|but|however|meanwhile|moreover|furthermore|nevertheless|nonetheless|separately|in addition(?! to)|"
    r"additionally|plus|or)\b(?!\s+(?:then|so|yet)\b),?\s+|(?:also|still|now|then|instead|indeed|thus|besides|yet|so|"
    r"therefore|hence|overall|finally|first|second|third|again|similarly|likewise|in turn|in fact|of course),\s+)",
    re.I,
)
_PREAMBLE_WORDS = (
    "on|in|at|by|earlier|later|last|this|late|early|since|during|following|after|before|over|within|until|"
    "yesterday|today|tonight|overnight|for|from|under|with|amid|despite|as|while|when|once|although|though|"
    "because|if|unless|unlike|like|asked|speaking|writing|according to|back"
)
_PREAMBLE = re.compile(rf"^(?:(?:{_PREAMBLE_WORDS})\b|[A-Z][a-z]+ly\b|[A-Z][a-z]+ing\b)[^,;:\"“”]{{0,150}}?,\s+", re.I)
# Words of a scene-setting preamble that tells nothing new ("In a statement released late on Monday, ...").
_SETTING = frozenset("the a an of on in at statement released issued interview press conference news written joint "
                     "brief televised speech".split())
_SUBORDINATE = frozenset("as while after before since although though because despite amid when whereas even "
                         "until unless with without prompting according".split())
_TIME_HEADS = frozenset("hours days weeks months years minutes moments shortly soon long just even right only ago "
                        "immediately".split())
_SAY_VERBS = frozenset("said says told reported reports announced added stated noted wrote claimed confirmed "
                       "insisted argued warned".split())
# Words that follow a present-tense verb ("plans to", "faces a", "says it").
_OBJECT_OPENERS = frozenset("the a an to that his her its their it he she they no not up down out on in at for with "
                            "about over more any all some this these those".split())
_RELATIVE = frozenset("who which whose whom where".split())
_DETERMINERS = frozenset("the a an his her its their our former then now also both".split())
_NOT_PARTICIPLE = frozenset("during morning evening thing nothing something anything everything king ring "
                            "spring string bring sing sting wing swing building ceiling".split())
_AUX = frozenset("is are was were be been being has have had will would can could may might must shall should "
                 "do does did am".split())
_IRREGULAR = frozenset(
    """said told won lost met took gave made left sent hit cut set put found held led paid sold brought bought began
    came went saw became fell rose ran wrote spoke struck fled grew kept knew thought shot hurt seen taken given
    known shown grown written spoken beaten broken chosen driven fallen forgotten hidden risen stolen sworn thrown
    woken begun done gone arose fought caught taught sought sat stood understood meant felt dealt built spent lent
    bent sent slept swept wept withdrew withdrawn overtook overtaken quit let bid bet shut split spread""".split()
)
_IRR = "|".join(sorted(_IRREGULAR))
_PASSIVE_AUX = re.compile(
    rf"(?<!\bto )\b(?:has|have|had)\s+been\s+(?=\w+ed\b|(?:{_IRR})\b)|\b(?:was|were)\s+(?=(?:\w+ed|{_IRR})\s+(?:in|on|at|by|"
    r"after|during|near|for|from|to|over|as|with|outside|inside|when|while)\b)"
)
_THAT = re.compile(r"\b(?:said|says|say|announced|believes|believed|thinks|argued|claimed|warned|added|insisted|stated|"
                   r"confirmed|revealed|admitted|denied|estimates|estimated)(?P<cut>\s+that)\b(?=\s+[\w\"“])")
_FILLER = re.compile(r"\s+(?:also|really|truly|currently|now|actually|"
                     r"essentially|effectively|still)\b(?=\s)", re.I)
_MANNER = re.compile(r"\s+in\s+an?\s+(?:written\s+|joint\s+|brief\s+|televised\s+)?(?:statement|press release|news release|"
                     r"interview|news conference|press conference)\b")
# A trailing subordinate clause with no comma ("... as it belonged to the estate.").
_TAIL_CLAUSE = re.compile(r"\s+(?:because|after|before|while|although|since|where|when|whereas|despite|amid|until|"
                          r"unless)\s+[^,;\"“”]{10,}?(?=[.!?]?$)")
# A trailing restrictive relative clause ("... the systems which Jobs showed off in June."), never after "asked".
_TAIL_RELATIVE = re.compile(r"(?<!\basked)(?<!\bknow)(?<!\bsee)\s+(?:which|who|whom|whose)\s+[^,;\"“”]{10,}?(?=[.!?]?$)")
# A trailing place phrase led by a determiner ("... at the event."), no capitalised word in it.
_TAIL_PLACE = re.compile(r"\s+(?:at|in|across|outside|inside|near|around|during)\s+(?:the|a|an|his|her|its|their)"
                         r"(?:\s+[a-z][\w'’-]*){1,4}(?=[.!?]?$)")
# Manner adverbs ("angrily", "frequently"), not those that bound a fact or a claim ("only", "nearly", "hardly").
_ADVERB = re.compile(
    r"(?<!\ban)(?<!\ba)\s+(?!(?:only|early|family|daily|weekly|monthly|yearly|hourly|quarterly|likely|unlikely|nearly|hardly|barely|"
    r"scarcely|rarely|mostly|partly|largely|fully|solely|newly|merely|roughly|allegedly|reportedly|apparently|"
    r"potentially|possibly|probably|supposedly|seemingly|officially|mentally|physically|italy|july|rally|"
    r"ally|supply|apply|reply|assembly|elderly|friendly|deadly|costly|holy|ugly|belly|jelly|anomaly|fly)\b)"
    r"[a-z]{3,}ly\b(?=\s+[a-z])"
)
_PAREN = re.compile(r"\s*\([^()]{0,120}\)|\s*\[[^\[\]]{0,120}\]|\s+[—–]\s+[^—–\"“”]{1,140}?\s+[—–](?=\s)"
                    r"|\s+--\s+[^\"“”]{1,100}?\s+--(?=\s)")


def is_verb(word: str) -> bool:
    """A shallow guess that a lower-cased word is a finite verb or participle."""
    return word in _AUX or word in _IRREGULAR or word.endswith("ed") or word in ("says", "say", "tells")


def has_verb(text: str) -> bool:
    """True when the text outside quotations holds a verb-like word."""
    return any(is_verb(w) for w in words(_unquoted(text)))


def _unquoted(text: str) -> str:
    out, last = [], 0
    for s, e in quote_spans(text):
        out.append(text[last:s])
        last = e
    out.append(text[last:])
    return " ".join(out)


_MARKS = re.compile(r"[,()\[\]]")


def _commas(text: str, quotes: tuple[tuple[int, int], ...]) -> list[int]:
    """Positions of commas outside quotations, parentheses and numbers ("130,000")."""
    out, depth = [], 0
    for m in _MARKS.finditer(text):
        i, ch = m.start(), m.group(0)
        if ch != ",":
            depth += 1 if ch in "([" else -1
            continue
        in_number = 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()
        if depth <= 0 and not in_number and not any(s <= i < e for s, e in quotes):
            out.append(i)
    return out


def _segment_edit(text: str, c: int, nxt: int, end: int, first_piece: str) -> Edit | None:
    """The edit that deletes the comma piece ``text[c:nxt]`` (``nxt == end``: it runs to the end)."""
    piece = text[c + 1:nxt].strip()
    toks = piece.split()
    if not toks:
        return None
    head = toks[0].lower().strip("“\"'`(")
    trailing = nxt == end
    after = text[nxt + 1:].lstrip()
    # A bracketing piece loses both commas, unless another modifier follows ("Kim, 41, the leader, said").
    first_after = after.split(" ", 1)[0].lower()
    stacked = (first_after in _DETERMINERS | _RELATIVE | _SUBORDINATE | {"and", "or", "but"} or after[:1].isupper()
               or after[:1].isdigit())
    span_end = end if trailing else nxt + (not stacked)
    preamble = bool(re.match(rf"^(?:{_PREAMBLE_WORDS})\b", first_piece.strip(), re.I))
    # A middle piece goes only when the clause goes on with its verb ("Kim, who ..., said"), or after a
    # preamble ("In the letter, which ..., Putin said"): not in a list ("A, which ..., B and C").
    second = (after.split()[1:2] or [""])[0].lower()
    present = (first_after.endswith("s") and not first_after.endswith(("ss", "us", "is", "'s", "’s"))
               and (second in _OBJECT_OPENERS or second[:1].isdigit()))  # "..., plans to", "..., faces a"
    continues = is_verb(first_after) or present or (first_after.endswith("ly") and not stacked)
    if head in _RELATIVE and (trailing or continues or (preamble and stacked)):
        return Edit(c, span_end, "", 0.2, "relative")
    if re.fullmatch(r"\d{1,3}", piece):
        return Edit(c, span_end, "", 0.0, "age")
    participle = toks[0].islower() and ((head.endswith("ing") and head not in _NOT_PARTICIPLE) or head.endswith("ed"))
    if participle and len(head) > 4 and has_verb(text[:c]):  # after a complete clause, not "Kim, 41, arrived"
        return Edit(c, span_end, "", 0.35, "participial")
    if trailing and head in _SUBORDINATE:
        return Edit(c, span_end, "", 0.6, "subordinate")
    if trailing and head in ("and", "while", "whereas", "so") and len(toks) >= 5:  # "but" carries the news
        return Edit(c, span_end, "", 0.8, "coordinate")
    words_ = [w.lower() for w in toks]
    appositive = (
        (head in _DETERMINERS or toks[0][:1].isupper() or head.endswith("'s"))
        and len(piece) <= 80 and len(toks) <= 12
        and not any(w in _AUX or w in _SAY_VERBS or w in ("and", "or") for w in words_)
        and not preamble
    )
    if appositive and all(t[:1].isupper() for t in toks) and text[:c].split()[-1:][0][:1].islower():
        return None  # "her doctor, Conrad Murray, said": the name is the actor, not a modifier
    if appositive and (trailing or continues):
        return Edit(c, span_end, "", 0.3, "appositive")
    return None


# (pattern, prior, rule, a cheap cue that must occur in the lower-cased text for the pattern to match)
_RULES = (
    (_TIME_EXPR, 0.05, "time", re.compile(r"day|week|month|year|night|morning|evening|afternoon|tonight|overnight")),
    (_PAREN, 0.1, "parenthetical", re.compile(r"[(\[—–]|--")),
    (_THAT, 0.0, "that", re.compile(r" that ")),
    (_FILLER, 0.1, "filler", re.compile(r" (?:also|really|truly|currently|now|actually|essentially|effectively|still) ")),
    (_PASSIVE_AUX, 0.5, "auxiliary", re.compile(r" (?:been|was|were) ")),
    (_MANNER, 0.05, "manner", re.compile(r" in an? ")),
    (_ADVERB, 0.15, "adverb", re.compile(r"ly ")),
    (_TAIL_CLAUSE, 0.65, "subordinate", re.compile(
        r" (?:because|after|before|while|although|since|where|when|whereas|despite|amid|until|unless) ")),
    (_TAIL_PLACE, 0.7, "place", re.compile(r" (?:at|in|across|outside|inside|near|around|during) ")),
    (_TAIL_RELATIVE, 0.6, "relative", re.compile(r" (?:which|who|whom|whose) ")),
)


def edits(text: str) -> Iterator[Edit]:
    """Every deletion the rules propose for ``text`` (protected spans are checked by the caller)."""
    m = _CONNECTIVE.match(text)
    if m:
        yield Edit(0, m.end(), "", 0.0, "connective")
    m = _PREAMBLE.match(text)
    if m and re.match(r"[A-Z][a-z]+ing\s+(\w+)", m.group(0)) and not m.group(0).startswith(("Having", "Being")):
        following = m.group(0).split()[1].strip(",").lower()
        if is_verb(following) or following.endswith("s"):
            m = None  # "Manning had downloaded ...": a name, not "Speaking after ..."
        elif not re.match(r"(?:[A-Z]|(?:the|a|an|he|she|they|it|we|i|his|her|its|their|this|these|those)\b)",
                          text[m.end():]):
            m = None  # "Designing services, like ..., requires": a gerund subject, not a participle
    if (m and len(text) - m.end() > 25 and text[m.end():].split(" ", 1)[0] not in _RELATIVE  # "In it, which ..."
            and not re.search(r"\b(?:said|says|told)\b", m.group(0))):
        tokens = [t.strip(",") for t in m.group(0).split()][1:]
        timely = bool(tokens) and all(_TIME_WORDS.match(t) or t.lower() in _SETTING for t in tokens)
        yield Edit(0, m.end(), "", 0.0 if timely else 0.4, "preamble")
    lower = text.lower()
    for pattern, prior, rule, cue in _RULES:
        if not cue.search(lower):
            continue  # a cheap test spares the full pattern
        for m in pattern.finditer(text):
            start, stop = m.span("cut") if "cut" in pattern.groupindex else m.span()
            if rule == "auxiliary" and (has_verb(text[:start]) or re.search(r"[,;:—–(]|\b(?:who|which|that|whose|whom|"
                                                                         r"where|when|if|because|as|after)\b", text[:start])):
                continue  # only the main clause reads as a headline without its auxiliary
            if rule == "parenthetical" and text[stop:].lstrip()[:1].isupper() and text[start:stop].strip()[:1] in "—–-":
                yield Edit(start, stop, ",", prior, rule)  # "region — where ... — Kirby said": the dash was a comma
                continue
            if rule == "subordinate" and text[:start].split()[-1:][0].lower() in _TIME_HEADS:
                continue  # "hours before the verdict" needs its clause
            if rule == "time" and text[:start].split()[-1:] in (["until"], ["since"], ["by"], ["from"], ["before"],
                                                                ["after"], ["for"], ["to"], ["till"], ["of"]):
                continue  # "delayed until next week" needs its time
            yield Edit(start, stop, "", prior, rule)
    end = len(text.rstrip(" .!?"))
    commas = [c for c in _commas(text, quote_spans(text)) if c < end]
    for i, c in enumerate(commas):
        nxt = commas[i + 1] if i + 1 < len(commas) else end
        first_piece = text[commas[i - 1] + 1 if i else 0:c]
        e = _segment_edit(text, c, nxt, end, first_piece)
        if e is not None:
            yield e


def apply(text: str, e: Edit) -> str:
    """The text with one edit applied, tidied (spaces, a capital first letter)."""
    out = text[:e.start] + e.repl + text[e.end:]
    out = re.sub(r"\s{2,}", " ", out)
    out = re.sub(r"\s+([,;:](?=\s)|[.!?]$)", r"\1", out).strip(" ,;")
    if out and out[0].islower():
        out = out[0].upper() + out[1:]
    return out


def _overlaps(e: Edit, spans: list[tuple[int, int]]) -> bool:
    return any(e.start < s_end and s_start < e.end for s_start, s_end in spans)


def _loss(removed: str, keep: set[str]) -> float:
    """Share of the removed content terms that are new to the reader."""
    terms = [c for c in (canon(w) for w in words(removed)) if c]
    if not terms:
        return 0.0
    return sum(t in keep for t in terms) / len(terms)


_CLAUSES = frozenset({"coordinate", "subordinate"})


def _new(text: str, keep: set[str]) -> int:
    """How many terms new to the reader ``text`` holds."""
    return len({c for c in (canon(w) for w in words(text)) if c} & keep)


def acceptable(text: str, verb: bool) -> bool:
    """Still a line: a few words and, when the source had one, a verb outside quotations."""
    return len(words(text)) >= 4 and (not verb or has_verb(text))


def trim(text: str, keep: set[str], facts: Iterable[str], goal: int) -> str:
    """Free edits always, then the cheapest edit at a time while the line is longer than ``goal``."""
    facts = [f for f in facts if f and f in text]
    verb = has_verb(text)
    shortest = MIN_SHARE * len(text)  # a line keeps most of what its sentence says
    while True:
        spans = protected_spans(text, facts)
        ranked = sorted(
            (e.prior + 0.5 * _loss(text[e.start:e.end], keep), -(e.end - e.start), e.start, i, e)
            for i, e in enumerate(edits(text)) if not _overlaps(e, spans)
        )
        for cost, _, _, _, e in ranked:
            if cost > 0 and len(text) <= goal:
                return text
            out = apply(text, e)
            if out == text or len(out) < shortest or not acceptable(out, verb) or any(f not in out for f in facts):
                continue
            if e.rule in _CLAUSES and _new(text[e.start:e.end], keep) > 0.5 * _new(out, keep):
                continue  # a clause that says more that is new than what is left may be the news
            text = out
            break
        else:
            return text
