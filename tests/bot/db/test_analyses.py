"""Analyses stored at ingest: a memory restored at start reads them (no re-analysis of text) and holds
what a memory built from the articles' text holds; a missing or stale analysis is made again and stored."""
from __future__ import annotations

import gc
from typing import Any

import pytest
from enginekit import FLOODS, TROOPS_A, TROOPS_B, make_article
from sqlalchemy import event, func, select, update

import bot.db.analyses
import summarizer.memory
from bot.core.service import Audience, DigestRequest
from bot.db.schema import AnalysisRow
from bot.db.store import Store
from bot.digests import Digests
from summarizer.analysis import VERSION, analyse
from summarizer.engine import Engine
from summarizer.memory import forget_cached, wording
from summarizer.novelty import Memory

CHANNEL = Audience("slack:T1:C1")


def delivered(url: str) -> tuple[Digests, list[Any]]:
    """A service whose channel got (and was delivered) the digest of three articles."""
    svc = Digests(Store(url))
    arts = [make_article(t, source=s, published=f"2025-03-0{n + 1}")
            for n, (t, s) in enumerate([(TROOPS_A, "Ledger"), (TROOPS_B, "Herald"), (FLOODS, "Ledger")])]
    svc.ingest(arts, channel=CHANNEL.key)
    svc.mark_delivered(CHANNEL, svc.build(DigestRequest(CHANNEL)))
    return svc, arts


def counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record each article analysed during a restore."""
    calls: list[str] = []
    real = bot.db.analyses.analyse

    def spy(article: Any) -> Any:
        calls.append(article.id)
        return real(article)

    monkeypatch.setattr(bot.db.analyses, "analyse", spy)
    return calls


def test_ingest_stores_one_analysis_per_new_article(db_url: str) -> None:
    svc, arts = delivered(db_url)
    svc.ingest(arts, channel=CHANNEL.key)  # known: nothing stored again
    with svc.store.session() as s:
        assert s.scalar(select(func.count()).select_from(AnalysisRow).where(AnalysisRow.version == VERSION)) == 3


def test_a_restored_memory_reads_the_analyses_and_holds_what_the_text_gives(db_url: str,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    svc, arts = delivered(db_url)
    calls = counting(monkeypatch)
    restored = Digests(svc.store).memory(CHANNEL)
    assert calls == []  # nothing analysed again
    from_text = Memory()
    Engine().remember(from_text, arts)
    assert [(k.features.text, k.ref, k.day) for k in restored.known if k] == [
        (k.features.text, k.ref, k.day) for k in from_text.known if k]
    assert {k.day for k in restored.known if k} == {a.ordinal for a in arts}  # ages are read against these days
    assert [k.features.terms for k in restored.known if k] == [k.features.terms for k in from_text.known if k]


def test_a_stale_analysis_is_made_again_and_stored(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    svc, arts = delivered(db_url)
    with svc.store.session() as s:
        s.execute(update(AnalysisRow).where(AnalysisRow.article_id == arts[1].id).values(version=VERSION ^ 1))
    calls = counting(monkeypatch)
    memory = Digests(svc.store).memory(CHANNEL)
    assert calls == [arts[1].id] and memory.held > 0
    with svc.store.session() as s:
        assert s.scalar(select(AnalysisRow.version).where(AnalysisRow.article_id == arts[1].id)) == VERSION
    calls.clear()
    Digests(svc.store).memory(CHANNEL)
    assert calls == []


def test_a_digest_reads_the_stored_analyses_of_its_articles(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    svc = Digests(Store(db_url))
    svc.ingest([make_article(TROOPS_A, source="Ledger"), make_article(FLOODS, source="Herald")], channel=CHANNEL.key)
    forget_cached()
    gc.collect()  # as in a process that did not ingest them: no analysis in memory
    made: list[str] = []
    real = summarizer.memory.quantities
    monkeypatch.setattr(summarizer.memory, "quantities", lambda text: made.append(text) or real(text))
    digest = Digests(svc.store).build(DigestRequest(CHANNEL))
    # Every article sentence's facts came from the stored analysis; only the digest's own shown lines are read
    # (summarizer.retell compares each new line with the lines shown before it): at most one reading per line.
    lines = [i.text for i in digest.items]
    assert lines and set(made) <= set(lines) and len(made) <= len(lines)


def test_a_second_audience_over_the_same_articles_takes_the_shared_features_without_decoding(
        db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    svc, arts = delivered(db_url)
    second = Audience("slack:T1:C2")
    svc.store.mark_seen(second, [a.id for a in arts])
    restarted = Digests(svc.store)
    first = restarted.memory(CHANNEL)
    decoded: list[str] = []
    real = bot.db.analyses.loads
    monkeypatch.setattr(bot.db.analyses, "loads", lambda data: decoded.append(data) or real(data))
    other = restarted.memory(second)
    assert decoded == []  # every sentence was held by the first memory: nothing read or decoded
    assert [(k.features, k.story_id, k.ref) for k in other.known if k] == \
        [(k.features, k.story_id, k.ref) for k in first.known if k] and other.held > 0


def test_features_no_memory_holds_any_more_are_decoded_again(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    svc, arts = delivered(db_url)
    store = svc.store
    expected = [k.features.text for k in Digests(store).memory(CHANNEL).known if k]
    del svc
    forget_cached()
    gc.collect()  # the memories are gone: their features are no longer shared
    decoded: list[str] = []
    real = bot.db.analyses.loads
    monkeypatch.setattr(bot.db.analyses, "loads", lambda data: decoded.append(data) or real(data))
    again = Digests(store).memory(CHANNEL)  # the same store: its sentence texts are remembered, not shared
    assert len(decoded) == len(arts) and [k.features.text for k in again.known if k] == expected


def test_the_older_articles_wordings_are_known_after_one_merge(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    svc, arts = delivered(db_url)
    calls: list[int] = []
    real = Memory.know_wordings
    monkeypatch.setattr(Memory, "know_wordings", lambda self, keys: calls.append(1) or real(self, keys))
    restored = Digests(Store(db_url), recall=1).memory(CHANNEL)  # the two older articles known word for word only
    assert len(calls) == 2  # their hashes in one call (one merge), then the items shown: not one call per article
    older = [f.text for a in arts[:2] for f in analyse(a)]
    assert older and all(restored.knows(wording(t)) for t in older)
    assert {k.ref for k in restored.known if k} == {arts[2].id}


def test_the_ordered_read_of_what_an_audience_saw_carries_no_stored_json(db_url: str) -> None:
    svc, arts = delivered(db_url)
    store = Store(db_url)
    statements: list[str] = []
    event.listen(store.engine, "before_cursor_execute",
                 lambda conn, cursor, statement, *rest: statements.append(" ".join(statement.split())))
    restored = Digests(store).memory(CHANNEL)
    reads = [q for q in statements if "analyses.data" in q]
    # the JSON is read from the analyses alone, by the ids the ordered read sorts (not sorted with them)
    assert reads and all(q.startswith("SELECT analyses.article_id, analyses.data FROM analyses WHERE") for q in reads)
    assert any("ORDER BY" in q and "JOIN seen" in q for q in statements) and restored.held > 0


def test_an_analysis_replaced_between_the_two_reads_is_made_again(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    svc, arts = delivered(db_url)
    real = bot.db.analyses._stored

    def replaced(s: Any, *args: Any) -> dict[str, str]:  # another engine's process stored arts[1] in between
        s.execute(update(AnalysisRow).where(AnalysisRow.article_id == arts[1].id).values(version=VERSION ^ 1))
        return real(s, *args)

    monkeypatch.setattr(bot.db.analyses, "_stored", replaced)
    calls = counting(monkeypatch)
    memory = Digests(Store(db_url)).memory(CHANNEL)
    assert calls == [arts[1].id] and arts[1].id in {k.ref for k in memory.known if k}
