"""Glued captions before an article "A", after a closed clause, after a place or a date; quotes stay whole."""
from __future__ import annotations

import pytest

from summarizer.glue import split_glued


@pytest.mark.parametrize(
    ("glued", "head"),
    [
        ("Storm damage closes mountain school A teacher said the building had been closed for a week.",
         "Storm damage closes mountain school"),  # "A" + a lower-case noun + a finite verb
        ("Ms Okafor was a keen sailor and climber A Nigerian woman has been confirmed dead in the floods.",
         "Ms Okafor was a keen sailor and climber"),  # a caption with a verb; "A" + capitalised adjective
        ("It is thought the pilot was at the controls The Lisbon office of the airline has been searched by police.",
         "It is thought the pilot was at the controls"),  # the reporting clause is complete before "The"
        ("Volunteers clear roads near Tirana Many families have spent the night in their cars.",
         "Volunteers clear roads near Tirana"),  # a caption ending with a place after a preposition
        ("Rescue teams arrive 14 March 2011 The search is called off after three days.",
         "Rescue teams arrive 14 March 2011"),  # a timeline date label
    ],
)
def test_caption_is_cut_before_a_clause_start(glued: str, head: str) -> None:
    got = split_glued(glued)
    assert got[0] == head and len(got) == 2 and got[1] == glued[len(head):].strip()


@pytest.mark.parametrize(
    "sentence",
    [
        "Tests confirmed the hepatitis A virus had spread to three more wards of the hospital.",  # a letter label
        "Officials moved the passengers to gate A where buses had been waiting for hours.",  # a letter label after a noun
        "Officials said a spokesman was in Madrid The Guardian has learned that talks failed.",  # "The Guardian": a name
        "He said he believed The Hague court would rule on the case next month.",  # the reporting clause is open
        "We get The Courier magazine posted to our house every week.",  # a pronoun subject without a closed clause
        '"We were sitting in a cafe in Haiti The walls started to shake," said a witness.',  # inside a quote
        "Buses left for the camp at noon in Leeds The United Nations said aid would follow.",  # "The" + a name + a verb
    ],
)
def test_real_sentences_are_not_cut(sentence: str) -> None:
    assert split_glued(sentence) == (sentence,)


@pytest.mark.parametrize(
    ("glued", "head"),
    [
        ("Volunteers are working to help families hit by the floods Welsh charities are to be given 2 million pounds "
         "to support them.", "Volunteers are working to help families hit by the floods"),  # a name-led subject after a caption
        ("Many schools already have flood plans in place Regional health officials are expected to close two more "
         "clinics.", "Many schools already have flood plans in place"),  # a caption clause, then a capitalised subject
        ("The reporter describes the scenes at a field hospital There is a queue of patients outside the tents.",
         "The reporter describes the scenes at a field hospital"),  # "There" only opens a sentence
        ("Officials said the mayor was at home when he died The Lisbon office of the party has been closed.",
         "Officials said the mayor was at home when he died"),  # a past tense closes the clause of "when"
    ],
)
def test_a_caption_clause_run_into_the_lead_is_cut(glued: str, head: str) -> None:
    got = split_glued(glued)
    assert got[0] == head and len(got) == 2 and got[1] == glued[len(head):].strip()


@pytest.mark.parametrize(
    "sentence",
    [
        "It was by far the biggest crowd Marsh had ever drawn at a fair in the county.",  # a relative clause
        "His driver described the crash, and security guard Omar Haddad said he saw the van.",  # apposition
        "Across the river the remains of two alleged Veltrian smugglers were found in the marsh.",  # adjective + name
        "The bank tipped the trust to short sell Acme stock was the claim made in court.",  # an infinitive's object
        "President Roe has introduced the levy to recover money Westland savers are expected to lose in the slump.",
        "Marsh has said she only met Roe once but declined to say how long they have known each other.",
    ],
)
def test_relative_clauses_appositions_and_objects_are_not_cut(sentence: str) -> None:
    assert split_glued(sentence) == (sentence,)


@pytest.mark.parametrize(
    ("glued", "caption"),
    [
        ("Rescue teams from six nations are working in Lowmere The EU has pledged 40m euros in emergency aid.",
         "Rescue teams from six nations are working in Lowmere"),  # a place, then "The" and a name
        ("The injured have been treated by Red Cross medics Lowmere is the poorest district in the region.",
         "The injured have been treated by Red Cross medics"),  # a plural noun, then a name and its verb
        ("Many families lost their homes after the flood Lowmere police have arrested 12 looters since Monday.",
         "Many families lost their homes after the flood"),  # a name with its noun, a numbered object
    ],
)
def test_a_closed_caption_before_a_named_subject_is_cut(glued: str, caption: str) -> None:
    assert split_glued(glued)[0] == caption and len(split_glued(glued)) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "A source said it was hard to get a refund on the fee Smith had paid the agent in May.",  # a relative clause
        "Critics say the film is about a movie mogul Gary Smith has never met in person.",  # after a singular noun
        "The aid minister says there is a chance Lowmere could become a model for the region.",  # a clause noun
        "The premier said the mayor was in Madrid The Guardian has learned that the talks failed.",  # report in report
        "Doctors in the town say a new clinic Lowmere council opened last week is already full.",  # time after verb
    ],
)
def test_relative_clauses_appositions_and_clause_nouns_are_not_cut_before_a_name(sentence: str) -> None:
    assert split_glued(sentence) == (sentence,)


def test_a_name_after_a_capitalised_article_and_an_adjective_is_not_cut_from_them() -> None:
    parts = split_glued("Rescue teams arrived in Lowmere A senior French official has criticised the operation.")
    assert not any(p.startswith("French") for p in parts)


def test_a_dated_label_before_up_to_a_figure_is_cut() -> None:
    s = "Lowmere floods: your stories Friday 15 March Up to 2,000 soldiers will be on the ground by Monday, officials say."
    assert split_glued(s) == ("Lowmere floods: your stories Friday 15 March",
                              "Up to 2,000 soldiers will be on the ground by Monday, officials say.")
    assert split_glued("The band played Shut Up and Dance twice before the encore was cancelled.") == \
        ("The band played Shut Up and Dance twice before the encore was cancelled.",)


def test_a_caption_before_a_name_with_of_or_an_opening_nearly_is_cut() -> None:
    assert split_glued("Aid is slowly starting to arrive in Lowmere The Republic of Ostland has announced it is "
                       "sending $2 m in aid.")[0] == "Aid is slowly starting to arrive in Lowmere"
    assert split_glued("Villagers are coping alone Nearly a week after the flood struck, hundreds are still "
                       "waiting for aid.")[0] == "Villagers are coping alone"


def test_a_name_cut_off_after_of_at_the_end_is_no_boundary() -> None:
    from summarizer.runon import closed_run_on

    assert not closed_run_on("Rescue teams are working in Lowmere The Republic of".split(), 6)


def test_a_closed_run_on_needs_a_left_part_without_a_comma_or_open_quotation() -> None:
    from summarizer.runon import closed_run_on, run_on

    tokens = "Aid workers have reached the remote valley The EU has pledged more money for the region.".split()
    assert closed_run_on(tokens, tokens.index("The"))
    for left in ("Aid workers, tired, have reached the remote valley", "Aid workers have reached the “remote valley"):
        tokens = (left + " The EU has pledged more money for the region.").split()
        assert not closed_run_on(tokens, tokens.index("The"))
    tokens = "Relief workers were sent to the town after the storm Welsh charities are to be given cash.".split()
    assert run_on(tokens, tokens.index("Welsh"))
    assert not run_on(tokens[:3] + tokens[tokens.index("Welsh"):], 3)  # a left part this short is no caption
    tokens = "Relief workers were sent to the town after the storm The charities are to be given cash.".split()
    assert not run_on(tokens, tokens.index("The"))  # a determiner opens no name subject here
