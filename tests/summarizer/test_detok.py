"""Tokenised text is written back as people write it (:mod:`summarizer.detok`)."""
from __future__ import annotations

from summarizer.clean import clean_text, is_furniture
from summarizer.detok import detokenize, join_compounds, tokenised, unshift_quotes

TOKENISED = ("The club 's coach said they do n't know ( AP ) whether the team - mate , a 19-year - old , can not "
             "play . He earned £ 4.4 m last year .")


def test_clitics_brackets_and_currency_are_joined_everywhere() -> None:
    assert detokenize("They do n't know.") == "They don't know."
    assert detokenize("The company 's chief (AP ) spoke.") == "The company's chief (AP) spoke."
    assert detokenize("It cost £ 19bn, or $ 2.4 m a day.") == "It cost £19bn, or $2.4m a day."


def test_a_tokenised_page_gets_its_compounds_and_punctuation_back() -> None:
    assert tokenised(TOKENISED)
    assert detokenize(TOKENISED) == ("The club's coach said they don't know (AP) whether the team-mate, a 19-year-old, "
                                     "cannot play. He earned £4.4m last year.")


def test_dashes_stay_dashes_on_a_tokenised_page() -> None:
    text = ("the memoir , called Open Roads : A Country Life - wrongly called Open Toads by one presenter - "
            "sold well ; a sprinter - Jo Marren managed it - and the deal - more than £ 200 m - was signed")
    out = join_compounds(text)
    for dash in ("Life - wrongly", "presenter - sold", "sprinter - Jo", "it - and", "deal - more"):
        assert dash in out


def test_chained_and_particle_compounds_are_joined() -> None:
    text = "an off - the - books deal , a start - up craze , an iPad - like screen , a user - friendly site"
    assert join_compounds(text) == "an off-the-books deal , a start-up craze , an iPad-like screen , a user-friendly site"
    assert join_compounds("it fell - like this Tour - in the rain") == "it fell - like this Tour - in the rain"


def test_an_untokenised_page_keeps_its_spaced_hyphens() -> None:
    text = "The minister - who resigned on Monday - called the plan over - ambitious."
    assert not tokenised(text)
    assert detokenize(text) == text


def test_clean_text_detokenises() -> None:
    assert "team-mate" in clean_text(TOKENISED).text


def test_an_original_version_correction_is_furniture() -> None:
    assert is_furniture("The original version of this article misstated the governor's former job.")


def test_an_adverb_between_two_dashes_keeps_them_dashes() -> None:
    assert join_compounds("He has now - finally - been discharged") == "He has now - finally - been discharged"


def test_a_pair_of_spaced_hyphens_around_one_linking_word_is_a_compound() -> None:
    assert join_compounds("the all - in - one printer, with a tray") == "the all-in-one printer, with a tray"
    assert join_compounds("a new model - a slim all - in - one machine, 3 cm thick") == (
        "a new model - a slim all-in-one machine, 3 cm thick")
    assert join_compounds("the face - to - face talks") == "the face-to-face talks"
    assert join_compounds("The deal - in the end - fell through.") == "The deal - in the end - fell through."


def test_a_page_whose_tokeniser_split_its_mojibake_gets_its_compounds_back() -> None:
    # "itâ€ ™ s": a tokeniser spaced the pieces of a mis-decoded apostrophe; the repair glues them, the page stays tokenised
    raw = ("The harbour master says itâ€ ™ s been a long winter for the ferry crews.\n"
           "Her co - star in the film, Jo Roe, played the mayorâ€ ™ s right - hand woman.\n")
    text = clean_text(raw).text
    assert "co-star" in text and "right-hand" in text
    assert "it’s" in text


def test_a_single_quotation_whose_opening_mark_slid_onto_the_word_before_is_put_back() -> None:
    assert unshift_quotes("The mayor called it a' journey of peace', and left.") == (
        "The mayor called it a 'journey of peace', and left.")
    assert unshift_quotes("Against the island's' anti-ferry' law.") == "Against the island's 'anti-ferry' law."
    assert detokenize("The yard' declared war' on the ferry line.") == "The yard 'declared war' on the ferry line."
    assert unshift_quotes("The island was in' festive mood' and had a ferry of its own.'") == (
        "The island was in 'festive mood' and had a ferry of its own.'")
    for kept in ("The players' union met the owners' group.", "The ol' ferry sank."):
        assert unshift_quotes(kept) == kept


def test_a_dash_after_a_figure_or_before_a_participles_phrase_stays() -> None:
    """"£1,149 - a £200 drop -" and "Wariner - expected to be ... -" are dashes; "60 - year" and "DRM - protected
    songs" are compounds."""
    text = ("buyers pay £ 1,149 - a £ 200 drop - for it , a race with Wariner - expected to be the best - will be run , "
            "a 60 - year - old man bought DRM - protected songs , a broad - based and hand - picked by Kim team")
    out = join_compounds(text)
    for dash in ("1,149 - a", "Wariner - expected"):
        assert dash in out
    for compound in ("60-year-old", "DRM-protected", "broad-based", "hand-picked"):
        assert compound in out


def test_an_opening_quote_slid_onto_a_colon_goes_back() -> None:
    """"told the paper:' If you ask" -> "told the paper: 'If you ask"; a closing mark after a comma stays."""
    from summarizer.detok import colon_quotes
    assert colon_quotes("One source told the paper:' If you ask them they worry.'") == (
        "One source told the paper: 'If you ask them they worry.'")
    assert colon_quotes("'We won,' she said.") == "'We won,' she said."


def test_a_degree_word_heads_an_ing_compound_before_a_function_word() -> None:
    """"frugal, hard - working and modest": "hard-working" is one word even with "and" after it."""
    assert "hard-working and" in join_compounds("She called him frugal , hard - working and modest .")
    assert " - storing between" in join_compounds("its bigger cousins - storing between 100 and 250 songs - are dear")


def test_a_spaced_number_word_is_one_compound() -> None:
    line = "Sixty - one harbour pilots, seven more than needed, backed the new quay."
    assert join_compounds(line) == "Sixty-one harbour pilots, seven more than needed, backed the new quay."
    assert join_compounds("The ferries - one of them new - sailed at dawn.") == "The ferries - one of them new - sailed at dawn."


def test_a_gerund_compound_before_a_preposition_or_conjunction_is_one_word() -> None:
    """"claims of ferry - racing by the crews": an -ing compound goes on with a preposition, a conjunction or a verb;
    a participle that takes an object or complement after a phrase ("the pier - blocking the road") opens a dash."""
    text = ("He spoke of ferry - racing by the crews , harbour - dredging and fish - smoking had stopped , "
            "then the gale hit the pier - blocking the road - and the town council - hoping to save it - met .")
    out = join_compounds(text)
    for compound in ("ferry-racing by", "harbour-dredging and", "fish-smoking had"):
        assert compound in out, out
    for dash in ("pier - blocking the", "council - hoping to"):
        assert dash in out, out
    assert " - storing between" in join_compounds("the gulls - storing between 10 and 20 fish - are loud")  # a plural
    assert " - asking for" in join_compounds("the order and - asking for help - the plea")  # a function word


def test_a_closing_dash_before_an_irregular_past_stays_a_dash() -> None:
    # "sought", "taught": the shared list of irregular past tenses (lexicon.PAST_TENSES) makes them finite verbs
    out = join_compounds("The ferry crews and their skippers - so they said - sought to keep the island route open .")
    assert "said - sought" in out, out
    out = join_compounds("The meeting of the harbour board - the body that runs the port - taught the town a lesson .")
    assert "port - taught" in out, out


def test_a_clitic_or_a_name_spaced_off_its_apostrophe_is_joined() -> None:
    """A repaired "â€ ™ s" leaves "2015’ s"; "O’ Reilly" is one name; a closing quotation mark keeps its space."""
    assert detokenize("the ferry of 2015’ s storm season", False) == "the ferry of 2015’s storm season"
    assert detokenize("Harbour master Jo O’ Reilly said she didn' t know.", False) == (
        "Harbour master Jo O’Reilly said she didn't know.")
    assert detokenize("the boss’ decision and Plan ‘B’ Today", False) == "the boss’ decision and Plan ‘B’ Today"
