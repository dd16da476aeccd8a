"""Reader comments found by their form: informal lines, comment-policy notices, quotes kept."""
from __future__ import annotations

from summarizer.chatter import is_comment_policy, is_informal, quote_states, thread_start
from summarizer.clean import clean_text

LEAD = "The city council approved the new flood barrier on Tuesday, the mayor's office said."
BODY = [
    LEAD,
    "Work on the 2 km wall along the river is due to start in March, officials said.",
    "The barrier will cost 40 million euros, according to the council's budget papers.",
]
THREAD = [
    "Just wondering why your paper never covers the east bank???",
    "The wall looks ugly.",
    "Kind of pointless if you ask me, the river never floods anyway.",
    "Great, another tax rise.",
    "Have you ever lived next to that river?",
]


def test_informal_lines_address_the_reader_or_shout_and_attribute_nothing() -> None:
    assert is_informal("What is the deal with running a story from five months ago???")
    assert is_informal("Kind of pointless if you ask me.")
    assert not is_informal(LEAD)
    assert not is_informal("\"You will not be forgotten,\" the president told the families.")
    assert not is_informal("I spent the night outside because the building was too unsafe to sleep in.")  # a diary, not a comment


def test_a_thread_after_the_article_goes_without_any_reply_marks() -> None:
    page = BODY + THREAD
    assert thread_start(page) == len(BODY)
    assert clean_text("\n".join(page)).text.split("\n") == BODY


def test_a_page_that_is_only_comments_goes_whole() -> None:
    page = THREAD + ["We welcome comments that keep to the topic and stay civil.",
                     "Views expressed in the comments are the readers' own, not the Ledger's."]
    assert thread_start(page) == 0
    assert clean_text("\n".join(page)).text == ""


def test_comment_policy_notice_cuts_the_page_even_with_one_comment_above() -> None:
    page = BODY + ["Nice work, keep it up!!", "We welcome comments that advance the story."]
    assert is_comment_policy(page[-1])
    assert thread_start(page) == len(BODY) + 1  # one informal line is no thread; the notice and what follows go


def test_a_quote_over_several_paragraphs_is_not_a_thread() -> None:
    speech = ["The minister said: \"If you live by the river you know what this wall means.",
              "You have waited ten years for it.",
              "Your patience will be rewarded, and your homes will be safe.",
              "Are you ready for the work to begin?\""]
    assert quote_states(speech) == [False, True, True, True]
    assert thread_start(BODY + speech) == len(BODY + speech)


def test_two_informal_lines_are_no_thread() -> None:
    assert thread_start(BODY + THREAD[:2]) == len(BODY + THREAD[:2])
