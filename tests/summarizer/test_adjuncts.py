"""Trailing setting phrases after the object (summarizer.adjuncts)."""
from summarizer.adjuncts import adjunct_edits
from summarizer.compress import trim


def _cuts(text: str) -> list[str]:
    return [text[e.start:e.end] for e in adjunct_edits(text)]


def test_a_trailing_setting_chain_after_the_object_is_a_candidate() -> None:
    s = "The gadget maker will show a thinner music player to its dealers at the annual trade show in Lisbon."
    assert " at the annual trade show in Lisbon" in _cuts(s)
    assert " in Lisbon" in _cuts(s)


def test_a_told_setting_goes_from_a_long_line_and_a_new_place_stays() -> None:
    s = "The regional governor signed a decree closing the village schools at a news conference in Warsaw."
    assert trim(s, set(), [], 60) == "The regional governor signed a decree closing the village schools."
    s = "The regional governor signed a decree closing every school in the province at the weekly cabinet meeting."
    assert trim(s, set(), [], 60) == "The regional governor signed a decree closing every school in the province."
    named = "The regional governor signed a decree closing every village school at a hastily called meeting in Tarnow."
    assert "Tarnow" in trim(named, {"tarnow"}, [], 80)


def test_a_complement_a_particle_a_time_bound_or_a_month_is_no_candidate() -> None:
    assert not _cuts("The minister said she would not meet the striking nurses at her office until next week.")
    assert not _cuts("Factory orders suffered a sharp fall in the northern region of the country.")  # a fall in X
    assert not _cuts("The league board decided that the club will move to a bigger ground in the city in March.")
    cuts = _cuts("The chasing riders tried hard to reel in the breakaway group near the finish.")
    assert " near the finish" in cuts and not any(c.startswith(" in the breakaway") for c in cuts)  # to reel in
    assert not _cuts("The lorry carrying the stolen paintings was found two miles outside the town.")  # a measure


def test_no_candidate_in_a_quotation_or_an_idiom() -> None:
    assert not _cuts("The chairman said the board would “meet the shareholders at the annual meeting in Leeds”.")
    assert not _cuts("The union promised to pay the striking workers a weekly sum in the event of a lockout.")


def test_no_candidate_after_a_participle() -> None:
    assert not _cuts("The new tower blocks on the hill are a testament to the money invested in Bristol.")


def test_a_participle_keeps_its_place() -> None:
    """"contractors employed by the army currently working in Kenya": the place is where they work."""
    s = "There are around 12,000 private contractors employed by the national army working in Kenya."
    assert " in Kenya" not in _cuts(s)
