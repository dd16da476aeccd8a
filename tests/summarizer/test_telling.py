"""Words about the telling (reports, their parts, judgements of them) are no fact of the event."""
from __future__ import annotations

from summarizer.telling import TELLING, informative
from summarizer.text import canon, terms


def test_report_nouns_and_evaluative_words_are_left_out() -> None:
    t = terms("Newspapers reported a series of dramatic revelations about the shooting.")
    info = informative(t)
    assert canon("revelations") in t and canon("revelations") not in info
    assert canon("dramatic") not in info and canon("series") not in info
    assert canon("shooting") in info and canon("newspapers") in info


def test_terms_without_telling_words_are_returned_as_they_are() -> None:
    t = terms("Police arrested a man over the shooting.")
    assert informative(t) is t


def test_verbs_sharing_a_stem_with_a_report_noun_are_kept() -> None:
    """"findings" and "developments" are left off the list: their stems are the verbs "find" and "develop"."""
    assert canon("found") not in TELLING and canon("find") not in TELLING and canon("develop") not in TELLING
    assert canon("find") in informative(terms("Divers hope to find the wreck."))
