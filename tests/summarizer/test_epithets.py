"""Epithet subjects (summarizer.epithets): a known person referred to by a description, a side state or a recap."""
from __future__ import annotations

from datetime import datetime

from summarizer.backdrop import cues, probability
from summarizer.epithets import epithet_subject
from summarizer.weights import BACKDROP_COEF

DAY = datetime(2031, 3, 12, 9, 0)


def test_a_described_known_person_in_a_side_state_or_a_recap() -> None:
    assert epithet_subject("The 31-year-old is currently being held in a police cell awaiting a hearing.", DAY)
    assert epithet_subject("The young driver's lawyers are trying to have the case against Orrin thrown out.", DAY)
    assert epithet_subject("The 52-year-old Canadian was with the crew from 2019 to 2024.", DAY)
    assert epithet_subject("The former actor owns two boats in the harbour.", DAY)


def test_a_described_thing_in_a_state_is_an_explainer() -> None:
    assert epithet_subject("The offence carries a maximum sentence of ten years.", DAY)
    assert epithet_subject("Such permits are meant to ease travel but give no immunity from local law.", DAY)
    assert epithet_subject("Such licences for a night ferry on the estuary are extremely rare.", DAY)
    assert not epithet_subject("The offence carries a maximum sentence of ten years, the prosecutor said.", DAY)
    assert not epithet_subject("The ferry sank off Dover, killing four people.", DAY)  # a thing's event, not a state
    assert not epithet_subject("The new rules include a ban on night sailing.", DAY)  # the state of the news itself
    assert not epithet_subject("The only guest from Leeds is Ann Poe, who will sing at the gala.", DAY)  # a name
    assert not epithet_subject("The report conceded that the pier is unsafe in winter storms.", DAY)  # a past


def test_a_name_a_plural_group_or_the_day_s_news_is_no_epithet() -> None:
    assert not epithet_subject("The 31-year-old Orrin was held in a police cell.", DAY)  # a name introduces
    assert not epithet_subject("The coach, Ada Lunn, was held in a police cell.", DAY)  # an apposition names
    assert not epithet_subject("The ministers condemned the ruling over the harbour.", DAY)  # a new group
    assert not epithet_subject("The musician will be buried at a private ceremony in Leeds.", DAY)  # a plan
    assert not epithet_subject("The musician's next hearing was scheduled for June.", DAY)  # a prospect
    assert not epithet_subject("The musician has been charged with dangerous driving.", DAY)  # the news perfect
    assert not epithet_subject("The coach said the boat had been sold.", DAY)  # saying
    assert not epithet_subject("The coach was arrested on Tuesday at the harbour.", DAY)  # the last days
    assert not epithet_subject("The coach has asked his lawyers to file a claim in the high court tomorrow.", DAY)
    assert not epithet_subject("Orrin was held in a police cell.", DAY)  # no description at all
    # a described person's act in the simple past is as often the day's event as a recap: no cue
    assert not epithet_subject("The 23-year-old was carried from the rubble of the hotel on a stretcher.", DAY)
    assert not epithet_subject("The musician was taken to the county hospital an hour after the fall.", DAY)
    assert not epithet_subject("The young driver crashed into the barrier near the pier.", DAY)
    assert epithet_subject("The young driver was one of ten people treated at the county hospital.", DAY)  # a state
    assert not epithet_subject("The dead driver was named as Tom Orrin, a father of two.", DAY)  # named after the verb
    assert not epithet_subject("The mayor called on the council to close the pier.", DAY)  # an office names the actor


def test_the_backdrop_model_weighs_the_epithet() -> None:
    side = "The 31-year-old is currently being held in a police cell awaiting a hearing."
    assert cues(side, DAY)["e_epithet"] == 1.0
    assert BACKDROP_COEF["e_epithet"] > 0
    named = "Orrin is currently being held in a police cell awaiting a hearing."
    assert probability(cues(side, DAY)) > probability(cues(named, DAY))
