"""Digest service and store: build is read-only, delivery is idempotent, re-ingest is a no-op, restarts keep memory."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from bot.digests import Digests
from bot.render.text import render_text
from bot.core.service import Audience, DigestRequest
from bot.db.store import Store
from enginekit import FLOODS, TROOPS_A, TROOPS_B, build, item_texts, make_article, service, sqlite_url
from bot.db.errors import StoreError
from summarizer.models import NOTHING_NEW, Article, Digest, Item, Kind, StoryDigest

CHANNEL = Audience("slack:T1:C1")


@pytest.fixture()
def articles() -> list[Article]:
    """Two outlets on one story and one unrelated article, dated."""
    return [
        make_article(TROOPS_A, source="Outlet A", published=datetime(2025, 1, 10)),
        make_article(TROOPS_B, source="Outlet B", published=datetime(2025, 1, 11)),
        make_article(FLOODS, source="Ledger", published=datetime(2025, 1, 11)),
    ]


def test_build_never_changes_memory(articles: list[Article], db_url: str) -> None:
    svc = service(db_url)
    svc.ingest(articles, channel=CHANNEL.key)
    first = build(svc)
    counts = svc.store.counts()
    memory_size = len(svc.memory(CHANNEL))
    second = build(svc)
    assert item_texts(first) == item_texts(second) and not first.empty
    assert svc.store.counts() == counts
    assert counts["seen"] == 0 and counts["shown"] == 0
    assert len(svc.memory(CHANNEL)) == memory_size == 0


def test_mark_delivered_changes_memory_and_is_idempotent(articles: list[Article], db_url: str) -> None:
    svc = service(db_url)
    svc.ingest(articles, channel=CHANNEL.key)
    digest = build(svc)
    svc.mark_delivered(CHANNEL, digest)
    counts = svc.store.counts()
    size = len(svc.memory(CHANNEL))
    assert counts["seen"] == 3 and counts["shown"] == len(digest.items)
    assert size > 0
    svc.mark_delivered(CHANNEL, digest)
    assert svc.store.counts() == counts
    assert len(svc.memory(CHANNEL)) == size


def test_second_build_after_delivery_is_empty(articles: list[Article], db_url: str) -> None:
    svc = service(db_url)
    svc.ingest(articles, channel=CHANNEL.key)
    svc.mark_delivered(CHANNEL, build(svc))
    again = build(svc)
    assert again.empty and again.stories == [] and again.article_ids == []


def test_delivery_to_one_channel_does_not_teach_another(articles: list[Article], db_url: str) -> None:
    svc = service(db_url)
    svc.ingest(articles, channel=CHANNEL.key)
    svc.ingest(articles, channel="slack:T1:OTHER")  # the same articles, ingested for another channel too
    svc.mark_delivered(CHANNEL, build(svc))
    assert build(svc).empty and not build(svc, "slack:T1:OTHER").empty


def test_user_audience_inherits_channel_memory(articles: list[Article], db_url: str) -> None:
    svc = service(db_url)
    svc.ingest(articles, channel=CHANNEL.key)
    svc.mark_delivered(CHANNEL, build(svc))
    user = Audience.for_user(CHANNEL, "U1")
    assert svc.build(DigestRequest(user)).empty


def test_partial_delivery_marks_only_those_stories(articles: list[Article], db_url: str) -> None:
    svc = service(db_url)
    svc.ingest(articles, channel=CHANNEL.key)
    digest = build(svc)
    floods = next(s for s in digest.stories if "Valencia" in s.title)
    svc.mark_delivered(CHANNEL, digest, story_ids=[floods.story_id])
    rest = build(svc)
    assert [s.title for s in rest.stories] == [s.title for s in digest.stories if s is not floods]


def test_new_article_after_delivery_only_news(articles: list[Article], db_url: str) -> None:
    svc = service(db_url)
    svc.ingest(articles[:1], channel=CHANNEL.key)
    svc.mark_delivered(CHANNEL, build(svc))
    svc.ingest(articles[1:2], channel=CHANNEL.key)
    texts = item_texts(build(svc))
    assert any("Plekhovo" in t for t in texts)
    assert not any("12,000" in t for t in texts), texts


def test_reingest_is_a_noop(articles: list[Article], db_url: str) -> None:
    svc = service(db_url)
    first = svc.ingest(articles, channel=CHANNEL.key)
    counts = svc.store.counts()
    again = svc.ingest(articles, channel=CHANNEL.key)
    assert len(first.added) == 3 and again.added == [] and again.duplicates == 3
    assert svc.store.counts() == counts


def test_duplicate_within_one_batch_counted_once(articles: list[Article], db_url: str) -> None:
    svc = service(db_url)
    result = svc.ingest([articles[0], articles[0]], channel=CHANNEL.key)
    assert len(result.added) == 1 and result.duplicates == 1


def test_reingest_after_delivery_stays_delivered(articles: list[Article], db_url: str) -> None:
    svc = service(db_url)
    svc.ingest(articles, channel=CHANNEL.key)
    svc.mark_delivered(CHANNEL, build(svc))
    svc.ingest(articles, channel=CHANNEL.key)
    assert build(svc).empty


def test_store_survives_restart(articles: list[Article], db_url: str) -> None:
    url = db_url
    svc = Digests(Store(url))
    svc.ingest(articles[:2], channel=CHANNEL.key)
    delivered = build(svc)
    svc.mark_delivered(CHANNEL, delivered)
    memory_size = len(svc.memory(CHANNEL))
    counts = svc.store.counts()
    svc.store.engine.dispose()

    restarted = Digests(Store(url))
    assert restarted.store.counts() == counts
    assert len(restarted.memory(CHANNEL)) == memory_size
    assert build(restarted).empty
    # what was delivered is not repeated when a new outlet retells it; the unrelated story is new
    restarted.ingest([make_article(TROOPS_A + "\nThe deployment was confirmed by Ukrainian officials on Wednesday.",
                                   source="Outlet C", published=datetime(2025, 1, 12)), articles[2]], channel=CHANNEL.key)
    texts = item_texts(build(restarted))
    assert not any("12,000" in t for t in texts), texts
    assert any("Valencia" in t for t in texts)


def test_restart_keeps_story_assignment(articles: list[Article], db_url: str) -> None:
    url = db_url
    svc = Digests(Store(url))
    svc.ingest(articles[:1], channel=CHANNEL.key)
    story = svc.engine.stories.of_article[articles[0].id]
    restarted = Digests(Store(url))
    restarted.ingest(articles[1:2], channel=CHANNEL.key)
    assert restarted.engine.stories.of_article[articles[1].id] == story


def test_window_filters_old_articles(articles: list[Article], db_url: str) -> None:
    from datetime import timedelta

    svc = Digests(Store(db_url), clock=lambda: datetime(2025, 1, 11, 12))
    svc.ingest(articles, channel=CHANNEL.key)
    d = svc.build(DigestRequest(CHANNEL, window=timedelta(days=1)))
    assert articles[0].id not in d.article_ids and articles[1].id in d.article_ids


def test_query_filters_stories(articles: list[Article], db_url: str) -> None:
    svc = service(db_url)
    svc.ingest(articles, channel=CHANNEL.key)
    d = svc.build(DigestRequest(CHANNEL, query="valencia"))
    assert [s.title for s in d.stories] == ["Floods close schools across Valencia"]


def test_unopenable_store_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        Store(sqlite_url(tmp_path / "missing-dir" / "bot.db"))


def test_mark_delivered_idempotent_with_long_item_keys(db_url: str) -> None:
    """Keys longer than the shown.key column are compared as stored: a second delivery is still a no-op."""
    from summarizer.models import Digest, Item, Kind, StoryDigest

    svc = service(db_url)
    item = Item(Kind.NEW, "A line.", key="k" * 300 + ":1")
    digest = Digest("slack:T1:C1", stories=[StoryDigest("s", "t", items=[item])])
    svc.mark_delivered(CHANNEL, digest)
    svc.mark_delivered(CHANNEL, digest)
    assert svc.store.counts()["shown"] == 1


def test_long_given_id_delivered_twice(articles: list[Article], db_url: str) -> None:
    from summarizer.ingest import make_article as ingest_article

    long_id = "https://example.com/" + "x" * 300
    a = ingest_article(TROOPS_A, name="feed.jsonl:1", given_id=long_id)
    assert len(a.id) <= 64
    assert a.id == ingest_article(TROOPS_A, name="feed.jsonl:1", given_id=long_id).id
    svc = service(db_url)
    svc.ingest([a], channel=CHANNEL.key)
    digest = build(svc)
    svc.mark_delivered(CHANNEL, digest)
    counts = svc.store.counts()
    svc.mark_delivered(CHANNEL, digest)
    assert svc.store.counts() == counts


def test_a_length_cap_holds_the_rest_back_for_the_next_digest(articles: list[Article], db_url: str) -> None:
    url = db_url
    svc = service(url)
    svc.ingest(articles, channel=CHANNEL.key)
    full = {i.sentence for i in build(svc).items}
    assert len(full) >= 3
    first = svc.build(DigestRequest(CHANNEL, max_items=1))
    assert len(first.items) == 1
    assert all(not s.nothing_new for s in first.stories)  # no story is shown as "nothing new" because of the cap
    svc.mark_delivered(CHANNEL, first)
    # after a restart (new service on the same database), the rest comes, the shown item does not
    svc = service(url)
    second = {i.sentence for i in build(svc).items}
    shown = first.items[0].sentence
    assert shown not in second
    assert second == full - {shown}  # nothing lost, nothing repeated
    svc.mark_delivered(CHANNEL, svc.build(DigestRequest(CHANNEL)))
    assert build(svc).empty


def test_an_older_database_gains_the_new_column(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "old.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE shown (id INTEGER PRIMARY KEY, audience VARCHAR(200), key VARCHAR(200), "
                "kind VARCHAR(16), text TEXT, at DATETIME)")
    con.execute("INSERT INTO shown (audience, key, kind, text, at) VALUES ('a', 'k', 'new', 'old line', '2025-01-01')")
    con.commit()
    con.close()
    store = Store(sqlite_url(path))
    assert store.shown_sentences(["a"]) == []  # the old row has no sentence; nothing breaks
    assert store.counts()["shown"] == 1


def test_memory_and_story_restore_are_bounded_by_the_horizon(articles: list[Article], db_url: str) -> None:
    url = db_url
    svc = service(url)
    svc.ingest(articles, channel=CHANNEL.key)
    svc.mark_delivered(CHANNEL, build(svc))
    full = Digests(Store(url))
    small = Digests(Store(url), horizon=1)
    assert len(small.engine.stories.of_article) == 1 < len(full.engine.stories.of_article)
    assert 0 < len(small.memory(CHANNEL)) < len(full.memory(CHANNEL))


def test_user_layers_share_the_channel_memory_and_see_its_later_deliveries(articles: list[Article], db_url: str) -> None:
    svc = service(db_url)
    svc.ingest(articles[:1], channel=CHANNEL.key)
    user = Audience.for_user(CHANNEL, "U1")
    svc.mark_delivered(CHANNEL, build(svc))
    layer = svc.memory(user)
    assert layer.parent is svc.memory(CHANNEL) and len(layer.known) == 0  # nothing copied per user
    svc.ingest(articles[1:], channel=CHANNEL.key)
    svc.mark_delivered(CHANNEL, build(svc))  # the channel is told the rest
    assert svc.build(DigestRequest(user)).empty  # the user, through the channel's memory, knows it too


def test_items_over_the_per_story_cap_stay_pending_for_the_next_digest(db_url: str) -> None:
    """The engine's own cap is not a silent drop: cut items come in the next digest, shown ones never again."""
    from summarizer.engine import EngineConfig

    facts = [
        "The river authority said 1,200 homes in Lowmere were flooded after the dam failed.",
        "Rescue crews evacuated 340 patients from the Lowmere county hospital by boat.",
        "The governor declared a state of emergency for the whole of Lowmere county.",
        "Power company Northgrid said 18,000 customers in Lowmere were without electricity.",
        "Engineers found a 40-metre breach in the eastern wall of the Lowmere dam.",
    ]
    svc = Digests(Store(db_url), EngineConfig(max_items_per_story=2))
    svc.ingest([make_article("Dam fails above Lowmere\n" + " ".join(facts), source="Ledger",
                             published=datetime(2025, 3, 2))], channel=CHANNEL.key)
    told: list[str] = []
    for _ in range(4):
        digest = build(svc)
        assert len(digest.items) <= 2
        told += [i.sentence for i in digest.items]
        pending = sum(s.pending for s in digest.stories)
        assert pending == max(0, 5 - len(told))
        svc.mark_delivered(CHANNEL, digest)
    assert sorted(told) == sorted(facts)  # every fact told once: none dropped, none repeated
    assert build(svc).empty


def test_pending_items_are_announced_on_every_platform() -> None:
    from bot.render.discord import DiscordRenderer
    from bot.render.slack import render_slack_payloads
    from bot.render.text import render_text
    from summarizer.models import Digest, Item, Kind, StoryDigest

    story = StoryDigest("s1", "Dam fails", [Item(Kind.NEW, "1,200 homes flooded")], ["a1"], pending=3)
    digest = Digest("slack:T1:C1", [story])
    assert "+3 more in the next digest" in render_text(digest)
    assert "+3 more in the next digest" in str(render_slack_payloads(digest))
    assert "+3 more in the next digest" in str([m.payload for m in DiscordRenderer().render(digest)])


def test_items_over_the_cap_are_not_carried_forever(db_url: str) -> None:
    """Held-back items older than ``pending_days`` before the digest's news are left out, and said so."""
    from summarizer.engine import EngineConfig

    old = ["The river authority said 1,200 homes in Lowmere were flooded after the dam failed.",
           "Rescue crews evacuated 340 patients from the Lowmere county hospital by boat.",
           "Power company Northgrid said 18,000 customers in Lowmere were without electricity."]
    # a first digest reads two days of news (bot.db.backlog): a month here, so both articles are read
    svc = Digests(Store(db_url), EngineConfig(max_items_per_story=1, pending_days=2), backlog_days=30)
    svc.ingest([make_article("Dam fails above Lowmere\n" + " ".join(old), source="Ledger",
                             published=datetime(2025, 3, 1))], channel=CHANNEL.key)
    svc.ingest([make_article("Lowmere dam inquiry\nThe Lowmere county council opened an inquiry into the "
                             "dam failure with 3 independent engineers.", source="Ledger",
                             published=datetime(2025, 3, 6))], channel=CHANNEL.key)
    digest = build(svc)
    (story,) = [s for s in digest.stories if s.items]
    assert len(story.items) == 1 and story.pending == 0 and story.expired == 3
    assert "3 older items left out" in story.pending_note
    svc.mark_delivered(CHANNEL, digest)
    assert build(svc).empty


def test_stories_with_nothing_new_are_not_listed_but_still_recorded_as_known(db_url: str) -> None:
    """A repeat of a known story is no section of its own; delivering the digest still marks it known."""
    svc = service(db_url)
    svc.ingest([make_article(TROOPS_A, source="Outlet A", url="https://a.test/troops",
                             published=datetime(2025, 1, 10))], channel=CHANNEL.key)
    svc.mark_delivered(CHANNEL, build(svc))
    repeat = make_article(TROOPS_A, source="Outlet C", url="https://c.test/kursk", published=datetime(2025, 1, 11))
    fresh = make_article(FLOODS, source="Ledger", published=datetime(2025, 1, 11))
    svc.ingest([repeat, fresh], channel=CHANNEL.key)
    raw = svc.engine.digest(CHANNEL.key, [repeat, fresh], svc.memory(CHANNEL))
    assert any(s.nothing_new for s in raw.stories)  # what the engine says: the repeat's story has no news
    digest = build(svc)
    assert [s.title for s in digest.stories] == ["Floods close schools across Valencia"]
    assert not any(s.nothing_new for s in digest.stories)
    assert sorted(digest.article_ids) == sorted([repeat.id, fresh.id])
    svc.mark_delivered(CHANNEL, digest)
    after = build(svc)
    assert after.empty and after.article_ids == []


def test_a_digest_of_only_repeats_lists_no_story(db_url: str) -> None:
    svc = service(db_url)
    svc.ingest([make_article(FLOODS, source="Ledger", url="https://l.test/f", published=datetime(2025, 1, 10))], channel=CHANNEL.key)
    svc.mark_delivered(CHANNEL, build(svc))
    svc.ingest([make_article(FLOODS, source="Gazette", url="https://g.test/f", published=datetime(2025, 1, 11))], channel=CHANNEL.key)
    digest = build(svc)
    assert digest.stories == [] and digest.empty and len(digest.article_ids) == 1


def test_a_digest_of_only_minor_items_counts_them_and_says_so() -> None:
    quiet = StoryDigest("s1", "A quiet story", [], minor=3)
    told = StoryDigest("s2", "A told story", [Item(Kind.NEW, "Cases rose to 10.")], minor=1)
    digest = Digest("c", [quiet, told]).without_quiet_stories()
    assert [s.story_id for s in digest.stories] == ["s2"] and digest.minor_left == 3
    alone = Digest("c", [StoryDigest("s1", "A quiet story", [], minor=2)]).without_quiet_stories()
    assert alone.empty and alone.nothing_note == "Nothing of note right now: 2 minor items not shown."
    assert render_text(alone).endswith("nothing of note (2 minor items not shown)")
    assert Digest("c").nothing_note == NOTHING_NEW and render_text(Digest("c")).endswith("nothing new")
