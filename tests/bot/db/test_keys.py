"""Article keys stored at ingest: a restart restores the story index without reading text, and a memory
indexes only its most recent articles while knowing the older ones' sentences word for word."""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from enginekit import FLOODS, TROOPS_A, TROOPS_B, make_article
from sqlalchemy import delete, func, select

import summarizer.stories
from bot.core.service import Audience, DigestRequest
from bot.db.keys import pack, story_keys, unpack
from bot.db.schema import KeysRow
from bot.db.store import Store
from bot.digests import Digests
from summarizer.novelty import judge
from summarizer.stories import line_keys

CHANNEL = Audience("slack:T1:C1")
_TOWNS = "Lyon Porto Leeds Graz Turin Ghent Malmo Bergen".split()


def _text(day: int) -> str:
    """A headline and three plain sentences, different for every ``day``."""
    town = _TOWNS[day % len(_TOWNS)]
    return "\n".join([f"{town} council approves budget for day {day}"] + [
        f"The {town} council approved {100 * day + j} new street lamps in district {j} on day {day}, "
        f"its spokesman Anton Weber told the local paper." for j in range(3)])


def _stories(svc: Digests) -> list[tuple[str, str, int, list[tuple[str, float]]]]:
    """The story index as comparable values: per story its id, title, size and centroid."""
    return [(sid, st.title, st.size, sorted(st.centroid.items())) for sid, st in sorted(svc.engine.stories.stories.items())]


def _delivered_days(db_url: str, days: int) -> Digests:
    """A service that ingested one article a day for ``days`` days on :data:`CHANNEL`, each delivered."""
    svc = Digests(Store(db_url))
    start = datetime(2025, 5, 1)
    for day in range(days):
        svc.ingest([make_article(_text(day), source="Gazette", published=start + timedelta(days=day))],
                   channel=CHANNEL.key)
        svc.mark_delivered(CHANNEL, svc.build(DigestRequest(CHANNEL)))
    return svc


def test_pack_and_unpack_round_trip_64_bit_hashes() -> None:
    keys = (0, 1, 2**63, 2**64 - 1, 123456789)
    assert unpack(pack(keys)) == keys and len(pack(keys)) == 40


def test_stories_restore_from_stored_keys_as_from_text(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    svc = Digests(Store(db_url))
    arts = [make_article(t, source=s, published=f"2025-03-0{n + 1}")
            for n, (t, s) in enumerate([(TROOPS_A, "Ledger"), (TROOPS_B, "Herald"), (FLOODS, "Ledger")])]
    svc.ingest(arts, channel=CHANNEL.key)
    with svc.store.session() as s:
        assert s.scalar(select(func.count()).select_from(KeysRow)) == 3
    stored = story_keys(svc.store, 10)
    assert {i: lines for i, (_, lines) in stored.items()} == {a.id: line_keys(a) for a in arts}
    assert any(lines for _, lines in stored.values())
    split: list[Any] = []
    real = summarizer.stories.article_texts
    monkeypatch.setattr(summarizer.stories, "article_texts", lambda a: split.append(a.id) or real(a))
    keyed = Digests(svc.store)
    assert split == []  # no text split: vectors and line keys came from the store
    with svc.store.session() as s:
        s.execute(delete(KeysRow))
    from_text = Digests(svc.store)
    assert sorted(split) == sorted(a.id for a in arts)  # without keys: restored from the text, as before
    assert _stories(keyed) == _stories(from_text) == _stories(svc)
    assert keyed.engine.stories.of_article == svc.engine.stories.of_article


def test_a_restored_memory_indexes_its_recent_articles_and_knows_older_ones_word_for_word(db_url: str) -> None:
    svc = _delivered_days(db_url, 6)
    whole = Digests(svc.store).memory(CHANNEL)
    recent = Digests(svc.store, recall=2).memory(CHANNEL)
    assert recent.held < whole.held
    assert {k.ref for k in recent.known if k} == {k.ref for k in whole.known if k and k.ref in
                                                  {k.ref for k in recent.known if k}}
    assert len({k.ref for k in recent.known if k}) == 2  # the two newest articles are indexed
    for day in range(6):  # every sentence ever seen is still known word for word
        for line in _text(day).splitlines()[1:]:
            assert not judge(line, recent).novel
    news = "Heavy snow closed the mountain pass above Bergen for three days, police said on Friday."
    assert judge(news, recent).novel


def test_older_articles_without_keys_are_known_from_their_analyses(db_url: str) -> None:
    svc = _delivered_days(db_url, 4)
    with svc.store.session() as s:
        s.execute(delete(KeysRow))  # stored before keys existed
    memory = Digests(svc.store, recall=1).memory(CHANNEL)
    assert not judge(_text(0).splitlines()[1], memory).novel


def test_least_recently_used_memories_are_dropped_and_restored_alike(db_url: str) -> None:
    svc = Digests(Store(db_url), max_memories=2)
    start = datetime(2025, 5, 1)
    channels = [Audience(f"slack:T1:C{n}") for n in range(3)]
    user = Audience("slack:T1:U7", (channels[0].key,))
    for day, channel in enumerate(channels):
        svc.ingest([make_article(_text(day), source="Gazette", published=start + timedelta(days=day))],
                   channel=channel.key)
        svc.mark_delivered(channel, svc.build(DigestRequest(channel)))
    first = svc.memory(channels[0])
    layered = svc.memory(user)
    assert layered.parent is first
    svc.memory(channels[1])  # the user's layer and its channel are the least recently used ...
    svc.memory(channels[2])
    assert len(svc._memories) == 2 and channels[0].keys not in svc._memories and user.keys not in svc._memories
    again = svc.memory(channels[0])  # ... restored from the store when needed again
    assert again is not first and [k.features.text for k in again.known if k] == [k.features.text for k in first.known if k]
    assert not judge(_text(0).splitlines()[1], again).novel
