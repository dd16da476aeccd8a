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
