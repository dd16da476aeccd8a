"""A headline in headline grammar run into its lead (:mod:`summarizer.headgrammar`, via
:func:`summarizer.glue.split_glued`)."""
from __future__ import annotations

import pytest

from summarizer.glue import split_glued
from summarizer.headgrammar import headline_subject, place_end


@pytest.mark.parametrize(
    "glued, parts",
    [
        # a participle with no auxiliary, a place after its preposition, then a plural subject and its auxiliary
        ("Sailors lifted from ferry wreck off Norland Divers have begun towing the hull back to the harbour.",
         ("Sailors lifted from ferry wreck off Norland",
          "Divers have begun towing the hull back to the harbour.")),
        # a headline ending on a full name after "by", then a titled subject and its verb
        ("Ferry boy Jo Marsh thanked by Ada Quill Mrs Quill stood in for the mayor at the harbour on Friday.",
         ("Ferry boy Jo Marsh thanked by Ada Quill", "Mrs Quill stood in for the mayor at the harbour on Friday.")),
        # a headline ending on a role noun, then a place's possessive subject with its apposition in commas
        ("Mayor pressed into recount after dispute over sacking of harbour officer Norland's mayor, Ada Quill, "
         "yesterday said the vote would be counted again.",
         ("Mayor pressed into recount after dispute over sacking of harbour officer",
          "Norland's mayor, Ada Quill, yesterday said the vote would be counted again.")),
    ],
)
def test_a_headline_is_cut_from_its_lead(glued: str, parts: tuple[str, ...]) -> None:
    assert split_glued(glued, lead=True) == parts


@pytest.mark.parametrize(
    "sentence",
    [
        # a reduced relative clause: the subject's verb follows its place with no capital in between
        "Sailors lifted from the ferry wreck off Norland have begun to speak to the inquiry about the storm.",
        # a plural name agrees with a singular verb: no plural subject opens there
        "The stock fell sharply on news Jobs was leaving the board of the company this spring.",
        # a participle in capitals is part of a name ("Chartered Accountants")
        "The Guild of Chartered Accountants has written to the ministry about the new audit rules.",
        # a first name, then its surname's possessive
        "The boat seen in evidence at Jo Marsh's trial was a small blue dinghy with a new motor.",
        # a title that goes on from a rank before it
        "A note signed by Lieutenant General Ada Quill ordered the harbour closed for the winter months.",
        # after a common noun a title opens an apposition
        "The medal given to the nurse Dr Ada Quill was paid for by the people of the valley.",
        # a complete clause ending on a place is no headline: left to the clause-level readers
        "Tents are going up on the square in Port Roe Shortages and road damage have been slowing the relief work.",
        # a work's name after a noun that names a work
        "Roe and Marsh first sang together on the single Boats in the summer of 2001 at the harbour festival.",
    ],
)
def test_a_sentence_is_not_cut(sentence: str) -> None:
    assert split_glued(sentence, lead=True) == (sentence,)


def test_the_place_end_needs_its_preposition() -> None:
    assert place_end("Sailors lifted from the wreck in Norland".split())
    assert not place_end("Sailors lifted from the wreck by Norland".split())
    assert place_end("Sailors lifted by Jo Roe".split(), frozenset({"by"}))


def test_a_capital_inside_the_headline_is_no_seam() -> None:
    tokens = "Sailors lifted from ferry wreck off Norland Divers have begun towing the hull .".split()
    assert headline_subject(tokens, 7)
    assert not headline_subject(tokens, 6)  # "Norland" follows "off": a place, no subject
