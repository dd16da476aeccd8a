"""Deletion-based sentence compression (Hedge-Trimmer style) with shallow, regex chunking.

Each rule proposes edits of the current text: an opening connective, a time or place preamble, a parenthetical, an
appositive, a relative clause, a trailing participial or subordinate clause, a time expression, a filler word; never
the main clause's auxiliary (without it a line reads as a caption: "Large quantities of sand brought in"). An edit
never touches a quotation (words inside quotation marks are never edited) nor a fact the caller protects (figures,
dates), and the result must still look like a clause (enough words, a verb). :func:`trim` applies the free edits, then
the cheapest edits one by one while the line is longer than its goal, cheapest meaning the least new information per
character (side clauses: :mod:`summarizer.sidetails`). A line keeps at least ``MIN_SHARE`` of its sentence, or
``LIGHT_SHARE`` after an aside the clause resumes after (an appositive, a relative clause between subject and verb).
The word lists and patterns live in :mod:`summarizer.chunks`, the comma pieces in :mod:`summarizer.segments`,
quotation spans in :mod:`summarizer.quotes`, dash asides in :mod:`summarizer.dashes`, further pattern deletions in
:mod:`summarizer.tails` and :mod:`summarizer.trimmers` (opening phrases, subject asides, reports that name no one,
degree adverbs); :mod:`summarizer.mainclause` guards every edit (the main clause keeps a finite verb, a clause with
its own subject stays, no clause ends verbless), a trailing phrase may not take a name or number new to the reader
(:func:`summarizer.trimmers.names_lost`) nor a description (:mod:`summarizer.described`).
"""
from __future__ import annotations

import re
from typing import Callable, Iterable, Iterator

from summarizer.chunks import (AUX, CONNECTIVE, LINK_ADVERBS, NEEDS_PLACE, PAST_FORMS, PREAMBLE, RELATIVE, RULES, SAY_VERBS,
                               VERB_BEFORE, PARTICLES, NOT_PARTICIPLE, SETTING, TIME_HEADS, TIME_NOUNS, TIME_WORDS, has_verb,
                               is_verb, phrase_preamble, subordinate_preamble)
from summarizer.concessive import concessive_however
from summarizer.cutguards import (TRAIL_FLOOR, TRAIL_SHARE, acceptable, coordinated, list_opening, named_opener, opening_needed, time_needed, unfinished_preamble)
from summarizer.dashes import dash_edits
from summarizer.described import name_told
from summarizer.lexicon import WEEKDAYS, alternation
from summarizer.longtails import tail_verdict
from summarizer.mainclause import complete_tail, keeps_main_verb, main_verbs, own_subject, resumes_main
from summarizer.preambles import past_asides
from summarizer.quotes import bracket_pairs, crossing, protected_spans, quote_spans
from summarizer.reductions import reduction_edits
from summarizer.referents import OPENER
from summarizer.segments import Edit, commas, segment_edit
from summarizer.sidetails import CLAUSE_OBJECT, bound_clause, new_terms, side_edits, timed_point
from summarizer.slimming import slim_edits
from summarizer.tails import pattern_edits, put_before
from summarizer.text import canon, words
from summarizer.titled import title_edit
from summarizer.trimmers import hedge_edits, names_lost

MIN_SHARE = 0.45  # a line keeps at least this share of its sentence's characters
LIGHT_SHARE = 0.3  # or this share, after edits that lose little (an appositive, a relative clause)

LONG_ONLY = 20  # edits that lose this much (prior >= 0.7) go on only while a line is this much over its goal
_GOES_ON = frozenset("to and or nor".split())  # carry an opening clause past its comma: "As they landed, to be met"
_CONTRACTED_CLAUSE = re.compile(r"\b(?:there|it|that|here|he|she|what|who)['’](?:s|re|ll|d)\b|n['’]t\b", re.I)  # "there's"
_SPEND = frozenset("spend spent spending spends".split())  # "after spending last night": the verb needs its time


_ENDING_ING = re.compile(r"\s(?!(?:during|morning|evening|meeting|building|following|including)\b)[a-z]{3,}ing$")
_LIST_ITEMS = re.compile(r"\s*[^,;:.“”\"]{1,80}?\s(?:and|or)\s[^,;:.“”\"]{1,80}?,")  # the rest of a list, to its comma
_BARE_PARTICIPLE = re.compile(r",\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}(?:ed|en)|" + alternation(sorted(PAST_FORMS)) + r")\s*$")  # ", held"
# A noun and a participle with no auxiliary ("a poll released") before a comma and the main clause's subject: a reduced
# relative in an opening phrase, whose time is its complement ("According to a poll released on Sunday, Kim leads").
_REDUCED = re.compile(r"(?:^|\s)(?!(?:is|was|were|are|am|be|been|being|has|have|had|he|she|it|they|we|i|who|which|that|and|"
                      r"but|or|also|then)\s)[a-z]+\s+[a-z]{3,}(?:ed|en)\s*$")


def edits(text: str) -> Iterator[Edit]:
    """Every deletion the rules propose for ``text`` (protected spans are checked by the caller)."""
    titled = title_edit(text)
    if titled:
        yield titled
    m = CONNECTIVE.match(text)
    if m and not concessive_however(text):  # "However things go today, ...": no link to drop
        yield Edit(0, m.end(), "", 0.0, "connective")
    m = PREAMBLE.match(text)
    if m and re.match(r"[A-Z][a-z]+ing\s+(\w+)", m.group(0)) and not m.group(0).startswith(("Having", "Being")):
        following = m.group(0).split()[1].strip(",").lower()
        if is_verb(following) or following.endswith("s"):
            m = None  # "Manning had downloaded ...": a name, not "Speaking after ..."
        elif not re.match(r"(?:[A-Z]|(?:the|a|an|he|she|they|it|we|i|his|her|its|their|this|these|those)\b)",
                          text[m.end():]):
            m = None  # "Designing services, like ..., requires": a gerund subject, not a participle
    if m:
        preamble_end, m = m.end(), past_asides(text, m)
        if m and m.end() > preamble_end:  # "In the US, the hardest-hit nation, 226 ...": the asides alone may go too
            yield Edit(preamble_end, m.end(), "", 0.2, "appositive")
    if (m and len(text) - m.end() > 25 and text[m.end():].split(" ", 1)[0] not in RELATIVE | _GOES_ON  # "In it, which"
            and not re.search(r"\b(?:said|says|told)\b|^according to\b", m.group(0), re.I)  # who says it stays
            and (subordinate_preamble(m.group(0)) or phrase_preamble(m.group(0)))
            and not list_opening(text, m.end())  # a list's comma: "Although X,", "While airports, rail lines and roads are"
            and not unfinished_preamble(text, m.end())  # "As Dr Kim, director of X, has pointed out, ..."
            and not _CONTRACTED_CLAUSE.search(m.group(0))):  # "Sadly there's no Bono, Sting ...": a clause, no setting
        # a subordinate clause may hold a verb ("When it was clear, ..."), a phrase may not ("In particular it has ...")
        tokens = [t.strip(",") for t in m.group(0).split()][1:]
        timely = bool(tokens) and all(TIME_WORDS.match(t) or t.lower() in SETTING for t in tokens)
        after, item = text[m.end():].split(" ", 1)[0], _LIST_ITEMS.match(text, m.end())  # "After 37 years, 295 ... and X,"
        if not (after.endswith("ing") and after.islower() and after not in NOT_PARTICIPLE | _ING_PREPOSITIONS) and not (
                item and (not has_verb(item.group(0)) or item.group(0).lstrip()[:1].isdigit())):
            # "Despite X, telling the troops ..., others believe": the participle would dangle (not "during ...")
            yield Edit(0, m.end(), "", 0.0 if timely else 0.4, "preamble")
    lower = text.lower()
    for pattern, prior, rule, cue in RULES:
        if not cue.search(lower):
            continue  # a cheap test spares the full pattern
        for m in pattern.finditer(text):
            start, stop = m.span("cut") if "cut" in pattern.groupindex else m.span()
            if rule == "time" and _paired_time(text[:start]):
                continue  # "on Thursday and Friday", "on Saturday": the second of a pair, or after its preposition
            if rule == "parenthetical" and not text[:start].strip():
                continue  # "[It] can not ...": an opening bracket holds the subject
            if rule == "parenthetical" and text[stop:].lstrip()[:1].isupper() and text[start:stop].strip()[:1] in "—–-":
                yield Edit(start, stop, ",", prior, rule)  # "region — where ... — Kirby said": the dash was a comma
                continue
            two = [w.lower() for w in text[:start].split()[-2:]]
            before = (two[-1:] or [""])[0]  # "put him in the second division": the verb before its object needs it too
            before = two[0] if rule == "place" and (before.endswith("ly") and len(before) > 4 or before in LINK_ADVERBS) else before
            if rule == "place" and (before in NEEDS_PLACE | AUX | PARTICLES or before.endswith("ing") or two[0] in NEEDS_PLACE or (
                    two[0] in VERB_BEFORE and (two[0] != "to" or before.isalpha() and before.islower() and not before.endswith("s")))):
                continue  # "stood in", "caught up in", "could perform at", "aimed squarely at", "is almost at an end"
            if rule == "place" and put_before(text, start):
                continue  # "to set their lanterns in the front window": the verb's object needs its place
            if rule == "subordinate" and (before in TIME_HEADS | TIME_NOUNS | _PREPOSITIONS | _BOUND_HEADS | AUX or before.endswith("ly")
                                          or before[:1].isdigit() or bound_clause(before, text[start:stop])
                                          or timed_point(text[:start], text[start:stop])):
                continue  # "hours before the verdict", "until 2028, when", "precisely because", "rather than act after X"
            if rule == "subordinate" and resumes_main(text[start:stop]):
                continue  # "the place it held when it introduced the iPod are revealing": the main verb follows
            if rule == "time" and (_BARE_PARTICIPLE.search(text[:start]) and (text[stop:].lstrip()[:1] == "," or not text[
                    stop:].strip(" .!?") and text[:start].split()[-1] not in SAY_VERBS)
                                   or _REDUCED.search(text[:start]) and re.match(r"\s*,\s+[A-Z]", text[stop:])):
                continue  # "the plan, outlined on Monday, recommends", "a poll released on Sunday, X leads", "..., held last week."
            if rule == "time" and (not text[stop:].strip(" .!?") and _ENDING_ING.search(text[:start])
                                   or not _SPEND.isdisjoint(text[:start].split()[-1:])):
                continue  # "the summit in Cancun starting later this month", "after spending last night": the verb needs it
            if rule == "time" and text[start:stop].split()[0] in WEEKDAYS and text[:start].split()[-1:] \
                    and text[:start].split()[-1][:1].isupper():
                continue  # "Super Tuesday", "Good Friday": the day is part of a name
            if rule == "time" and (not text[:start].strip() or text[:start].count(",") == 1 and text[:start].rstrip().endswith(
                    ",") and PREAMBLE.match(text)) and is_verb(text[stop:].strip(" ,").split(" ", 1)[0]):
                continue  # "For the founder, this week marked a milestone": the time is the subject
            piece = text[:start].rsplit(",", 1)
            if rule == "time" and len(piece) == 2 and len(piece[1].split()) == 1 and text[stop:].lstrip().startswith(","):
                continue  # "the issue, out this week, dropped": the aside would keep one word of it
            if rule == "time" and re.fullmatch(r"(?:(?:late|early)\s+)?(?:on|in|at)", text[:start].strip(), re.I):
                continue  # "On Monday she ...": the preposition would be left alone
            if (rule == "time" or text[start:stop].strip() == "now") and time_needed(text[:start], text[start:stop], text[stop:]):
                continue  # "delayed until next week", "between now and 2014", "that Tuesday will be": the clause needs it
            yield Edit(start, stop, "", prior, rule)
    if " - " in text:
        yield from dash_edits(text)
    yield from pattern_edits(text)
    yield from hedge_edits(text)
    yield from reduction_edits(text)
    yield from slim_edits(text)
    end = len(text.rstrip(" .!?"))
    marks = [c for c in commas(text, quote_spans(text)) if c < end]
    for i, c in enumerate(marks):
        nxt = marks[i + 1] if i + 1 < len(marks) else end
        first_piece = text[marks[i - 1] + 1 if i else 0:c]
        e = segment_edit(text, c, nxt, end, first_piece)
        if e is not None and not _ACCORDING.match(text, e.start):  # who says it goes only as a second attribution
            yield e
    yield from side_edits(text)  # last: an older rule proposing the same span keeps its cost


_SPACES = re.compile(r"\s{2,}")
_SPACE_MARK = re.compile(r"\s+([,;:](?=\s)|[.!?]$)")
_COMMAS = re.compile(r",(?:\s*,)+")
_END_MARK = re.compile(r"(?:[,;:]|\s[—–-]+)\s*(?=[.!?]$)")


def apply(text: str, e: Edit) -> str:
    """The text with one edit applied, tidied (spaces, a capital first letter)."""
    glued = not e.repl and 0 < e.start and e.end < len(text) and text[e.start - 1].isalnum() and text[e.end].isalnum()
    out = text[:e.start] + (" " if glued else e.repl) + text[e.end:]  # "$135m (£75m)and" -> "$135m and"
    out = _SPACES.sub(" ", out)
    out = _SPACE_MARK.sub(r"\1", out)
    out = _COMMAS.sub(",", out)  # "which, yesterday, witnessed" without its time: one comma
    out = _END_MARK.sub("", out).strip(" ,;")  # "south of the capital, on Tuesday." -> "capital."
    out = _ORPHAN.sub("", out)  # "On Tuesday, Kim said" without its time: "On, Kim said" -> "Kim said"
    if out and out[0].islower() and not out[1:2].isupper():  # not "iCal", "eBay"
        out = out[0].upper() + out[1:]
    return out


_ING_PREPOSITIONS = frozenset("during following including regarding concerning according notwithstanding".split())
_ACCORDING = re.compile(r",?\s+according\s+to\b", re.I)


# Words a time expression depends on (a preposition, "at least", "than"): deleting the time orphans them.
_TIME_PREPOSITIONS = frozenset("on last this next late early by until till since from before after of for through as least than".split())


def _paired_time(before: str) -> bool:
    """True when a time expression after ``before`` is the second of a pair ("on Monday and Tuesday") or would
    leave its preposition ("and on Saturday" -> "and on", "By yesterday there were" -> "By there were")."""
    tokens = before.split()[-2:]
    if tokens and tokens[-1].lower() in _TIME_PREPOSITIONS:
        return True
    return len(tokens) == 2 and tokens[1].lower() in ("and", "or") and bool(TIME_WORDS.match(tokens[0].strip(",")))
# A preposition left alone at the start once the time or place it led was deleted.
_ORPHAN = re.compile(r"^(?:On|In|At|By|From|Since|Until|During|Late|Early|Last|This|Earlier|Later)\s*,\s+")


def _after_appositive(text: str, start: int) -> bool:
    """True when the comma at ``start`` closes an aside opened by the comma before it: a short noun phrase with no
    verb between the two ("gave her predecessor, Jo Roe, a seat"), so what follows goes on the clause before it."""
    if text[start:start + 1] != ",":
        return False
    before = text[:start]
    comma = before.rfind(",")
    piece = before[comma + 1:] if comma >= 0 else ""
    return comma >= 0 and 0 < len(piece.split()) <= 8 and (not has_verb(piece) or bool(_ASIDE_OPENERS.fullmatch(piece))) \
        and not re.search(r"[“”\"()]", piece)  # "is raising, or is about to raise, its stake": an aside too


def _holds(text: str, fact: str) -> bool:
    """True when ``text`` still tells ``fact``, also as the capitalised first word once an opening went ("On Monday,
    two people died" -> "Two people died")."""
    return fact in text or text.startswith(fact[:1].upper() + fact[1:])


def _overlaps(e: Edit, spans: list[tuple[int, int]], pairs: list[tuple[int, int]]) -> bool:
    """The edit deletes one bracket of a pair, or cuts into a quotation or a fact: part of one, not the whole (a clause
    deleted with the whole quotation in it leaves no quoted word edited; a fact must still be in the line, checked apart)."""
    return crossing(e.start, e.end, pairs) or any(e.start < s_end and s_start < e.end and not (e.start <= s_start and s_end <= e.end)
               for s_start, s_end in spans)


def _loss(removed: str, keep: set[str]) -> float:
    """Share of the removed content terms that are new to the reader."""
    terms = [c for c in (canon(w) for w in words(removed)) if c]
    if not terms:
        return 0.0
    return sum(t in keep for t in terms) / len(terms)


_CLAUSES = frozenset({"coordinate", "subordinate", "conjunct"})  # a conjunct with no comma goes only when all of it was told
_PHRASES = frozenset({"place", "adjunct", "examples"})  # trailing phrases: a new name in one is a loss
# An opening place named after its preposition ("In Malaysia, thousands ...", "In the Philippines, the health
# department ..."): where it happened, which a headline keeps when the line names it nowhere else.
_PLACE_OPENING = re.compile(r"(?:(?:In|Across|Throughout)\s(?:the\s)?(?:[a-z][\w'’-]*\s){0,3}?(?:of\s)?|(?:At|Outside|Inside|Near)"
                            r"\s(?:the\s)?)[A-Z][\w.'’-]*(?:\s[\w.'’-]+){0,4},")  # "In the nearby town of Lowmere,"


_PREPOSITIONS = frozenset("in on at of by for from with to into during".split()) | CLAUSE_OBJECT
_ASIDE_OPENERS = re.compile(r"\s*(?:(?:or|and)\s.*|(?:as|if|when|though)\s(?:\w+\s){0,2}\w+ed)")  # "not, as had been expected, X"
# Words a trailing "when", "until" or "since" clause is bound to: "at a time when", "up until", "not least when".
_BOUND_HEADS = frozenset("time times moment point day week month year hour minute period stage era age case place up right "
                         "least just not part only so second seconds -".split())  # "just a week after", "a second after", "lusted - after"


def _distinct(found: Iterable[Edit]) -> list[Edit]:
    """The edits with one per span and replacement: the first rule that proposes it sets its cost."""
    seen: dict[tuple[int, int, str, bool], Edit] = {}
    for e in found:
        seen.setdefault((e.start, e.end, e.repl, e.rule == "side"), e)  # a side clause is judged apart
    return list(seen.values())


def trim(text: str, keep: set[str], facts: Iterable[str], goal: int, named: Callable[[str], bool] | None = None) -> str:
    """Free edits always, then the cheapest edit at a time while the line is longer than ``goal``.

    ``named`` tells whether an opening pronoun can be named from the sentences before (the caller names it), so an
    opening phrase may go that would leave one ("Speaking in Kabul, he said" -> "He said")."""
    facts = [f for f in facts if f and _holds(text, f)]
    verb = has_verb(text)
    shortest = MIN_SHARE * len(text)  # a line keeps most of what its sentence says
    lightest = LIGHT_SHARE * len(text)
    while True:
        spans, pairs = protected_spans(text, facts), bracket_pairs(text)
        verbs: list[int] | None = None  # the main verbs of this text, read once for all the edits tried on it
        ranked = sorted(
            (e.prior + 0.5 * _loss(text[e.start:e.end], keep), -(e.end - e.start), e.start, i, e)
            for i, e in enumerate(_distinct(edits(text))) if not _overlaps(e, spans, pairs)
        )
        for cost, _, _, _, e in ranked:
            if cost > 0 and len(text) <= goal:
                return text
            if e.prior >= 0.7 and len(text) <= goal + LONG_ONLY:
                continue
            out = apply(text, e)
            inside = (e.prior <= 0.35 and (e.end < len(text.rstrip(" .!?\"”")) or e.rule == "appositive")
                      or e.rule in ("preamble", "opening"))  # the main clause after an opening clause is what a headline keeps
            floor = lightest if inside else shortest  # an aside the clause resumes after loses little
            told = tail_verdict(text, e, keep, goal)  # a trailing clause that names nothing new may go, however long
            where = e.rule == "preamble" and _PLACE_OPENING.match(text, e.start)  # names_lost reads from its second word
            if (e.rule in _PHRASES or where) and names_lost(text, text.find(" ", e.start) if where else e.start, e.end,
                                                            keep) or told is False or e.rule == "described" and not name_told(text, e, keep):
                continue  # a trailing phrase naming what the reader was not told is the fact; "founder" stays till Kim is told
            floor = min(floor, max(TRAIL_FLOOR, TRAIL_SHARE * len(text))) if told else floor
            if out == text or len(out) < floor or not acceptable(out, verb, text) or not all(_holds(out, f) for f in facts):
                continue
            if coordinated(text, e.start):
                continue  # "left him a tarnished, diminished figure": the noun after the comma is the phrase's head
            if (e.rule != "attribution" and own_subject(text[e.start:e.end])) or timed_point(text[:e.start], text[e.start:e.end]) or not keeps_main_verb(
                    text, e.start, e.end, verbs := main_verbs(text) if verbs is None else verbs):
                continue  # a clause of its own went, a time the line is about, or the main clause lost its verb
            if e.end >= len(text.rstrip(" .!?\"”’")) and not complete_tail(out):
                continue  # "... explained that his attack at the end of the stage.": the clause lost its verb
            if e.rule == "appositive" and e.end >= len(text.rstrip(" .!?\"”’")) and _after_appositive(text, e.start):
                continue  # "offer Abdullah, the runner-up, a role": the comma closed an aside, the object goes on
            if e.rule in ("preamble", "opening") and e.start == 0 and opening_needed(text, e.end, out):
                continue  # "Asked about X, a move that ..., Rousseff said"; "When Kim ran, analysis showed his pace"
            if OPENER.match(out) and not OPENER.match(text) and not named_opener(out, text[e.start:e.end], named):
                continue  # "When Kim's aides saw it, they ...": the deletion left a pronoun to resolve
            if e.rule in _CLAUSES and not (told and e.rule == "subordinate") and new_terms(text[e.start:e.end], keep) > (
                    0 if e.rule == "conjunct" else 0.5 * new_terms(out, keep)):
                continue  # a clause that says more that is new than what is left may be the news
            text = out
            break
        else:
            return text
