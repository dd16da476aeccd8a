"""Page sections (summarizer.sections) and their floor under an article's genre (summarizer.genre)."""
from __future__ import annotations

from datetime import datetime

from summarizer.genre import genre
from summarizer.models import Article
from summarizer.sections import url_section

REPORT = """A road bridge over the Dunajec river collapsed in Tarnow on Wednesday, killing four drivers.
Rescuers pulled 11 people from the water overnight, the fire service said.
Police closed the A4 motorway near Tarnow, a spokesman told reporters.
The regional governor ordered inspections of 40 bridges on Thursday."""


def test_sections_are_read_from_the_directories_and_a_trailing_review() -> None:
    assert url_section("https://example.com/commentisfree/2010/jan/05/bridges") == "opinion"
    assert url_section("https://example.com/stage/2010/jan/27/glass-harbour-review") == "review"
    assert url_section("https://example.com/music/reviews/2010/glass-harbour") == "review"
    assert url_section("https://example.com/news/obituaries/marta-novak") == "profile"


def test_a_section_word_in_a_news_slug_host_or_query_is_not_a_section() -> None:
    assert url_section("https://example.com/news/government-review-of-rail-safety") == ""
    assert url_section("https://opinion.example.com/news/bridge?from=comment") == ""
    assert url_section("") == "" and url_section("file.txt") == ""


def test_a_page_filed_under_reviews_reads_as_one_a_news_page_is_unchanged() -> None:
    pub = datetime(2025, 3, 6, 8, 0)
    news = genre(Article(id="n", title="Bridge", text=REPORT, published=pub, url="https://example.com/news/bridge"))
    review = genre(Article(id="v", title="Bridge", text=REPORT, published=pub, url="https://example.com/reviews/bridge"))
    opinion = genre(Article(id="o", title="Bridge", text=REPORT, published=pub, url="https://example.com/opinion/bridge"))
    assert news.review == 0.0 and news.voice == 0.0
    assert review.review >= 0.5 and review.report < news.report
    assert opinion.voice >= 0.5 and opinion.column >= 0.5 > news.column
