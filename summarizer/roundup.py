"""Round-ups without headings: a page whose paragraphs run from one subject to the next with no section heading.

:mod:`summarizer.subject` leaves out another subject's sentences on a *multi-subject* page, which it knows by its
section headings (a report in plain paragraphs names many people on one subject). A weekly sports column or a news
round-up often has no headings: one paragraph on the story's subject, then one on a ball game, one on a motor race.
Such a page is told apart from a report by how its other subjects stand (lexical cohesion, as TextTiling segments
a text): a report names other people here and there, between sentences on its subject, while a round-up gives
each other subject a *run* of its own, two or more sentences in a row (at most one naming nothing between them) that
name it and share a name with each other, with no sentence on the story's subject among them, and keeps its sentences
on the subject together (one paragraph). A page with runs on two or more other subjects (sharing no name), most of
whose sentences name something (an essay's mostly do not) and most of whose named sentences are about something
else, is a round-up: its sentences about other subjects go, and a sentence that names nothing (a pronoun, a role)
follows the one before it, as on a multi-subject page.

A sentence on a round-up's other subject may still share a word with the story's reference by chance (a first name
another member of the story holds, named nowhere else on the page): it belongs to the run it continues when it shares
a name with the sentence before it and none with the article's own lead (its title and first sentences, what the
page says it is about).
"""
from __future__ import annotations

from typing import Mapping, Sequence

from summarizer.entities import names
from summarizer.models import Article, Sentence
from summarizer.sentences import article_sentences, is_heading
from summarizer.subject import (
    MULTI_BLOCKS,
    MULTI_OFF,
    MULTI_SHARE,
    OFF,
    ON,
    RECUR,
    UNMARKED,
    headline_list,
    lead_lines,
    list_off,
    mark,
    name_words,
    page_off,
    reference,
    subject_blocks,
)
from summarizer.vectors import article_vector

RUN = 2  # a round-up's other subject has at least this many sentences in a row naming it
SUBJECTS = 2  # ... and a round-up has runs on at least this many other subjects
GAP = 1  # ... with at most this many sentences naming nothing between two of its sentences
# A round-up's items name what they tell: at least this share of its sentences name something (an essay's don't).
NAMED = 0.5
SPAN = 0.5  # a name the page returns to is named across this share of its sentences (not in one paragraph alone)


def spread_names(sentences: Sequence[Sentence]) -> set[str]:
    """Words of the names the page keeps returning to: a name (by its last word) in ``RECUR`` sentences or more,
    from its first to its last over ``SPAN`` of the page or more (a name one paragraph repeats is that paragraph's
    subject: a round-up's ball game)."""
    where: dict[str, list[int]] = {}
    for i, s in enumerate(sentences):
        for name in names(s.text):
            where.setdefault(name.split()[-1], []).append(i)
    return name_words(n for n, at in where.items()
                       if len(set(at)) >= RECUR and at[-1] - at[0] >= SPAN * len(sentences))


def _runs(body: Sequence[int], marks: Mapping[int, int], named: Mapping[int, set[str]]) -> list[list[int]]:
    """Runs of off sentences in ``body`` (indexes in page order) that tell one other subject: consecutive ``OFF``
    sentences (``GAP`` unmarked ones between them do not break a run) each sharing a name word with the one before
    it."""
    runs: list[list[int]] = []
    run: list[int] = []
    last = 0  # the position in ``body`` of the run's last sentence
    for at, i in enumerate(body):
        if marks[i] == UNMARKED:
            continue
        if marks[i] == OFF and run and named[i] & named[run[-1]] and at - last <= GAP + 1:
            run.append(i)
            last = at
            continue
        if len(run) >= RUN:
            runs.append(run)
        run, last = ([i], at) if marks[i] == OFF else ([], last)
    if len(run) >= RUN:
        runs.append(run)
    return runs


def _chance(i: int, named: Mapping[int, set[str]], ref: frozenset[str]) -> bool:
    """Sentence ``i`` meets ``ref`` only by name words no other sentence of the page names (a chance match)."""
    return bool(named[i] & ref) and not any(named[i] & ref & named[k] for k in named if k != i)


def roundup_marks(sentences: Sequence[Sentence], ref: frozenset[str], lead: frozenset[str]) -> dict[int, int]:
    """Each body sentence's mark against ``ref`` (:func:`summarizer.subject.mark`), with a sentence ``ON`` only by name
    words no other sentence of the page names and the ``lead`` does not hold (a chance match), that shares a name
    with the named sentence before it (which is ``OFF``), marked ``OFF``: it continues that other subject."""
    body = [i for i, s in enumerate(sentences) if not s.is_title and not is_heading(s.text)]
    marks = {i: mark(sentences[i].text, ref) for i in body}
    named = {i: name_words(names(sentences[i].text)) for i in range(len(sentences))}
    before = None
    for i in body:
        if marks[i] == ON and before is not None and marks[before] == OFF and not named[i] & lead \
                and named[i] & named[before] and _chance(i, named, ref):
            marks[i] = OFF
        if marks[i] != UNMARKED:
            before = i
    return marks


def _distinct(runs: list[list[int]], named: Mapping[int, set[str]]) -> int:
    """How many of ``runs`` tell subjects of their own: a run sharing a name word with one counted before is not."""
    seen: set[str] = set()
    count = 0
    for run in runs:
        words = set().union(*(named[i] for i in run))
        if not words & seen:
            count += 1
        seen |= words
    return count


def roundup_off(sentences: Sequence[Sentence], ref: frozenset[str], lead: frozenset[str]) -> frozenset[int]:
    """Indexes of ``sentences`` about other subjects when the page is a round-up without headings (see the module):
    its sentences on the subject in one stretch with no run on another subject among them, runs on ``SUBJECTS``
    other subjects or more outside it (sharing no name), ``NAMED`` of its sentences naming something and at least
    ``MULTI_SHARE`` of those off."""
    marks = roundup_marks(sentences, ref, lead)
    body = list(marks)
    named = {i: name_words(names(sentences[i].text)) for i in body}
    runs = _runs(body, marks, named)
    marked = [i for i in body if marks[i] != UNMARKED]
    away = [i for i in marked if marks[i] == OFF]
    on = [i for i in marked if marks[i] == ON]
    if not on or any(on[0] < run[0] < on[-1] for run in runs):  # the subject's sentences stand together
        return frozenset()
    if len(marked) < NAMED * len(body):
        return frozenset()
    if _distinct(runs, named) < SUBJECTS or len(away) < MULTI_OFF or len(away) < MULTI_SHARE * len(marked):
        return frozenset()
    off: set[int] = set()
    state = ON
    for i in body:
        state = marks[i] if marks[i] != UNMARKED else state
        if state == OFF:
            off.add(i)
    return frozenset(off)


def away_from_subject(article: Article, centroid: Mapping[str, float]) -> frozenset[int]:
    """Indexes of ``article``'s sentences about another subject than its story's: those
    :func:`summarizer.subject.off_subject` finds (its list and page readings, with the list test and the reference
    read here once), and on a page without sections (not a list of headlines) the other subjects of a round-up
    (:func:`roundup_off`)."""
    sentences = article_sentences(article)
    if headline_list(sentences):
        return list_off(article, sentences, centroid)
    lines = lead_lines(article.title, sentences)
    ref = reference(centroid, article_vector(article), lines)
    off = page_off(sentences, ref)
    if len(subject_blocks(sentences)) >= MULTI_BLOCKS:
        return off
    lead = frozenset(name_words(n for line in lines for n in names(line)))
    return off | roundup_off(sentences, ref | spread_names(sentences), lead)
