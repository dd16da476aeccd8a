"""HTTP fetching for feeds and pages: timeouts, a size cap, bounded redirects, conditional GET.

Every failure becomes a :class:`FetchError` with a one-line message; nothing here raises
anything else for network trouble.
"""
from __future__ import annotations

import asyncio
from dataclasses import dataclass

import httpx

from bot.core.redact import redact

MAX_BYTES = 5 * 1024 * 1024
MAX_TOTAL = 30.0  # default ceiling (seconds) for one complete answer
USER_AGENT = "digestbot/0.1 (+https://github.com/digestbot; feed reader)"


class FetchError(Exception):
    """A fetch failed; ``str(exc)`` is one line for logs and users.

    ``kind`` says what failed, for callers that explain it in words: ``http`` (``status`` is the
    HTTP status), ``connect`` (no server reached), ``timeout``, ``redirects``, ``size``, ``url``.
    """

    def __init__(self, message: str, kind: str = "connect", status: int | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.status = status


@dataclass(frozen=True)
class FetchResult:
    """What a GET returned (``not_modified`` for a 304; then ``body`` is empty)."""

    url: str  # final URL after redirects
    status: int
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        """True for a 304 answer to a conditional GET."""
        return self.status == 304


class Fetcher:
    """Fetches URLs with one shared ``httpx.AsyncClient`` (inject a transport or client in tests)."""

    def __init__(
        self,
        *,
        timeout: float = 20.0,
        total_timeout: float | None = None,
        max_bytes: int = MAX_BYTES,
        max_redirects: int = 5,
        transport: httpx.AsyncBaseTransport | None = None,
        client: httpx.AsyncClient | None = None,
        allow_private: bool = False,
    ) -> None:
        """``allow_private=False`` (the default) refuses connections to non-public addresses,
        whatever the URL's host name or redirects say (see :mod:`bot.feeds.guard`)."""
        self.max_bytes = max_bytes
        if transport is None and client is None and not allow_private:
            from bot.feeds.guard import guarded_transport

            transport = guarded_transport()
        # The whole answer (not each read) must arrive in time: a server trickling a byte a
        # second would otherwise hold a poll for as long as it likes.
        self.total_timeout = total_timeout if total_timeout is not None else min(timeout * 3, MAX_TOTAL)
        self._own = client is None
        self.client = client or httpx.AsyncClient(
            timeout=httpx.Timeout(timeout),
            follow_redirects=True,
            max_redirects=max_redirects,
            transport=transport,
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
        )

    async def aclose(self) -> None:
        """Close the HTTP client if this fetcher created it."""
        if self._own:
            await self.client.aclose()

    async def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
                  accept: str = "*/*") -> FetchResult:
        """GET ``url`` (conditionally when validators are given); raise FetchError on any failure."""
        try:
            return await asyncio.wait_for(self._get(url, etag, last_modified, accept), self.total_timeout)
        except asyncio.TimeoutError:
            raise FetchError(f"{_short(url)}: no complete answer within {self.total_timeout:g}s", "timeout") from None

    async def _get(self, url: str, etag: str | None, last_modified: str | None, accept: str) -> FetchResult:
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            async with self.client.stream("GET", url, headers=headers) as resp:
                final = str(resp.url)
                if resp.status_code == 304:
                    return FetchResult(final, 304, etag=resp.headers.get("etag") or etag,
                                       last_modified=resp.headers.get("last-modified") or last_modified)
                if resp.status_code >= 400:
                    raise FetchError(f"{_short(url)}: HTTP {resp.status_code} {resp.reason_phrase}".rstrip(), "http",
                                     resp.status_code)
                declared = resp.headers.get("content-length", "")
                if declared.isdecimal() and int(declared) > self.max_bytes:
                    raise FetchError(f"{_short(url)}: {_mb(int(declared))} is over the {_mb(self.max_bytes)} cap", "size")
                chunks: list[bytes] = []
                size = 0
                async for chunk in resp.aiter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FetchError(f"{_short(url)}: body over the {_mb(self.max_bytes)} cap", "size")
                    chunks.append(chunk)
                return FetchResult(final, resp.status_code, b"".join(chunks), resp.headers.get("content-type", ""),
                                   resp.headers.get("etag"), resp.headers.get("last-modified"))
        except httpx.TooManyRedirects:
            raise FetchError(f"{_short(url)}: too many redirects", "redirects") from None
        except httpx.TimeoutException:
            raise FetchError(f"{_short(url)}: timed out", "timeout") from None
        except httpx.InvalidURL as exc:
            raise FetchError(f"{_short(url)}: invalid URL ({exc})", "url") from None
        except httpx.HTTPError as exc:
            raise FetchError(f"{_short(url)}: {type(exc).__name__}: {str(exc).splitlines()[0][:120] if str(exc) else 'failed'}") from None


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB"


def _short(url: str) -> str:
    """The URL for an error message: redacted first (a cut could hide the ``@`` that marks a password)."""
    url = redact(url)
    return url if len(url) <= 120 else url[:117] + "..."
