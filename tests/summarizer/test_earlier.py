"""The earlier value of an update: the latest told by time of telling; among values told at one time, the most alike."""
from __future__ import annotations

from summarizer.condense import core
from summarizer.earlier import shown, told_later
from summarizer.facts import quantities
from summarizer.models import Kind
from summarizer.novelty import Memory, judge

DAY = 740_000  # an article day (a date ordinal)


def _earlier(told: list[tuple[str, int]], later: str) -> str:
    """The earlier value ``later`` cites after ``told`` (sentence, article day) was remembered in that order."""
    memory = Memory()
    for text, day in told:
        memory.add(text, "s", f"a{day}", day)
    verdict = judge(later, memory, "s", core(later), when=DAY + 5)
    assert verdict.novel and verdict.kind is Kind.UPDATED, verdict
    return verdict.earlier


def test_a_lower_count_stored_after_the_toll_on_the_same_day_is_not_its_earlier_value() -> None:
    """Both told in one day's digest: the highest toll is the count at the latest hour, not the one stored last."""
    told = [("The flu outbreak in Lowmere has killed 90 people, the health ministry said.", DAY),
            ("The flu outbreak in Lowmere has killed 30 people in the capital alone, the health ministry said.", DAY)]
    assert _earlier(told, "The flu outbreak in Lowmere has killed 130 people, the health ministry said.") == "90 people dead"


def test_a_suspected_toll_updates_the_suspected_toll_told_that_day() -> None:
    told = [("The flu outbreak in Lowmere is suspected of killing 80 people, the health ministry said.", DAY),
            ("The flu outbreak in Lowmere has killed 20 people, the health ministry said.", DAY)]
    later = "The flu outbreak in Lowmere is now suspected of killing 110 people, the health ministry said."
    assert _earlier(told, later) == "80 people dead"
    told[1] = ("The flu outbreak in Lowmere has killed 95 people, the health ministry said.", DAY + 1)
    assert _earlier(told, later) == "95 people dead"  # told on a later day: the latest value, whatever its words


def test_told_later_is_by_telling_not_by_storing() -> None:
    assert told_later((0, 9), DAY + 1, (0, 4), DAY)
    assert not told_later((0, 9), DAY, (0, 4), DAY)  # one day's digest: one telling
    assert told_later((0, 9), 0, (0, 4), 0)  # days unknown: the order stored
    assert told_later((0, 9), DAY, (-1, 40), DAY)  # a user's own layer after the channel's


def _kind(told: str, later: str) -> Kind | None:
    memory = Memory()
    memory.add(told, "s", "a", DAY)
    verdict = judge(later, memory, "s", core(later), when=DAY + 5)
    return verdict.kind if verdict.novel else None


def test_a_past_years_count_is_no_update() -> None:
    """A count of an event of a named past year retells history ("the 1918 pandemic that killed at least 30
    million"), though a clause of the sentence runs since then; a count to date since that year is still compared."""
    told = ("Doctors noted that the 1918 Lowmere flu epidemic, which killed tens of millions of people across "
            "the globe, struck in waves.")
    assert _kind(told, "The strain is of a kind that has circulated since the 1918 Lowmere flu pandemic that killed at "
                       "least 30 million people across the globe.") is Kind.NEW
    told = "A Lowmere sailor died on Friday, raising the count of Lowmere deaths since the war began in 2003 to 148."
    assert _kind(told, "Two Lowmere pilots died in a jet crash on Monday, taking the number of Lowmere deaths "
                       "since the war began in 2003 to 163.") is Kind.UPDATED


def _shown(sentence: str) -> list[str]:
    return [shown(q) for q in quantities(sentence)]


def test_an_earlier_value_says_what_it_counted_when_its_words_do_not() -> None:
    """A bare figure of a tracked toll gets its measure: "(earlier: 92)" after a line with two figures is a guess."""
    assert _shown("The fever has killed 92 in Veltria.") == ["92 dead"]
    assert _shown("Police arrested 40 in Lowmere.") == ["40 arrested"]
    assert _shown("Some 2,000 people have been infected in Veltria.") == ["Some 2,000 people infected"]
    assert _shown("About 1.5 million people were made homeless by the floods.") == ["About 1.5 million people homeless"]


def test_an_earlier_value_that_names_its_measure_or_another_thing_is_kept_as_said() -> None:
    assert _shown("Officials in Lowmere counted 12 deaths.") == ["12 deaths"]
    assert _shown("Nine countries reported 40 cases.") == ["Nine countries", "40 cases"]  # a count of countries
    assert _shown("The ministry sent 300 troops to Lowmere.") == ["300 troops"]  # no toll: its words stand


def test_an_update_after_a_line_of_two_figures_names_the_measure_it_updates() -> None:
    told = [("The fever has killed 92 people in Veltria, the ministry said.", DAY)]
    later = "The fever has infected 17,500 people in Veltria, killing 115, the ministry said."
    assert _earlier(told, later) == "92 people dead"


def test_a_total_grown_past_higher_estimates_updates_the_last_running_total() -> None:
    """"Has risen to 110" after the running total "has risen to at least 75" and, later, an estimate of 180: the
    writer's count grew from the last total told, not from the estimate (another count), so it is an update of it."""
    told = [("Officials in Lowmere say the death toll from the earthquake has risen to at least 75,000.", DAY),
            ("An estimated 180,000 people died in the earthquake in Lowmere.", DAY + 1)]
    later = "The official death toll from the earthquake in Lowmere has risen to 110,000."
    assert _earlier(told, later) == "at least 75,000 dead"
    told.append(("The official death toll from the earthquake in Lowmere has risen to 120,000.", DAY + 2))
    memory = Memory()
    for text, day in told:
        memory.add(text, "s", f"a{day}", day)
    verdict = judge(later, memory, "s", core(later), when=DAY + 5)  # the last total told is higher: no update
    assert verdict.kind is not Kind.UPDATED


def test_a_toll_risen_above_a_value_is_a_level_that_grew() -> None:
    """"Has risen above 150,000" is the toll's level (not a rise of 150,000), grown from the last running total."""
    told = [("The official death toll from the earthquake in Lowmere has risen to 110,000.", DAY),
            ("The earthquake in Lowmere is believed to have killed as many as 200,000 people.", DAY + 1)]
    later = "The confirmed death toll from the earthquake in Lowmere has risen above 150,000, a minister said."
    assert _earlier(told, later) == "110,000 dead"


def test_a_total_grown_from_the_last_running_total_cites_the_latest_value_told_since() -> None:
    """"Has risen to 159" after the total "has risen to more than 80" and then "has killed up to 149": the count grew
    through 149, the latest value told, not from the older total."""
    told = [("Officials in Lowmere said the death toll from the fever has risen to more than 80.", DAY),
            ("The fever in Lowmere has killed up to 149 people, officials said.", DAY + 1)]
    later = "Officials in Lowmere said the death toll from the fever has risen to 159."
    assert _earlier(told, later) == "up to 149 people dead"
