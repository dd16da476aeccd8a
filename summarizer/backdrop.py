"""The backdrop model: how likely a candidate line is background or stale, not news.

A day digest shows many lines per story; the minor ones are harmless, but background (history,
profiles, explainers, the state of things) and stale lines (what the channel was already told, in
other words) make the digest read like an old article. :func:`probability` is a logistic model of
"this line is background or stale" over the ranking features of :func:`summarizer.rank.cheap_features`
(novelty, relevance, lead position, the event prior, the time anchoring ...) and the finer cues of
:func:`cues` (which time anchoring cue fired, the tense and aspect of the sentence: a past perfect, a
lasting "has been", a generic present with no past action, a present of state with no event, plan or reporting
verb (:func:`summarizer.narrative.tense`), the tense and aspect of the main clause (:mod:`summarizer.aspect`), a
profile or a recap of the story so far in the writer's voice (:mod:`summarizer.backstory`), a state over a long span
or chronic conditions in a clause of state ("has suffered decades of", "a long history of": :mod:`summarizer.longspan`), a
sentence with no figure, date or name, a recap told against another past moment ("six years after", "Shortly
afterwards", "at the time of his arrest"), the time frame it inherits from the anchored sentences before it
(:mod:`summarizer.timeframe`: a past told with no time of its own after "In 1998 ..."), a known person told by a
description alone (:mod:`summarizer.epithets`: "The 31-year-old is being held at ..."), a past in the writer's voice
a week or weeks back with no day (:func:`summarizer.olddates.weeks_back`: "Last week the mayor resigned"), fitted by
``benchmarks/backdrop.py --lines --with-train2`` on the hand-labelled digest lines of ``benchmarks/lines.py``
leaving one episode out (coefficients in :mod:`summarizer.weights`).

:func:`hide` then holds back, after the lead choice, the new-kind lines whose probability reaches
``BACKDROP_CUT``: each story's first line (never a column's), updates and conflicts show. A hidden line counts as
minor ("N minor items not shown"), as the show gate's do, and is not offered again: held back like the
items a length cap leaves out, the next digest would judge it the same and hide it again (a "+N more"
never kept), or show it as the first line of a story with nothing else new.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from typing import Callable, Mapping, Protocol, Sequence

from summarizer.anchor import anchor
from summarizer.articlekind import other_probability, relays_report
from summarizer.aspect import cues as aspect_cues
from summarizer.backstory import backstory
from summarizer.lexicon import SAID, alternation
from summarizer.logistic import logistic
from summarizer.longspan import cues as span_cues
from summarizer.timeframe import cues as frame_cues
from summarizer.toldday import told_day
from summarizer.english import english
from summarizer.epithets import epithet_subject
from summarizer.event import PAST_ACTION
from summarizer.models import Article, Item, Kind, StoryDigest
from summarizer.narrative import GENERIC, NARRATIVE, depth, tense
from summarizer.novelty import Verdict
from summarizer.occasion import occasion
from summarizer.olddates import old_date, weeks_back
from summarizer.quoteonly import QUOTE_LINES, quote_only
from summarizer.scored import Scored
from summarizer.stance import commentary, opinion_probability
from summarizer.text import canon
from summarizer.weights import BACKDROP_BIAS, BACKDROP_COEF, BACKDROP_CUT, OPINION_CUT, OTHER_CUT, STANCE_CUT

_PAST_PERFECT = re.compile(r"\bhad (?:(?:\w+ly|not|never|already|once|long) )?(?:been )?[a-z]+(?:ed|en|wn)\b|\bhad been\b")
_LASTING = re.compile(r"\b(?:has|have) (?:\w+ly )?been\b")
_PRESENT = re.compile(r"\b(?:is|are|has|have|remains?|includes?|depends?|carries|carry|lives?|means?|requires?)\b")
_EARLIER = re.compile(r"\b(?:previously|earlier|already|again|also|still|last week|the second|second time|repeated(?:ly)?)\b",
                      re.I)
_STATE = re.compile(r"\b(?:(?:is|are) (?:currently |still |now )?(?:being )?[a-z]+ing|currently|continues? to|remains?)\b")
# A recap: a past told against another past moment, not the publication day ("six years after Clarkson's death",
# "Shortly afterwards", "at the time of his arrest", "With that the MP stormed off"). Minutes and hours are not: "landed
# a few hours after the minister was killed" ties the day's event to another of the last days.
_SEQUENCE = re.compile(r"\b(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few|many|some) "
                       r"(?:months?|years?|decades?) (?:after|before|later)|afterwards|at the time of|with that)\b", re.I)
_FIGURE = re.compile(r"\d")
_NAME = re.compile(r"(?<=\s)[A-Z][a-z]+")
_SAID = re.compile(r"\b(?:" + alternation(SAID) + r"|announced|confirmed|according to|reported)\b")
# After a reporting verb a past perfect is what someone says happened ("saying he had seen"): the news itself.
_REPORTING = re.compile(r"\b(?:said|says|saying|told|telling|tells|according to|reported|added|adding|claimed|alleged|"
                        r"confirmed|revealed|found|learned|admitted|denied|believed|thought|feared|warned|insisted|"
                        # any past verb opening a "that" clause: "senators fumed that the administration had abetted"
                        r"[a-z]{3,}ed that)\b", re.I)


GAP = 2.0  # a salience this far below the story's best line makes ``b_gap`` 1


class Ranked(Scored, Protocol):
    """What :func:`mark` and :func:`backdrop` read and write of a scored candidate (``summarizer.engine.Candidate``)."""

    backdrop: float | None  # None: marked, not computed yet
    ranking: Mapping[str, float]  # its ranking features
    gap: float  # how far its score is below its story's best


def cues(text: str, published: datetime | date | None, verdict: Verdict | None = None,
         gap: float = 0.0, position: int = 0, aspect: bool = False, article: Article | None = None) -> dict[str, float]:
    """The tense, aspect and anchoring cues of ``text`` (an article published at ``published``), what of it the
    audience was told (``verdict``), how far its salience is below its story's best (``gap``), the tense of its main
    verb and how deep after the lead its body ``position`` stands (:mod:`summarizer.narrative`), each 0..1.
    The main clause's aspect cues (:mod:`summarizer.aspect`: the model weighs its present of state ``a_state``) and the
    backstory cue (:mod:`summarizer.backstory`) are always computed; ``aspect`` adds the time frame cues
    (:mod:`summarizer.timeframe`) with no ``article`` given, as the fit reads them."""
    when = anchor(text, published)
    verb = tense(text, published)
    past = PAST_ACTION.search(text) is not None
    perfect = _PAST_PERFECT.search(text)
    v = verdict or Verdict(True)
    names = {canon(m.group().lower()) for m in _NAME.finditer(text)}
    return {
        "b_sequence": float(past and not when.recent and _SEQUENCE.search(text) is not None),
        "b_containment": v.containment,
        "b_coverage": v.coverage,
        "b_new_facts": min(1.0, v.new_facts / 2),
        "b_told_names": sum(n in v.known_terms for n in names) / len(names) if names else 0.0,
        "b_gap": min(1.0, max(0.0, gap) / GAP),
        "b_past_year": float(when.past_year),
        "b_history": float(when.history and not when.passing),
        "b_explainer": float(when.explainer),
        "b_trait": float(when.trait),
        "b_stale_date": float(when.stale),
        "t_old_date": float(old_date(text, published)),  # summarizer.olddates: the latest time told weeks back
        "t_told_day": float(told_day(text, published, verdict)),  # summarizer.toldday: a day the audience read past
        "t_weeks_back": float(weeks_back(text, published)),  # summarizer.olddates: "last week", "two weeks ago"
        "b_undated": float(when.days_before is None),
        "b_days_ago": float(when.days_before is not None and when.days_before >= 2),
        "b_state": float(_STATE.search(text) is not None),
        "b_past_perfect": float(perfect is not None and _REPORTING.search(text, 0, perfect.start()) is None),
        "b_lasting": float(_LASTING.search(text) is not None),
        "b_generic": float(not past and _PRESENT.search(text) is not None),
        "b_earlier": float(_EARLIER.search(text) is not None),
        "b_bare": float(_FIGURE.search(text) is None and _NAME.search(text) is None),
        "b_said": float(_SAID.search(text) is not None),
        "b_narrative": float(verb == NARRATIVE),
        "b_generic_state": float(verb == GENERIC),
        "b_depth": depth(position),
        **aspect_cues(text, published),  # summarizer.aspect: the model weighs a_state, the fit reads the others
        "p_backstory": float(backstory(text, published)),  # summarizer.backstory
        "e_epithet": float(epithet_subject(text, published)),  # summarizer.epithets: "The 31-year-old is held at ..."
        "f_occasion": float(occasion(text, published)),  # summarizer.occasion: "Earlier this month, ...", "Until now, ..."
        **span_cues(text, published),  # summarizer.longspan: a state over a long span, a hedged perfect of a state
        **(frame_cues(article, position, text) if aspect or article is not None else {}),
    }


def probability(feats: Mapping[str, float], coef: Mapping[str, float] = BACKDROP_COEF,
                bias: float = BACKDROP_BIAS) -> float:
    """0..1: the fitted probability that a line with these features (ranking features and :func:`cues`) is
    background or stale."""
    return logistic(feats, coef, bias)


def mark(cands: Sequence[Ranked], feats: Sequence[Mapping[str, float]], other_cut: float = OTHER_CUT) -> None:
    """Give one story's scored candidates what their :func:`backdrop` reads: their ranking features ``feats`` and
    how far below the story's best they score (the probability is computed when read: only shown lines need it).
    A line of an article that reads as a review, column or feature (its
    :func:`summarizer.articlekind.other_probability` reaching ``other_cut``) is marked 1 at once, its opening too
    (most often a scene or a joke: nor does it lead its story, :func:`hide`), but for a lede sentence that relays a
    report (:func:`summarizer.articlekind.relays_report`), read like any other line."""
    best = max((c.score for c in cands), default=0.0)
    other: dict[int, float] = {}  # per article (by identity), computed once for all its lines
    for c, f in zip(cands, feats):
        c.ranking, c.gap = f, best - c.score
        if not english(c.text):
            c.backdrop = None
            continue
        if id(c.article) not in other:
            other[id(c.article)] = other_probability(c.article)
        held = other[id(c.article)] >= other_cut and not relays_report(c.text, c.position)
        c.backdrop = 1.0 if held else None


def backdrop(c: Ranked, stance_cut: float = STANCE_CUT) -> float:
    """:func:`probability` of a :func:`mark`-ed candidate's ranking features and :func:`cues` (computed once, when
    first read); 0 for a line not in English (the cues read English), 1 for a line whose
    :func:`summarizer.stance.commentary`, its article's genre evidence counted, reaches ``stance_cut`` (opinion,
    analysis or scene-setting, no event)."""
    if c.backdrop is None:
        if not english(c.text):
            c.backdrop = 0.0
        elif commentary(c.text, other_probability(c.article)) >= stance_cut:  # summarizer.stance
            c.backdrop = 1.0
        else:
            c.backdrop = probability({**c.ranking, **cues(c.text, c.article.published, c.verdict, c.gap, c.position,
                                                               article=c.article)})
    return c.backdrop


def column_line(c: Scored, other_cut: float = OTHER_CUT) -> bool:
    """Whether a candidate line is a column's, review's or feature's own: its article reads as no report
    (:func:`summarizer.articlekind.other_probability` reaching ``other_cut``) and it does not relay a report from the
    lede (:func:`summarizer.articlekind.relays_report`); English only (the cues read English)."""
    return english(c.text) and other_probability(c.article) >= other_cut and not relays_report(c.text, c.position)


def opinion(c: Scored, cut: float = OPINION_CUT) -> bool:
    """Whether a candidate line reads as the writer's opinion, analysis or scene rather than a report: its
    :func:`summarizer.stance.opinion_probability`, its article's genre evidence counted, reaches ``cut``; English
    only (the cues read English)."""
    return english(c.text) and opinion_probability(c.text, other_probability(c.article)) >= cut


def hide(stories: Sequence[StoryDigest], backdrop: Callable[[Item], float], cut: float = BACKDROP_CUT,
         quotes: int = QUOTE_LINES, column: Callable[[Item], bool] | None = None,
         opinion: Callable[[Item], bool] | None = None) -> None:
    """Make minor (in place, counted in ``minor``) the new-kind items whose ``backdrop`` probability reaches ``cut``
    (1: none), and those that are only a quotation after the story's first ``quotes`` such lines
    (:mod:`summarizer.quoteonly`), each story's first line apart. With ``column`` (:func:`column_line` of an item), a
    column's line never leads its story: its first new line not a column's leads instead, the first that ``backdrop``
    does not hold back if any, and a story told that day only by columns shows none of their lines. With ``opinion``
    (:func:`opinion` of an item), a line that comments rather than reports leads its story only when no new line
    that reports (and that ``backdrop`` does not hold back) is there to lead it; put aside, it still shows (the rule hides
    no line that would lead without it), in the place of the line that leads instead (:func:`demote`). Not pending: offered again, the same line would be hidden again, or lead its story."""
    for story in stories:
        new = [item for item in story.items if item.kind is Kind.NEW]
        first = new[0] if new else None
        if column is not None and first is not None and column(first):
            fit = [item for item in new if not column(item)]
            first = next((item for item in fit if cut >= 1.0 or backdrop(item) < cut), fit[0] if fit else None)
        aside = None  # a commenting first line a report leads instead of: shown as before, after the reports
        if opinion is not None and first is not None and opinion(first):
            report = next((item for item in new if item is not first and not opinion(item)
                           and (column is None or not column(item)) and (cut >= 1.0 or backdrop(item) < cut)), None)
            if report is not None:
                aside, first = first, report
        told = 0  # quotation-only lines shown so far in this story
        kept = []
        for item in story.items:
            if item.kind is Kind.NEW and item is not first and item is not aside and (
                    (cut < 1.0 and backdrop(item) >= cut) or (column is not None and column(item))):
                continue
            if item.kind is Kind.NEW and quote_only(item.sentence or item.text):
                told += 1
                if told > quotes and item is not first and item is not aside:
                    continue
            kept.append(item)
        story.minor += len(story.items) - len(kept)
        story.items = kept if aside is None or first is None else demote(kept, first, aside)


def demote(items: Sequence[Item], lead: Item, aside: Item) -> list[Item]:
    """``items`` with ``lead`` (a line that reports) and ``aside`` (the commenting line that was first) trading
    places: the report leads, the comment shows where the report stood (demoted, never dropped; the other lines keep
    their places, so what a reader sees in a digest's first words changes no more than the lead)."""
    out = list(items)
    at, to = out.index(aside), out.index(lead)
    out[at], out[to] = lead, aside
    return out
