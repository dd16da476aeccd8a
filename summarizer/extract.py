"""Main text and metadata of an HTML page with trafilatura: the one extraction files and feeds share."""
from __future__ import annotations

import re
from dataclasses import dataclass

# Layout containers: dropping them keeps every paragraph, heading and list item and removes the depth
# that makes lxml (under trafilatura) give up on a page (its parser stops at 255 levels of nesting).
_CONTAINERS = re.compile(r"</?(?:div|span|section|article|main|aside|font|center|table|tbody|thead|tfoot|tr|td|th|"
                         r"b|i|u|em|strong|small|big|blockquote|figure|nav|header|footer)\b[^>]*>", re.I)


@dataclass(frozen=True)
class PageText:
    """What trafilatura found on a page (fields as extracted; empty strings when absent)."""

    text: str
    title: str
    sitename: str
    url: str
    date: str | None


def extract_html(html: str, url: str | None = None) -> PageText | None:
    """The article text and metadata of ``html`` (``url`` helps resolve links); None when nothing is found.

    A page where nothing is found is read again without its layout containers: deeply nested
    markup (thousands of ``<div>`` levels) otherwise loses its whole text."""
    page = _extract(html, url)
    if page is None or not page.text.strip():
        flat = _CONTAINERS.sub(" ", html)
        if flat != html:
            page = _extract(flat, url) or page
    return page


def _extract(html: str, url: str | None) -> PageText | None:
    """trafilatura's extraction of one page, as :class:`PageText`."""
    import trafilatura  # heavy: loaded only when a page is read

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False)
    if doc is None:
        return None
    get = doc.get if isinstance(doc, dict) else lambda k, d=None: getattr(doc, k, d)
    return PageText(get("text") or "", get("title") or "", get("sitename") or "", get("url") or "",
                    get("date") or None)
