"""Making untrusted article text safe to show in Discord markdown.

Article text reaches Discord as markdown. Left alone it could ping (``@everyone``, ``<@id>``,
``<@&role>``), format (``**bold**``, ``# heading``) or hide a link behind harmless words
(``[click](https://evil)``), or reverse and hide text with bidi/zero-width characters.
:func:`escape_text` neutralises all of that while keeping the text readable; :func:`safe_url`
lets only plain http(s) URLs without user-info become links (both via :mod:`bot.render.untrusted`).

``discord.utils.escape_markdown`` does most of the work but neither escapes backslashes nor
cooperates with brackets escaped before it, so backslashes and brackets are swapped for
private-use placeholders around the call and escaped afterwards.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from discord.utils import escape_markdown, escape_mentions

from bot.render.untrusted import linkable_url, strip_invisible

ZWSP = "\u200b"

# Placeholders (Unicode private use area) for characters escaped after escape_markdown.
_BACKSLASH, _OPEN, _CLOSE = "\ue000", "\ue001", "\ue002"
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
# <@id>, <@!id>, <@&role>, <#channel>, </cmd:id>, <t:ts>, <:emoji:id>, <a:emoji:id>
_ANGLE_MENTION = re.compile(r"<(?=[@#/:]|a:|t:)")
# @everyone / @here in any case (escape_mentions only handles the exact lower-case forms)
_MASS_MENTION = re.compile(r"@(?=(?:everyone|here)\b)", re.IGNORECASE)
MAX_URL = 512
_WHITESPACE = re.compile(r"\s+")


def one_line(text: str) -> str:
    """Collapse every run of whitespace (newlines included) to one space."""
    return _WHITESPACE.sub(" ", text or "").strip()


def escape_text(text: str) -> str:
    """Escape markdown, links and mentions in untrusted text; the result is one line."""
    text = _PRIVATE_USE.sub("", one_line(strip_invisible(text)))
    text = text.replace("\\", _BACKSLASH).replace("[", _OPEN).replace("]", _CLOSE)
    text = escape_markdown(text)
    text = text.replace(_BACKSLASH, "\\\\").replace(_OPEN, "\\[").replace(_CLOSE, "\\]")
    text = escape_mentions(text)
    text = _ANGLE_MENTION.sub("<" + ZWSP, text)
    text = _MASS_MENTION.sub("@" + ZWSP, text)
    return text


def escape_lines(text: str) -> str:
    """Escape untrusted multi-line text line by line, keeping line breaks and leading indentation."""
    lines = []
    for line in (text or "").splitlines():
        indent = line[: len(line) - len(line.lstrip(" "))]
        escaped = escape_text(line)
        lines.append(indent + escaped if escaped else "")
    return "\n".join(lines).strip("\n")


def safe_url(url: str) -> str | None:
    """The URL if it is an absolute http(s) URL without user-info, made safe inside ``[text](url)``; else None."""
    target = linkable_url(url, MAX_URL)
    if target is None:
        return None
    # Characters that would end the link target or break out of it are percent-encoded.
    return quote(target, safe="/:?#&=%+@!$',;*~._-")


def cut(text: str, limit: int, ellipsis: str = "…") -> str:
    """Shorten escaped ``text`` to at most ``limit`` characters without breaking an escape."""
    if len(text) <= limit:
        return text
    end = safe_split_point(text, max(0, limit - len(ellipsis)))
    return text[:end].rstrip() + ellipsis


def safe_split_point(text: str, end: int) -> int:
    """The largest index <= ``end`` that does not split a backslash escape or a surrogate pair."""
    end = min(end, len(text))
    backslashes = 0
    i = end - 1
    while i >= 0 and text[i] == "\\":
        backslashes += 1
        i -= 1
    if backslashes % 2:
        end -= 1  # the cut would separate "\" from the character it escapes
    return max(end, 0)


def split_words(text: str, limit: int) -> list[str]:
    """Split escaped ``text`` into pieces of at most ``limit`` characters, at spaces when possible."""
    if limit < 2:
        raise ValueError("limit too small")
    pieces: list[str] = []
    rest = text
    while len(rest) > limit:
        end = rest.rfind(" ", limit // 2, limit + 1)
        if end <= 0:
            end = safe_split_point(rest, limit)
        pieces.append(rest[:end].rstrip())
        rest = rest[end:].lstrip()
    if rest or not pieces:
        pieces.append(rest)
    return pieces
