"""py3langid's model held compact decides exactly as py3langid does, with a 16-bit next-state table."""
from __future__ import annotations

from array import array

import numpy as np
import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from langtexts import TEXTS, UNSUPPORTED
from summarizer.langmodel import CompactIdentifier, compact
from summarizer.language import _identifier

INVENTED = ["", "12345 678", "THE MAYOR OPENED A BRIDGE", "Der Bürgermeister eröffnete gestern die neue Brücke.",
            "La alcaldesa inauguró ayer el puente nuevo.", "Le maire a inauguré hier le nouveau pont.",
            "Il sindaco ha inaugurato ieri il nuovo ponte.", "Burmistrz otworzył wczoraj nowy most.",
            "Мэр вчера открыл новый мост.", "Градоначелник је јуче отворио нови мост.", "Ο δήμαρχος άνοιξε τη γέφυρα.",
            "O prefeito inaugurou ontem a ponte nova.", "Borgmästaren öppnade den nya bron i går."]


@pytest.fixture(scope="module")
def plain() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def test_the_engine_holds_the_compact_model() -> None:
    model = _identifier()
    assert isinstance(model, CompactIdentifier)
    assert model._moves.itemsize == 2 and model.tk_nextmove is not None and len(model.tk_nextmove) == 0


def test_every_decision_and_probability_is_py3langids(plain: LanguageIdentifier) -> None:
    model = _identifier()
    texts = INVENTED + [t for pair in TEXTS.values() for t in pair] + [t for t in UNSUPPORTED.values()]
    for text in texts:
        for piece in (text, *text.split("\n")):
            assert model.classify(piece) == plain.classify(piece), piece
            assert model.rank(piece) == plain.rank(piece)


def test_bytes_are_read_as_py3langid_reads_them(plain: LanguageIdentifier) -> None:
    raw = "Le maire a inauguré le pont".encode()
    assert _identifier().classify(raw) == plain.classify(raw)
    assert _identifier().classify(raw[:-1] + b"\xc3") == plain.classify(raw[:-1] + b"\xc3")


def _tiny(rows: dict[int, dict[int, int]], states: int) -> LanguageIdentifier:
    """A three-class model over an automaton of ``states`` states, each with its own row (``rows``: state ->
    byte -> next state; every other move goes to the start)."""
    table = np.zeros((states, 256), dtype=np.uint32)
    for state, moves in rows.items():
        for byte, nxt in moves.items():
            table[state, byte] = nxt
    ptc = np.linspace(-3.0, -0.5, num=(states - 1) * 3, dtype=np.float32).reshape(states - 1, 3)
    return LanguageIdentifier(ptc.astype(np.float16), np.array([-1.0, -1.2, -0.9], dtype=np.float32),
                              ["aa", "bb", "cc"], array("I", table.ravel().tobytes()), [-1, *range(states - 1)],
                              norm_probs=True, tk_row=array("H", range(states)))


def test_a_small_automaton_walks_the_same() -> None:
    a, b, c = ord("a"), ord("b"), ord("c")
    start = {a: 1, b: 2, c: 3}  # "a" -> 1, "b" -> 2, "c" -> 3, "ab" -> 4, "bc" -> 5
    rows = {0: start, 1: {**start, b: 4}, 2: {**start, c: 5}, 3: start, 4: {**start, c: 5}, 5: start}
    model = _tiny(rows, 6)
    small = compact(_tiny(rows, 6))
    assert isinstance(small, CompactIdentifier)
    for text in ("abcabc", "cab", "zzz", "", "bcbcab", "aaaa"):
        assert small.classify(text) == model.classify(text)
        assert small.rank(text) == model.rank(text)


def test_a_state_entered_by_two_bytes_keeps_the_model_as_loaded() -> None:
    rows = {0: {ord("a"): 1, ord("b"): 1}, 1: {ord("a"): 1}}
    model = _tiny(rows, 2)
    assert compact(model) is model
