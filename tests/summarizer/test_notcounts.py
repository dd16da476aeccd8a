"""Prison terms a charge risks or a forecast foresees are no sentence handed down (made-up sentences; Lowmere is a
made-up place)."""
from __future__ import annotations

from summarizer.facts import quantities
from summarizer.models import Kind
from summarizer.notcounts import risked_term
from summarizer.novelty import Memory, judge


def _kind(earlier: str, later: str) -> Kind | None:
    memory = Memory()
    memory.add(earlier, "s", "a")
    verdict = judge(later, memory, "s")
    return verdict.kind if verdict.novel else None


def _terms(text: str) -> list[tuple[float, bool]]:
    """Each prison term of ``text``: its length in years and whether it has a slot (is compared at all)."""
    return [(q.low, q.slot is not None) for q in quantities(text) if "_term" in q.unit]


def test_a_term_faced_or_foreseen_is_risked() -> None:
    text = "Tom Harlow, 41, faces at least 12 years in jail after officials charged him with fraud."
    assert risked_term(text, text.index("at least 12"))
    text = "The two bankers are likely to be given jail sentences of between 15 and 25 years."
    assert risked_term(text, text.index("15 and"))
    text = "Harlow, who faced charges of fraud in Lowmere, was jailed for six years."
    assert not risked_term(text, text.index("six years"))  # a sentence handed down after the cue


def test_a_term_faced_has_no_slot_but_a_term_given_has() -> None:
    assert _terms("Each of the three men faced four charges of fraud and up to eight years in prison.") == [(8.0, False)]
    assert _terms("Harlow, who faced up to ten years in prison, was jailed for six years.") == [(10.0, False), (6.0, True)]


def test_a_term_given_after_a_term_faced_is_no_update() -> None:
    """"Faces at least 12 years" is what the charge risks: "was jailed for three years" does not change it."""
    kind = _kind("Tom Harlow, 41, faces at least 12 years in jail after officials charged him with the Lowmere fraud.",
                 "Tom Harlow was jailed for three years for the Lowmere fraud in a closed trial.")
    assert kind not in (Kind.UPDATED, Kind.CONFLICT)
    kind = _kind("The Lowmere bankers are likely to be given jail sentences of between 15 and 25 years for the fraud.",
                 "The Lowmere banker Tom Harlow was sentenced to 19 years in jail for the fraud.")
    assert kind not in (Kind.UPDATED, Kind.CONFLICT)


def test_the_rest_of_a_group_is_no_count() -> None:
    """"The other two cases", "its other 16 members": the rest of a group told elsewhere, never a value of a count."""
    assert quantities("The other two cases are a girl from Lowmere and a man from Brackwell.") == []
    assert quantities("The club said its other 16 members were safe.") == []
    assert [q.low for q in quantities("Officials in Lowmere have confirmed four cases of the flu.")] == [4.0]


def test_a_count_after_the_rest_of_a_group_is_no_update_of_it() -> None:
    kind = _kind("The other two cases of the Lowmere flu are a schoolgirl and a retired teacher, officials said.",
                 "Health officials have confirmed four cases of the Lowmere flu, officials said.")
    assert kind is Kind.NEW
