"""Irregular verb forms fold to the stem of their base; demonyms to their place in novelty's terms (made-up text)."""
from summarizer.memory import features
from summarizer.paraphrase import place_term, with_places
from summarizer.text import canon, terms
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


def test_novelty_terms_fold_demonyms_but_plain_terms_do_not() -> None:
    a = features("Mexican officials suspended classes and families fled the capital.")
    b = features("Officials in Mexico suspend classes as families flee the capital.")
    assert set(a.terms) == set(b.terms)
    assert canon("mexican") in terms("Mexican officials")  # story vectors keep the demonym apart


def test_with_places_keeps_the_higher_weight_and_shares_a_dict_without_demonyms() -> None:
    folded = with_places({canon("haitians"): 4.0, canon("haiti"): 3.0, "quak": 2.0})
    assert folded == {canon("haiti"): 4.0, "quak": 2.0}
    plain = {"quak": 2.0}
    assert with_places(plain) is plain


def test_unlisted_and_ambiguous_words_are_left_alone() -> None:
    assert base_form("wound") == "wound"  # an injury as often as a past form of "wind"
    assert "pole" not in DEMONYMS
    assert canon("founded") != canon("found")  # "found a company" is not "find"


def test_a_stop_word_base_keeps_its_forms_out() -> None:
    assert canon("know") == ""
    assert canon("knew") == ""  # not in the stop list itself: its base is
