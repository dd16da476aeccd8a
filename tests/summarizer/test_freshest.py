"""Within one digest, no line tells an older value of a count after a fresher one (made-up sentences)."""
from datetime import datetime

from summarizer.freshest import counts, freshest, stale_lines
from summarizer.models import Item, Kind, StoryDigest

DAY = datetime(2031, 3, 4)


def line(text: str, kind: Kind = Kind.NEW, earlier: str = "") -> Item:
    return Item(kind=kind, text=text, sources=[], earlier=earlier)


def when(_: Item) -> datetime:
    return DAY


def digest(*items: Item, story: str = "s1") -> list[StoryDigest]:
    section = StoryDigest(story, "Fever")
    section.items = list(items)
    return [section]


FRESH = "The girl is one of 84 cases of river fever in Veltria and had visited relatives in Osterby."


def test_a_lower_count_that_says_more_stays_as_new() -> None:
    older = line("Officials have confirmed 61 cases of river fever in Veltria, most of them mild, with four in hospital.")
    assert stale_lines([("s1", line(FRESH)), ("s1", older)], when) == {1: (0, False, True)}
    out = digest(line(FRESH), line(older.text, Kind.UPDATED, "40 cases"))
    freshest(out, when)
    assert [(i.kind, i.earlier) for i in out[0].items] == [(Kind.NEW, ""), (Kind.NEW, "")]


def test_a_line_that_only_tells_an_older_count_goes() -> None:
    out = digest(line(FRESH), line("So far, only 61 cases have been reported in Veltria.", Kind.UPDATED, "40 cases"))
    freshest(out, when)
    assert [i.text for i in out[0].items] == [FRESH]


def test_an_update_to_a_value_already_shown_is_no_update() -> None:
    first = line("Health agency: the fever has caused about 3,100 infections in 12 countries and 48 people have died.")
    again = line("According to the agency's latest tally, 48 people have died of the fever.", Kind.UPDATED, "41 deaths")
    out = digest(first, again)
    freshest(out, when)
    assert [i.kind for i in out[0].items] == [Kind.NEW, Kind.NEW]


def test_a_higher_or_other_count_is_not_stale() -> None:
    cases = [
        line("There have been 3,180 infections confirmed in 12 countries."),  # above "about 3,100": fresher
        line("Osterby has confirmed 30 cases of the fever."),  # another place
        line("Up to 70 people may have died of the fever in Veltria."),  # an "up to" against a plain count
        line("The fever has infected 20 people in Veltria."),  # under half: more often another count
    ]
    first = line("Health agency: the fever has caused about 3,100 infections and killed 48 people in Veltria.")
    assert stale_lines([("s1", first)] + [("s1", c) for c in cases], when) == {}


def test_a_lower_count_of_a_later_article_is_left_alone() -> None:
    later = line("So far, only 61 cases have been reported in Veltria.")
    assert stale_lines([("s1", line(FRESH)), ("s1", later)], lambda i: DAY.replace(hour=12) if i is later else DAY) == {}


def test_unplaced_counts_are_one_count_only_within_a_story() -> None:
    first, again = line("The fever has now killed 52 people, the agency said."), line("The fever has killed 47 people.")
    assert stale_lines([("s1", first), ("s1", again)], when) == {1: (0, True, True)}
    assert stale_lines([("s1", first), ("s2", again)], when) == {}


def test_counts_leave_out_groups_small_and_daily_counts() -> None:
    text = "Twelve countries have reported 3,100 cases, 9 of them in Osterby, and 300 new cases a day."
    assert [q.raw for q in counts(text)] == ["3,100 cases"]


def test_past_the_first_words_a_lower_count_that_says_more_is_minor() -> None:
    older = "Officials have confirmed 61 cases of river fever in Veltria, most of them mild, with four in hospital."
    other = "Schools in Osterby will stay closed until the end of the week while the town's clinics test pupils."
    out = digest(line(FRESH), line(other), line(older, Kind.UPDATED, "40 cases"))
    freshest(out, when, past=30)  # FRESH and the closed schools: 36 words, so the older count's line comes past them
    assert [i.text for i in out[0].items] == [FRESH, other] and out[0].minor == 1
    out = digest(line(FRESH), line(older))
    freshest(out, when, past=30)  # within the first 30 words it stays, as with no bound
    assert [i.text for i in out[0].items] == [FRESH, older] and out[0].minor == 0
