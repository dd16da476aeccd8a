"""Names (:mod:`summarizer.entities`): the keys of place names and titles before a name."""
from __future__ import annotations

from summarizer.entities import names


def test_a_compass_word_opens_a_place_and_a_division_word_is_no_part_of_its_key() -> None:
    """"South Jeolla Province", "South Jeolla province" and "the province of South Jeolla" are one place; "New York
    Times" is not "York Times"; a title before a name still goes ("Afghan President ...")."""
    assert names("Floods hit South Jeolla Province on Monday.")[-1] == "south jeolla"
    assert names("Floods hit South Jeolla province on Monday.")[-1] == "south jeolla"
    assert names("Rain fell across the province of South Jeolla.")[-1] == "south jeolla"
    assert names("She told The New York Times on Monday.") == ("new york times",)
    assert "south china sea" in names("Ships sailed into the South China Sea.")
    assert names("Afghan President Hamid Karzai spoke.") == ("hamid karzai",)
    assert names("Rain fell on Mexico City.") == ("mexico city",)
