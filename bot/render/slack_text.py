"""Safe Slack ``mrkdwn`` from untrusted text (article sentences, titles, outlet names, URLs).

Slack parses ``mrkdwn`` for control sequences (``<!channel>``, ``<@U123>``, ``<#C123>``,
``<!subteam^S1>``, ``<url|label>``) and for formatting (``*bold*``, ``_italic_``, ``~strike~``,
```code```). Slack documents escaping only for ``&``, ``<`` and ``>``; mrkdwn has no backslash
escape, and ``verbatim: true`` only stops auto-linking (formatting is still applied). What a
reader copies must be what the article said, so text from articles is made inert this way:

* ``&``, ``<``, ``>`` become ``&amp;``, ``&lt;``, ``&gt;`` (Slack's documented escaping): no
  control sequence can open, so no mention, broadcast or link can come from article text;
* ``*``, ``_`` and ``~`` stay as they are (``snake_case``, ``5*3``, ``~10 km`` are not
  formatting for Slack: a marker formats only in a pair that opens and closes at a word
  boundary). A span that *would* format (``*Correction*``, ``_Titanic_``) is wrapped in a code
  span, inside which Slack formats nothing: it shows in monospace, and copying it gives the
  article's characters exactly. No zero-width character is inserted;
* backticks cannot be escaped or nested in a code span: when there are two or more (or a span
  needs wrapping) they alone become the look-alike ``ˋ``, the one remaining substitution;
* our own emphasis (bold titles, the italic "earlier" note) is left off text that contains
  a formatting character, so an article's marker can never close it early;
* link labels (outlet names) cannot hold a code span: a formatting pair there becomes look-alikes;
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
_BACKTICK = str.maketrans({"`": "\u02cb"})
FORMATTING = frozenset("*_~`")
# A span Slack would format: a marker after a non-word character (or at the start), non-space
# inside at both ends, the same marker closing before a non-word character (or the end).
_PAIR = re.compile(r"(?<![0-9A-Za-z])([*_~])(?=\S).*?\S\1(?![0-9A-Za-z])")
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


def neutralise_formatting(text: str) -> str:
    """Every span of one line that Slack would format wrapped in a code span; backticks as look-alikes if needed."""
    if "`" in text and (text.count("`") > 1 or _PAIR.search(text)):
        text = text.translate(_BACKTICK)
    return _PAIR.sub(lambda m: f"`{m.group(0)}`", text)


def has_formatting(text: str) -> bool:
    """True if ``text`` holds a character Slack may read as formatting (our emphasis stays off it)."""
    return any(ch in FORMATTING for ch in text)


def escape_mrkdwn(text: str) -> str:
    """Untrusted text → inert mrkdwn: no mentions, no links, no formatting, one line."""
    return neutralise_broadcasts(escape_control(neutralise_formatting(clean_text(text))))


def escape_plain(text: str) -> str:
    """Untrusted text for a message's ``text`` fallback or a short reply (keeps newlines)."""
    lines = [neutralise_formatting(clean_text(line)) for line in text.splitlines()]
    return neutralise_broadcasts(escape_control("\n".join(lines)))


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
    label = clean_text(label)
    if _PAIR.search(label) or label.count("`") > 1:
        label = label.translate(_LOOKALIKES)
    text = escape_clipped(label, label_limit).replace("|", "\u00a6") or "source"
    target = safe_url(url)
    return f"<{target}|{text}>" if target else text
