"""Parsing RSS 2.0 / Atom documents with feedparser into plain :class:`FeedEntry` values.

A "bozo" (ill-formed) feed keeps whatever entries feedparser recovered, with a warning; a
document with nothing usable raises :class:`FeedParseError` with one line.
"""
from __future__ import annotations

import calendar
import hashlib
import io
from dataclasses import dataclass, field
from datetime import datetime, timezone

import feedparser

from summarizer.feedfile import clean_title, html_to_text
from summarizer.storable import MAX_URL_CHARS, storable

BENIGN = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)  # served with odd headers, parsed fine


class FeedParseError(Exception):
    """The document is not a usable feed (one-line message)."""


@dataclass(frozen=True)
class FeedEntry:
    """One entry of a feed, reduced to what digestbot uses."""

    guid: str
    link: str
    title: str
    summary: str  # plain text of the entry's content (or summary)
    published: datetime | None  # naive UTC
    stamp: str  # changes when the feed says the entry changed (updated date + content hash)


@dataclass
class ParsedFeed:
    """A parsed feed: its title, entries (document order) and a warning for ill-formed XML."""

    title: str = ""
    entries: list[FeedEntry] = field(default_factory=list)
    warning: str = ""


def _when(entry: dict) -> datetime | None:
    for key in ("published_parsed", "updated_parsed"):
        value = dict.get(entry, key)
        if value:
            try:
                return datetime.fromtimestamp(calendar.timegm(value), tz=timezone.utc).replace(tzinfo=None)
            except (OverflowError, ValueError, TypeError):
                continue
    return None


def _body(entry: dict) -> str:
    contents = entry.get("content") or []
    best = max((c.get("value", "") for c in contents), key=len, default="")
    summary = entry.get("summary", "") or ""
    return html_to_text(best if len(best) >= len(summary) else summary)


def parse_feed(data: bytes, url: str = "", content_type: str = "") -> ParsedFeed:
    """Parse a feed document (bytes); never touches the network or the file system."""
    headers = {"content-location": url} if url else {}
    headers["content-type"] = content_type or "application/xml"
    try:
        parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    except (ValueError, OverflowError) as error:  # feedparser's own bugs, e.g. ``&#2000000;`` (chr() out of range)
        raise FeedParseError(f"{url or 'feed'}: not a usable feed ({type(error).__name__})") from error
    exc = parsed.get("bozo_exception")
    raw_entries = parsed.get("entries") or []
    serious = bool(parsed.get("bozo")) and not isinstance(exc, BENIGN)
    if not raw_entries and (serious or not parsed.get("version")):
        reason = f"{type(exc).__name__}: {str(exc).splitlines()[0][:120]}" if exc else "no RSS or Atom elements"
        raise FeedParseError(f"{url or 'feed'}: not a usable feed ({reason})")
    out = ParsedFeed(title=storable(clean_title(parsed.get("feed", {}).get("title", "")), 300, flat=False))
    if parsed.get("bozo") and exc is not None and not isinstance(exc, BENIGN):
        out.warning = f"ill-formed feed, kept {len(raw_entries)} entries ({type(exc).__name__})"
    for e in raw_entries:
        link = storable(e.get("link") or "", MAX_URL_CHARS, flat=False).strip()  # stored as-is by SQLite and PostgreSQL alike
        title = storable(clean_title(e.get("title", "")), 300, flat=False)
        summary = _body(e)
        guid = storable(e.get("id") or e.get("guid") or link or "", 1000, flat=False).strip()
        if not guid:
            if not (title or summary):
                continue
            guid = "sha1:" + hashlib.sha1(f"{title}\n{summary}".encode()).hexdigest()
        digest = hashlib.sha1(f"{title}\n{summary}".encode()).hexdigest()[:12]
        when = dict.get(e, "updated") or dict.get(e, "published") or ""  # dict.get: no feedparser fallback warning
        stamp = f"{storable(str(when), 200, flat=False)}|{digest}"
        out.entries.append(FeedEntry(guid, link, title, summary, _when(e), stamp))
    return out
