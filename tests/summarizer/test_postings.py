"""The story index's inverted index: shortlists by shared weight, forgets dropped stories, skips spread terms."""
from __future__ import annotations

from summarizer.postings import MAX_POSTING, Postings
from summarizer.stories import Story
from summarizer.vectors import norm


def _story(sid: str, centroid: dict[str, float]) -> Story:
    return Story(sid, sid, centroid=centroid, size=1, length=norm(centroid))


def test_the_shortlist_ranks_by_shared_weight_and_forgets_a_dropped_story() -> None:
    index = Postings()
    index.post(_story("s1", {"=quake": 3.0, "rescue": 1.0}))
    index.post(_story("s2", {"=election": 3.0, "rescue": 1.0}))
    assert index.shortlist({"=quake": 1.0, "rescue": 1.0}) == ["s1", "s2"]
    assert index.oldest() == "s1" and index.spread("rescue") == 2
    index.drop("s1")
    assert index.shortlist({"=quake": 1.0}) == [] and index.spread("rescue") == 1


def test_a_term_strong_in_too_many_stories_finds_none() -> None:
    index = Postings()
    for i in range(MAX_POSTING + 1):
        index.post(_story(f"s{i:03d}", {"monday": 1.0, f"=name{i}": 2.0}))
    assert index.shortlist({"monday": 1.0}) == []
    assert index.shortlist({"monday": 1.0, "=name3": 1.0}) == ["s003"]
