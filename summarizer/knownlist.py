"""The sentences one memory holds, kept column by column; a :class:`Known` is made when one is read.

A memory holds some 25,000 sentences per 1,000 articles, and a process keeps 16 channel memories: a slotted
object per sentence (72 bytes, and a list slot) came to 27 MB of the scale benchmark's 103 channels. Here a held
sentence is three list slots (its analysis, story id and article id, all shared objects) and a 4-byte day: 28
bytes. Reading one makes a short-lived :class:`Known` with the same values; it remembers which list made it, so
:meth:`summarizer.memory.Memory.recency` still tells which layer holds it.
"""
from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterator, overload

from summarizer.indexes import shared_index

if TYPE_CHECKING:
    from summarizer.memory import Features


@dataclass(slots=True)
class Known:
    """A sentence in memory, as read from its :class:`KnownList` (``home``)."""

    index: int
    features: Features
    story_id: str
    ref: str  # article id (or any caller reference)
    day: int = 0  # its article's publication day (a date's ordinal), 0 when unknown
    home: Any = field(default=None, compare=False, repr=False)  # the KnownList it was read from


class KnownList:
    """Held sentences by index (None once forgotten), as parallel columns."""

    __slots__ = ("features", "_stories", "_refs", "_days")

    def __init__(self) -> None:
        """An empty list."""
        self.features: list[Features | None] = []
        self._stories: list[str] = []
        self._refs: list[str] = []
        self._days = array("i")  # date ordinals (0 when unknown): 4 bytes each

    def __len__(self) -> int:
        return len(self.features)

    @overload
    def __getitem__(self, i: int) -> Known | None: ...

    @overload
    def __getitem__(self, i: slice) -> list[Known | None]: ...

    def __getitem__(self, i: int | slice) -> Known | None | list[Known | None]:
        if isinstance(i, slice):  # as a list slices: the sentences read at those indexes
            return [self[j] for j in range(*i.indices(len(self.features)))]
        f = self.features[i]
        if f is None:
            return None
        n = i if i >= 0 else len(self.features) + i
        return Known(shared_index(n), f, self._stories[i], self._refs[i], self._days[i], self)

    def __iter__(self) -> Iterator[Known | None]:
        return (self[i] for i in range(len(self.features)))

    def append(self, f: Features, story_id: str, ref: str, day: int) -> Known:
        """Hold a sentence at the next index; return it as read."""
        self.features.append(f)
        self._stories.append(story_id)
        self._refs.append(ref)
        self._days.append(day)
        return self[len(self.features) - 1]  # type: ignore[return-value]  # just held: never None

    def forget(self, i: int) -> None:
        """Free the sentence at index ``i`` (it reads as None from now on)."""
        self.features[i] = None
        self._stories[i] = self._refs[i] = ""

    def holds(self, k: Known) -> bool:
        """Whether ``k`` was read from this list and is still held here."""
        return k.home is self and k.index < len(self.features) and self.features[k.index] is k.features
