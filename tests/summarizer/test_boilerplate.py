"""The line classifier: shallow features, then the neighbours of unclear lines (jusText)."""
from __future__ import annotations

from summarizer.boilerplate import Label, classify, initial_label, keep_lines, line_features

LEAD = "The death toll from the strike on the city rose to 40 on Sunday, regional officials said."
BODY = "Rescue teams were still searching the rubble of two apartment blocks late into the night."
MORE = "The mayor said that schools in the district would stay closed until the end of the week."


def kept(lines: list[str]) -> list[str]:
    """The lines the classifier keeps."""
    return [line for line, k in zip(lines, keep_lines(lines)) if k]


def test_prose_is_good_and_menus_are_bad() -> None:
    assert initial_label(line_features(LEAD)) is Label.GOOD
    for junk in ["Home | World | Business | Sport", "P9 Daily Star", "9:16pm", "•", "www.example.com/world/live"]:
        assert initial_label(line_features(junk)) is Label.BAD, junk


def test_features_are_shallow_and_explainable() -> None:
    f = line_features("Follow @newsdesk at www.example.com #breaking")
    assert f.link_share >= 0.5 and not f.terminal
    g = line_features(LEAD)
    assert g.terminal and g.verb and g.stop_density > 0.25 and g.words == 16
    assert line_features("Updated 10:32 GMT").clock


def test_short_lines_between_boilerplate_go_short_lines_between_prose_stay() -> None:
    page = ["Home | World | Sport", "Latest", "Most read", LEAD, "Big deal.", BODY, "Tags", "P9 Daily Star | P12"]
    assert kept(page) == [LEAD, "Big deal.", BODY]


def test_headline_above_the_body_is_kept() -> None:
    page = ["Menu | Search", "Strike death toll rises to 40", LEAD, BODY]
    assert kept(page) == ["Strike death toll rises to 40", LEAD, BODY]


def test_teaser_list_of_headlines_goes() -> None:
    page = [LEAD, BODY, MORE, "More from World", "Floods hit Valencia again", "Markets fall on rate fears",
            "Ten things to know about the election", "Royal visit to Kenya ends"]
    assert kept(page) == [LEAD, BODY, MORE]


def test_page_without_prose_keeps_what_is_not_clearly_bad() -> None:
    assert classify(["Rain fell."]) == [Label.GOOD]
    assert keep_lines(["Storm hits the coast of Valencia"]) == [True]


def test_a_lower_case_continuation_is_not_a_scrap() -> None:
    """A sentence broken across lines ("... he had lost" / "a minute") continues prose; "Most read" is a label."""
    page = [LEAD, "In the final climb he said he had lost", "a minute", "Most read", "P9 Daily Star | P12"]
    assert kept(page) == [LEAD, "In the final climb he said he had lost", "a minute"]


def test_a_closing_quote_garbled_by_bad_decoding_still_ends_a_sentence() -> None:
    assert line_features("That is not the whole story.â€ �").terminal
    assert line_features("Because that is not the complete picture.â€").terminal


def test_numbered_list_items_are_penalised_as_a_list() -> None:
    review = ["P3 Minister quits over expenses row.", "P7 Ratings war heats up.", "P12 Council sells the town hall."]
    page = [LEAD, BODY, MORE, *review]
    assert kept(page) == [LEAD, BODY, MORE]
    assert kept([LEAD, "P3 Minister quits over expenses row.", BODY]) == [LEAD, "P3 Minister quits over expenses row.", BODY]


def test_a_terse_figure_sentence_between_prose_stays() -> None:
    terse = "Acme Motors fell 17 percent, closing at $3.14."
    assert kept([LEAD, terse, BODY]) == [LEAD, terse, BODY]


def test_a_line_that_runs_on_into_the_next_stays() -> None:
    page = [LEAD, "Rep. Jane Doe (D-Mass.)", ", the committee's chair, called the bill a big step forward on Monday.", BODY]
    assert kept(page) == page


def test_the_headline_above_bylines_and_stamps_stays_a_menu_does_not() -> None:
    page = ["Home News Sport Weather Video", "Strike death toll rises to 40", "Jane Doe in Kyiv", "27.12.2025 10:32", LEAD, BODY]
    assert kept(page) == ["Strike death toll rises to 40", LEAD, BODY]


def test_an_ed_adjective_is_no_verb_of_a_line() -> None:
    """"Sacred", "hundred" end in -ed but are no verb: a menu line holding them still has none."""
    assert not line_features("Sacred sites and a hundred walks").verb
    assert line_features("Walkers visited the sites").verb
