"""What a poll reports: one line per feed, and the notices a channel gets about a feed's health."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from bot.core.redact import redact


class Notifier(Protocol):
    """Tells a channel about the health of a feed it follows."""

    async def feed_failing(self, channel: str, feed_url: str, error: str, failures: int) -> None:
        """The feed has failed ``failures`` times in a row (called once per failure streak)."""
        ...

    async def feed_recovered(self, channel: str, feed_url: str) -> None:
        """A feed reported as failing works again."""
        ...


@dataclass
class PollReport:
    """What one poll of one feed did."""

    feed_id: int
    url: str
    status: str = "ok"  # ok | not-modified | baseline | error
    added: int = 0  # new articles (including new versions)
    versions: int = 0  # of ``added``: new versions of known entries
    duplicates: int = 0  # entries that were already stored under another guid/URL/text
    error: str = ""
    warning: str = ""

    def line(self) -> str:
        """One human line for the CLI and logs (secrets in the URL or the error redacted)."""
        return redact(self._line())

    def _line(self) -> str:
        if self.status == "error":
            error = self.error.removeprefix(self.url + ": ").removeprefix(redact(self.url) + ": ")
            return f"{self.url}: error: {error}"
        extra = f" ({self.warning})" if self.warning else ""
        if self.status == "not-modified":
            return f"{self.url}: not modified"
        if self.status == "baseline":
            return f"{self.url}: first poll, {self.added} existing entries recorded as baseline{extra}"
        return f"{self.url}: {self.added} new ({self.versions} updated), {self.duplicates} duplicates{extra}"
