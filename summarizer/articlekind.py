"""Article kind: is a whole article a news report, or a review, column, feature, profile, explainer or listing?

:mod:`summarizer.genre` reads shares of shallow cues over an article's opening (event prior, attribution, the
writer's voice, a rating, a review or profile score); each catches one kind of non-report and misses the others
(an album review that names no "film" or "play", a diary column that attributes its jokes, an obituary).
:func:`cues` adds whole-article cues that reports share whatever their subject: a lede anchored in the last days
("yesterday", a weekday, "has announced": a present perfect event), quoted speech, and against them the
critic's evaluative words, years long before publication and a past-tense narrative with no recent anchor.
:func:`other_probability` is a logistic model of "not a report" over those cues, fitted by
``benchmarks/article_kind.py`` on articles read by a person, leaving one topic out (coefficients in
:mod:`summarizer.weights`). The backdrop hide holds back every line of an article whose probability reaches
``OTHER_CUT`` (:func:`summarizer.backdrop.mark`), and such a line never leads its story (:func:`summarizer.backdrop.hide`).
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Mapping

from summarizer.anchor import anchor
from summarizer.articlestyle import style
from summarizer.event import ATTRIBUTION, PAST_ACTION
from summarizer.genre import VOICE, genre, unquoted
from summarizer.lexicon import SAY, alternation
from summarizer.logistic import linear
from summarizer.models import Article
from summarizer.reviews import verdict_share
from summarizer.sentences import article_sentences, is_heading
from summarizer.weights import OTHER_BIAS, OTHER_COEF

LEDE = 3  # the lede: the first body sentences, where a report says what happened and when
MIN_SENTENCES = 4  # fewer body sentences: not judged (a brief, a caption page)
OPENING = 12  # the opening, over which the shares are read (as summarizer.genre)
# A present perfect of an event in the lede ("has resigned", "have agreed"): the report's "what just happened".
_PERFECT = re.compile(r"\b(?:has|have)(?: (?:\w+ly|now|also|just|finally))? (?:been )?(?!been\b|had\b|got\b)[a-z]+(?:ed|en|wn|ne|t)\b")
_QUOTE = re.compile(r"[“”\"]")
_PRESENT = re.compile(r"\b(?:is|are|has|have|does|do|seems?|feels?|remains?|makes?|gets?|takes?|comes?|goes?)\b")
# Who tells it, in the lede: a report's "police said", "experts say", "according to".
_SAYS = re.compile(r"\b(?:" + alternation(SAY) + r"|according to|announced|confirmed|reported|revealed|denied|warned)\b")
_FUTURE = re.compile(r"\b(?:will|is to|are to|is due to|are due to|is expected to|are expected to)\b")


def cues(article: Article) -> dict[str, float]:
    """The whole-article cues of ``article`` (0..1 each): :mod:`summarizer.genre`'s shares and the lede and
    opening cues above; empty for an article with fewer than MIN_SENTENCES body sentences (too little to judge)."""
    body = [s.text for s in article_sentences(article) if not s.is_title and not is_heading(s.text)][:OPENING]
    if len(body) < MIN_SENTENCES:
        return {}
    g = genre(article)
    whens = [anchor(text, article.published) for text in body]
    lede = whens[:LEDE]
    n = len(body)
    own = [unquoted(text) for text in body]
    # The lede: the title (a page often carries the report's first sentence as its title) and the first sentences.
    lede_text = [unquoted(article.title)] + own[:LEDE]
    past = [PAST_ACTION.search(text) is not None for text in own]
    return {
        "k_report": g.report,
        "k_column": g.column,
        "k_voice": g.voice,
        "k_kind": g.kind,
        "k_background": g.background,
        "k_question": float(g.question_title),
        "k_lede_recent": float(any(w.recent or (w.days_before is not None and w.days_before <= 7)
                                    for w in lede + [anchor(article.title, article.published)])),
        "k_lede_perfect": float(any(_PERFECT.search(text) for text in lede_text)),
        "k_lede_future": float(any(_FUTURE.search(text) for text in lede_text)),
        "k_quotes": sum(bool(_QUOTE.search(text)) for text in body) / n,
        "k_verdict": verdict_share(body),
        "k_past_year": sum(w.past_year for w in whens) / n,
        "k_recent": sum(w.recent for w in whens) / n,
        "k_lede_said": float(any(_SAYS.search(text) for text in lede_text)),
        "k_past_action": sum(past) / n,
        "k_generic": sum(not p and _PRESENT.search(text) is not None for p, text in zip(past, own)) / n,
        **style(own, article.title),
    }


def probability(feats: Mapping[str, float], coef: Mapping[str, float] = OTHER_COEF, bias: float = OTHER_BIAS) -> float:
    """0..1: the fitted probability that an article with these :func:`cues` is not a news report."""
    # Clamped, not floored as :func:`summarizer.logistic.logistic` is: a very low score keeps a probability above 0
    # (about 1e-13), as this model always had.
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, linear(feats, coef, bias)))))


def relays_report(text: str, position: int) -> bool:
    """Whether a sentence in the lede (``position`` below LEDE) of a review, column or blog post relays a report: it
    tells a past action and who tells it ("... has been awarded asylum, as reported in ...", "police said"), in
    the third person (no "I", "we" or "you" outside quotation marks). Such an opening is the news the piece passes
    on, read as any report's line, not held back with the writer's own."""
    own = unquoted(text)
    return (position < LEDE and ATTRIBUTION.search(own) is not None and PAST_ACTION.search(own) is not None
            and VOICE.search(own) is None)


@lru_cache(maxsize=4096)
def other_probability(article: Article) -> float:
    """0..1: how likely ``article`` is a review, column, feature, profile, explainer or listing, not a report;
    0 for an article too short to judge (cached: the backdrop reads it for each of an article's lines)."""
    feats = cues(article)
    return probability(feats) if feats else 0.0
