"""Fetcher against a real local HTTP server: errors are one line, caps and timeouts hold."""
from __future__ import annotations

import time

import pytest
from fakes.web import Route, page

from bot.feeds.fetch import FetchError, Fetcher


async def test_ok_and_conditional_get(web):
    web.routes["/a"] = Route(page("t", ["hello world"]), etag='"v1"', last_modified="Mon, 03 Mar 2025 08:00:00 GMT")
    f = Fetcher(allow_private=True, timeout=2)
    try:
        first = await f.get(web.url("/a"))
        assert first.status == 200 and b"hello world" in first.body
        assert first.etag == '"v1"' and first.last_modified.startswith("Mon, 03 Mar")
        again = await f.get(web.url("/a"), etag=first.etag, last_modified=first.last_modified)
        assert again.not_modified and again.body == b"" and again.etag == '"v1"'
    finally:
        await f.aclose()
    sent = web.hits_for("/a")[1].headers
    assert sent["if-none-match"] == '"v1"' and sent["if-modified-since"].startswith("Mon, 03 Mar")


async def test_404_is_one_line(web):
    f = Fetcher(allow_private=True, timeout=2)
    with pytest.raises(FetchError) as err:
        await f.get(web.url("/missing"))
    await f.aclose()
    assert "HTTP 404" in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize("declare", [True, False])
async def test_size_cap_enforced_while_streaming(web, declare):
    web.routes["/big"] = Route(stream_bytes=10 * 1024 * 1024, declare_length=declare)
    f = Fetcher(allow_private=True, timeout=5, max_bytes=5 * 1024 * 1024)
    with pytest.raises(FetchError) as err:
        await f.get(web.url("/big"))
    await f.aclose()
    assert "cap" in str(err.value) and "5.0 MB" in str(err.value) and "\n" not in str(err.value)


async def test_server_that_never_answers_times_out(web):
    web.routes["/hang"] = Route(hang=True)
    f = Fetcher(allow_private=True, timeout=0.5)
    t0 = time.monotonic()
    with pytest.raises(FetchError) as err:
        await f.get(web.url("/hang"))
    await f.aclose()
    assert time.monotonic() - t0 < 3
    assert "timed out" in str(err.value) or "no complete answer" in str(err.value)


async def test_redirect_loop_is_bounded(web):
    web.routes["/loop/a"] = Route(location="/loop/b")
    web.routes["/loop/b"] = Route(location="/loop/a")
    f = Fetcher(allow_private=True, timeout=2, max_redirects=4)
    with pytest.raises(FetchError) as err:
        await f.get(web.url("/loop/a"))
    await f.aclose()
    assert "too many redirects" in str(err.value)
    loop_hits = [h for h in web.hits if h.path.startswith("/loop/")]
    assert 4 <= len(loop_hits) <= 5


async def test_redirect_followed_within_bound(web):
    web.routes["/old"] = Route(location="/new", status=301)
    web.routes["/new"] = Route(b"moved here")
    f = Fetcher(allow_private=True, timeout=2)
    res = await f.get(web.url("/old"))
    await f.aclose()
    assert res.body == b"moved here" and res.url.endswith("/new")


async def test_connection_refused_is_one_line():
    f = Fetcher(allow_private=True, timeout=1)
    with pytest.raises(FetchError) as err:
        await f.get("http://127.0.0.1:9/feed")
    await f.aclose()
    assert "\n" not in str(err.value) and "127.0.0.1:9" in str(err.value)
