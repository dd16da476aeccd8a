"""Outcome classes a text tells as done (made-up sentences)."""
import pytest

from summarizer.outcomes import OUTCOMES, outcomes


def _names(text: str) -> set[str]:
    return {sorted(OUTCOMES[k])[0] for k in outcomes(text)}


def test_two_sides_of_one_outcome_fall_in_one_class() -> None:
    granted = outcomes("Magistrate Piet Kruger has granted Lena Ostrova bail.")
    freed = outcomes("Lena Ostrova has been freed on bail.")
    assert granted and granted == freed
    assert outcomes("The Varna council summoned Ivo Brandt to appear.") == outcomes(
        "The Varna council issued a subpoena to Ivo Brandt.")


@pytest.mark.parametrize("text", [
    "Magistrate Piet Kruger is expected to grant Lena Ostrova bail next week.",  # a prospect
    "Kruger said: “We will release her on bail”.",  # only in a quotation
    "Lena Ostrova appeared in court in a grey suit.",  # no outcome of a class
])
def test_a_prospect_a_quotation_or_no_outcome_word_tells_no_outcome(text: str) -> None:
    assert not _names(text)
