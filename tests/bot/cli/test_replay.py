"""The replay harness: the benchmarks' contract (everything earlier seen) vs a real channel (pending carried)."""
from __future__ import annotations

from datetime import datetime

from bot.cli.replay import run_replay
from bot.digests import Digests
from summarizer.engine import EngineConfig
from summarizer.ingest import make_article
from summarizer.models import Article, Digest

FACTS = [
    "The river authority said 1,200 homes in Lowmere were flooded after the dam failed.",
    "Rescue crews evacuated 340 patients from the Lowmere county hospital by boat.",
    "The governor declared a state of emergency for the whole of Lowmere county.",
]


def _articles() -> list[Article]:
    return [
        make_article("Dam fails above Lowmere\n" + " ".join(FACTS), name="a", source="Ledger",
                     published=datetime(2025, 3, 2, 8)),
        make_article("Lowmere dam inquiry\nThe Lowmere county council opened an inquiry into the dam failure "
                     "with 3 independent engineers.", name="b", source="Ledger", published=datetime(2025, 3, 2, 9)),
    ]


def _run(carry: bool) -> list[list[str]]:
    told: list[list[str]] = []

    def emit(key: str, label: str, batch: list[Article], service: Digests, digest: Digest) -> None:
        told.append([i.sentence for i in digest.items] + [f"pending {s.pending}" for s in digest.stories if s.pending])

    run_replay(_articles(), "article", EngineConfig(max_items_per_story=1), emit, carry_pending=carry)
    return told


def test_the_contract_counts_held_back_items_as_seen() -> None:
    first, second = _run(carry=False)
    assert len(first) == 2 and first[1] == "pending 2"  # one fact told, two held back ...
    assert not set(second) & set(FACTS) and "pending 2" not in second  # ... and "seen" by the contract


def test_a_real_channel_gets_held_back_items_next() -> None:
    first, second = _run(carry=True)
    assert len(first) == 2 and first[1] == "pending 2"
    # the two held-back facts and the new article compete: one is told, two stay pending
    assert len(second) == 2 and second[1] == "pending 2" and second[0] != first[0]
