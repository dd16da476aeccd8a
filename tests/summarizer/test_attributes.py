"""Attributes of a name: an age or a population told otherwise is a conflict, never an update (made-up sentences)."""
from __future__ import annotations

from summarizer.attributes import attribute, grown_older
from summarizer.condense import core
from summarizer.facts import QUANTITY, quantities
from summarizer.models import Kind
from summarizer.novelty import Memory, judge


def _kind(earlier: str, later: str) -> Kind | None:
    memory = Memory()
    memory.add(earlier, "s", "a")
    verdict = judge(later, memory, "s", core(later))
    return verdict.kind if verdict.novel else None


def _attributes(text: str) -> list[tuple[str, frozenset[str]] | None]:
    found = [attribute(text, m.start(), m.start("num"), m.end()) for m in QUANTITY.finditer(text) if m.group("num")]
    return [a[:2] if a else None for a in found]


def test_an_age_beside_a_name_is_that_name_s_age() -> None:
    assert _attributes("The jury heard that Harlow, 58, had hidden the money.") == [("age", frozenset({"harlow"}))]
    assert _attributes("In Lowmere, 300 people were evacuated.") == [None]


def test_a_population_belongs_to_the_place_before_it() -> None:
    assert _attributes("She was mayor of Brackton (pop. 8,200).") == [("population", frozenset({"brackton"}))]
    assert _attributes("He grew up in Brackton, Wessex, a town of 9,100 people.") == [
        ("population", frozenset({"brackton", "wessex"}))]
    assert _attributes("Brackton, which has a population of about 6,900, voted.") == [("population", frozenset({"brackton"}))]
    assert _attributes("A town of 9,100 people voted.") == [None]  # no name: whose population is unclear


def test_an_attribute_is_no_count_of_its_sentence() -> None:
    got = quantities("The jury heard that Harlow, 58, had hidden the money.")
    assert [(q.low, q.slot.measure if q.slot else None, q.raw) for q in got] == [(58.0, "age", "Harlow, 58")]
    assert [q.raw for q in quantities("She was mayor of Brackton (pop. 8,200).")] == ["pop. 8,200"]


def test_an_age_told_otherwise_is_a_conflict() -> None:
    assert _kind("The court heard that Harlow, 58, hid the money in offshore accounts.",
                 "Harlow, 59, was convicted of fraud by a jury in Brackton.") is Kind.CONFLICT


def _dated_kind(earlier: str, later: str, days: int) -> Kind | None:
    memory = Memory()
    memory.add(earlier, "s", "a", 730_000)
    verdict = judge(later, memory, "s", core(later), when=730_000 + days)
    return verdict.kind if verdict.novel else None


def test_an_age_grown_by_the_years_between_reports_is_no_conflict() -> None:
    """A birthday may fall between any two reports of different days (a year apart, six weeks apart): one year older
    is no conflict; told the same day, or more years older than the days between allow, it is."""
    earlier = "The court heard that Harlow, 58, hid the money in offshore accounts."
    later = "Harlow, 59, was convicted of fraud by a jury in Brackton."
    assert _dated_kind(earlier, later, 365) not in (Kind.CONFLICT, Kind.UPDATED)
    assert _dated_kind(earlier, later, 45) not in (Kind.CONFLICT, Kind.UPDATED)  # "Spector, 69" six weeks on
    assert _dated_kind(earlier, later, 0) is Kind.CONFLICT  # the same day: one of them is wrong
    assert _dated_kind(earlier, "Harlow, 60, was convicted of fraud by a jury in Brackton.", 45) is Kind.CONFLICT
    assert _dated_kind(earlier, "Harlow, 61, was convicted of fraud by a jury in Brackton.", 365) is Kind.CONFLICT
    assert _dated_kind(later, earlier.replace("58", "57"), 365) is Kind.CONFLICT  # younger a year later
    assert grown_older("age", 60, 58, 2.2) and grown_older("age", 61, 58, 2.2) and not grown_older("age", 59, 58, None)
    assert grown_older("age", 59, 58, 0.12) and not grown_older("age", 59, 58, 0.0)
    assert not grown_older("population", 9100, 8200, 1.0)


def test_the_same_age_again_is_no_fact_and_another_person_s_age_no_conflict() -> None:
    assert _kind("The court heard that Harlow, 58, hid the money in offshore accounts.",
                 "Harlow, 58, was convicted of fraud by a jury in Brackton.") is not Kind.CONFLICT
    assert _kind("The court heard that Harlow, 58, hid the money in offshore accounts.",
                 "Her lawyer Denton, 61, said the verdict would be appealed.") is not Kind.CONFLICT


def test_a_population_told_otherwise_is_a_conflict() -> None:
    assert _kind("As mayor of Brackton (pop. 8,200) she cut property taxes.",
                 "She ran Brackton, Wessex, a town of 9,100 people, for six years.") is Kind.CONFLICT


def test_an_age_told_first_is_no_news_of_its_own() -> None:
    """A sentence that repeats a told one with an age added says nothing new."""
    verdict_kind = _kind("The court heard that Harlow hid the money in offshore accounts in Brackton.",
                         "The court heard that Harlow, 58, hid the money in offshore accounts in Brackton.")
    assert verdict_kind is None


def test_a_full_name_s_age_is_not_compared_with_an_age_of_the_surname_alone() -> None:
    """"Sergeant Tom Harlow, 28" and "his stepdaughter Harlow, 11" may be two people: precision first, no conflict."""
    assert _attributes("Sergeant Tom Harlow, 28, faces a charge of assault.") == [("age", frozenset({"tom harlow"}))]
    assert _kind("The soldier also had a stepdaughter Harlow, 11, from an earlier marriage.",
                 "Sergeant Tom Harlow, 28, of the river regiment, faces a charge of assault.") is not Kind.CONFLICT


def test_a_first_name_alone_is_not_the_full_name_it_starts() -> None:
    """"Mike, 31" (a soldier named by his first name) and "Mike Greenfield, 49" are two people."""
    from summarizer.attributes import same_owner
    from summarizer.facts import quantities

    a = quantities("Mike Greenfield, 49, from Lowmere, agrees.")[0]
    b = quantities("\"It is hard,\" said Mike, 31, a corporal.")[0]
    c = quantities("Neighbours said Mike Greenfield, 50, left early.")[0]
    assert not a.comparable(b)
    assert a.comparable(c)
    assert same_owner(frozenset({"greenfield"}), frozenset({"greenfield"}))
    assert not same_owner(frozenset({"mike"}), frozenset({"mike greenfield"}))


def test_a_surname_with_a_particle_keeps_its_first_name() -> None:
    """"Jorge de Lima, 65" and "Ana de Lima, 35" are two people: their ages are no conflict."""
    assert _attributes("Rents have gone up, says Jorge de Lima, 65, a resident of Lowmere.") == [
        ("age", frozenset({"jorge lima"}))]
    kind = _kind("Rents have gone up a lot round here, says Jorge de Lima, 65, a seven-year resident of the Lowmere suburb.",
                 "Ana de Lima, 35, a teacher, said the mayor had lied about the budget for the new stadium.")
    assert kind is not Kind.CONFLICT  # Kind.CONFLICT when both were read as "Lima"
