"""A missing full stop between a fragment and a clause (:mod:`summarizer.seams`, via :func:`summarizer.glue.split_glued`)."""
from __future__ import annotations

import pytest

from summarizer.glue import split_glued
from summarizer.seams import missing_stop


@pytest.mark.parametrize(
    "glued, head",
    [
        # a headline with its standfirst, past twenty words, then a pronoun subject with its verb
        ("Mayor's gala splurges $2m on fireworks River parade is ` wasteful' while the city closes libraries, "
         "say residents It will be the largest party the town has seen.",
         "Mayor's gala splurges $2m on fireworks River parade is ` wasteful' while the city closes libraries, say residents"),
        # "The" before capitals and a common noun with a participle: not a title
        ("Audit finds council sold the depot years before the merger The EU inspectors reviewing the sale have "
         "closed their file.", "Audit finds council sold the depot years before the merger"),
        # a preposition opening an adverbial
        ("Harbour town counts the cost of the storm For the first time in decades, fishermen have stayed ashore all week.",
         "Harbour town counts the cost of the storm"),
        # a determiner after a verb's particle
        ("Leaked memo suggests the agency knew of the fault weeks before the crews went in The company tried to "
         "keep the memo secret.", "Leaked memo suggests the agency knew of the fault weeks before the crews went in"),
        # a pronoun after a place that ends a byline
        ("Storm warnings rise as the coast braces for winter, report Jo Roe in Leeds and Tim Bell in Hull It was "
         "2am when the sirens began.", "Storm warnings rise as the coast braces for winter, report Jo Roe in Leeds and Tim Bell in Hull"),
        # a caption's credit (name, comma, role) before the lead
        ("We are seeing the worst season in years Dr Jo Marsh, county health director Official figures show there were "
         "400 cases last week.", "We are seeing the worst season in years Dr Jo Marsh, county health director"),
        # a quantifier opening the subject after a headline
        ("Flu cases close harbour school Another nine cases of the fever have been confirmed, lifting the total to 43.",
         "Flu cases close harbour school"),
        # a role and a name with their reporting verb
        ("There are reports of travellers being tested for the virus Envoy Jo Marsh said many of them had not flown.",
         "There are reports of travellers being tested for the virus"),
    ],
)
def test_a_missing_stop_is_cut(glued: str, head: str) -> None:
    parts = split_glued(glued, lead=True)
    assert parts[0] == head and len(parts) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Previously, defence lawyer Marsh has asked witnesses whether the shouts came from a boat.",
        "The agency made numerous attempts to contact Harbour's head office in Hull, but no calls were returned.",
        "He told reporters Spain's troops would stay in the south until the spring elections.",
        "She said the report was in The Courier newspaper yesterday and that it had been read by the minister.",
        "Pat invited Lee to join The Harbour Gazette team, and Lee realised the paper was free to publish.",
        "The ministers also gave The Courier details of a meeting held at the port on 3 May.",
        "Senator Ann Bell, whose husband Tom sat on the board, tried to fight the merger last year.",
        "In April, my husband Dan and I welcomed our third child into the world.",
        "After a long winter of rehearsals in a borrowed hall on the edge of the town, the four friends finally released "
        "their album For the Road, which was recorded in a barn.",  # past twenty words: a work's title
        "She read the novel The Quiet Harbour twice before she agreed to star in the film adaptation.",
        "The rival Northern sects which have edged towards war met on Monday in the capital.",
        "Ministers who met in the capital on Monday to discuss the long delayed budget and the state of the roads said "
        "It was the wrong moment to raise duty.",  # a clause verb before, past twenty words
        "Investigators say Mr Roe told the grand jury that he clearly recalled Mr Marsh telling him the news.",
        "The memo ran to 13 pages Lord Marsh wrote for the prime minister ten days before the vote.",  # an honorific
        "The bus was sent to the depot No 30 bus drivers have been told to wait for orders.",  # "No" is not a quantifier here
        "The council gave Another Roe a prize for her work on the harbour.",  # no verb after a quantifier's word
    ],
)
def test_titles_objects_and_appositions_are_not_cut(sentence: str) -> None:
    assert split_glued(sentence, lead=True) == (sentence,)


def test_a_capital_needs_a_plain_word_before_it() -> None:
    tokens = "Storm hits the coast near For the first time in years, boats stayed in port.".split()
    assert not missing_stop(tokens, tokens.index("For"))  # "near" is a function word: left alone


def test_a_pose_caption_glued_after_a_place_opens_a_sentence() -> None:
    tokens = "Ferry cleared after crew tested in Crete Harbour staff and guests wave from inside the terminal.".split()
    assert [tokens[i] for i in range(len(tokens)) if missing_stop(tokens, i)] == ["Harbour"]
    tokens = "The envoy met ministers in Paris Police said they would stand at the gate.".split()
    assert not any(missing_stop(tokens, i) for i in range(len(tokens)))


_GLUED = [
    "Mayor's gala splurges $2m on fireworks River parade is ` wasteful' while the city closes libraries, say residents "
    "It will be the largest party the town has seen.",
    "Harbour town counts the cost of the storm For the first time in decades, fishermen have stayed ashore all week.",
    "We are seeing the worst season in years Dr Jo Marsh, county health director Official figures show there were "
    "400 cases last week.",
    "Flu cases close harbour school Another nine cases of the fever have been confirmed, lifting the total to 43.",
    "Ferry cleared after crew tested in Crete Harbour staff and guests wave from inside the terminal.",
]


@pytest.mark.parametrize("sentence", _GLUED)
def test_a_missing_stop_opens_only_at_a_capital(sentence: str) -> None:
    # glue.split_glued skips, past twenty words, every word that does not open with a capital (after its quotes)
    tokens = sentence.split()
    found = [i for i in range(len(tokens)) if missing_stop(tokens, i)]
    assert found and all(tokens[i].strip("\"'`“”‘’«»()[]")[:1].isupper() for i in found)
    for i in found:  # the same seam in lower case is none
        lowered = tokens[:i] + [tokens[i].lower()] + tokens[i + 1:]
        assert not missing_stop(lowered, i)


def test_a_seam_past_twenty_words_is_read_only_at_a_capital() -> None:
    head = "River parade is wasteful while the city closes two libraries and cuts the bus routes to the old mill, say residents"
    assert len(head.split()) > 20
    assert split_glued(head + " It will be the largest party the town has seen.", lead=True)[0] == head
    lowered = head + " it will be the largest party the town has seen."
    assert split_glued(lowered, lead=True) == (lowered,)


def test_the_last_word_and_the_whole_left_part_are_both_read() -> None:
    # a plain last word is not enough: the left part must open with a capital and hold no open quotation
    tokens = "storm hits the coast of the county It was the worst night in years.".split()
    assert not missing_stop(tokens, tokens.index("It"))
    tokens = "Storm “hits the coast of the county It was the worst night in years.".split()
    assert not missing_stop(tokens, tokens.index("It"))
    tokens = "Storm hits the coast of the county It was the worst night in years.".split()
    assert missing_stop(tokens, tokens.index("It"))


@pytest.mark.parametrize("sentence", ["Storm hits the coast of the county There were no warnings before the flood.",
                                      "Storm hits the coast of the county You can see the damage from the road."])
def test_every_pronoun_subject_with_its_verb_opens_a_sentence(sentence: str) -> None:
    """"There were", "You can" open a clause as "It was" does: the capital after a content word is a sentence start."""
    tokens = sentence.split()
    assert missing_stop(tokens, next(k for k, w in enumerate(tokens) if w in ("There", "You")))


@pytest.mark.parametrize(("sentence", "left"), [
    ('Fuel is scarce in the port town " We don\'t know what we will find there, " said Jo Roe, a driver.',
     "Fuel is scarce in the port town"),
    ('Jo Roe, who learnt to fly in 1980, owns two small planes “I can’t see not using them to help,” he added.',
     "Jo Roe, who learnt to fly in 1980, owns two small planes"),
    ('Keep calm on the hills " The best way to climb is not to attack it, " Ann Poe says.', "Keep calm on the hills"),
    ('Keep calm on the hills " The best way to climb is not to attack it, " Ann Poe replied.', "Keep calm on the hills"),
    ('Fuel is scarce in the port town " We will ration what is left, " Jo Roe stated.', "Fuel is scarce in the port town"),
])
def test_quotation_with_its_own_attribution_opens_a_sentence(sentence: str, left: str) -> None:
    assert split_glued(sentence)[0] == left


@pytest.mark.parametrize("sentence", [
    'The new player, sold with the slogan " Life is short ", was launched in the spring.',  # a slogan's words
    'She said the plan was " Not good enough, " and left the hall.',  # no speaker after the quotation
    'The band played a song called " Rain on the roof, " Jo Roe said.',  # the title of a work
    'Jo Roe " We will stay, " said the mayor.',  # a name before it: no lower-case word ends a fragment
])
def test_quotation_glued_no_seam(sentence: str) -> None:
    assert split_glued(sentence) == (sentence,)
