"""Main text of an article page (trafilatura), run off the event loop."""
from __future__ import annotations

import asyncio

from summarizer.errors import InputError
from summarizer.extract import extract_html
from summarizer.ingest import decode


def extract_sync(data: bytes, url: str) -> tuple[str, str]:
    """(text, title) of an HTML page; empty strings when nothing article-like is found."""
    try:
        html = decode(data, url)
    except InputError:
        return "", ""
    page = extract_html(html, url)
    if page is None:
        return "", ""
    return page.text.strip(), page.title.strip()


async def extract_page(data: bytes, url: str) -> tuple[str, str]:
    """:func:`extract_sync` in a worker thread (trafilatura is CPU-bound)."""
    return await asyncio.to_thread(extract_sync, data, url)
