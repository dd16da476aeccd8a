"""Memory grows in place and never forgets silently: trimmed posting lists, a sentence capacity,
and an exact-repeat hash that finds what the capped posting lists no longer reach."""
from __future__ import annotations

from summarizer.novelty import MAX_POSTINGS, Memory, features, judge

# Twelve rare words: the sentence to be found again, and later sentences that each share one of them.
_RARE = "quokka marzipan zeppelin obsidian kayak tundra walrus saffron glacier lantern meteor orchid".split()
TOLD = "The " + " ".join(_RARE) + "."


def _filler(i: int) -> str:
    """A sentence of made-up words sharing exactly one word with ``TOLD``."""
    return f"Then {_RARE[i % len(_RARE)]} xq{i}a xq{i}b xq{i}c xq{i}d xq{i}e xq{i}f xq{i}g."


def test_posting_lists_are_trimmed_to_what_a_lookup_reads() -> None:
    m = Memory()
    for i in range(5 * MAX_POSTINGS):
        m.add(f"Harbour report {i}: cranes xz{i} loaded xy{i} crates.")
    assert len(m.postings["harbour"]) < 2 * MAX_POSTINGS
    assert m.postings["harbour"][-1] == len(m.known) - 1  # the newest entries are the ones kept


def test_exact_repeat_is_known_after_the_capped_posting_lists_moved_past_it() -> None:
    m = Memory()
    m.add(TOLD)
    for i in range(len(_RARE) * (MAX_POSTINGS + 5)):  # every word of TOLD now in more than MAX_POSTINGS later sentences
        m.add(_filler(i))
    assert all(0 not in m.postings[t][-MAX_POSTINGS:] for t in features(TOLD).terms)
    # The posting-list walk no longer reaches it: a copy with one more word is judged new ...
    assert judge(TOLD.replace("The", "Reportedly, the"), m).novel
    # ... but the sentence word for word is known, by its hash, before any posting list is read.
    again = judge("  " + TOLD.upper(), m)
    assert not again.novel and again.best is not None and again.best.index == 0


def test_capacity_forgets_the_oldest_in_place_but_not_their_wording() -> None:
    m = Memory(capacity=20)
    texts = [_filler(i) for i in range(60)]
    for t in texts:
        m.add(t, "s1", "a")
    assert m.held == 20 and len(m.known) == 60
    assert all(k is None for k in m.known[:40]) and all(k is not None for k in m.known[40:])
    indexed = {i for plist in m.postings.values() for i in plist}
    assert indexed and min(indexed) == 40  # forgotten sentences are unindexed, not just hidden
    assert not judge(texts[0], m).novel  # forgotten, yet its exact wording is still known
    assert m.add(texts[0]) is None  # and not stored twice
    assert judge(texts[0].replace("Then", "Later, then"), m).novel  # a paraphrase past the horizon is new again
    assert not judge(texts[59].replace("Then", "Later, then"), m).novel  # one within it is not


def test_a_user_layer_sees_exact_repeats_the_channel_forgot() -> None:
    channel = Memory(capacity=5)
    for i in range(30):
        channel.add(_filler(i))
    user = Memory(parent=channel)
    assert user.knows(__import__("summarizer.novelty", fromlist=["wording"]).wording(_filler(0)))
    assert not judge(_filler(0), user).novel and judge(_filler(1000), user).novel


def _reference_neighbours(memory: Memory, text: str, limit: int = 25) -> list[tuple[float, int]]:
    """Neighbours the plain way: votes from the capped posting lists of the query terms, one at a time, the best
    ``2 * limit`` by vote scored exactly in the sentence's term order (what the fast walk must return)."""
    f = features(text)
    votes: dict[int, float] = {}
    for term, weight in f.query:
        for idx in memory.postings.get(term, [])[-MAX_POSTINGS:]:
            votes[idx] = votes.get(idx, 0.0) + weight
    top = sorted(votes.items(), key=lambda kv: kv[1], reverse=True)[:2 * limit]
    scored = []
    for idx, _ in top:
        k = memory.known[idx]
        if k is not None:
            total = 0.0
            for t in f.terms:
                if t in k.features.terms:
                    total += f.terms[t]
            scored.append((total, idx))
    scored.sort(key=lambda sk: sk[0], reverse=True)
    return scored[:limit]


def test_neighbours_are_the_plain_walk_with_ties_in_walk_order() -> None:
    memory = Memory()
    for i in range(3 * MAX_POSTINGS):  # lists longer than a lookup reads; many equal votes
        memory.add(_filler(i))
        memory.add(f"The {_RARE[i % 5]} and {_RARE[(i + 3) % 12]} met xr{i % 7} near xs{i % 11}.")
    for text in (TOLD, "The quokka met xr3 near xs5 and a glacier.", _filler(7)):
        got = [(score, k.index) for score, k in memory.neighbours(features(text))]
        assert got and got == _reference_neighbours(memory, text)


def test_a_posting_list_of_one_sentence_is_a_shared_tuple_and_reads_as_an_array_did() -> None:
    a, b = Memory(capacity=2), Memory()
    for m in (a, b):
        m.add("Brennia harbour reopened its quokka ferry pier.")
    assert isinstance(a.postings["quokka"], tuple) and a.postings["quokka"] is b.postings["quokka"]  # one object
    for m in (a, b):
        m.add("The quokka ferry sailed to Osterby at dawn.")
    assert list(a.postings["quokka"]) == [0, 1] and not isinstance(a.postings["quokka"], tuple)
    probe = features("A quokka ferry left Brennia harbour at dawn.")
    assert [(w, k.index) for w, k in a.neighbours(probe)] == [(w, k.index) for w, k in b.neighbours(probe)]
    a.add("Lanterns lit the Osterby quokka pier.")  # past capacity: the first sentence is forgotten
    assert list(a.postings["quokka"]) == [1, 2] and "brennia" not in a.postings  # a lone entry's list goes
    a.add("Dawn fog closed the meteor glacier road.")  # the second goes: "quokka" is left with one sentence
    assert a.postings["quokka"] == (2,) and isinstance(a.postings["quokka"], tuple)
    assert a.postings["dawn"] == (3,) and a.postings["osterbi"] == (2,)
