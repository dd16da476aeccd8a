"""Opening phrases a headline leaves out that :func:`summarizer.trimmers.opening_edits` leaves whole.

``opening_edits`` deletes an opening phrase when a subject of a few words and its finite verb follow the comma. Two
shapes of sentence keep their opening there, and this module proposes its deletion:

- the subject after the comma holds an appositive or is a list ("While the plan was praised, a former aide, Jo Roe,
  looks set to win", "Following the delay, which angered fans, the riders, their teams and the organisers agreed");
- the opening is bound to a span of time or is a concession with "whatever" ("A day after the vote, the council
  met", "Whatever the result, the board intends to sell"), not a preposition or a subordinator.

A condition ("If ...", "Unless ...") never goes: the main clause holds only under it. An opening that says who says
it, asks the question, tells under what a figure holds or carries a claim ("In a sign that ...") stays, as in
``opening_edits``. Each deletion is a candidate only: :func:`summarizer.compress.trim` weighs it with the others and
refuses it when it takes a fact, leaves a pronoun with no one to point to or leaves no main clause.
"""
from __future__ import annotations

import re
from typing import Iterator

from summarizer.chunks import RELATIVE, SUBORDINATE, has_verb, is_verb
from summarizer.cutguards import list_opening
from summarizer.lexicon import CLAUSE_SUBORDINATORS, DETERMINERS, FINITE_AUX
from summarizer.mainclause import SUBJECT_PRONOUNS, main_verbs
from summarizer.quotes import quote_spans
from summarizer.segments import Edit
from summarizer.spans import inside
from summarizer.trimmers import CLAIM, CONDITION, NOT_SUBJECT, OPENING_WORDS, QUESTIONED, SAYS, WEIGHTY

# An opening bound to a span of time: "A day after ...", "Two weeks before ...", "Just hours after ...".
_SPAN = re.compile(r"(?:(?:just|only|barely|some|about|nearly|almost|less than|more than)\s)?(?:a|an|one|two|three|four|"
                   r"five|six|seven|eight|nine|ten|a few|several|\d+)\s(?:days?|weeks?|months?|years?|hours?|minutes?)\s"
                   r"(?:after|before|since)\s", re.I)
# A concession whose main clause holds whatever it names: "Whatever the result, ...", "No matter who wins, ...".
_WHATEVER = re.compile(r"(?:whatever|whichever|whoever|no matter|regardless of)\s", re.I)
_CONDITIONS = frozenset("if unless once".split())  # the main clause holds only under them
# Words a subject may open on besides a name, a figure or a determiner: "another former member", "some riders".
_SUBJECT_OPENERS = DETERMINERS | frozenset("another other some many most several both all each every one two three four "
                                            "five six seven eight nine ten few".split())
_PREPOSITIONS = frozenset("in on at of by for from with to into during over under after before".split())
_QUANTITY = re.compile(r"at\s(?:least|most)\s", re.I)  # "At least one reader, ...": the subject, not an opening
_COMMA = re.compile(r",\s+")
_PRONOUN = re.compile(r"\b(?:he|she|they|we|I)\b")
_EXPLETIVE = re.compile(r",\s+(?:there|it)\s+(?:is|was|are|were|has|had|will|would)\b")
_MAX_SUBJECT_WORDS = 14  # a subject with its aside or list: longer is a clause going on, not a subject


def subject_like(piece: str) -> bool:
    """True when ``piece`` (the words between a comma and the main clause's verb) reads as a subject that holds an
    appositive or a list: verbless pieces between commas, opening on a name, a figure or a determiner."""
    tokens = piece.split()
    if not tokens or len(tokens) > _MAX_SUBJECT_WORDS or re.search(r"[“”\"();:]", piece):
        return False
    first = tokens[0].lower()
    if first in NOT_SUBJECT or is_verb(first) or not (tokens[0][:1].isupper() or tokens[0][:1].isdigit()
                                                      or first in _SUBJECT_OPENERS):
        return False
    parts = [p for p in (p.strip() for p in piece.split(",")) if p]
    if not 0 < len(parts) <= 4 or any(has_verb(p) for p in parts):
        return False
    heads = [p.split()[0].lower() for p in parts]
    if any(h in NOT_SUBJECT or h in SUBORDINATE or h in _PREPOSITIONS or h in SUBJECT_PRONOUNS for h in heads):
        return False  # "the envoy, that fraud ...", "the summit, at a news conference", "the institute, he": no aside
    # A list ends on the part before the verb: "processors, RAM and storage, laptops have" ends the opening's list.
    if any(re.search(r"\s(?:and|or)\s", p) for p in parts[:-1]):
        return False
    if len(parts) == 1:
        return not piece.rstrip().endswith(",")  # a plain subject, not "Kim Lee, said": an aside of the opening's noun
    if re.search(r"\s(?:and|or)\s", parts[-1]) and len(parts) > 1:
        return not piece.rstrip().endswith(",")  # "the museum, the library and the gallery have"
    # An appositive subject is a common noun, then its name: "a former aide, Jo Roe, looks". A name first ("Serra,
    # Rousseff has"), a lone piece before its comma ("Kim Lee, said") or three pieces name the opening's last noun.
    return len(parts) == 2 and piece.rstrip().endswith(",") and first in _SUBJECT_OPENERS and parts[1][:1].isupper()


def claim(opening: str) -> bool:
    """True when ``opening`` carries a claim of its own: a "that" opening a clause with a subject ("In a sign that the
    party is weak"), not a relative "that" whose verb follows it ("After the delay that angered fans")."""
    for m in CLAIM.finditer(opening):
        nxt = opening[m.end():].split(" ", 1)[0].lower().strip(",")
        if not is_verb(nxt):
            return True
    return False


def main_clause_before(opening: str) -> bool:
    """True when ``opening`` holds a subject pronoun past its first word, outside quotations, or "there is" after a
    comma: a clause of its own after the phrase ("After some persuasion she agreed ..."), where an opening
    subordinate clause has its subject right after the subordinator ("As she left, ...")."""
    quotes = quote_spans(opening)
    if _EXPLETIVE.search(opening):
        return True  # "As Kim said, there is great interest in X, the team set up ...": a clause after the comma
    return any(not inside(m.start(), quotes) for m in _PRONOUN.finditer(opening, opening.find(" ", opening.find(" ") + 1) + 1))


def finite_in(opening: str) -> bool:
    """True when ``opening`` holds a finite auxiliary outside a relative clause and not after "to" ("For months now
    Kim has held talks with ..."): a phrase holds none ("In an interview to be aired on Sunday", "In a town where
    politics is ...")."""
    prev = ""
    for w in (w.strip(",.“”\"'()").lower() for w in opening.split()):
        if w in RELATIVE or w in ("that", "when"):
            return False
        if w in FINITE_AUX and prev != "to":
            return True
        prev = w
    return False


def lead_edits(text: str) -> Iterator[Edit]:
    """The deletion of ``text``'s opening phrase up to the comma after which its main clause's subject opens, for the
    two shapes the module docstring names."""
    first = text.split(" ", 1)[0].lower().strip(",")
    spanned = bool(_SPAN.match(text) or _WHATEVER.match(text))
    if not spanned and (first not in OPENING_WORDS or first in _CONDITIONS or first in QUESTIONED or _QUANTITY.match(text)):
        return
    verbs = main_verbs(text)
    if not verbs:
        return
    quotes, skipped = quote_spans(text), False
    for m in _COMMA.finditer(text, 0, max(0, len(text) - 30)):
        if inside(m.start(), quotes):
            continue
        if not skipped and list_opening(text, m.end()):
            return  # "While ferries, buses and trains are running again, ...": a list's subject, kept whole as in trim
        if any(p.search(text, 0, m.start()) for p in (SAYS, CONDITION)) or claim(text[:m.start()]):
            return  # the opening says who says it, under what a figure holds, or a claim of its own
        verb = next((v for v in verbs if v > m.end()), None)
        if verb is None:
            return
        piece = text[m.end():verb]
        if not subject_like(piece):
            if text[m.end():].split(" ", 1)[0] in DETERMINERS:
                return  # "In recent years, the stock of X, the closest thing to Y, has risen": the subject with its aside
            skipped = True
            continue  # an aside of the opening phrase ("..., which angered fans, ..."): the phrase goes on
        if "," not in piece and not spanned and not skipped:
            return  # a plain subject right after the opening: opening_edits' own case
        if main_clause_before(text[:m.start()]) or not spanned and first not in CLAUSE_SUBORDINATORS and finite_in(
                text[:m.start()]):
            return  # "After some persuasion she agreed to go, watching ..., a mansion perched ...": the main clause went
        yield Edit(0, m.end(), "", 0.45 if first in WEIGHTY else 0.3, "opening")
        return
