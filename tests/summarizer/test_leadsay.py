"""Who says it at the head of a line: "X says Y", never a parenthetical "said X," left at the head."""
from __future__ import annotations

from summarizer.condense import condense
from summarizer.leadsay import lead_attribution


def test_a_parenthetical_attribution_left_at_the_head_becomes_x_says() -> None:
    """Once "In fact," or "Overall," goes, "said Holm, the council ..." reads "Holm says the council ..."."""
    assert condense("In fact, said Holm, the council had made repeated attempts to buy the land between March and "
                    "June, when the owner said he would sell.").startswith("Holm says the council had made")
    assert condense("Overall, critics say, the cuts have weakened the library service and damaged its ability to keep "
                    "branches open when funding falls.").startswith("Critics say the cuts have weakened")
    assert lead_attribution("Said Holm, the council had made repeated attempts to buy the land.") == (
        "Holm says the council had made repeated attempts to buy the land.")


def test_says_agrees_with_a_plural_head_and_takes_its_aside_and_outlet_along() -> None:
    """"Harbour workmen said" -> "say"; "said, however, that" -> "says"; "told the X website that" -> "says"."""
    assert condense("Harbour workmen said they were angry about the new shift rota and said they would vote on a strike "
                    "until the company changed its plans.").startswith("Harbour workmen say they")
    assert condense("The mayor said, however, that the bridge would stay closed for the whole of the winter season.") \
        .startswith("The mayor says the bridge")
    assert lead_attribution("Jens Dahl told the Morgenbladet website that the coach had resigned over a row about "
                            "money.").startswith("Jens Dahl says the coach")


def test_a_relative_clause_on_the_source_goes_and_none_opens_the_line() -> None:
    """'According to the Gazette, which cited port officials, ...' never gives 'Gazette: Which cited ...'."""
    text = "According to the Lowmere Gazette, which cited port officials, around 2,000 passengers were stranded overnight."
    assert lead_attribution(text) == "Lowmere Gazette: Around 2,000 passengers were stranded overnight."
    text = "According to Jo Roe, who has sat on the boards of Acme, Brill and Cole, the questioning is usually intense."
    assert not lead_attribution(text).startswith("Jo Roe: Who")


def test_a_saying_inside_a_relative_clause_of_the_subject_keeps_its_tense() -> None:
    """"Residents who said the water was unsafe marched" is no "X says Y": the saying is the relative clause's."""
    line = "Residents who said the water had been unsafe for months marched to the town hall to demand a new mayor."
    assert lead_attribution(line) == line
    assert lead_attribution("A teacher who said she had been told to stay silent has won her case against the "
                            "school board.").startswith("A teacher who said she")
    assert lead_attribution("The mayor said that the bridge would stay closed for the whole of the winter season.") \
        .startswith("The mayor says the bridge")


def test_a_saying_of_last_week_or_of_a_subordinate_clause_keeps_its_tense() -> None:
    """"said last week that" is days old ("says" would make it today's); "Although X said ..., Y said ..." is Y's line."""
    line = ("Although the governor said last week that she would ask the board to review the contract, the union "
            "said its members had lost patience.")
    assert lead_attribution(line) == line
    line = "The harbour master said last week that the pier would stay closed for the rest of the winter season."
    assert lead_attribution(line) == line
    assert lead_attribution("The harbour master said yesterday that the pier would stay closed for the rest of the "
                            "winter season.").startswith("The harbour master says the pier")


def test_told_the_media_or_reporters_in_a_place_is_says() -> None:
    """'X told reporters in Varna that Y' and 'X told local media Y' say Y: the place of the telling goes, Y's day stays."""
    assert lead_attribution("The mayor told reporters in Varna that the ferry would resume on Monday.") == (
        "The mayor says the ferry would resume on Monday.")
    assert lead_attribution("Port chief Jo Roe told local media two berths were being closed for repairs.") == (
        "Port chief Jo Roe says two berths were being closed for repairs.")
    line = condense("The mayor told reporters in Varna that the ferry would resume on Monday after a pause of three weeks.")
    assert line.startswith("The mayor says") and "Monday" in line


def test_an_opening_connective_or_time_is_no_part_of_the_speakers_name() -> None:
    """'But Jo Roe said: “...”', 'Earlier, the mayor's lawyer, Jo Roe, said: “...”' and 'On Sunday Roe said: “...”' are
    headed by who speaks ('Jo Roe: “...”'), never by the opener ('Earlier: “...”', 'But Jo Roe: “...”')."""
    quote = "“The pier will reopen before the summer season.”"
    assert lead_attribution(f"But Jo Roe said: {quote}") == f"Jo Roe: {quote}"
    assert lead_attribution(f"Earlier, the mayor's lawyer, Jo Roe, said: {quote}") == f"Jo Roe: {quote}"
    assert lead_attribution(f"On Sunday Roe said: {quote}") == f"Roe: {quote}"
    assert lead_attribution(f"As Kim Poe, a harbour engineer, put it: {quote}") == f"As Kim Poe, a harbour engineer, put it: {quote}"
    # a name followed by its role keeps the name, whichever comma closes the role
    assert lead_attribution(f"Jo Roe, harbour master, said: {quote}") == f"Jo Roe: {quote}"
    assert lead_attribution(f"The harbour master, Jo Roe, said: {quote}") == f"Jo Roe: {quote}"


def test_a_capitalised_plural_before_a_phrase_keeps_said() -> None:
    """'Lawyers for the club said ...' opens on a capital, so its number is unknown to the noun test: the past "said"
    agrees with a plural noun and with a name alike, where "says" would read 'Lawyers for the club says'."""
    line = lead_attribution("Lawyers for the harbour board said on Monday that they would appeal the ruling in the spring.")
    assert line.startswith("Lawyers for the harbour board said ")
    line = lead_attribution("Council officials said on Monday that they would appeal the ruling in the spring.")
    assert line.startswith("Council officials say ")
