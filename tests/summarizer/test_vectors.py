"""Article vectors from their parts: :func:`combine` of :func:`vector_parts` is :func:`article_vector`."""
from __future__ import annotations

from summarizer.models import Article
from summarizer.stories import line_keys
from summarizer.vectors import BODY_SENTENCES, article_vector, combine, vector_parts

BYLINE = "Reporting by the Northfield Courier newsroom staff."


def long_article() -> Article:
    """A made-up article with more body sentences than a vector reads, a heading and a byline."""
    body = [f"Engineers in Calderbrook inspected span number {i} of the Wyeford viaduct on Tuesday." for i in range(40)]
    text = "Viaduct inspection finds cracks\n" + BYLINE + "\nLatest updates\n" + "\n".join(body)
    return Article("v1", "Viaduct inspection finds cracks", text, source="Northfield Courier")


def test_parts_combine_to_the_article_vector() -> None:
    article = long_article()
    parts = vector_parts(article)
    assert combine(parts) == article_vector(article)
    assert list(parts.keys) == line_keys(article)
    assert len(parts.body) > BODY_SENTENCES  # lines past the first 25 kept: skipped lines leave room for them


def test_parts_combine_to_the_article_vector_with_lines_skipped() -> None:
    article = long_article()
    parts = vector_parts(article)
    skip = frozenset(k for k in parts.keys if "courier" in k or "span number 3" in k)
    assert len(skip) >= 2
    assert combine(parts, skip) == article_vector(article, skip)
    assert combine(parts, skip) != combine(parts)  # the skipped lines counted otherwise
