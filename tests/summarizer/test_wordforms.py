"""Irregular verb forms fold to the stem of their base; demonyms name their place where names are compared (made-up text)."""
from summarizer.memory import features
from summarizer.paraphrase import place_term
from summarizer.text import canon
from summarizer.wordforms import DEMONYMS, base_form


def test_irregular_forms_share_the_base_stem() -> None:
    assert canon("sought") == canon("seeks") == canon("seeking")
    assert canon("spent") == canon("spending")
    assert canon("withdrew") == canon("withdrawn") == canon("withdraws")


def test_demonyms_name_their_place() -> None:
    assert place_term(canon("haitians")) == place_term(canon("haitian")) == canon("haiti")
    assert place_term(canon("ecuadorean")) == place_term(canon("ecuadorian")) == canon("ecuador")
    assert DEMONYMS["swiss"] == "switzerland"
    assert place_term(canon("embassy")) == canon("embassy")


def test_novelty_terms_fold_irregular_verbs_but_keep_demonyms_apart() -> None:
    a = features("Mexican officials suspended classes and families fled the capital.")
    b = features("Mexican officials suspend classes as families flee the capital.")
    assert set(a.terms) == set(b.terms)
    assert canon("mexican") in features("Officials in Mexico and Mexican families").terms  # not folded into "mexico"


def test_unlisted_and_ambiguous_words_are_left_alone() -> None:
    assert base_form("wound") == "wound"  # an injury as often as a past form of "wind"
    assert "pole" not in DEMONYMS
    assert canon("founded") != canon("found")  # "found a company" is not "find"


def test_a_stop_word_base_keeps_its_forms_out() -> None:
    assert canon("know") == ""
    assert canon("knew") == ""  # not in the stop list itself: its base is
