"""Glued units: headlines and captions run into the lead sentence, mojibake, bullets."""
from __future__ import annotations

import pytest

from enginekit import make_article
from summarizer.clean import clean_text
from summarizer.glue import _common_noun, break_inline_bullets, split_glued, strip_bullet
from summarizer.mojibake import fix_mojibake
from summarizer.regions import is_fact_box
from summarizer.sentences import article_sentences, is_heading, split_line


@pytest.mark.parametrize(
    ("glued", "head", "sentence"),
    [
        ("Dozens missing after ferry sinks The coast guard said 40 people were missing on Sunday.",
         "Dozens missing after ferry sinks", "The coast guard said 40 people were missing on Sunday."),
        ("Rescuers search the rubble of a school in the hills It has rained for three days in the region.",
         "Rescuers search the rubble of a school in the hills", "It has rained for three days in the region."),
        ("Storm Leaves Millions of Homes Without Power for days Utility crews said repairs could take a week.",
         "Storm Leaves Millions of Homes Without Power for days", "Utility crews said repairs could take a week."),
        ("Minister quits over expenses row President Lopez has accepted the resignation of his finance minister.",
         "Minister quits over expenses row", "President Lopez has accepted the resignation of his finance minister."),
        # a caption with its own verb, then a determiner and an acronym before the subject's noun
        ("The mayor faces a fine if convicted A UN envoy has delayed the harbour talks until June.",
         "The mayor faces a fine if convicted", "A UN envoy has delayed the harbour talks until June."),
    ],
)
def test_headline_or_caption_is_cut_from_the_sentence(glued: str, head: str, sentence: str) -> None:
    assert split_glued(glued) == (head, sentence)
    assert is_heading(head) and not is_heading(sentence)


def test_several_glued_fragments_are_cut_one_after_another() -> None:
    got = split_glued("Ferry sinks off coast Crew members still missing The coast guard has found 12 survivors so far.")
    assert got[-1] == "The coast guard has found 12 survivors so far."
    assert len(got) >= 2 and all(is_heading(part) for part in got[:-1])


@pytest.mark.parametrize(
    "sentence",
    [
        "Last week The New York Times reported that the deal had collapsed.",  # a time phrase, no comma
        "After the quake UN officials said the airport was closed.",  # an introductory phrase, no comma
        "Government spokesman Robert Gibbs told reporters Obama would sign the bill.",  # a reporting verb
        "Ford chief executive Alan Mulally said the downturn would be deeper.",  # a title before a name
        "Shares of the carmaker Toyota fell 3 percent in Tokyo on Monday.",  # an apposition
        "The bill Congress passed last week has already been challenged in court.",  # a relative clause
        "Former President Bill Clinton has endorsed the plan.",  # names run on
        "Members of the Stop The War Coalition marched through London.",  # "The" inside a name
        "He is adamant Mr Bush was open to pressure until the end.",  # a clause after a pronoun subject
        "Court records show Pop singer Jo Roe had a weak knee.",  # a clause after "show"
        "The minister said: \" The army will stay until order is restored. \"",  # a quote after a colon
        "Dozens feared dead after ferry sinks The coast guard",  # no full sentence after the fragment
        "Officials met the head of The UN agency to discuss the harbour plan on Monday.",  # "of The": a title
    ],
)
def test_real_sentences_are_not_cut(sentence: str) -> None:
    assert split_glued(sentence) == (sentence,)


def test_split_line_gives_the_heading_and_the_sentence() -> None:
    got = split_line("Ferry sinks off coast The coast guard said 40 people were missing. Divers resumed the search.")
    assert got == ["Ferry sinks off coast", "The coast guard said 40 people were missing.", "Divers resumed the search."]


def test_lead_position_counts_from_the_sentence_after_a_glued_headline() -> None:
    text = "Ferry sinks off coast The coast guard said 40 people were missing.\nDivers resumed the search."
    sents = article_sentences(make_article(text, name="glued.txt"))
    lead = [s for s in sents if s.text.startswith("The coast guard")]
    assert lead and lead[0].position == 0
    assert any(s.text == "Ferry sinks off coast" for s in sents)


def test_mojibake_is_repaired_and_clean_text_is_left_alone() -> None:
    assert fix_mojibake("The minister\u00e2\u20ac\u2122s office said") == "The minister\u2019s office said"
    assert fix_mojibake("Caf\u00e9 owners in S\u00e3o Paulo \u2014 \u201cclosed\u201d") == "Caf\u00e9 owners in S\u00e3o Paulo \u2014 \u201cclosed\u201d"


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("\u00c2\u20ac\u00a2 The talks resumed on Monday.", "The talks resumed on Monday."),
        ("\u2022 The talks resumed on Monday.", "The talks resumed on Monday."),
        ("\u00a6 The council has published more than 800 letters.", "The council has published more than 800 letters."),
        ("\\*\\* SHARES SURGE ON DEAL", "SHARES SURGE ON DEAL"),
        ("- The talks resumed.", "The talks resumed."),
        ("-5 degrees were recorded overnight.", "-5 degrees were recorded overnight."),
    ],
)
def test_bullet_glyphs_are_stripped(line: str, want: str) -> None:
    assert strip_bullet(line) == want


def test_clean_text_repairs_mojibake_bullets_and_clock_datelines() -> None:
    raw = (
        "LOWMERE | Thu Jul 9, 2009 8:41 am EDT LOWMERE - Port officials counted 37 ships on Thursday.\n"
        "\u00e2\u20ac\u00a2 The ministry said \u00e2\u20ac\u0153no\u00e2\u20ac\x9d to the plan on Monday, officials said."
    )
    assert clean_text(raw).text.split("\n") == [
        "Port officials counted 37 ships on Thursday.",
        "The ministry said \u201cno\u201d to the plan on Monday, officials said.",
    ]


@pytest.mark.parametrize(
    ("glued", "head"),
    [
        ("Families camp in a stadium after the floods They have salvaged what they could from their homes.",
         "Families camp in a stadium after the floods"),  # a pronoun can only start a sentence
        ("Doctors say the main risk now is infection The first planeload of medicines has landed in the capital.",
         "Doctors say the main risk now is infection"),  # a capitalised determiner before a lower-case word
        ("Survivors sleep on the streets Thousands of people have spent a second night outside.",
         "Survivors sleep on the streets"),  # a quantifier subject
        ("Officials visit the flooded town The Dutch rescue team has found two more survivors in the rubble.",
         "Officials visit the flooded town"),  # "The" + capitals + a common noun opens a clause
        ("PLANE MAKERS SURGE ON ORDERS Shares of the two largest manufacturers rose sharply on Monday.",
         "PLANE MAKERS SURGE ON ORDERS"),  # a headline in capitals
    ],
)
def test_sentence_start_capitals_cut_a_glued_caption(glued: str, head: str) -> None:
    assert split_glued(glued)[0] == head and len(split_glued(glued)) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "On Friday the respected weekly The Harbour Gazette accused two ports of lying.",  # a title in apposition
        "Evidence suggests that swine-origin influenza A virus transmission is widespread in the region.",
        "Acme Holdings President Jo Roe and Westland Bank chief Kim Poe confirmed the plan.",  # a role noun
        "The two main rivals to replace Governor Roe are former county mayors.",  # an object
        "Back in August, then Brazilian President Luiz Lula da Silva offered sanctuary to the woman.",  # a name particle
        "We read The Daily Courier paper at our desks each morning.",  # an object after a pronoun subject
        "Readers of the paper trust The Lancet editors more than most doctors do.",  # "The" inside a name
        "US special forces guarding Mr Karzai opened fire on the attacker as the convoy sped away.",  # an -ing verb
    ],
)
def test_names_and_objects_are_not_cut(sentence: str) -> None:
    assert split_glued(sentence) == (sentence,)


def test_split_dash_mojibake_and_inline_bullets() -> None:
    assert fix_mojibake("He could be smuggled out \u00e2\u20ac \u201c or placed in a crate.") == \
        "He could be smuggled out \u2013 or placed in a crate."
    cleaned = clean_text("Stocks on the move include: \\*\\* CHIP MAKERS RISE ON DEMAND Shares of two makers rose sharply "
                         "in early trade on Monday.")
    # the item's headline in capitals is a label glued before its sentence (summarizer.livelabels): it goes
    assert cleaned.text.split("\n")[-1] == "Shares of two makers rose sharply in early trade on Monday."


def test_aggregator_lists_and_reader_callouts_are_furniture() -> None:
    raw = ("The council approved the new budget on Tuesday after a long debate.\n"
           "Drugs seized in doctor raid - 9 hrs ago Herald Investigation targets doctor - 19 hrs ago Post More news\n"
           "We want to hear your ideas for the band name, logo and first single.\n"
           "The mayor said the talks, which began two days ago, would resume next week.")
    assert clean_text(raw).text.split("\n") == [
        "The council approved the new budget on Tuesday after a long debate.",
        "The mayor said the talks, which began two days ago, would resume next week.",
    ]


def test_fact_box_lines_are_furniture_quotes_and_transcripts_are_not() -> None:
    assert is_fact_box("Jane Roe Born: 3 May 1960, Leeds Career: teacher, then MP Party: Green")
    assert not is_fact_box("Roe: We will win. Smith: You will not. Roe: We will.")  # two speakers, repeated
    assert not is_fact_box('Banners said: " Our fight: your fight, " and they chanted: " Out: now. "')
    raw = ("The council approved the new budget on Tuesday after a long debate.\n"
           "Jane Roe Born: 3 May 1960, Leeds Career: teacher, then MP Party: Green")
    assert clean_text(raw).text == "The council approved the new budget on Tuesday after a long debate."


def test_a_caption_glued_to_an_indefinite_lead_is_cut() -> None:
    s = "Volunteers load food parcels for flood victims An appeal to help the Lowmere victims is breaking all records."
    assert split_glued(s) == ("Volunteers load food parcels for flood victims",
                              "An appeal to help the Lowmere victims is breaking all records.")


def test_a_capital_a_inside_a_name_is_no_boundary() -> None:
    s = "Doctors treated the patients with an antiviral drug and the influenza A virus was isolated in the laboratory."
    assert split_glued(s) == (s,)


@pytest.mark.parametrize(
    ("glued", "label", "lead"),
    [
        ("Fears grow for missing climbers The search team was stood down at dusk, a spokesman said.",
         "Fears grow for missing climbers", "The search team was stood down at dusk, a spokesman said."),
        ("Dam bursts after storm A retired teacher who lives near the river says the water rose in minutes.",
         "Dam bursts after storm", "A retired teacher who lives near the river says the water rose in minutes."),
        ("Lawyers gather outside the Central Court The hearing, delayed twice, resumed on Monday.",
         "Lawyers gather outside the Central Court", "The hearing, delayed twice, resumed on Monday."),
        ("Monday 4 March 2019 10.02 GMT The council voted to close the library.",
         "Monday 4 March 2019 10.02 GMT", "The council voted to close the library."),
    ],
)
def test_a_capitalised_article_before_a_lower_case_word_starts_the_glued_sentence(glued: str, label: str, lead: str) -> None:
    """A label, caption or time stamp run into a lead that opens with "The"/"A" + a lower-case word."""
    assert split_glued(glued) == (label, lead)


@pytest.mark.parametrize(
    "sentence",
    [
        "Children with vitamin A deficiency were given supplements by the clinic.",  # a letter label
        "The agency said: The storm will reach the coast by Friday.",  # a colon before a quotation
        "Readers of The Lancet were told the trial had been stopped.",  # a title in capitals
        "Most of the crew of The ship were rescued.",  # after a function word: a title, not a stop
        "Storm damage in the north The clean-up",  # no finite verb after the fragment
    ],
)
def test_a_capitalised_article_that_is_not_a_sentence_start_is_not_cut(sentence: str) -> None:
    """Letter labels, quotations after a colon, titles and verbless rests stay whole."""
    assert split_glued(sentence) == (sentence,)


@pytest.mark.parametrize(
    ("glued", "label", "lead"),
    [
        ("Clinic opened by the mayor in 2004 When the floods came, the clinic was the only one left standing.",
         "Clinic opened by the mayor in 2004", "When the floods came, the clinic was the only one left standing."),
        ("Rescuers dig through the night Despite the rain, teams found two more survivors on Sunday.",
         "Rescuers dig through the night", "Despite the rain, teams found two more survivors on Sunday."),
    ],
)
def test_a_capitalised_opener_in_mid_sentence_starts_the_glued_sentence(glued: str, label: str, lead: str) -> None:
    """A subordinator or opening preposition in capitals after a lower-case word begins a new sentence."""
    assert split_glued(glued) == (label, lead)


@pytest.mark.parametrize(
    "sentence",
    [
        "Fans queued to see the concert film This Is It at midnight.",  # a title of a work
        "The singer recorded the ballad If I Were You in one take.",  # a title in capitals
        "The host tells Over To You listeners how the show is made.",  # a programme after a reporting verb
        "Heavy rain at Camp David When the talks",  # no finite verb after the fragment
    ],
)
def test_a_capitalised_opener_inside_a_title_is_not_cut(sentence: str) -> None:
    """Titles of works and programmes keep their capitals without a cut."""
    assert split_glued(sentence) == (sentence,)


def test_a_bullet_spelt_out_as_cents_breaks_the_line_but_an_amount_stays() -> None:
    """"cents" before a capitalised word is a cent-sign bullet unless a number or amount word comes before it."""
    got = break_inline_bullets("Cents Ministers meet on Monday cents Schools stay open The outbreak has slowed.")
    assert got.split("\n") == ["", "Ministers meet on Monday", "Schools stay open The outbreak has slowed."]
    for kept in ("A stamp now costs 44 cents Americans say.", "It fell to fifty cents After that it rose.",
                 "Prices rose a few cents more."):
        assert break_inline_bullets(kept) == kept


def test_a_headline_in_headline_case_before_a_determiner_is_cut() -> None:
    assert split_glued("Oil Crisis In Norway Raises Stakes for Oslo A trader in Bergen pauses to make a call.", lead=True) \
        == ("Oil Crisis In Norway Raises Stakes for Oslo", "A trader in Bergen pauses to make a call.")
    kept = "The finalists of the World Cup Group A teams were drawn on Monday in the capital of the country."
    assert split_glued(kept, lead=True) == (kept,)


def test_a_determiner_after_an_amount_opens_the_glued_sentence() -> None:
    assert split_glued("Lottery winner gives away £1m An anonymous donor has posted a ticket to the town hall.",
                       lead=True) == ("Lottery winner gives away £1m", "An anonymous donor has posted a ticket to the town hall.")


def test_a_caption_ending_in_a_place_before_a_named_subject_is_cut() -> None:
    assert split_glued("Cuts in spending blamed on cost of war in Iraq The Louisiana coastline may have been damaged "
                       "by the storm.", lead=True) == ("Cuts in spending blamed on cost of war in Iraq",
                                                       "The Louisiana coastline may have been damaged by the storm.")
    kept = "Officials in Iraq The Times reported on Monday that the talks had failed."
    assert split_glued(kept, lead=True) == (kept,)


def test_an_article_before_an_adjective_and_a_comma_opens_the_glued_sentence() -> None:
    assert split_glued("Gem fails to attract A flawless, pale diamond weighing 103 carats failed to find a buyer.",
                       lead=True) == ("Gem fails to attract", "A flawless, pale diamond weighing 103 carats failed to find a buyer.")


def test_a_headline_with_its_standfirst_is_cut_before_a_determiner_far_into_the_line() -> None:
    head = ("Ferry crew member taken ill after crossing from storm-hit Lisbon Port officials have urged harbours "
            "across the region to watch for any unusual cases of the fever among arriving passengers")
    lead = "A member of the crew was taken to hospital with a high temperature on Tuesday."
    assert len(head.split()) > 20  # past the usual window for a glued fragment
    assert split_glued(f"{head} {lead}") == (head, lead)
    one = ("The harbour master said that crews arriving from the south over the past two weeks had been checked "
           "twice by the port doctors and that the fever had not spread to The Hague or to other ports.")
    assert split_glued(one) == (one,)  # a capitalised determiner inside a name is no sentence start


def test_a_present_tense_video_caption_before_a_named_subject_is_cut() -> None:
    assert split_glued("Maria Lopes assesses the damage at a fish market Portugal has begun a cull of the harbour's "
                       "seals.", lead=True) == ("Maria Lopes assesses the damage at a fish market",
                                                "Portugal has begun a cull of the harbour's seals.")
    for kept in ("Obama meets the movie mogul Gary Smith has said nothing about it to the press.",
                 "Our correspondent reports from a fish market Portugal has begun a cull of the harbour's seals."):
        assert split_glued(kept, lead=True) == (kept,)  # an apposition; a caption whose subject is no name


def test_a_quantifier_opening_the_sentence_after_a_pull_quote_credit_is_cut() -> None:
    glued = ("Mr Roe is upset by the false reports - he has to walk around with a guard Mr Tom Roe's lawyer Ed Smith "
             "Any money his client took was a loan, the lawyer added.")
    assert split_glued(glued)[-1] == "Any money his client took was a loan, the lawyer added."


def test_a_title_opening_with_a_quantifier_is_not_cut() -> None:
    for line in ("He starred in Any Given Sunday and won praise from the critics.",
                 "The mayor said that Every Child Matters was the best plan of the decade."):
        assert split_glued(line) == (line,)


@pytest.mark.parametrize(("mark", "close"), [("`", "'"), ("``", "''"), ("‘", "’"), ("\"", " \"")])
def test_headline_opening_with_a_spaced_quotation_mark_is_cut(mark: str, close: str) -> None:
    """A tokenised page spaces the opening mark off its word ("` Lost' dog found ..."): the headline is still one."""
    glued = f"{mark} Lost{close} dog was found in a cave, says owner A farmer has told police the animal walked home alone."
    parts = split_glued(glued)
    assert parts[-1] == "A farmer has told police the animal walked home alone."
    assert len(parts) == 2 and parts[0].endswith("says owner")


def test_a_spaced_quotation_mark_opening_a_real_sentence_is_not_cut() -> None:
    """The lone mark is read with its word; a sentence with no boundary stays whole."""
    text = "` Nothing works here,' the mayor said of the town after the storm."
    assert split_glued(text) == (text,)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("1) The ferry race starts in Lowmere on Saturday.", "The ferry race starts in Lowmere on Saturday."),
        ("(2) Over the past weeks, I wrote about the harbour.", "Over the past weeks, I wrote about the harbour."),
        ("2015) The", "2015) The"),  # no list number has four digits
        ("(1) it is a remnant.", "(1) it is a remnant."),  # a capital opens a list item
    ],
)
def test_a_list_items_number_is_stripped(line: str, want: str) -> None:
    assert strip_bullet(line) == want


@pytest.mark.parametrize("sentence", [
    "Jo Vell, Ann Poe and Tarn veteran Bo Roe are set to sing at a gala for the flood victims.",
    "Ann Poe, Jo Vell and former owner Bo Roe have agreed to sell the club to a new buyer.",
])
def test_a_name_after_an_apposition_noun_in_a_list_subject_is_not_cut(sentence: str) -> None:
    assert split_glued(sentence) == (sentence,)


def test_an_ed_noun_heads_a_noun_phrase() -> None:
    """"hundred" and "hatred" end in -ed but are nouns, no verb forms; "raised" is one."""
    assert _common_noun("hundred") and _common_noun("hatred") and not _common_noun("raised")


def test_boundary_tries_no_seam_test_at_a_lower_case_word(monkeypatch: pytest.MonkeyPatch) -> None:
    """A lower-case word (no hyphen) opens no glued sentence: the seam tests for a non-capital word (a dotted title,
    a quotation, a capitalised subject) are not even asked there; a capital still is, and the cut is the same."""
    import summarizer.glue as glue

    asked: list[str] = []
    original = glue.quoted_sentence

    def counting(tokens: list[str], i: int) -> bool:
        asked.append(tokens[i])
        return original(tokens, i)

    monkeypatch.setattr(glue, "quoted_sentence", counting)
    tokens = "Ferry crews return to harbour \u201cIt is good to be home,\u201d said one of the deckhands on Monday.".split()
    assert glue.boundary(tokens, lead=True, unit=True) == 5  # the quotation is cut off the caption
    assert asked == ["\u201cIt"]
