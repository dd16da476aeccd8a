"""Safe Slack ``mrkdwn`` from untrusted text (article sentences, titles, outlet names, URLs).

Slack parses ``mrkdwn`` for control sequences (``<!channel>``, ``<@U123>``, ``<#C123>``,
``<!subteam^S1>``, ``<url|label>``) and for formatting (``*bold*``, ``_italic_``, ``~strike~``,
```code```). Slack has no backslash escape, so text from articles is made inert this way:

* ``&``, ``<``, ``>`` become ``&amp;``, ``&lt;``, ``&gt;`` (Slack's documented escaping): no
  control sequence can open, so no mention, broadcast or link can come from article text;
* the formatting characters become look-alikes that Slack does not interpret
  (``*`` → ``∗``, ``_`` → ``ˍ``, ``~`` → ``∼``, backtick → ``ˋ``);
* bare ``@channel``/``@here``/``@everyone``/``@group`` get a zero-width space after the ``@``
  (they are only parsed with ``link_names``, but a reader's client must never ping);
* control, bidirectional and zero-width characters are dropped
  (:func:`bot.render.untrusted.strip_invisible`, shared with Discord) and whitespace is
  collapsed, so an item stays one line and cannot fake another item or a quote.

Section texts are also sent with ``verbatim: true`` so Slack does not auto-link anything.
"""
from __future__ import annotations

import re

from bot.render.untrusted import linkable_url, strip_invisible

ZWSP = "\u200b"
ELLIPSIS = "…"
MAX_URL_CHARS = 800

_LOOKALIKES = str.maketrans({"*": "\u2217", "_": "\u02cd", "~": "\u223c", "`": "\u02cb"})
_BROADCAST = re.compile(r"@(?=(?:channel|here|everyone|group)\b)", re.IGNORECASE)
_WHITESPACE = re.compile(r"\s+")
_LINK_BREAKERS = set("<>|\"'`")


def clean_text(text: str) -> str:
    """Drop control/bidi/zero-width characters and collapse all whitespace (newlines too) to single spaces."""
    return _WHITESPACE.sub(" ", strip_invisible(text)).strip()


def escape_control(text: str) -> str:
    """Escape Slack's three control characters ``&``, ``<`` and ``>``."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def neutralise_broadcasts(text: str) -> str:
    """Put a zero-width space after the ``@`` of ``@channel``, ``@here``, ``@everyone``, ``@group``."""
    return _BROADCAST.sub("@" + ZWSP, text)


def escape_mrkdwn(text: str) -> str:
    """Untrusted text → inert mrkdwn: no mentions, no links, no formatting, one line."""
    return neutralise_broadcasts(escape_control(clean_text(text).translate(_LOOKALIKES)))


def escape_plain(text: str) -> str:
    """Untrusted text for a message's ``text`` fallback or a short reply (keeps newlines)."""
    lines = [clean_text(line) for line in text.splitlines()]
    return neutralise_broadcasts(escape_control("\n".join(lines).translate(_LOOKALIKES)))


def clip(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, ending in an ellipsis when cut."""
    if len(text) <= limit:
        return text
    if limit <= 0:
        return ""
    return text[: limit - 1].rstrip() + ELLIPSIS


def escape_clipped(text: str, limit: int) -> str:
    """``escape_mrkdwn(text)`` no longer than ``limit``; cut before escaping so no entity is split."""
    raw = clean_text(text)
    cut = len(raw)
    while True:
        candidate = raw if cut >= len(raw) else raw[:cut].rstrip() + ELLIPSIS
        out = escape_mrkdwn(candidate)
        if len(out) <= limit or cut <= 0:
            return out if len(out) <= limit else ""
        cut = max(0, min(cut - 1, cut - (len(out) - limit)))


def safe_url(url: str) -> str | None:
    """The URL escaped for a ``<url|label>`` link, or None unless it is a plain http(s) URL."""
    target = linkable_url(url, MAX_URL_CHARS)
    if target is None or any(ch in _LINK_BREAKERS or ch.isspace() for ch in target):
        return None
    return target.replace("&", "&amp;")


def link(url: str, label: str, *, label_limit: int = 80) -> str:
    """A mrkdwn link ``<url|label>`` with an inert label, or just the label if the URL is unsafe."""
    text = escape_clipped(label, label_limit).replace("|", "\u00a6") or "source"
    target = safe_url(url)
    return f"<{target}|{text}>" if target else text
