"""Comma cuts that must not break a sentence: coordinated adjectives, nested asides, predicate lists, a title after a
subordinator, a stranded auxiliary (invented sentences)."""
from summarizer.compress import trim
from summarizer.cutguards import acceptable, coordinated


def test_coordinated_adjectives_keep_their_noun() -> None:
    s = "The long dispute over the harbour fees, settled by a vote in March, has left the mayor a weakened, isolated figure."
    out = trim(s, set(), [], 60)
    assert out.rstrip(".").endswith("isolated figure")
    c = s.index(", isolated")
    assert coordinated(s, c)
    assert not coordinated("The council sold the old depot, raising funds for the school.", 30)  # no adjective before it


def test_an_aside_after_an_appositive_keeps_the_comma_that_closes_it() -> None:
    s = "The ferry company's spokesman, Tom Vale, brother of the harbour master Ray Vale, said the crossing would resume soon."
    for goal in (70, 100):
        assert ", Tom Vale said" not in trim(s, set(), [], goal)  # the spokesman's aside is closed or gone whole


def test_an_aside_before_an_inverted_attribution_keeps_its_comma() -> None:
    s = "The fire was started by Tom Vale, brother of the harbour master Ray Vale, said a police officer in the town."
    assert "Tom Vale, said a police officer" in trim(s, set(), [], 70)


def test_an_aside_in_a_participial_aside_keeps_the_closing_comma() -> None:
    s = "The ferry deal, agreed after a week of talks at a hotel outside Leeds, England, will add two boats to the fleet."
    out = trim(s, set(), [], 100)
    assert "Leeds will" not in out and "Leeds, will" not in out


def test_a_predicate_in_a_list_is_no_participial_aside() -> None:
    s = "Instead, the skipper kept his head down, helped the crew mend the nets, said all the right things and waited."
    assert "head down said" not in trim(s, set(), [], 60)


def test_a_predicate_list_keeps_its_and() -> None:
    s = ("The skipper docked at the north pier shortly after midnight, walked to the harbour office, and by late "
         "afternoon was mending nets with the crew.")
    assert not trim(s, set(), [], 60).rstrip(".").endswith("harbour office")


def test_a_title_after_a_subordinator_is_no_opening_title() -> None:
    s = ("As the ferry company's chief executive, Tom Vale, failed to appear at the hearing yesterday, attention turned to "
         "the company's debts.")
    assert not trim(s, set(), [], 60).startswith("Tom Vale failed")


def test_a_line_may_not_end_on_an_auxiliary() -> None:
    assert not acceptable("The skipper admitted the boats had.", True, "The skipper admitted the boats had, at times, leaked.")
    assert acceptable("The ferry left the pier at 2 am.", True, "The ferry left the pier at 2 am today.")


def test_a_second_aside_keeps_the_comma_that_closes_the_first() -> None:
    s = ("Tom Vale, brother of Ray Vale, a skipper in the northern harbour, said the ferry crossing would resume "
         "within the week.")
    for goal in (60, 90):
        assert "Ray Vale said" not in trim(s, set(), [], goal)  # "Tom Vale, brother of Ray Vale, said" or "Tom Vale said"
