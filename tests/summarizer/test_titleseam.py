"""Tests for summarizer.titleseam: a headline in Headline Case run into the lead is cut where the lead's subject opens."""
from __future__ import annotations

from summarizer.casebreaks import break_case_glued
from summarizer.titleseam import present_caption

_BODY = ["The harbour board met on Monday and the crisis in the port went on.",
         "Shipping costs rose again as the strike spread to other port towns.",
         "Jo Roe, who runs the board, has asked the unions to return to talks."]


def test_a_headline_case_title_run_into_a_lead_with_a_title_is_cut_before_the_title() -> None:
    lines = ["Board Calls Strike Costly to Port, Will Meet With Unions President Roe said on Monday that the strike "
             "would cost the port dearly."] + _BODY
    assert break_case_glued(lines)[:2] == ["Board Calls Strike Costly to Port, Will Meet With Unions",
                                           "President Roe said on Monday that the strike would cost the port dearly."]


def test_a_name_the_article_writes_again_opens_the_lead() -> None:
    lines = ["Port Strike Raises Costs of Shipping Crisis Jo Roe has asked the unions to end the strike by Friday."] + _BODY
    assert break_case_glued(lines)[:2] == ["Port Strike Raises Costs of Shipping Crisis",
                                           "Jo Roe has asked the unions to end the strike by Friday."]


def test_a_sentence_of_names_a_role_and_name_or_an_opening_phrase_is_not_cut() -> None:
    for line in ["Officials in Lowmere and the United States have agreed to reopen the port on Friday.",
                 "Former Lowmere Harbour Governor Jo Roe has asked the unions to end the strike by Friday.",
                 "According to the Harbour Board, Jo Roe has asked the unions to end the strike by Friday.",
                 "The World Shipping Organisation (WSO) said the strike would cost the port dearly."]:
        assert break_case_glued([line] + _BODY)[0] == line


def test_a_present_tense_caption_after_a_cut_headline_goes() -> None:
    """A photo's caption between the headline and the lead tells what the picture shows in the simple present; left
    in, it became the article's first line and led the story over the day's report."""
    lines = ["Board Seeks a Way Out of Port Strike Rules Rep. Jo Roe (D-Ut.) questions Dan Hale at the harbour hearing."]
    assert break_case_glued(lines + _BODY)[:2] == ["Board Seeks a Way Out of Port Strike Rules", _BODY[0]]
    alone = ["Rep. Jo Roe (D-Ut.) questions Dan Hale at the harbour hearing."]
    assert break_case_glued(alone + _BODY)[0] == alone[0]  # no headline cut off above it: left to the caption rules


def test_a_present_caption_by_form_and_leads_that_are_not() -> None:
    for caption in ["The strike is affecting trade.", "A docker watches a crane as it lifts a crate in Lowmere.",
                    "Rep. Jo Roe favors enforcing the rules on striking crews.",
                    "Rescue workers search the rubble in Lowmere on Wednesday."]:
        assert present_caption(caption), caption
    for lead in ["President Roe said on Monday that the strike would cost the port dearly.",
                 "Harbour officials knew for months about the strike but failed to tell the board.",
                 "Board chairman Jo Roe may ask the unions to return to talks.",
                 "The harbour board relinquished its right to run the ferries.",
                 "Jo Roe was the lead author of a report on the strike.",
                 "Rescue workers search the rubble. The toll rose to nine."]:
        assert not present_caption(lead), lead
