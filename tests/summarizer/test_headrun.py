"""A headline with its own verb run into the lead that repeats it; a pull quote before the lead."""
from __future__ import annotations

import pytest

from summarizer.captions import is_pull_quote
from summarizer.clean import not_a_line
from summarizer.glue import split_glued
from summarizer.sentences import is_heading, split_line


@pytest.mark.parametrize(
    ("glued", "head"),
    [
        ("Flood aid delays fuel fears of unrest Frustration is growing at the slow pace of aid in flood-hit Tonga.",
         "Flood aid delays fuel fears of unrest"),  # a capitalised common noun subject, two words repeated
        ("Problems continue to hinder aid to storm-hit Fiji Hundreds of thousands of storm survivors in Fiji are "
         "still waiting for food.", "Problems continue to hinder aid to storm-hit Fiji"),  # a quantifier after a place
        ("Thousands of troops have now arrived in Tonga A senior Danish official has criticised the Tonga relief "
         "operation.", "Thousands of troops have now arrived in Tonga"),  # "A" after a place, one word repeated
        ("Singer's death was ` not suspicious' Medical experts say they are not treating the death of the singer as "
         "suspicious.", "Singer's death was ` not suspicious'"),  # a quoted phrase ends the headline
        ("Supply trucks from Sudan arrive in Chad Chad has a long land border with Sudan.",
         "Supply trucks from Sudan arrive in Chad"),  # the place ends the headline and opens the lead
        ("The novelist's doctor goes on trial The novelist's doctor has gone on trial in Paris, charged with his death.",
         "The novelist's doctor goes on trial"),  # the lead repeats the headline's subject
        ("The relief flight to Tonga is staffed by 30 volunteers UK airlines have begun flying aid to Tonga.",
         "The relief flight to Tonga is staffed by 30 volunteers"),  # a common-noun subject and an auxiliary
    ],
)
def test_a_headline_with_a_verb_is_cut_from_the_lead(glued: str, head: str) -> None:
    got = split_line(glued)
    assert got == [head, glued[len(head):].strip()]
    assert is_heading(got[0]) and not is_heading(got[1])


def test_only_a_line_start_is_read_as_a_headline() -> None:
    glued = "Flood aid delays fuel fears of unrest Frustration is growing at the slow pace of aid in flood-hit Tonga."
    assert split_glued(glued) == (glued,)  # within a line a sentence stop comes before a headline
    assert len(split_glued(glued, lead=True)) == 2
    later = "Officials met on Monday. " + glued
    assert split_line(later) == ["Officials met on Monday.", glued]


@pytest.mark.parametrize(
    "sentence",
    [
        # names run on: the right part's capital goes on the left part's name
        "The inquiry into Fannie Mae and Freddie Mac is likely to be broad and Fannie Mae staff will be questioned.",
        "Scottish health secretary Nicola Sturgeon has given parliament an update on the health secretary's two cases.",
        "Girl tests positive for flu Year seven pupils from a school in South Gloucestershire have been given drugs "
        "after a case of flu at the school.",
        "Cabin crew member in hospital after flight from flu-struck Mexico World Health Organisation has warned of flu.",
        # a name in apposition to a noun before it
        "Human rights group Amnesty International has raised concerns about torture and unfair trials of rights groups.",
        "President Barack Obama and first lady Michelle Obama have released their tax returns, the Obama office said.",
        "The punk band Nasty Boys have praised the band's jailed singer.",
        # the object of an infinitive, and titles in capitals
        "Pop star ready to help Tonga Pop star Jane Roe is one of many stars raising money for Tonga.",
        "Manchester fanzine United We Stand tells of the fanzine's spending spree in Manchester.",
        "Concert footage at centre of legal row This Is It was made up of rehearsal footage from the concert row.",
        # a participle after a name, not a finite verb
        "Trades are listed in a lawsuit against top Enron management brought by a bank that holds Enron trades.",
        # an open subordinate clause, prose with a comma or "but"
        "Wada wants to clarify that contrary to the press release Wada has never questioned the press release.",
        "Analysts said the contribution was modest but Mr Bush said every contribution helps the analysts.",
    ],
)
def test_names_appositions_and_open_clauses_are_not_cut(sentence: str) -> None:
    assert split_glued(sentence, lead=True) == (sentence,)


def test_a_pull_quote_is_cut_before_the_lead_and_is_no_line() -> None:
    glued = ('Aid chief calls for patience in Tonga Jane Roe: " For a small country this is a tsunami " UN relief chief '
             "Jane Roe has appealed to survivors to be patient over aid.")
    got = split_line(glued)
    assert got == ["Aid chief calls for patience in Tonga", 'Jane Roe: " For a small country this is a tsunami "',
                   "UN relief chief Jane Roe has appealed to survivors to be patient over aid."]
    assert not_a_line(got[1]) and not not_a_line(got[2])


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ('Jane Roe: " There is no need to panic "', True),
        ("EU Health Chief Jane Roe: “ We are ready ”", True),
        ('Jane Roe: "We will rebuild the town."', False),  # a quoted sentence with its stop: a quotation
        ('The minister said: " no "', False),  # a reporting clause, not a name
    ],
)
def test_pull_quote_form(sentence: str, want: bool) -> None:
    assert is_pull_quote(sentence) is want


def test_a_quote_whose_speaker_the_next_sentence_does_not_name_stays_whole() -> None:
    sentence = 'Jane Roe: " For a small country this is a tsunami " Aid workers have appealed to survivors for patience.'
    assert split_glued(sentence) == (sentence,)
