"""Where a caption that is a whole clause may end before its lead: a place or a day (made-up sentences)."""
from __future__ import annotations

from summarizer.captionends import day_end, place_end
from summarizer.glue import split_glued


def test_a_place_after_a_preposition_may_be_hyphenated() -> None:
    assert place_end("Tents go up in Lowmere".split()) and place_end("Tents go up in Stow-on-Vale".split())
    assert place_end("Tents go up at Port-Lowmere".split())
    assert not place_end("Tents go up for Lowmere".split())  # no preposition of place
    assert not place_end("Tents go up in lowmere".split()) and not place_end("in Lowmere".split())


def test_a_day_after_on_ends_a_caption() -> None:
    assert day_end("Rescuers dig in Lowmere on Wednesday".split())
    assert day_end("Mourners gather at the chapel on 14 March".split())
    assert day_end("Mourners gather at the chapel on March 14".split())
    assert not day_end("Mourners gather at the chapel last Wednesday".split())
    assert not day_end("Mourners gather at the chapel on 44 March".split())
    assert not day_end("Mourners gather at the chapel on March".split())


def test_a_dated_present_tense_caption_runs_into_a_lead_opening_on_the_and_a_name() -> None:
    glued = "Rescuers search the rubble in Lowmere on Wednesday The UN has said that the toll is rising fast."
    assert split_glued(glued) == ("Rescuers search the rubble in Lowmere on Wednesday",
                                  "The UN has said that the toll is rising fast.")
    glued = "Mourners gather at the chapel on 14 March The Harbour Trust has opened an inquiry into the crash."
    assert split_glued(glued) == ("Mourners gather at the chapel on 14 March",
                                  "The Harbour Trust has opened an inquiry into the crash.")
    glued = "Tents are going up in Stow-on-Vale The UN has opened a depot beside the port."
    assert split_glued(glued) == ("Tents are going up in Stow-on-Vale", "The UN has opened a depot beside the port.")
    for whole in ("Rescuers search the rubble in Lowmere last Wednesday The UN has said that the toll is rising fast.",
                  # the lead's verb with no object after it reads as a relative clause's
                  "Rescuers search the rubble in Lowmere on Wednesday The UN has said little since then about it."):
        assert split_glued(whole) == (whole,)
