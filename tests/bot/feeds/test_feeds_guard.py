"""The connect-time guard: no feed URL, name or redirect reaches a non-public address."""
from __future__ import annotations

import pytest
from fakes.web import Route, page

from bot.feeds.fetch import FetchError, Fetcher
from bot.feeds.guard import GuardedBackend, guarded_transport, is_public


@pytest.mark.parametrize("address,public", [
    ("8.8.8.8", True), ("2001:4860:4860::8888", True),
    ("127.0.0.1", False), ("10.1.2.3", False), ("192.168.0.1", False), ("172.16.5.4", False),
    ("169.254.169.254", False), ("0.0.0.0", False), ("::1", False), ("fe80::1", False),
    ("::ffff:127.0.0.1", False), ("224.0.0.1", False),
])
def test_is_public(address: str, public: bool) -> None:
    assert is_public(address) is public


def fixed(mapping: dict[str, list[str]]):  # type: ignore[no-untyped-def]
    """A resolver that answers from ``mapping`` (no DNS in tests)."""
    async def resolve(host: str, port: int) -> list[str]:
        return mapping[host]
    return resolve


async def test_default_fetcher_refuses_a_local_server(web) -> None:
    web.routes["/a"] = Route(page("t", ["hello"]))
    f = Fetcher(timeout=2)  # the default: guarded
    with pytest.raises(FetchError) as err:
        await f.get(web.url("/a"))
    await f.aclose()
    assert "non-public address" in str(err.value) and "\n" not in str(err.value)
    assert web.hits_for("/a") == []  # nothing reached the server


async def test_a_public_looking_name_that_resolves_locally_is_refused(web) -> None:
    web.routes["/a"] = Route(page("t", ["hello"]))
    port = int(web.url("/a").split(":")[2].split("/")[0])
    transport = guarded_transport(resolve=fixed({"news.example.com": ["127.0.0.1"]}))
    f = Fetcher(timeout=2, transport=transport)
    with pytest.raises(FetchError) as err:
        await f.get(f"http://news.example.com:{port}/a")
    await f.aclose()
    assert "news.example.com" in str(err.value) and "127.0.0.1" in str(err.value)
    assert web.hits_for("/a") == []


async def test_a_redirect_into_the_local_network_is_refused(web) -> None:
    # A server the guard allows (here: the resolver says the name is public; the test still
    # connects locally through an unguarded inner backend) redirects to a private address.
    web.routes["/a"] = Route(status=302, location="http://10.0.0.7/admin")
    port = int(web.url("/a").split(":")[2].split("/")[0])

    class LocalButCalledPublic(GuardedBackend):
        async def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):  # type: ignore[no-untyped-def]
            if host == "feeds.example.org":
                return await self.inner.connect_tcp("127.0.0.1", port, timeout=timeout)
            return await super().connect_tcp(host, port, timeout, local_address, socket_options)

    transport = guarded_transport()
    transport._pool._network_backend = LocalButCalledPublic()
    f = Fetcher(timeout=2, transport=transport)
    with pytest.raises(FetchError) as err:
        await f.get(f"http://feeds.example.org:{port}/a")
    await f.aclose()
    assert "10.0.0.7" in str(err.value)
    assert len(web.hits_for("/a")) == 1  # the first hop was made; the redirect was not followed


async def test_allow_private_reaches_a_local_server(web) -> None:
    web.routes["/a"] = Route(page("t", ["hello"]))
    f = Fetcher(timeout=2, allow_private=True)
    result = await f.get(web.url("/a"))
    await f.aclose()
    assert result.status == 200 and b"hello" in result.body
