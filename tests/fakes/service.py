"""The one fake digest service: fixed stories with real memory semantics (per audience, inherited keys)."""
from __future__ import annotations

import copy
import threading
import time
from dataclasses import dataclass, field
from typing import Sequence

from bot.core.service import Audience, DigestRequest
from summarizer.models import Digest, StoryDigest


@dataclass
class FakeDigestService:
    """Serves fixed stories; an item shown to an audience (or an audience it inherits) is not served again.

    An item is known by its ``key`` (its text when it has none). ``delay`` blocks the building
    thread like a CPU-bound engine; ``error`` is raised by :meth:`build`; ``fail_mark`` makes
    :meth:`mark_delivered` fail like an unavailable store.
    """

    stories: list[StoryDigest] = field(default_factory=list)
    delay: float = 0.0
    error: Exception | None = None
    fail_mark: bool = False
    memory: dict[str, set[str]] = field(default_factory=dict)
    requests: list[DigestRequest] = field(default_factory=list)
    marks: list[tuple[str, tuple[str, ...] | None]] = field(default_factory=list)
    build_threads: list[int] = field(default_factory=list)  # thread idents
    follows: bool = True  # whether every channel follows a source (False: /digest is told how to follow a feed)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def follows_anything(self, audience: Audience) -> bool:
        """Whether ``audience``'s channel has a source (``follows``)."""
        return self.follows

    def build(self, request: DigestRequest) -> Digest:
        """Everything not yet known to ``request.audience``, filtered and capped like the real engine."""
        with self._lock:
            self.requests.append(request)
            self.build_threads.append(threading.get_ident())
        if self.delay:
            time.sleep(self.delay)  # a CPU-bound engine blocks its thread
        if self.error is not None:
            raise self.error
        with self._lock:
            known = set().union(*(self.memory.get(k, set()) for k in request.audience.keys))
        out: list[StoryDigest] = []
        budget = request.max_items
        for story in self.stories:
            haystack = (story.title + " " + " ".join(i.text for i in story.items)).lower()
            if request.query and not all(w in haystack for w in request.query.lower().split()):
                continue
            items = [copy.copy(i) for i in story.items if (i.key or i.text) not in known]
            if budget is not None:
                items, budget = items[:budget], budget - len(items[:budget])
            if items:
                out.append(StoryDigest(story.story_id, story.title, items))
        return Digest(request.audience.key, out)

    def build_for(self, audience: Audience) -> Digest:
        """Shorthand: the digest for ``audience`` with no filters."""
        return self.build(DigestRequest(audience))

    def mark_delivered(self, audience: Audience, digest: Digest, story_ids: Sequence[str] | None = None) -> None:
        """Remember the items of the delivered stories for ``audience`` (idempotent)."""
        if self.fail_mark:
            raise RuntimeError("store unavailable")
        wanted = None if story_ids is None else set(story_ids)
        with self._lock:
            self.marks.append((audience.key, None if story_ids is None else tuple(story_ids)))
            shown = self.memory.setdefault(audience.key, set())
            for story in digest.stories:
                if wanted is None or story.story_id in wanted:
                    shown.update(i.key or i.text for i in story.items)

    def known(self, audience: Audience) -> set[str]:
        """Item keys remembered for exactly this audience key."""
        with self._lock:
            return set(self.memory.get(audience.key, set()))
