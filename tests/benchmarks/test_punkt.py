"""The LexRank baselines' own splitter (benchmarks/punkt.py): NLTK Punkt learned offline, independent of the engine."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sumy.parsers.plaintext import PlaintextParser  # noqa: E402

from benchmarks.punkt import PunktBaselineTokenizer, punkt_splitter  # noqa: E402

TRAIN = " ".join(f"Mr. Okafor met Mr. Lindqvist in town number {i}. The talks ended late." for i in range(30))


def test_punkt_learns_an_abbreviation_from_the_training_text() -> None:
    untrained = punkt_splitter("Short text.")
    trained = punkt_splitter(TRAIN)
    text = "Mr. Okafor left. Rain fell all day."
    assert trained.tokenize(text) == ["Mr. Okafor left.", "Rain fell all day."]
    assert untrained.tokenize(text) == ["Mr.", "Okafor left.", "Rain fell all day."]


def test_the_tokenizer_plugs_into_sumys_plaintext_parser() -> None:
    tokenizer = PunktBaselineTokenizer(TRAIN)
    document = PlaintextParser.from_string("Mr. Okafor said no. The vote failed 3-2, e.g. by one.\n\nA new day.",
                                           tokenizer).document
    assert [str(s) for s in document.sentences] == ["Mr. Okafor said no.", "The vote failed 3-2, e.g. by one.",
                                                    "A new day."]
    assert tokenizer.to_words("The vote didn't pass, 3-2.") == ("The", "vote", "did", "n't", "pass")
