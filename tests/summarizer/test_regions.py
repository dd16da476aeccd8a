"""Page regions found by explicit marks: comment threads, highlight and teaser blocks, credits and captions, transcripts."""
from __future__ import annotations

from summarizer.regions import comment_thread_start, credits_and_captions, marked_blocks, strip_highlights, transcript_lines

LEAD = "The death toll from the strike on the city rose to 40 on Sunday, regional officials said."
BODY = "Rescue teams were still searching the rubble of two apartment blocks late into the night."
MORE = "The mayor said that schools in the district would stay closed until the end of the week."


def test_comment_thread_found_after_body() -> None:
    page = [LEAD, BODY, "Comments", "jsmith", "3 hours ago", "This is a disgrace, the council knew for years.",
            "Reply", "Report abuse", "12 likes", "anna_k", "2 hours ago", "I agree with you totally.", "Reply"]
    assert comment_thread_start(page) == 2


def test_comment_thread_without_heading_starts_at_the_user_name() -> None:
    page = [LEAD, BODY, "jsmith", "3 hours ago", "This is a disgrace.", "Reply", "Report abuse"]
    assert comment_thread_start(page) == 2


def test_one_reply_word_is_not_a_thread() -> None:
    page = [LEAD, "Reply", BODY]
    assert comment_thread_start(page) == 3


def test_comment_heads_glued_to_their_text_start_a_thread() -> None:
    page = [LEAD, BODY, "At 8:17 pm on 14 Mar 2011, greenfrog wrote: I think they should close every school now.",
            "At 07:42 am on 15 Mar 2011, oldsalt wrote: Nobody asked the parents about any of this.", MORE]
    assert comment_thread_start(page) == 2
    other = [LEAD, "On June 1, 2009 at 9:33 pm, jdoe said: the council knew.", BODY, "jdoe wrote on 2 June 2009 at 10:05: yes."]
    assert comment_thread_start(other) == 1


def test_one_comment_head_or_a_dated_statement_is_no_thread() -> None:
    page = [LEAD, "At 8:17 pm on 14 Mar 2011, greenfrog wrote: I think they should close every school now.", BODY]
    assert comment_thread_start(page) == 3
    said = [LEAD, "On June 1, the minister said: schools stay open.", "At 9:30 pm on 2 June, the mayor said: no.", BODY]
    assert comment_thread_start(said) == 4


def test_highlights_block_marked() -> None:
    page = ["STORY HIGHLIGHTS", "NEW: Death toll rises to 40", "Rescue teams search two blocks",
            "Schools in the district closed", "KYIV, Ukraine (CNN) -- " + LEAD, BODY]
    assert marked_blocks(page) == [True, True, True, True, False, False]


def test_glued_highlights_line_keeps_the_body_after_the_dateline() -> None:
    line = "Story highlights Death toll rises to 40 Rescue teams search two blocks (CNN) -- " + LEAD
    assert strip_highlights(line) == LEAD
    assert strip_highlights("Story highlights Death toll rises to 40 Rescue teams search two blocks") == ""


def test_a_sentence_that_starts_with_highlights_is_not_a_block() -> None:
    line = "Highlights of the speech were broadcast on state television on Monday evening."
    assert strip_highlights(line) == line and marked_blocks([line]) == [False]


def test_transcript_labels_and_marks_removed() -> None:
    page = ["THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM.",
            "COOPER: Good evening. (BEGIN VIDEOTAPE) The death toll rose to 40 tonight.",
            "JANE SMITH, CNN CORRESPONDENT: Rescue teams searched the rubble all day.",
            "(COMMERCIAL BREAK)"]
    assert transcript_lines(page) == ["Good evening. The death toll rose to 40 tonight.",
                                      "Rescue teams searched the rubble all day.", ""]


def test_one_label_like_line_in_an_article_is_left_alone() -> None:
    page = ["NOTE: The figures are provisional.", LEAD]
    assert transcript_lines(page) == page


def test_teaser_block_after_a_related_heading() -> None:
    page = [LEAD, BODY, "Related stories", "Floods hit Valencia again", "Markets fall on rate fears", MORE]
    assert marked_blocks(page) == [False, False, True, True, True, False]


def test_credit_line_takes_the_caption_above_it() -> None:
    page = ["Strike death toll rises to 40", LEAD, "Rescuers search the rubble in Kyiv on Sunday.", "Jane Doe/Reuters", BODY]
    assert credits_and_captions(page) == [False, False, True, True, False]


def test_credit_line_takes_the_unstopped_caption_below_it() -> None:
    page = ["Strike death toll rises to 40", "Getty Images", "Rescuers searched the rubble", LEAD, BODY]
    assert credits_and_captions(page) == [False, True, True, False, False]


def test_a_sentence_with_a_slash_is_not_a_credit() -> None:
    page = [LEAD, "The company said its profit/loss account was restated on Monday after an audit.", BODY]
    assert credits_and_captions(page) == [False, False, False]
