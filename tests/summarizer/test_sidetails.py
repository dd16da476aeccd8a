"""A trailing side clause (", though ...", "... after ...") that a long line may lose."""
from __future__ import annotations

from summarizer.compress import trim
from summarizer.segments import Edit
from summarizer.condense import condense
from summarizer.sidetails import half_pair, mend_pair, SIDE_COST, side_edits, side_kept, timed_point
from summarizer.text import canon, words


def _cuts(text: str) -> list[str]:
    return [text[e.start:e.end] for e in side_edits(text)]


def _terms(text: str) -> set[str]:
    return {c for c in (canon(w) for w in words(text)) if c}


def test_a_contrast_or_a_circumstance_after_a_main_clause_is_proposed() -> None:
    s = "The island ferry company has cancelled every sailing to the mainland, though its rival still runs one boat."
    assert _cuts(s) == [", though its rival still runs one boat"]
    t = "The harbour master closed the northern quay to all fishing boats after a storm damaged the old pier."
    assert _cuts(t) == [" after a storm damaged the old pier"]
    assert next(iter(side_edits(s))).prior == SIDE_COST >= 0.7  # only while a line is well over its goal


def test_no_side_clause_when_bound_short_quoted_or_with_a_comma() -> None:
    assert _cuts("The ferry company cancelled every sailing to the mainland hours after the storm.") == []
    assert _cuts("The ferry was late, though slow.") == []  # too short a head and clause
    assert _cuts("The harbour master closed the northern quay to all fishing boats when she took office in 1979.") == []
    assert _cuts("The island ferry company has cancelled every sailing, though “the rival still runs one boat”.") == []
    # a comma in the clause: an attribution or a second half of the main clause would go with it
    assert _cuts("The island ferry company has cancelled every sailing to the mainland because of the storm, "
                 "officials said.") == []
    assert _cuts("The harbour master closed the northern quay to all fishing boats after the storm and said it would "
                 "stay shut.") == []  # the main clause goes on after the side clause
    assert _cuts("The harbour board had not only closed the northern quay to boats when the storm came in the "
                 "night but also the pier.") == []


def test_side_kept_weighs_what_is_new_in_the_clause_against_what_stays() -> None:
    s = "The harbour master closed the northern quay to all fishing boats after a storm damaged the old pier."
    e = Edit(s.index(" after"), len(s) - 1, "", SIDE_COST, "side")
    assert side_kept(s, e, _terms("harbour master closed northern quay fishing boats storm"))
    assert not side_kept(s, e, _terms("harbour quay storm damaged old pier"))


def test_trim_drops_a_side_clause_only_from_a_long_line_that_keeps_its_news() -> None:
    s = ("Ferry operators on the northern islands have cancelled every sailing to the mainland for the whole weekend, "
         "though a rival company from Oban plans to run a boat.")
    keep = _terms(s[:s.index(",")]) | {"rival", "oban"}
    assert trim(s, keep, [], 80) == ("Ferry operators on the northern islands have cancelled every sailing to the "
                                     "mainland for the whole weekend.")
    keep = _terms(s[s.index(","):]) | {"ferry", "weekend"}
    assert trim(s, keep, [], 80) == s  # the clause tells more that is new than the rest: it stays
    short = "Ferry operators have cancelled every sailing to the mainland, though a rival from Oban runs one."
    assert trim(short, _terms(short[:short.index(",")]) | {"oban"}, [], 80) == short  # under 100 characters: it stays


def test_a_time_the_line_is_about_stays() -> None:
    s = "Lawyers for the bakery argued that most of the flour was bought before a March ban."
    assert condense(s, goal=40).endswith("before a March ban."), condense(s, goal=40)
    s = "The engineers said towns must plan for floods, rather than act after the water rises."
    assert condense(s, goal=40).endswith("after the water rises."), condense(s, goal=40)
    s = "The harbour master conceded that it will be months, perhaps a year, before the ferry can sail again."
    assert condense(s, goal=40).endswith("before the ferry can sail again."), condense(s, goal=40)
    assert timed_point("Lawyers argued the flour was bought", " before a March ban")
    assert not timed_point("The baker was arrested", " after a fight")


def test_a_repeated_noun_after_after_is_no_subordinate_clause() -> None:
    """"has released hit after hit for farmers": no "... has released hit." line."""
    from summarizer.compress import edits

    s = "The firm is a business that has released hit after hit for farmers."
    assert not [e for e in edits(s) if s[e.start:e.end].startswith(" after hit")]


def test_a_claim_ending_on_any_irregular_past_keeps_its_time() -> None:
    # the claim's verb is an irregular past form of the shared list (chunks.PAST_FORMS), not only the few once listed here
    assert timed_point("The skipper insisted the storm came", " after the race")
    assert timed_point("The grocers claimed the prices rose", " before the new tax")
    assert not timed_point("The storm came", " after the race")  # no reported claim: an adjunct


def test_a_side_clause_the_main_clause_goes_on_after_with_a_modal_stays() -> None:
    # "... and may open it": the main clause's second verb is a modal (lexicon.FINITE_AUX), not only "will" or "can"
    s = "The council shut the old pier for repairs after the storm last winter and may open it again in the spring."
    assert list(side_edits(s)) == []
    s = "The council closed the harbour road for the whole summer while engineers rebuilt it and must pay for the work."
    assert list(side_edits(s)) == []


def test_a_trailing_after_bound_to_the_word_before_stays() -> None:
    """"a tenth of a second after the first wave", "the most sought - after ferry of the year": the "after" phrase is
    bound to the word before it (a span of time, a compound's hyphen), no side clause to cut."""
    line = condense("In the vast halls near the harbour, the new tide engine, where Jo Roe works, has started "
                    "to mimic the state of the sea within a tenth of a second after the first wave.")
    assert line.endswith("a second after the first wave.")
    line = condense("While the ferry was surely not the fastest boat of the year, it did have that spark of harbour "
                    "charm that made it the most sought - after ferry of the season.")
    assert "sought - after ferry" in line


def test_half_pair_is_a_not_only_whose_but_was_cut() -> None:
    source = "The mayor not only apologised to the fishermen, and blamed the storm, but also promised new boats."
    assert half_pair("The mayor not only apologised to the fishermen.", source)
    assert not half_pair("The mayor not only apologised to the fishermen, but also promised new boats.", source)
    assert not half_pair("The mayor apologised to the fishermen.", "The mayor apologised to the fishermen, and wept.")


def test_mend_pair_drops_a_not_only_whose_but_was_cut() -> None:
    source = "The mayor not only apologised to the fishermen, and blamed the storm, but also promised new boats."
    assert mend_pair("The mayor not only apologised to the fishermen.", source) == "The mayor apologised to the fishermen."
    whole = "The mayor not only apologised to the fishermen, but also promised new boats."
    assert mend_pair(whole, source) == whole


def test_a_contrast_after_a_comma_is_no_half_pair() -> None:
    source = "The pills were prescribed by several doctors, not just Jo Roe, but he remains at the centre of the inquiry."
    cut = "The pills were prescribed by several doctors, not just Jo Roe."
    assert not half_pair(cut, source) and mend_pair(cut, source) == cut


def test_a_clause_after_a_preposition_is_its_object_not_a_side_clause() -> None:
    """"no say over when and how the fund is spent": the preposition needs its clause."""
    from summarizer.compress import edits
    text = ("Councillors on both sides complained on Monday that they had no say over when and how "
            "the reserve fund has been spent on the harbour works.")
    assert not [e for e in edits(text) if e.rule in ("side", "subordinate")]
