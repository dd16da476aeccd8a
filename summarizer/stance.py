"""Sentence stance: does a line report an event, or comment, analyse or set a scene?

A report's news sentence has the shape of an event: an actor (a name, an organisation), an action in a
reporting tense (a past or present-perfect verb, or "says") and an anchor (a figure, a place or a day).
Columns, analysis paragraphs and features carry the other shape: a generic subject and no named entity
("Societies can easily talk themselves into conflict"), modal, evaluative or habitual language, the
writer's first person plural or second person, rhetorical framing ("three conclusions follow", "this
article proposes"), abstract nouns, or a scene told in the present progressive ("A porter is hanging a
flag from the balcony"). :func:`commentary` weighs those cues (outside quotation marks: a quoted speaker is
reported) against the event prior: 0 for an event report, up to 1 for a line with several opinion cues and
no event. Shallow cues only (no word lists aimed at any corpus), so it reads any English news text. A sentence
alone often cannot tell: a column's plain statement ("The old alliance has better friends in the south") carries
no cue. So the article's genre evidence (its probability of being a column, review or feature rather than a
report, :func:`summarizer.articlekind.other_probability`: its share of opinion sentences, the writer's own voice,
a question title ...) adds to the cues of the writer's own statements (neither attributed nor telling an action:
a told action is an event's shape in any genre). The weights and the cut that holds such lines back
(:mod:`summarizer.backdrop`) are fitted by ``benchmarks/stance.py``. :func:`opinion_probability` weighs the genre
evidence, these cues, the event prior and a plan told in a logistic model (fitted by ``benchmarks/reportage.py`` on
story leads read by a person): a story's first line at ``OPINION_CUT`` gives way to a line that reports.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Mapping

from summarizer import gluewords as W
from summarizer.captions import is_photo_caption
from summarizer.event import ATTRIBUTION, PAST_ACTION, event_cues
from summarizer.foldcase import Cue, ascii_lower
from summarizer.genre import unquoted
from summarizer.lexicon import WEEKDAY_NAMES
from summarizer.logistic import logistic
from summarizer.weights import OPINION_BIAS, OPINION_COEF, STANCE_GENRE, STANCE_MODAL

# A named entity after the first word (a capitalised word, an acronym) or a figure: the line is about someone.
_NAMED = re.compile(r"(?<=\s)(?:[A-Z][a-z'’]+|[A-Z]{2,6})\b|\d")
_TIME = Cue(re.compile(r"\b(?:yesterday|today|tonight|(?:last|this) (?:week|month|year|night)|on (?:" + WEEKDAY_NAMES.lower() + r")|"
                       + WEEKDAY_NAMES.lower() + r")\b", re.I))
_REPORTING_PRESENT = re.compile(r"\b(?:says|tells|announces|reports|confirms|denies|warns|claims|reveals|shows)\b"
                                # the plural's ("Doctors say ...", "officials warn"), not the writer's ("I say", "we say")
                                r"|(?<!\bI )(?<!\b[Ww]e )(?<!\b[Yy]ou )(?<!\bto )\b(?:say|announce|confirm|deny|warn|claim|insist)\b"
                                r"(?! to\b)")
# A verb of motion in the simple past that PAST_ACTION's endings do not read ("the stage honours went to a Kazakh").
_MOTION = re.compile(r"\bwent\b")
# What a document, a poll or a study shows is reported too.
_SHOWS = re.compile(r"\b(?:reveal(?:s|ed)|show(?:s|ed)|suggest(?:s|ed)|indicat(?:es|ed)|found|finds|heard|learned|learnt|"
                    r"(?:was|were) told)\b")  # "..., the court has heard": what was said there
# A perfect of any verb ("has begun", "have sent"): an action, whatever its form.
_PERFECT = re.compile(r"\b(?:has|have|had) (?:not |\w+ly )?(?!been\b|to\b|the\b|some\b|many\b|this\b|that\b|its\b|his\b|"
                      r"her\b|their\b|our\b|any\b|every\b|much\b|more\b|long\b)[a-z]{3,}\b")
# An argument's steps ("Third, we need ...") open a sentence as a function word would: no name.
_STEPS = frozenset({"first", "firstly", "second", "secondly", "third", "thirdly", "fourth", "finally", "lastly"})
_FUNCTION = W.FUNCTION | W.INTRO | W.STARTERS | W.PRONOUN_WORDS | W.SUBORDINATORS | W.DETERMINERS | _STEPS
# Modal, hedged, habitual or evaluative language: how things may, should or tend to be.
_MODAL = Cue(re.compile(r"\b(?:should|ought|must|might|would|could|can|cannot|can't|tends? to|often|rarely|"
                        r"seldom|always|perhaps|probably|possibly|arguably|surely|likely|unlikely|seems?|appears? to)\b(?!-)",
                        re.I))
_EVALUATIVE = Cue(re.compile(r"\b(?:I think|I believe|in my view|it is clear|the truth is|(?:the|a) (?:real |key |big |central |"
                             r"main )?(?:question|problem|point|lesson|irony|answer|paradox|danger|challenge) (?:is|was|here)|"
                             r"remarkabl[ey]|extraordinar(?:y|ily)|shocking|disgraceful|terrible|wonderful|brilliant|"
                             r"absurd|ridiculous|sadly|unfortunately|clearly|obviously|of course|indeed|"
                             r"deeply|profound|troubl(?:ed|ing)|ruthless(?:ly)?|dangerous|frankly|honestly|"
                             r"admittedly|ironically|inevitably|needless to say|to be sure|no doubt|"
                             r"rest assured|the fact (?:of the matter )?is|after all|(?:is|are|was|were) (?:not )?(?:simply|"
                             r"merely|hardly|truly|nothing|everything)|as \w+ as any|"
                             # a verdict on someone ("is to be applauded", "deserves credit") or a sweep over all
                             r"(?:is|are|was|were) to be (?:applauded|praised|commended|congratulated|admired|welcomed|"
                             r"blamed|pitied|condemned)|deserves? (?:credit|praise|better|blame)|"
                             r"(?:nearly|almost|virtually) (?:everything|everyone|everybody|nothing|nobody))\b", re.I))
# An opening comparison ("Like the rally before it, ...", "As with any scandal, ..."): the writer's simile or frame.
_LIKENESS = re.compile(r"(?:Like|Unlike|Much like|Just as|As with)\b[^,;:]{3,80},")
_MAY = re.compile(r"\bmay\b(?!-)")  # lowercase: "May 5" is a date
# A plan or a forecast told of an actor ("is to fly", "is about to", "will leave"): a report of what comes next.
_PLAN = re.compile(r"\b(?:is|are) (?:to|about to|likely to|expected to|due to|set to)\b|\bwill\b"
                   # an intention under way ("is considering a bid", "was on his way to Washington")
                   r"|\b(?:is|are|was|were) (?:now )?(?:considering|planning|preparing|weighing|poised)\b"
                   r"|\bon (?:his|her|its|their) way to\b")

# The writer addressing the reader or speaking for "us".
_WE = re.compile(r"\b(?:[Ww]e|[Ww]e're|[Ww]e've|[Oo]ur|[Oo]urselves|us|[Yy]ou|[Yy]our|[Ll]et's|[Ll]et us)\b")
# Rhetorical framing: the text talking about itself or its argument, or the reader told to consider something.
_FRAMING = Cue(re.compile(r"\b(?:this (?:article|essay|column|piece|book|paper|chapter|analysis)|(?:conclusions?|"
                          r"lessons?|questions?|points?) (?:follows?|emerges?|arises?)|in other words|that is to say|"
                          r"it is (?:worth|time|hard|easy|important|true|not|no|difficult|tempting)|there is (?:no|little) "
                          r"(?:doubt|reason|need|sense|point)|what (?:matters|is needed|is at stake)|^(?:consider|imagine|"
                          r"remember|note|think of|take)\b)", re.I))
# Abstract nouns (states, qualities, doctrines): the vocabulary of analysis rather than of events.
_ABSTRACT = re.compile(r"\b[a-z]{3,}(?:ism|isms|ity|ities|ness|ship|ence|ance|ology)\b")
# A scene in the present progressive, not attributed: "A workman is pinning ...", "Children are playing ...".
_SCENE = re.compile(r"\b(?:is|are) (?:\w+ly )?(?!being\b|going to\b)[a-z]{2,}ing\b")
_WORD = re.compile(r"[A-Za-z'’]+")
_FUTURE_STATE = re.compile(r"\bwill (?:\w+ly )?be (?:a|an|the|at|more|less|no)\b")
_HYPOTHESIS = re.compile(r"(?:If|Unless|Whether|Were|Had)\b")


_QUALIFIERS = W.DETERMINERS | frozenset("very more most less least so too well".split())


def _acts(text: str) -> bool:
    """A past or perfect action verb, or "says": a form after a determiner or a qualifier ("a troubled world",
    "an increasingly anguished debate") is an adjective, not an action."""
    if _REPORTING_PRESENT.search(text) or _PERFECT.search(text) or _MOTION.search(text):
        return True
    for m in PAST_ACTION.finditer(text):
        before = [w.lower() for w in text[:m.start()].split()[-2:]]
        if before and before[-1].endswith("ly"):  # "an increasingly anguished", not "he quickly agreed"
            before = before[:-1]
        if not before or before[-1] not in _QUALIFIERS:
            return True
    return False


def _generic(text: str) -> bool:
    """No named entity or figure: no capitalised word or acronym after the first word, no digit, and a first word
    that is a function word, a determiner or a pronoun (a sentence-initial name counts as one)."""
    words = _WORD.findall(text)
    if not words:
        return True
    if words[0][:1].isupper() and words[0].lower() not in _FUNCTION:
        return False
    return _NAMED.search(" " + text[len(words[0]):]) is None


@lru_cache(maxsize=20_000)
def event_prior(text: str) -> float:
    """0..1: actor + action in a reporting tense + anchor (figure, place or day), the shape of an event report."""
    if not _acts(text):
        return 0.0
    cues = event_cues(text)
    named = not _generic(text)
    anchor = cues.figure or cues.place or _TIME.found(text, ascii_lower(text))
    return 0.4 * named + 0.2 + 0.4 * anchor


@lru_cache(maxsize=20_000)
def commentary(text: str, genre: float = 0.0, genre_weight: float = STANCE_GENRE,
               modal_weight: float = STANCE_MODAL) -> float:
    """0..1: how much ``text`` reads as opinion, analysis or scene-setting rather than an event report.

    The opinion cues (each adds its weight, read outside quotation marks; a modal ``modal_weight``) and, for a
    statement neither attributed nor telling an action, the article's genre evidence ``genre`` (0..1, its
    probability of not being a report) at ``genre_weight``, damped by
    the event prior (a report's line with a modal or an evaluative word keeps a low score); a photo caption is 1."""
    body = text.strip()
    if not body:
        return 0.0
    if is_photo_caption(body):
        return 1.0
    told = unquoted(body).strip()
    low = ascii_lower(told)
    words = _WORD.findall(told)
    if len(words) < 4:  # too little of the writer's own text to judge (a quotation, a fragment)
        return 0.0
    generic = _generic(told)
    said = ATTRIBUTION.search(told) is not None or _SHOWS.search(told) is not None
    past = _acts(told)
    anchored = _NAMED.search(told) is not None and any(map(str.isdigit, told)) or _TIME.found(told, low)
    cue = 0.2 * generic
    hedged = _MODAL.found(told, low) or _MAY.search(told) is not None
    cue += modal_weight * (not said and hedged and not any(c.isdigit() for c in told))  # "would receive $125bn": a plan  # after "said" a modal is the speaker's, reported
    cue += 0.3 * (not said and _EVALUATIVE.found(told, low))
    cue += 0.4 * (_WE.search(told) is not None)
    cue += 0.4 * _FRAMING.found(told, low)
    cue += 0.2 * (len(_ABSTRACT.findall(told.lower())) >= 2)
    scene = _SCENE.search(told)  # in the main clause, near the start: "A workman is pinning", not "... are seeking"
    cue += 0.3 * (scene is not None and len(told[:scene.start()].split()) <= 6 and not said and not past and not anchored
                  and generic)
    cue += 0.2 * (not past and not said and _FUTURE_STATE.search(told) is not None)  # "will be an orgy of ..."
    cue += 0.2 * (not said and _HYPOTHESIS.match(told) is not None)
    cue += 0.3 * (_LIKENESS.match(told.lstrip()) is not None)
    cue += 0.4 * told.rstrip(" )’'").endswith("?")  # the writer's own question: rhetoric, not a report
    cue += genre_weight * genre * (not said and not past)  # the writer's own statement; a told action is an event's
    return min(1.0, cue) * (1.0 - 0.6 * event_prior(told))


def opinion_cues(text: str, genre: float = 0.0) -> dict[str, float]:
    """The cues :func:`opinion_probability` weighs: the article's genre evidence ``genre`` (0..1), the sentence's own
    :func:`commentary` (no genre), its :func:`event_prior` and whether it tells a plan or a forecast."""
    return {"o_genre": genre, "o_stance": commentary(text), "o_event": event_prior(text),
            "o_plan": float(_PLAN.search(unquoted(text)) is not None)}


def opinion_probability(text: str, genre: float = 0.0, coef: Mapping[str, float] = OPINION_COEF,
                        bias: float = OPINION_BIAS) -> float:
    """0..1: the fitted probability that ``text`` (of an article with genre evidence ``genre``) comments, analyses
    or sets a scene rather than reports: a logistic model of :func:`opinion_cues` (``benchmarks/reportage.py``)."""
    return logistic(opinion_cues(text, genre), coef, bias)
