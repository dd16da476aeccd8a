"""What every chat renderer does first with untrusted text and URLs (Slack and Discord alike).

* :func:`strip_invisible`: bidirectional controls (``U+202E`` right-to-left override, isolates,
  marks), zero-width characters (``U+200B``/``C``/``D``, word joiner, BOM) and every other
  format or control character are removed, so a title cannot reverse what follows it or hide
  words from a reader while a filter sees them. Whitespace is kept (each renderer collapses it).
* :func:`linkable_url`: only a plain ``http``/``https`` URL with a host and *no user-info* may
  become a link target. ``https://discord.com@evil.example/`` reads as discord.com but goes to
  evil.example; such a source is shown by name, unlinked.
"""
from __future__ import annotations

import unicodedata
from urllib.parse import urlsplit

_INVISIBLE = ("Cc", "Cf", "Cs")


def strip_invisible(text: str) -> str:
    """``text`` without control, format (bidi, zero-width) or surrogate characters; whitespace kept."""
    return "".join(ch for ch in text or "" if ch.isspace() or unicodedata.category(ch) not in _INVISIBLE)


def linkable_url(url: str, max_chars: int) -> str | None:
    """The stripped URL if it may be a link target (http(s), a host, no user-info, ≤ ``max_chars``); else None.

    Control/format characters and backslashes (which browsers read as ``/``) are refused; what
    else breaks a platform's link syntax is that renderer's to escape or refuse.
    """
    url = (url or "").strip()
    if not url or len(url) > max_chars:
        return None
    if "\\" in url or any(unicodedata.category(ch).startswith("C") for ch in url):
        return None
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host or "@" in parts.netloc:
        return None
    return url
