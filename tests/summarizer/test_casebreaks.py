"""A common word the article capitalises only where a glued unit opens (:mod:`summarizer.casebreaks`)."""
from __future__ import annotations

import pytest

from summarizer.casebreaks import break_case_glued
from summarizer.clean import clean_text

PAGE = ["Demand for water has been outstripping supply in the capital Aid workers dealing with the flood "
        "struggle to make sure aid reaches every village.",
        "Most aid arrives by road, officials said."]


def test_a_standfirst_glued_after_a_headline_is_cut() -> None:
    assert break_case_glued(PAGE) == ["Demand for water has been outstripping supply in the capital",
                                      "Aid workers dealing with the flood struggle to make sure aid reaches "
                                      "every village.", PAGE[1]]


def test_names_titles_and_noun_phrases_are_not_cut() -> None:
    lines = ["The lobby groups of the football World Cup in 2014 were planning more stadiums than the world cup had.",
             "He pulled up the old report and praised Aid workers, who have come from Christian Aid in London.",
             "The book was released by a small firm in the town called Hope which has sold it.",
             "They hope the aid will come soon."]
    assert break_case_glued(lines) == lines
    noun = ["The vicar of the village celebrated Mass at an altar made from a crate, as mass was held each week."]
    assert break_case_glued(noun) == noun  # "Mass at an altar made": a noun phrase, no clause


def test_clean_text_makes_the_cut_fragment_its_own_line() -> None:
    assert clean_text("\n".join(PAGE)).text.split("\n")[1].startswith("Aid workers dealing")


def test_a_kicker_headline_block_ends_before_a_subject_and_an_auxiliary() -> None:
    line = "Five days on: Children rescued from under the town's rubble Rescuers have pulled a boy free from a building."
    assert break_case_glued([line]) == ["Five days on: Children rescued from under the town's rubble",
                                        "Rescuers have pulled a boy free from a building."]
    plain = "Children were rescued from under the town's rubble Rescuers have pulled a boy free from a building."
    assert break_case_glued([plain]) == [plain]  # no kicker and no lower-case "rescuers": no evidence


def test_the_items_of_a_flattened_fact_box_are_cut_apart() -> None:
    line = ("A strong sedative mostly given before and during operations Can also be taken in low doses to ease "
            "pain Produced as a milky liquid and given by drip Sold under the trade name Sedafol")
    assert break_case_glued([line]) == ["A strong sedative mostly given before and during operations",
                                        "Can also be taken in low doses to ease pain",
                                        "Produced as a milky liquid and given by drip", "Sold under the trade name Sedafol"]


def test_the_sentence_after_a_fact_boxs_last_item_is_cut_off_it() -> None:
    box = ("A strong sedative mostly given before and during operations Can also be taken in low doses to ease "
           "pain Produced as a milky liquid and given by drip Sold under the trade name Sedafol")
    assert break_case_glued([box + " Lowmere's surgeon, Jo Roe, has denied any wrongdoing."])[-2:] == [
        "Sold under the trade name Sedafol", "Lowmere's surgeon, Jo Roe, has denied any wrongdoing."]
    # a name phrase inside the last item, with no verb close behind, stays in it
    named = box.replace("Sedafol", "Sedafol Forte in Lowmere and across the whole of the northern coast")
    assert break_case_glued([named])[-1] == "Sold under the trade name Sedafol Forte in Lowmere and across the whole of the northern coast"


def test_one_capitalised_participle_or_one_after_a_function_word_is_no_fact_box() -> None:
    one = "The sedative is mostly given before and during operations Produced in Lowmere it is sold worldwide."
    assert break_case_glued([one]) == [one]
    words = "The council said the bridge was Closed last week and Reopened yesterday by its engineers."
    assert break_case_glued([words]) == [words]


def test_a_speaking_caption_with_unmarked_words_is_cut_off_the_lead() -> None:
    line = "Dr Jo Roe speaking on 3 May: I told the truth Bottles of pills found in the house show they were prescribed."
    assert break_case_glued([line]) == ["Dr Jo Roe speaking on 3 May: I told the truth",
                                        "Bottles of pills found in the house show they were prescribed."]
    said = "Jo Roe speaking to the press: the ferry will run until May in Lowmere, she said."
    assert break_case_glued([said]) == [said]


def test_a_whole_clause_heading_is_cut_off_a_titled_speakers_sentence() -> None:
    line = "Residents are being told not to panic Dr Jo Roe from the HPA said anyone feeling unwell should stay home."
    assert break_case_glued([line]) == ["Residents are being told not to panic",
                                        "Dr Jo Roe from the HPA said anyone feeling unwell should stay home."]
    for whole in ("These are the patients Dr Jo Roe said were ill with the flu in the town.",
                  "Mr Poe told the hearing Dr Jo Roe said that the ferry had sunk in the night."):
        assert break_case_glued([whole]) == [whole]


def test_a_long_line_checks_headline_seams_only_before_its_first_stop(monkeypatch: pytest.MonkeyPatch) -> None:
    import summarizer.casebreaks as cb

    calls: list[int] = []
    real = cb.new_seam
    monkeypatch.setattr(cb, "new_seam", lambda tokens, i, lower, capital: calls.append(i) or real(tokens, i, lower, capital))
    line = "Ferry strike ends at last " + " ".join(f"The union said on day {n} that crews would sail." for n in range(2000))
    assert cb.break_case_glued([line])  # one line of 20,000 words: a stop ends any headline block
    assert len(calls) < 20, len(calls)  # before: a seam check (and a copy of the rest of the line) at every word
