"""Checking a feed before following it: fetch, parse, and find the feed a web page names.

``feeds add`` calls :func:`probe_feed`; what is wrong is said in words a user can act on
(nothing at that address, a web page that names no feed, a host that does not answer, a
document that is not RSS or Atom), never as a parser's exception.
"""
from __future__ import annotations

import asyncio
import concurrent.futures
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from bot.core.redact import redact
from bot.feeds.fetch import FetchError, FetchResult, Fetcher
from bot.feeds.parse import FeedParseError, ParsedFeed, parse_feed
from bot.feeds.urls import BadFeedUrl, check_feed_url, feed_url

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.5, */*;q=0.1"
MAX_CANDIDATES = 3  # feeds named by one page that are tried


class FeedProblem(Exception):
    """The URL is not a feed digestbot can follow; ``str(exc)`` says why in words."""


@dataclass(frozen=True)
class FeedFound:
    """A checked feed: the URL to follow, its title and entry count, and whether a page named it."""

    url: str
    title: str
    entries: int
    discovered: bool = False


class _FeedLinks(HTMLParser):
    """Collects ``<link rel="alternate" type="application/rss+xml|atom+xml" href>`` of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []
        self.base = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "base" and a.get("href") and not self.base:
            self.base = a["href"]
        if tag != "link" or "alternate" not in a.get("rel", "").lower().split():
            return
        if a.get("type", "").split(";")[0].strip().lower() in FEED_TYPES and a.get("href", "").strip():
            self.hrefs.append(a["href"].strip())


def feed_links(html: str, page_url: str) -> list[str]:
    """Absolute URLs of the feeds a page names in ``<link rel="alternate">``, in page order, distinct."""
    finder = _FeedLinks()
    try:
        finder.feed(html)
        finder.close()
    except Exception:  # a page broken beyond html.parser's tolerance names no feed
        pass
    base = urljoin(page_url, finder.base) if finder.base else page_url
    return list(dict.fromkeys(urljoin(base, h) for h in finder.hrefs))


def _host(url: str) -> str:
    return urlsplit(url).hostname or url


def explain(exc: FetchError, url: str) -> str:
    """A fetch failure in words."""
    host = _host(url)
    if exc.kind == "http" and exc.status is not None:
        if exc.status in (404, 410):
            return f"there is nothing at that address (HTTP {exc.status}); check the URL"
        if exc.status in (401, 403):
            return f"{host} refuses access to it (HTTP {exc.status})"
        if exc.status >= 500:
            return f"{host} has a server error right now (HTTP {exc.status}); try again later"
        return f"{host} answered HTTP {exc.status} instead of a feed"
    if exc.kind == "timeout":
        return f"{host} did not answer in time"
    if exc.kind == "redirects":
        return "the address redirects too many times"
    if exc.kind == "size":
        return "the document is too large to be a feed"
    if exc.kind == "url":
        return "that is not a valid URL"
    detail = str(exc).split(": ", 1)[-1]
    if "refusing" in detail:
        return f"{host} is a private or local address"
    return f"cannot reach {host} (the host does not exist or no server answers there)"


def _looks_like_html(res: FetchResult) -> bool:
    head = res.body[:1024].lstrip().lower()
    return "html" in res.content_type.lower() or head.startswith((b"<!doctype html", b"<html"))


def _not_a_feed(res: FetchResult) -> str:
    head = res.body[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head:
        return "the address returns an empty document, not a feed"
    if not head.startswith(b"<"):
        kind = res.content_type.split(";")[0].strip() or "that"
        return f"the address returns {kind} content that is not XML, so not an RSS or Atom feed"
    return "the address returns XML that is not an RSS or Atom feed"


def _parse(res: FetchResult) -> ParsedFeed | None:
    try:
        return parse_feed(res.body, res.url, res.content_type)
    except FeedParseError:
        return None


async def probe_feed(url: str, fetcher: Fetcher, *, allow_private: bool = False) -> FeedFound:
    """Fetch ``url``; return the feed it is, or the feed its page names; raise FeedProblem otherwise."""
    try:
        res = await fetcher.get(url, accept=ACCEPT)
    except FetchError as exc:
        raise FeedProblem(explain(exc, url)) from None
    parsed = _parse(res)
    if parsed is not None:
        return FeedFound(feed_url(url), parsed.title, len(parsed.entries))
    if not _looks_like_html(res):
        raise FeedProblem(_not_a_feed(res))
    html = res.body.decode("utf-8", errors="replace")
    candidates = feed_links(html, res.url)
    if not candidates:
        raise FeedProblem("that is a web page, not a feed, and it names no RSS or Atom feed "
                          "(no <link rel=\"alternate\">); give the feed's own address")
    problems: list[str] = []
    for candidate in candidates[:MAX_CANDIDATES]:
        try:
            candidate = check_feed_url(candidate, allow_private)
            found = await fetcher.get(candidate, accept=ACCEPT)
        except BadFeedUrl as exc:
            problems.append(str(exc))
            continue
        except FetchError as exc:
            problems.append(explain(exc, candidate))
            continue
        parsed = _parse(found)
        if parsed is not None:
            return FeedFound(feed_url(candidate), parsed.title, len(parsed.entries), discovered=True)
        problems.append(_not_a_feed(found))
    raise FeedProblem(f"the page names a feed at {redact(candidates[0])}, but {problems[0]}")


def probe_sync(url: str, *, allow_private: bool = False, timeout: float = 10.0) -> FeedFound:
    """:func:`probe_feed` with its own fetcher, for synchronous callers (a worker thread or the CLI)."""
    async def run() -> FeedFound:
        fetcher = Fetcher(timeout=timeout, total_timeout=2 * timeout, allow_private=allow_private)
        try:
            return await probe_feed(url, fetcher, allow_private=allow_private)
        finally:
            await fetcher.aclose()

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(run())
    with concurrent.futures.ThreadPoolExecutor(1) as pool:  # called inside an event loop: not on it
        return pool.submit(asyncio.run, run()).result()

