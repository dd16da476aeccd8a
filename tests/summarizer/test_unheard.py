"""One new fact in a known frame: a name never told, another instance of the event."""
from __future__ import annotations

from summarizer.text import canon, terms
from summarizer.unheard import another_instance, unheard_names

TOLD = set(terms("Police arrested a man on Tuesday over the shooting of two officers in Leeds, Chief Constable "
                 "Maria Conrad said."))


def told(term: str) -> bool:
    return term in TOLD


def test_a_new_place_after_a_preposition_is_a_new_name() -> None:
    assert unheard_names("Police arrested a man in Bradford over the shooting in Leeds.", told) == ["bradford"]


def test_a_new_person_of_two_words_is_a_new_name() -> None:
    assert unheard_names("Police named the man as John Hartley.", told) == ["john hartley"]


def test_a_name_told_by_one_of_its_words_is_known() -> None:
    assert unheard_names("Police in Leeds said Ms Conrad had praised the officers.", told) == []
    assert unheard_names("Chief Constable Conrad said a man was held in Leeds.", told) == []


def test_a_new_one_word_name_outside_a_place_phrase_is_not_counted() -> None:
    """"Pyongyang admitted" after "North Korea acknowledged": another name of a known actor."""
    assert unheard_names("Pyongyang admitted that it had sent soldiers.", told) == []
    assert unheard_names("Georgia's parliament ratified the treaty.", told) == []


def test_a_common_word_opening_the_sentence_is_no_name() -> None:
    assert unheard_names("Arrangements were made in Leeds for the funeral.", told) == []


def test_a_name_of_stop_words_only_is_never_counted() -> None:
    assert canon("us") == ""
    assert unheard_names("Officials in the US were told of the arrest.", told) == []


def test_another_instance_is_marked_by_second_third_or_another() -> None:
    assert another_instance("Police arrested a second man.", "Police arrested a man.") == "second"
    assert another_instance("Another blast hit the city.", "A blast hit the city.") == "another"


def test_an_enumeration_a_fraction_or_a_half_is_no_instance() -> None:
    assert another_instance("The second area of dispute is regulation.", "Regulation is disputed.") == ""
    assert another_instance("A third of the seats will be contested.", "The seats will be contested.") == ""
    assert another_instance("It sets the tone for a second half of the term.", "It sets the tone.") == ""


def test_another_standing_alone_or_quoted_is_no_instance() -> None:
    assert another_instance("Gunmen killed one guard and wounded another.", "Gunmen killed one guard.") == ""
    assert another_instance('The fire was caused by "a spark from another".', "It burned.") == ""
    assert another_instance('He said it was "another blast".', "A blast hit the city.") == ""


def test_an_instance_word_the_known_sentence_has_is_not_new() -> None:
    assert another_instance("A second man was arrested.", "Police arrested a second man on Friday.") == ""
    assert another_instance("Police arrested a man.", "Police arrested a man.") == ""
