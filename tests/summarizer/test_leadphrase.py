"""Opening phrases before a subject with an aside or a list, or bound to a span of time (summarizer.leadphrase)."""
from __future__ import annotations

from summarizer.compress import trim
from summarizer.leadphrase import claim, lead_edits, subject_like


def _cut(text: str) -> list[str]:
    return [text[e.start:e.end] for e in lead_edits(text)]


def test_an_opening_before_a_subject_with_an_appositive_goes() -> None:
    s = ("While the mayor's budget was praised by the unions, a former council member, Dana Holt, looks set to win the "
         "race for the seat in the northern ward.")
    assert _cut(s) == ["While the mayor's budget was praised by the unions, "]


def test_an_opening_before_a_listed_subject_goes() -> None:
    s = "By contrast, the city museum, the old library and the harbour gallery have each won two awards this season."
    assert _cut(s) == ["By contrast, "]
    assert trim(s, set(), [], 80).startswith("The city museum, the old library and the harbour gallery have each won")


def test_an_opening_with_an_aside_of_its_own_goes_whole() -> None:
    s = ("In a radio interview to be aired on Sunday, to open the station's new season of talks, Holt admitted there were "
         "tensions inside the party over the budget.")
    assert _cut(s) == ["In a radio interview to be aired on Sunday, to open the station's new season of talks, "]


def test_an_opening_bound_to_a_span_of_time_goes() -> None:
    s = ("A day after backing a pause in the talks over the port, the transport minister told a meeting in Lowmere that "
         "the ferries would run again.")
    assert _cut(s) == ["A day after backing a pause in the talks over the port, "]


def test_conditions_claims_and_quantities_stay() -> None:
    assert not _cut("If the vote fails again, the mayor, Dana Holt, will call a new election in the spring next year.")
    assert not _cut("In a sign that the talks are stalling, the union's leader, Sam Reid, cancelled the meeting on Monday.")
    assert not _cut("At least one member, the treasurer, Sam Reid, will be voting against the plan at the meeting.")


def test_a_list_in_the_opening_or_a_pronoun_is_no_subject() -> None:
    assert not subject_like("wages, rents and even fares, workers ")  # the opening's list ends before "workers"
    assert not subject_like("the harbour office, he ")
    assert not subject_like("the envoy, that fraud ")
    assert subject_like("the museum, the library and the gallery ")
    assert subject_like("a former council member, Dana Holt, ")


def test_a_relative_that_is_no_claim() -> None:
    assert not claim("Following the strike that closed the port")
    assert claim("Amid fears that the port")


def test_an_opening_that_holds_a_main_clause_stays() -> None:
    s = ("After some coaxing she agreed to ride home with Jo for a nightcap, watching a film on the way to the castle, "
         "a 33-room mansion perched on a hill in the suburb.")
    assert not _cut(s)  # "A 33-room mansion perched on a hill" would be no clause


def test_an_aside_of_the_openings_last_noun_is_no_subject() -> None:
    assert not _cut("Earlier Sam Reid, the chief operating officer of the port, spoke at a meeting about the ferries.")
    s = "After trailing her rival, Mayor Sam Reid, Holt has narrowed the gap to only three points in the last poll."
    assert _cut(s) == ["After trailing her rival, Mayor Sam Reid, "]
    s = "In a letter to his boss, another lawyer, Dana Holt, Reid said the files had been lost in the move."
    assert _cut(s) == ["In a letter to his boss, another lawyer, Dana Holt, "]
    assert not _cut("For months now Reid has held a series of meetings with the port's chief, Dana Holt, about the ferries.")


def test_a_clause_after_the_openings_comma_stays() -> None:
    s = "As Reid was quick to point out, there is great interest in the Lowmere club, the team set up by Holt last spring."
    assert not _cut(s)


def test_a_subject_with_a_clause_in_its_aside_keeps_the_opening() -> None:
    s = ("In recent years, the fame of the painter Jo Roe, the nearest thing the town has to a celebrity, has grown so "
         "much that she is named as the next head of the gallery.")
    assert not _cut(s)  # not "The nearest thing the town has to a celebrity, has grown ..."
