"""The shared word lists (:mod:`summarizer.lexicon`) and that no module spells them out again."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from summarizer import lexicon as L
from summarizer.dates import MONTHS as MONTH_NUMBERS


def test_weekdays_in_python_order() -> None:
    """A weekday's index in WEEKDAY_LIST is ``date.weekday()`` (1 March 2021 was a Monday)."""
    for i in range(7):
        assert L.WEEKDAY_LIST[date(2021, 3, 1 + i).weekday()] == date(2021, 3, 1 + i).strftime("%A")


def test_months_in_calendar_order() -> None:
    """A month's index + 1 is its number, and the dates module's numbers agree."""
    for i, name in enumerate(L.MONTH_LIST):
        assert date(2021, i + 1, 1).strftime("%B") == name
        assert MONTH_NUMBERS[name.lower()] == i + 1
    assert MONTH_NUMBERS["sept"] == 9 and MONTH_NUMBERS["may"] == 5


def test_sets_and_alternations_agree() -> None:
    """The sets, lowercase sets and pattern alternations hold the same names."""
    assert L.WEEKDAYS == set(L.WEEKDAY_NAMES.split("|")) and len(L.WEEKDAYS) == 7
    assert L.MONTHS == set(L.MONTH_NAMES.split("|")) and len(L.MONTHS) == 12
    assert L.WEEKDAYS_LOWER == {d.lower() for d in L.WEEKDAYS}
    assert L.MONTHS_LOWER == {m.lower() for m in L.MONTHS}


def test_month_word() -> None:
    """MONTH_WORD takes a full or abbreviated month and nothing shorter."""
    month = re.compile(rf"{L.MONTH_WORD}\b")
    for word in ("Jan", "January", "Sept", "Sep", "September", "June", "Jun", "May"):
        assert month.fullmatch(word), word
    for word in ("Ma", "Ju", "Mon", "Decem"):
        assert not month.fullmatch(word), word


def test_alternation_keeps_order_and_leaves_out() -> None:
    """Groups are joined in order; ``without`` drops words."""
    assert L.alternation(L.SAY) == "said|says|say|told|tells"
    assert L.alternation(L.SAY, ("added",), without=("say",)) == "said|says|told|tells|added"
    assert L.alternation(L.SAID, L.REPORT) == "said|says|told|tells|reported|reports|announced"


def test_said_is_say_without_bare_say() -> None:
    """SAID is SAY less the bare 'say', in the same order."""
    assert "say" in L.SAY_WORDS and "say" not in L.SAID_WORDS
    assert L.SAID_WORDS | {"say"} == L.SAY_WORDS
    assert L.SAID == ("said", "says", "told", "tells")


_SPELT_OUT = re.compile(r"monday\W{1,3}tuesday\W{1,3}wednesday|january\W{1,3}february\W{1,3}march"
                        r"|said\W{1,3}says\W{1,3}(?:say\W{1,3})?told\W{1,3}tells", re.I)


def test_lists_have_one_home() -> None:
    """No engine module spells out the weekdays, the months or the verbs of saying again: it imports them."""
    root = Path(__file__).resolve().parents[2] / "summarizer"
    spelt = [p.name for p in root.glob("*.py") if p.name != "lexicon.py" and _SPELT_OUT.search(p.read_text())]
    assert spelt == []
