"""A headline with its own verb run into the lead that repeats it; a pull quote before the lead."""
from __future__ import annotations

import pytest

from summarizer.captions import is_pull_quote
from summarizer.clean import not_a_line
from summarizer.glue import split_glued
from enginekit import make_article
from summarizer.sentences import article_sentences, is_heading, split_line


@pytest.mark.parametrize(
    ("glued", "head"),
    [
        ("Grain price rises stoke fears of hunger Anger is growing over the price of grain in Veltria.",
         "Grain price rises stoke fears of hunger"),  # a capitalised common noun subject, two words repeated
        ("Problems continue to hinder aid to storm-hit Fiji Hundreds of thousands of storm survivors in Fiji are "
         "still waiting for food.", "Problems continue to hinder aid to storm-hit Fiji"),  # a quantifier after a place
        ("Thousands of troops have now arrived in Tonga A senior Danish official has criticised the Tonga relief "
         "operation.", "Thousands of troops have now arrived in Tonga"),  # "A" after a place, one word repeated
        ("Painter's fall was ` an accident' Police officers say they are regarding the fall of the painter as "
         "an accident.", "Painter's fall was ` an accident'"),  # a quoted phrase ends the headline
        ("Supply trucks from Sudan arrive in Chad Chad has a long land border with Sudan.",
         "Supply trucks from Sudan arrive in Chad"),  # the place ends the headline and opens the lead
        ("Inside the depot where volunteers are packing supplies for Chad BBC News is following the supplies to Chad.",
         "Inside the depot where volunteers are packing supplies for Chad"),  # the place stands alone at the lead's end
        ("The novelist's doctor goes on trial The novelist's doctor has gone on trial in Paris, charged with his death.",
         "The novelist's doctor goes on trial"),  # the lead repeats the headline's subject
        ("The field kitchen in Lowmere is run by 40 cooks UK bakers have begun sending bread to Lowmere.",
         "The field kitchen in Lowmere is run by 40 cooks"),  # a common-noun subject and an auxiliary
        ("Chief says farmers could “return to their land” Fiji's president says he will offer land to farmers.",
         "Chief says farmers could “return to their land”"),  # a closed quotation, then a subject with a noun
        ('Chief said farmers could " return to their land " Fiji\'s president says he will offer land to farmers.',
         'Chief said farmers could " return to their land "'),  # a closing mark standing apart
        ("Violence as aid is handed out in Tonga A stick-wielding gang have attacked people waiting for aid in Tonga.",
         "Violence as aid is handed out in Tonga"),  # "A" before a compound adjective
        ("Charities step up aid after drought Shortages continue to slow getting water to farmers Some two million of "
         "the six million people in Veltria are thought to need water.",
         "Charities step up aid after drought Shortages continue to slow getting water to farmers"),  # a long subject
        ("Food agencies hand out rations to families in the capital The UN has begun a large aid distribution to "
         "families.", "Food agencies hand out rations to families in the capital"),  # "The" and a name
        ("Ten aid workers remain unaccounted for The Red Cross has held a vigil for its ten missing aid workers.",
         "Ten aid workers remain unaccounted for"),  # a headline that ends in a particle, "The" and a name
        ("Flood relief talks called off A planned meeting on flood relief has been cancelled.",
         "Flood relief talks called off"),  # a particle after a past participle, a determiner subject
        ("Pupil raises money for Tonga The nine-year-old pupil who cycled across the county for Tonga has raised "
         "5,000 dollars.", "Pupil raises money for Tonga"),  # a subject that holds a relative clause
        ("Relief teams are slowly reaching Nukualofa With up to 500 people feared dead in Tonga, UK charities are "
         "sending relief teams.", "Relief teams are slowly reaching Nukualofa"),  # an introductory phrase opens the lead
        ("Aid convoys are gradually reaching Port-au-Prince After days of delay at the border, the aid convoys have "
         "arrived.", "Aid convoys are gradually reaching Port-au-Prince"),  # a hyphenated place ends the headline
        ("Rescue teams heading to Tonga In his first interview since the storm, the king said hundreds had died.",
         "Rescue teams heading to Tonga"),  # an introductory phrase needs no repeated word: its comma and verb tell
        ("Storm Relief and Moral Duty In hard times, the people of Tonga have helped each other.",
         "Storm Relief and Moral Duty"),  # a headline in title case, an introductory phrase without capitals
        ("Relief effort harder than storm, Oxfam says Demand for clean water has outstripped the relief effort.",
         "Relief effort harder than storm, Oxfam says"),  # a headline with its source after a comma
    ],
)
def test_a_headline_with_a_verb_is_cut_from_the_lead(glued: str, head: str) -> None:
    got = split_line(glued)
    assert got == [head, glued[len(head):].strip()]
    assert not is_heading(got[1])
    sents = article_sentences(make_article(glued + "\nRelief flights resumed on Monday.", name="head.txt"))
    title, lead = (s for s in sents if s.text in got)
    assert title.is_title and not lead.is_title and lead.position == 0  # the headline never becomes a line


def test_a_headline_source_with_any_verb_of_saying_in_the_present_is_cut_off() -> None:
    # "..., Oxfam notes": the present forms of chunks.SAY_VERBS, not only "says", "warns", "claims", "insists"
    for verb in ("notes", "reports", "confirms"):
        head = f"Relief effort harder than storm, Oxfam {verb}"
        assert split_line(head + " Demand for clean water has outstripped the relief effort.") == [
            head, "Demand for clean water has outstripped the relief effort."]


def test_only_a_line_start_is_read_as_a_headline() -> None:
    glued = "Grain price rises stoke fears of hunger Anger is growing over the price of grain in Veltria."
    assert split_glued(glued) == (glued,)  # within a line a sentence stop comes before a headline
    assert len(split_glued(glued, lead=True)) == 2
    later = "Officials met on Monday. " + glued
    assert split_line(later) == ["Officials met on Monday.", glued]


@pytest.mark.parametrize(
    "sentence",
    [
        # names run on: the right part's capital goes on the left part's name
        "The inquiry into Fannie Mae and Freddie Mac is likely to be broad and Fannie Mae staff will be questioned.",
        "Scottish health secretary Nicola Sturgeon has given parliament an update on the health secretary's two cases.",
        "Boy tests positive for measles Year eight pupils from a school in North Lowmere have been given jabs "
        "after a case of measles at the school.",
        "Deck hand in hospital after voyage from fever-struck Veltria World Health Organisation has warned of fever.",
        # a name in apposition to a noun before it
        "Press freedom group Open Pages International has voiced worries about raids and trials of press groups.",
        "President Jo Roe and first lady Ann Roe have published their health records, the Roe office said.",
        "The punk band Nasty Boys have praised the band's jailed singer.",
        # the object of an infinitive, and titles in capitals
        "Pop star ready to help Tonga Pop star Jane Roe is one of many stars raising money for Tonga.",
        "Manchester fanzine United We Stand tells of the fanzine's spending spree in Manchester.",
        "Festival footage at centre of legal row This Is Now was made up of backstage footage from the festival row.",
        # a plural possessive is no closing quotation; a quotation's object runs on as a name
        "The Newspaper Publishers' Association left the choice to each of the newspaper publishers.",
        "Nurse ` did not treat' Roe Dr Doe is helping the inquiry into the nurse's role.",
        # a particle whose object is a name, a relative clause with no verb after "who"
        "Fans line up for The Cure tour has sold out for fans.",  # a particle after a base verb
        "Quizzed by the panel, Roe says Doe's lawyer had lied to the panel.",  # a participle phrase opens prose
        "Storm relief is slow, Roe says Doe told him the relief was slow.",  # a name before its verb: reported
        "Relief effort harder than storm, Oxfam says Demand for water, food and fuel is high after the storm.",
        "Stars Seize Control of Fans With $5 Deal Invoking old rules, the stars seized control of the fans.",  # title
        "Fans Still Love Gone With the Wind, the film has sold out again in the cinema.",  # a title in title case
        "Actor to star in film of Gone With The Wind the actor said, and fans were delighted.",  # a title goes on
        "Ministers met for Tonga The minister who chairs the flood relief fund for Tonga spoke.",
        # a participle after a name, not a finite verb
        "Loans are listed in a claim against top Acme Holdings management filed by a bank that holds Acme loans.",
        # an open subordinate clause, prose with a comma or "but"
        "Wada wants to clarify that contrary to the press release Wada has never questioned the press release.",
        "Critics said the donation was small but Mr Roe said every donation helps the critics.",
        'He said the new contribution was " a disgrace " Officials say the contribution will be paid.',  # prose
    ],
)
def test_names_appositions_and_open_clauses_are_not_cut(sentence: str) -> None:
    assert split_glued(sentence, lead=True) == (sentence,)


def test_a_pull_quote_is_cut_before_the_lead_and_is_no_line() -> None:
    glued = ('Aid chief calls for patience in Tonga Jane Roe: " For a small country this is a tsunami " UN relief chief '
             "Jane Roe has appealed to survivors to be patient over aid.")
    got = split_line(glued)
    assert got == ["Aid chief calls for patience in Tonga", 'Jane Roe: " For a small country this is a tsunami "',
                   "UN relief chief Jane Roe has appealed to survivors to be patient over aid."]
    assert not_a_line(got[1]) and not not_a_line(got[2])


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ('Jane Roe: " There is no need to panic "', True),
        ("EU Health Chief Jane Roe: “ We are ready ”", True),
        ('Jane Roe: "We will rebuild the town."', False),  # a quoted sentence with its stop: a quotation
        ('The minister said: " no "', False),  # a reporting clause, not a name
    ],
)
def test_pull_quote_form(sentence: str, want: bool) -> None:
    assert is_pull_quote(sentence) is want


def test_a_quote_whose_speaker_the_next_sentence_does_not_name_stays_whole() -> None:
    sentence = 'Jane Roe: " For a small country this is a tsunami " Aid workers have appealed to survivors for patience.'
    assert split_glued(sentence) == (sentence,)


def test_between_only_opens_a_sentence_in_capitals() -> None:
    assert split_line("Treating the storm victims in the capital Between 100 and 200 people may have died in the storm.") \
        == ["Treating the storm victims in the capital", "Between 100 and 200 people may have died in the storm."]
    sentence = "The fund paid out sums ranging between 10 and 20 dollars a day to workers."
    assert split_line(sentence) == [sentence]


def test_shared_stems_count_a_stem_inside_a_longer_word() -> None:
    from summarizer.headrun import shared_words

    assert shared_words("Quake toll climbs".split(), "The earthquake killed many".split()) == 1  # "quake" in "earthquake"
    assert shared_words("Storm toll climbs".split(), "Brainstorming sessions ran late".split()) == 1
    assert shared_words("Flood waters recede".split(), "Rain stopped today".split()) == 0


def test_a_pull_quote_needs_a_headline_before_it() -> None:
    from summarizer.headrun import pull_quote

    tail = 'Jane Roe: " For a small country this is a tsunami " UN relief chief Jane Roe has appealed for patience.'
    tokens = ("Aid chief calls for patience in Tonga " + tail).split()
    assert pull_quote(tokens, tokens.index("Jane"))
    for head in ("Aid chief calls, again, for patience in Tonga", "aid chief calls for patience in Tonga"):
        tokens = (head + " " + tail).split()  # punctuation inside, or no capital: prose, not a headline
        assert not pull_quote(tokens, tokens.index("Jane"))
    tokens = "Aid chief calls for patience in Tonga Jane Roe has appealed for patience with the aid.".split()
    assert not pull_quote(tokens, tokens.index("Jane"))  # a headline, but no quotation after it


def test_a_headline_infinitive_with_a_noun_object_opens_no_clause() -> None:
    # "to see ferry photos": a headline's future with a bare noun object, then its lead
    glued = ("Lowmere inquiry panel to see ferry photos Lawyers for the Lowmere ferry company have said the crew did "
             "nothing wrong on the night of the crash.")
    assert split_glued(glued, lead=True) == (
        "Lowmere inquiry panel to see ferry photos",
        "Lawyers for the Lowmere ferry company have said the crew did nothing wrong on the night of the crash.")


def test_shared_words_counts_each_stem_once_and_a_stem_inside_a_compound() -> None:
    """speed33: each token's stems are cached; the count is the same as reading the words afresh at each seam."""
    from summarizer.headrun import shared_words
    left = "Quake survivors wait for aid in Lowmere".split()
    assert shared_words(left, "Earthquake survivors in Lowmere waited for food and aid , officials say".split()) == 4
    assert shared_words(left, left) == shared_words(left, left + left)
    assert shared_words(left, []) == 0 and shared_words([], left) == 0


def test_word_stems_of_function_words_and_repeated_stems_share_one_set() -> None:
    # cached per word: most words have no content stem or one, held once however many words have it
    from summarizer.headrun import _word_stems
    assert _word_stems("the")[0] is _word_stems("and")[0] == frozenset()
    assert _word_stems("troops")[0] is _word_stems("troop")[0] == frozenset({"troop"})
