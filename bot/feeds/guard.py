"""Refusing private network addresses at connect time (server-side request forgery guard).

Chat users can add feed URLs, so the bot must not become a way to probe its own network.
Checking the URL's host name is not enough: a public name can resolve to 127.0.0.1 or
169.254.169.254, and a redirect can point anywhere. :class:`GuardedBackend` is an httpcore
network backend that resolves the host itself, refuses the connection when any address is
loopback, private, link-local, reserved, multicast or unspecified, and then connects to the
address it checked, so a second DNS answer cannot slip a different address in. Every
connection goes through it, redirects included.
"""
from __future__ import annotations

import ipaddress
import socket
from typing import Awaitable, Callable, Iterable

import anyio
import httpcore
import httpx

Resolver = Callable[[str, int], Awaitable[list[str]]]


class PrivateAddressRefused(httpcore.ConnectError):
    """The host resolves to an address digestbot will not connect to."""


def is_public(address: str) -> bool:
    """True for a globally routable address (IPv4-mapped IPv6 is judged as IPv4)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_multicast
                or ip.is_unspecified)


async def system_resolve(host: str, port: int) -> list[str]:
    """The addresses ``host`` resolves to (the system resolver, off the event loop)."""
    infos = await anyio.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """An httpcore backend that connects only to public addresses it resolved and checked itself."""

    def __init__(self, inner: httpcore.AsyncNetworkBackend | None = None, resolve: Resolver = system_resolve) -> None:
        self.inner = inner or httpcore.AnyIOBackend()
        self.resolve = resolve

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                          socket_options: Iterable | None = None) -> httpcore.AsyncNetworkStream:
        """Resolve, refuse private addresses, connect to the first checked address."""
        try:
            addresses = [host] if _is_ip(host) else await self.resolve(host, port)
        except OSError as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
        if not addresses:
            raise httpcore.ConnectError(f"cannot resolve {host}")
        refused = [a for a in addresses if not is_public(a)]
        if refused:
            raise PrivateAddressRefused(f"refusing {host}: it resolves to a non-public address ({refused[0]})")
        return await self.inner.connect_tcp(addresses[0], port, timeout=timeout, local_address=local_address,
                                            socket_options=socket_options)

    async def connect_unix_socket(self, path: str, timeout: float | None = None,
                                  socket_options: Iterable | None = None) -> httpcore.AsyncNetworkStream:
        """Unix sockets are local by definition: refused."""
        raise PrivateAddressRefused("refusing a unix socket")

    async def sleep(self, seconds: float) -> None:
        """Delegate to the wrapped backend."""
        await self.inner.sleep(seconds)


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def guarded_transport(resolve: Resolver = system_resolve, **kwargs: object) -> httpx.AsyncHTTPTransport:
    """An httpx transport whose every connection (redirects included) goes through :class:`GuardedBackend`.

    Why a private attribute: httpx has no public way to give its transport an httpcore network
    backend (``httpcore.AsyncConnectionPool(network_backend=...)`` is public, but
    ``httpx.AsyncHTTPTransport`` builds its pool itself). The public alternative is a transport
    of our own over an httpcore pool, which would re-implement httpx's request/response and
    exception mapping (``httpcore.ConnectError`` -> ``httpx.ConnectError`` ...); setting the one
    attribute is smaller and is checked here and by tests/bot/feeds/test_feeds_guard.py.
    """
    transport = httpx.AsyncHTTPTransport(**kwargs)  # type: ignore[arg-type]
    pool = transport._pool  # httpx keeps its httpcore pool here; the backend is the pool's I/O layer
    if not hasattr(pool, "_network_backend"):  # pragma: no cover - guards against an httpcore layout change
        raise RuntimeError("httpcore connection pool has no network backend to guard")
    pool._network_backend = GuardedBackend(resolve=resolve)
    return transport
