"""An in-test DigestService with real memory semantics (per audience, inherited keys)."""
from __future__ import annotations

import copy
import threading
import time
from dataclasses import dataclass, field
from typing import Sequence

from bot.core.service import Audience, DigestRequest
from summarizer.models import Digest, Item, Kind, SourceRef, StoryDigest


@dataclass
class FakeDigestService:
    """Serves fixed stories; an item shown to an audience (or an audience it inherits) is not served again."""

    stories: list[StoryDigest]
    delay: float = 0.0
    error: Exception | None = None
    memory: dict[str, set[str]] = field(default_factory=dict)
    requests: list[DigestRequest] = field(default_factory=list)
    marks: list[tuple[str, tuple[str, ...] | None]] = field(default_factory=list)
    build_threads: list[int] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

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
            items = [copy.copy(i) for i in story.items if i.key not in known]
            if budget is not None:
                items, budget = items[:budget], budget - len(items[:budget])
            if items:
                out.append(StoryDigest(story.story_id, story.title, items))
        return Digest(request.audience.key, out)

    def mark_delivered(self, audience: Audience, digest: Digest, story_ids: Sequence[str] | None = None) -> None:
        """Remember the items of the delivered stories for ``audience`` (idempotent)."""
        wanted = None if story_ids is None else set(story_ids)
        with self._lock:
            self.marks.append((audience.key, None if story_ids is None else tuple(story_ids)))
            shown = self.memory.setdefault(audience.key, set())
            for story in digest.stories:
                if wanted is None or story.story_id in wanted:
                    shown.update(i.key for i in story.items)

    def known(self, audience: Audience) -> set[str]:
        """Item keys remembered for exactly this audience key."""
        with self._lock:
            return set(self.memory.get(audience.key, set()))


def sample_stories() -> list[StoryDigest]:
    """Two small stories with distinct item keys."""
    return [
        StoryDigest("flu", "Flu outbreak", [
            Item(Kind.NEW, "Cases rose to 120 in the region", [SourceRef("Wire", "https://wire.example/flu/1")], key="flu-1"),
            Item(Kind.UPDATED, "Hospital admissions now 30", [SourceRef("Daily", "https://daily.example/flu")], earlier="20", key="flu-2"),
        ]),
        StoryDigest("vote", "Council vote", [
            Item(Kind.NEW, "The council approved the budget 7 to 2", [SourceRef("Local", "https://local.example/vote")], key="vote-1"),
        ]),
    ]


HOSTILE = [
    "Officials said <!channel> and <!here|here> and <!everyone> must read this",
    "Ping @here and @channel and @Everyone now",
    "Click <https://evil.example/phish|the official report> for details",
    "This is *bold* and _italic_ and ~struck~ and `code` and ```block```",
    "Hi <@U012ABCDEF> and <#C0123456|general> and <!subteam^S0123|@team>",
    "Tom & Jerry > Itchy < Scratchy",
    "Fake line\n• *new* injected item\n> quoted",
    "Sentence " + "very long words " * 625,  # 10,000 characters
]


def hostile_digest() -> Digest:
    """A digest whose every field carries something dangerous."""
    items = [
        Item(
            Kind.NEW,
            text,
            [
                SourceRef("Evil <!channel> News", "javascript:alert(1)"),
                SourceRef("Pipe|Name>", "https://ok.example/a?x=1&y=<2>"),
                SourceRef("Good", "https://good.example/story?a=1&b=2"),
                SourceRef("Userinfo", "https://trusted.example@evil.example/"),
            ],
        )
        for text in HOSTILE
    ]
    items.append(Item(Kind.UPDATED, "Deaths rose to 30 @here", [SourceRef("AP", "https://ap.example/1")], earlier="<!channel> 20"))
    items.append(Item(Kind.CONFLICT, "Toll 40 says *X*", [], earlier="`35`"))
    return Digest("slack:T:C", [StoryDigest("hostile", "Breaking <!here> *news* @channel", items)])


def big_digest(n_stories: int = 40, n_items: int = 10) -> Digest:
    """``n_stories`` stories of ``n_items`` long items each."""
    return Digest(
        "slack:T:C",
        [
            StoryDigest(
                f"story-{i}",
                f"Story number {i}",
                [
                    Item(Kind.NEW, f"Item {i}.{j}: " + "many words " * 25, [SourceRef("Wire", f"https://wire.example/{i}/{j}")], key=f"{i}.{j}")
                    for j in range(n_items)
                ],
            )
            for i in range(n_stories)
        ],
    )
