"""Page debris: teaser stamps, glued fact boxes, wire clock strips, stray markers (summarizer.pagedebris)."""
from summarizer.clean import clean_text, is_furniture
from summarizer.pagedebris import drop_teaser_runs, is_glued_box, is_teaser_stamp, tidy_line


def test_teaser_with_relative_stamp_and_credit_is_furniture():
    assert is_teaser_stamp("Flood victims moved to shelters - 3 hrs ago Newswire via Portal!")
    assert is_teaser_stamp("Bridge reopens after repairs - 5 minutes ago")
    assert is_teaser_stamp("Storm hits coast 12 mins ago")
    assert is_furniture("Flood victims moved to shelters - 3 hrs ago Newswire via Portal!")


def test_prose_with_days_ago_is_no_stamp():
    assert not is_teaser_stamp("The mayor said the dam was inspected 11 days ago.")
    assert not is_teaser_stamp("Rescuers found him alive, four days ago, under a collapsed wall.")
    assert not is_teaser_stamp("At noon - 15 hours ago as of this writing - the minister replied to the letter.")
    assert not is_teaser_stamp("Three weeks ago the council voted to close the bridge.")


def test_fact_box_items_run_together_are_furniture():
    box = "Norway: 12 confirmed cases Sweden, Finland: 3 confirmed cases each Officials expect more tests this week."
    assert is_glued_box(box)
    assert is_furniture(box)


def test_one_label_and_a_figure_is_a_sentence():
    assert not is_glued_box("The ministry said: 12 people were hurt in the crash on the ring road.")
    assert not is_glued_box("Police: 40 arrests were made after the match, and two officers were hurt.")


def test_box_title_glued_to_its_list_label_is_furniture():
    box = "12 aid staff confirmed dead, 40 missing Includes Deputy Director Jo Bloggs and chief engineer Sam Roe."
    assert is_glued_box(box)
    assert not is_glued_box("The list includes Deputy Director Jo Bloggs and chief engineer Sam Roe.")
    assert not is_glued_box("The Daily Star Includes Nothing was a slogan the paper ran in the spring.")


def test_heading_marker_goes_and_a_hash_before_a_figure_is_the_pound_sign():
    assert tidy_line("## Relief convoy reaches the valley") == "Relief convoy reaches the valley"
    assert tidy_line("The boy has raised more than # 70,000 for the appeal.") == \
        "The boy has raised more than £70,000 for the appeal."
    assert tidy_line("The bail was set at $75,000 (# 48,000).") == "The bail was set at $75,000 (£48,000)."
    assert tidy_line("Fans used the tag #1 on the chart page.") == "Fans used the tag #1 on the chart page."


def test_wire_clock_strip_and_its_dateline_come_off_a_line():
    line = "Wed Jun 10, 2009 3:42 pm EDT OSLO (Trade Weekly) - The band has postponed two shows in Bergen."
    assert tidy_line(line) == "The band has postponed two shows in Bergen."
    assert tidy_line("NORTH TOWN, Norway | Tue Jun 16, 2009 10:27 am EDT NORTH TOWN, Norway (Wire Life!)") == ""
    kept = "Fri Apr 24, 2009 11:08 pm BST (Reuters) - Officials are watching an outbreak of a new flu."
    assert tidy_line(kept) == kept  # the agency's own dateline is stripped later, with its strip


def test_clean_text_drops_strip_only_line_and_keeps_the_story():
    raw = "NORTH TOWN, Norway | Tue Jun 16, 2009 10:27 am EDT NORTH TOWN, Norway (Wire Life!)\n" \
          "Farmers in the valley have sold twice as many sheep this spring as last year, traders said on Monday."
    text = clean_text(raw).text
    assert "EDT" not in text and text.startswith("Farmers in the valley")


def test_glued_headline_run_is_dropped_as_boilerplate() -> None:
    run = ("Ferry operator fined over late sailings Watchdog says passengers were left stranded for hours on the quay "
           "Councils seek more power over parking charges Ministers promise a review of the rules by the end of the year "
           "Bakers warn of rising flour prices as the harvest fails in the north after a long dry summer "
           "Museum reopens after a long refit Visitors queue from dawn to see the new galleries and the restored roof "
           "Station car park to close for a month Commuters are told to take the bus while the deck is rebuilt")
    story = "The ferry operator was fined on Monday after dozens of sailings left late, the regulator said."
    assert drop_teaser_runs([story, run]) == [story]


def test_prose_with_names_after_adjectives_is_no_run() -> None:
    line = ("Reporters from the regional papers met the mayor, Jo Roe, who said the harbour plan would go ahead "
            "despite the objections of the fishermen, and that the council would pay for the new quay, the pier "
            "and the sea wall out of its own reserves rather than borrow for them.")
    assert drop_teaser_runs([line]) == [line]
    names = ("The minister told Reuters that young Norwegians and wealthy Danes were buying homes in the valley "
             "while poor farmers sold land to pay debts, and that the old Oslo road would close for repairs "
             "until the spring, when the council expects to open the new bridge to traffic.")
    assert drop_teaser_runs([names, "Norwegians and Danes have long bought homes there."]) == \
        [names, "Norwegians and Danes have long bought homes there."]


def test_a_one_paragraph_article_is_no_run_however_long() -> None:
    """A whole article on one line (its paragraphs flattened) has seams here and there but stops between its
    sentences: it is prose, never dropped as a teaser run."""
    openers = ["Farmers", "Traders", "Bakers", "Growers", "Millers", "Drivers", "Teachers", "Nurses"]
    line = " ".join(f"Prices rose again at the autumn market {who} say feed costs more than it did a year ago "
                    f"and most of them expect the winter to be hard for every family in the valley." for who in openers)
    assert len(line.split()) > 150 and drop_teaser_runs([line]) == [line]
    assert drop_teaser_runs([line]) == [line]


def test_a_profile_box_field_is_no_line():
    from summarizer.clean import not_a_line
    for field in ("Born: May 1, 1950, Tarn, Ostria.", "Hometown: Tarn, Varno.", "Age: 51.",
                  "Jo Vell Born: May 1, 1950 Occupation: Drummer for the Varno Band.",
                  "Tarn, Varno Married, two children Career: Lawyer, 1990-1998; judge, 1998-2004.",
                  "Education: University of Tarn; University of Varno."):
        assert not_a_line(field), field


def test_prose_about_birth_age_and_careers_stays_a_line():
    from summarizer.clean import not_a_line
    for prose in ("Vell was born in Tarn in 1950 and her career began at the Varno Band.",
                  "Vell: Born again, the band will tour Ostria next year, she said.",
                  "The report's subject was her career: a lawyer, then a judge in Tarn."):
        assert not not_a_line(prose), prose


def test_gallery_caption_line_goes() -> None:
    from summarizer.pagedebris import tidy_line
    assert tidy_line("Item 2 of 5 Police stand guard outside the court in Oslo, May 4, 2026. Agency/Jo Roe") == ""
    assert tidy_line("Item prices rose 2% in May, the statistics office said.") == "Item prices rose 2% in May, the statistics office said."


def test_a_headline_in_headline_case_is_no_line() -> None:
    from summarizer.clean import not_a_line
    from summarizer.pagedebris import headline_case
    assert headline_case("Harbour Repairs Show That Trust in Old Ferries Is Fading Tidewater.")
    assert not_a_line("Harbour Repairs Show That Trust in Old Ferries Is Fading Tidewater.")
    assert not headline_case("Jo Roe, Ed Poe and Al Moe attended the harbour dinner on Monday.")
    assert not headline_case("The Lowmere Harbour Board and the Bank of Ruritania cut their rates.")
    assert not headline_case("She Said “Never Again Will We Sail” On The Old Ferry.")
