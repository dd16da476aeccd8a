"""The shortest faithful telling of one fact several sentences of a digest tell: a headline, not a feature's opening.

Within one digest a sentence that retells a candidate is merged into it (:meth:`summarizer.engine.Engine.candidates`):
the cleanest complete telling is ranked and the others are its *twins*, cited but not shown. Ranking reads the chosen
telling; the line shown may be a twin's instead, when the twin's line is clearly shorter and tells as well what the
line tells (:func:`tells_as_well`): every figure, the line's event, no party, quotation or other fact of its own, a
clause that stands alone, not a reaction or a state in an event's place, and a claim still told as someone's (a line
with no main action, a saying such as "Kim said he had “full confidence” in ...", by a twin keeping nearly all its rare
words). Only new-kind lines: an updated or conflicting figure is shown by the telling that was compared. The length
term acts only among tellings of one fact (a flat "shorter lines" penalty in ranking cost news_dev update recall).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Sequence

from summarizer.aspect import MODAL, PERFECT, STATE, aspect
from summarizer.chunks import SAY_VERBS, is_verb
from summarizer.candidate import Candidate, Twin
from summarizer.models import Article, Item, Kind
from summarizer.lexicon import CLAUSE_SUBORDINATORS
from summarizer.novelty import Verdict
from summarizer.reaction import reaction
from summarizer.referents import needs_context
from summarizer.sameevent import signature
from summarizer.standalone import cleaner, has_clause
from summarizer.quotes import unquoted
from summarizer.text import canon, words
from summarizer.unnamed import unnamed_subject

# 5 December (helper comp33): twins are rare (5-15 % of the lines over 100 characters have one on the replays below, and
# most twins are neighbouring facts, not the same one): these guards let 5 lines change over nine day replays (entities
# 2009/2010/2013/2016, news_dev haiti/h1n1/mj/iraq/finan), none on the twelve labelled episodes (nor with looser
# thresholds: 5 characters, lines over 60), so the thresholds below could not be fitted on them; median line length
# unchanged (haiti 103 -> 102). news_dev: update 1.236x -> 1.232x LexRank-5 (haiti 0.0896 -> 0.0870), background
# 0.7955x -> 0.764x (haiti 0.0597 -> 0.0466): a lead's setting ("south of the Haitian capital ...") is background.
SHORTER_BY = 20  # a twin's line must be at least this many characters shorter than the line it replaces
SAID_SHARE = 0.75  # at least this share of a twin's terms are the line's
LONG_LINE = 100  # only a line longer than this (a headline's length) is told by a shorter twin


def add_twin(first: Candidate, text: str, article: Article, position: int, verdict: Verdict, away: bool) -> None:
    """Merge the telling ``text`` (of ``article`` at ``position``) into the candidate ``first`` of its story: it takes
    the candidate's place when it is clearly the cleaner telling (:func:`summarizer.standalone.cleaner`), its outlet
    cited first; the telling not ranked is kept among its twins for :func:`shortest`."""
    told = first.twins
    if cleaner(text, first.text):
        told.append(Twin(first.text, first.article, first.position, first.verdict, first.away))
        first.text, first.article, first.position, first.verdict, first.away = text, article, position, verdict, away
        first.sources.sort(key=lambda ref: ref.article_id != article.id)  # its outlet first
    else:
        told.append(Twin(text, article, position, verdict, away))


def tells_as_well(short: str, line: str) -> bool:
    """True when the line ``short`` tells what ``line`` tells, no figure and no name less, and stands as well alone."""
    if not has_clause(short) or unnamed_subject(short) or (needs_context(short) and not needs_context(line)):
        return False
    if reaction(short) and not reaction(line):
        return False  # a reaction to an event does not take the event's place
    if aspect(short) in (STATE, MODAL) and aspect(line) == PERFECT:
        return False  # nor a state or a hedge the present perfect of news
    if _attributed(line) and not _attributed(short):
        return False  # a claim told as someone's stays someone's ("X reports that ...")
    mine, theirs = signature(short), signature(line)
    if not theirs.figures <= mine.figures or mine.participants - theirs.said or mine.quoted - theirs.said:
        return False  # a figure left out, or another party or a quotation's own words told
    if len(mine.said - theirs.said) > (1 - SAID_SHARE) * len(mine.said):
        return False  # it says something the line does not
    if _named_party_lost(short, line):
        return False  # a party the line names is left out ("..., to be replaced by its finance chief, Al Poe")
    if _figure_noun_lost(short, line):
        return False  # "a 50% limit" is not "a 50% limit on the haematocrit"
    if theirs.action or mine.action:
        return theirs.action <= mine.said if theirs.action else bool(mine.action & theirs.said)  # the line's event
    kept = theirs.content & mine.said  # a saying's event is what it says: nearly all of its rare words
    return bool(theirs.content) and len(kept) >= SAID_SHARE * len(theirs.content)


def _attributed(line: str) -> bool:
    """True when ``line`` tells, outside its quotations, who says or reports what it tells."""
    said = [w.lower() for w in words(unquoted(line))]
    return any(w in SAY_VERBS or w in _REPORTING for w in said) or "according to" in line.lower()


def _named_party_lost(short: str, line: str) -> bool:
    """True when ``line`` names, past its first word and not in a place's phrase ("north of the town of X", "across
    the X country"), someone or something ``short`` does not name: a party of the line's news is lost."""
    kept = {w.lower() for w in _TOKEN.findall(short)}
    tokens = _TOKEN.findall(line)
    for i, token in enumerate(tokens[1:], 1):
        if token[:1].isupper() and token.lower() not in kept and not _PLACE_WORDS & {
                w.lower() for w in tokens[max(0, i - PLACE_SPAN):i]}:
            return True
    return False


def _figure_noun_lost(short: str, line: str) -> bool:
    """True when a content word of a figure's noun phrase in ``line`` is not in ``short``: the figure lost what it
    counts ("a 50% limit" for "a 50% limit on the haematocrit"). The phrase is the words after the figure up to a
    verb, a clause word or a preposition, with one complement of "of", "on" or "for" (:func:`figure_phrase`)."""
    kept = {canon(w) for w in words(short)}
    return any((c := canon(w)) and c not in kept for m in _FIGURE_PHRASE.finditer(unquoted(line))
               for w in figure_phrase(words(m.group("phrase"))))


def figure_phrase(after: Sequence[str]) -> list[str]:
    """The words of a figure's noun phrase among the words ``after`` it: "limit on the haematocrit" of "limit on the
    haematocrit of riders in the race" (at most :data:`FIGURE_SPAN` words; "that struck ..." and "in the city" end it)."""
    phrase: list[str] = []
    complement = False
    for w in after[:FIGURE_SPAN]:
        low = w.lower()
        if low in _PHRASE_ENDS or is_verb(low) or low in _PREPOSITIONS and (complement or not phrase
                                                                            or low not in _COMPLEMENTS):
            break
        complement = complement or low in _COMPLEMENTS
        phrase.append(w)
    return phrase


FIGURE_SPAN = 5  # words after a figure read as its phrase
_FIGURE_PHRASE = re.compile(r"\d(?:[\d,.]*\d)?\S*(?P<phrase>[^,;:.!?()“”\"]*)")
_PHRASE_ENDS = CLAUSE_SUBORDINATORS | frozenset("that which who whom whose and or but nor than to".split())
_COMPLEMENTS = frozenset("of on for".split())  # "a limit on X", "a loss of X", "a bid for X": what the figure counts
_PREPOSITIONS = _COMPLEMENTS | frozenset("in at by from with into during over under across near since".split())
_TOKEN = re.compile(r"\w[\w'’.-]*\w|\w")
PLACE_SPAN = 5  # a name this many words after a place's preposition is read as a place, which a headline may leave out
_PLACE_WORDS = frozenset("in at near off outside of from across north south east west on into".split())
_REPORTING = frozenset("say tell report reporting reportedly alleges alleged alleging quoted quoting".split())


def shortest(cand: Candidate, item: Item, make: Callable[[Candidate], Item]) -> Item:
    """``item`` (the line of ``cand``), or the line of the shortest of its twins that tells it as well and is at
    least :data:`SHORTER_BY` characters shorter (``make``: a candidate's line); the twin's outlet is cited first."""
    if item.kind is not Kind.NEW or len(item.text) <= LONG_LINE:
        return item
    best = item
    for twin in sorted(cand.twins, key=lambda t: len(t.text)):
        if twin.verdict.kind is not Kind.NEW or twin.away or len(twin.text) > len(cand.text) + 2 * SHORTER_BY:
            continue
        other = make(replace(cand, text=twin.text, article=twin.article, position=twin.position,
                             verdict=twin.verdict, twins=[]))
        if len(other.text) <= len(best.text) - SHORTER_BY and tells_as_well(other.text, item.text):
            best = other
    if best is not item:
        aid = best.key.rsplit(":", 1)[0]
        best.sources.sort(key=lambda ref: ref.article_id != aid)
    return best
