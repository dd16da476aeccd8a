"""A verbless caption or title run into the lead (:mod:`summarizer.captionrun`), cut by :func:`split_glued`."""
from __future__ import annotations

import pytest

from summarizer.glue import split_glued
from summarizer.sentences import is_heading


@pytest.mark.parametrize(
    ("glued", "head", "sentence"),
    [
        ("Flood misery in riverside clinic Emergency supplies are being driven to the town by the army.",
         "Flood misery in riverside clinic", "Emergency supplies are being driven to the town by the army."),
        ("Storm damage across coastal villages Fishing crews have lost most of their boats this winter.",
         "Storm damage across coastal villages", "Fishing crews have lost most of their boats this winter."),
        # an opening preposition counts when the lead repeats the title's words
        ("On patrol with Dutch engineers in Mali Dutch engineers are rebuilding two bridges near the river.",
         "On patrol with Dutch engineers in Mali", "Dutch engineers are rebuilding two bridges near the river."),
        # a standfirst and its lead on the same subject
        ("City buses to run on hydrogen from June City buses are being refitted at the depot this spring.",
         "City buses to run on hydrogen from June", "City buses are being refitted at the depot this spring."),
        # a caption naming its subject, then the lead naming it again
        ("Anna Berg was found safe on Sunday, police say Mountain climber Anna Berg had been missing for three days.",
         "Anna Berg was found safe on Sunday, police say", "Mountain climber Anna Berg had been missing for three days."),
        # a title run into a video teaser's credit
        ("Farmers turn to drones in Kenya Mary Otieno reports on how the machines spray the crops.",
         "Farmers turn to drones in Kenya", "Mary Otieno reports on how the machines spray the crops."),
    ],
)
def test_verbless_title_is_cut_from_the_lead(glued: str, head: str, sentence: str) -> None:
    assert split_glued(glued) == (head, sentence)
    assert is_heading(head)


@pytest.mark.parametrize(
    "sentence",
    [
        "Three former senior Merrill Lynch bankers were charged with conspiracy on Monday.",  # modifiers, no title
        "Former and current bank officials say the lender deserves credit for the reform.",  # modifiers again
        "The forecourt at Lowmere station is crowded with coaches from across the region.",  # a subject noun phrase
        "In the capital Medical teams are working through the night to treat the injured.",  # an adverbial, no comma
        "The death of a woman in New Zealand yesterday was the first outside the region.",  # a place name in two words
        "One of the bars where eastern European tourists could be seen was closed on Friday.",  # a relative clause
        "Minister of Health Maria Lopez has said the clinics will stay open all week.",  # a title before a name
        "A spokesman for the mission in Haiti Vincenzo Rossi said the road was open.",  # an apposition
        "Supplies for the camp Relief workers said had been stolen were found on Sunday.",  # a relative clause
        "Lee's move to the high - profile London office is likely to raise questions.",  # a possessive subject
        "Calm and steady it closes in on anyone Baker thinks might be watching him.",  # a relative clause
        "Talks for the merger of Ruiz Steel were held yesterday, and Ruiz Steel shares rose in early trade.",
    ],
)
def test_sentences_that_only_look_glued_stay_whole(sentence: str) -> None:
    assert split_glued(sentence) == (sentence,)
