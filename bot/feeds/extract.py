"""Main text of an article page (trafilatura), run off the event loop."""
from __future__ import annotations

import asyncio

from summarizer.errors import InputError
from summarizer.ingest import decode


def extract_sync(data: bytes, url: str) -> tuple[str, str]:
    """(text, title) of an HTML page; empty strings when nothing article-like is found."""
    import trafilatura

    try:
        page = decode(data, url)
    except InputError:
        return "", ""
    doc = trafilatura.bare_extraction(page, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False)
    if doc is None:
        return "", ""
    get = doc.get if isinstance(doc, dict) else lambda k, d=None: getattr(doc, k, d)
    return (get("text") or "").strip(), (get("title") or "").strip()


async def extract_page(data: bytes, url: str) -> tuple[str, str]:
    """:func:`extract_sync` in a worker thread (trafilatura is CPU-bound)."""
    return await asyncio.to_thread(extract_sync, data, url)
