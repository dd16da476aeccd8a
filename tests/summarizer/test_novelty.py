"""Novelty: paraphrases repeat, new figures update, second days conflict, unrelated is new; the index scales."""
from __future__ import annotations

import random

from enginekit import memory_of
from summarizer.models import Kind
from summarizer.memory import Features, quotes
from summarizer.novelty import Memory, judge

DEPLOYED = "North Korea deployed thousands of soldiers to Russia in October, officials said."
ADMITTED = "In April, North Korea acknowledged that it had sent troops to the Kursk region."
MESSAGE = "Putin sent a New Year message to Kim on December 18, praising the alliance."
FIGURE = "The North has sent around 15,000 combat troops to support Moscow."


def known() -> Memory:
    """A memory of four sentences about one story."""
    return memory_of(DEPLOYED, ADMITTED, MESSAGE, FIGURE)


def test_exact_repeat_is_not_new() -> None:
    assert not judge(DEPLOYED, known(), "s1").novel


def test_paraphrase_with_news_synonyms_is_a_repeat() -> None:
    v = judge("North Korea sent thousands of troops to Russia in October, officials said.", known(), "s1")
    assert not v.novel


def test_acknowledged_admitted_paraphrase_is_a_repeat() -> None:
    v = judge("In April, Pyongyang admitted that it had deployed soldiers to the Kursk region.", known(), "s1")
    assert not v.novel


def test_reordered_sentence_is_a_repeat() -> None:
    v = judge("Officials said that in October North Korea sent thousands of soldiers to Russia.", known(), "s1")
    assert not v.novel


def test_new_figure_for_same_thing_is_updated_with_earlier_value() -> None:
    v = judge("North Korea has sent around 20,000 combat troops to support Moscow.", known(), "s1")
    assert v.novel and v.kind is Kind.UPDATED
    assert v.earlier == "around 15,000 combat troops"


def test_same_figure_in_words_is_not_an_update() -> None:
    m = memory_of("About two thousand North Korean soldiers were killed in the Kursk fighting, Seoul said.")
    v = judge("Around 2,000 North Korean troops died in the Kursk fighting, Seoul said.", m, "s1")
    assert v.kind is not Kind.UPDATED
    assert not v.novel


def test_death_toll_does_not_update_deployment_size() -> None:
    """A figure of troops killed is a new fact next to a figure of troops sent, not an update of it."""
    m = memory_of("North Korea has sent around 15,000 troops to the Kursk region to fight Ukraine.")
    v = judge("Around 2,000 North Korean troops have been killed in the Kursk region fighting Ukraine.", m, "s1")
    assert v.kind is not Kind.UPDATED


def test_second_day_for_same_event_is_conflict() -> None:
    v = judge("Putin sent a New Year message to Kim on December 25, praising the alliance.", known(), "s1")
    assert v.novel and v.kind is Kind.CONFLICT
    assert v.earlier == "December 18"


def test_same_day_written_differently_is_a_repeat() -> None:
    v = judge("Putin sent a New Year message to Kim on 18 December, praising the alliance.", known(), "s1")
    assert v.kind is not Kind.CONFLICT and not v.novel


def test_unrelated_sentence_is_new() -> None:
    v = judge("Heavy rain flooded the coastal city of Valencia, closing schools and roads.", known(), "s1")
    assert v.novel and v.kind is Kind.NEW
    assert v.novelty > 0.9


def test_new_fact_in_known_words_is_new() -> None:
    """Mostly known words plus a brand-new figure: still news."""
    v = judge("North Korea deployed thousands of soldiers to Russia in October and 300 tanks, officials said.", known(), "s1")
    assert v.novel


def test_empty_memory_everything_new() -> None:
    assert judge(DEPLOYED, Memory()).novel


def test_stopword_only_sentence_is_not_novel() -> None:
    assert not judge("He said that it was there.", known()).novel


def test_other_story_figures_update_only_with_a_common_subject() -> None:
    """A figure remembered under another story is updated only by a figure about the same subject."""
    m = memory_of(FIGURE, story_id="other")
    assert judge("Iran has sent around 20,000 combat troops to support Moscow.", m, "s1").kind is not Kind.UPDATED
    v = judge("North Korea has sent around 20,000 combat troops to support Moscow.", m, "s1")
    assert v.kind is Kind.UPDATED and v.earlier == "around 15,000 combat troops"


def test_memory_stores_exact_repeat_once() -> None:
    m = Memory()
    assert m.add(DEPLOYED) is not None
    assert m.add("  " + DEPLOYED.upper() + " ") is None
    assert len(m) == 1


def test_quotes_found() -> None:
    assert quotes('Kim said the bond was “a precious common heritage” and "unbreakable forever".') == [
        "a precious common heritage", "unbreakable forever"]


# -- scale -------------------------------------------------------------------------------------
_NOUNS = ("council budget school hospital bridge railway harbour festival museum tariff election court "
          "factory union strike market bank river airport stadium library reservoir").split()
_VERBS = "approved delayed reviewed opened closed expanded funded rejected inspected renamed".split()
_PLACES = ("Lyon Porto Leeds Graz Turin Ghent Malmo Bergen Cork Split Bremen Basel Lodz Brno Varna Tartu "
           "Aarhus Bilbao Naples Seville").split()


def synthetic_memory(n: int, seed: int = 7) -> Memory:
    """A memory of ``n`` generated local-news sentences sharing a small vocabulary."""
    rng = random.Random(seed)
    m = Memory()
    i = 0
    while len(m) < n:
        i += 1
        a, b = rng.sample(_NOUNS, 2)
        m.add(f"The {rng.choice(_PLACES)} {a} {rng.choice(_VERBS)} the {b} plan after {i} complaints from residents.",
              f"s{i % 50}", f"a{i}")
    return m


def test_repeat_found_in_a_large_memory() -> None:
    m = synthetic_memory(1_500)
    m.add("The Tbilisi parliament ratified the Caspian pipeline treaty with Azerbaijan on Thursday.", "pipe", "x")
    m2 = synthetic_memory(1_500, seed=8)
    for k in m2.known:  # thousands more sentences after the one to be found
        m.add(k.features.text, k.story_id, k.ref)
    assert len(m) >= 3_000
    v = judge("Georgia's parliament in Tbilisi ratified the Caspian pipeline treaty with Azerbaijan.", m, "pipe")
    assert not v.novel
    assert v.best is not None and "Caspian pipeline" in v.best.features.text


def test_neighbours_come_from_the_index_not_a_scan() -> None:
    """Only sentences sharing a term are scored: a query of unseen words finds nothing at all."""
    m = synthetic_memory(3_000)
    from summarizer.novelty import features

    assert m.neighbours(features("Astronomers catalogued a distant quasar.")) == []
    near = m.neighbours(features("The Lyon museum approved the tariff plan."), limit=5)
    assert len(near) == 5 and all("museum" in k.features.text or "tariff" in k.features.text for _, k in near)


def _votes_one_at_a_time(m: Memory, f: Features) -> list[tuple[int, float]]:
    """The posting walk's votes added one posting at a time (the reference the engine's walk must equal)."""
    from summarizer.memory import MAX_POSTINGS

    votes: dict[int, float] = {}
    for term, weight in f.query:
        for idx in m.postings.get(term, [])[-MAX_POSTINGS:]:
            votes[idx] = votes.get(idx, 0.0) + weight
    return sorted(votes.items(), key=lambda kv: kv[1], reverse=True)


def test_the_posting_walk_votes_as_one_posting_at_a_time() -> None:
    """The same neighbours, scores and order (ties in walk order) as adding each posting's vote in turn."""
    m = synthetic_memory(3_000)
    from summarizer.novelty import features

    for text in ("The Lyon museum approved the tariff plan.", "The Porto harbour reviewed the bridge plan after 3 complaints.",
                 "Residents of Lyon and Porto met the museum board about the bridge tariff."):
        f = features(text)
        near = m.neighbours(f, limit=10)
        top = _votes_one_at_a_time(m, f)[:20]
        weight = f.terms.__getitem__
        want = sorted(((sum(weight(t) for t in f.terms if t in k.features.terms), k) for i, _ in top
                       if (k := m.known[i]) is not None), key=lambda sk: sk[0], reverse=True)[:10]
        assert len(near) == 10 and [(s, k.index) for s, k in near] == [(s, k.index) for s, k in want]


def test_lookup_work_in_a_large_memory_is_bounded_and_still_finds_repeats() -> None:
    """What bounds a lookup's cost, instead of a wall-clock limit: every posting list is trimmed to
    what a lookup reads (``MAX_POSTINGS`` newest), however many sentences share its term."""
    import summarizer.memory as memory_module

    m = synthetic_memory(3_000)
    latest = "The Porto harbour reviewed the bridge plan after 3001 complaints from residents."
    m.add(latest, "s1", "a-latest")
    assert max(len(plist) for plist in m.postings.values()) < 2 * memory_module.MAX_POSTINGS
    assert max(len(plist) for plist in m.postings.values()) >= memory_module.MAX_POSTINGS  # the cap was reached
    assert not judge(latest, m).novel
    assert judge("The Porto harbour reviewed the bridge plan after 3001 complaints and a court ruling.", m).novelty < 1.0


def _factbox_memory(ruling: str) -> Memory:
    """Eight tellings of a sedative's factbox, and one sentence with the ruling the quotation gives."""
    box = "The powerful sedative zolvamine, a white fluid given by drip before surgery, is marketed as Quelbrin"
    uses = [f"{box} in {place}." for place in "Norway Chile Kenya Peru Laos Fiji Oman Mali".split()]
    return memory_of(*uses, ruling)


def test_a_known_quotation_glued_to_a_known_factbox_is_no_new_fact() -> None:
    box = ("A powerful sedative zolvamine used before surgery Produced as a white fluid given by drip Marketed as "
           "Quelbrin “The manner of the poet's demise was ruled a homicide,” it adds.")
    told = _factbox_memory("Coroners ruled the manner of the poet's demise a homicide.")
    assert not judge(box, told, "s1").novel
    untold = _factbox_memory("The poet's family thanked the hospital staff.")
    assert judge(box, untold, "s1").novel  # the quotation is news there


def test_an_age_told_otherwise_does_not_make_a_retelling_news() -> None:
    memory = Memory()
    memory.add("The court heard that Harlow, 58, had hidden the money in a barn near Lowmere.", "s1", "a1")
    again = judge("The court heard that Harlow, 59, had hidden the money in a barn near Lowmere.", memory, "s1")
    assert not again.novel  # the same sentence but for the age: a retelling, not a conflict line
    news = judge("Harlow, 59, was sentenced to six years in prison on Friday for fraud at the Lowmere bank.", memory, "s1")
    assert news.novel and (news.kind is Kind.NEW or news.side)
