"""A channel memory is never dropped and rebuilt, however much it was told (the old 60 x horizon cliff)."""
from __future__ import annotations

from datetime import datetime, timedelta

from bot.core.service import Audience, DigestRequest
from bot.db.store import Store
from bot.digests import Digests
from enginekit import make_article
from summarizer.novelty import judge

CHANNEL = Audience("slack:T1:C9")
_TOWNS = "Lyon Porto Leeds Graz Turin Ghent Malmo Bergen Cork Split Bremen Basel".split()
_THINGS = ("ferry terminal|tram depot|flood barrier|grain silo|cable car|night market|water tower|"
           "fish market|ring road|steel mill|paper mill|bus station").split("|")


def _article(day: int) -> str:
    """Eight plain local-news sentences, different for every ``day``."""
    town = _TOWNS[day % len(_TOWNS)]
    lines = [f"{town} council votes on the {_THINGS[day % len(_THINGS)]} plan"]
    for j in range(8):
        thing = _THINGS[(day + 3 * j) % len(_THINGS)]
        lines.append(f"Engineers in {town} inspected the {thing} on day {day} and counted {100 * day + j} "
                     f"cracked panels in section {j}, the regional inspector told reporters.")
    return "\n".join(lines)


def test_memory_is_never_rebuilt_past_the_old_limit() -> None:
    # horizon=1: the old code dropped a memory above 60 sentences and rebuilt it from the last article.
    svc = Digests(Store("sqlite://"), horizon=1, memory_sentences=1000)
    start = datetime(2025, 5, 1)
    first = make_article(_article(0), source="Gazette", published=start)
    svc.ingest([first], channel=CHANNEL.key)
    svc.mark_delivered(CHANNEL, svc.build(DigestRequest(CHANNEL)))
    memory = svc.memory(CHANNEL)
    for day in range(1, 12):
        svc.ingest([make_article(_article(day), source="Gazette", published=start + timedelta(days=day))], channel=CHANNEL.key)
        svc.mark_delivered(CHANNEL, svc.build(DigestRequest(CHANNEL)))
    assert memory.held > 60
    assert svc.memory(CHANNEL) is memory  # grown in place, never dropped
    told = [line for line in _article(0).splitlines()[1:]]
    assert all(not judge(t, memory).novel for t in told)  # the first article is still known


def test_memory_capacity_bounds_a_channel_memory_in_place() -> None:
    svc = Digests(Store("sqlite://"), memory_sentences=30)
    start = datetime(2025, 5, 1)
    memory = svc.memory(CHANNEL)
    for day in range(10):
        svc.ingest([make_article(_article(day), source="Gazette", published=start + timedelta(days=day))], channel=CHANNEL.key)
        svc.mark_delivered(CHANNEL, svc.build(DigestRequest(CHANNEL)))
    assert svc.memory(CHANNEL) is memory and memory.held == 30 < len(memory.known)
    oldest = _article(0).splitlines()[1]
    assert not judge(oldest, memory).novel  # forgotten from the index, its wording still known
