"""Is an article about a story, or about another matter that names the story once?

A market report that notes in one sentence that insurers fell on the floods, a match report that tells of a
minute's silence for the flood victims, a bank meeting's report with a line on the flu: each names the story's
subject and so can clear the story's join test on that one sentence (short articles most easily). A news article
states its subject in its headline and first sentence. So an article whose *lead* (its title and first body
sentence that is no furniture) shares nothing with the story (no core name of the story, next to no weight of the
story's terms), and of whose body sentences at most ``ABOUT_LINES`` relate to the story, is about something else:
it does not join the story (it founds its own, or joins the story of its own subject), and the story it founds
leaves the passing sentences out of its vector (a later article on the first story is not drawn to it by them).

Only a short article (at most ``SHORT_LINES`` clean body sentences: a brief, a market wrap, a match report) is
tested: in a longer one a passing sentence is a small share of its vector, and the join test already weighs it.
An article whose lead is page furniture the vector keeps ("Can not play media") still joins on its body, which
tells of the story in more than one sentence; an on-topic feature lead (a person's story first) joins the same way.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from summarizer.vectors import LineTerms, cosine, lines_vector

if TYPE_CHECKING:
    from summarizer.stories import Story

LEAD_SIMILARITY = 0.05  # a lead this close to the story (cosine with its centroid) is about it
LINE_SIMILARITY = 0.05  # a body sentence this close to the story (or naming a core name of it) relates to it
ABOUT_LINES = 1  # an article with more body sentences relating to the story than this is about it
LEAD_LINES = 1  # body sentences (after the title) that make the lead
SHORT_LINES = 6  # a longer article's own vector already outweighs one passing sentence: its join test decides


def _related(vector: dict[str, float], story: Story, need: float) -> bool:
    """Does ``vector`` name a core name of ``story`` or come as close to its centroid as ``need``?"""
    return any(t[0] == "=" and story.is_core(t) for t in vector) or cosine(vector, story.centroid, story.length) >= need


def about_elsewhere(title: LineTerms, body: list[LineTerms], story: Story,
                    weigh: Callable[[dict[str, float]], dict[str, float]]) -> tuple[int, ...] | None:
    """The body sentences of an article (its title's and body sentences' :data:`~summarizer.vectors.LineTerms`, in
    order, furniture left out) that name ``story`` in passing when the article is about another matter (its lead
    unrelated to the story, at most ``ABOUT_LINES`` of its body sentences related): their positions; None when the
    article is about the story. ``weigh``: the story index's damping of terms common to many stories."""
    if not story.size or len(body) > SHORT_LINES or _related(weigh(lines_vector(title, body[:LEAD_LINES])), story, LEAD_SIMILARITY):
        return None
    related: list[int] = []
    for at, line in enumerate(body):
        if _related(weigh(lines_vector(None, [line])), story, LINE_SIMILARITY):
            related.append(at)
            if len(related) > ABOUT_LINES:
                return None
    return tuple(related)


def own_vector(title: LineTerms, body: list[LineTerms], passing: set[int]) -> dict[str, float]:
    """The vector of an article about another matter without its sentences that name other stories in passing
    (``passing``: their positions in ``body``): the story it founds is about its own subject."""
    return lines_vector(title, [line for at, line in enumerate(body) if at not in passing])
