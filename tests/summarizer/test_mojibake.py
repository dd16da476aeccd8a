"""Mojibake repair with ftfy, including garbled letters that a tokeniser split (:mod:`summarizer.mojibake`)."""
from __future__ import annotations

import pytest

from summarizer.clean import clean_text
from summarizer.mojibake import fix_mojibake


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("The minister\u00e2\u20ac\u2122s office said", "The minister\u2019s office said"),
        ("Jos\u00c3 \u00a9 Ortega met the press.", "Jos\u00e9 Ortega met the press."),  # the pair split, a name after it
        ("Mayor S\u00c3 \u00a9 rgio Lima spoke.", "Mayor S\u00e9rgio Lima spoke."),  # the word itself split
        ("a tired clich\u00c3 \u00a9 s of the trade", "a tired clich\u00e9s of the trade"),
        ("the caf\u00c3 \u00a9 in the square", "the caf\u00e9 in the square"),  # a function word after it stays apart
        ("J\u00c3 \u00a9 r\u00c3\u00b4me Leroy", "J\u00e9r\u00f4me Leroy"),  # a second garbled letter in the fragment
        ("Prices rose \u00c2 \u00a3 5 a head", "Prices rose \u00a3 5 a head"),
        # a garbled punctuation mark split by the tokeniser, with the apostrophe set apart from its word
        ("The mayor\u00e2\u20ac \u2122 s office said it\u00e2\u20ac \u2122 s closed.", "The mayor\u2019s office said it\u2019s closed."),
        ("We \u00e2\u20ac \u2122 ll see \u00e2\u20ac \u00a6 soon", "We\u2019ll see \u2026 soon"),
        ("\u00e2\u20ac\u0153too soon\u00e2\u20ac \ufffd.", "\u201ctoo soon\u201d."),  # the closing quote's last byte lost
        ("\u201cShe has to go.\u00e2\u20ac The vote is on Monday.", "\u201cShe has to go.\u201d The vote is on Monday."),  # lost, no trace
        ("It is unpredictable.\u00e2\u20ac", "It is unpredictable.\u201d"),
        ("Bobby \u00e2\u20ac\u0153Axe\u00e2\u20ac\n\ufffd Axelrod said", "Bobby \u201cAxe\u201d Axelrod said"),  # split by a line break
        ("they can\u00e2\u20ac\n\u2122 t say", "they can\u2019t say"),
        ("paid \u00e2\u20ac\n\u00a35m", "paid \u201d\n\u00a35m"),  # "£" opens the next line: no split mark
        ("the players\u2019 union", "the players\u2019 union"),  # a plural possessive is left alone
    ],
)
def test_mojibake_is_repaired(garbled: str, fixed: str) -> None:
    assert fix_mojibake(garbled) == fixed


def test_a_fragment_the_text_uses_as_a_word_stays_a_word() -> None:
    text = "The famous caf\u00c3 \u00a9 owner spoke. Every owner in town agreed."
    assert fix_mojibake(text) == "The famous caf\u00e9 owner spoke. Every owner in town agreed."


def test_clean_text_repairs_untrusted_text_and_leaves_clean_text_alone() -> None:
    assert "S\u00e9rgio" in clean_text("Governor S\u00c3 \u00a9 rgio Lima said on Monday that the port would reopen.").text
    plain = "Caf\u00e9 owners in S\u00e3o Paulo \u2014 \u201cclosed\u201d for the day, the union said."
    assert clean_text(plain).text == plain


def test_a_garbled_apostrophe_the_page_broke_the_line_after_is_rejoined_with_its_s() -> None:
    garbled = "sections of Brazil\u00e2\u20ac \u2122\ns rightwing opposition want to overthrow it."
    assert fix_mojibake(garbled) == "sections of Brazil\u2019s rightwing opposition want to overthrow it."
