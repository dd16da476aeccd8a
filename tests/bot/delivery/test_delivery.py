"""Delivery core: retries, bounded give-up, partial failure, idempotent marking."""
from __future__ import annotations

from functools import partial

from dataclasses import dataclass, field
from typing import Sequence

import pytest

from bot.core.chat import DeliveryError, Message, PermanentError, RateLimited
from bot.delivery.send import Delivery
from bot.core.service import Audience
from summarizer.models import Digest, Item, Kind, StoryDigest

AUDIENCE = Audience.channel("test", "w", "c")


@dataclass
class MemoryService:
    """Records what was marked; marking is a set union, so it is idempotent."""

    shown: dict[str, set[str]] = field(default_factory=dict)
    calls: list[tuple[str, tuple[str, ...] | None]] = field(default_factory=list)

    def build(self, request: object) -> Digest:  # pragma: no cover - unused here
        raise NotImplementedError

    def mark_delivered(self, audience: Audience, digest: Digest, story_ids: Sequence[str] | None = None) -> None:
        ids = [s.story_id for s in digest.stories] if story_ids is None else list(story_ids)
        self.calls.append((audience.key, None if story_ids is None else tuple(story_ids)))
        self.shown.setdefault(audience.key, set()).update(ids)


@dataclass
class ScriptedAdapter:
    """Sends by following a script: each entry is None (ok) or an exception to raise."""

    messages: list[Message]
    script: list[BaseException | None] = field(default_factory=list)
    platform: str = "test"
    sent: list[Message] = field(default_factory=list)
    attempts: int = 0

    def render(self, digest: Digest) -> list[Message]:
        return list(self.messages)

    async def send(self, target: str, message: Message) -> str:
        self.attempts += 1
        outcome = self.script.pop(0) if self.script else None
        if outcome is not None:
            raise outcome
        self.sent.append(message)
        return f"id{len(self.sent)}"


def digest_of(*ids: str) -> Digest:
    """A digest with one item per story."""
    return Digest("test:w:c", [StoryDigest(s, s.upper(), [Item(Kind.NEW, f"fact {s}")]) for s in ids])


class Sleeps:
    """A fake sleep that records the waits."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


async def test_rate_limited_then_success_marks_everything() -> None:
    service, sleeps = MemoryService(), Sleeps()
    adapter = ScriptedAdapter([Message({"n": 1}, ("a",)), Message({"n": 2}, ("b",))], [RateLimited(1.5), None, RateLimited(0.2)])
    report = await Delivery(adapter, sleep=sleeps).deliver("chan", digest_of("a", "b"), mark=partial(service.mark_delivered, AUDIENCE))
    assert report.ok and report.sent == 2 and report.story_ids == ["a", "b"]
    assert sleeps.waits == [1.5, 0.2]
    assert [m.payload["n"] for m in adapter.sent] == [1, 2]
    assert service.calls == [("test:w:c", None)]
    assert service.shown["test:w:c"] == {"a", "b"}


async def test_gives_up_after_max_retries_and_marks_nothing() -> None:
    service, sleeps = MemoryService(), Sleeps()
    adapter = ScriptedAdapter([Message({}, ("a",))], [RateLimited(1)] * 10)
    report = await Delivery(adapter, max_retries=2, sleep=sleeps).deliver("chan", digest_of("a"), mark=partial(service.mark_delivered, AUDIENCE))
    assert not report.ok and report.sent == 0 and report.failed == 1
    assert adapter.attempts == 3 and sleeps.waits == [1, 1]
    assert service.calls == [] and "rate limited" in report.errors[0]


async def test_retry_after_longer_than_max_wait_is_not_waited() -> None:
    service, sleeps = MemoryService(), Sleeps()
    adapter = ScriptedAdapter([Message({}, ("a",))], [RateLimited(600)])
    report = await Delivery(adapter, max_wait=30, sleep=sleeps).deliver("chan", digest_of("a"), mark=partial(service.mark_delivered, AUDIENCE))
    assert not report.ok and sleeps.waits == [] and service.calls == []


async def test_partial_failure_marks_only_confirmed_stories() -> None:
    service = MemoryService()
    messages = [Message({}, ("a", "b")), Message({}, ("b", "c")), Message({}, ("d",))]
    adapter = ScriptedAdapter(messages, [None, PermanentError("channel_not_found")])
    report = await Delivery(adapter, sleep=Sleeps()).deliver("chan", digest_of("a", "b", "c", "d"), mark=partial(service.mark_delivered, AUDIENCE))
    # "b" was split over the failed message, so it does not count; "d" was never sent.
    assert report.sent == 1 and report.failed == 1 and report.story_ids == ["a"]
    assert service.calls == [("test:w:c", ("a",))]
    assert service.shown["test:w:c"] == {"a"}


async def test_unexpected_adapter_exception_is_a_failure_not_a_crash() -> None:
    service = MemoryService()
    adapter = ScriptedAdapter([Message({}, ("a",))], [RuntimeError("boom")])
    report = await Delivery(adapter, sleep=Sleeps()).deliver("chan", digest_of("a"), mark=partial(service.mark_delivered, AUDIENCE))
    assert not report.ok and "RuntimeError" in report.errors[0] and service.calls == []


async def test_messages_that_leave_out_stories_mark_only_what_they_carried() -> None:
    service = MemoryService()
    adapter = ScriptedAdapter([Message({}, ("a",))])
    report = await Delivery(adapter, sleep=Sleeps()).deliver("chan", digest_of("a", "b"), mark=partial(service.mark_delivered, AUDIENCE))
    assert report.ok and service.calls == [("test:w:c", ("a",))]


async def test_remarking_is_idempotent() -> None:
    service = MemoryService()
    messages = [Message({}, ("a", "b")), Message({}, ("b",))]
    delivery = Delivery(ScriptedAdapter(messages), sleep=Sleeps())
    digest = digest_of("a", "b")
    first = await delivery.deliver("chan", digest, mark=partial(service.mark_delivered, AUDIENCE))
    after_first = {k: set(v) for k, v in service.shown.items()}
    second = await delivery.deliver("chan", digest, mark=partial(service.mark_delivered, AUDIENCE))
    assert first.story_ids == second.story_ids == ["a", "b"]  # "b" listed once although in two messages
    assert service.shown == after_first == {"test:w:c": {"a", "b"}}


async def test_min_interval_paces_messages() -> None:
    sleeps = Sleeps()
    adapter = ScriptedAdapter([Message({}, ("a",)), Message({}, ("b",)), Message({}, ("c",))])
    await Delivery(adapter, min_interval=1.0, sleep=sleeps).deliver("c", digest_of("a", "b", "c"), mark=partial(MemoryService().mark_delivered, AUDIENCE))
    assert sleeps.waits == [1.0, 1.0]


async def test_a_failing_mark_does_not_raise() -> None:
    class Broken(MemoryService):
        def mark_delivered(self, *args: object, **kwargs: object) -> None:
            raise OSError("database is locked")

    report = await Delivery(ScriptedAdapter([Message({}, ("a",))]), sleep=Sleeps()).deliver("c", digest_of("a"), mark=partial(Broken().mark_delivered, AUDIENCE))
    assert report.sent == 1 and not report.marked and "mark_delivered failed" in report.errors[0]


def test_exception_hierarchy() -> None:
    assert issubclass(RateLimited, DeliveryError) and issubclass(PermanentError, DeliveryError)
    assert RateLimited(-3).retry_after == 0.0
    with pytest.raises(DeliveryError):
        raise RateLimited(1)
