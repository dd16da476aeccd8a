"""Articles are normalised at creation so SQLite and PostgreSQL store the same thing."""
from __future__ import annotations

import json

from bot.db.store import Store
from summarizer.ingest import jsonl_record, make_article
from summarizer.storable import MAX_SOURCE_CHARS, storable
from summarizer.models import Article

TEXT = "The council approved the new bridge on Monday. Work starts in spring and lasts two years."


def test_storable_strips_controls_surrogates_and_caps() -> None:
    assert storable("a\x00b\x1bc\u202ed\u200be\ud800f", 100) == "abcdef"
    assert storable("  two\n\tlines  ", 100) == "two lines"
    assert storable("keep\nlines\tand tabs", 100, flat=False) == "keep\nlines\tand tabs"
    assert storable("x" * 50, 10) == "x" * 10


def test_make_article_cleans_every_field() -> None:
    a = make_article(TEXT + "\x00 More\ud800 text here.", name="feed\x00.xml", title="Bridge\x00 vote\x07\n approved",
                     source="The \x00Daily " + "Long " * 100, url=" https://example.org/a\x00b\x1f ")
    for value in (a.title, a.source, a.url, a.text, a.origin):
        assert not any(ord(c) < 32 and c not in "\n\t" for c in value), value
        value.encode("utf-8")  # no lone surrogates
    assert a.title == "Bridge vote approved"
    assert a.url == "https://example.org/ab"
    assert a.origin == "feed.xml"
    assert len(a.source) <= MAX_SOURCE_CHARS and a.source.startswith("The Daily Long")
    assert "\x00" not in a.text and "More text here." in a.text


def test_a_host_name_source_is_capped_too() -> None:
    a = make_article(TEXT, name="x", url="https://" + "a" * 250 + ".example.org/story")
    assert 0 < len(a.source) <= MAX_SOURCE_CHARS


def test_given_ids_with_controls_are_hashed_and_stable() -> None:
    first = make_article(TEXT, name="r", given_id="id\x00one")
    again = make_article(TEXT, name="r", given_id="id\x00one")
    plain = make_article(TEXT, name="r", given_id="id-one")
    assert first.id == again.id and "\x00" not in first.id and len(first.id) <= 64
    assert plain.id == "id-one"
    lone = make_article(TEXT, name="r", given_id="id\ud800")
    lone.id.encode("utf-8")


def test_hostile_jsonl_record_is_stored_exactly_as_created(store: Store) -> None:
    line = json.dumps({"id": "r1\u0000", "title": "NUL\u0000 title\u001b[31m", "source": "S" * 1000,
                       "url": "https://example.org/\u0000x", "text": TEXT + "\u0000\udc80"})
    article = jsonl_record(line, "in.jsonl:1")
    assert isinstance(article, Article)
    assert store.add_articles([(article, "s1", article.title)]) == [article]
    [(stored, story)] = store.articles()
    assert stored == article and story == "s1"
    assert 0 < len(stored.source) <= MAX_SOURCE_CHARS and stored.title == "NUL title[31m"
