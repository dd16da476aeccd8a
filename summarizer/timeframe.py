"""The time frame a sentence sits in: its neighbours' and its article's anchoring, not only its own.

A feature retelling the past anchors one sentence ("In 2009 he moved to Boston.") and tells the next ones in the
same frame with no time cue of their own ("He opened a shop and hired his brother."); a report anchors most of its
sentences in the last days ("on Tuesday", "yesterday"). :func:`frame` reads every body sentence of an article once
(:func:`summarizer.anchor.anchor`: OLD, an earlier year, a date more than a week back or a cue that tells the past,
outside a statement; RECENT, a time in the last week, a plan or a development up to now; or unanchored) and gives
each body position asked for the cues of :func:`cues`:

- ``f_frame_old``: the sentence tells a past (a past verb, :data:`summarizer.narrative.PAST`, in its main clause too,
  :func:`summarizer.aspect.aspect`) with no anchor and the nearest anchored sentence among the FRAME before it is
  old (it inherits that frame; a present or a statement tells today);
- ``f_window_old``: the sentence has no anchor and its neighbours (WINDOW either side) anchored old outnumber those
  anchored recent (share of old among them);
- ``f_article_old``: the sentence has no anchor and the article's anchored sentences are mostly old (share);
- ``f_article_recent``: the share of the article's body sentences anchored in the last week (a report's mark, low in
  a feature or profile);
- ``f_habitual``: a habitual or recap aspect with no anchor in the last week ("used to", "would often", "every
  year", "began when", "at the time").

:mod:`summarizer.backdrop` reads them as cues of its model; the fit (``benchmarks/backdrop.py``) weighs them (the
engine's model weighs ``f_frame_old`` only: the others tied or lost held out, figures there).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from summarizer.anchor import RECENT_DAYS, Anchor, anchor
from summarizer.aspect import PAST as MAIN_PAST, PAST_PERFECT, aspect
from summarizer.models import Article, Sentence
from summarizer.narrative import PAST
from summarizer.sentences import article_sentences, is_heading

FRAME = 3  # body sentences before a sentence read for the frame it inherits
WINDOW = 2  # body sentences either side read for the neighbourhood's anchoring
OLD, RECENT, NONE = 1, 0, -1
# A habitual or recap aspect: what used to happen, how a story began ("used to", "would often", "each year",
# "the case began when", "at the time").
_HABITUAL = re.compile(
    r"\b(?:used to|would (?:often|always|usually|regularly|sometimes|routinely)|every (?:year|summer|winter|spring|"
    r"autumn|weekend|morning|night)|each (?:year|summer|winter)|(?:began|started|came about) when|at the time|"
    r"in those days|back then|in the years (?:before|after|since))\b", re.I)
# The last days the anchor does not date: a frame of the news, not of the past.
_NEAR = re.compile(r"\b(?:(?:last|this|past) (?:week|weekend)|at the weekend|(?:\w+ )?days ago|(?:a|one) week ago)\b", re.I)
NAMES = ("f_frame_old", "f_window_old", "f_article_old", "f_article_recent", "f_habitual")


def state(when: Anchor) -> int:
    """OLD (an earlier year, a date more than RECENT_DAYS back, a cue that tells the past, not in a statement),
    RECENT (a time in the last RECENT_DAYS, a plan, a development up to now: "has met") or NONE (no anchor, or a
    statement) of one sentence's :class:`~summarizer.anchor.Anchor`; :func:`sentence_state` also reads the last
    days the anchor does not date ("last week", "at the weekend")."""
    if when.recent or when.future or when.development:
        return RECENT
    if when.reported:  # a statement of the day naming an earlier time ("X, which split in 2007, said ...")
        return NONE
    if when.past_year or when.stale or (when.days_before is not None and when.days_before > RECENT_DAYS) \
            or (when.history and not when.passing):
        return OLD
    return NONE


def sentence_state(text: str, published: datetime | None, when: Anchor | None = None) -> int:
    """:func:`state` of ``text`` in an article published at ``published`` (``when``: its anchor, when already read),
    "last week" and the like read as RECENT."""
    if _NEAR.search(text):
        return RECENT
    return state(anchor(text, published) if when is None else when)


def _share_old(states: list[int]) -> float:
    """The share of OLD among the anchored ``states`` (0 with none anchored)."""
    anchored = [s for s in states if s != NONE]
    return sum(s == OLD for s in anchored) / len(anchored) if anchored else 0.0


@dataclass
class Frame:
    """An article's body sentences with their anchors and states (read once), and the cues of the positions asked
    for so far: a line's cues are made when read (most body sentences are never shown, so never asked for)."""

    body: list[Sentence]
    whens: list[Anchor]
    states: list[int]
    article_old: float  # the share of its anchored sentences that are old
    article_recent: float  # the share of its sentences anchored recent
    first: dict[int, int]  # body position -> index of the first body sentence at it
    made: dict[int, dict[str, float]] = field(default_factory=dict)  # body position -> its cues, once made

    def at(self, position: int) -> dict[str, float] | None:
        """The cues of the body sentence at ``position`` (made once), None when the article holds none there."""
        got = self.made.get(position)
        if got is not None or position not in self.first:
            return got
        i = self.first[position]
        s, st, when, states = self.body[i], self.states[i], self.whens[i], self.states
        bare = st == NONE
        before = next((p for p in reversed(states[max(0, i - FRAME):i]) if p != NONE), NONE)
        # a past told with no time of its own, in the main clause too ("The police said they had ..." is a statement)
        told = bare and not when.reported and PAST.search(s.text) is not None and aspect(s.text) in (MAIN_PAST, PAST_PERFECT)
        window = states[max(0, i - WINDOW):i] + states[i + 1:i + 1 + WINDOW]
        got = self.made[position] = {
            "f_frame_old": float(told and before == OLD),
            "f_window_old": _share_old(window) if bare else 0.0,
            "f_article_old": self.article_old if bare else 0.0,
            "f_article_recent": self.article_recent,
            "f_habitual": float(_HABITUAL.search(s.text) is not None and st != RECENT),
        }
        return got


@lru_cache(maxsize=2048)
def frame(article: Article) -> Frame:
    """The :class:`Frame` of ``article`` (cached per article): every body sentence anchored, no cue made yet."""
    body = [s for s in article_sentences(article) if not s.is_title and not is_heading(s.text)]
    whens = [anchor(s.text, article.published) for s in body]
    states = [sentence_state(s.text, article.published, w) for s, w in zip(body, whens)]
    n = len(states) or 1
    first: dict[int, int] = {}
    for i, s in enumerate(body):
        first.setdefault(s.position, i)
    return Frame(body, whens, states, _share_old(states), sum(s == RECENT for s in states) / n, first)


def cues(article: Article | None, position: int, text: str) -> dict[str, float]:
    """The frame cues (NAMES, each 0..1) of the body sentence at ``position`` of ``article``; for a position the
    article does not hold (a merged or condensed line), those its ``text`` alone gives, the article's shares kept."""
    if article is None:
        return dict.fromkeys(NAMES, 0.0)
    f = frame(article)
    got = f.at(position)
    if got is not None:
        return got
    st = sentence_state(text, article.published)
    return {"f_frame_old": 0.0, "f_window_old": 0.0, "f_article_old": f.article_old if st == NONE else 0.0,
            "f_article_recent": f.article_recent, "f_habitual": float(_HABITUAL.search(text) is not None and st != RECENT)}
