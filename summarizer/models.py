"""The one data model that flows through digestbot.

ingest -> :class:`Article` -> split -> :class:`Sentence` -> detect -> :class:`Item`
-> group -> :class:`StoryDigest` -> :class:`Digest` -> render -> deliver.

Everything here is plain, immutable-where-possible data with no behaviour beyond
(de)serialisation, so every stage can be tested with tiny hand-built values.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any


class Kind(str, enum.Enum):
    """What an item tells the reader, relative to what they already know."""

    NEW = "new"
    UPDATED = "updated"
    CONFLICT = "conflict"

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.value


NOTHING_NEW = "Nothing new to tell you right now."  # an empty digest, in every front-end

@dataclass(frozen=True)
class Article:
    """One cleaned article. ``id`` is stable across re-ingests of the same content."""

    id: str
    title: str
    text: str
    source: str = ""
    url: str = ""
    published: datetime | None = None
    origin: str = ""  # file name or JSON Lines id the article came from

    @property
    def day(self) -> date | None:
        """The publication day, if the publication time is known."""
        return self.published.date() if self.published else None

    @property
    def ordinal(self) -> int:
        """The publication day as a date ordinal (see :meth:`datetime.date.toordinal`), 0 when unknown."""
        return self.published.toordinal() if self.published else 0

    @property
    def label(self) -> str:
        """The outlet to cite (never a file name; ``""`` when no outlet is known)."""
        return self.source


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article; ``position`` is its index within the article."""

    text: str
    article_id: str
    position: int
    is_title: bool = False


@dataclass(frozen=True)
class SourceRef:
    """Where an item was reported: outlet/label, link and the article id."""

    name: str
    url: str = ""
    article_id: str = ""
    origin: str = ""  # the record id or file the article came from (for replays and benchmarks)

    def to_dict(self) -> dict[str, str]:
        """Serialise for JSON output."""
        out = {"name": self.name, "url": self.url, "article_id": self.article_id}
        if self.origin:
            out["origin"] = self.origin
        return out


@dataclass
class Item:
    """One digest line: a fact new to the audience, with its kind and sources."""

    kind: Kind
    text: str
    sources: list[SourceRef] = field(default_factory=list)
    score: float = 0.0
    earlier: str = ""  # the earlier value, for ``updated`` and ``conflict``
    sentence: str = ""  # the full source sentence the line was condensed from
    key: str = ""  # stable fingerprint of the fact, used to remember it was shown
    background: bool = False  # every source is much older than the story's news (older background)

    @property
    def full_text(self) -> str:
        """The line with the earlier value it updates or contradicts: ``text (earlier: x)``."""
        if not self.earlier:
            return self.text
        label = "earlier reports" if self.kind is Kind.CONFLICT else "earlier"
        return f"{self.text} ({label}: {self.earlier})"

    def to_dict(self) -> dict[str, Any]:
        """Serialise for JSON output."""
        out: dict[str, Any] = {
            "kind": self.kind.value,
            "text": self.text,
            "sources": [s.to_dict() for s in self.sources],
        }
        if self.earlier:
            out["earlier"] = self.earlier
        if self.background:
            out["background"] = True
        return out


@dataclass
class StoryDigest:
    """What is new in one story. ``nothing_new`` is explicit, never filler."""

    story_id: str
    title: str
    items: list[Item] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    background_ids: list[str] = field(default_factory=list)  # articles much older than the story
    pending: int = 0  # items over a length cap: their articles stay unread for the next digest
    expired: int = 0  # items over the cap too old to be offered again: left out, and said so
    minor: int = 0  # new items far less salient than the story's best: not shown, and said so

    @property
    def nothing_new(self) -> bool:
        """True when the story's new articles only repeat what is known."""
        return not self.items

    @property
    def pending_note(self) -> str:
        """``+N more in the next digest`` / ``N older items left out`` / ``N minor items not shown``, else ``""``."""
        notes = [f"+{self.pending} more in the next digest"] if self.pending > 0 else []
        if self.expired > 0:
            notes.append(f"{self.expired} older item{'s' if self.expired != 1 else ''} left out")
        if self.minor > 0:
            notes.append(f"{self.minor} minor item{'s' if self.minor != 1 else ''} not shown")
        return "; ".join(notes)

    def to_dict(self) -> dict[str, Any]:
        """Serialise for JSON output."""
        return {
            "story_id": self.story_id,
            "title": self.title,
            "nothing_new": self.nothing_new,
            "older_background": bool(self.background_ids),
            "pending": self.pending,
            "expired": self.expired,
            "minor": self.minor,
            "articles": list(self.article_ids),
            "items": [i.to_dict() for i in self.items],
        }


@dataclass(frozen=True)
class Window:
    """A bound on a large backlog (a channel's first digest, or one after a long silence).

    Only the unseen articles of the ``days`` before the newest one, at most the ``articles``
    newest, were read; the ``skipped`` older ones are left out for good (never shown, never
    part of what the audience knows) and the reply says so (:attr:`note`). ``start`` and
    ``through`` say which: the articles published (else ingested) before ``start`` among the
    first ``through`` arrivals (the store's inbox position when the digest was built).
    """

    days: int
    articles: int
    skipped: int
    start: datetime
    through: int = 0

    @property
    def note(self) -> str:
        """``Showing the last 2 days (at most 100 articles); 9,870 older unseen articles are skipped.``"""
        span = f"{self.days} day{'s' if self.days != 1 else ''}"
        many = f"{self.skipped:,} older unseen article{'s' if self.skipped != 1 else ''}"
        return (f"Showing only the last {span} of news (at most {self.articles} articles); {many} "
                f"{'are' if self.skipped != 1 else 'is'} skipped and will not be shown.")


@dataclass
class Digest:
    """A digest for one audience: story sections, and the articles it covers."""

    audience: str
    stories: list[StoryDigest] = field(default_factory=list)
    created: datetime | None = None
    article_ids: list[str] = field(default_factory=list)  # every article this digest accounts for
    held_ids: list[str] = field(default_factory=list)  # articles left unread: items a cap held back
    window: Window | None = None  # a large backlog was bounded: older articles skipped (said in the reply)
    minor_left: int = 0  # minor items of stories left out whole (a quiet day): not shown, and said so

    @property
    def nothing_note(self) -> str:
        """What an empty digest says: ``Nothing new …``, or that only minor items came (a quiet day)."""
        if self.minor_left > 0:
            n = self.minor_left
            return f"Nothing of note right now: {n} minor item{'s' if n != 1 else ''} not shown."
        return NOTHING_NEW

    @property
    def items(self) -> list[Item]:
        """All items, story by story, in display order."""
        return [i for s in self.stories for i in s.items]

    @property
    def empty(self) -> bool:
        """True when there is nothing new to tell at all."""
        return not self.items

    def without_quiet_stories(self) -> Digest:
        """The digest without the stories that have nothing new to tell (no item), in place.

        A post lists only stories with news: twenty sections that each say "nothing new" tell a
        reader nothing. Their articles stay in ``article_ids``, so delivering the digest still
        records them as known (a digest of only such stories is empty: nothing is posted). Their
        minor items are counted in ``minor_left``: an empty digest then says that only minor items
        came, rather than "nothing new".
        """
        quiet = [s for s in self.stories if not s.items]
        self.stories = [s for s in self.stories if s.items]
        self.minor_left += sum(s.minor for s in quiet)
        return self

    def to_dict(self) -> dict[str, Any]:
        """Serialise for JSON output."""
        return {
            "audience": self.audience,
            "created": self.created.isoformat() if self.created else None,
            "stories": [s.to_dict() for s in self.stories],
            "articles": list(self.article_ids),
            **({"window": self.window.note, "skipped": self.window.skipped} if self.window else {}),
            **({"minor_left": self.minor_left} if self.minor_left else {}),
        }
