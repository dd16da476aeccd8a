"""Two wordings of a toll's place that one story's told values count as one (summarizer.placealias)."""
from __future__ import annotations

from summarizer.condense import core
from summarizer.novelty import Memory, judge

DAY = 740_000  # a date ordinal: the first day of the story


def _earlier(told: list[tuple[str, str, int]], later: str, story: str = "s") -> str:
    """The earlier value ``later`` is shown to update, after ``told`` (sentence, story, day offset) was told."""
    memory = Memory()
    for n, (text, sid, day) in enumerate(told):
        memory.add(text, sid, f"a{n}", DAY + day)
    verdict = judge(later, memory, story, core(later), when=DAY + 3)
    return verdict.earlier if verdict.novel else "(told)"


PROVINCE_1 = "Floods in Northmoor Province have killed at least 14 people, the interior ministry said."
COUNTRY_1 = "Floods have killed at least 14 people in Westland's north, officials said."
PROVINCE_2 = "The death toll from the floods in Northmoor Province rose to 33, the interior ministry said."
COUNTRY_2 = "The death toll from the floods in northern Westland climbed to 33, officials said."
PROVINCE_3 = "The death toll from the floods in Northmoor Province rose to 39, the interior ministry said."
COUNTRY_4 = "The head of Westland's water agency resigned over floods that have killed 45 people in Westland's north."


def test_a_later_toll_in_one_wording_updates_the_latest_told_in_the_other() -> None:
    """Both wordings told 33 on one day: one count. The later 45 updates 39, the latest told, not the older 33."""
    told = [(PROVINCE_1, "s", 0), (COUNTRY_1, "s", 0), (PROVINCE_2, "s", 1), (COUNTRY_2, "s", 1),
            (PROVINCE_3, "s", 2)]
    assert _earlier(told, COUNTRY_4) == "39 dead"


def test_wordings_whose_values_disagree_on_a_day_stay_apart() -> None:
    """Two places that reported different counts on a day are two counts, though they agreed another day."""
    other = "The death toll from the floods in northern Westland climbed to 20, officials said."
    told = [(PROVINCE_1, "s", 0), (COUNTRY_1, "s", 0), (PROVINCE_2, "s", 1), (other, "s", 1),
            (PROVINCE_3, "s", 2)]
    assert _earlier(told, COUNTRY_4) == "20 dead"


def test_another_storys_agreement_makes_no_alias() -> None:
    """The values that tie two wordings must be told in the story itself."""
    told = [(PROVINCE_1, "t", 0), (COUNTRY_1, "t", 0), (PROVINCE_2, "t", 1), (COUNTRY_2, "s", 1),
            (PROVINCE_3, "t", 2)]
    assert _earlier(told, COUNTRY_4) == "33 dead"
