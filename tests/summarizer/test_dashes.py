"""Spaced hyphens read as dashes only when a phrase opens after them; compounds stay."""
from __future__ import annotations

from summarizer.condense import clause_cut, condense
from summarizer.dashes import dash_asides, dash_edits, inside_dash_aside, opens_closed_pair


def test_a_closed_aside_between_spaced_hyphens_goes() -> None:
    s = "The ferry firm will sell its oldest boat - a relic of the nineteen sixties - this spring, its owner said."
    assert [s[a:b] for a, b in dash_asides(s)] == [" - a relic of the nineteen sixties -"]
    assert condense(s, goal=60).startswith("The ferry firm will sell its oldest boat this spring")
    assert inside_dash_aside(s, s.index("relic"))


def test_a_trailing_aside_after_a_dash_goes_and_compounds_stay() -> None:
    s = ("The harbour board fined the 19-year - old skipper for the anti - social mooring - the latest in a long run "
         "of disputes between the board and the island's fishermen.")
    assert [s[a:b] for a, b in dash_asides(s)] == [s[s.index(" - the latest"):-1]]
    line = condense(s, goal=60)
    assert line == "The harbour board fined the 19-year - old skipper for the anti - social mooring.", line


def test_compounds_alone_are_no_dashes() -> None:
    s = "The long - range ferry and the first - class lounge opened in a run - down print - out - and - keep hall."
    assert dash_asides(s) == []
    assert list(dash_edits(s)) == []


def test_an_aside_closes_before_the_verb_it_interrupts() -> None:
    s = ("The mayor said that Vogt - who has signed a lucrative deal to write a memoir - quickly decided to sell "
         "the ferry company.")
    assert [s[a:b] for a, b in dash_asides(s)] == [" - who has signed a lucrative deal to write a memoir -"]


def test_the_closing_dash_of_a_list_of_names_opens_no_aside_to_the_end() -> None:
    text = ("The mayor called on the three big carriers - Northline, Eastway and Bluebird Air - to drop their fees for "
            "families travelling with small children this summer.")
    assert dash_asides(text) == []  # the names say which carriers: no aside to cut
    line = condense(text)
    assert "to drop their fees" in line and "Northline, Eastway and Bluebird Air" in line


def test_a_particle_compound_does_not_close_an_aside() -> None:
    s = ("The firm said its new kettle - which has built - in filters and a timer - would cost £40 in the shops "
         "from next spring onwards.")
    assert [s[a:b] for a, b in dash_asides(s)] == [" - which has built - in filters and a timer -"]
    line = condense(s, goal=60)
    assert "kettle in filters" not in line and "timer - would" not in line, line


def test_a_spaced_hyphen_after_a_and_a_word_is_a_compound_not_a_dash() -> None:
    """"is a hands - on operation": no line "... is a hands."."""
    s = ("The firm has grown into the region's biggest employer and is a hands - on operation that has launched new "
         "machines for farmers, from seed drills to grain dryers.")
    assert not dash_asides(s)
    assert not condense(s).endswith("a hands.")


def test_a_particle_compound_after_its_verb_half_is_no_dash() -> None:
    """"a knock - on effect", "a potential stand - by" are compounds a tokeniser spaced: cutting at the hyphen left "a
    lasting knock." and "considered as a potential stand."; "beaten - by a length" is still a dash."""
    knock = "Jo Roe hoped the ferry strike would not have a lasting knock - on effect on the island's hotels."
    assert "knock - on effect" in condense(knock)
    stand = "The harbour master also confirmed that the old ferry would not be kept as a potential stand - by should storms hit."
    assert "stand - by" in condense(stand)
    assert not dash_asides(stand)
    assert dash_asides("The ferry Jo Roe steered was beaten - by a length, in the end - in the annual race.")


def test_a_trailing_dash_before_a_lists_last_item_is_no_aside() -> None:
    """"will include faster engines, satellite navigation - and a drop in fares": the dash brings the list's last item
    (often its news); cutting it left "faster engines, satellite navigation." with no "and"."""
    text = ("The next generation ferry will include faster engines, satellite navigation - and a drastic drop in fares "
            "for the islanders this summer.")
    assert not list(dash_edits(text))
    assert condense(text, goal=40, target=60).endswith("this summer.")
    assert list(dash_edits("The ferry will sail again in May - and the crew, for once, is ready for the long season."))
    # a dash before a coordinated clause ("- and cited ...") is still an aside, the list before it no matter
    assert list(dash_edits("Jo Roe has defended the port's decision not to allow ferries on the quay, pier and beach - "
                           "and cited three grounds on which she judges that letting them in is unwise."))


def test_no_clause_ends_at_a_dash_that_opens_a_closed_aside() -> None:
    """"a bond paid before Roe was freed – and thought to be raised by friends – had been lost": the sentence goes on
    after the pair, so a cut at the first dash left "a clerk said that a bond paid before Roe was freed." (the
    that-clause without its verb)."""
    text = ("At Monday's hearing, a court clerk told reporters that a £50,000 bond paid to the court before Roe was freed "
            "– and thought to have been raised by wealthy friends, including two film makers and a publisher – had been "
            "lost at an earlier hearing in May.")
    first = text.index(" – ")
    assert opens_closed_pair(text, first)
    assert not opens_closed_pair(text, text.index(" – ", first + 3))  # the closing dash opens nothing
    assert not opens_closed_pair("The ferry sailed at dawn – the third time this year.", 18)  # runs to the end
    letter = ("The owners have posted an open letter on the port's website – to which the new poster links – arguing "
              "that the quay belongs to everyone.")
    assert not opens_closed_pair(letter, letter.index(" – "))  # a participle's phrase after the pair: the head is whole
    assert not clause_cut(text, 200, []).endswith("was freed.")
    assert clause_cut("The council passed the plan on the harbour walls and its new pier in a long session, "
                      "which ran until midnight – the third vote this year on it.", 110, []).endswith("midnight.")  # an open one: a cut
