"""One event told twice in one digest in other words, and events that must stay two lines (made-up sentences)."""
import pytest

from summarizer.sameevent import same_event, signature

APOLOGY = "Maria Kovac apologised to the staff of her Brightwater charity before a television interview."
RETOLD = "The disgraced founder addressed a tearful meeting of Brightwater staff and said “I'm sorry”."


def test_an_apology_told_by_its_words_is_the_same_event() -> None:
    assert same_event(RETOLD, APOLOGY)
    assert signature(APOLOGY).action & signature(RETOLD).said  # "sorry" is read as the apology it tells
    assert not same_event(RETOLD.replace("said “I'm sorry”", "thanked them"), APOLOGY)


@pytest.mark.parametrize("line, earlier", [
    # two events of one actor: another action
    ("Maria Kovac resigned from the board of her Brightwater charity.", APOLOGY),
    # one action of one actor, another object
    ("Maria Kovac apologised to the talk-show host for her earlier denials.", APOLOGY),
    # two named actors doing one thing to one object
    ("Ivan Petrow condemned the governor's decision to close the Lindmark shipyard.",
     "Anna Soller condemned the governor's decision to close the Lindmark shipyard."),
    # one measure in two places
    ("Health officials confirmed 27 cases of the Corvid flu in Velmora.",
     "Health officials confirmed 27 cases of the Corvid flu in Ostrava."),
    # a day's count against a cumulative one
    ("Health officials in Ostrava confirmed 27 new cases of the Corvid flu.",
     "Health officials in Ostrava confirmed 27 cases of the Corvid flu."),
    # a figure the earlier line lacks
    ("Health officials in Ostrava confirmed 31 cases of the Corvid flu and two deaths.",
     "Health officials in Ostrava confirmed 31 cases of the Corvid flu."),
    # the other polarity
    ("Maria Kovac did not apologise to the staff of her Brightwater charity.", APOLOGY),
    # a prospect is not the event
    ("Maria Kovac is expected to apologise to the staff of her Brightwater charity.", APOLOGY),
])
def test_different_events_stay_separate(line: str, earlier: str) -> None:
    assert not same_event(line, earlier)



# -- one count told twice (summarizer.sameevent.merged) and the retelling merged into a story's lines -----------------
from summarizer.models import Item, Kind, SourceRef  # noqa: E402
from summarizer.retell import ToldLines, merge  # noqa: E402
from summarizer.sameevent import count_line, merged  # noqa: E402

NINE = "Nine countries have reported cases of the Corvid flu."
ELEVEN = "Eleven countries have confirmed cases of the Corvid flu, which has alarmed health officials."
AGENCY = "The Velmora Health Agency confirmed 612 Corvid infections in 14 countries."
AGENCY_LATER = "The Velmora Health Agency says its laboratories had identified a total of 705 Corvid infections in 15 countries."


@pytest.mark.parametrize("earlier, later", [(NINE, ELEVEN), (AGENCY, AGENCY_LATER)])
def test_a_cumulative_count_told_twice_keeps_its_latest_figure(earlier: str, later: str) -> None:
    assert count_line(earlier)
    assert merged(later, earlier) == "line"
    assert merged(earlier, later) == "other"  # whichever came first


def test_one_count_at_one_figure_keeps_the_line_with_more_facts_then_the_cleaner() -> None:
    deaths = "At least 41 people have died of the Corvid flu, the Velmora Health Agency says."
    fuller = "The Velmora Health Agency said confirmed cases of Corvid flu had climbed to 3,120, including 41 deaths."
    assert merged(deaths, fuller) == "other"
    assert merged(APOLOGY, RETOLD) == "line"  # one event, one figure set: the cleaner complete sentence
    assert merged(RETOLD, APOLOGY) == "other"


@pytest.mark.parametrize("line, other", [
    # one measure in two places
    ("Health officials confirmed 27 cases of the Corvid flu in Velmora.",
     "Health officials confirmed 31 cases of the Corvid flu in Ostrava."),
    # a day's count against a cumulative one
    ("Health officials in Ostrava confirmed 9 new cases of the Corvid flu.",
     "Health officials in Ostrava have confirmed 12 cases of the Corvid flu."),
    # possible cases against confirmed ones
    ("The agency said it was investigating 230 possible cases.", "The new strain has infected 257 people."),
    # another group of people
    ("Four patients infected with the strain have died.", "Five children have died of the Corvid flu."),
    # figures too far apart to be one count told late
    ("Ostrava has 400 confirmed cases of the Corvid flu.", "Ostrava has 1,900 confirmed cases of the Corvid flu."),
    # a count that need not grow, told as often: a conflict
    ("Velmora has 3,000 troops in Ostrava.", "Velmora has 3,500 troops in Ostrava."),
    # the older figure told as the aside of another event: that event stays
    ("Schools reopened in Ostrava despite fears over a Corvid flu that has killed 120 people there.",
     "At least 149 people have died of the Corvid flu in Ostrava."),
])
def test_two_counts_or_a_count_and_an_event_stay_separate(line: str, other: str) -> None:
    assert merged(line, other) == ""
    assert merged(other, line) == ""


def test_the_count_line_gives_way_to_an_event_telling_a_later_figure() -> None:
    assert merged("At least 120 people have died of the Corvid flu in Ostrava.",
                  "Schools reopened in Ostrava despite fears over a Corvid flu that has killed 149 people there.") == "other"


def _item(text: str, *outlets: str) -> Item:
    return Item(Kind.NEW, text, [SourceRef(o, article_id=o) for o in outlets])


def test_merge_puts_the_representative_in_the_kept_line_place_citing_both_outlets() -> None:
    kept = [("a", _item(NINE, "wire")), ("b", _item("Velmora closed its schools for a week.", "daily"))]
    shown = ToldLines()
    later = _item(ELEVEN, "radio")
    assert merge([kept], "c", later, shown)
    assert [line.text for _, line in kept] == [ELEVEN, "Velmora closed its schools for a week."]
    assert kept[0][0] == "c" and [s.name for s in kept[0][1].sources] == ["radio", "wire"]
    assert list(shown) == [ELEVEN]
    earlier = _item(NINE, "tv")
    assert merge([kept], "d", earlier, shown) and kept[0][1].text == ELEVEN  # an older figure is cited, not shown
    assert [s.name for s in kept[0][1].sources] == ["radio", "wire", "tv"]
    assert not merge([kept], "e", _item("Ostrava opened a field hospital.", "tv"), shown)


def test_the_representative_is_shown_as_what_both_tellings_say_when_that_keeps_its_names_and_figures() -> None:
    apology = APOLOGY.replace(" before a television interview.", " before a television interview with Tom Berg.")
    short = "Maria Kovac apologised to the staff of her Brightwater charity."
    kept = [("a", _item(apology, "wire"))]
    assert merge([kept], "b", _item(RETOLD, "radio"), ToldLines(), lambda src, other: _item(short))
    assert kept[0] == ("a", kept[0][1]) and kept[0][1].text == short
    assert [s.name for s in kept[0][1].sources] == ["wire", "radio"]
    kept = [("a", _item(apology, "wire"))]
    unnamed = "The founder apologised to the staff."  # loses the names: the full line stays
    assert merge([kept], "b", _item(RETOLD, "radio"), ToldLines(), lambda src, other: _item(unnamed))
    assert kept[0][1].text == apology


# -- one outcome told with another verb of its class (summarizer.sameevent.same_outcome) ------------------------------
from summarizer.sameevent import same_outcome  # noqa: E402

FREED = "Lena Ostrova has been freed on bail after a long hearing that has gripped the port city of Varna."
GRANTED = "Magistrate Piet Kruger has granted Lena Ostrova bail ahead of her trial for the alleged fraud at Norvik Bank."


def test_an_outcome_told_with_another_verb_of_its_class_keeps_the_telling_of_its_actor() -> None:
    assert not same_event(GRANTED, FREED) and not same_event(FREED, GRANTED)  # other verb, other names
    assert same_outcome(GRANTED, FREED)
    assert merged(GRANTED, FREED) == "other"  # the telling of the actor both name, as its subject, stays
    assert merged(FREED, GRANTED) == "line"  # whichever came first
    fuller = "Magistrate Piet Kruger has granted Lena Ostrova bail of 50,000 euros ahead of her trial."
    assert not same_outcome(fuller, FREED)  # a figure of its own: told only by the line that has it
    assert merged(fuller, FREED) == "line"  # the fuller telling stays


@pytest.mark.parametrize("line", [
    "Magistrate Piet Kruger has refused Lena Ostrova bail ahead of her trial for the alleged fraud at Norvik Bank.",
    "Magistrate Piet Kruger has granted Mira Ostrova bail ahead of her trial.",  # one name word shared: another actor
    "Magistrate Piet Kruger has granted Lena Ostrova access to her lawyers ahead of her trial.",  # another object
    "Magistrate Piet Kruger has not granted Lena Ostrova bail ahead of her trial.",  # the other polarity
    "Magistrate Piet Kruger is expected to grant Lena Ostrova bail ahead of her trial.",  # a prospect
])
def test_other_outcomes_stay_separate(line: str) -> None:
    assert not same_outcome(line, FREED) and not same_outcome(FREED, line)
    assert merged(line, FREED) == ""


def test_an_outcome_told_only_in_asides_is_no_event_of_either_line() -> None:
    line = "The campaign by Varna's clerks to reinstate judges sacked by President Tomas Brenner has prompted debate."
    earlier = "Two years after Ilse Marek was first sacked by President Tomas Brenner, officials said she would return to court."
    assert not same_outcome(line, earlier) and not same_outcome(earlier, line)


def test_a_lines_outcome_classes_are_kept_in_its_signature() -> None:
    """speed33: the outcome classes :func:`same_outcome` compares are read once per line, with its cached signature:
    of what the line claims, its source label and trailing speaker aside."""
    from summarizer.outcomes import outcomes
    assert signature(FREED).outcomes and signature(FREED).outcomes == outcomes(FREED)
    assert signature("Varna Herald: " + FREED[:-1] + ", her lawyer said.").outcomes == signature(FREED).outcomes


def test_an_event_told_by_a_move_or_a_framing_clause_and_a_name_told_by_surname_are_one_event() -> None:
    assert merged("Jo Roe was taken to hospital with suspected swine flu.",
                  "Boxer Jo Roe has been hospitalised with flu symptoms.")
    earlier = "The move to freeze aid came as the senate voted unanimously to confirm General Ada Lunn as commander."
    later = "The aid freeze came as the senate voted 87-0 in support of appointing Lunn to the command."
    assert merged(later, earlier) == "line"  # the fuller telling (its vote count) stays


@pytest.mark.parametrize("line, earlier", [
    ("At the weekend an aide, Rui Sol, was taken into custody after being removed from his seat.",
     "Police arrested the former tourism minister Ana Vela at her home."),  # two people arrested
    ("The aid freeze came as the senate voted 87-0 in support of appointing Tom Lunn to the command.",
     "The move to freeze aid came as the senate voted unanimously to confirm General Ada Lunn as commander."),
    ("Tom Lunn was taken to hospital with suspected swine flu.", "Boxer Jo Lunn has been hospitalised with flu."),
])
def test_two_people_of_one_event_or_one_surname_stay_two_lines(line: str, earlier: str) -> None:
    assert not merged(line, earlier)
    assert not merged(earlier, line)
