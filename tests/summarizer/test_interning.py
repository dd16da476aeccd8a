"""One object per distinct term and weight in analyses read back (summarizer.interning)."""
from __future__ import annotations

import json
import sys

import pytest

from summarizer import interning
from summarizer.analysis import loads
from summarizer.interning import shared_set, shared_terms, shared_weight


def test_equal_weights_share_one_object() -> None:
    a, b = float("1.25"), float("1.25")
    assert a is not b
    assert shared_weight(a) is shared_weight(b)


def test_a_zero_keeps_its_sign() -> None:
    assert str(shared_weight(-0.0)) == "-0.0"
    assert str(shared_weight(0.0)) == "0.0"


def test_the_weight_table_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(interning, "WEIGHTS", 8)
    monkeypatch.setattr(interning, "_WEIGHTS", {})
    for n in range(1, 50):
        shared_weight(n / 7)
        assert len(interning._WEIGHTS) <= 8


def test_terms_keep_their_order_and_values() -> None:
    terms = {"storm": 2.5, "=Haiti": 3.0, "flood": 1.5}
    out = shared_terms(terms)
    assert list(out.items()) == list(terms.items())


def test_loaded_analyses_share_terms_and_weights() -> None:
    row = [1, "The storm hit the coast.", {"storm": 2.5, "coast": 1.75}, [], [], [{"storm": 2.5, "hit": 1.0}], ""]
    other = [2, "A storm surge followed.", {"surge": 3.0, "storm": 2.5}, [], [], [], ""]
    (_, f), = loads(json.dumps([row]))
    (_, g), = loads(json.dumps([other]))
    mine = next(t for t in f.terms if t == "storm")
    theirs = next(t for t in g.terms if t == "storm")
    assert mine is theirs
    assert f.terms["storm"] is g.terms["storm"]
    assert f.quotes[0]["storm"] is f.terms["storm"]
    assert f.terms == {"storm": 2.5, "coast": 1.75} and f.total == 4.25


def test_equal_string_sets_share_one_object_and_iterate_alike() -> None:
    words = ["harbour", "crane", "=Lowmere"]
    a, b = shared_set(list(words)), shared_set(list(words))
    assert a is b
    assert list(a) == list(frozenset(words))
    assert all(w is sys.intern(w) for w in a)


def test_the_set_table_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(interning, "SETS", 8)
    monkeypatch.setattr(interning, "_SETS", {})
    for n in range(50):
        shared_set([f"w{n}", "x"])
        assert len(interning._SETS) <= 8


def test_few_shares_empty_and_one_string_sets() -> None:
    one = "".join(["quay", "side"])
    again = "".join(["quay", "side"])
    assert interning.few([]) is interning.few(iter(())) is interning.NONE
    assert interning.few([one]) is interning.few([again]) == frozenset({"quayside"})
    two = interning.few(["quayside", "harbour"])
    assert two == frozenset({"quayside", "harbour"}) and two is not interning.few(["quayside", "harbour"])


def test_few_table_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(interning, "SINGLES", 2)
    monkeypatch.setattr(interning, "_SINGLES", {})
    for word in ("pier", "dock", "berth"):
        interning.few([word])
    assert len(interning._SINGLES) <= 2


def test_equal_pairs_share_one_tuple_and_a_zero_weight_keeps_its_own() -> None:
    term = "".join(["ferry", "man"])
    weight = float("2.5")
    assert interning.shared_pair(term, weight) is interning.shared_pair("ferryman", 2.5) == ("ferryman", 2.5)
    assert interning.shared_pair("ferryman", -0.0) is not interning.shared_pair("ferryman", -0.0)


def test_weights_are_shared_without_a_call_per_weight(monkeypatch: pytest.MonkeyPatch) -> None:
    def one_by_one(weight: float) -> float:
        raise AssertionError("a weight shared by a Python call")

    monkeypatch.setattr(interning, "shared_weight", one_by_one)
    a, b = shared_terms({"gale": float("2.75"), "coast": 1.5}), shared_terms({"gale": float("2.75")})
    assert a["gale"] is b["gale"] and list(a) == ["gale", "coast"]
    monkeypatch.setattr(interning, "shared_weight", lambda weight: weight)  # a zero: the call that keeps its sign
    assert str(shared_terms({"calm": -0.0})["calm"]) == "-0.0"
