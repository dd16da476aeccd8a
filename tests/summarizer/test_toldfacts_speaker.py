"""A told figure retold by a new speaker named before "says", in a hedge with a quoted phrase, is a retelling."""
from __future__ import annotations

from tests.fakes.builders import memory_of
from summarizer.condense import core
from summarizer.memory import features
from summarizer.novelty import judge
from summarizer.toldfacts import claim, told_figures

TOLD = "Up to 300 people have been killed in Quellmark and 4,000 made homeless by the floods."
RETOLD = ('The senior army officer in Quellmark, Col Ilsa Varn, says it is a "sensible conclusion" that up to 300 people may '
          'have died in the floods.')


def test_claim_leaves_out_a_leading_speaker_only_when_asked() -> None:
    text = "The head of the Quellmark board, Dr Ilsa Varn, says that 312 cases have been confirmed across the valley."
    assert claim(text, leading=True) == "312 cases have been confirmed across the valley."
    assert claim(text) == text  # a line of its own keeps who speaks


def test_a_leading_phrase_with_a_verb_is_no_speaker() -> None:
    text = "The minister visited the flooded towns and said 312 cases have been confirmed across the valley."
    assert claim(text, leading=True) == text


def test_a_figure_retold_by_a_new_speaker_in_a_hedge_is_known() -> None:
    assert not judge(RETOLD, memory_of(TOLD), "s", core(RETOLD)).novel


def test_another_value_by_the_new_speaker_is_news() -> None:
    text = RETOLD.replace("300", "450")
    assert judge(text, memory_of(TOLD), "s", core(text)).novel


def test_a_quoted_statement_is_still_a_new_fact_of_a_retelling() -> None:
    """A quoted phrase of two words is wording; a quoted statement of the new speaker is what he adds."""
    text = ('The senior army officer in Quellmark, Col Ilsa Varn, says that up to 300 people may have died: "we found '
            'whole villages buried under mud and rubble".')
    assert judge(text, memory_of(TOLD), "s", core(text)).novel


def test_a_figure_of_no_place_is_placed_by_the_places_its_sentence_names() -> None:
    text = "The senior army officer in Quellmark says up to 300 people may have died."
    assert told_figures(features(text), [], memory_of(TOLD)) is not None
    elsewhere = "The senior army officer in Varnland says up to 300 people may have died."
    assert told_figures(features(elsewhere), [], memory_of(TOLD)) is None
