"""Tests for summarizer.capstart: a capitalised preposition or subordinator opens a glued sentence."""
from summarizer.capstart import function_start
from summarizer.glue import split_glued


def test_cuts_before_a_capitalised_preposition_after_a_headline() -> None:
    """A present-tense headline, then a lead that opens with "Up to": two units."""
    parts = split_glued("Norland ferry fire sparks safety fears Up to 40 passengers were hurt when a fire broke out on a ferry.")
    assert parts == ("Norland ferry fire sparks safety fears",
                     "Up to 40 passengers were hurt when a fire broke out on a ferry.")


def test_cuts_before_a_capitalised_subordinator_after_a_subhead() -> None:
    """A subhead, then a lead that opens with "After": two units."""
    assert function_start("Harbour reopens After three weeks of repairs , the port of Roe took ships again .".split(), 2)


def test_keeps_a_title_of_a_work_and_a_name() -> None:
    """A title in title case, and a name after a function word, stay whole."""
    assert not function_start("The festival showed the film Into The Wild twice last night .".split(), 5)
    assert not function_start("The aim of In Competition tests was to catch cheats .".split(), 3)
    assert not function_start("She said \" the plan failed After all we did \" on Monday .".split(), 6)
