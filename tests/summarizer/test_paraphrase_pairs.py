"""Paraphrase refinements: containment in the union of two known sentences, and a new main action."""
from __future__ import annotations

from enginekit import memory_of
from summarizer.condense import core
from summarizer.novelty import Memory, judge
from summarizer.paraphrase import action_words, main_action, new_action, pair_containment, with_numerals
from summarizer.text import terms


def test_action_words_skip_auxiliaries_reporting_verbs_and_quotations() -> None:
    words = action_words('Officials said the results were delayed and "would surely be released".')
    assert words == ["delayed"]


def test_action_words_find_a_bare_form_after_a_modal_and_a_progressive() -> None:
    assert action_words("The minister will resign.") == ["resign"]
    assert action_words("Families are slowly leaving the town.") == ["leaving"]


def test_action_words_see_through_negation_and_short_adverbs() -> None:
    assert action_words("The minister will not resign.") == ["resign"]
    assert action_words("Families are now leaving the town.") == ["leaving"]


def test_action_words_leave_out_adjectives_and_changes_of_degree() -> None:
    assert action_words("The shamed banker faces a devastated town.") == []
    assert action_words("There are unconfirmed reports.") == []
    assert action_words("Ties between the two countries have deepened.") == []


def test_main_action_skips_a_reduced_relative_clause() -> None:
    assert main_action("The trial of the builder accused of fraud has been postponed until May.") == "postponed"
    assert main_action("Police arrested a builder accused of fraud.") == "arrested"  # the first verb acts
    assert main_action("The builder was accused of fraud by the council.") == "accused"  # after an auxiliary


def test_main_action_skips_leading_adverbials_and_asides() -> None:
    assert main_action("Under the law, having lost every appeal, the firm was liquidated.") == "liquidated"
    assert main_action("Mr Kowalski, who founded the firm in 1990, resigned on Monday.") == "resigned"


def test_new_action_needs_an_untold_and_uncommon_verb() -> None:
    told = terms("The coroner will publish the autopsy results next week.")
    assert new_action("The autopsy results were delayed, the coroner said.", told) == "delayed"
    assert new_action("The autopsy results were published, the coroner said.", told) == ""  # told already
    assert new_action("The coroner made the autopsy results public.", set()) == ""  # "made" says too little


def test_numbers_in_words_are_read_as_digits() -> None:
    assert "4" in with_numerals("He fired four shots.", terms("He fired four shots."))
    twelve = with_numerals("Twelve workers died.", terms("Twelve workers died."))
    assert "12" in twelve and "twelv" not in twelve
    told = terms("He fired 4 shots.")
    assert with_numerals("He fired 4 shots.", told) is told  # nothing to read: the shared dict itself


def test_numbers_in_larger_figures_and_one_are_left_alone() -> None:
    text = "Two hundred fled and one of them died."
    assert with_numerals(text, terms(text)) == terms(text)


def test_a_figure_told_in_words_is_contained_in_it_in_digits() -> None:
    memory = memory_of("Rebels freed eight hostages near Goma on Sunday after talks with the army.")
    again = "8 hostages were freed by the rebels near Goma, officials said."
    v = judge(again, memory, "s1", core(again))
    assert not v.novel and v.containment == 1.0  # "8" is "eight": nothing of it is new


def test_pair_containment_is_the_union_of_the_closest_and_the_best_second() -> None:
    sentence = {"quake": 1.0, "capital": 1.0, "island": 1.0, "felt": 1.0}
    closest, useless, second = {"quake", "capital"}, {"capital"}, {"island"}
    assert pair_containment(sentence, 4.0, [closest]) == 0.5
    assert pair_containment(sentence, 4.0, [closest, useless, second]) == 0.75
    assert pair_containment(sentence, 4.0, []) == 0.0


def _autopsy_memory() -> Memory:
    return memory_of(
        "The coroner examined the body of the singer at the hospital in Los Angeles.",
        "Relatives of the singer asked for a second autopsy.",
        "Toxicology results from the coroner could take weeks, experts said.",
    )


def test_a_new_main_action_among_known_words_is_news() -> None:
    """Most words known across several sentences, but what happened is new: not a repeat by coverage."""
    new = "The toxicology results of the singer's autopsy have been postponed at the hospital."
    v = judge(new, _autopsy_memory(), "s1", core(new))
    assert v.novel
    assert (v.containment + v.coverage) / 2 >= 0.55  # known words alone would have made it a repeat


def test_a_known_action_among_known_words_is_still_a_repeat() -> None:
    new = "The toxicology results of the singer's second autopsy will come within weeks."
    assert not judge(new, _autopsy_memory(), "s1", core(new)).novel


def test_an_action_told_in_a_known_sentence_is_no_new_action() -> None:
    memory = _autopsy_memory()
    memory.add("The football final in Madrid was postponed.", "s1", "known")
    new = "The toxicology results of the singer's autopsy have been postponed at the hospital."
    assert not judge(new, memory, "s1", core(new)).novel


def test_an_action_told_far_from_the_nearest_sentences_is_no_new_action() -> None:
    """The action is looked up in the whole memory, not only in the nearest sentences."""
    memory = memory_of(
        "The coroner examined the body of the singer at the hospital in Los Angeles.",
        "Relatives of the singer asked for a second autopsy.",
        "Toxicology results from the coroner could take weeks, experts said.",
        "The singer's autopsy was carried out by the county coroner.",
        "Fans of the singer gathered outside the hospital.",
        "The autopsy of the singer took three hours.",
        "Toxicology tests on the singer are routine, the coroner said.",
        "The singer's doctor was at the hospital.",
        "The football final in Madrid was postponed.",  # the only "postponed": not among the nearest
    )
    new = "The toxicology results of the singer's autopsy have been postponed at the hospital."
    v = judge(new, memory, "s1", core(new))
    assert "postpon" not in v.known_terms
    assert not v.novel


def test_memory_mentions_terms_of_its_own_and_its_parent_sentences() -> None:
    channel = memory_of("The football final in Madrid was postponed.")
    user = Memory(parent=channel)
    user.add("Fans booed the referee.", "s1", "mine")
    assert user.mentions("postpon") and user.mentions("boo")
    assert not channel.mentions("boo") and not user.mentions("cancel")


def test_a_repeat_told_in_another_story_is_still_known() -> None:
    """Memory is per audience, not per story: a sentence split into another story does not come back."""
    memory = memory_of("Rebels seized the airport in Goma on Sunday after heavy fighting.", story_id="war-1")
    again = "On Sunday rebels seized Goma airport after heavy fighting."
    assert not judge(again, memory, "war-2", core(again)).novel
