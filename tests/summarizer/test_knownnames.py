"""A title before a name the reader was already told goes; a new name keeps it."""
from __future__ import annotations

from summarizer.compress import trim
from summarizer.knownnames import known_title_edits


def _cuts(text: str, keep: set[str]) -> list[str]:
    return [text[e.start:e.end] for e in known_title_edits(text, keep)]


def test_the_title_of_a_told_name_goes() -> None:
    s = "Harbour Minister Anna Vogt says the ferry will sail again on Sunday after the storm repairs."
    assert _cuts(s, {"ferri", "sail", "storm", "repair"}) == ["Harbour Minister "]
    line = trim(s, {"ferri", "sail", "storm", "repair"}, ["Sunday"], 80)
    assert line.startswith("Anna Vogt says the ferry will sail again on Sunday"), line


def test_a_new_name_keeps_its_title() -> None:
    s = "Harbour Minister Anna Vogt says the ferry will sail again on Sunday after the storm repairs."
    assert _cuts(s, {"anna", "vogt", "ferri"}) == []
    assert _cuts(s, set()) == []  # nothing known of the reader: nothing goes


def test_a_title_bound_to_what_comes_before_stays() -> None:
    keep = {"ferri"}
    assert _cuts("The ferry board met the new Harbour Minister Anna Vogt on the pier today.", keep) == []
    assert _cuts("The Ministry of Harbours spokesman Per Lund said the ferry would sail.", keep) == []
    assert _cuts("As Harbour Minister Anna Vogt left the pier, the ferry sailed.", keep) == []
    assert _cuts("Vogt's brother Per Vogt said the ferry would sail on Sunday.", keep) == []


def test_a_title_after_a_verb_of_saying_goes_and_a_new_body_in_it_stays() -> None:
    assert _cuts("The ferry will sail on Sunday, said Harbour Minister Anna Vogt.", {"ferri", "sail"}) == [
        "Harbour Minister "]
    assert _cuts("Bluewave Ferries Chief Executive Per Lund said the ferry would sail.", {"bluewav", "ferri"}) == []
