"""Generated articles through the engine's entry points: a clean Article or EmptyInput, and a digest, never a crash."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from fuzzkit import examples, article_text, count, hostile_char, odd_date
from summarizer.engine import Engine
from summarizer.errors import InputError
from summarizer.ingest import make_article
from summarizer.models import Article
from summarizer.novelty import Memory

aware = st.builds(lambda minutes: datetime(2025, 6, 1, tzinfo=timezone(timedelta(minutes=minutes))),
                  st.integers(-1439, 1439))
published = st.one_of(st.none(), odd_date, st.datetimes(), aware)
short = st.text(hostile_char, max_size=300)


def _article(text: str, title: str, source: str, url: str, when: object) -> Article | None:
    try:
        return make_article(text, name="fuzz", title=title, source=source, url=url, published=when)  # type: ignore[arg-type]
    except InputError:
        return None


@examples(1500)
@given(article_text, short, short, short, published)
def test_make_article_gives_an_article_or_a_documented_error(text: str, title: str, source: str, url: str,
                                                             when: object) -> None:
    count("articles")
    article = _article(text, title, source, url, when)
    if article is not None:
        assert article.text.strip() and isinstance(article.title, str) and len(article.title) <= 300
        assert article.published is None or article.published.tzinfo is None  # naive UTC, as stored


@examples(400)
@given(st.lists(st.tuples(article_text, short, published), min_size=1, max_size=4), st.integers(0, 5))
def test_engine_digest_of_generated_articles_never_crashes(batch: list[tuple[str, str, object]], cap: int) -> None:
    count("digests")
    made = [a for text, title, when in batch if (a := _article(text, title, "", "", when)) is not None]
    articles = list({a.id: a for a in made}.values())  # the service stores an article once
    engine = Engine()
    digest = engine.digest("fuzz", articles, Memory(), max_items=cap or None)
    shown = [item for story in digest.stories for item in story.items]
    assert cap == 0 or len(shown) <= cap
    assert set(digest.article_ids) <= {a.id for a in articles}
    engine.remember(Memory(), articles)
