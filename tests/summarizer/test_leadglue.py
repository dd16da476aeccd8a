"""A headline run into a lead at a line's start: the lead names its subject again or opens with an article after a
place or a figure (:mod:`summarizer.namerepeat`, :mod:`summarizer.articlelead`, wired into
:func:`summarizer.glue.split_glued`)."""
from __future__ import annotations

import pytest

from summarizer.articlelead import article_lead
from summarizer.glue import split_glued
from summarizer.namerepeat import name_repeat


@pytest.mark.parametrize(
    ("glued", "head"),
    [
        # the lead names again, in full and with a role, the person the headline named
        ("Roe flies medicine to Fiji Film star Jo Roe has flown his own plane to Fiji with medicine.",
         "Roe flies medicine to Fiji"),
        ("Teacher Al Bee saves boy from flood in Tonga Al Bee who teaches at a local school was in Tonga when the "
         "storm hit.", "Teacher Al Bee saves boy from flood in Tonga"),
        ("The moment Kim was lifted from the mud Farmer Kim Daly, 31, was found alive after four days.",
         "The moment Kim was lifted from the mud"),  # an aside in commas before the verb
        ("Roe once used his fame to help flood victims Film star Jo Roe is to host a concert for the storm appeal.",
         "Roe once used his fame to help flood victims"),  # a photo caption before the lead
        # an article after a place or a figure that ends the headline
        ("Clean water is scarce across Fiji An Oslo firm's filter is being used by aid workers in the islands.",
         "Clean water is scarce across Fiji"),
        ("New cases confirmed in the UK The World Health Organization raised its global count again on Friday.",
         "New cases confirmed in the UK"),
        # the lead's subject is a possessive of the name with its head noun ("Jo Roe's former coach, Al Bee, has")
        ("Jo Roe coach gets two years in jail Jo Roe's former coach, Al Bee, has been jailed for two years for fraud.",
         "Jo Roe coach gets two years in jail"),
        ("Jo Roe wins appeal in court Jo Roe's lawyers said the ruling was fair to the family.",
         "Jo Roe wins appeal in court"),
        ("Jo said she had hoped to raise £300 A nine-year-old girl from Leeds has raised more than £9,000 for the "
         "appeal.", "Jo said she had hoped to raise £300"),
    ],
)
def test_headline_is_cut_off_the_lead(glued: str, head: str) -> None:
    parts = split_glued(glued, lead=True)
    assert parts[0] == head
    assert " ".join(parts[1:]) == glued[len(head) + 1:]


@pytest.mark.parametrize(
    "sentence",
    [
        # names: the same capitalised word twice, a name run, an article inside a title
        "President Barack Obama Tuesday said the talks would go on next week.",
        "Medical charity Doctors Without Borders reported an influx of patients at its clinics.",
        "Jo Roe from Milton Keynes said she had not heard from her family since the storm.",
        "Lawyers at the hearing in Los Angeles have said the drug combination was lethal.",
        "The future of the plan is open and senior Tories are keen to drop parts of it.",
        "A small group of young Muslims have set up a food bank in the town.",
        "Kim Jong-un succeeded Kim Jong-il as leader of the country in 2011.",
        "She starred in Stephen King's The Shining before she moved to London.",
        "Children who lack Vitamin A are more likely to fall ill in winter.",
        "The bill Democrats have opposed for months was passed on Tuesday night.",
        "Jo Roe met Al Bee at Jo Roe's old school before the two of them moved to Leeds.",
        "Jo Roe said Al Bee's lawyer was wrong about the date of the hearing in Leeds.",
        "Jo Roe lost to Al Bee in Leeds Al Bee's the best in the county this season.",
        "Financial Crisis Role SEC chairman Mary Jo Roe may ask boards to disclose more about their members.",
    ],
)
def test_legit_sentence_stays_whole(sentence: str) -> None:
    assert split_glued(sentence, lead=True) == (sentence,)


def test_tests_need_a_line_start() -> None:
    tokens = "Roe flies medicine to Fiji Film star Jo Roe has flown his own plane to Fiji.".split()
    assert name_repeat(tokens, 5)
    assert not name_repeat(tokens, 7)  # inside the name: "star Jo Roe" is an apposition
    assert not split_glued(" ".join(tokens), lead=False)[1:]  # not at a line's start: whole


def test_possessive_subject_needs_its_head_noun_and_a_verb() -> None:
    tokens = "Jo Roe coach gets two years in jail Jo Roe's former coach, Al Bee, has been jailed for fraud.".split()
    assert name_repeat(tokens, 8)
    no_head = "Jo Roe coach gets two years in jail Jo Roe's in the news again with a new album this week.".split()
    assert not name_repeat(no_head, 8)  # no noun after the possessive
    no_verb = "Jo Roe coach gets two years in jail Jo Roe's former coach, Al Bee, in court for fraud.".split()
    assert not name_repeat(no_verb, 8)  # no finite verb after the aside


def test_article_lead_needs_a_place_or_figure_and_a_verb() -> None:
    tokens = "Cases confirmed in the UK The World Health Organization raised its count.".split()
    assert article_lead(tokens, 5)
    verbless = "Cases confirmed in the UK The World Health Organization count of cases.".split()
    assert not article_lead(verbless, 5)
    label = "Cases of hepatitis confirmed in Group A patients have risen again this year.".split()
    assert not article_lead(label, 6)
