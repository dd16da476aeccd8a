"""One event told twice in one digest in other words: an event signature per line, compared line to line.

Two outlets tell the day's event in their own words ("Kim apologised to the staff of the charity" and "The
disgraced founder addressed a meeting of the charity's staff and said “I'm sorry”"); their lines share too
few words for :func:`summarizer.standalone.repeats` and the later one has an action the earlier lacks, so
:meth:`summarizer.retell.ToldLines.retells` (the novelty judge against one line) keeps it. A line's *event
signature* is what an event is told by, read shallowly (:mod:`summarizer.told`):

- its *participants*: the words of its names (a person, an organisation, a place);
- its *action*: the term of its main-clause action (stem or news synonym), read only when the line tells it
  as a fact (not a plan, a prospect, backstory or a subordinate clause: :func:`summarizer.told.main_event`);
- its *content*: its other rare content terms (the object, the setting), quotations included;
- its *figure slot*: the figures it carries (clock times aside: when it was told, not what) and their scope.

A later line tells the event of an earlier line of the digest when it adds no figure, they share a
participant, the action of one is in the other's terms, they share a rare content word besides names and
action (the same object or setting: an apology to the staff is not an apology to a talk-show host), both say
it with the same polarity, and the later line brings no name, no quoted word and no scope word ("new", "total",
"another") of its own. Precision first: two events of one actor (another action or another object), two actors
doing one thing, one measure in two places, a day's against a cumulative count and "other documents" stay two lines.

Measured, not yet used by the engine (``benchmarks/digest_repeats.py --events``): dropping the one retelling it finds
in the six labelled episodes (a stale line) let the digest's next line in, a long background one, or, with the
retelling keeping its place in the story's cap, left one short line fewer (the over-140 share ratchet).

A measure, not an engine stage (``benchmarks/digest_repeats.py --events`` counts such pairs): wired into
:meth:`summarizer.retell.ToldLines.retells` it told the six labelled episodes' one such pair once (background +
stale 11.3 % -> 11.0 %), but the share of lines over 140 characters passed its ratchet; it lives here until a
change keeps both.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from summarizer.entities import names
from summarizer.paraphrase import place_term, with_numerals
from summarizer.quotes import quote_spans, unquoted
from summarizer.text import canon, terms, word_weight, words
from summarizer.told import main_event
from summarizer.toldfacts import claim

# A content word this rare or rarer names an object or setting ("staff" 1.42, "bail" 2.4), not a word of
# every line ("people" 1.1, "year" 1.0).
RARE_WEIGHT = 1.4
ACTION_WEIGHT = 1.3  # a main action commoner than this ("said", "made") carries no event of its own
# Speech acts told by their words as often as by their verb: "said “I'm sorry”" is an apology ("sorry" is a
# stop word, so no term of the line has it). Each word maps to the term of its verb.
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
# A trailing attribution ("..., an unnamed source told AP."): who told it, not what is told.
_TOLD_BY = re.compile(r",\s+[^,“”\"]{0,60}\b(?:told|said|says|according to)\b[^,“”\"]*$")
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


@lru_cache(maxsize=4096)
def signature(line: str) -> Signature:
    """The event signature of ``line`` (cached: each line of a digest is compared with every line before it)."""
    text = _TOLD_BY.sub(".", claim(_SOURCE.sub("", line)))
    said = with_numerals(text, terms(text))
    named = frozenset(place_term(canon(w)) for name in names(unquoted(text)) for w in words(name)) - {""}
    action, _ = main_event(text, ACTION_WEIGHT)
    rare = frozenset(place_term(t) for t in said if not t.isdigit() and _rare(t, text)) - named - action
    acts = {_SPEECH_ACTS[w.lower()] for w in words(text) if w.lower() in _SPEECH_ACTS}
    figures = frozenset(_NUMBER.findall(_CLOCK.sub(" ", text))) | {t for t in said if t.isdigit()}
    negated = any(w.lower() in _NEGATION for w in words(unquoted(text)))
    quoted = _quoted_terms(text)
    scope = frozenset(w.lower() for w in words(text) if w.lower() in _SCOPE)
    return Signature(named, action, rare, frozenset(place_term(t) for t in said) | acts | named, figures, negated,
                     scope, quoted)


_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _quoted_terms(text: str) -> frozenset[str]:
    """The terms of the rare words of the quotations of ``text`` (a contraction, "I'm", is no word of its own)."""
    found = (w for a, b in quote_spans(text) for w in _WORD.findall(text[a:b]) if not re.search(r"['’]", w))
    return frozenset(place_term(canon(w)) for w in found if word_weight(w) >= RARE_WEIGHT) - {""}


def _rare(term: str, line: str) -> bool:
    """True when some word of ``line`` with the term ``term`` is rare enough to name an object or setting."""
    return any(canon(w) == term and word_weight(w) >= RARE_WEIGHT for w in words(line))


def same_event(line: str, earlier: str) -> bool:
    """True when ``line`` tells the event ``earlier`` tells and adds no figure (see the module's docstring)."""
    mine, theirs = signature(line), signature(earlier)
    if not mine.action or not theirs.action or mine.negated != theirs.negated:
        return False
    if not mine.figures <= theirs.figures or not mine.participants & theirs.participants:
        return False
    if mine.participants - theirs.said or mine.quoted - theirs.said or mine.scope != theirs.scope:
        return False  # another party or place, a quotation's own words, another scope ("12 new cases", "12 in all")
    if not (mine.action & theirs.said or theirs.action & mine.said):
        return False
    return bool(mine.content & theirs.content)
