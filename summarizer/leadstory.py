"""Lead story: a digest whose first line is unfit to lead gives way to another story whose first line tells an action.

The digest's stories are ordered by their best salience plus how many articles cover them today and how long the
audience has followed them (``summarizer.engine``). Salience is normalised within a story, so across stories the
volume terms decide: a story of three columns or one explainer leads a day whose other story brings the event.
:func:`summarizer.lead.lead_first` reads only the digest's first ``LEAD_WINDOW`` lines (most often two lines of one
story) and :func:`summarizer.lead.state_first` only the lead story. :func:`event_story_first` reads each story's own
first line (salience chose it): when the digest's first line is still a new-kind line unfit to lead (:func:`unfit`: a
flaw of :func:`summarizer.lead.lead_flaw`, or no action told, :func:`summarizer.lead.tells_no_action`: a state, a
hedge, a plan, a reaction, a non-comment), the story whose first line may lead (:func:`leads`) moves first: one
whose first line is a changed figure (news by construction, as in :func:`summarizer.rank.changes_first`), else the
likeliest news. It changes the order of the stories, never the lines shown.

Measured on paired replays (``benchmarks/pairs.py``: day i of one labelled episode and day i of another in one
digest, 129 days of 18 pairs over the twelve training episodes, 82 with two stories or more), the settings fitted
leave one episode out (ratio 0-2; unfit by flaw, by no action or both; may lead by an event told or by no
no-action; the first story, the likeliest, or a changed figure first then the likeliest), see :data:`STORY_RATIO`.
"""
from __future__ import annotations

from typing import Callable

from summarizer.lead import tells_no_action
from summarizer.models import Item, Kind, StoryDigest

# A story whose first line may lead moves first when its news probability is at least STORY_RATIO times the digest's
# unfit first line's (below 0: off). Fitted leave one episode out on paired replays (benchmarks/pairs.py, 129 days of
# 18 pairs, 82 with two stories or more): every fold chose ratio 0 (any likelihood: the unfit line is the one in
# doubt), unfit by a flaw or no action (a flaw alone changes nothing: lead_first already moved flawed first lines), and
# ten folds "may lead" by no no-action rather than by an event cue. Held out (a pair scored in both its episodes'
# folds) first line news 204 -> 210 of 258, background/stale/debris 16 -> 18; fitted on all, 102 -> 107 of 129 (bad
# 8 kept) picking the likeliest, 106 (bad 9) with a changed figure first: the one difference is an update of the
# Mexican toll ("has killed up to 159 people", earlier 150) labelled stale only because an earlier article of the same
# day told it (benchmarks/lines.py counts a same-day repeat as stale). A changed figure first is kept: the engine's
# rule within a story (summarizer.rank.changes_first), and on h1n1-300 (2009-06-09) it puts the swine flu deaths
# update (95 -> over 120) first where the likeliest pick put a world-record curiosity. Every changed lead of the pairs
# comes from two unfit first lines ("The EU should consider forming a rapid reaction force", "One needs look no
# further than The Smoking Gun website"): 4 minor -> news, 1 minor -> stale (that update), 1 news -> news.
STORY_RATIO = 0.0


def event_story_first(stories: list[StoryDigest], news: Callable[[Item], float], flaw: Callable[[Item], str],
                      ratio: float) -> None:
    """Move first (in place) the story of ``stories`` (display order) whose first line may lead (:func:`leads`): a
    changed figure first, else the likeliest news (``news``; ties to display order), when the digest's first line is a new-kind line that may not
    (:func:`unfit`). ``ratio`` below 0 is off; the other stories keep their order."""
    if ratio < 0 or len(stories) < 2 or not stories[0].items:
        return
    first = stories[0].items[0]
    if first.kind is not Kind.NEW or not unfit(first, flaw):
        return
    bar = ratio * news(first)
    fit = [k for k in range(1, len(stories)) if stories[k].items and leads(stories[k].items[0], news, flaw, bar)]
    if fit:
        best = max(fit, key=lambda k: (stories[k].items[0].kind is not Kind.NEW, news(stories[k].items[0]), -k))
        stories.insert(0, stories.pop(best))


def unfit(item: Item, flaw: Callable[[Item], str]) -> bool:
    """True when ``item`` should not lead the digest: it has a ``flaw`` (:func:`summarizer.lead.lead_flaw`) or tells
    no action (:func:`summarizer.lead.tells_no_action`)."""
    return bool(flaw(item)) or tells_no_action(item.text)


def leads(item: Item, news: Callable[[Item], float], flaw: Callable[[Item], str], bar: float) -> bool:
    """True when ``item`` may lead the digest instead of an unfit first line: a changed figure (news by construction),
    or a new-kind line that is not :func:`unfit` and whose ``news`` probability reaches ``bar``."""
    if item.kind is not Kind.NEW:
        return True
    return not unfit(item, flaw) and news(item) >= bar
