"""Within one digest, a line one shown line already says in full is a retelling (made-up sentences)."""
from summarizer.condense import core
from summarizer.memory import Memory
from summarizer.models import Item, Kind
from summarizer.novelty import Verdict
from summarizer.retell import ToldLines, retold_within

FULL = "The 6.8-magnitude quake that struck south of the Veltrian capital Osterby is feared to have killed hundreds."


def told(*lines: str) -> ToldLines:
    out = ToldLines()
    for line in lines:
        out.append(line)
    return out


def new(text: str, kind: Kind = Kind.NEW) -> Item:
    return Item(kind=kind, text=text, sources=[])


def test_a_shorter_telling_of_a_shown_line_is_retold() -> None:
    shown = told(FULL)
    assert shown == [FULL]
    assert shown.retells(new("The 6.8-magnitude quake struck south of the capital."))


def test_a_quake_that_hit_is_the_quake_that_struck() -> None:
    shown = told("The 6.8-magnitude quake that hit south of the Veltrian capital Osterby is feared to have killed hundreds.")
    assert shown.retells(new("The 6.8-magnitude quake struck south of the capital."))
    assert not shown.retells(new("A 5.9-magnitude aftershock struck south of the capital."))  # another figure: shown


def test_an_irregular_verb_paraphrase_is_retold() -> None:
    shown = told("Lowmere villagers spent a third night in tents after the landslide.")
    assert shown.retells(new("Lowmere villagers are spending a third night in tents after the landslide."))


def test_a_line_sharing_only_the_story_names_is_not_retold() -> None:
    shown = told("Veltria says Norland wants a diplomatic end to its standoff with Osterby.")
    assert not shown.retells(new("Osterby tried to keep up diplomatic pressure on Norland."))


def test_a_new_figure_or_an_updated_item_is_shown() -> None:
    shown = told(FULL)
    assert not shown.retells(new("The 6.8-magnitude quake that struck south of the capital Osterby killed 412 people."))
    assert not shown.retells(new("The 6.8-magnitude quake struck south of the capital.", Kind.UPDATED))


def test_nothing_shown_retells_nothing() -> None:
    assert not ToldLines().retells(new(FULL))


def test_canceled_and_suspended_tell_one_action() -> None:
    shown = told("Veltria canceled school classes for a week.")
    assert shown.retells(new("Veltria suspended school classes for a week."))


def test_shown_lines_are_held_by_their_terms_and_judged_with_their_facts() -> None:
    shown = told("Floods in the Veltrian port of Osterby killed 40 people on Tuesday.")
    held = shown.memory.known[0]
    assert held is not None and held.features.quantities == () and "osterbi" in " ".join(held.features.terms)
    # the figure of the shown line is still read when a line is judged against it: another toll is news
    assert not shown.retells(new("Floods in the Veltrian port of Osterby killed 52 people on Tuesday."))
    assert shown.retells(new("Floods in the port of Osterby killed 40 people on Tuesday."))


CASES = "Health officials confirmed a total of 64 human cases of swine flu in Veltria on Tuesday."


def test_a_figure_retold_by_a_named_speaker_is_retold() -> None:
    shown = told(CASES)
    assert shown.retells(new("Dr. Anna Morrow: “We're reporting 64 confirmed cases in Veltria”"))


def test_a_speaker_with_a_new_figure_or_another_place_is_shown() -> None:
    shown = told(CASES)
    assert not shown.retells(new("Dr. Anna Morrow: “We're reporting 71 confirmed cases in Veltria”"))
    assert not shown.retells(new("Dr. Anna Morrow: “We're reporting 64 confirmed cases in Osterland”"))
    assert not shown.retells(new("Dr. Anna Morrow: “Two of the 64 patients have died”"))


SHORT = "Just after 2 am local time, Halvorsen posted online for the first time in a year."
LONG = "Halvorsen posted online for the first time in a year, sharing a letter to his fans and a link to his blog."


def test_a_clock_time_adjunct_does_not_hide_a_retelling() -> None:
    from summarizer.standalone import repeats, supersedes
    assert repeats(SHORT, [LONG]) and repeats(LONG, [SHORT])
    assert supersedes(LONG, SHORT) and not supersedes(SHORT, LONG)


def test_other_hours_or_other_events_stay_separate() -> None:
    from summarizer.standalone import repeats, supersedes
    first = "The verdict in the Orlov fraud trial at the Tessin court will be read at 10 am."
    assert not repeats("The verdict in the Orlov fraud trial at the Tessin court was delayed until 3 pm.", [first])
    shown = "Halvorsen posted online for the first time in a year."
    assert not repeats("Halvorsen was arrested at 2 am local time for the first time in a decade.", [shown])
    spend = "The Corvane army faces its toughest recruiting year ever and raises recruitment spending to $320m."
    told_later = "Hale says the Corvane army faces its toughest recruiting year ever and raises spending as support drops."
    assert repeats(spend, [told_later]) and not supersedes(told_later, spend)  # the figure would be lost
    assert not supersedes("Police in Tessin arrested a second man at 4 pm after the bank raid on Kell Street.",
                          "Police in Tessin arrested a man after the bank raid on Kell Street.")


def test_a_fuller_telling_takes_the_place_of_the_kept_line() -> None:
    from summarizer.retell import supersede
    kept: list[tuple[str, Item]] = [("a", new(SHORT))]
    shown = told(SHORT)
    assert supersede((kept,), "b", new(LONG), shown)
    assert kept == [("b", new(LONG))] and shown[-1] == LONG
    quoted = "Aide: “Halvorsen posted online for the first time in a year, sharing a letter to his fans”."
    assert not supersede(([("a", new(SHORT))],), "c", new(quoted), told(SHORT))
    other = "Halvorsen's lawyers filed an appeal against the ban in the Tessin high court on Friday."
    assert not supersede(([("a", new(SHORT))],), "d", new(other), told(SHORT))


def test_an_update_of_a_value_is_told_once_by_its_first_line() -> None:
    from dataclasses import replace

    from summarizer.retell import update_once

    first = replace(new("At least 40 boats are now feared to have sunk off Lowmere.", Kind.UPDATED), earlier="12 sunk")
    plain = new("Lowmere closed its harbour.")
    aside = replace(new("Fishermen went back to sea despite a gale that has sunk 52 boats there.", Kind.UPDATED),
                    earlier="12 sunk")
    other = replace(new("The gale has reached 11 ports.", Kind.UPDATED), earlier="7 ports")
    out = update_once([first, plain, aside, other])
    assert [i.kind for i in out] == [Kind.UPDATED, Kind.NEW, Kind.NEW, Kind.UPDATED]
    assert out[2].text == aside.text and out[2].earlier == "" and aside.kind is Kind.UPDATED  # a copy, its text kept
    assert out[3].earlier == "7 ports"  # another value's update stays an update
    assert update_once([aside]) == [aside]  # alone, it is the update


def _retold_lede(lede: str, item: str) -> bool:
    """Whether the lede ``lede``, judged a retelling of the digest's earlier sentence ``item``, is merged into it."""
    known = Memory().add(item, "s", "a")
    assert known is not None
    return retold_within(core(lede), Verdict(False, best=known), lede=True)


def test_a_lede_whose_figures_the_item_tells_is_merged_into_it() -> None:
    """A lede kept apart for a main event the item does not word alike ("could turn into an epidemic"
    against "stirred fears of a worldwide outbreak") is still merged when the item tells every figure it has: the count
    is the news, and kept apart the lede took a place of the story's lines from other news (invented sentences)."""
    item = ("Officials in Corvania have moved fast to stop a new form of the fever virus that has "
            "killed 57 people and stirred fears of a worldwide outbreak.")
    lede = ("A new fever virus thought to have killed as many as 57 people in Corvania could turn into an "
            "epidemic, the World Fever Agency's chief says.")
    assert _retold_lede(lede, item)


def test_a_lede_with_a_figure_of_its_own_or_none_stays_apart() -> None:
    """The day's report of a sentence the item does not tell stays its own candidate: its figure is not the item's,
    or it has no figure at all (invented sentences)."""
    scene = ("Jo Marlow, who ran the Ashby clinic for a decade, showed no emotion as 42 of her former patients watched "
             "her led down to the cells of Fenwick crown court.")
    assert not _retold_lede("Jo Marlow, who ran the Ashby clinic for a decade, has been sentenced to eight years in "
                            "prison.", scene)
    assert not _retold_lede("Jo Marlow, who ran the Ashby clinic for a decade, has been jailed.", scene)


def test_a_sentence_with_a_tally_the_item_does_not_tell_stays_apart() -> None:
    """The day's sentence that told the tally may be no item: merged into one that does not tell it, the tally is lost."""
    item = "The Lowmere assembly voted to remove Mayor Tom Harlow from office on Wednesday after a long trial."
    known = Memory().add(item, "s", "a")
    assert known is not None
    tally = "The Lowmere assembly voted 64 to 31 for the mayor's removal today."
    assert not retold_within(core(tally), Verdict(False, best=known), lede=False)
    assert retold_within(core("The assembly voted to remove the mayor on Wednesday."), Verdict(False, best=known), lede=False)


def test_one_figure_told_twice_in_a_story_is_merged_into_the_fuller_line() -> None:
    from summarizer.models import SourceRef
    from summarizer.retell import merge
    poll = "A Harbour Research poll showed 58% of respondents backed the recall of the mayor, down from 64% in May."
    short = "According to the latest polls, 58% of voters back the recall of the mayor."
    kept: list[tuple[str, Item]] = [("a", Item(kind=Kind.NEW, text=poll, sources=[SourceRef("Herald", article_id="x-1")]))]
    assert merge((kept,), "b", Item(kind=Kind.NEW, text=short, sources=[SourceRef("Courier", article_id="x-2")]), told(poll))
    assert [i.text for _, i in kept] == [poll] and [s.article_id for s in kept[0][1].sources] == ["x-1", "x-2"]
