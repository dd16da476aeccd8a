"""What a user is told when a digest has nothing to show because the channel follows nothing.

A channel's digest is built only from its own sources (the feeds it follows, the articles
ingested for it), so a channel without one always gets an empty digest. Chat front-ends answer
such an empty digest with :func:`empty_reply` instead of their "nothing new" text::

    if digest.empty:
        text = empty_reply(service, audience, otherwise=NOTHING_TO_POST)
"""
from __future__ import annotations

from typing import Protocol, runtime_checkable

from bot.core.service import Audience

NO_SOURCES = (
    "This channel follows no feeds yet, so there is nothing to tell. "
    "Follow one with `/digest feeds add URL` (a news site or its RSS/Atom feed): "
    "digests then bring what it publishes from now on."
)


@runtime_checkable
class SourceDirectory(Protocol):
    """A digest service that can tell whether a channel has any source (:class:`bot.digests.Digests`)."""

    def follows_anything(self, audience: Audience) -> bool:
        """Whether ``audience``'s channel follows a feed or had articles ingested for it."""
        ...


def empty_reply(service: object, audience: Audience, otherwise: str) -> str:
    """The answer to an empty digest for ``audience``: how to follow a feed when its channel follows
    nothing, else ``otherwise`` (the front-end's "nothing new")."""
    if isinstance(service, SourceDirectory) and not service.follows_anything(audience):
        return NO_SOURCES
    return otherwise


def no_sources_cli(channel: str) -> str:
    """The command line's hint for a channel without sources (one line, for stderr)."""
    return (f"digestbot: {channel} follows no feeds and nothing was ingested for it: "
            f"digestbot feeds add URL --channel {channel}, or digestbot ingest PATHS --channel {channel}")
