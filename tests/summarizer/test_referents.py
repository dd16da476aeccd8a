"""Lines that lean on an earlier sentence (summarizer.referents)."""
from summarizer.referents import antecedent, named_description


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
