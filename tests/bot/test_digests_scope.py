"""The service reads an article's context (:mod:`summarizer.articlescope`) within each call and leaves none behind:
ingest, restart, digest and delivery write nothing into the unscoped record (it grew with every article ingested)."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Iterator

import pytest

from bot.core.pool import prepare
from bot.core.service import Audience
from bot.db.analyses import warm
from enginekit import build, service, sqlite_url
from summarizer import articlescope
from summarizer.articlescope import analysis_scope, context_key
from summarizer.models import Article, Digest, Item, Kind, SourceRef, StoryDigest
from summarizer.sentences import article_texts

CHANNEL = Audience("slack:T1:C1")


def _articles() -> list[Article]:
    """Two made-up reports whose sentences register context: inherited places, a dated name, a Latin language."""
    storm = Article("e1", "Storm hits Dunmore", (
        "Floods in the town of Dunmore in Ireland closed 30 schools on Monday, officials said.\n"
        "Rescuers said 42 people were taken from cars overnight.\n"
        "The storm was the worst since the 1987 Great Storm of Dunmore, which flooded 200 homes.\n"
        "The Great Storm left 19 people dead."), source="Herald", published=datetime(2025, 5, 1))
    french = Article("f1", "Tempête à Dunmore", (
        "La tempête a fermé trente écoles lundi dans la ville, selon la mairie.\n"
        "Les secours ont sorti quarante-deux personnes des voitures pendant la nuit."),
        source="Gazette", published=datetime(2025, 5, 2))
    return [storm, french]


def _record() -> tuple[int, int, int]:
    """Entries in the unscoped record (languages, places, dated names)."""
    scope = articlescope._UNSCOPED
    return len(scope.languages), len(scope.places), len(scope.eras)


def _clear() -> None:
    scope = articlescope._UNSCOPED
    for kind in (scope.languages, scope.places, scope.eras):
        kind.clear()
    scope.last = None


@pytest.fixture(autouse=True)
def empty_record() -> Iterator[None]:
    """Each test starts and ends with an empty unscoped record."""
    _clear()
    yield
    _clear()


def test_the_articles_register_context_outside_a_scope() -> None:
    # the control: read with no scope open, these articles do write every kind of entry
    for article in _articles():
        article_texts(article)
    assert all(_record())


def test_ingest_delivery_and_restart_leave_nothing_unscoped(db_url: str) -> None:
    svc = service(db_url)
    svc.ingest(_articles(), channel=CHANNEL.key)
    assert _record() == (0, 0, 0)
    digest = build(svc)
    assert not digest.empty
    svc.mark_delivered(CHANNEL, digest)
    assert _record() == (0, 0, 0)
    again = service(db_url)  # a restart restores the story index from the store
    build(again)
    assert _record() == (0, 0, 0)


def test_pool_prepare_leaves_nothing_unscoped() -> None:
    for article in _articles():
        prepare(article)
    assert _record() == (0, 0, 0)


def test_a_delivered_item_not_known_is_read_in_its_articles_context(db_url: str) -> None:
    storm = _articles()[0]
    svc = service(db_url)
    svc.ingest([storm], channel=CHANNEL.key)
    build(svc)  # the article is now among the built ones
    memory = svc.memory(CHANNEL)
    line = "Rescuers said 42 people were taken from cars overnight."  # its place comes from the sentence before
    item = Item(Kind.NEW, line, [SourceRef("Herald", article_id=storm.id)], sentence=line)
    svc.remember(CHANNEL, Digest(CHANNEL.key, [StoryDigest("s1", "Storm", [item])]))
    with analysis_scope():
        article_texts(storm)
        expected = context_key(line)
    assert expected and memory.known[-1].features.context == expected
    assert _record() == (0, 0, 0)


def test_an_articles_stored_analysis_does_not_depend_on_its_batch(tmp_path: Path) -> None:
    storm = _articles()[0]
    plain = Article("p1", "Rescue teams busy", (
        "Volunteers worked through the weekend at the harbour.\n"
        "Rescuers said 42 people were taken from cars overnight."), source="Post", published=datetime(2025, 5, 2))
    alone, together = service(sqlite_url(tmp_path / "a.db")), service(sqlite_url(tmp_path / "b.db"))
    alone.ingest([plain])
    together.ingest([storm, plain])  # the storm's copy of the shared sentence inherits a place: the plain one none
    read = [{f.text: f.context for _, f in warm(svc.store, [plain.id])} for svc in (alone, together)]
    assert read[0] == read[1] and read[0]["Rescuers said 42 people were taken from cars overnight."] == ""
