"""A small in-memory DigestService with real memory semantics, and digest builders for tests."""
from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace
from typing import Sequence

from bot.service import Audience, DigestRequest
from summarizer.models import Digest, Item, Kind, SourceRef, StoryDigest


def item(text: str, kind: Kind = Kind.NEW, *, source: str = "Wire", url: str = "https://news.example/a", earlier: str = "") -> Item:
    """An item with one source and a stable key."""
    return Item(kind=kind, text=text, sources=[SourceRef(source, url, "a1")], earlier=earlier, key=text)


def story(story_id: str, title: str, *items: Item) -> StoryDigest:
    """A story section."""
    return StoryDigest(story_id=story_id, title=title, items=list(items))


@dataclass
class FakeDigestService:
    """Serves fixed stories; an audience is never told an item it (or an inherited audience) was shown."""

    stories: list[StoryDigest] = field(default_factory=list)
    memory: dict[str, set[str]] = field(default_factory=dict)
    requests: list[DigestRequest] = field(default_factory=list)
    build_threads: list[str] = field(default_factory=list)
    fail_build: bool = False

    def build(self, request: DigestRequest) -> Digest:
        """Everything not yet known to the audience, filtered by query and capped by max_items."""
        self.requests.append(request)
        self.build_threads.append(threading.current_thread().name)
        if self.fail_build:
            raise RuntimeError("engine exploded")
        known = set().union(*(self.memory.get(k, set()) for k in request.audience.keys))
        budget = request.max_items if request.max_items is not None else 10**9
        out: list[StoryDigest] = []
        for s in self.stories:
            if request.query and request.query.lower() not in s.title.lower():
                continue
            fresh = [i for i in s.items if (i.key or i.text) not in known][: max(budget, 0)]
            budget -= len(fresh)
            if fresh:
                out.append(replace(s, items=fresh))
        return Digest(audience=request.audience.key, stories=out)

    def mark_delivered(self, audience: Audience, digest: Digest, story_ids: Sequence[str] | None = None) -> None:
        """Remember the delivered stories' items for ``audience``."""
        shown = self.memory.setdefault(audience.key, set())
        for s in digest.stories:
            if story_ids is None or s.story_id in story_ids:
                shown.update(i.key or i.text for i in s.items)

    def build_for(self, audience: Audience) -> Digest:
        """Shorthand: the digest for ``audience`` with no filters."""
        return self.build(DigestRequest(audience))
