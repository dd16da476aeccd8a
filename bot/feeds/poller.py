"""Polling feeds: fetch, parse, fetch new entries' pages, de-duplicate, ingest.

Per feed, one poll:

1. conditional GET (ETag / Last-Modified); a 304 only moves the next poll time;
2. parse (an ill-formed feed keeps what was recovered; a hopeless one is a failure);
3. the first successful poll of a feed records its current entries as *baseline*: they
   predate every subscriber and are never posted (no flood of the back catalogue);
4. later polls, oldest entry first: an unknown guid whose canonical URL or page-text
   fingerprint is already stored is recorded as a duplicate of that article; otherwise its
   page is fetched and extracted (fallback: the feed's own summary/content), built with
   ``make_article`` and ingested together with its entry row in ONE transaction;
5. a known guid whose feed stamp (updated date or content) changed is re-fetched: the same
   text is not a change; a different text is a new *version* (a new article id = canonical
   URL + fingerprint), so the engine reports what the edit added as new/updated items;
6. validators are stored only after every entry was handled, so an interrupted poll
   re-reads the whole document next time.

Failures (network, HTTP, size cap, unparsable) back off exponentially up to ``backoff_cap``
and are reported once per failure streak to each subscribed channel; success resets.
"""
from __future__ import annotations

import asyncio
import logging
from datetime import datetime
from typing import Awaitable, Callable

from bot.core.redact import redact
from bot.digests import Digests
from bot.feeds.extract import extract_page
from bot.feeds.fetch import FetchError, Fetcher
from bot.feeds.parse import FeedEntry, FeedParseError, parse_feed
from bot.feeds.report import Notifier, PollReport
from bot.db.feeds import FeedInfo, FeedRepo
from bot.feeds.urls import canonical_url, fingerprint, version_id
from bot.db.schema import utcnow
from summarizer.errors import InputError
from summarizer.ingest import make_article

log = logging.getLogger(__name__)

FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
Extractor = Callable[[bytes, str], Awaitable[tuple[str, str]]]


class Poller:
    """Polls due feeds and ingests their new entries (dependencies injected)."""

    def __init__(
        self,
        repo: FeedRepo,
        digests: Digests,
        fetcher: Fetcher,
        *,
        clock: Callable[[], datetime] = utcnow,
        notifier: Notifier | None = None,
        extractor: Extractor = extract_page,
        report_after: int = 3,
        backoff_cap: int = 6 * 3600,
        page_concurrency: int = 4,
        max_new_per_poll: int = 50,
        feed_concurrency: int = 4,
        feed_deadline: float = 120.0,
    ) -> None:
        """``feed_concurrency`` feeds are fetched at once; the network part of one feed's poll
        (the feed and its pages) ends after ``feed_deadline`` seconds: pages not fetched by
        then are replaced by the feed's own summaries."""
        self.repo = repo
        self.digests = digests
        self.fetcher = fetcher
        self.clock = clock
        self.notifier = notifier
        self.extractor = extractor
        self.report_after = report_after
        self.backoff_cap = backoff_cap
        self.max_new_per_poll = max_new_per_poll
        self.feed_deadline = feed_deadline
        self._pages = asyncio.Semaphore(page_concurrency)
        self._feeds = asyncio.Semaphore(max(1, feed_concurrency))
        self._writes = asyncio.Lock()  # store writes of concurrent polls, one at a time

    async def poll_due(self, progress: Callable[[str, int], None] | None = None) -> list[PollReport]:
        """Poll every feed whose time has come; ``progress(url, entries_done)`` after each entry."""
        return await self._poll_many(self.repo.due_feeds(self.clock()), progress)

    async def poll_all(self, progress: Callable[[str, int], None] | None = None) -> list[PollReport]:
        """Poll every followed feed now, due or not."""
        return await self._poll_many(self.repo.all_feeds(), progress)

    async def _poll_many(self, feeds: list[FeedInfo], progress: Callable[[str, int], None] | None) -> list[PollReport]:
        """Poll ``feeds`` concurrently, at most ``feed_concurrency`` at once; reports in ``feeds`` order.

        Fetching overlaps; storing follows the feeds' order (each waits for the one before), so
        which feed's copy of a shared story is kept does not depend on network timing.
        """
        stored = [asyncio.Event() for _ in feeds]

        async def one(n: int, feed: FeedInfo) -> PollReport:
            try:
                async with self._feeds:
                    return await self.poll_feed(feed, progress, after=stored[n - 1] if n else None)
            finally:
                stored[n].set()

        return list(await asyncio.gather(*(one(n, feed) for n, feed in enumerate(feeds))))

    async def poll_feed(self, feed: FeedInfo, progress: Callable[[str, int], None] | None = None, *,
                        after: asyncio.Event | None = None) -> PollReport:
        """One poll of one feed; never raises for feed trouble (it is recorded and reported).

        With ``after``, entries are stored only once that event is set (the previous feed is done).
        """
        try:
            return await self._poll_feed(feed, progress, after)
        except Exception as exc:  # e.g. the store is locked: count it as a failed poll, keep going
            log.exception("polling %s failed", feed.url)
            return await self._failed(feed, self.clock(), f"{type(exc).__name__}: {redact(str(exc))[:160]}",
                                      PollReport(feed.id, feed.url))

    async def _poll_feed(self, feed: FeedInfo, progress: Callable[[str, int], None] | None,
                         after: asyncio.Event | None) -> PollReport:
        report = PollReport(feed.id, feed.url)
        now = self.clock()
        deadline = asyncio.get_running_loop().time() + self.feed_deadline
        try:
            try:
                res = await asyncio.wait_for(self.fetcher.get(feed.url, etag=feed.etag, last_modified=feed.last_modified,
                                                              accept=FEED_ACCEPT), self.feed_deadline)
            except asyncio.TimeoutError:
                raise FetchError(f"{feed.url}: no complete answer within {self.feed_deadline:g}s", "timeout") from None
            if res.not_modified:
                report.status = "not-modified"
                await self._succeeded(feed, now, res.etag, res.last_modified, None)
                return report
            parsed = parse_feed(res.body, res.url, res.content_type)
        except (FetchError, FeedParseError) as exc:
            return await self._failed(feed, now, str(exc), report)
        report.warning = parsed.warning
        entries = _oldest_first(parsed.entries)
        if after is not None:
            left = deadline - asyncio.get_running_loop().time()
            await after.wait()  # the wait for earlier feeds does not count against this feed's deadline
            deadline = asyncio.get_running_loop().time() + left
        if feed.last_success is None:
            report.status = "baseline"
            for entry in entries:
                if not self.repo.entry_versions(feed.id, entry.guid):
                    self.repo.record_entry(feed.id, entry.guid, canonical_url(entry.link), "", entry.stamp, None,
                                           baseline=True)
                    report.added += 1
        else:
            errors = await self._ingest_entries(feed, entries, report, progress, deadline)
            if errors:
                return await self._failed(feed, now, errors[0] + (f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""),
                                          report)
        await self._succeeded(feed, now, res.etag, res.last_modified, parsed.title)
        return report

    # -- entries -------------------------------------------------------------------------------
    async def _ingest_entries(self, feed: FeedInfo, entries: list[FeedEntry], report: PollReport,
                              progress: Callable[[str, int], None] | None, deadline: float) -> list[str]:
        """Handle every entry; return one-line errors of entries that must be retried."""
        work: list[tuple[FeedEntry, list, bool]] = []
        for entry in entries:
            versions = self.repo.entry_versions(feed.id, entry.guid)
            if versions and versions[-1].updated == entry.stamp:
                continue  # known and unchanged according to the feed
            # A page is needed for a changed entry, or a new one whose URL is not stored yet.
            needs_page = bool(versions) or self.repo.article_for_url(canonical_url(entry.link)) is None
            work.append((entry, versions, needs_page))
        work = work[: self.max_new_per_poll]
        pages = iter(await self._pages_by(deadline, [e for e, _, needed in work if needed]))
        errors: list[str] = []
        for done, (entry, versions, needed) in enumerate(work, 1):
            page = next(pages) if needed else ("", "")
            try:
                # Cleaning, story assignment and the store write run off the event loop (the digest
                # service's lock may be held by a build in another thread).
                async with self._writes:
                    await asyncio.to_thread(self._handle, feed, entry, versions, page, report)
            except Exception as exc:  # one bad entry must not stop the feed; nothing half-stored
                log.exception("feed %s entry %s failed", feed.url, entry.guid)
                errors.append(redact(f"entry {entry.link or entry.guid}: {type(exc).__name__}: ")
                              + redact(str(exc))[:120])
            if progress:
                progress(feed.url, done)
        return errors

    async def _pages_by(self, deadline: float, entries: list[FeedEntry]) -> list[tuple[str, str]]:
        """The pages of ``entries`` (in order); those not fetched by ``deadline`` fall back to the summary."""
        if not entries:
            return []
        tasks = [asyncio.ensure_future(self._page(e)) for e in entries]
        remaining = max(0.0, deadline - asyncio.get_running_loop().time())
        _, late = await asyncio.wait(tasks, timeout=remaining)
        for task in late:
            task.cancel()
        if late:
            await asyncio.gather(*late, return_exceptions=True)
            log.info("%d page(s) not fetched within the poll's deadline; using the feed summaries", len(late))
        return [(e.summary, "") if t in late else t.result() for e, t in zip(entries, tasks)]

    async def _page(self, entry: FeedEntry) -> tuple[str, str]:
        """(text, title) of the entry's page; falls back to the feed's summary."""
        text = title = ""
        if entry.link.startswith(("http://", "https://")):
            async with self._pages:
                try:
                    res = await self.fetcher.get(entry.link, accept=PAGE_ACCEPT)
                    text, title = await self.extractor(res.body, res.url)
                except FetchError as exc:
                    log.info("page of %s: %s; using the feed summary", entry.guid, exc)
                except Exception:  # an extractor bug must not sink the poll: the summary will do
                    log.exception("extracting the page of %s failed; using the feed summary", entry.guid)
                    text = title = ""
        if len(text) < len(entry.summary):
            text = entry.summary  # the feed carries more than the page gave us
        return text, title

    def _handle(self, feed: FeedInfo, entry: FeedEntry, versions: list, page: tuple[str, str],
                report: PollReport) -> None:
        canon = canonical_url(entry.link)
        if not versions:
            same_url = self.repo.article_for_url(canon)
            if same_url is not None:
                self.repo.record_entry(feed.id, entry.guid, canon, same_url.fingerprint, entry.stamp,
                                       same_url.article_id)
                report.duplicates += 1
                return
        text, page_title = page
        if not text.strip():
            if versions:
                self.repo.touch_entry(versions[-1].seq, entry.stamp)
            else:
                self.repo.record_entry(feed.id, entry.guid, canon, "", entry.stamp, None)  # nothing readable
            return
        fp = fingerprint(text)
        if versions:
            same = next((v for v in versions if v.fingerprint == fp), None)
            if same is not None:  # the feed re-stamped it, the text did not change
                self.repo.touch_entry(versions[-1].seq, entry.stamp)
                return
        else:
            same_text = self.repo.article_for_fingerprint(fp)
            if same_text is not None:  # syndicated copy under another URL
                self.repo.record_entry(feed.id, entry.guid, canon, fp, entry.stamp, same_text.article_id)
                report.duplicates += 1
                return
        try:
            article = make_article(text, name=entry.link or entry.guid, title=entry.title or page_title,
                                   source=feed.title, url=entry.link, published=entry.published,
                                   given_id=version_id(canon or entry.guid, fp))
        except InputError as exc:  # an unsupported language, nothing readable: one line, never silent
            log.warning("skipped %s", exc)
            self.repo.record_entry(feed.id, entry.guid, canon, fp, entry.stamp, None)
            return
        self.digests.ingest([article], extra=lambda s: self.repo.add_entry(
            s, feed.id, entry.guid, canon, fp, entry.stamp, article.id))
        report.added += 1
        if versions:
            report.versions += 1

    # -- outcomes ------------------------------------------------------------------------------
    async def _succeeded(self, feed: FeedInfo, now: datetime, etag: str | None, last_modified: str | None,
                         title: str | None) -> None:
        was_reported = self.repo.record_success(feed.id, now, etag=etag, last_modified=last_modified, title=title)
        if was_reported and self.notifier is not None:
            for channel in self.repo.subscribers(feed.id):
                await self._notify(self.notifier.feed_recovered(channel, feed.url))

    async def _failed(self, feed: FeedInfo, now: datetime, error: str, report: PollReport) -> PollReport:
        error = redact(error)  # stored, logged and posted to channels: never with the feed's credentials
        report.status, report.error = "error", error
        failures, report_now = self.repo.record_failure(feed.id, now, error, cap=self.backoff_cap,
                                                        report_after=self.report_after)
        log.warning("feed %s failed (%d in a row): %s", feed.url, failures, error)
        if report_now and self.notifier is not None:
            for channel in self.repo.subscribers(feed.id):
                await self._notify(self.notifier.feed_failing(channel, feed.url, error, failures))
        return report

    async def _notify(self, call: Awaitable[None]) -> None:
        try:
            await call
        except Exception:  # a notice is best effort; the feed state is already recorded
            log.exception("feed notice failed")


def _oldest_first(entries: list[FeedEntry]) -> list[FeedEntry]:
    """Publication order when every entry is dated, else reversed document order (feeds list newest first)."""
    if entries and all(e.published for e in entries):
        return sorted(entries, key=lambda e: e.published)  # type: ignore[arg-type, return-value]
    return list(reversed(entries))
