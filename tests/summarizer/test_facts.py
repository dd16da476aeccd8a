"""Facts: figures in words and digits with qualifiers, what they count and what happened, calendar days."""
from __future__ import annotations

import pytest

from summarizer.facts import Quantity, quantities


def one(text: str) -> Quantity:
    """The single quantity of ``text`` (fails when there are none or several)."""
    qs = quantities(text)
    assert len(qs) == 1, qs
    return qs[0]


@pytest.mark.parametrize("text, value", [
    ("Around two thousand North Korean soldiers are believed to have been killed.", 2_000),
    ("North Korea sent 2,000 troops to Russia.", 2_000),
    ("The North has sent around 15,000 combat troops to support Moscow.", 15_000),
    ("Officials say more than ten thousand soldiers were sent to Russia.", 10_000),
    ("The city has 3.5 million residents.", 3_500_000),
    ("Turnout reached 98 percent of registered voters.", 98),
    ("Turnout reached 98% of registered voters.", 98),
    ("The company cut 1,250 jobs in March.", 1_250),
    ("Rescuers pulled forty-two people from the river.", 42),
])
def test_values(text: str, value: float) -> None:
    q = one(text)
    assert q.low == q.high == value


@pytest.mark.parametrize("text, qual", [
    ("The North has sent around 15,000 combat troops.", "around"),
    ("Officials say more than ten thousand soldiers were sent.", "more than"),
    ("At least 1,000 North Korean troops have been killed.", "at least"),
    ("North Korea sent 2,000 troops to Russia.", ""),
])
def test_qualifiers(text: str, qual: str) -> None:
    assert one(text).qualifier == qual


def test_vague_amount() -> None:
    q = one("Seoul accused Pyongyang of sending tens of thousands of troops to help Russia.")
    assert q.vague and (q.low, q.high) == (20_000, 99_999)
    assert "troop" in q.unit


def test_words_and_digits_same_value() -> None:
    assert one("Two thousand soldiers were sent to the front.").same_value(one("2,000 soldiers were sent to the front."))


def test_soldiers_and_troops_same_unit() -> None:
    a = one("North Korea sent 2,000 soldiers to Russia.")
    b = one("North Korea sent 10,000 troops to Russia.")
    assert a.comparable(b) and not a.same_value(b)


def test_percent_unit() -> None:
    assert "percent" in one("Turnout reached 98 percent of registered voters.").unit


@pytest.mark.parametrize("text", [
    "In 2024 the two countries signed a defence pact.",
    "The two countries signed a pact in 2024.",
    "The ceasefire includes a 120-day pause in strikes.",
    "Talks resumed at 10:30 in Geneva.",
    "He spoke on December 18 about the pact.",
    "Talks were held between the two countries.",
    "One of the soldiers was injured.",
])
def test_not_counted(text: str) -> None:
    assert quantities(text) == []


def test_event_classes_differ_for_killed_and_sent() -> None:
    killed = one("At least 1,000 North Korean troops have been killed in Kursk.")
    sent = one("At least 1,000 North Korean troops have been sent to Kursk.")
    assert killed.slot is not None and killed.slot.measure == "dead/troop"
    assert sent.slot is not None and sent.slot.measure == "troop"  # troops sent: the force there (slots._STOCK_MEASURES)
    assert not killed.comparable(sent)


def test_same_event_class_comparable() -> None:
    a = one("About 1,000 soldiers were killed in the fighting.")
    b = one("Around 3,000 troops died in the fighting.")
    assert a.comparable(b)


def test_vague_and_exact_not_same_value() -> None:
    assert not one("Thousands of troops were sent.").same_value(one("12,000 troops were sent."))


def test_rounding_tolerated() -> None:
    assert one("About 12,000 troops were sent.").same_value(one("Some 12,100 troops were sent."))


def test_a_code_between_a_figure_and_its_noun_names_a_kind_and_is_skipped() -> None:
    """"985 H1N1 flu infections" counts infections; "12 F-16 jets" counts jets: the code is no stop."""
    (cases, _) = quantities("A total of 985 H7N9 flu infections have been confirmed in 20 countries.")
    assert cases.low == 985 and cases.slot is not None and cases.slot.measure.startswith("cases")
    (jets,) = quantities("The air force sent 12 F-16 jets to the harbour base.")
    assert "jet" in jets.unit


def test_figures_are_read_with_or_without_a_digit() -> None:
    assert [(q.low, q.unit) for q in quantities("Officials said 120 people were hurt in the storm.")] == \
        [(120.0, frozenset({"peopl"}))]
    assert [(q.low, q.unit) for q in quantities("Officials said twelve people were hurt in the storm.")] == \
        [(12.0, frozenset({"peopl"}))]
    assert [(q.low, q.unit) for q in quantities("Officials said Dozens of people were hurt in the storm.")] != []
    assert quantities("Officials said nobody was hurt in the storm.") == []


def test_up_to_after_a_verb_of_rising_is_no_upper_bound() -> None:
    """"the toll ticked up to 44": a rise to a value, not "at most 44"."""
    risen = one("The confirmed death toll in Lowmere ticked up to 44 on Sunday.")
    assert risen.qualifier == "" and risen.raw.startswith("44")
    assert one("The flood has killed up to 44 people in Lowmere.").qualifier == "up to"


def test_a_conjunction_after_a_figure_ends_what_it_counts() -> None:
    """"31 as rescuers dug": the clause after "as" says nothing of what 31 counts (the toll before it does); "28 when
    she died" is an age, no toll."""
    assert [(q.raw, q.slot.measure if q.slot else None) for q in quantities(
        "The toll rose to 31 as rescuers recovered more bodies from the mud.")] == [("31", "dead")]
    assert not [q for q in quantities("She was only 28 when she died in the crash.") if q.slot and q.slot.measure == "dead"]
    assert not [q for q in quantities("Lowmere's council put the toll at 169 and said most were farm workers.")
                if q.slot and "/" in q.slot.measure]


@pytest.mark.parametrize("text, value, measure", [
    ("The fever has killed 81 and sickened more than 1,300 people in Lowmere.", 81, "dead"),
    ("Gunmen stormed the market, killing at least five and wounding 20.", 5, "dead"),
    ("Two car bombs in Brackwell kill 60 as lawmakers debate the budget.", 60, "dead"),
    ("Police arrested 14 and seized a stock of rifles.", 14, "arrested"),
    ("Officials estimated that at least 12 and possibly more than 40 were killed in the landslide.", 12, "dead"),
])
def test_a_figure_ended_by_a_clause_counts_what_its_predicate_says(text: str, value: float, measure: str) -> None:
    """A figure a conjunction ends ("killed 81 and sickened ...") counts what the verb right before it says, or what
    the looser second figure joined to it counts ("at least 12 and possibly 40 were killed")."""
    assert (value, measure) in [(q.low, q.slot.measure) for q in quantities(text) if q.slot]


def test_a_figure_ended_by_a_clause_with_no_measure_in_its_predicate_counts_nothing() -> None:
    """"scored 21 as", "between 30 and 40 people" (a range, read at its end), "7 and 8 March" (days): no count read
    from the clause; "wounded 12 as" is one."""
    for text in ("He scored 21 as the team won the cup.", "Between 30 and 40 people were hurt in the crash.",
                 "The hearings are set for 7 and 8 March."):
        assert not [q for q in quantities(text) if q.slot and q.raw.split()[0] in ("21", "30", "7")]
    assert [q.slot.measure for q in quantities("Troops wounded 12 as they stormed the compound.") if q.slot] == ["injured"]


def test_precise_counts_differ_where_a_rounded_one_would_not() -> None:
    """Within 3 % two values are one when the more precise rounds to the other: "452" is "450" told roundly and
    "2,004" is "2,000", but "128" is no "125" (both precise to the one: a total that grew by three)."""
    def one(a: str, b: str) -> bool:
        return quantities(a)[0].same_value(quantities(b)[0])
    assert one("The total rose to 452 cases.", "The total rose to 450 cases.")
    assert one("Officials counted 2,004 cases.", "Officials counted 2,000 cases.")
    assert one("Some 1.5 million people fled.", "Some 1.52 million people fled.")
    assert not one("The total rose to 128 cases.", "The total rose to 125 cases.")


def test_figures_are_read_once_per_text_and_each_caller_gets_its_own_list() -> None:
    from summarizer import facts

    text = "The storm killed 41 people in the coastal town of Varnby, officials said on Tuesday."
    first = quantities(text)
    before = facts._read.cache_info().hits
    first.clear()  # a caller may change its list: the next caller still gets every figure
    again = quantities(text)
    assert facts._read.cache_info().hits == before + 1
    assert [q.low for q in again] == [41.0] and again == quantities(text) and again is not quantities(text)


def test_a_text_read_again_in_another_analysis_takes_that_articles_place_not_the_cached_one() -> None:
    from summarizer.articlescope import analysis_scope
    from summarizer.models import Article
    from summarizer.sentences import article_sentences

    shared = "Health workers have now counted 2,600 confirmed measles cases."
    placed = Article("qf-a", "Varnby measles toll rises", "Varnby's measles death toll rose by two to 31 on Friday, officials "
                     "said.\n\n" + shared + "\n\nClinics will open late on Sunday, the mayor told reporters.")
    plain = Article("qf-b", "Measles cases rise", "Nurses asked parents to check their children's records this winter.\n\n"
                    + shared + "\n\nClinics will open late on Sunday, the health board told reporters.")
    places = []
    for article in (placed, plain, placed):
        with analysis_scope():
            article_sentences(article)
            slot = quantities(shared)[0].slot
            assert slot is not None
            places.append(slot.where)
    assert places == [frozenset({"varnby"}), frozenset(), frozenset({"varnby"})]


def test_a_toll_verb_with_a_bare_count_before_a_place_or_the_end_counts_its_measure() -> None:
    """"injured more than 300 in the city" counts the injured, as "injured 300 people" does; a verb that is no toll's
    ("missed 3 in a row") gives no count."""
    read = {t: [(q.low, q.slot.measure if q.slot else None) for q in quantities(t)] for t in (
        "The storm injured more than 300 in Lowmere.", "The fever has killed 40 people and infected more than 9,000.",
        "Police arrested 12, officials said.", "The striker missed 3 in a row.")}
    assert read["The storm injured more than 300 in Lowmere."] == [(300.0, "injured")]
    assert read["The fever has killed 40 people and infected more than 9,000."] == [(40.0, "dead"), (9000.0, "cases")]
    assert read["Police arrested 12, officials said."] == [(12.0, "arrested")]
    assert read["The striker missed 3 in a row."] == []
