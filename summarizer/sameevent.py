"""One event told twice in one digest in other words: an event signature per line, compared line to line.

Two outlets tell the day's event in their own words ("Kim apologised to the staff of the charity" and "The disgraced
founder addressed a meeting of the charity's staff and said “I'm sorry”"); their lines share too few words for
:func:`summarizer.standalone.repeats` and the later one has an action the earlier lacks, so
:meth:`summarizer.retell.ToldLines.retells` (the novelty judge against one line) keeps it. A line's *event signature*
is what an event is told by, read shallowly (:mod:`summarizer.told`):

- its *participants*: the words of its names (a person, an organisation, a place);
- its *action*: the term of its main-clause action (stem or news synonym), read only when the line tells it
  as a fact (not a plan, a prospect, backstory or a subordinate clause: :func:`summarizer.told.main_event`), else
  the action of the clause a framing "came as" places it by or of a move naming it (:mod:`summarizer.eventclause`);
- its *content*: its other rare content terms (the object, the setting), quotations included;
- its *figure slot*: the figures it carries (clock times aside: when it was told, not what) and their scope.

A later line tells the event of an earlier line of the digest when it adds no figure, they share a participant, the
action of one is in the other's terms, they share a rare content word besides names and action (the same object or
setting: an apology to the staff is not one to a talk-show host), both say it with the same polarity, and the later
line brings no name (the given name of one the other names by surname aside: :mod:`summarizer.namesakes`), no quoted
word and no scope word ("new", "another") of its own. Precision first: two events of one actor, two actors doing one
thing, one measure in two places, a day's against a cumulative count and "other documents" stay two lines. One outcome
told with two words of its class ("granted bail", "freed on bail"; :func:`same_outcome`) is one event too, the other
parties it names aside, when one actor is named in full in both; the telling of that actor as subject stays.

A *count told twice* is the other within-digest repeat: two lines whose tracked figure is one count (one measure
of one place, unmarked or cumulative scope, one status: :class:`summarizer.slots.Slot`) where the line left out says
little besides the count (:func:`count_line`: "Ten countries have reported cases", "WHO confirmed 787 infections in
17 countries"). The figures may differ: outlets quote a toll as they last heard it.

:func:`merged` says which of two lines of one digest a reader needs (:func:`summarizer.retell.merge` wires it into a
story's lines): of one event, the cleanest complete sentence, the shorter when their facts are equal; of one count,
the latest figure of a cumulative toll (the highest: a toll only grows), else the figure more outlets report; a count
told as the aside of another event ("... the outbreak, which has killed 149, ...") stays a line of its own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from summarizer.entities import names
from summarizer.eventclause import event_terms
from summarizer.facts import Quantity, quantities
from summarizer.namesakes import untold_parties
from summarizer.outcomes import OUTCOMES, outcomes
from summarizer.paraphrase import place_term, with_numerals
from summarizer.quotes import quote_spans, unquoted
from summarizer.places import name_key
from summarizer.slots import MEASURE_STEMS
from summarizer.standalone import cleanliness
from summarizer.text import canon, content_terms, terms, word_weight, words
from summarizer.told import main_event
from summarizer.trailsaid import without_trailing_said
from summarizer.toldfacts import claim

# A content word this rare or rarer names an object or setting ("staff" 1.42, "bail" 2.4), not a word of
# every line ("people" 1.1, "year" 1.0).
RARE_WEIGHT = 1.4
ACTION_WEIGHT = 1.3  # a main action commoner than this ("said", "made") carries no event of its own
# Speech acts told by their words as by their verb ("said “I'm sorry”": "sorry" is a stop word), each to its verb's term.
_SPEECH_ACTS = {w: canon(verb) for verb, forms in (
    ("apologize", "sorry apology apologies apologise apologised apologises apologize apologized apologizes"),
    ("thank", "thanks thank thanked grateful gratitude"),
) for w in forms.split()}
_NEGATION = frozenset("not never no nor cannot neither isnt arent wasnt werent dont doesnt didnt cant couldnt wont wouldnt "
                      "shouldnt hasnt havent hadnt mustnt".split())  # contractions as words() spells them
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
_CLOCK = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b\.?", re.I)
# Words that set a figure's scope: "12 new cases" (a day's) is not "12 cases in total" (all so far).
_SCOPE = frozenset("new total daily weekly cumulative overall further additional another other more far".split())
_SOURCE = re.compile(r"^[A-Z][^:“”\"]{1,40}:\s+(?=[A-Z])")  # "Associated Press: Kim apologised ..."


@dataclass(frozen=True)
class Signature:
    """What a line's event is told by (see the module's docstring)."""

    participants: frozenset[str]  # the terms of its names' words, outside quotations
    action: frozenset[str]
    content: frozenset[str]  # rare content terms, names and action aside
    said: frozenset[str]  # every term, speech acts read as their verb's
    figures: frozenset[str]
    negated: bool  # a negation outside quotations
    scope: frozenset[str]  # the scope words of its figures ("new", "total") and of its objects ("another")
    quoted: frozenset[str]  # the rare terms of its quotations
    outcomes: frozenset[int] = frozenset()  # the outcome classes of what it claims (summarizer.outcomes)


@lru_cache(maxsize=4096)
def signature(line: str) -> Signature:
    """The event signature of ``line`` (cached: each line of a digest is compared with every line before it)."""
    claimed = claim(_SOURCE.sub("", line))
    text = without_trailing_said(claimed)
    said = with_numerals(text, terms(text))
    named = frozenset(place_term(canon(w)) for name in names(unquoted(text)) for w in words(name)) - {""}
    action = main_event(text, ACTION_WEIGHT)[0] or event_terms(text, ACTION_WEIGHT)  # else a framed or moved one
    rare_terms = _rare_terms(text)  # read once: a test per term re-read every word of the line
    rare = frozenset(place_term(t) for t in said if not t.isdigit() and t in rare_terms) - named - action
    acts = {_SPEECH_ACTS[w.lower()] for w in words(text) if w.lower() in _SPEECH_ACTS}
    figures = frozenset(_NUMBER.findall(_CLOCK.sub(" ", text))) | {t for t in said if t.isdigit()}
    negated = any(w.lower() in _NEGATION for w in words(unquoted(text)))
    quoted = _quoted_terms(text)
    scope = frozenset(w.lower() for w in words(text) if w.lower() in _SCOPE)
    return Signature(named, action, rare, frozenset(place_term(t) for t in said) | acts | named, figures, negated,
                     scope, quoted, outcomes(claimed))


_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _quoted_terms(text: str) -> frozenset[str]:
    """The terms of the rare words of the quotations of ``text`` (a contraction, "I'm", is no word of its own)."""
    found = (w for a, b in quote_spans(text) for w in _WORD.findall(text[a:b]) if not re.search(r"['’]", w))
    return frozenset(place_term(canon(w)) for w in found if word_weight(w) >= RARE_WEIGHT) - {""}


def _rare_terms(line: str) -> frozenset[str]:
    """The terms of the words of ``line`` rare enough to name an object or setting."""
    return frozenset(canon(w) for w in words(line) if word_weight(w) >= RARE_WEIGHT)


def same_event(line: str, earlier: str) -> bool:
    """True when ``line`` tells the event ``earlier`` tells and adds no figure (see the module's docstring)."""
    mine, theirs = signature(line), signature(earlier)
    if not mine.action or not theirs.action or mine.negated != theirs.negated:
        return False
    if not mine.figures <= theirs.figures or not mine.participants & theirs.participants:
        return False
    new = untold_parties(line, earlier, mine.participants, theirs.said, bool(mine.action & theirs.action))
    if new or mine.quoted - theirs.said or mine.scope != theirs.scope:
        return False  # another party or place, a quotation's own words, another scope ("12 new cases", "12 in all")
    if not (mine.action & theirs.said or theirs.action & mine.said):
        return False
    return bool(mine.content & theirs.content)


SHARED_NAME = 2  # two lines sharing this many words of names name one actor in full ("Oscar Pistorius")


def same_outcome(line: str, earlier: str) -> bool:
    """True when ``line`` tells ``earlier``'s outcome with a word of its class (:mod:`summarizer.outcomes`: "The judge
    granted Lena Ostrova bail", "Lena Ostrova was freed on bail"), as the main action of one of them and as done in
    both: one actor named in full in both, the same object, no figure, quotation or scope of its own; the names it adds
    are the other parties of one event (the judge). An outcome told only in an aside ("judges sacked by the
    president") is no event of the line."""
    mine, theirs = signature(line), signature(earlier)
    shared = mine.outcomes & theirs.outcomes
    if mine.negated != theirs.negated or (mine.action & theirs.action) or not any(
            (mine.action | theirs.action) & OUTCOMES[k] for k in shared):
        return False  # the outcome is the main action of one line at least; one action is :func:`same_event`'s to judge
    if not mine.figures <= theirs.figures or len(mine.participants & theirs.participants) < SHARED_NAME:
        return False
    return not mine.quoted - theirs.said and mine.scope == theirs.scope and bool(mine.content & theirs.content)


def _of_actor(line: str, other: str) -> str:
    """"line" or "other" when only that one tells the outcome of an actor both name as its subject ("Lena Ostrova was
    freed on bail" over "The magistrate granted Lena Ostrova bail": the story's actor, as a headline tells it), else ""."""
    shared = signature(line).participants & signature(other).participants
    mine, theirs = (place_term(main_event(x, ACTION_WEIGHT)[1]) in shared for x in (line, other))
    return "line" if mine and not theirs else "other" if theirs and not mine else ""


# -- one count told twice ---------------------------------------------------------------------------------------
COUNT_RESIDUE = 2  # a line with at most this many content terms besides counts, names and reporting words tells a count
# Words that report a count rather than tell an event of their own ("WHO said its laboratories had identified ...").
_REPORTING = frozenset(canon(w) for w in "say report confirm confirmed identify identified record recorded total tally "
                       "number figure stand stands rise risen rose reach reached bring brings take takes put puts "
                       "laboratories laboratory officials authorities agency ministry date now far".split()) - {""}
# Counted nouns that count places with the measure, not the measure: "12 countries have cases" is not "12 cases".
_GROUPS = frozenset(canon(w) for w in "countries states nations cities provinces regions territories districts "
                    "schools hospitals".split()) - {""}
# Measures that only grow (a toll, the places reached): their latest figure is their highest.
_CUMULATIVE = frozenset({"dead", "injured", "cases", "arrested", "evacuated", "rescued"})
_UNSURE = frozenset("possible probable potential suspected likely presumed presumptive".split())
GROWTH = 1.3  # two figures further apart than this are two counts (a country's and the world's), not one told late
_ANYONE = frozenset(canon(w) for w in "people persons person individuals victims".split()) - {""}


@lru_cache(maxsize=4096)
def _counts(line: str) -> tuple[Quantity, ...]:
    """The tracked counts of ``line`` whose scope is unmarked or cumulative (a day's count is another fact)."""
    return tuple(q for q in quantities(line) if q.slot is not None and q.slot.tracked and q.slot.unit == "count"
                 and not q.attribute and q.slot.scope in ("", "total"))


def _counted(q: Quantity) -> str:
    """What ``q`` counts: a group of places ("countries"), else its measure ("cases", "dead")."""
    said = words(q.raw)
    noun = canon(said[-1]) if said else ""
    return noun if noun in _GROUPS else q.slot.measure.split("/")[0] if q.slot else ""


def _who(q: Quantity) -> str:
    """Whom ``q`` counts when its phrase says ("children", "pigs"), else "" (cases, deaths, people: anyone)."""
    said = words(q.raw)
    noun = canon(said[-1]) if said and not said[-1][0].isdigit() else ""
    return "" if noun in MEASURE_STEMS | _ANYONE | _GROUPS or noun.isdigit() else noun


def _status(q: Quantity) -> str:
    """"suspected" for a count of possible cases ("230 possible cases", "100 suspected deaths"), else "" (a tally is
    of confirmed cases whether it says so or not)."""
    if q.slot is not None and q.slot.status == "suspected":
        return "suspected"
    return "suspected" if any(w.lower() in _UNSURE for w in words(q.raw)) else ""


def one_count(a: Quantity, b: Quantity) -> bool:
    """True when ``a`` and ``b`` are values of one count: what and whom they count, its places, scope, status and
    source, and values no further apart than a toll grows in a day's reports."""
    if a.slot is None or b.slot is None or _counted(a) != _counted(b) or _who(a) != _who(b) or _status(a) != _status(b):
        return False
    if max(a.high, b.high) > GROWTH * min(a.low, b.low):
        return False
    return replace(a.slot, measure=_counted(a)).same(replace(b.slot, measure=_counted(b)))


_CODE = re.compile(r"\b(?=\w*[A-Za-z])(?=\w*\d)\w+")  # a name with digits ("H1N1", "G20"): no figure


def _uncounted(line: str) -> str:
    """``line`` without the phrases of its counts and the names with digits (whose digits are no figure)."""
    for q in _counts(line):
        line = line.replace(q.raw, " ")
    return _CODE.sub(" ", line)


@lru_cache(maxsize=4096)
def count_line(line: str) -> bool:
    """True when ``line`` says little besides its counts (names, measure and reporting words aside)."""
    rest = _uncounted(line)
    named = {canon(w) for name in names(unquoted(rest)) for w in words(name)}
    left = {t for t in content_terms(rest) if not t.isdigit()} - named - _REPORTING - MEASURE_STEMS
    return bool(_counts(line)) and len(left) <= COUNT_RESIDUE


def _elsewhere(q: Quantity, other: str) -> bool:
    """True when a place or subject of ``q``'s own clause (not one its article gives it) is named nowhere in
    ``other``: "840 infections in Mexico" is not the world's count, whichever clause the other line names it in."""
    said = {name_key(w, False) for w in words(other)} | {"world"}  # the world's count is named by its "countries"
    return q.slot is not None and any(k not in said for k in q.slot.places)


def _shared_count(line: str, other: str) -> tuple[Quantity, Quantity] | None:
    """A count ``line`` and ``other`` both tell (``line``'s value first), when every count of ``line`` is one of
    ``other``'s: a line with a count of its own is no retelling."""
    mine, theirs = _counts(line), _counts(other)
    pairs = [(a, b) for a in mine for b in theirs if one_count(a, b) and not _elsewhere(a, other) and not _elsewhere(b, line)]
    if not pairs or any(not any(one_count(a, b) for b in theirs) for a in mine):
        return None
    return pairs[0]


def merged(line: str, other: str, outlets: tuple[int, int] = (1, 1)) -> str:
    """Which of two lines of one digest telling one event or one count a reader needs: "line" or "other" (the
    representative), "" when they are two facts (``outlets``: how many outlets report each, ``line``'s first)."""
    if same_event(line, other) or same_event(other, line):
        return _fuller(line, other) or ("line" if _cleaner(line, other) else "other")  # the fuller telling stays
    if same_outcome(line, other) or same_outcome(other, line):
        return _fuller(line, other) or _of_actor(line, other) or "other"  # else the line kept first (ranked higher)
    shared = _shared_count(line, other) if count_line(other) else None
    if shared is None and count_line(line):
        found = _shared_count(other, line)
        shared = (found[1], found[0]) if found else None
    if shared is None:
        return ""
    a, b = shared
    if a.same_value(b):
        keep = _fuller(line, other) or ("line" if _cleaner(line, other) else "other")
    elif _counted(a) in _CUMULATIVE | _GROUPS:
        keep = "line" if a.high > b.high else "other"
    elif outlets[0] != outlets[1]:
        keep = "line" if outlets[0] > outlets[1] else "other"
    else:
        return ""  # two figures of a count that need not grow, told as often: a conflict, not a repeat
    kept, left = (line, other) if keep == "line" else (other, line)
    if not count_line(left) or signature(left).participants - signature(kept).said or not signature(
            _uncounted(left)).figures - _reached(left, kept) <= signature(_CODE.sub(" ", kept)).figures:
        return ""  # the line left out tells more than the count: another event, a place or figures of its own
    return keep


def _reached(line: str, kept: str) -> set[str]:
    """The figures of the groups of places ``line`` counts that ``kept`` counts as many or more of ("in 17
    countries" against "in 18 countries"): the places a toll has reached only grow."""
    def groups(text: str) -> list[tuple[str, float, str]]:
        return [(canon(words(q.raw)[-1]), q.high, q.raw) for q in quantities(text) if words(q.raw)
                and canon(words(q.raw)[-1]) in _GROUPS]
    more = groups(kept)
    return {t for noun, n, raw in groups(line) if any(noun == m and n <= k for m, k, _ in more)
            for t in signature(raw).figures}


def _fuller(line: str, other: str) -> str:
    """"line" or "other" when that one has every figure of the other and more, else ""."""
    mine, theirs = signature(line).figures, signature(other).figures
    return "line" if theirs < mine else "other" if mine < theirs else ""


def _cleaner(line: str, other: str) -> bool:
    """True when ``line`` is the better telling of the two: the one naming whom the other names and more ("Lance
    Armstrong apologised ..." over "The disgraced cyclist ..."), else the cleaner complete sentence, else the shorter."""
    mine, theirs = signature(line).participants, signature(other).participants
    if mine > theirs or theirs > mine:
        return mine > theirs
    a, b = cleanliness(line), cleanliness(other)
    return a > b or (a == b and len(line) < len(other))

