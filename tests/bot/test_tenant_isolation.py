"""Two workspaces with two channels each on one store: nothing crosses a channel or a tenant.

Digests, seen-memory, pending (held-back) items, settings, schedules, feeds, outbox rows, and a
whole tenant's removal. A channel that follows nothing gets no stories from elsewhere and is told
how to follow a feed.
"""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from enginekit import TROOPS_A, TROOPS_B, make_article
from fakes.web import BRIDGE, FLOOD, FLOOD_UPDATE, STRIKE
from sqlalchemy import select

from bot.chat.replies import NO_SOURCES, empty_reply
from bot.chat.settings import Manager
from bot.core.service import DEFAULT_TENANT, Audience, DigestRequest, Tenant, tenant_of
from bot.db.feeds import FeedRepo
from bot.db.schedules import ScheduleRepo
from bot.db.schema import OutboxRow, SeenRow, ShownRow
from bot.db.store import Store
from bot.db.tenants import tenant_rows
from bot.delivery.outbox import Outbox
from bot.digests import Digests
from summarizer.models import Digest

T1, T2 = Tenant("slack", "T1"), Tenant("slack", "T2")
T1C1, T1C2, T2C1, T2C2 = T1.channel("C1"), T1.channel("C2"), T2.channel("C1"), T2.channel("C2")
ALL = (T1C1, T1C2, T2C1, T2C2)
RIVERTON, HARBOR = "https://riverton.test/rss", "https://harbor.test/rss"
_entries = 0


def _article(title: str, lines: list[str]):  # type: ignore[no-untyped-def]
    return make_article(title + "\n" + " ".join(lines), title=title, source="Gazette",
                        published=datetime(2025, 3, 3, 7, 0))


def arrive(svc: Digests, repo: FeedRepo, url: str, title: str, lines: list[str]) -> str:
    """What a poll does with a new entry of the feed at ``url``: ingest its article with the entry row."""
    global _entries
    _entries += 1
    feed = next(f for f in repo.all_feeds() if f.url == url)
    article = _article(title, lines)
    svc.ingest([article], extra=lambda s: repo.add_entry(s, feed.id, f"g{_entries}", f"{url}/{_entries}",
                                                         f"fp{_entries}", "s", article.id))
    return article.id


@pytest.fixture
def world(store: Store) -> tuple[Digests, FeedRepo]:
    """T1/C1 and T2/C1 follow the same feed, T1/C2 another one, T2/C2 gets articles ingested for it."""
    svc = Digests(store)
    repo = FeedRepo(svc.store)
    for audience, url in [(T1C1, RIVERTON), (T2C1, RIVERTON), (T1C2, HARBOR)]:
        repo.subscribe(audience.key, url, 900)
    arrive(svc, repo, RIVERTON, "Flood in Riverton", FLOOD)
    arrive(svc, repo, HARBOR, "Dockers strike at Harbor Point", STRIKE)
    svc.ingest([_article("Lakeside bridge approved", BRIDGE)], channel=T2C2.key)
    return svc, repo


def text(digest: Digest) -> str:
    """Every title and item line of ``digest``."""
    return "\n".join([s.title for s in digest.stories] + [i.text for i in digest.items])


def build(svc: Digests, audience: Audience, **kw: object) -> Digest:
    return svc.build(DigestRequest(audience, **kw))  # type: ignore[arg-type]


TOPICS = {"Riverton": "flood", "1,400 members": "strike", "Mill Canal": "bridge"}


def topics(digest: Digest) -> set[str]:
    """Which of the three stories ``digest`` tells."""
    return {name for marker, name in TOPICS.items() if marker in text(digest)}


def test_the_tenant_api() -> None:
    assert T1C1.key == "slack:T1:C1" and T1C1.tenant == T1.key == "slack:T1"
    user = Audience.for_user(T1C1, "U9")
    assert user.tenant == "slack:T1" and user.channel_key == T1C1.key
    assert tenant_of("discord:42:7") == "discord:42"
    assert tenant_of("cli:local:default") == tenant_of("replay") == tenant_of("webhook:ops") == DEFAULT_TENANT
    assert Audience.for_user(Audience("webhook:ops"), "U1").tenant == DEFAULT_TENANT


def test_each_channel_digest_holds_only_its_own_sources(world: tuple[Digests, FeedRepo]) -> None:
    svc, _ = world
    assert {a.key: topics(build(svc, a)) for a in ALL} == {
        T1C1.key: {"flood"}, T2C1.key: {"flood"}, T1C2.key: {"strike"}, T2C2.key: {"bridge"}}


def test_a_channel_that_follows_nothing_gets_nothing_and_is_told_how_to_follow(
        world: tuple[Digests, FeedRepo]) -> None:
    svc, _ = world
    for lonely in (T1.channel("C3"), Tenant("slack", "T3").channel("C1"), Audience.for_user(T1.channel("C3"), "U1")):
        digest = build(svc, lonely)
        assert digest.empty and digest.stories == [] and digest.article_ids == []
        assert not svc.follows_anything(lonely)
        assert empty_reply(svc, lonely, "Nothing new.") == NO_SOURCES
        assert "/digest feeds add URL" in NO_SOURCES
    assert all(svc.follows_anything(a) for a in ALL)
    svc.mark_delivered(T1C1, build(svc, T1C1))
    assert empty_reply(svc, T1C1, "Nothing new.") == "Nothing new."  # it follows a feed: merely nothing new


def test_seen_memory_stays_in_its_channel_and_tenant(world: tuple[Digests, FeedRepo]) -> None:
    svc, repo = world
    svc.mark_delivered(T1C1, build(svc, T1C1))
    assert build(svc, T1C1).empty
    assert topics(build(svc, T2C1)) == {"flood"}  # the same article, another workspace: still new there
    assert build(svc, Audience.for_user(T1C1, "U1")).empty  # users inherit their own channel only
    assert topics(build(svc, Audience.for_user(T2C1, "U1"))) == {"flood"}
    with svc.store.session() as s:
        seen = {(r.tenant, r.audience) for r in s.scalars(select(SeenRow))}
        shown = {(r.tenant, r.audience) for r in s.scalars(select(ShownRow))}
    assert seen == shown == {("slack:T1", T1C1.key)}
    # an update of the story: T1/C1 hears only what is new, T2/C1 (never told) hears the whole story
    arrive(svc, repo, RIVERTON, "Flood in Riverton worsens", FLOOD_UPDATE)
    t1, t2 = text(build(svc, T1C1)), text(build(svc, T2C1))
    assert "210" in t1 and "120 homes" not in t1
    assert "210" in t2 and "120 homes" in t2


def test_items_held_back_by_a_cap_stay_pending_for_their_channel_only(world: tuple[Digests, FeedRepo]) -> None:
    svc, _ = world
    full = {i.sentence for i in build(svc, T2C1).items}
    first = build(svc, T1C1, max_items=1)
    svc.mark_delivered(T1C1, first)
    assert {i.sentence for i in build(svc, T1C1).items} == full - {first.items[0].sentence}
    assert {i.sentence for i in build(svc, T2C1).items} == full  # nothing held back or told there


def test_feeds_and_settings_are_per_channel(world: tuple[Digests, FeedRepo]) -> None:
    svc, repo = world
    manager = Manager(svc.store)
    listed = {a.key: manager.list_feeds(a.key) for a in ALL}
    assert RIVERTON in listed[T1C1.key] and RIVERTON in listed[T2C1.key] and HARBOR not in listed[T2C1.key]
    assert listed[T1C2.key].startswith("1. ") and RIVERTON not in listed[T1C2.key]
    assert listed[T2C2.key].startswith("This channel follows no feeds")
    assert manager.remove_feed(T2C1.key, 1, True) == f"Stopped following {RIVERTON}."
    assert RIVERTON in manager.list_feeds(T1C1.key)  # still followed by the other workspace
    assert build(svc, T2C1).empty  # unread articles of an unfollowed feed are dropped
    arrive(svc, repo, RIVERTON, "Flood in Riverton worsens", FLOOD_UPDATE)
    assert "210" in text(build(svc, T1C1)) and build(svc, T2C1).empty
    assert repo.subscribers(repo.subscriptions(T1C1.key)[0].id) == [T1C1.key]


def test_schedules_and_status_are_per_channel(world: tuple[Digests, FeedRepo]) -> None:
    svc, _ = world
    manager = Manager(svc.store)
    assert manager.set_schedule(T1C1.key, "weekdays 09:00", "Europe/Berlin", True, target="C1").startswith("Digests")
    schedules = ScheduleRepo(svc.store)
    assert schedules.get(T2C1.key) is None and schedules.get(T1C2.key) is None
    assert manager.clear_schedule(T2C1.key, True) == "This channel has no digest schedule."
    assert schedules.get(T1C1.key) is not None and schedules.get(T1C1.key).enabled  # type: ignore[union-attr]
    other = manager.status(T2C1.key)
    assert "slack:T1" not in other and HARBOR not in other
    assert "Schedules:\n  (none)" in other
    assert T1C1.key in manager.status(T1C1.key)


async def test_outbox_rows_are_per_channel_and_tenant(world: tuple[Digests, FeedRepo]) -> None:
    svc, _ = world
    outbox = Outbox(svc.store, {})
    ids = {a.key: outbox.enqueue_digest(a.key, "slack", a.key.rsplit(":", 1)[-1], build(svc, a), []) for a in ALL}
    assert [e.id for e in outbox.entries(T2C1.key)] == [ids[T2C1.key]]
    assert outbox.supersede_unsent(T1C1.key) == 1
    assert {e.channel: e.state for e in outbox.entries()} == {
        T1C1.key: "failed", T1C2.key: "pending", T2C1.key: "pending", T2C2.key: "pending"}
    assert await outbox.deliver_pending(T2C2.key, due_only=False) == {ids[T2C2.key]: "pending"}  # no adapter here
    with svc.store.session() as s:
        assert {(r.channel, r.tenant) for r in s.scalars(select(OutboxRow))} == {(a.key, a.tenant) for a in ALL}


def test_forgetting_a_tenant_removes_all_its_rows_and_nothing_else(world: tuple[Digests, FeedRepo],
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    svc, repo = world
    monkeypatch.setattr("bot.db.store.CURSOR_SETTLE", timedelta(0))  # cursors move at once
    manager = Manager(svc.store)
    for a in ALL:
        manager.set_schedule(a.key, "daily 08:00", None, True)
        Outbox(svc.store, {}).enqueue_notice(a.key, "slack", "C", "hello")
        svc.mark_delivered(a, build(svc, a))
    before = tenant_rows(svc.store, "slack:T2")
    assert all(before.values()), before  # every tenant table holds T2 rows
    deleted = svc.forget_tenant("slack:T1")
    assert set(deleted) == set(before) and all(deleted.values())
    assert not any(tenant_rows(svc.store, "slack:T1").values())
    assert tenant_rows(svc.store, "slack:T2") == before
    assert RIVERTON in manager.list_feeds(T2C1.key) and "no feeds" in manager.list_feeds(T1C1.key)
    assert svc.follows_anything(T2C1) and not svc.follows_anything(T1C1)
    arrive(svc, repo, RIVERTON, "Flood in Riverton worsens", FLOOD_UPDATE)
    update = text(build(svc, T2C1))
    assert "210" in update and "120 homes" not in update  # T2/C1 still knows what it was told
    assert build(svc, T1C1).empty
    svc.ingest([_article("Flood in Riverton", FLOOD)], channel=T1C1.key)  # T1 installs again: a fresh start
    assert "120 homes" in text(build(svc, T1C1))


def test_an_article_ingested_for_two_channels_is_stored_once_and_told_to_each(db_url: str) -> None:
    svc = Digests(Store(db_url))
    article = make_article(TROOPS_A, source="Outlet A")
    assert len(svc.ingest([article], channel=T1C1.key).added) == 1
    assert svc.ingest([article], channel=T2C2.key).duplicates == 1  # known: stored once, yet now T2/C2's too
    assert svc.store.counts()["articles"] == 1
    svc.mark_delivered(T1C1, build(svc, T1C1))
    assert build(svc, T1C1).empty and "12,000" in text(build(svc, T2C2))
    restarted = Digests(Store(db_url))
    assert restarted.build(DigestRequest(T1C1)).empty and "12,000" in text(restarted.build(DigestRequest(T2C2)))
    assert build(restarted, T1C2).empty


def test_a_story_shared_by_two_workspaces_is_headed_by_each_ones_own_headline(store: Store) -> None:
    """Stories are shared; their header (the most central member's headline) must not show another tenant's."""
    svc = Digests(store)
    mine = make_article(TROOPS_A, source="Outlet A", published=datetime(2025, 1, 10))
    theirs = make_article(TROOPS_B, source="Outlet B", published=datetime(2025, 1, 11))
    svc.ingest([mine], channel=T1C1.key)
    svc.ingest([theirs], channel=T2C1.key)
    assert svc.engine.stories.of_article[mine.id] == svc.engine.stories.of_article[theirs.id]  # one story
    [t1] = build(svc, T1C1).stories
    [t2] = build(svc, T2C1).stories
    assert (t1.title, t2.title) == (mine.title, theirs.title)
    svc.mark_delivered(T1C1, build(svc, T1C1))
    follow_up = make_article("Kursk deployment confirmed\n" + TROOPS_B.split("\n", 1)[1], source="Outlet C",
                             published=datetime(2025, 1, 12))
    svc.ingest([follow_up], channel=T1C1.key)
    assert all(s.title != theirs.title for s in build(svc, T1C1).stories)


def test_a_keyword_digest_never_matches_another_tenants_headline(store: Store) -> None:
    svc = Digests(store)
    mine = make_article(TROOPS_A, source="Outlet A", published=datetime(2025, 1, 10))
    theirs = make_article(TROOPS_B, source="Outlet B", published=datetime(2025, 1, 11))
    svc.ingest([mine], channel=T2C1.key)
    svc.ingest([theirs], channel=T1C1.key)
    assert svc.engine.stories.stories[svc.engine.stories.of_article[mine.id]].title == theirs.title  # T1's header
    assert "arrive" in theirs.title and "arrive" not in mine.text.lower()
    assert build(svc, T2C1, query="arrive").empty  # the word is only in T1's headline
    assert not build(svc, T1C1, query="arrive").empty and not build(svc, T2C1, query="Kursk").empty
