"""The shared word classes of summarizer.chunks (invented sentences)."""
from __future__ import annotations

import pytest

from summarizer.chunks import clause_subject, has_verb, subordinate_preamble


@pytest.mark.parametrize("opening", ["comes as the party chief", "comes once the party chief",
                                     "ends unless the party chief", "comes whilst the party chief"])
def test_a_name_apposed_to_a_subordinate_clauses_subject(opening: str) -> None:
    """Every subordinator of a clause opens a subject a name may be apposed to ("once the party chief, Kim Roe, ...")."""
    assert clause_subject(opening, " Kim Roe")
    assert not clause_subject(opening.replace("the party chief", "the party chief left"), " Kim Roe")


def test_a_word_ending_in_ed_that_is_no_verb_leaves_a_fragment_verbless() -> None:
    """"hundred", "red", "sacred" are no past forms: a caption made of them has no verb; "raised" and "agreed" are."""
    assert not has_verb("A hundred marchers in red at the sacred lake")
    assert has_verb("A hundred marchers raised flags") and has_verb("Both sides agreed")


def test_whilst_opens_a_subordinate_preamble_as_while_does() -> None:
    """"Whilst the talks went on," is the same subordinate clause as "While the talks went on,"."""
    assert subordinate_preamble("Whilst the talks went on,") and subordinate_preamble("While the talks went on,")
