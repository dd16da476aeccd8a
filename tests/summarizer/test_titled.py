"""An opening "the title, Name," becomes "Role Name" only when the name is the title's own."""
from __future__ import annotations

from summarizer.condense import condense
from summarizer.titled import title_edit


def test_a_name_apposed_to_a_role_inside_a_participle_phrase_is_not_the_subject() -> None:
    """"Lawyers representing the founder, Nils Berg, have filed": the lawyers filed, not the founder."""
    s = ("Lawyers representing the founder, Nils Berg, have filed a complaint against the port authority over the "
         "unsafe loading ramps at the northern terminal.")
    assert title_edit(s) is None
    assert condense(s).startswith("Lawyers representing the founder")


def test_a_name_apposed_to_a_role_after_a_preposition_is_not_the_subject() -> None:
    """"The strength of Lowmere's leader, Jo Roe, has rested on ...": the strength rested, not the leader."""
    assert title_edit("The grip of Lowmere's leader, Jo Roe, has held the harbour board for years.") is None
    assert title_edit("The wife of Lowmere's president, Jo Roe, has left the country.") is None
    assert title_edit("The acting president, Jo Roe, said no to the plan.") is not None


def test_a_title_and_name_inside_a_line_are_written_as_a_headline_writes_them() -> None:
    line = condense("The harbour talks ended early after the Norwegian fisheries minister, Kari Vold, said the quotas "
                    "would stay.")
    assert "after Norwegian fisheries minister Kari Vold said the quotas would stay" in line
    assert "held talks with Norwegian fisheries minister Kari Vold." in condense(
        "The mayor held talks with the Norwegian fisheries minister, Kari Vold.")


def test_a_title_and_name_keep_their_commas_in_a_list_before_a_relative_or_where_a_cut_may_end() -> None:
    listed = ("Leading the list is the Norwegian fisheries minister, Kari Vold, followed by the Danish trade "
              "minister, Jens Holm, and the mayor.")
    assert "the Norwegian fisheries minister, Kari Vold, followed" in condense(listed)
    assert "the Danish trade minister, Jens Holm, and" in condense(listed)
    said = condense("The harbour plan was praised by the Norwegian fisheries minister, Kari Vold, who called it bold.")
    assert "Vold, who" in said or said.endswith("Kari Vold.")
    kept = condense("Officials embarrassed the Norwegian fisheries minister, Kari Vold, on the eve of her visit.")
    assert "the Norwegian fisheries minister, Kari Vold," in kept


def test_a_title_inside_an_aside_keeps_the_comma_that_closes_the_aside() -> None:
    line = condense("The mayor, who was speaking at a harbour meeting with the Norwegian fisheries minister, Kari Vold, "
                    "urged the boats to stay in port until the storm had passed over the coast.")
    assert "Kari Vold urged" not in line
