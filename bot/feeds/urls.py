"""URL canonicalisation, content fingerprints and the feed URL policy."""
from __future__ import annotations

import hashlib
import ipaddress
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from bot.feeds.guard import is_public

TRACKING_PARAMS = {"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "ref_src", "cmpid"}


class BadFeedUrl(ValueError):
    """A feed URL digestbot will not fetch (one-line reason)."""


def canonical_url(url: str) -> str:
    """Lower-case scheme/host, no default port, no fragment, no ``utm_*``/click-id params, sorted query."""
    url = url.strip()
    if not url:
        return ""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not k.lower().startswith("utm_") and k.lower() not in TRACKING_PARAMS]
    path = parts.path or "/"
    return urlunsplit((scheme, host, path, urlencode(sorted(query)), ""))


def feed_url(url: str) -> str:
    """The form a feed URL is stored in: lower-case scheme and host, no default port, no fragment, no
    tracking parameters; user-info and the other parameters kept as given (they may be credentials)."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"  # an IPv6 literal
    port = parts.port
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    userinfo = parts.netloc.rpartition("@")[0]
    netloc = f"{userinfo}@{host}" if userinfo else host
    query = "&".join(p for p in parts.query.split("&") if p and not _tracking(p.split("=", 1)[0]))
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def feed_key(url: str) -> str:
    """What makes two feed URLs the same feed: :func:`feed_url` without the scheme (http and https of
    one host are one feed), with sorted parameters and no trailing slash."""
    parts = urlsplit(feed_url(url))
    query = "&".join(sorted(parts.query.split("&"))) if parts.query else ""
    return f"//{parts.netloc}{parts.path.rstrip('/')}" + (f"?{query}" if query else "")


def _tracking(name: str) -> bool:
    name = name.lower()
    return name.startswith("utm_") or name in TRACKING_PARAMS


def fingerprint(text: str) -> str:
    """A hash of the text's words (case, punctuation and spacing do not matter)."""
    words = re.findall(r"\w+", text.lower())
    return hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()[:32]


def version_id(url: str, fp: str) -> str:
    """The article id of one version of a page: canonical URL + content fingerprint."""
    return hashlib.sha1(f"{url}\n{fp}".encode("utf-8")).hexdigest()[:16]


def check_feed_url(url: str, allow_private: bool = False) -> str:
    """Return the URL stripped if digestbot may fetch it; raise BadFeedUrl otherwise.

    Only http(s). Unless ``allow_private``, literal loopback/private/link-local addresses and
    ``localhost`` are refused (a chat user must not make the bot probe its own network). Host
    names that *resolve* to private addresses, and redirects into them, are refused later, at
    connect time, by :mod:`bot.feeds.guard`.
    """
    url = url.strip().strip("<>")
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise BadFeedUrl(f"not an http(s) URL: {url[:200]}")
    if not allow_private:
        host = parts.hostname.lower()
        if host == "localhost" or host.endswith(".localhost"):
            raise BadFeedUrl(f"refusing a local address: {host}")
        try:
            ip = ipaddress.ip_address(host)
        except ValueError:
            return url
        if not is_public(str(ip)):
            raise BadFeedUrl(f"refusing a private address: {host}")
    return url
