"""What a deletion must leave: no dangling word, no clause opened without its verb."""
from __future__ import annotations

from summarizer.condense import condense
from summarizer.cutguards import acceptable, coordinated, list_opening, open_clause, opening_needed, unfinished_preamble


def test_a_line_may_not_end_on_a_word_that_needs_what_followed() -> None:
    source = "The ferry yard kept building boats even as its orders were collapsing last winter."
    assert not acceptable("The ferry yard kept building boats even.", True, source)
    assert not acceptable("His wins in the island race promise much but they came.", True, source)
    assert acceptable("The ferry yard kept building boats.", True, source)
    assert acceptable("The ferry yard has broken even.", True, "The ferry yard has broken even.")  # its own last word


def test_a_coordinated_clause_without_its_verb_is_open() -> None:
    assert open_clause("Vogt has piloted ferries since 1992, and yesterday")
    assert open_clause("His cap hides the grey but from seven tomorrow evening")
    assert not open_clause("Vogt has piloted ferries since 1992, and she retired yesterday")
    assert not open_clause("The yard builds not ferries but tugs")
    assert not open_clause("The yard builds ferries")


def test_an_object_after_a_coordinated_aside_stays() -> None:
    s = ("One of the old stories in the island press, and on harbour web sites, is the one about how the yard is "
         "growing, or is about to grow, its market share.")
    assert condense(s, goal=60).endswith("its market share."), condense(s, goal=60)
    s2 = "His wins in the island race this season look bright but they came after a fever cost him the title."
    assert not condense(s2, goal=40).endswith("they came."), condense(s2, goal=40)


def test_an_opening_subordinate_clause_alone_is_open() -> None:
    assert open_clause("Although it has been deadly on the island, Tarvia, and caused one death in the port")
    assert not open_clause("Although it has been deadly on the island, officials say the ferry will sail")
    assert not open_clause("When the ferry sank in the harbour, the mayor called for an inquiry")
    s = ("Although it has been deadly on the island, Tarvia, and caused the death of one sailor in the port of Lowmere, "
         "in other places people who caught the fever have had only mild symptoms and recovered within a week or "
         "two, the island health office said on Thursday in a long statement to the press and the radio.")
    assert not condense(s).startswith("Although it has been deadly on the island, Tarvia, and caused the death of one "
                                      "sailor in the port of Lowmere."), condense(s)


def test_a_named_compound_modifier_is_coordinated_with_the_next_one() -> None:
    """"the Jo Smith-led, State-funded team": the comma joins two modifiers of "team", no aside starts there."""
    s = "The Welshman, a key figure in the Jo Smith-led, State-funded rowing team, cited health reasons."
    assert coordinated(s, s.index(", State"))


def test_an_opening_phrase_that_goes_on_past_its_comma_stays_whole() -> None:
    s = ("As Professor Jo Brant, head of botany at the Seed Bank of Westland, has pointed out, "
         "this is hardly the first year a rare orchid has flowered in the valley.")
    assert unfinished_preamble(s, s.index("head of"))
    line = condense(s, goal=60)
    assert not line.startswith("Head of"), line


def test_a_line_never_ends_on_either_whose_alternatives_went() -> None:
    source = ("The harbour board has ordered a check of 10% of 3,063 permits deemed to be doubtful either because of "
              "a very high fee or where nearly all fees went to a single agent.")
    assert not acceptable("The harbour board has ordered a check of 10% of 3,063 permits deemed to be doubtful either.",
                          True, source)
    assert acceptable("The ferry crew did not sail either.", True, "The ferry crew did not sail either.")
    line = condense(source)
    assert not line.rstrip(".").endswith("either"), line


def test_a_time_the_clause_needs_is_kept() -> None:
    """"between now and 2030", "most recently this spring", "warning that Friday will be" keep their time; "has
    today been given" and "people today are" may lose it."""
    from summarizer.compress import edits
    from summarizer.cutguards import time_needed

    assert "between now and 2030" in condense("The town lacks enough teachers for its primary schools, so between now "
                                              "and 2030 some 400 graduates will be offered grants to move there.")
    s = "Lind, who has sailed and beaten the champion three times, most recently this spring, says the boat is faster."
    assert " this spring" not in [s[e.start:e.end] for e in edits(s)]
    s2 = "The union is to close every depot, warning that Friday will be the longest strike the network has seen."
    assert " Friday" not in [s2[e.start:e.end] for e in edits(s2)]
    assert time_needed("The talks will go on until", " next week", ".")
    assert not time_needed("The singer has", " today", " been given a prize.")
    assert not time_needed("Lots of people", " today", " are talking about it.")


def test_a_line_never_ends_on_an_adjective_that_needs_its_complement() -> None:
    """"was contingent on the continuing talks": no line "... was contingent."."""
    line = condense("The harbour master insisted the deal being drawn up with the ferry company over the winter was "
                    "contingent on the continuing talks.", target=60)
    assert not line.endswith("contingent.")


def test_a_cut_keeps_a_bare_day_after_a_verb_of_saying_and_no_timed_opening_alone() -> None:
    """"Jo Roe said that Sunday is expected to be wet" keeps its subject once "said that" reads "says"; "Five days after
    the storm hit the coast" is an opening clause, never a line without the main clause after it; no line ends on
    "not"."""
    line = condense("Jo Roe said that Sunday is expected to be grey, but added that the ferries might sail anyway to "
                    "ensure a calm regatta, as they did for the opening.")
    assert line.startswith("Jo Roe says Sunday is expected")
    line = condense("Five days after the storm hit the northern coast, destroying hundreds of homes and dozens of piers, "
                    "as the port's quick reaction to this storm is changing minds around the region, the ferry crews "
                    "thought only of their families.")
    assert not line.startswith("Five days after the storm hit the northern coast.")
    assert "thought only" in line
    assert not acceptable("The ferries sailed to the island – but not.", True, "The ferries sailed – but not, as hoped, on time.")


def test_an_opening_that_is_a_lists_first_item_stays() -> None:
    """"While ferries, buses and trains are running again, ..." opens with a list: its first comma is the list's, so
    "While ferries," is no opening phrase to cut ("Buses and trains are running again, the port is ..." read as two
    clauses run together)."""
    text = ("While ferries, buses and trains are beginning to return to service, the island's harbour is struggling to "
            "cope with thousands of workers hoping to return home for the holiday.")
    assert condense(text).startswith("While ferries, buses and trains")
    assert list_opening(text, text.index(",") + 1)
    assert not list_opening("While in port, Jo Roe and Kim Lee were arrested on the quay.", 15)


def test_an_opening_naming_the_only_antecedent_of_a_pronoun_stays() -> None:
    """"When Jo Roe sailed in May, the harbour log showed an odd pattern to his turns": the opening is the only place
    that says whose turns; cut, the line has a "his" that points to no one. A time alone may still go."""
    text = "When Jo Roe sailed past the northern cape, the harbour log showed an unorthodox pattern to his turns."
    assert condense(text).startswith("When Jo Roe sailed")
    assert opening_needed(text, text.index(",") + 2, "The harbour log showed an unorthodox pattern to his turns.")
    text = "In a long rebuttal of Jo Roe's claims, the port's lawyers call his arguments “pure fiction”."
    assert condense(text).startswith("In a long rebuttal of Jo Roe's claims")
    text = "In an interview with the island radio KFM, Roe said he would close the northern quay for the winter."
    assert condense(text).startswith("Roe says he would close")  # a phrase's name is no actor
    text = "On Monday, the harbour master said he would close the northern quay for the winter."
    assert not opening_needed(text, text.index(",") + 2, "The harbour master said he would close the quay.")


def test_a_head_ending_inside_a_joined_opening_clause_is_open() -> None:
    """"..., and while the port might enjoy many things" opens a clause whose main part comes after the cut; a trailing
    ", while the bus was late" is a whole contrast."""
    assert open_clause("The ferry uses diesel, and that's cheap, and while the port might enjoy many things")
    assert not open_clause("The ferry sailed on time, while the bus was late")
    text = ("But the ferry uses diesel, and that's cheap, and while the port might enjoy many things, and has even "
            "sided with the union against the owners - why, the new boat is going to run on gas, Jo Roe told the paper "
            "- we must admit that we've heard that tune before.")
    assert not condense(text).endswith("many things.")


def test_a_verbless_opening_names_no_actor() -> None:
    """A verbless opening is no clause: its names are no actors ("Once friendly with Jo Roe and Kim Lee, Black ...
    him"), so it may go."""
    text = ("Once friendly with harbour figures ranging from Jo Roe to Kim Lee, Black described the charge against him "
            "as sitting “like a stone” on the desks of prosecutors.")
    assert condense(text).startswith("Black described the charge")


def test_a_sentence_ending_on_an_elided_verb_phrase_is_not_cut() -> None:
    source = "A harbour official, Jo Roe, who had signalled her intention to run for mayor, said she will not."
    assert not acceptable("Harbour official Jo Roe says she will not.", True, source)
    assert acceptable("Harbour official Jo Roe says she will run for mayor.", True,
                      "A harbour official, Jo Roe, who had hoped to stay on, said she will run for mayor.")
    assert "run for mayor" in condense(source)
    mid = ("A harbour official, Jo Roe, who had signalled her intention to run for mayor, said she will not, leaving the "
           "sitting mayor, Kim Poe, in an increasingly strong position to win a third term in the spring election.")
    assert "run for mayor" in condense(mid, set(), target=80, hard=100)
    aside = "A harbour official, Jo Roe, who chairs the ferry board, must, however, step down before the spring."
    assert acceptable("Harbour official Jo Roe must, however, step down before the spring.", True, aside)
