"""Who says it: the short name of a speaker phrase and a named body."""
from summarizer.condense import condense, split_attribution
from summarizer.speakers import body, speaker


def test_a_name_joined_by_and_stays_whole() -> None:
    assert speaker("the Securities and Exchange Commission") == "Securities and Exchange Commission"
    assert speaker("a spokesman for the Gizmo and Widget Board") == "Gizmo and Widget Board"


def test_the_name_a_document_is_sent_to_is_not_who_says_it() -> None:
    assert speaker("the bakery's filing with the Westland Securities Commission") == ""
    assert speaker("a letter to the Town Council") == ""
    assert speaker("a report by the Town Council") == "Town Council"


def test_a_person_after_a_title_with_of_keeps_only_the_name() -> None:
    assert speaker("Minister of Fisheries Jane Doolan") == "Jane Doolan"


def test_a_verb_is_never_a_body() -> None:
    assert body("was") == ""
    assert body("the fisheries ministry") == "Fisheries ministry"


def test_a_passive_attribution_gives_no_speaker_prefix() -> None:
    text = "Jane Doolan, director of the Northern Otter Trust, was quoted as saying in the trust's statement."
    assert split_attribution(text) == (text, "")


def test_an_attribution_to_a_filing_with_a_regulator_names_no_regulator() -> None:
    text = "The deal ends a seven-year contract between the two bakeries, according to the bakery's filing with the " \
           "Westland Securities Commission."
    assert "Securities Commission" not in split_attribution(text)[1]


def test_a_middle_initial_keeps_the_first_name() -> None:
    assert speaker("Rep. Jo K. Roe") == "Jo K. Roe"
    assert speaker("the senior aide Al B. Poe") == "Al B. Poe"
    assert speaker("Council spokesman Al Poe") == "Al Poe"


def test_a_body_named_with_a_joiner_is_named_whole() -> None:
    """"data from the US Department of Defense" is said by the department, never by "of Defense"."""
    assert speaker("the latest figures from the US Department of Defense") == "US Department of Defense"
    assert speaker("White House spokesperson John Kirby") == "John Kirby"


def test_according_to_a_bare_singular_noun_names_no_speaker() -> None:
    """"according to tradition" is no one who says it: no "Tradition: ..." line; "police" still is."""
    assert body("tradition") == ""
    assert body("police") == "Police"
    line = split_attribution("Tova swam across the lake, rang the bell at the old chapel and lit a candle in the "
                             "porch, according to tradition.")
    assert line[1] == ""


def test_a_force_is_a_body_named_whole() -> None:
    assert speaker("the Northern Border Assistance Force") == "Northern Border Assistance Force"
    assert speaker("the Island Defence Forces") == "Island Defence Forces"


def test_two_people_sharing_a_family_name_are_both_the_speakers() -> None:
    """"Jo and Kim Roe said in a statement" is said by both: the short name "Kim Roe" would drop one of them."""
    assert speaker("Jo and Kim Roe") == "Jo and Kim Roe"
    assert speaker("harbour spokesperson Kim Roe") == "Kim Roe"
    line = condense('We are proud of the crew and prouder still of the island, " Jo and Kim Roe said in a statement.')
    assert line.startswith("Jo and Kim Roe: “We are proud")


def test_a_name_with_a_joiner_third_from_its_end_is_never_cut_to_its_last_two_words() -> None:
    """'Institute for Harbour Studies' is one body, and 'Lawyers for Jo Roe' are not Jo Roe."""
    assert speaker("the Northern Institute for Harbour Studies") == "Northern Institute for Harbour Studies"
    assert speaker("Lawyers for Marta Vell") == "Lawyers for Marta Vell"
    assert speaker("Kelp Watch's latest Coast Use and Attitudes Report") == "Coast Use and Attitudes Report"
    assert speaker("On Monday the Department of Ferry Services") == "Department of Ferry Services"
    assert speaker("Radio reporters Ann Holt and Ben Tarr") == "Ann Holt and Ben Tarr"
    assert speaker("Minister of Fisheries Jane Doolan") == "Jane Doolan"  # a title's joiner is further back


def test_a_long_whole_name_keeps_the_attribution() -> None:
    """'..., according to the National Coalition for Harbour Pilots' is said by that body, not by no one."""
    text = "The total number of pilots stranded in the storm is 67, according to the National Coalition for Harbour Pilots."
    assert split_attribution(text) == ("The total number of pilots stranded in the storm is 67.",
                                       "National Coalition for Harbour Pilots")


def test_the_and_one_word_pointing_back_is_no_speaker_label() -> None:
    """'..., the ministry said' keeps its attribution: a 'Ministry:' or 'Post:' label needs the article to read."""
    for who in ("the ministry", "the firm", "the report", "the judge", "the Post", "the States", "the American"):
        text = f"Two new ferry routes across the harbour will open in the spring of next year, {who} said."
        assert split_attribution(text) == ("Two new ferry routes across the harbour will open in the spring of next year.",
                                           f"{who} said"), who
        assert condense(text, goal=60) == text, who  # after the fact, however short the goal
    # a name of one word, a qualified body and a group that speaks still label the line
    for who, label in (("the Pentagon", "Pentagon"), ("the BBC", "BBC"), ("the harbour ministry", "Harbour ministry"),
                       ("the police", "Police")):
        text = f"Two new ferry routes across the harbour will open in the spring of next year, {who} said."
        assert split_attribution(text) == ("Two new ferry routes across the harbour will open in the spring of next year.",
                                           label), who


def test_a_name_set_off_by_commas_or_standing_alone_after_its_kind_is_who_says_it() -> None:
    """'..., the harbour master, Jo Roe, said.' is said by Jo Roe; 'the state news agency Tasso' is Tasso."""
    fact = "Two new ferry routes across the harbour will open in the spring of next year"
    assert split_attribution(f"{fact}, the harbour master, Jo Roe, said.") == (f"{fact}.", "Jo Roe")
    assert split_attribution(f"{fact}, a spokesman for the port, Kim Poe, told reporters.") == (f"{fact}.", "Kim Poe")
    assert split_attribution(f"{fact}, the state news agency Tasso reported.") == (f"{fact}.", "Tasso")
    assert speaker("the broadcaster RTN") == "RTN" and speaker("officials in Varna") == ""
    routes = "Two new ferry routes will open on both banks from May next year"
    assert split_attribution(f"{routes}, Jo Roe, said.") == (f"{routes}.", "Jo Roe")  # a role trimmed before: the name
    for text in (f"{fact}, the port reopened on Friday, Jo Roe, said.",  # a clause, not a role, before the name
                 "Two new ferry routes will open in the spring of next year, Jo Roe, said."):
        assert split_attribution(text) == (text, ""), text  # no clause or phrase of the fact is taken for a role


def test_a_quotation_closed_by_a_comma_takes_the_attribution_after_its_mark() -> None:
    """'"... the ferry," the report says.' keeps one comma, after the closing mark: never ',”, the report says'."""
    line = condense('The harbour is "quickly becoming a safe haven for every kind of boat and the ferry," the report says.')
    assert line.endswith("ferry”, the report says.") and ",”," not in line


def test_a_persons_spokeswoman_speaks_for_the_person_not_as_them() -> None:
    from summarizer.speakers import speaker
    assert speaker("A spokeswoman for Lord Birch") == "Lord Birch’s spokeswoman"
    assert speaker("a spokesman for Ada Quell") == "Ada Quell’s spokesman"
    assert speaker("a spokesman for the Ruritania government") == "Ruritania government"  # a body speaks as itself
    assert speaker("a spokesman for Downing Street") == "Downing Street"
