"""Tests for summarizer.titleseam: a headline in Headline Case run into the lead is cut where the lead's subject opens."""
from __future__ import annotations

from summarizer.casebreaks import break_case_glued

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
