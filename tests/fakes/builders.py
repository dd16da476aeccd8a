"""Hand-built digests for the outbox tests (a helper module: conftest modules are not importable by name)."""
from __future__ import annotations

from datetime import datetime

from summarizer.models import Digest, Item, Kind, SourceRef, StoryDigest


def three_story_digest(channel: str) -> Digest:
    """A hand-built digest: three stories, one item each, two articles each."""
    stories = []
    for n, title in enumerate(["Flood in Riverton", "Dockers strike", "Bridge approved"]):
        arts = [f"art-{n}-a", f"art-{n}-b"]
        stories.append(StoryDigest(f"story-{n}", title, [Item(Kind.NEW, f"{title}: fact {n}",
                                                              [SourceRef("Gazette", f"http://n.test/{n}", arts[0])],
                                                              key=f"key-{n}")], arts))
    return Digest(channel, stories, datetime(2025, 3, 3, 9, 0), [a for s in stories for a in s.article_ids])
