"""Sentences broken across lines are joined (:mod:`summarizer.linebreaks`)."""
from __future__ import annotations

from summarizer.clean import clean_text
from summarizer.linebreaks import join_broken_lines


def test_a_sentence_wrapped_at_a_dash_or_a_word_is_joined() -> None:
    got = join_broken_lines(["Although there is no jury, the fate of the mayor – known for his temper",
                             "– will be decided by a panel of three judges on Friday.",
                             "Reporters from twelve countries will attend a hearing never",
                             "before seen in the town."])
    assert got == ["Although there is no jury, the fate of the mayor – known for his temper – will be decided by a panel "
                   "of three judges on Friday.", "Reporters from twelve countries will attend a hearing never before seen "
                   "in the town."]


def test_headings_stops_user_names_and_capitals_keep_their_lines() -> None:
    lines = ["Flood warning for the valley",  # a heading: too short to go on
             "residents were told to leave on Monday night.",
             "The river rose two metres in a single night, the agency said.",  # closed by a stop
             "it is expected to fall by Friday.",
             "What a terrible day for everyone who lives by the river there",
             "jdoe",  # a user name: one token
             "Crews worked through the night to shore up the banks of the river",
             "Officials said the dam held."]  # a capital opens a new unit
    assert join_broken_lines(lines) == lines


def test_clean_text_gives_the_whole_sentence() -> None:
    text = clean_text("The council will vote on the plan for the new bridge over the river\nnext week, the mayor said.")
    assert text.text == "The council will vote on the plan for the new bridge over the river next week, the mayor said."


def test_a_line_opening_with_a_mark_goes_on_from_the_line_before() -> None:
    got = join_broken_lines(["There were free clinics, but they were so poor nobody went to them",
                             ": there was one run by the water company, which cost a lot."])
    assert got == ["There were free clinics, but they were so poor nobody went to them: there was one run by the water "
                   "company, which cost a lot."]


def test_a_title_cut_at_its_colon_goes_on() -> None:
    lines = ["She was paid a large advance for the memoir, called Going Home:",
             "A Life in Politics - mistakenly called Going Rome by one newsreader."]
    assert join_broken_lines(lines) == [" ".join(lines)]
    labels = ["Here is what the six ministers said on Monday:", "The plan will go ahead next year."]
    assert join_broken_lines(labels) == labels  # a colon that introduces a quotation or a list keeps its line


def test_a_stock_code_cut_at_its_exchange_suffix_is_one_token_again() -> None:
    lines = ["Shares of Acme Gloves ACMG.", "KL, the largest listed maker, jumped 8 percent on Monday.",
             "Bolt Rubber (BLTR.", "KL) and Zed (ZED.", "KL) shares were also up."]
    assert join_broken_lines(lines) == ["Shares of Acme Gloves ACMG.KL, the largest listed maker, jumped 8 percent on Monday.",
                                        "Bolt Rubber (BLTR.KL) and Zed (ZED.KL) shares were also up."]


def test_an_acronym_ending_a_sentence_keeps_the_next_sentence_apart() -> None:
    lines = ["The outbreak was confirmed by the WHO.", "UK, French and Spanish officials reported new cases."]
    assert join_broken_lines(lines) == lines
    assert join_broken_lines(["Talks ended at the UN.", "US, Russian and Chinese envoys left."])[0] == "Talks ended at the UN."


def test_a_verb_of_saying_after_a_closing_bracket_goes_on_the_line_before() -> None:
    lines = ["“I want to see the bakers fined,” Senate Bread Committee Chairman Jo Bloggs (D-Ut.)",
             "said yesterday at a hearing on flour prices."]
    assert join_broken_lines(lines) == [" ".join(lines)]
    closed = ["The committee met on Monday (in Provo).", "said the clerk, twice."]
    assert join_broken_lines(["The committee met in Provo (Utah)", "Bakers came too."]) == \
        ["The committee met in Provo (Utah)", "Bakers came too."]
    assert join_broken_lines(closed) == closed


def test_a_short_name_line_closed_by_a_bracket_goes_on_in_a_verb_of_saying() -> None:
    lines = ["Town Speaker Jo Bloggs (D-Ut.)", "said she has sent two bakers to the fair."]
    assert join_broken_lines(lines) == [" ".join(lines)]


def test_a_line_that_leaves_a_bracket_open_goes_on_where_it_closes() -> None:
    got = join_broken_lines(["The fund expects to announce a plan worth about €10bn (", "£6bn), most of which goes to "
                             "the harbour.", "A new line (with its own bracket) stands alone.", "(An aside) opens here."])
    assert got == ["The fund expects to announce a plan worth about €10bn (£6bn), most of which goes to the harbour.",
                   "A new line (with its own bracket) stands alone.", "(An aside) opens here."]


def test_a_closing_bracket_with_none_open_joins_nothing() -> None:
    lines = ["The council met on Monday.", "2) The second point of the plan is the harbour."]
    assert join_broken_lines(lines) == lines


def test_a_line_opening_with_a_comma_goes_on_a_line_closed_by_a_bracket() -> None:
    got = join_broken_lines(["Mayor Jo Roe (Ind.)", "said she has sent Councillor Al Poe (Lab.)",
                             ", head of the works committee, to inspect the bridge on Friday.",
                             "The bridge was closed.", ", and the road too"])
    assert got == ["Mayor Jo Roe (Ind.) said she has sent Councillor Al Poe (Lab.), head of the works committee, to "
                   "inspect the bridge on Friday.", "The bridge was closed.", ", and the road too"]


def test_a_title_broken_before_its_capitalised_preposition_is_joined() -> None:
    lines = ["The harbour festival is dominated by young directors, with Jo Roe's Asleep", "In Lowmere, a comedy about "
             "a ferry, selected as the opening film.", "The free-speech group Harbour Watchers and Friends of Reporters",
             "Without Borders said it was appalled."]
    assert join_broken_lines(lines) == [
        "The harbour festival is dominated by young directors, with Jo Roe's Asleep In Lowmere, a comedy about a ferry, "
        "selected as the opening film.",
        "The free-speech group Harbour Watchers and Friends of Reporters Without Borders said it was appalled."]


def test_a_heading_or_a_finished_line_before_a_capitalised_preposition_stays_apart() -> None:
    lines = ["Ferry sinks", "In Lowmere, the harbour was closed.", "The mayor visited the harbour on Monday.",
             "In the evening, the ferry left port.", "The inquiry into the sinking of the ferry reported to Kim",
             "Kim said she would read it."]
    assert join_broken_lines(lines) == lines


def test_a_quotation_closed_after_a_comma_goes_on_in_its_lower_case_attribution() -> None:
    """'... was blunt: “It is over, ”' / "he said of the party." is one sentence."""
    lines = ["His speech was blunt: “It is widely accepted that the party is over, ”", "he said of the party he led."]
    assert join_broken_lines(lines) == [" ".join(lines)]


def test_a_line_left_open_on_a_comma_or_a_function_word_goes_on_in_a_capitalised_line() -> None:
    """A link's text put on a line of its own: '... the hits of Summer Fair,' / 'Night Owls and Tin Drum – but ...'."""
    lines = ["The studio had a record run this year thanks to the hits of Summer Fair,",
             "Night Owls and Tin Drum – but this weekend dented its glow.",
             "The novelist, who adapted the bestselling memoir by",
             "Jo Rivers, said the film would be shot in three scenes."]
    assert join_broken_lines(lines) == [" ".join(lines[:2]), " ".join(lines[2:])]


def test_a_stamp_or_a_clause_ending_on_a_particle_keeps_its_line() -> None:
    lines = ["Page last updated at 09:14 GMT,", "UK Farmers were told to keep their herds indoors.",
             "The judge asks the witness whether he is too tired to carry on",
             "Witness admits making mistakes, but not from tiredness",
             "The mayor said that he greeted every official apart from her",
             "Nobody knows why the meeting ended early."]
    assert join_broken_lines(lines) == lines


def test_a_name_cut_onto_the_next_line_with_its_comma_goes_on_the_line_before() -> None:
    got = join_broken_lines(["The pier reopens on Friday.", "In an interview with the regional breakfast programme",
                             "The Morning Hour, the harbour master said the pier would reopen.",
                             "Shares fell sharply after a profit warning from the kitchen maker",
                             "Acme, which employs 4,000 people in the region."])
    assert got == ["The pier reopens on Friday.", "In an interview with the regional breakfast programme The Morning Hour, the harbour master said the "
                   "pier would reopen.", "Shares fell sharply after a profit warning from the kitchen maker Acme, which "
                   "employs 4,000 people in the region."]


def test_a_sentence_adverb_or_a_list_item_after_a_line_keeps_its_own_line() -> None:
    lines = ["The guards would have trouble keeping the new ferry terminal running",
             "Nonetheless, the council wants full control of it by spring.",
             "The committee met for the third time this month to discuss the plan",
             "Sadly, nothing was agreed.",
             "The plan was put to the vote and passed by a wide margin ·",
             "Jo Bloggs, the committee chair, resigned the next day.",
             "Storm clouds gather over the harbour, but hopes remain",  # a round-up's headline and its source
             "Evening Planet Editorial, Westshire May 3"]
    assert join_broken_lines(lines) == lines


def test_a_short_headline_over_a_source_and_its_quotation_keeps_its_line() -> None:
    lines = ["Storm clouds gather over the harbour, but hopes remain",
             "Evening Planet Editorial, Westshire May 3 “Love it or hate it, the pier has always been ours.”"]
    assert join_broken_lines(lines) == lines
