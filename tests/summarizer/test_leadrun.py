"""A headline or caption that is a whole clause, run into a lead whose subject is a noun phrase."""
from __future__ import annotations

from summarizer.glue import split_glued
from summarizer.leadrun import lead_run
from summarizer.pictures import strip_picture_mentions


def _at(sentence: str, word: str) -> bool:
    tokens = sentence.split()
    return lead_run(tokens, tokens.index(word, 1))


def test_headline_ending_in_a_possessive_phrase_is_cut_before_its_lead() -> None:
    sentence = ("Inspectors raid Roe doctor's clinic Tax inspectors are searching the Lowmere clinic of Ann Roe's "
                "doctor as part of an inquiry into the clinic's accounts.")
    assert _at(sentence, "Tax")
    assert split_glued(sentence, lead=True) == (
        "Inspectors raid Roe doctor's clinic",
        "Tax inspectors are searching the Lowmere clinic of Ann Roe's doctor as part of an inquiry into the clinic's accounts.")


def test_subject_with_a_participle_or_prepositional_phrase() -> None:
    assert _at("Roe family left ` shaken and upset' by singer's fall Lowmere police investigating the fall of "
               "Ann Roe say they have questioned her manager, Jo Poe.", "Lowmere")
    assert _at("Jo Poe says he tried to help Ann Roe with her insomnia Lawyers for Jo Poe have stepped back from claims "
               "that Ann Roe took the pills herself.", "Lawyers")


def test_caption_ending_in_a_place_runs_into_a_plural_subject() -> None:
    assert _at("Ann Roe's sisters speak about the band ahead of Saturday's concert in Lowmere Organisers said 4,000 "
               "tickets have been sold for Saturday's concert in Lowmere.", "Organisers")


def test_relative_clause_without_that_is_not_cut() -> None:
    # the verb has no object right after it: "the clinic tax inspectors searched last week"
    assert not _at("Jo Poe denied owning the clinic Tax inspectors searched last week in the inquiry into the clinic.", "Tax")


def test_name_that_goes_on_is_not_cut() -> None:
    assert not _at("Senate leader Jo Roes says that the senate will remain in session despite the vote.", "Roes")
    assert not _at("The Office of Public Works in Lowmere has issued a statement on works in Lowmere today.", "Works")


def test_participle_before_a_noun_is_not_cut() -> None:
    assert not _at("Lowmere's envoy helped deliver food for stranded Lowmerians A chartered plane has left to pick "
                   "up stranded Lowmerians from the islands.", "Lowmerians")


def test_lead_must_repeat_the_headline() -> None:
    assert not _at("Jo Poe fought back tears in court on Tuesday Aid agencies are sending blankets to the flooded "
                   "villages of the north.", "Aid")


def test_picture_mention_with_a_date_is_dropped() -> None:
    assert strip_picture_mentions("Lawyers for Jo Poe, shown in 2010, have said he is innocent.") == \
        "Lawyers for Jo Poe have said he is innocent."
    assert strip_picture_mentions("Jo Poe, pictured here in February, joined the band.") == "Jo Poe joined the band."
    assert strip_picture_mentions("The film, shown in cinemas, was a hit.") == "The film, shown in cinemas, was a hit."


def test_caption_clause_runs_into_a_bare_plural_subject_without_an_echo() -> None:
    # a complete clause (its own "is"), then a capitalised plural common noun that only a sentence start explains
    sentence = ("Ann Roe is expected to sail from Lowmere in June Officials from the port authority have said the "
                "harbour will reopen for her departure.")
    assert _at(sentence, "Officials")
    assert split_glued(sentence, lead=True) == (
        "Ann Roe is expected to sail from Lowmere in June",
        "Officials from the port authority have said the harbour will reopen for her departure.")


def test_bare_plural_needs_a_clause_before_it_and_a_common_noun() -> None:
    # a headline's noun stack has no verb of its own; a surname in "-s" is no common noun; a relative clause has a gap
    assert not _at("Lowmere harbour reopening plans in June Officials from the port authority have said the harbour "
                   "will reopen.", "Officials")
    assert not _at("Ann Roe is expected to sail from Lowmere in June Jorgens from the port authority has said the "
                   "harbour will reopen.", "Jorgens")
    assert not _at("Ann Roe has rejected the claims Doctors in Lowmere made last week about her health and her "
                   "plans.", "Doctors")


def test_reporting_clause_before_a_bare_plural_is_not_cut() -> None:
    assert not _at("Ann Roe said in her 2004 essay Thoughts on Tides that the harbour must close for the winter "
                   "months.", "Thoughts")


def test_headline_ending_in_a_time_phrase_runs_into_a_bare_plural_subject() -> None:
    # "after weekend" may not end a headline elsewhere; a plural common noun with a past verb opens the lead
    sentence = ("Lowmere ferry inquiry to resume after weekend Inspectors ended their first week by saying the Lowmere "
                "ferry company had ignored the storm warnings.")
    assert _at(sentence, "Inspectors")
    assert split_glued(sentence, lead=True)[0] == "Lowmere ferry inquiry to resume after weekend"
    assert not _at("Lowmere ferry inquiry to resume after weekend Jorgens ended their first week by saying the Lowmere "
                   "ferry company had ignored the storm warnings.", "Jorgens")
