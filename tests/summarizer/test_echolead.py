"""A headline run into a lead that echoes it (summarizer.echolead), through the line splitter (summarizer.glue)."""
from __future__ import annotations

import pytest

from summarizer.glue import split_glued


@pytest.mark.parametrize("headline, lead", [
    # an apposition between commas in the lead's subject
    ("Tarn mayor appeals for flood aid",
     "The mayor of the flooded town of Tarn, Jo Vell, has appealed for aid to reach families cut off by the water."),
    # a participle phrase in the subject
    ("Divers still pull survivors from the ferry wreck",
     "Rescue divers searching the wreck of the ferry are still pulling survivors from air pockets, officials say."),
    # two nouns joined by "and"
    ("Riots spread in storm-hit Varno towns",
     "Violence and riots have spread across parts of Varno, four days after the storm hit the coast."),
    # a count subject after a headline that ends in a participle
    ("Death toll rises in northern floods",
     "More than 80 bodies were recovered as the floods receded in the north, raising the death toll to 300."),
    # a possessive subject after a headline that ends in a participle
    ("Ostria's premier ousted",
     "Ostria's parliament has ousted the country's premier, ending her second term as premier two years early."),
    # a quoted phrase ends the headline, an introductory phrase opens the lead
    ("Builders slow on Varno's ` tent camps'",
     "Three weeks after the storm in Varno, there is still no sign of the tent camps the builders promised."),
    # a present-tense "-s" verb after an apposition in the lead's subject
    ("Fears for children in Varno storm",
     "Jo Vell, the head of the Varno children's charity, describes her fears for storm-hit children in the towns."),
])
def test_a_headline_comes_off_a_lead_that_repeats_it(headline: str, lead: str) -> None:
    assert split_glued(f"{headline} {lead}", lead=True) == (headline, lead)


@pytest.mark.parametrize("sentence", [
    # a name in apposition to a noun before it
    "The play was written by theatre creator Jo Vell, and the film was written by another theatre writer.",
    "Acme Labs is trying to buy the rival's lab arm while former parent Acme tried to buy the rival outright.",
    # a name as the object of a verb before it
    "A handful of townsfolk attacked Varnians and there were a handful of Varnians who attacked townsfolk.",
    # an adjective after a determiner before a name
    "The Ostrian army has been unable to rein in the new Varno militia but left unchecked the militia will grow.",
    # a caption runs on into another name: no cut at the first capital
    "Flu closes Varno schools Tamiflu is given to pupils at Tarn School as flu closes a third school in Varno.",
])
def test_no_cut_inside_one_sentence_or_before_a_later_seam(sentence: str) -> None:
    parts = split_glued(sentence, lead=True)
    assert all(not part.startswith(("Jo Vell", "Acme tried", "Varnians", "Varno militia", "Varno schools"))
               for part in parts)


@pytest.mark.parametrize("headline, lead", [
    # the lead restates the headline's first words word for word, after an apposition noun
    ("Jo Vell's mother said the firm ignored signs of stress in the singer",
     "Jo Vell's mother can press on with a lawsuit against the firm, a judge in Tarn has ruled."),
    # a caption with its own clause, and a lead that restates its subject with an apposition
    ("Dr Roe's lawyer said he had been helping officers with their inquiries",
     "Dr Roe's lawyer, Ann Poe, confirmed that a search had taken place at the clinic."),
    # a list of surnames in the headline, the full names in the lead
    ("Vell, Poe and Roe are expected in Tarn for the gala",
     "Jo Vell, Ann Poe and the veteran Bo Roe are set to sing at a gala for the flood victims."),
])
def test_a_headline_comes_off_a_lead_that_restates_its_subject(headline: str, lead: str) -> None:
    assert split_glued(f"{headline} {lead}", lead=True) == (headline, lead)


@pytest.mark.parametrize("sentence", [
    # the object of an infinitive
    "Jo Vell ready to help Tarn Jo Vell is one of many singers who are getting ready to play.",
    # a relative clause after a comma: prose, not a headline
    "Vell, who is married to the swimmer Jo Vell, said his bike was very different this year.",
])
def test_a_restated_name_inside_a_sentence_is_no_seam(sentence: str) -> None:
    assert split_glued(sentence, lead=True) == (sentence,)


def test_a_restated_name_after_a_colon_is_no_seam() -> None:
    line = ("Tarn Mirror Games Chosen by Jo Vell A note: I may find it hard to say why I think "
            "Tarn Mirror Games is as good as it is.")
    assert "Tarn Mirror Games is as good as it is." not in split_glued(line, lead=True)
