"""Two clauses run together with no stop: a subject with an "of" phrase after a caption clause (made-up sentences)."""
from __future__ import annotations

from summarizer.glue import split_glued
from summarizer.runon import finite, run_on


def _at(sentence: str, word: str) -> bool:
    tokens = sentence.split()
    return run_on(tokens, tokens.index(word, 1))


def test_a_common_noun_subject_with_an_of_phrase_opens_the_lead() -> None:
    sentence = ("Harbour officials have said the ferry struck the outer wall Survey photos of the sunken Lowmere "
                "ferry can be seen by the public at the town hall.")
    assert _at(sentence, "Survey")
    assert split_glued(sentence) == (
        "Harbour officials have said the ferry struck the outer wall",
        "Survey photos of the sunken Lowmere ferry can be seen by the public at the town hall.")


def test_an_of_phrase_needs_a_passive_or_to_and_a_common_word() -> None:
    # a relative clause has a gap where the object would be; a name is no common word
    assert not _at("Harbour officials have said the ferry struck the outer wall Survey photos of the Lowmere ferry "
                   "can show nothing new at all.", "Survey")
    assert not _at("Harbour officials have said the ferry struck the outer wall Jorvak photos of the Lowmere ferry "
                   "can be seen by the public.", "Jorvak")


def test_an_ed_word_that_is_no_verb_is_no_finite_verb() -> None:
    """"hundred" or "sacred" gives a caption no finite verb of its own; "raised" does."""
    assert not finite("hundred") and not finite("sacred") and finite("raised")
