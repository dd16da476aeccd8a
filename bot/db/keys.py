"""Article keys (:class:`~bot.db.schema.KeysRow`): what a restart reads of an article instead of its text.

Stored at ingest next to the article's analysis (:meth:`bot.digests.Digests.ingest`):

- its story vector and body line keys: the story index is restored from them
  (:meth:`summarizer.stories.StoryIndex.restore`) without splitting the text again;
- the wording hash of each sentence (:func:`summarizer.memory.wording`, 8 bytes each): a memory restored
  at start indexes only its most recent articles and knows the older ones' sentences word for word
  from these hashes (:func:`bot.db.analyses.restore`).

They are not tied to the engine version (as analyses are): a vector or a hash made by earlier code
still describes the article. An article stored without keys (before they existed) is restored from
its text.
"""
from __future__ import annotations

import json
import struct
from typing import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.db.inserts import replace_rows
from bot.db.schema import ArticleRow, KeysRow
from bot.db.store import Store


def pack(keys: Sequence[int]) -> bytes:
    """64-bit unsigned hashes as 8 big-endian bytes each."""
    return struct.pack(f">{len(keys)}Q", *keys)


def unpack(data: bytes) -> tuple[int, ...]:
    """The inverse of :func:`pack`."""
    return struct.unpack(f">{len(data) // 8}Q", data)


def put(s: Session, rows: Iterable[tuple[str, dict[str, float], list[str], Sequence[int]]]) -> None:
    """Store (article id, story vector, line keys, wording hashes) of articles, replacing any."""
    replace_rows(s, KeysRow, [{"article_id": i, "vector": _json(vector), "lines": _json(lines), "wordings": pack(keys)}
                              for i, vector, lines, keys in rows])


def _json(value: object) -> str:
    """Compact JSON, non-ASCII kept as is."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def story_keys(store: Store, last: int) -> dict[str, tuple[dict[str, float], list[str]]]:
    """The stored (story vector, line keys) of the ``last`` stored articles that have keys, by article id."""
    with store.session() as s:
        q = (select(KeysRow.article_id, KeysRow.vector, KeysRow.lines).join(ArticleRow, ArticleRow.id == KeysRow.article_id)
             .order_by(ArticleRow.seq.desc()).limit(last))
        return {i: (json.loads(v), json.loads(lines)) for i, v, lines in s.execute(q)}
