"""Two figures are one value told at two precisions only when the more precise rounds to the other (made-up figures)."""
from __future__ import annotations

from summarizer.facts import Quantity, quantities
from summarizer.precision import rounds_alike, shares_alike


def _share(text: str) -> Quantity:
    return quantities(text)[0]


def test_a_count_rounded_to_the_others_zeros_is_the_same_value() -> None:
    assert rounds_alike(452, 450)
    assert rounds_alike(2004, 2000)
    assert not rounds_alike(128, 125)


def test_shares_are_alike_at_the_precision_of_the_less_precise() -> None:
    tenth = _share("Kim won 48.6% of the vote.")
    assert shares_alike(tenth, _share("Kim won 49% of the vote."))
    assert shares_alike(tenth, _share("Kim won 48.60% of the vote."))
    assert not shares_alike(tenth, _share("Kim won 50% of the vote."))
    assert not shares_alike(_share("Lee led with 50.4 percent of the vote."), _share("Lee led with 50.8 percent of the vote."))
    assert shares_alike(_share("Lee took 33.6% of the vote."), _share("Lee took 33.5% of the vote."))  # rounded or cut
    assert not shares_alike(_share("Lee took 33.7% of the vote."), _share("Lee took 33.5% of the vote."))
