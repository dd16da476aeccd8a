"""Further Hedge-Trimmer deletions: an opening phrase before the main clause, an aside between a subject and its
verb, a comment aside, an opening or recent time, a degree adverb, a report that names no one, a second
attribution; and what a trailing phrase may not lose.

An opening phrase is deleted up to the comma after which a clause opens (a subject, then its finite verb): "In
comments to X, who is making a film, Palin said ..." keeps its main clause. Not an opening that says who says it
("As Kim said, ..."), asks the question an answer is about ("Asked whether ..., Kim said: “That is ...”"),
conditions a figure ("In that scenario, 50% ...") or carries a claim ("In a sign that the party is ..."). "It is understood that", "it has emerged that" and "..., the
Guardian has learnt" name no source and go; ", according to X" after a named speaker's "said" is a second
attribution. Each is a candidate only: :func:`summarizer.compress.trim` applies the cheapest that keeps the
facts, the quotations and the main clause's verb. :func:`names_lost` tells it when a trailing phrase would take
a name or number the reader has not been told and the rest of the line does not hold.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from summarizer.chunks import (AUX, CLAUSE_ONLY, RELATIVE, ROLES, SUBORDINATE, TIME_WORDS, has_verb, is_verb,
                               open_subordinate)
from summarizer.adverbs import adverb_edits
from summarizer.described import described_edits
from summarizer.lexicon import MONTH_NAMES, REPORT, SAY, WEEKDAY_NAMES, alternation
from summarizer.mainclause import SUBJECT_PRONOUNS as PRONOUNS, main_verbs
from summarizer.quotes import quote_spans
from summarizer.segments import Edit
from summarizer.subjectasides import subject_aside_edits
from summarizer.text import canon, words
from summarizer.spans import inside

# Words an opening phrase before the main clause starts with (a preposition, a subordinator, "Like"); not "Asked
# whether X, Kim said: “That is ...”", whose question tells what the answer is about.
OPENING_WORDS = SUBORDINATE | frozenset(
    "in on at by after before during following over within under from for amid despite like unlike speaking "
    "writing later earlier back given".split())
# Place prepositions that may open a sentence's opening phrase, not go on one ("X, among whom I count myself, ...").
_PLACE_OPENING = frozenset("outside inside near across throughout behind beyond".split())
# Subordinators whose clause carries a condition, a cause or a concession: its deletion loses more.
WEIGHTY = frozenset("although though because if unless whereas while despite".split())
NOT_SUBJECT = RELATIVE | frozenset("and or but nor that which then so to".split())
_COMMA = re.compile(r",\s+")
# Openings that ask the question an answer is about ("Asked whether X, Kim said: ...") or say who says it.
QUESTIONED = frozenset("according asked".split())
# An opening that tells under what a figure holds ("In that scenario, 50% ...", "In a poll by X, ...").
CONDITION = re.compile(r"\b(?:scenario|case|event|circumstances|poll|survey|study|report)\b", re.I)
# An opening that carries a claim of its own: "In a sign that the party is ...", "Amid fears that ...".
CLAIM = re.compile(r"\bthat\s", re.I)
SAYS = re.compile(r"\b(?:" + alternation(SAY, ("according", "wrote", "writes"), REPORT) + r")\b", re.I)


def clause_opens(rest: str) -> bool | None:
    """True when ``rest`` opens a clause: a subject of at most six words, then its finite verb, before any comma;
    None when a finite verb comes after something else (the clause went on before this comma); else False."""
    head = re.split(r"[,;:]", rest, maxsplit=1)[0]
    tokens = head.split()
    if not tokens or tokens[0].lower().strip("“\"'") in NOT_SUBJECT or is_verb(tokens[0].lower()):
        return False  # a relative clause, a list, a verb: an aside of the opening phrase goes on
    verbs = main_verbs(head)
    subject = [w.lower() for w in words(head[:verbs[0]])] if verbs else []
    raw = [w.strip(",.“”\"'") for w in head[:verbs[0]].split()] if verbs else []
    if not subject or subject[0] in OPENING_WORDS:
        return False  # "in a soliloquy delivered ...": a phrase, not a subject
    return len(subject) <= 6 and not subject[0].endswith(("ly", "ing")) and subject[0] not in PRONOUNS and not any(
        w.lower() in NOT_SUBJECT or w.lower() in ("where", "when", "whom", "whose") for w in raw if not w.isupper()) or None


def opening_edits(text: str) -> Iterator[Edit]:
    """The deletion of an opening phrase up to the first comma after which the main clause opens; the phrase may
    hold asides and a relative clause of its own ("In comments to X, who is making a film, Palin said ...")."""
    first, second, third = (text.split() + ["", "", ""])[:3]
    if first.endswith("ly") and first[:1].isupper() and second.endswith("ed") and len(second) > 4:
        first, second, third = (text.split() + ["", "", "", ""])[1:4]  # "Heavily armed with ...": a participle after its adverb
    first = first.lower()
    participle = len(first) > 4 and first.endswith(("ing", "ed")) and text[:1].isupper() and second[:1].islower() and not (
        is_verb(second) or second in AUX or (second.endswith("s") and len(second) > 3)  # not "Skilling produces"
        or second in ("and", "or", "&") and third[:1].isupper())  # "Beijing and Taipei face ...": names, not "Speaking after ..."
    second = second.lower()
    if first not in OPENING_WORDS | _PLACE_OPENING and not participle or first in QUESTIONED:
        return
    quotes = quote_spans(text)
    for m in _COMMA.finditer(text, 0, max(0, len(text) - 30)):
        if inside(m.start(), quotes):
            continue
        if first in CLAUSE_ONLY and not main_verbs(text[:m.start()]):
            continue  # "Although police, fire and rescue crews came, ...": a list's comma, not the clause's end
        opens = clause_opens(text[m.end():])
        if opens is None or any(p.search(text, 0, m.start()) for p in (SAYS, CONDITION, CLAIM)):
            return  # the main clause came first, or the phrase says who says it ("As Kim said, ...")
        nxt = text[m.end():].split(" ", 1)[0].lower()
        named = participle and first.endswith("ed") and (nxt in ("a", "an", "the") or nxt[:1].isupper())  # ", a scholar, the word"
        if not opens and not (named or nxt in RELATIVE or nxt in OPENING_WORDS or (nxt.endswith(("ed", "ing")) and nxt.isalpha())):
            return  # "In recent years, the stock of X, the ...": a subject with an aside, not a phrase's aside
        if opens:
            tokens = [t.strip(",") for t in text[:m.start()].split()[1:]]
            timely = bool(tokens) and all(TIME_WORDS.match(t) or t.lower() in ("the", "of") for t in tokens)
            prior = 0.0 if timely else 0.45 if first in WEIGHTY else 0.3
            yield Edit(0, m.end(), "", prior, "opening")
            return


# A prepositional aside between a subject at the start and its verb: "Leno, in his long chat with X, did not push".
_SUBJECT_ASIDE = re.compile(r"^(?P<subject>[A-Z][^,;:“”\"()]{1,60}?)(?P<cut>,\s+(?:in|at|on|with|after|during|despite|"
                            r"like|unlike|among|as|under|by)\s[^,;:“”\"()]{3,120}?,)\s+(?P<verb>[a-z]+)\b")  # not "X, for the state,"
# Comments on the clause that tell nothing of the event.
_COMMENT = re.compile(r",\s+(?:to put it (?:mildly|bluntly)|to be (?:sure|fair|honest)|to say the least|needless to say|"
                      r"it seems|it appears|as expected|as usual|if anything|in other words|for (?:example|instance)|"
                      r"predictably|unsurprisingly|as it happens|in turn),(?=\s)")


def _list_item(before: str) -> bool:
    """True when ``before`` ends with an item of a list: a short verbless piece after a comma ("apples, pears")."""
    pieces = before.split(",")
    tokens = words(pieces[-1])
    return len(pieces) >= 2 and 0 < len(tokens) <= 3 and tokens[0] not in NOT_SUBJECT and not any(
        is_verb(w) or w in AUX for w in tokens)


# An aside after an opening name that holds commas of its own: "Pte Kim, who was met by his wife, Lee, and his aunt,
# played down ...", "Ali Rafsanjani, an ally of the leader, Ali Khamenei, is tipped ...".
_LONG_ASIDE = re.compile(r"^(?P<subject>[A-Z][^,;:“”\"()]{1,60}?),\s+(?P<kind>who|which|a|an|the|one|now|then|once|formerly)\s")
_PIECE = re.compile(r",\s+")


def _long_aside(text: str) -> Edit | None:
    """The deletion of an aside with commas inside it between the opening subject and its finite verb: each piece
    after the first is a name or a phrase (no verb), the first one may be a relative clause."""
    m = _LONG_ASIDE.match(text)
    first = text.split(" ", 1)[0].strip(",").lower()
    if not m or first in OPENING_WORDS or first.endswith(("ly", "ing")) or TIME_WORDS.match(first) or has_verb(
            m.group("subject")) or _DETERMINED.search(m.group("subject")):
        return None  # "In April, the commissioner, Kim, warned", "Today, the chief, Kim, renewed": an opening phrase; "Kim wore a hat, ...": a clause
    quotes = quote_spans(text)
    pieces = [m.end()]
    for c in _PIECE.finditer(text, m.end(), min(len(text), m.end() + 200)):
        piece = text[pieces[-1]:c.start()]
        if inside(c.start(), quotes) or re.search(r"[()“”\"]", piece) or (
                main_verbs(piece) and (len(pieces) > 1 or m.group("kind") not in ("who", "which"))):
            return None  # "The term, which he coined, soon became X and its logo, a candle, became": a clause went on
        if len(pieces) > 1 and re.match(r"(?:and|or)\s", piece) and m.group("kind") not in ("who", "which"):
            return None  # "Kim, the leader, and Lee met": the subject is a list
        if open_subordinate(piece):
            return None  # "Cook, who is in charge while chief executive, Jobs, is on leave, said": the clause goes on
        pieces.append(c.end())
        verb = text[c.end():].split(" ", 1)[0]
        if len(pieces) > 2 and (verb in AUX or is_verb(verb) and not verb.endswith("ing")):
            return Edit(m.end("subject"), c.end(), " ", 0.3, "appositive")
    return None


# A determiner inside an opening subject, not after a preposition: "Kim wore a Star of David" is a clause.
_DETERMINED = re.compile(r"(?<!\bof)(?<!\bat)(?<!\bin)(?<!\bfor)(?<!\bto)(?<!\bon)\s(?:a|an|the|his|her|its|their)\s")


def aside_edits(text: str) -> Iterator[Edit]:
    """The deletion of a prepositional aside between the opening subject and its verb, and of comment asides."""
    first = text.split(" ", 1)[0].lower()
    long_aside = _long_aside(text)
    if long_aside is not None:
        yield long_aside
    m = _SUBJECT_ASIDE.match(text)
    if m and (m.group("verb") in AUX or is_verb(m.group("verb")) or m.group("verb") in ("not", "never")) and not any(
            is_verb(w) for w in words(m.group("subject"))):
        yield Edit(m.start("cut"), m.end("cut"), "", 0.3, "aside")
    for c in _COMMENT.finditer(text):
        if _list_item(text[:c.start()]):
            continue  # "apples, pears, for example, plums": without its commas the list runs together
        if len(text[:c.start()].split()) > 1:  # "So, for example, ...": the connective goes with its commas
            # "In the book, for example, Kim said": the opening phrase keeps its comma
            yield Edit(c.start(), c.end(), "," if first in OPENING_WORDS and "," not in text[:c.start()] else "", 0.0,
                       "comment")


# Reports that name no one: "It is understood that", "It has emerged that", "The Guardian has learned that".
_OUTLET = r"[Tt]he\s+[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}"  # "the Guardian": a person's "Kim has been told" stays
_NO_SOURCE_LEAD = re.compile(
    rf"^(?:It\s+(?:is|was|has\s+been)\s+(?:understood|known|announced|confirmed|revealed|reported)|It\s+(?:has\s+)?emerged"
    rf"(?:\s+(?:today|yesterday|tonight|on\s+\w+))?|{_OUTLET}\s+(?:has|have|had)\s+(?:learned|learnt))\s+that\s+"
    r"(?=[\w“\"])")
_NO_SOURCE_TAIL = re.compile(rf",\s+(?:{_OUTLET}\s+(?:has|have)\s+(?:learned|learnt|established)|{_OUTLET}\s+can\s+"
                             r"(?:reveal|disclose)|it\s+(?:has\s+|had\s+)?emerged(?:\s+(?:today|yesterday|tonight))?)"
                             r"(?=[.!?]?[\"”’]?$)")
# A second attribution after a named speaker's: "..., Kim said, according to the state news agency."
_SECOND = re.compile(r"\b(?:said|says|told\s[^,.;“”\"]{2,30}|added|adds)(?P<cut>,?\s+according\s+to\s+[^,.;:“”\"()]{2,60})"
                     r"(?=[.!?]?[\"”’]?$|,)")


def source_edits(text: str) -> Iterator[Edit]:
    """The deletion of reports that name no one and of a second attribution."""
    m = _NO_SOURCE_LEAD.match(text)
    if m and len(text) - m.end() > 25:
        yield Edit(0, m.end(), "", 0.0, "attribution")
    m = _NO_SOURCE_TAIL.search(text)
    if m:
        yield Edit(m.start(), m.end(), "", 0.0, "attribution")
    for m in _SECOND.finditer(text):
        yield Edit(m.start("cut"), m.end("cut"), "", 0.0, "attribution")


# A time the day of the digest already implies: at the start with no comma ("Yesterday thousands turned out", "On
# Monday the court ruled"; a bare day before a capital is a name's first word: "Saturday Night Live") or a recent stretch anywhere ("in recent weeks", "over the past two years").
_DAYS = rf"(?:{WEEKDAY_NAMES})"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"  # "Yesterday morning", "Tuesday night"
_LEAD_TIME = re.compile(rf"^(?:(?:(?:Late|Early)\s+)?On\s+{_DAYS}{_PART}|{_DAYS}{_PART}(?=\s+[a-z])|Yesterday{_PART}|Today|"
                        r"Tonight|Overnight|(?:Earlier|Later)\s+(?:today|this\s+week)|(?:Earlier|Later)(?:\s+(?:in\s+the\s+(?:day|week|"
                        rf"speech|interview|hearing|session)|on\s+{_DAYS}))?(?=\s+(?:the\s|[A-Z]))|(?:Last|This)\s+(?:week|weekend|night|"
                        r"morning|afternoon|evening))\s+(?=[A-Za-z])")
_RECENT = re.compile(r"\s+(?:in\s+recent\s+(?:days|weeks|months)|(?:over|in)\s+the\s+(?:past|last)\s+(?:few\s+|two\s+|three\s+)?"
                     r"(?:days|weeks|months)|(?:at|over)\s+the\s+weekend|(?:so\s+far|earlier)\s+this\s+year)\b(?=[\s,.;!?])")


def time_edits(text: str) -> Iterator[Edit]:
    """The deletion of an opening time before the subject (no comma) and of a recent stretch of time."""
    m = _LEAD_TIME.match(text)
    if m and clause_opens(text[m.end():]):
        yield Edit(0, m.end(), "", 0.0, "time")
    quotes = quote_spans(text)
    for m in _RECENT.finditer(text):
        if not inside(m.start(), quotes) and not re.search(r"\d", " ".join(text[:m.start()].split()[-6:])):
            # "occurred some 12 times over the past two weeks": the stretch is the scope of a figure
            yield Edit(m.start(), m.end(), "", 0.05, "time")


# Verbs only (no "hopes", "fears", "shows", "notes" that may be nouns: "As hopes that the outbreak ...").
_THAT_AFTER = re.compile(r"\b(?:showed|shown|suggest|suggests|suggested|reveal|reveals|revealed|found|noted|"
                         r"believe|believes|think|hoped|feared|insist|insists|"
                         r"acknowledged|admits|admitted|agreed|concluded|stressed)(?P<cut>\s+that)(?=\s+(?:the|a|an|his|her|its|"
                         r"their|[A-Z]))")


def word_edits(text: str) -> Iterator[Edit]:
    """The deletion of an adverb that tells no fact and of "that" after a verb of showing or thinking."""
    yield from adverb_edits(text)  # degree, manner and comment adverbs (summarizer.adverbs)
    quotes = quote_spans(text)
    for m in _THAT_AFTER.finditer(text):
        if not inside(m.start(), quotes):
            yield Edit(m.start("cut"), m.end("cut"), "", 0.05, "that")


def hedge_edits(text: str) -> Iterator[Edit]:
    """Every deletion this module proposes for ``text``."""
    yield from time_edits(text)
    yield from word_edits(text)
    yield from opening_edits(text)
    yield from aside_edits(text)
    yield from subject_aside_edits(text)
    yield from source_edits(text)
    yield from described_edits(text)


NAME = re.compile(rf"(?<![.!?]\s)(?<!^)\b(?!(?:{WEEKDAY_NAMES}|{MONTH_NAMES})\b)[A-Z][\w'’-]+|\b\d[\d,.]*")


def names_lost(text: str, start: int, end: int, keep: Iterable[str]) -> bool:
    """True when deleting ``text[start:end]`` takes a name (a capitalised word past the sentence's first) or a
    number that is new to the reader (its term is in ``keep``) and that the rest of the line does not hold."""
    keep = set(keep)
    rest = {c for c in (canon(w) for w in words(text[:start] + " " + text[end:])) if c}
    for m in NAME.finditer(text, start, end):
        if m.start() == 0:
            continue
        terms = [c for c in (canon(w) for w in words(m.group(0))) if c]
        if any(t in keep and t not in rest for t in terms):
            return True
    return False


# A courtesy title before a surname, which a headline leaves out ("Mr Karzai said" -> "Karzai said"); not a rank
# ("Gen", "Dr", "President"), which tells who the person is.
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Messrs)\.?\s(?=[A-Z][\w'’-]+)")


def drop_honorifics(text: str, context: str | list[str] = "") -> str:
    """``text`` without the courtesy titles outside its quotations; applied to a finished line, so that no deletion
    is weighed against a line a few characters shorter. A title stays when the surname alone could be someone
    else of the story: the line and ``context`` (the sentences before it) name it after another courtesy title or
    after two different words ("Mrs Jackson" when "Michael Jackson" and "Katherine Jackson" were named), or a woman's
    title whose surname was named after a first name ("Ms Ross" after "Diana Ross" and "Ms Ross" may be one or two)."""
    if "M" not in text:
        return text
    quotes = quote_spans(text)
    seen = " ".join([text] + ([context] if isinstance(context, str) else list(context)))

    def keep(m: re.Match[str]) -> str:
        if inside(m.start(), quotes):
            return m.group(0)
        surname = re.escape(re.sub(r"['’]s$", "", text[m.end():].split(" ", 1)[0].rstrip(".,;:!?")))
        title = m.group(0).strip().rstrip(".")
        before = {w.rstrip(".") for w in re.findall(rf"\b([A-Z][\w.'’-]*)\s{surname}\b", seen)
                  if w.lower().rstrip(".") not in _RANKS} - {title}  # "President Karzai" and "Hamid Karzai": one man
        if len(before) >= 2 or before & _TITLES or (title != "Mr" and before):
            return m.group(0)
        return ""
    return _HONORIFIC.sub(keep, text)


_TITLES = frozenset("Mr Mrs Ms Miss Messrs".split())
_RANKS = ROLES | frozenset("""gen dr sir lord lady dame judge justice senator sen governor gov prince princess king queen
    mayor prime col colonel capt captain sgt rev prof mullah sheikh commander chief the a of and with by when""".split())
