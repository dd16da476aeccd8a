"""The scale benchmark's stores: kept only when whole, reused by copy; PostgreSQL asked for and missing stops it."""
from __future__ import annotations

from pathlib import Path

import pytest
from enginekit import FLOODS, TROOPS_A, make_article

from benchmarks import scale
from benchmarks.scale_store import CHANNEL, READER, build, copy_store, exists
from bot.core.service import Audience
from bot.db.store import Store


def test_a_built_store_is_copied_whole_and_found_again(tmp_path: Path) -> None:
    url, kept = f"sqlite:///{tmp_path / 'run.db'}", f"sqlite:///{tmp_path / 'kept.db'}"
    arts = [make_article(TROOPS_A, source="Ledger", published="2025-03-01"),
            make_article(FLOODS, source="Herald", published="2025-03-02")]
    assert not exists("sqlite", kept)
    assert build(url, arts) > 0
    copy_store("sqlite", url, kept)
    assert exists("sqlite", kept) and not (tmp_path / "kept.db.part").exists()
    store = Store(kept)
    assert store.counts()["articles"] == 2
    assert store.seen_ids([CHANNEL]) == {a.id for a in arts}
    assert store.seen_ids([READER]) == set()  # the reader has not seen the last 500 (here: all)
    assert store.seen_ids([Audience("scale:crowd0").key]) == {a.id for a in arts}


def test_postgresql_asked_for_and_not_startable_stops_with_status_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("DIGESTBOT_PG_BINDIR", str(tmp_path / "no-such-bin"))
    (tmp_path / "news_dev").mkdir()
    (tmp_path / "entities").mkdir()
    (tmp_path / "news_dev" / "a.jsonl").write_text("{}\n")
    (tmp_path / "entities" / "b.jsonl").write_text("{}\n")
    with pytest.raises(SystemExit) as stop:
        scale.main(["--shared", str(tmp_path), "--db", "postgresql"])
    assert stop.value.code == 2 and "PostgreSQL" in capsys.readouterr().err


def test_the_crowd_phase_holds_no_memory_the_service_dropped(tmp_path: Path) -> None:
    import gc
    import weakref

    from bot.digests import Digests

    url = f"sqlite:///{tmp_path / 'run.db'}"
    build(url, [make_article(TROOPS_A, source="Ledger", published="2025-03-01"),
                make_article(FLOODS, source="Herald", published="2025-03-02")])
    svc = Digests(Store(url), max_memories=2)
    first = weakref.ref(svc.memory(Audience("scale:crowd0")))
    assert scale.crowd(svc, 4) >= 0  # crowd0 .. crowd3 in turn: crowd0's memory is dropped by the service
    gc.collect()
    assert first() is None and len(svc._memories) == 2


def test_the_bulk_ingest_runs_in_a_process_of_its_own(tmp_path: Path) -> None:
    from summarizer.language import _detect

    text = ("The harbour board of Westmere approved a new ferry timetable on Tuesday after a long dispute.\n"
            "Ferries will leave every forty minutes from the north quay, the board's chair told reporters.")
    article = make_article(text, source="Ledger", published="2025-03-03")
    before = _detect.cache_info()
    assert build(f"sqlite:///{tmp_path / 'run.db'}", [article]) > 0
    assert Store(f"sqlite:///{tmp_path / 'run.db'}").counts()["articles"] == 1
    assert _detect.cache_info() == before  # this process read nothing of it (its language not even asked)
