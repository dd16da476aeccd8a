"""A relative clause its writer left open (summarizer.unclosed), and the cut it forbids (summarizer.segments)."""
from summarizer.condense import condense
from summarizer.unclosed import unclosed_relative


def test_a_second_verb_phrase_after_the_relatives_own_is_the_main_clauses() -> None:
    assert unclosed_relative("which printed the same letters in March had withdrawn its report.")
    assert unclosed_relative("who led the old council was elected mayor.")


def test_a_relative_clause_that_holds_its_own_second_verb_is_left_as_one() -> None:
    for piece in ("which police said had been stolen.",  # a verb of saying before the auxiliary
                  "who said the mayor was tired.",  # the relative's verb takes a clause
                  "which meant the team was forced to wait.",
                  "which sold the shares it had owned.",  # a pronoun's clause inside the relative
                  "which changed the way songs were recorded.",  # a noun a clause follows with no relative word
                  "who kept the money the donors have given.",
                  "which is due to have been completed by May.",
                  "who would have won the race.",
                  "which opened in 1990."):
        assert not unclosed_relative(piece), piece


def test_the_main_clause_after_an_unclosed_relative_is_not_cut_away() -> None:
    sentence = ("The mayor, elected in the spring on a promise to clean up the port district, said the Harbour Gazette, "
                "which printed the same letters in March had withdrawn its report and apologised to the council.")
    line = condense(sentence)
    assert "had withdrawn its report" in line
    assert not line.endswith("said the Harbour Gazette.")


def test_a_clause_cut_keeping_a_date_does_not_end_at_an_unclosed_relative() -> None:
    # The date must stay, so the cut is made at the clause boundary ", which": it must not leave "said the Gazette.".
    sentence = ("The mayor, elected on May 5 on a promise to clean up the port district, said the Harbour Gazette, "
                "which printed the same letters in March had withdrawn its report and apologised to the council.")
    line = condense(sentence, {"gazett", "withdrawn", "letter"}, target=140, hard=200, facts=["May 5"])
    assert "had withdrawn its report" in line
