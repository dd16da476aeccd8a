"""A description before a name the reader already knows goes ("the jailed former skater Mira Tollan" -> "Mira
Tollan"); before a name told for the first time it stays."""
from __future__ import annotations

from summarizer.compress import apply, edits, trim
from summarizer.text import canon, words


def _terms(text: str) -> set[str]:
    return {c for c in (canon(w) for w in words(text)) if c}


def _described(text: str) -> list[str]:
    return [apply(text, e) for e in edits(text) if e.rule == "described"]


def test_a_description_before_a_known_name_goes() -> None:
    s = "The jailed former skating champion Mira Tollan has asked the appeal court in Vessen to hear her case again."
    keep = _terms("asked appeal court Vessen hear case again")  # Mira Tollan was told before
    assert trim(s, keep, [], 80).startswith("Mira Tollan has asked the appeal court")


def test_a_description_stays_before_a_name_told_for_the_first_time() -> None:
    s = "The jailed former skating champion Mira Tollan has asked the appeal court in Vessen to hear her case again."
    keep = _terms(s)  # nothing of it was told: "skating champion" says who she is
    assert "skating champion Mira Tollan" in trim(s, keep, [], 80)


def test_a_title_and_its_commas_give_way_to_the_name_before_a_verb() -> None:
    s = "Farmers have urged the Norland rowing champion, Osk Veldt, to drop the new tax on diesel before the harvest."
    assert "Farmers have urged Osk Veldt to drop the new tax on diesel before the harvest." in _described(s)
    s = "Talks began on the future of the Norland founder, Osk Veldt, who has been held in the port since May."
    assert not _described(s)  # ", who has been held": the comma closes the name before its relative clause
    s = "The minister met the Norland rowing champion, Osk Veldt, the fiercest critic of the new tax on diesel."
    assert not _described(s)  # a second apposition follows the name
    s = "The results took pressure off the chief executive, Osk Veldt, picked by the board as its new head."
    assert not _described(s)  # "picked by": a participle of the name's, not the clause's verb
    s = "When the Norland rowing champion, Osk Veldt, called for an inquiry, few of his ministers agreed."
    assert "When Osk Veldt called for an inquiry, few of his ministers agreed." in _described(s)


def test_an_office_stays_before_a_known_name() -> None:
    s = "The Norland president, Osk Veldt, has asked the court to hear the case against the port authority again."
    assert not _described(s)  # a report names the holder of an office by it
    assert not _described("President Osk Veldt has asked the court to hear the case against the port authority again.")


def test_a_description_stays_when_it_is_coordinated_or_belongs_to_a_clause() -> None:
    assert not _described("The case against the Olympic and Paralympic champion Mira Tollan has been dropped by the court.")
    assert not _described("Ren Kalo said he was a victim because he accused Norland president Osk Veldt of fraud in 2011.")
    assert not _described("Tollan's former coach Ivo Stam told the court that he had seen the bags in the hotel.")
