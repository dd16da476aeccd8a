"""Settings a headline leaves out (summarizer.settingcuts): the channel after a verb of saying (an audience that is
only the channel), an opening relative time."""
from __future__ import annotations

from summarizer.condense import condense
from summarizer.memory import features
from summarizer.settingcuts import setting_edits


def _cuts(text: str) -> list[str]:
    return [text[e.start:e.end] for e in setting_edits(text)]


def _all_new(text: str) -> str:
    """``text`` condensed as a line whose every term is new to the reader, its figures and days kept."""
    f = features(text)
    facts = [q.raw for q in f.quantities if not q.attribute] + [d.raw for d in f.days]
    return condense(text, set(f.terms), target=140, hard=160, facts=facts)


def test_the_channel_after_a_verb_of_saying_goes() -> None:
    assert _cuts("The firm says on its website that it will shut two plants.") == [" on its website"]
    assert _cuts("The agency said in its latest weekly bulletin that cases had doubled.") == [
        " in its latest weekly bulletin"]
    assert _all_new("The bakery chain says on its website that it will close its four stores in the north by June.") == (
        "The bakery chain says it will close its four stores in the north by June.")


def test_a_channel_that_goes_on_or_names_someone_stays() -> None:
    assert _cuts("The mayor said in an interview with the local radio that the bridge would reopen.") == []
    assert _cuts("The group said in a report on farm wages that pay had fallen.") == []
    assert _cuts("The minister spoke in a statement of regret about the delays.") == []  # no verb of saying before it


def test_an_opening_time_counted_from_an_untold_moment_goes() -> None:
    assert _cuts("The next day, two inspectors visited the mill.") == ["The next day, "]
    assert _cuts("Later that evening, firefighters reached the farm.") == ["Later that evening, "]
    assert _cuts("That year, the club won the cup.") == ["That year, "]
    assert _cuts("That the day was lost, everyone knew.") == []
    assert _all_new("Later that evening, firefighters reached the burning barn on the hill above the village.") == (
        "Firefighters reached the burning barn on the hill above the village.")


def test_a_date_set_off_after_an_opening_relative_time_goes_with_it() -> None:
    assert _cuts("The next day, May 4, two inspectors visited the mill.") == ["The next day, May 4, "]
    assert _cuts("The following day, Tuesday, Jan. 12, 2010, the board met in the mill.") == [
        "The following day, Tuesday, Jan. 12, 2010, "]
    assert _all_new("The following day, Tuesday, the inspectors visited the burning barn on the hill above the village.") == (
        "The inspectors visited the burning barn on the hill above the village.")


def test_an_audience_that_is_only_the_channel_becomes_said() -> None:
    assert [e.repl for e in setting_edits("The harbour master told reporters Oban's quay would reopen on Monday.")] == ["said"]
    assert _cuts("The harbour master told a news conference that the quay would reopen.") == ["told a news conference"]
    assert [e.repl for e in setting_edits("The ferry captain tells the court he saw no lights.")] == ["says"]
    assert _all_new("The harbour master told a news conference he expected the northern quay to reopen within weeks.") == (
        "The harbour master says he expected the northern quay to reopen within weeks.")  # said -> says: leadsay


def test_an_audience_that_is_named_or_goes_on_stays() -> None:
    assert _cuts("The harbour master told the BBC that the quay would reopen.") == []
    assert _cuts("The harbour master told reporters in Oban the quay would reopen.") == []  # where it was said
    assert _cuts("The harbour master told reporters after the meeting that the quay would reopen.") == []
    assert _cuts("The coach told reporters the story of his first season in the league.") == []  # an object
