"""The boundary between chat adapters and the digest engine.

Adapters (Slack, Discord, the scheduler, the CLI) translate a platform request into a
:class:`DigestRequest`, ask a :class:`DigestService` for a :class:`~summarizer.models.Digest`,
deliver it, and only after the platform confirms call :meth:`DigestService.mark_delivered`.

Audiences: memory is kept per audience key. A channel is ``"<platform>:<workspace>:<channel>"``;
an ephemeral reply goes to ``Audience.for_user(channel, user)``, whose memory is the channel's
plus the user's own, so the user is not told twice and the channel still gets the items.

Tenants: every stored row of a workspace (Slack team) or guild (Discord) is keyed by its
tenant, ``"<platform>:<workspace>"`` (:func:`tenant_of`); a key without those parts (the CLI's,
the replay's) belongs to :data:`DEFAULT_TENANT`. A chat front-end names the tenant of a request
with ``Tenant("slack", team_id)`` and its channel with ``tenant.channel(channel_id)``. A channel's
digest is built only from its own sources: the feeds it follows and the articles ingested for it.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Protocol, Sequence

from summarizer.models import Digest, Item


DEFAULT_TENANT = "cli:local"  # the local CLI, dry-run and replay (``cli:local:default`` is its channel)
USER_PART = ":user:"  # a user's audience key is ``<channel key>:user:<user id>``


def tenant_of(key: str) -> str:
    """The tenant of an audience or channel key: its first two ``:`` parts (``slack:T1`` of
    ``slack:T1:C1:user:U1``), or :data:`DEFAULT_TENANT` for a channel key without them (``replay``,
    ``webhook:x``) and the users in such a channel."""
    parts = key.split(USER_PART, 1)[0].split(":")
    return f"{parts[0]}:{parts[1]}" if len(parts) >= 3 and parts[0] and parts[1] else DEFAULT_TENANT


@dataclass(frozen=True)
class Tenant:
    """A workspace (Slack team), a guild (Discord) or the local default: whose rows are whose."""

    platform: str
    workspace: str

    @property
    def key(self) -> str:
        """The tenant key stored in every row of this tenant, e.g. ``slack:T1``."""
        return f"{self.platform}:{self.workspace}"

    def channel(self, channel: str) -> "Audience":
        """The audience of one of this tenant's channels."""
        return Audience.channel(self.platform, self.workspace, channel)


@dataclass(frozen=True)
class Audience:
    """Who a digest is for. ``inherits`` are audiences whose memory also counts as known."""

    key: str
    inherits: tuple[str, ...] = ()

    @classmethod
    def channel(cls, platform: str, workspace: str, channel: str) -> "Audience":
        """The audience of a whole channel."""
        return cls(f"{platform}:{workspace}:{channel}")

    @property
    def tenant(self) -> str:
        """The tenant key of this audience: its channel's (see :func:`tenant_of`)."""
        return tenant_of(self.channel_key)

    @property
    def channel_key(self) -> str:
        """The channel whose sources this audience reads: the outermost inherited one, or its own key."""
        return self.inherits[-1] if self.inherits else self.key

    @classmethod
    def for_user(cls, channel: "Audience", user: str) -> "Audience":
        """One user in a channel (ephemeral replies): knows what the channel knows, and more."""
        return cls(f"{channel.key}{USER_PART}{user}", (channel.key, *channel.inherits))

    @property
    def keys(self) -> tuple[str, ...]:
        """This audience's key followed by every inherited key."""
        return (self.key, *self.inherits)


@dataclass(frozen=True)
class DigestRequest:
    """What a user (or a schedule) asked for."""

    audience: Audience
    window: timedelta | None = None  # only articles published (or ingested) within this window
    query: str | None = None  # story or keyword filter
    max_items: int | None = None  # length cap (items in the whole digest)
    public: bool = False  # post to the channel (True) or only to the caller
    only: frozenset[str] | None = None  # restrict further to these article ids (the channel's sources always apply)

    def __post_init__(self) -> None:
        # A zero cap would answer "nothing new" and a zero window would silently mean "no window".
        if self.max_items is not None and self.max_items < 1:
            raise ValueError(f"the length cap must be at least 1 item (got {self.max_items}); leave it out for no cap")
        if self.window is not None and self.window <= timedelta(0):
            raise ValueError("the time window must be longer than zero; leave it out for everything new")


class DigestService(Protocol):
    """Builds digests and remembers what each audience was shown."""

    def build(self, request: DigestRequest) -> Digest:
        """The digest of everything new for ``request.audience`` (does not change memory)."""
        ...

    def mark_delivered(self, audience: Audience, digest: Digest, story_ids: Sequence[str] | None = None) -> None:
        """Record that ``digest`` (or only its ``story_ids``) reached ``audience``. Idempotent."""
        ...


def delivered_part(digest: Digest, story_ids: Sequence[str] | None) -> tuple[list[str], list[Item]]:
    """The articles and items that count as delivered: the whole digest (``None``) or only ``story_ids``.

    The whole digest also accounts for articles that yielded no item (repeats of known facts).
    """
    if story_ids is None:
        return list(digest.article_ids), digest.items
    wanted = set(story_ids)
    chosen = [s for s in digest.stories if s.story_id in wanted]
    return [a for s in chosen for a in s.article_ids], [i for s in chosen for i in s.items]
