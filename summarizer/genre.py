"""Article genre: is a whole article a news report, or an explainer, profile, opinion or analysis piece?

A sentence alone often cannot tell: "Such passports do not confer immunity" is background in
an explainer and context in a report. The article it comes from can: explainers, profiles and
analysis pieces are dense in background sentences (earlier years, history, definitions, general
truths), opinion pieces in modal, evaluative and first-person cues, and both often ask
questions in the title or body; reports attribute what they tell ("police said"). :func:`genre` reads those shares over an article's body
sentences (the same shallow cues :mod:`summarizer.anchor` and :mod:`summarizer.event` read per
sentence) and returns :class:`Genre` features that the ranker weighs per candidate, like every
other feature (fitted, see :mod:`summarizer.weights`). No word lists aimed at any corpus.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from summarizer.anchor import anchor
from summarizer.event import ATTRIBUTION, event_cues
from summarizer.models import Article
from summarizer.sentences import article_sentences, is_heading

MIN_SENTENCES = 3  # fewer body sentences than this: too little to judge, neutral features
_OPENING = 12  # shares are read over the opening of the article (a report's tail drifts to context)


@dataclass(frozen=True)
class Genre:
    """Shares (0..1) of an article's opening body sentences carrying each kind of cue."""

    background: float  # read as background: earlier years, history, profile, explainer
    opinion: float  # modal, hedge, evaluative, first-person or question cues
    event: float  # the mean event prior (actor + action + figure or place)
    attribution: float  # share attributing what they tell to a source (a report's mark)
    question_title: bool  # the title asks a question

    @property
    def report(self) -> float:
        """0..1: how much the opening reads as a news report: the mean event prior and the attributed share, averaged.

        Reports narrate events and say who tells them; explainers, columns, features and essays
        (general truths, argument, scene and colour) do neither, whatever their words."""
        return (self.event + self.attribution) / 2

    @property
    def commentary(self) -> float:
        """0..1: opinion share, raised when the title asks a question (an analysis or opinion headline)."""
        return min(1.0, self.opinion + 0.3 * self.question_title)


@lru_cache(maxsize=4096)
def genre(article: Article) -> Genre:
    """The genre features of ``article`` (cached per article)."""
    body = [s.text for s in article_sentences(article) if not s.is_title and not is_heading(s.text)]
    body = body[:_OPENING]
    question = article.title.strip().endswith("?")
    if len(body) < MIN_SENTENCES:
        return Genre(0.0, 0.0, 0.5, 0.5, question)
    background = opinion = event = attribution = 0.0
    for text in body:
        background += anchor(text, article.published).background >= 0.5
        cues = event_cues(text)
        opinion += cues.opinion >= 0.4
        event += cues.event
        attribution += bool(ATTRIBUTION.search(text))
    n = len(body)
    return Genre(background / n, opinion / n, event / n, attribution / n, question)
