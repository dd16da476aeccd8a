"""Refusals to comment are no news of their own (made-up sentences)."""
from __future__ import annotations

import pytest

from summarizer.nocomment import no_comment


@pytest.mark.parametrize("text", [
    "The Lowland government did not respond to requests for comment on Friday.",
    "A spokeswoman for the ministry declined to comment on the reports.",
    "A lawyer for the tenants could not immediately be reached for comment.",
    "Harwood Mining, which employs about 600 people, declined to comment.",
    "Roe's manager declined to comment on the rumours, saying she did not discuss private matters.",
])
def test_a_refusal_to_comment_alone_is_no_news(text: str) -> None:
    assert no_comment(text)


@pytest.mark.parametrize("text", [
    "Officials declined to comment on the audit but said they had all the papers they needed for the hearing.",
    "Roe declined to comment and Kim said it was probable she would be summoned.",
    "Pell told the court he listened to the charges in silence and did not respond to them.",
    "The ministry said 12 people had been killed in the floods.",
])
def test_a_refusal_told_with_news_or_as_reported_speech_is_not(text: str) -> None:
    assert not no_comment(text)


@pytest.mark.parametrize("text", [
    "The patient's rash did not respond to other creams, the nurse said in the recording.",
    "A test for the drug was not available until 2000.",
    "It was widely expected that she would not return to her post.",
])
def test_no_answer_to_anything_but_a_request_is_no_refusal(text: str) -> None:
    assert not no_comment(text)


@pytest.mark.parametrize("text", [
    "Harwood confirmed a claim had been filed but refused to comment further.",
    "The senator, who did not return calls on Tuesday, sat on the board of the club for nine years.",
])
def test_a_refusal_beside_a_clause_that_tells_more_is_not_alone(text: str) -> None:
    assert not no_comment(text)
