"""Cyclic garbage collection is paused around bulk work (:mod:`bot.core.nogc`) and always restored after it."""
from __future__ import annotations

import gc
from datetime import datetime
from typing import Iterator

import pytest

from bot.core.nogc import paused_gc
from enginekit import build, service
from summarizer.models import Article


@pytest.fixture(autouse=True)
def _collector_on() -> Iterator[None]:
    """Each test starts with the collector on and leaves it on."""
    gc.enable()
    yield
    gc.enable()


def test_paused_inside_and_on_again_after() -> None:
    with paused_gc():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_back_on_after_an_error() -> None:
    with pytest.raises(ValueError), paused_gc():
        raise ValueError("boom")
    assert gc.isenabled()


def test_left_off_when_it_was_off() -> None:
    gc.disable()
    with paused_gc():
        assert not gc.isenabled()
    assert not gc.isenabled()  # a caller that turned it off keeps it off


def test_an_ingest_runs_paused_and_changes_nothing_else(monkeypatch: pytest.MonkeyPatch) -> None:
    svc = service()
    during: list[bool] = []
    assign = svc.engine.stories.assign

    def spy(*args: object, **kwargs: object) -> object:
        during.append(gc.isenabled())
        return assign(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(svc.engine.stories, "assign", spy)
    article = Article("g1", "Bridge reopens in Tallow", "The bridge in Tallow reopened on Monday after 40 days of "
                      "repairs, the county council said.", source="Courier", published=datetime(2025, 6, 2))
    result = svc.ingest([article], channel="slack:T1:C1")
    assert during == [False] and gc.isenabled()
    assert [a for a in result.added] and not build(svc).empty  # stored and read as before
