"""Fact-level memory: a sentence whose figures were all told, in other words, is a retelling."""
from __future__ import annotations

from tests.fakes.builders import memory_of
import summarizer.toldfacts as toldfacts
from summarizer.condense import core
from summarizer.memory import features
from summarizer.novelty import judge
from summarizer.toldfacts import claim, new_names, told_figures

TOLD = "Lowmere has confirmed a total of 312 human cases of river fever, health officials said on Tuesday."
RETOLD = ('" We are now reporting 312 confirmed cases in Lowmere, " Dr. Ilsa Varn, acting head of the national health '
          'board, told a news briefing.')


def test_a_told_figure_retold_by_another_speaker_is_known() -> None:
    for new_actions in (True, False):
        verdict = judge(RETOLD, memory_of(TOLD), "s", core(RETOLD), new_actions=new_actions)
        assert not verdict.novel


def test_without_the_told_figure_the_same_words_are_news(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The retelling shares too few words to be a repeat by words alone: the told figure makes it one."""
    monkeypatch.setattr("summarizer.novelty.FIGURE_MEAN", 1.01)
    assert judge(RETOLD, memory_of(TOLD), "s", core(RETOLD)).novel


def test_another_value_is_no_retelling() -> None:
    text = RETOLD.replace("312", "348")
    verdict = judge(text, memory_of(TOLD), "s", core(text))
    assert verdict.novel


def test_an_old_value_of_the_slot_is_no_retelling() -> None:
    """Three later totals were told since: 312 is no longer the current figure (another count, or an old one)."""
    later = [f"Lowmere has confirmed a total of {n} human cases of river fever, officials said on Friday." for n in (340, 365, 390)]
    memory = memory_of(TOLD, *later)
    assert told_figures(features(RETOLD), [], memory) is None
    assert judge(RETOLD, memory, "s", core(RETOLD), new_actions=False).novel


def test_vague_and_small_figures_are_no_facts_of_their_own() -> None:
    memory = memory_of("Thousands of people fled the river towns of Lowmere and 4 bridges were closed.")
    assert told_figures(features("Thousands of people were seen leaving Lowmere on foot."), [], memory) is None
    assert told_figures(features("Rescuers said 4 bridges were closed in Lowmere."), [], memory) is None
    assert toldfacts.SMALL_COUNT >= 4


def test_claim_leaves_out_who_says_it() -> None:
    assert claim(core(RETOLD)) == "We are now reporting 312 confirmed cases in Lowmere"
    assert claim("Up to 4,000 sheep could be culled across the valley, a cabinet spokesman said.") == (
        "Up to 4,000 sheep could be culled across the valley.")


def test_a_name_of_the_figures_place_is_no_new_name() -> None:
    def told(term: str) -> bool:
        return False
    text = "Officials are reporting 312 confirmed cases in the United States, Dr Ilsa Varn said."
    assert new_names(text, told, frozenset({"america"})) == ["ilsa varn"]
    assert "united states" in [n.lower() for n in new_names(text, told, frozenset())]


def test_a_value_of_no_named_place_is_no_retelling() -> None:
    """A time gap of no named rider or place recurs in too many stories to be one fact."""
    memory = memory_of("Reshton cut his losses on the climb to only 43sec in the stage to Valbonne.")
    text = "Both favourites chose to limit their losses on the long final climb, which ran out at 43sec."
    assert told_figures(features(text), [], memory) is None


def test_a_speaker_weighing_more_than_the_claim_does_not_make_a_retold_figure_news() -> None:
    """The speaker's name is most of the words: what the sentence claims, the told figure, is weighed instead."""
    told = "Lowmere health officials counted a total of 91 cases of river fever on Tuesday."
    retold = "Dr. Ilsa Varnhagen-Ostrowski of Quellmark: “We're reporting 91 confirmed cases in Lowmere”"
    assert not judge(retold, memory_of(told), "s", core(retold)).novel
    assert judge(retold.replace("91", "97"), memory_of(told), "s", core(retold)).novel  # a new value of the count
    assert judge(retold, memory_of(told), "s", core(retold), claims=False).novel  # weighed with its speaker


def test_a_name_within_the_places_of_the_figures_is_no_new_name() -> None:
    """The places of a figure hold the speaker's words too: a name among them is told, a name beyond them is not."""
    def told(term: str) -> bool:
        return False
    text = "Officials are reporting 312 confirmed cases in the United States, Dr Ilsa Varn said."
    assert new_names(text, told, frozenset({"america", "ilsa", "varn"})) == []
    assert [n.lower() for n in new_names(text, told, frozenset({"ilsa", "varn"}))] == ["united states"]
