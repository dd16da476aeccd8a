"""A complete clause run into a sentence whose subject only a sentence start capitalises
(:mod:`summarizer.subjectstarts`, via :func:`summarizer.glue.split_glued`)."""
from __future__ import annotations

import pytest

from summarizer.glue import split_glued


@pytest.mark.parametrize(
    "glued, head",
    [
        # a caption ending on a weekday, then a hyphenated spelled count
        ("The ferry pilot fell ill on Friday Sixty-three new cases of the fever have been confirmed by the county "
         "council, taking the total to 410.", "The ferry pilot fell ill on Friday"),
        # a spelled count no other reader knows, after a lower-case noun
        ("Market stalls were shut for the week Seventeen traders have been fined for selling untested meat.",
         "Market stalls were shut for the week"),
        # a caption, then a plural subject with no determiner: two plurals joined
        ("Cafes in the old town have been told to serve only takeaway food Shops and markets in the town are to "
         "reopen next week.", "Cafes in the old town have been told to serve only takeaway food"),
        # a capitalised common word before a plural head, then a preposition and the verb with its object
        ("Harbour workers stayed at home over the weekend Port officials in the north have closed the two northern piers.",
         "Harbour workers stayed at home over the weekend"),
        # a clause ending in a name, then a quantity before "of" and a possessive name
        ("The inquiry blamed the flood on the Danes Half of Norland's coastal towns have begun to build new walls.",
         "The inquiry blamed the flood on the Danes"),
        # a headline, then a titled speaker closed by a colon
        ("Second ferry worker death Prof. Jo Marsh: We expect more cases before the spring.",
         "Second ferry worker death"),
        # a speaker's quotation that closes with no stop, then the lead's subject and verb
        ('Dr Jo Marsh: " We expect more cases before the spring " The fever has claimed its first victim in the valley.',
         'Dr Jo Marsh: " We expect more cases before the spring "'),
    ],
)
def test_a_second_subject_is_cut(glued: str, head: str) -> None:
    parts = split_glued(glued, lead=True)
    assert parts[0] == head
    assert len(parts) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        # a title of a work in capitals after a count
        "The critics praised nearly everything except the closing ballad Four to the Floor, which they found dull.",
        # a name's plural capitalised inside a noun phrase
        "The relay is one of the headline races of the whole Games and should fill the stadium.",
        # an adjective before a capitalised word: one noun phrase
        "The mayor said the plan was backed by a number of prominent Harbour traders who run stalls in the square.",
        # a plural that names members of a faith or party, the object of the verb before it
        "The minister will not welcome the view that the war has alienated Muslims and left the city divided.",
        # a relative clause after a capitalised plural modifier
        "The firm was built by two bright young engineers Bell programmers who had been hired from the university.",
        # a name that is a plural word, then a relative clause with no "that": a gap after its verb
        "Nobody in the valley could measure the damage Storms had on the farms last spring.",
        # a name run across the seam
        "Scientists in New Zealand and the United Kingdom have found a molecule which seems to block the virus.",
        # a titled name after a verb: the object, not a speaker
        "The judge looked up from the files and told Dr Marsh: you may not prescribe these drugs again.",
        # a quotation closed by a stop: the sentence ended there already, and one with no colon before it
        'The mayor told them: " We will stay. " The crowd cheered for an hour.',
        'The banner read " We will stay " The crowd cheered for an hour.',
        # titles in capitals after a count
        "Sales of the books rose sharply last year Fifty Shades of Grey has sold more copies than any other novel.",
        "The crowds gathered in the square on Monday Thousands of Hearts was playing at the cinema.",
        # a title in capitals after a quantity
        "She spent the summer reading novels such as Half of a Yellow Sun and found them moving.",
    ],
)
def test_no_cut_inside_one_sentence(sentence: str) -> None:
    assert split_glued(sentence, lead=True) == (sentence,)
