"""Page sections: what an article's address says of its genre (``/opinion/``, ``/reviews/``, ``/obituaries/``).

News sites file columns, reviews and obituaries under sections whose names are ordinary English
words, and name a review's page after the work ("/stage/2010/jan/27/enron-review").
:func:`url_section` reads those words from the directories of the address's path (and a trailing
"-review" of its last segment), never from its host or query: a section named in a news story's
slug ("/news/government-review-of-rail-safety") is not the page's section.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

_SECTIONS = {
    "review": ("review", "reviews", "critics", "film-review", "theatre-review", "music-review", "book-review"),
    "profile": ("obituary", "obituaries", "obits", "profile", "profiles", "biography"),
    "opinion": ("opinion", "opinions", "comment", "commentisfree", "columns", "column", "columnists", "editorial",
                "editorials", "letters", "blog", "blogs", "op-ed", "oped", "views", "analysis"),
}
_BY_NAME = {name: kind for kind, names in _SECTIONS.items() for name in names}
_SLUG_REVIEW = re.compile(r"[-_]review(?:[-_]\d+)?(?:\.[a-z]+)?$")


def url_section(url: str) -> str:
    """``"review"``, ``"profile"``, ``"opinion"`` or ``""``: the genre the address ``url`` files the page under."""
    if not url:
        return ""
    try:
        path = urlsplit(url).path.lower()
    except ValueError:
        return ""
    parts = [p for p in path.split("/") if p]
    if not parts:
        return ""
    for part in parts[:-1]:
        kind = _BY_NAME.get(part)
        if kind:
            return kind
    return "review" if _SLUG_REVIEW.search(parts[-1]) else ""
