"""A person named in full in one line and by surname in another (made-up sentences)."""
from summarizer.namesakes import by_surname, untold_parties
from summarizer.sameevent import signature


def test_the_given_name_of_a_name_told_by_surname_is_told() -> None:
    full = "The senate confirmed General Ada Lunn as commander of the northern army."
    short = "The senate voted 99-0 to appoint Lunn to command the northern army."
    assert by_surname(full, short, signature(short).said) == frozenset({"ada"})  # (a title is no word of the name)
    assert not by_surname(full, short, signature(short).said, sure=False)  # no evidence of one event: none


def test_another_bearer_of_the_surname_named_in_full_is_another_person() -> None:
    line = "Tom Lunn was injured in a crash in the Velmora hills."
    other = "Ada Lunn visited Tom Lunn's brother, Rob Lunn, in hospital."
    assert not by_surname("Rob Lunn was injured in a crash.", line, signature(line).said)
    assert not by_surname(line, other, signature(other).said) - {"tom"}  # Tom is named in full in both
    assert not by_surname("Ada Kim was injured in a crash.", line, signature(line).said)  # a surname not said


def test_a_surname_told_with_two_given_names_is_an_untold_party() -> None:
    line, other = "Tom Lunn was taken to hospital.", "Boxer Jo Lunn has been hospitalised."
    said = signature(other).said
    assert "lunn" in untold_parties(line, other, signature(line).participants, said, True)  # two people
    full, short = "General Ada Lunn was taken to hospital.", "Lunn has been hospitalised."
    assert not untold_parties(full, short, signature(full).participants, signature(short).said, True)
    assert untold_parties(full, short, signature(full).participants, signature(short).said, False) == {"ada"}


def test_a_title_before_a_surname_is_no_other_bearer() -> None:
    full, short = "Judge Ada Lunn ruled that the Velmora files were sealed.", "Judge Lunn ruled the Velmora files sealed."
    assert by_surname(full, short, signature(short).said) == frozenset({"ada"})
    assert not untold_parties(short, full, signature(short).participants, signature(full).said, True)
