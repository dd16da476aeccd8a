"""Words about the telling (reports, their parts, judgements of them) are no fact of the event."""
from __future__ import annotations

from summarizer.telling import TELLING, informative
from summarizer.text import canon, terms


def test_report_nouns_and_evaluative_words_are_left_out() -> None:
    text = "Newspapers in Lowmere reported a series of dramatic revelations over the shooting."
    t = terms(text)
    info = informative(text, t)
    assert canon("revelations") in t and canon("revelations") not in info
    assert canon("dramatic") not in info and canon("series") not in info
    assert canon("shooting") in info and canon("newspapers") in info


def test_terms_without_telling_words_are_returned_as_they_are() -> None:
    text = "Police arrested a man over the shooting."
    t = terms(text)
    assert informative(text, t) is t


def test_verbs_sharing_a_stem_with_a_telling_word_are_kept() -> None:
    """Word forms are listed, not stems: "detailed" and "surprised" are actions, "details" is a report's part."""
    text = "She detailed a meeting with the chairman and surprised the board."
    assert canon("detailed") == canon("details") and "details" in TELLING and "detailed" not in TELLING
    assert informative(text, terms(text)) == terms(text)
    both = "The details were detailed in court."
    assert canon("details") in informative(both, terms(both))
