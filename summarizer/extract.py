"""Main text and metadata of an HTML page with trafilatura: the one extraction files and feeds share."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageText:
    """What trafilatura found on a page (fields as extracted; empty strings when absent)."""

    text: str
    title: str
    sitename: str
    url: str
    date: str | None


def extract_html(html: str, url: str | None = None) -> PageText | None:
    """The article text and metadata of ``html`` (``url`` helps resolve links); None when nothing is found."""
    import trafilatura  # heavy: loaded only when a page is read

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False)
    if doc is None:
        return None
    get = doc.get if isinstance(doc, dict) else lambda k, d=None: getattr(doc, k, d)
    return PageText(get("text") or "", get("title") or "", get("sitename") or "", get("url") or "",
                    get("date") or None)
