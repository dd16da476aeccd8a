"""What a chat platform is to digestbot: messages, the adapter protocols and the delivery errors.

Exceptions (one hierarchy, catch :class:`DeliveryError` for all of them)::

    DeliveryError            the platform did not take a message
    ├── RateLimited          HTTP 429; ``retry_after`` seconds to wait (retried by the delivery core)
    └── PermanentError       will not succeed on retry (bad request, no access, too large)
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Protocol, Sequence

from summarizer.models import Digest


class DeliveryError(Exception):
    """A message was not delivered."""


class RateLimited(DeliveryError):
    """The platform asked us to slow down (HTTP 429)."""

    def __init__(self, retry_after: float, message: str = "rate limited") -> None:
        super().__init__(f"{message} (retry after {retry_after:.2f}s)")
        self.retry_after = max(0.0, float(retry_after))


class PermanentError(DeliveryError):
    """Retrying will not help (HTTP 4xx other than 429, invalid payload, no access)."""


@dataclass
class Message:
    """One platform message and the digest stories it carries."""

    payload: dict[str, Any]
    story_ids: Sequence[str] = field(default_factory=tuple)


class ChatAdapter(Protocol):
    """A platform's part: render a digest, send one message to a target."""

    platform: str

    def render(self, digest: Digest) -> list[Message]:
        """The messages that show ``digest``, each within the platform's limits."""
        ...

    async def send(self, target: str, message: Message) -> str:
        """Post ``message`` to ``target``; return the platform's id for it or raise DeliveryError."""
        ...


class ChannelAdapter(ChatAdapter, Protocol):
    """A channel transport the outbox posts through: keyed posts, notices, and a client to close."""

    def keyed(self, message: Message, key: str) -> Message:
        """``message`` carrying the idempotency ``key`` the way the platform can use it."""
        ...

    def render_notice(self, text: str) -> Message:
        """A plain notice (e.g. a feed keeps failing) in the platform's format."""
        ...

    async def aclose(self) -> None:
        """Release what the adapter owns (an HTTP client); a no-op when it shares one."""
        ...


# Records that stories of a digest reached an audience: (digest, story ids or None for the whole digest).
Mark = Callable[[Digest, "Sequence[str] | None"], None]
