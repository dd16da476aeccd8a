"""Lines bound to an earlier sentence: an opening link that goes, a subject only that sentence introduced."""
from __future__ import annotations

from datetime import datetime

import pytest

from summarizer.bound import bound_subject, definite_head, unlinked
from summarizer.condense import condense
from summarizer.engine import Engine
from summarizer.ingest import make_article
from summarizer.novelty import Memory

_BEFORE = ["Flooding closed the Lowmere bypass for a third day on Tuesday.",
           "Police said an anonymous caller phoned the county office at noon.",
           "Engineers later found a crack in a concrete culvert near the river."]


@pytest.mark.parametrize("line, after", [
    ("More worryingly, the flood prompted a recall of 3,000 ferry tickets.", "The flood prompted"),
    ("Even so, the Lowmere council voted to reopen the bypass on Friday.", "The Lowmere council voted"),
    ("By contrast, ferry bookings rose by 12 percent in March.", "Ferry bookings rose"),
    ("Then, engineers drained the culvert overnight.", "Engineers drained"),
    ("Even so, iFlood sold 4,000 copies of its app in March.", "iFlood sold"),  # a name keeps its case
])
def test_an_opening_link_goes_when_the_rest_stands_alone(line: str, after: str) -> None:
    assert unlinked(line).startswith(after)
    assert condense(line).startswith(after)


@pytest.mark.parametrize("line", [
    "Even so, he said the bypass would reopen on Friday.",  # the rest leans on context too
    "Otherwise, the ferry would stop running in May.",  # a condition, not a link
    "Still, in 2009 the bypass flooded twice.",  # an aside, not the subject, follows
])
def test_a_link_stays_when_the_rest_does_not_stand_alone(line: str) -> None:
    assert unlinked(line) == line


@pytest.mark.parametrize("line", [
    "The caller said a second culvert was also at risk.",
    "The culvert was built in 1961 to carry twice the river's flow.",
    "The latter is expected to reopen on Friday.",
    "A third one will be opened in the county office next week.",
    "One particular group of drivers has complained about the detour.",
    "The second, so far unnamed, will inspect the culvert on Friday.",
    "More worryingly, it also prompted the county to close two schools.",  # a link, then a pronoun naming left
    "No, because the culvert would still flood at the spring tide.",  # an answer to a question the line lacks
    "Yes, the council reopened one lane, but the detour stays for weeks.",
    "Well, maybe at last the county will pay for the repairs.",  # a turn of talk to the reader
    "Perhaps not, but the flood has changed how drivers see the bypass.",
    "Such repairs usually take the county a month.",  # a kind an earlier sentence gave
    "The same engineer inspected the Hexley culvert in May.",
    "Thousands of those drivers now use the ring road.",  # a part of a group an earlier sentence gave
    "Now most of them prefer the ring road.",
    "Chief among them was the county's flood engineer.",
])
def test_a_subject_only_the_previous_sentences_introduced_is_bound(line: str) -> None:
    assert bound_subject(line, _BEFORE, "Lowmere bypass closed by flood")


@pytest.mark.parametrize("line, title", [
    ("The council said the bypass would reopen on Friday.", "Lowmere bypass closed by flood"),  # no "a council" before
    ("The police said the caller was not known to them.", "Lowmere bypass closed by flood"),
    ("The caller said a second culvert was at risk.", "Anonymous caller warns of Lowmere flood"),  # the title has it
    ("The first engineers arrived on Monday.", "Lowmere bypass closed by flood"),  # an ordinal picks them out alone
    ("The 1961 culvert was replaced in 2001.", "Lowmere bypass closed by flood"),  # so does a year
    ("The second, Hexley bridge, will reopen on Friday.", "Lowmere bypass closed by flood"),  # named in apposition
    ("Moreover, it may be hard to reopen the bypass before May.", "Lowmere bypass closed by flood"),  # "it" of nothing
    ("No one was hurt when the culvert gave way.", "Lowmere bypass closed by flood"),  # "No one": a subject
    ("Wellington council said the bypass would reopen on Friday.", "Lowmere bypass closed by flood"),
    ("Many of those stranded slept in the school hall.", "Lowmere bypass closed by flood"),  # "those stranded": a group
    ("Some of those who live by the river left on Monday.", "Lowmere bypass closed by flood"),
    ("Such as it is, the detour adds an hour.", "Lowmere bypass closed by flood"),  # no kind pointed at
    ("The same kind of culvert that failed in 1961 was fitted at Hexley.", "Lowmere bypass closed by flood"),
    ("Two of the county's engineers inspected the culvert.", "Lowmere bypass closed by flood"),
])
def test_a_known_or_self_identifying_subject_is_not_bound(line: str, title: str) -> None:
    assert not bound_subject(line, _BEFORE, title)


def test_a_noun_that_modified_another_is_no_antecedent() -> None:
    before = ["Flooding closed the Lowmere bypass on Tuesday.", "A government spokesman phoned the county office."]
    assert not bound_subject("The government said the bypass would reopen.", before, "Lowmere bypass closed")
    assert bound_subject("The spokesman said the bypass would reopen.", before, "Lowmere bypass closed")


def test_a_noun_the_story_already_told_is_not_bound() -> None:
    told = ["A concrete culvert under the Lowmere bypass cracked."]
    assert not bound_subject("The culvert was built in 1961.", _BEFORE, "Lowmere bypass closed", told)


def test_definite_head() -> None:
    assert definite_head("The 14-storey structure was designed to resist storms.") == "structure"
    assert definite_head("The caller then said the office was empty.") == "caller"
    assert definite_head("The source said: “The office was empty.”") == "source"
    assert definite_head("The fact that the bypass flooded is not new.") == ""
    assert definite_head("The Lowmere council voted.") == ""


def test_the_engine_shows_no_line_whose_subject_only_the_article_introduced() -> None:
    article = make_article(
        "Lowmere bypass closed by flood\n"
        "Flooding closed the Lowmere bypass for a third day on Tuesday, cutting the town off from the motorway. "
        "Police said an anonymous caller phoned the county office at noon on Tuesday to warn of a burst dam. "
        "The caller said the Hexley reservoir dam had cracked and 4,000 homes were at risk of flooding. "
        "Lowmere council opened two rest centres in the Hexley school and the town hall for 600 residents.",
        name="a", source="Wire", published=datetime(2025, 3, 2, 8))
    digest = Engine().digest("c", [article], Memory())
    texts = [i.text for i in digest.items]
    assert texts and not any(t.startswith("The caller") for t in texts)
