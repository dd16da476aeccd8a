"""Text as every database stores it alike: no control characters, no lone surrogates, capped lengths.

SQLite accepts a NUL character or a 500-character ``source``; PostgreSQL refuses both and with
them the whole transaction. Articles are normalised when they are made, so both store the same.
"""
from __future__ import annotations

import re

MAX_TITLE_CHARS = 300
MAX_SOURCE_CHARS = 200  # the store's articles.source column is VARCHAR(200)
MAX_URL_CHARS = 2048
# Control characters (PostgreSQL refuses NUL), bidi overrides, zero-width characters, and lone
# surrogates (not encodable as UTF-8). Tab and newline are spared.
UNSTORABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ud800-\udfff]")


def storable(text: str, limit: int, *, flat: bool = True) -> str:
    """``text`` as every database stores it alike: unstorable characters out, at most ``limit`` characters;
    ``flat`` also puts it on one line with single spaces."""
    text = UNSTORABLE.sub("", text)
    if flat:
        text = " ".join(text.split())
    return text[:limit]
