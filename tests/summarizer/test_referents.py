"""Lines that lean on an earlier sentence (summarizer.referents)."""
import pytest

from summarizer.referents import (antecedent, demonstrative_subject, named_description, resolve, thing_antecedent,
                                  pronoun_subject)
from summarizer.standalone import eligible


def test_a_definite_description_takes_the_name_given_in_apposition() -> None:
    context = ["The Harbour Trust, a relief charity based in Leith, appealed for blankets.",
               "Volunteers worked through the night."]
    line = "The relief charity has raised 40,000 pounds."
    assert named_description(line, context) == "The Harbour Trust has raised 40,000 pounds."


def test_a_description_no_earlier_sentence_holds_is_left_alone() -> None:
    line = "The relief charity has raised 40,000 pounds."
    assert named_description(line, ["Volunteers worked through the night."]) == line
    assert named_description(line, "The Harbour Trust, a charity, appealed for blankets.") == line
    assert named_description(line, []) == line


def test_a_name_inside_the_quotation_is_not_the_speaker_a_pronoun_refers_to() -> None:

    context = ["The chief executive Dana Holt showed the new phones.",
               '" The Nova Max is the fastest phone ever made, " Holt told the conference.']
    assert antecedent(context, "He") == "Holt"
    assert antecedent(context[1:], "He") == ""  # not "Nova Max"


def test_a_pronoun_after_a_sentence_someone_else_reports_names_no_one() -> None:
    context = ["The old dictator Kalo Varga fled in 1998.",
               "Varga is due to go on trial on October 19, the government spokesman confirmed, adding that two aides "
               "would face trial with him."]
    assert antecedent(context, "he") == ""
    assert antecedent(context[:1] + ["Varga is due to go on trial on October 19."], "he") == "Varga"
    assert antecedent(["Kalo Varga said the bridge would reopen, adding that tolls would stay."], "he") == "Kalo Varga"
    assert antecedent(["Kalo Varga said the bridge would reopen, the Tarvian news agency reported."], "he") == "Kalo Varga"


@pytest.mark.parametrize(
    "line",
    ["Until now that has included two harbours, Dunmore and Kell.", "This is what her adviser told the council.",
     "These are the families who left the valley.", "Since then, this has become the rule.",
     "This is probably why the vote was delayed."],
)
def test_a_demonstrative_subject_leans_on_an_earlier_sentence(line: str) -> None:
    assert demonstrative_subject(line)
    assert not eligible(line, False, 4)


@pytest.mark.parametrize(
    "line",
    ["This year's budget was cut by a fifth.", "That dynamic feedback is more responsive than a vote.",
     "Those who voted were angry at the result.", "Officials said that was the wrong decision.",
     "This week the harbour master resigned.", "Those killed included two fishermen.",
     "That said, the register lists many gifts.", "In a speech that will set the course, the mayor spoke of the roads."],
)
def test_a_demonstrative_determiner_or_an_inner_clause_is_left_alone(line: str) -> None:
    assert not demonstrative_subject(line)


def test_an_opening_it_takes_the_body_the_previous_sentence_is_about() -> None:
    line = "It will appeal against the ruling."
    assert resolve(line, ["The Harbour Board said the fine was unfair."]) == "The Harbour Board will appeal against the ruling."
    assert resolve(line, ["Volunteers worked.", "The DPW rejected the fine."]) == "The DPW will appeal against the ruling."
    assert resolve(line, "Brindle Holdings has lost its case.") == "Brindle Holdings will appeal against the ruling."


def test_an_opening_it_is_not_named_after_a_person_a_description_or_two_subjects() -> None:
    line = "It will appeal against the ruling."
    for before in ["Ms Brindle said the fine was unfair.", "President Vell said the fine was unfair.",
                   "The harbour board said the fine was unfair.", "Brindle said the fine was unfair.",
                   "The Harbour Board and the union said the fine was unfair.", "In March, the Harbour Board appealed.", ""]:
        assert thing_antecedent([before] if before else []) == ""
        assert resolve(line, [before] if before else []) == line


def test_a_pronoun_subject_left_unnamed_is_no_line() -> None:
    for line in ["He told reporters he would stay.", "They said the port would reopen next week.",
                 "It has removed a passage from the letter.", "She is expected to resign."]:
        assert pronoun_subject(line)
    for line in ["It is unclear whether the port will reopen.", "It was not immediately clear if anyone was hurt.",
                 "It is hard to say when the port will reopen.", "Its shares fell 4 percent.", "Italy won the match.",
                 "The Harbour Board said it would appeal.", "Theyre is no word."]:
        assert not pronoun_subject(line)


def test_a_speaker_set_off_after_the_words_is_named_from_the_sentence_before() -> None:
    got = resolve("The failure of the plan, he added, was a matter of money.",
                  ["Jo Roe, the harbour master, defended the plan on Sunday."])
    assert got == "The failure of the plan, Jo Roe added, was a matter of money."


def test_a_name_after_the_subject_and_its_verb_is_no_antecedent() -> None:
    """"In the film, Roe accuses Jo Kerr of ...": "He" in the next sentence is Roe, never the named object."""
    from summarizer.referents import antecedent
    assert antecedent(["In the 2006 film, Roe accuses Jo Kerr of wasting the goodwill of the town."], "He") != "Jo Kerr"
    assert antecedent(["On Monday, police chief Jo Kerr said the talks had failed."], "He") == "Jo Kerr"


def test_a_pronoun_is_not_resolved_to_the_name_the_same_line_gives_its_speaker() -> None:
    """"He had a fever, Kerr said" after "Jo Kerr told reporters the man arrived ...": "he" is not Kerr."""
    from summarizer.referents import resolve
    ctx = ["Chief Executive Jo Kerr told reporters the man arrived on a flight on Thursday."]
    line = "He had a fever and went to the hospital for help on Thursday evening, Kerr said."
    assert resolve(line, ctx) == line


def test_a_place_after_a_preposition_before_a_new_clause_is_no_apposition() -> None:
    earlier = ["After the storm over the harbour in Dunmore, the prime minister said the pier would be rebuilt."]
    line = "The prime minister urged the council to close the ferry."
    assert named_description(line, earlier) == line
    assert named_description(line, ["Visitors reached Dunmore, the prime minister said on Friday."]) == line
    assert named_description(line, ["Ann Poe, the prime minister, opened the pier."]).startswith("Ann Poe urged")
    # an opener and a spaced-hyphen compound are no apposition either
    assert named_description(line, ["However, the prime minister, now aged 70, was booed."]) == line
    defence = "The defence will submit its closing arguments on Friday."
    assert named_description(defence, ["It is signed by Dr Ann Poe, the defence - appointed doctor."]) == defence


def test_a_name_inside_the_subjects_phrase_is_not_who_a_pronoun_means() -> None:
    # "The father of X said he ...": "he" is the father, never X; "X's lawyer" and "a spokesman for X" likewise.
    for previous in ("The mother of Ada Quell said she would attend the hearing.",
                     "Ada Quell’s lawyer said the ruling would be appealed.",
                     "A spokesman for Ada Quell said the firm would appeal.",
                     "Friends of Ada Quell said she had left the country."):
        assert antecedent([previous], "She") == ""
        assert resolve("She said the court had erred.", [previous]) == "She said the court had erred."


def test_a_speaker_after_an_opening_phrase_naming_another_is_still_found() -> None:
    previous = "In a letter to Ada Quell, Tom Birch said he would resign."
    assert antecedent([previous], "He") == "Tom Birch"
    assert resolve("He said he was tired.", [previous]) == "Tom Birch said he was tired."


def test_a_name_owning_a_thing_or_after_a_things_preposition_is_still_the_one_meant() -> None:
    # "X's every move ...", "The trial of X heard ...": no other person is in the phrase, so "he"/"she" is X.
    assert antecedent(["Ada Quell’s every move is watched by the press."], "She") == "Ada Quell"
    assert antecedent(["The trial of Tom Birch heard evidence on Monday."], "He") == "Tom Birch"


def test_a_body_named_before_its_head_is_no_second_person() -> None:
    previous = "Lowmere Harbour Organisation chair Jo Roe has said the pier will reopen in May."
    assert antecedent(previous, "she") == "Jo Roe"
    assert resolve("The ferries may run again, she said.", [previous]) == "The ferries may run again, Jo Roe said."


def test_a_legislators_seat_is_not_who_a_pronoun_means() -> None:
    # "The MP for <a seat> arrived ...": the seat's name is a place, never the speaker of the "he said" after it.
    for previous in ("The Unity MP for Harwick Green and Dell arrived yesterday in Geneva demanding an apology.",
                     "The congressman from Port Varley said the bill would fail."):
        assert antecedent([previous], "He") == ""
        quote = "\" It was a farce, \" he said at the airport."
        assert resolve(quote, [previous]) == quote
    assert antecedent(["Unity MP Tom Birch arrived yesterday in Geneva."], "He") == "Tom Birch"
