"""Repeats told in other words (news synonyms, nominalisations) are caught; a new fact or event stays new."""
from __future__ import annotations

import pytest

from enginekit import memory_of
from summarizer.condense import core
from summarizer.novelty import judge
from summarizer.text import canon

# (told earlier, the same told again in other words)
REPEATS = [
    ("Police detained the suspect in Lyon on Tuesday.", "The suspect was arrested by police in Lyon."),
    ("The government's decision to close the border drew protests.",
     "The government decided to close the border, drawing protests."),
    ("An explosion at the chemical plant in Tianjin killed 12 workers.",
     "Twelve workers died when the Tianjin chemical plant exploded."),
    ("Prosecutors charged the former mayor of Naples with fraud.",
     "The former Naples mayor was accused of fraud by prosecutors."),
    ("The court freed the journalist Ahmet Sik on bail.", "Journalist Ahmet Sik was released on bail by the court."),
    ("The ministry denied reports that troops had crossed the border into Kosovo.",
     "The ministry rejected reports that troops crossed the Kosovo border."),
    ("Investigators opened a probe into the crash of the cargo plane near Entebbe.",
     "An investigation into the cargo plane crash near Entebbe was opened."),
    ("Rebels seized the airport in Goma on Sunday.", "The seizure of Goma airport by rebels came on Sunday."),
    ("The family of the singer plans to sue the hospital.", "The singer's family will file a lawsuit against the hospital."),
    ("The admission of guilt came after months of denials by the cyclist.",
     "The cyclist admitted guilt after months of denials."),
    ("Protesters in Minsk demanded new elections.", "Protesters in Minsk urged new elections."),
    ("Gunmen abducted two aid workers near Kandahar.", "Two aid workers were kidnapped by gunmen near Kandahar."),
    ("A blast at a market in Peshawar killed 12 people.", "Twelve people died in an explosion at a Peshawar market."),
]

# (told earlier, a new fact or event about the same people)
NEWS = [
    ("The minister announced her resignation after the expenses scandal.",
     "The prime minister rejected the minister's resignation."),
    ("Prosecutors charged the former mayor of Naples with fraud.",
     "The former Naples mayor was convicted of fraud and jailed for five years."),
    ("The Toyota recall covers 2.3 million cars in the United States.",
     "Toyota said the recall would also cover 1.8 million cars in Europe."),
    ("The coroner has not yet released the cause of death.", "The coroner ruled the death a homicide."),
    ("Police searched the doctor's clinic in Houston.", "Police searched the doctor's home in Las Vegas."),
]


@pytest.mark.parametrize(("told", "again"), REPEATS)
def test_paraphrase_is_a_repeat(told: str, again: str) -> None:
    assert not judge(again, memory_of(told), "s1", core(again)).novel


@pytest.mark.parametrize(("told", "later"), NEWS)
def test_new_fact_about_known_actors_stays_new(told: str, later: str) -> None:
    assert judge(later, memory_of(told), "s1", core(later)).novel


def test_repeat_across_stories_is_caught() -> None:
    """What an audience was told under another story is known all the same."""
    memory = memory_of("Police detained the suspect in Lyon on Tuesday.", story_id="other")
    assert not judge("The suspect was arrested by police in Lyon.", memory, "s1").novel


@pytest.mark.parametrize(("noun", "verb"), [("explosion", "exploded"), ("decision", "decided"),
                                            ("admission", "admitted"), ("invasion", "invaded"),
                                            ("lawsuit", "sued"), ("detention", "arrested"),
                                            ("blast", "exploded"), ("abduction", "kidnapped")])
def test_nominalisation_and_verb_share_a_term(noun: str, verb: str) -> None:
    assert canon(noun) == canon(verb) != ""


@pytest.mark.parametrize("verb", ["revealed", "disclosed", "insisted", "explained", "emerged"])
def test_verbs_of_disclosure_are_no_content(verb: str) -> None:
    """How a fact came out says nothing about the fact: "it emerged that ..." repeats "..."."""
    assert canon(verb) == ""


def test_unrelated_nouns_are_kept_apart() -> None:
    """The nominalisation rule does not merge words of other meanings."""
    assert canon("commission") != canon("commit")
    assert canon("demonstration") != canon("protest")  # "demonstrate" proves; a demonstration may not be a protest


def test_a_reduced_relative_needs_the_word_between_spaces() -> None:
    from summarizer.paraphrase import _reduced_relative, main_action

    assert _reduced_relative("The doctor accused of fraud has been suspended.", "accused")
    assert not _reduced_relative("The doctor accused, of fraud, has been suspended.", "accused")  # no " accused "
    assert not _reduced_relative("He was accused of fraud.", "accused")  # an auxiliary before it
    assert main_action("The trial of the doctor accused of fraud has been postponed.") == "postponed"


def test_a_relative_clause_inside_an_appositive_is_not_the_main_action() -> None:
    """An appositive's "who" clause that runs over a further comma is not skipped as an aside: its verb is not the
    sentence's action when a later verb follows an auxiliary (invented sentences)."""
    from summarizer.paraphrase import main_action
    from summarizer.told import main_event

    lead = ("Jo Marlow, the former nurse who harmed her patient, Ann Lee, by giving a wrong dose, has been sentenced "
            "by a Lowmere court to six years in prison.")
    assert main_action(lead) == "sentenced"
    assert main_event(lead)[0]
    assert main_action("Jane Roe, the young singer who wrote her first song, Blue Water, in a single night, has been "
                       "awarded a national prize.") == "awarded"
    assert main_action("The singer who wrote the song was awarded a prize.") == "awarded"
    assert main_action("Jo Marlow harmed a patient who trusted her.") == "harmed"  # no verb before "who": the first leads


def test_the_word_before_a_participle_is_what_the_pattern_found() -> None:
    """:func:`_word_before` reads what the pattern it replaces found, on texts built to hit its edges (a name or digit
    glued before the word, accented letters, a preposition that only opens a longer word, overlapping repeats)."""
    import random
    import re

    from summarizer.paraphrase import _PREPOSITIONS, _word_before

    pieces = ["the", "Doctor", "é", "x9", "_a", "troops", "killed", "killed", "in", "inn", "of", "over", "at", "-", ",",
              "“", "accused", "ly", "café", "on", "onto", "."]
    rng = random.Random(7)
    for _ in range(4000):
        text = "".join(rng.choice(pieces) + rng.choice([" ", " ", "", "  "]) for _ in range(rng.randint(1, 9)))
        for word in ("killed", "accused", "in"):
            m = re.search(rf"\b([A-Za-z]+) {word} (?:{_PREPOSITIONS})\b", text)
            assert _word_before(text, word) == (m.group(1) if m else None), (text, word)
    assert _word_before("the troops killed in Kabul", "killed") == "troops"
    assert _word_before("the café killed in Kabul", "killed") is None  # "é" is a word character: no boundary
    assert _word_before("troops killed inside", "killed") is None  # "in" opens a longer word
