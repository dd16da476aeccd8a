"""Sentences: line-aware splitting, abbreviations, sumy's tokenizer contract, run-on cutting."""
from __future__ import annotations

import dataclasses

import pytest

from enginekit import make_article
from summarizer import sentences
from summarizer.models import Article
from summarizer.quotes import balance_quotes
from summarizer.sentences import (MAX_SENTENCE_CHARS, OfflineTokenizer, article_sentences, article_texts, is_heading,
                                  split_line, split_text)


def test_headline_without_full_stop_not_glued() -> None:
    got = split_text("Putin praises Kim in New Year letter\nThe letter was published by state media on Saturday.")
    assert got == ["Putin praises Kim in New Year letter", "The letter was published by state media on Saturday."]


def test_headline_is_a_heading_sentence_is_not() -> None:
    assert is_heading("Putin praises Kim in New Year letter")
    assert not is_heading("The letter was published on Saturday.")
    assert not is_heading("“We will win,” he said.")


def test_abbreviations_do_not_split() -> None:
    got = split_text("The U.S. said on Dec. 25 that talks with Mr. Kim would resume. Officials in the U.K. agreed.")
    assert got == ["The U.S. said on Dec. 25 that talks with Mr. Kim would resume.", "Officials in the U.K. agreed."]


def test_two_sentences_on_a_line_split() -> None:
    assert split_line("Rain fell all night. Schools closed on Monday!") == ["Rain fell all night.", "Schools closed on Monday!"]


def test_blank_lines_give_nothing() -> None:
    assert split_text("\n\n   \n") == []


def test_title_first_and_flagged_when_not_in_text() -> None:
    a = make_article("Rain fell across the region all night long. Schools closed on Monday.", title="Storm hits the coast")
    sents = article_sentences(a)
    assert sents[0].text == "Storm hits the coast" and sents[0].is_title
    assert [s.position for s in sents] == [0, 0, 1]  # the title does not push the lead down
    assert not any(s.is_title for s in sents[1:])


def test_title_not_repeated_when_it_is_the_first_line() -> None:
    a = make_article("Storm hits the coast of Valencia\nRain fell across the region all night long.")
    texts = [s.text for s in article_sentences(a)]
    assert texts.count("Storm hits the coast of Valencia") == 1


def test_a_headline_block_cut_off_at_the_top_is_a_title() -> None:
    text = ("Valley floods: river level reaches 9 Rescue crews have moved families from low streets in the town.\n"
            "The rescue crews worked through the night.")
    a = make_article(text, title=text[:100])  # a feed's title: the text's first characters, headline and lead glued
    sents = [s for s in article_sentences(a) if s.text != a.title]  # the glued title itself, as for any cut-off headline
    assert [s.is_title for s in sents] == [True, False, False]  # the headline cut off, not a section heading
    assert [s.text for s in sents][:2] == ["Valley floods: river level reaches 9",
                                           "Rescue crews have moved families from low streets in the town."]


def test_offline_tokenizer_with_sumy_plaintext_parser() -> None:
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer

    text = ("Storm hits the coast\n\n"
            "The U.S. sent aid on Dec. 5. Officials agreed with the plan.\n\n"
            "Rescue teams reached the village. They found 42 people alive.")
    parser = PlaintextParser.from_string(text, OfflineTokenizer())
    got = [str(s) for s in parser.document.sentences]
    assert "The U.S. sent aid on Dec. 5." in got
    assert "They found 42 people alive." in got
    assert len(parser.document.paragraphs) == 3
    assert len(LexRankSummarizer()(parser.document, 2)) == 2


def test_offline_tokenizer_words() -> None:
    assert OfflineTokenizer().to_words("Kim's 12,000 troops (reportedly) left.") == ("kim", "12", "000", "troops", "reportedly", "left")


def test_run_on_sentence_cut_to_pieces() -> None:
    run_on = ", ".join(f"item number {i} of the very long list" for i in range(400))
    assert len(run_on) > 10_000
    pieces = split_line(run_on)
    assert len(pieces) >= 5
    assert all(len(p) <= MAX_SENTENCE_CHARS for p in pieces)
    assert "".join(p.replace(" ", "").replace(",", "") for p in pieces) == run_on.replace(" ", "").replace(",", "")


def test_unbroken_run_cut_to_cap() -> None:
    """No space, no comma: still cut at the cap, losing nothing."""
    blob = "x" * 10_000
    pieces = split_line(blob)
    assert all(len(p) <= MAX_SENTENCE_CHARS for p in pieces), [len(p) for p in pieces]
    assert "".join(pieces) == blob


def test_words_only_run_on() -> None:
    pieces = split_line("word " * 2_000)
    assert all(0 < len(p) <= MAX_SENTENCE_CHARS for p in pieces)
    assert sum(len(p.split()) for p in pieces) == 2_000


def test_lead_position_counts_from_the_first_clean_body_sentence() -> None:
    """Headings, captions and furniture above the lead do not push it down; body sentences count on."""
    a = make_article("\n".join([
        "Storm hits the coast of Valencia",
        "Rain fell across the region all night long, the weather service said.",
        "Flooded streets in the old town",
        "Jose Garcia, left, and Ana Lopez, right, walk through the water on Monday.",
        "Schools closed on Monday and trains were cancelled across the region.",
    ]))
    got = {s.text: s.position for s in article_sentences(a)}
    assert got["Rain fell across the region all night long, the weather service said."] == 0
    assert got["Flooded streets in the old town"] == 1  # a sub-heading shares the next body sentence's position
    assert got["Schools closed on Monday and trains were cancelled across the region."] == 1


def test_each_sentence_of_a_quotation_over_several_gets_its_own_marks() -> None:
    line = "“We will keep the ferry. We have the votes. We will win,” the mayor said on Monday. The vote is on Friday."
    assert split_line(line) == ["“We will keep the ferry.”", "“We have the votes.”", "“We will win,” the mayor said on Monday.",
                                "The vote is on Friday."]


def test_a_stray_or_misturned_mark_leaves_the_sentences_as_they_are() -> None:
    stray = "He said “we will stay. The board argued that the mayor was” preparing his farewell."
    assert split_line(stray) == ["He said “we will stay.", "The board argued that the mayor was” preparing his farewell."]
    assert split_line("The mayor said: “We will stay.” Then he left.") == ["The mayor said: “We will stay.”", "Then he left."]


def test_a_quotation_over_paragraphs_marks_the_paragraphs_between() -> None:
    text = ("The ferry will close in May, the council said. \"\nThe harbour lost two million last year.\n"
            "Nobody wants that again.\nWe will keep fighting, \" the mayor told reporters.\nThe vote is on Friday.")
    assert split_text(text)[2:5] == ["“The harbour lost two million last year.”", "“Nobody wants that again.”",
                                     "We will keep fighting, \" the mayor told reporters."]


def test_a_mark_that_may_close_or_no_attribution_leaves_the_paragraphs() -> None:
    closing = "He said: \"We go.\nWe stay. \"\nThe harbour lost two million last year.\nIt rained, \" he said."
    assert "The harbour lost two million last year." in split_text(closing)  # the end mark closes the first quotation
    unsaid = "The council met. \"\nThe harbour lost two million last year.\nThe vote is on Friday."
    assert "The harbour lost two million last year." in split_text(unsaid)  # no one is said to have spoken
    marked = "The council met. \"\nThe \"harbour\" lost two million.\nWe fight, \" he said."
    assert "The \"harbour\" lost two million." in split_text(marked)  # a mark between: not one quotation


CAPTION = "Jose Garcia, left, and Ana Lopez, right, walk through the water on Monday."
LEAD = "Rain fell across the region all night long, the weather service said."


def _title_above(first: str) -> Article:
    """An article whose heading 'Storm hits the coast' (the start of its title) comes after ``first``."""
    return make_article(f"{first}\nStorm hits the coast\nSchools closed on Monday across the region.",
                        title="Storm hits the coast as rivers rise")


def test_texts_are_the_sentences_without_positions() -> None:
    for a in (_title_above(CAPTION), _title_above(LEAD), make_article(LEAD, title="Storm hits the coast"),
              make_article("\n".join(["Storm hits the coast of Valencia", LEAD, "Flooded streets", CAPTION]))):
        assert article_texts(a) == tuple((s.text, s.is_title) for s in article_sentences(a))
    # a heading the title goes on from is a title when no line is above it (a caption is none), else a sub-heading
    assert dict(article_texts(_title_above(CAPTION)))["Storm hits the coast"]
    assert not dict(article_texts(_title_above(LEAD)))["Storm hits the coast"]


def test_texts_test_no_sentence_as_a_digest_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """An ingest reads texts alone: positions (every sentence tested as a line) are read when a digest asks."""
    tested: list[str] = []
    real = sentences.not_a_line
    monkeypatch.setattr(sentences, "not_a_line", lambda s: tested.append(s) or real(s))
    a = make_article(f"{LEAD}\nSchools closed on Monday across the region.\n{CAPTION}", title="Rain in the north-east")
    assert [t for t, _ in article_texts(a)][1:] == [LEAD, "Schools closed on Monday across the region.", CAPTION]
    assert tested == []
    assert [s.position for s in article_sentences(a)] == [0, 0, 1, 2]
    assert tested == [LEAD, "Schools closed on Monday across the region.", CAPTION]
    article_texts(_title_above(CAPTION))  # a heading the title goes on from asks whether a line is above it
    assert tested[3:] == [CAPTION]


def test_texts_and_sentences_follow_the_article_not_a_stale_split() -> None:
    """Both caches are keyed by the whole article: an article edited under the same id is split again."""
    a = make_article(f"{LEAD}\nSchools closed on Monday.", title="Storm warning")
    b = dataclasses.replace(a, text=f"{CAPTION}\nSchools closed on Monday.")
    assert [t for t, _ in article_texts(a)] == ["Storm warning", LEAD, "Schools closed on Monday."]
    assert [s.position for s in article_sentences(a)] == [0, 0, 1]
    assert [t for t, _ in article_texts(b)] == ["Storm warning", CAPTION, "Schools closed on Monday."]
    assert [s.position for s in article_sentences(b)] == [0, 0, 0]  # the caption is no line: the lead is next


def test_a_closing_mark_at_a_paragraph_start_closes_the_quotation_before() -> None:
    text = ('" What we lacked in money, we made up for in patience.\n'
            '" Kim, a keen sailor, said the council never listened: " The days went slowly. "\nThe vote is on Friday.')
    got = [balance_quotes(s) for s in split_text(text)]
    assert got[:2] == ["“What we lacked in money, we made up for in patience.”",
                       "Kim, a keen sailor, said the council never listened: “The days went slowly”."]
    said = [balance_quotes(s) for s in split_text('" We will never sell the ferry.\n" she said.')]
    assert said == ["“We will never sell the ferry.”", "she said."]  # no narrative wrapped in marks


def test_a_quotation_left_open_goes_on_over_the_next_paragraphs() -> None:
    text = ('The mayor said: " We will keep the ferry. The harbour lost two million last year.\n'
            '" Nobody wants that again. We will fight.\n" We will win, " she said.\nThe vote is on Friday.')
    assert split_text(text) == ['The mayor said: " We will keep the ferry.', "“The harbour lost two million last year.”",
                                '" Nobody wants that again.', "“We will fight.”", '" We will win, " she said.',
                                "The vote is on Friday."]
    unsaid = 'The mayor said: " We will keep the ferry. The harbour lost two million.\nThe vote is on Friday.'
    assert "The harbour lost two million." in split_text(unsaid)  # no one closes it: left as it is
