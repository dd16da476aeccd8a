"""Article vectors from their parts: :func:`combine` of :func:`vector_parts` is :func:`article_vector`."""
from __future__ import annotations

import math

import pytest

from summarizer.models import Article
from summarizer.sentences import article_texts
from summarizer.stories import line_keys
from summarizer.vectors import ARTICLE_TERMS, BODY_SENTENCES, _weighted, article_vector, body_lines, combine, vector_parts

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



def test_weighted_keeps_the_strongest_terms_in_order_ties_by_name() -> None:
    """An article vector keeps the 2 * ARTICLE_TERMS heaviest terms, heaviest first, ties broken by the term."""
    n = 2 * ARTICLE_TERMS + 7
    line = tuple((f"t{i:03d}", 1.0 + (i * 7 % 5)) for i in reversed(range(n)))  # many ties, names out of order
    vec = _weighted((False, (), ()), [(False, line, ())])
    full = {t: w * math.log1p(2.0) for t, w in line}  # one lead line: each term counted with weight 2
    expected = sorted(full.items(), key=lambda kv: (-kv[1], kv[0]))[: 2 * ARTICLE_TERMS]
    assert list(vec.items()) == expected and len(vec) == 2 * ARTICLE_TERMS


def test_vector_parts_makes_each_line_key_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each sentence's line key is made once (it serves the body's parts and the article's line keys alike)."""
    import summarizer.vectors as vectors

    made: list[str] = []
    original = vectors.line_key

    def counting(text: str) -> str:
        made.append(text)
        return original(text)

    monkeypatch.setattr(vectors, "line_key", counting)
    article = long_article()
    parts = vector_parts(article)
    assert len(made) == len(article_texts(article))
    assert list(parts.keys) == line_keys(article)


def test_a_vector_reads_the_terms_of_the_lines_it_keeps_only() -> None:
    """A long article's vector and lead lines read the terms of the first ``BODY_SENTENCES`` lines they keep (a line
    skipped as repeated elsewhere is not read), not of the rest; they give what the parts read in full give."""
    article = long_article()
    lazy = vector_parts(article)
    skip = frozenset(k for k in lazy.keys if "span number 3 " in k)
    vector, lines = combine(lazy, skip), body_lines(lazy, skip)
    assert len(skip) == 1 and len(lazy.made) == BODY_SENTENCES < len(lazy.lines) - 1
    full = vector_parts(article).filled()
    assert len(full.made) == len(full.lines)
    assert vector == combine(full, skip) == article_vector(article, skip)
    assert lines == body_lines(full, skip) == [t for k, t in full.body if not t[0] and k not in skip][:BODY_SENTENCES]


def test_lines_with_a_term_in_common_hold_one_pair_for_it() -> None:
    # cached per line: a term's (term, rarity) pair is one object however many cached lines have it
    from summarizer.vectors import _line_terms
    _, first, _ = _line_terms("The ferryman crossed the estuary at dawn.")
    _, second, _ = _line_terms("A ferryman was rescued from the estuary.")
    same = [p for p in first if p in second]
    assert same and all(any(p is q for q in second) for p in same)
