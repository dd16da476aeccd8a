"""Straight quotation marks across paragraphs: which paragraph leaves a quotation open, and a closing mark moved."""
from __future__ import annotations

from summarizer.paraquotes import leaves_open, move_closers, names_speaker


def test_a_paragraph_leaves_a_quotation_open_by_its_last_mark() -> None:
    assert leaves_open('" We will keep the ferry.')  # it opens at the start and never closes
    assert leaves_open('The mayor said: " We will keep the ferry. We have the votes.')
    assert leaves_open('The ferry will close in May, the council said. "')  # it ends by opening one
    assert not leaves_open('" We will keep the ferry, " the mayor said.')  # closed
    assert not leaves_open('" he said on Monday.')  # a mark before who spoke closes


def test_a_mark_before_a_speaker_in_the_third_person_closes() -> None:
    assert names_speaker('" Kim, a keen sailor, said the harbour was too small.')
    assert names_speaker('" she said.')
    assert not names_speaker('" I told you the harbour was too small.')  # the speaker goes on
    assert not names_speaker('" You never said: " We will sell. "')
    assert not names_speaker('" The harbour is too small.')


def test_a_closing_mark_that_opens_a_paragraph_moves_to_the_paragraph_before() -> None:
    lines = [[('" What we lacked in money, we made up for in patience.', False)], [],
             [('" Kim, a keen sailor, said the council never listened: " The days went slowly. "', False)]]
    move_closers(lines)
    assert lines == [[('" What we lacked in money, we made up for in patience. "', False)], [],
                     [('Kim, a keen sailor, said the council never listened: " The days went slowly. "', False)]]
    kept = [[('" We stay.', False)], [('" I told them so.', False)]]
    move_closers(kept)
    assert kept == [[('" We stay.', False)], [('" I told them so.', False)]]  # the quotation goes on
