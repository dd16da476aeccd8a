"""Round-ups without headings: another subject's run of sentences is not the story's line."""
from __future__ import annotations

from summarizer.engine import Engine
from summarizer.roundup import away_from_subject, roundup_marks, spread_names
from summarizer.subject import OFF, ON
from summarizer.sentences import article_sentences
from summarizer.vectors import article_vector
from tests.summarizer.enginekit import digest_of, item_texts, make_article

# A made-up weekly sports column in plain paragraphs: the title's subject, then a ball game, then a motor race.
COLUMN = "\n".join([
    "The tribunal of Velmark has stripped the sprinter Marlo Quennell of his three national titles.",
    "Quennell was told to repay 40,000 pounds in prize money.",
    "He said he would appeal.",
    "In the cup final the Ostrava Owls beat the Dunmere Rovers 3-1 on Saturday.",
    "Owls striker Piet Lindqvist scored twice before the Rovers pulled one back.",
    "Lindqvist has now scored in every round.",
    "At the Carrow circuit Teodor Vasko won the grand prix from pole position.",
    "Vasko finished eight seconds ahead of Ilsa Brantwood.",
    "It was his fourth win in a row.",
])

# A made-up report in plain paragraphs: two people who are part of its story take turns with its subject.
REPORT = "\n".join([
    "The tribunal of Velmark has stripped the sprinter Marlo Quennell of his three national titles.",
    "Quennell was told to repay 40,000 pounds in prize money.",
    "The coach Osric Penhale gave evidence against him in March.",
    "Penhale had kept notes of every training session since 2019.",
    "Quennell denied it throughout the hearing.",
    "The lawyer Tamsin Orr called the ruling unjust.",
    "Orr said the evidence of the coach was tainted by a quarrel over money.",
    "Quennell has 21 days to appeal.",
])


def _away(text: str) -> list[str]:
    article = make_article(text)
    sentences = article_sentences(article)
    return [sentences[i].text for i in sorted(away_from_subject(article, article_vector(article)))]


def test_a_column_without_headings_loses_its_other_subjects() -> None:
    away = _away(COLUMN)
    assert any("cup final" in s for s in away) and any("Carrow circuit" in s for s in away)
    assert any("fourth win" in s for s in away)  # a pronoun's sentence follows the run it stands in
    assert not any("Quennell" in s or "would appeal" in s for s in away)  # the subject and its pronoun stay


def test_a_report_whose_people_take_turns_keeps_every_sentence() -> None:
    assert _away(REPORT) == []  # the runs on the coach and the lawyer sit between sentences on the subject


def test_one_run_on_another_subject_is_no_roundup() -> None:
    text = "\n".join(COLUMN.split("\n")[:6])
    assert _away(text) == []


def test_a_name_in_one_paragraph_alone_is_not_what_the_page_returns_to() -> None:
    sentences = article_sentences(make_article(COLUMN))
    assert "lindqvist" not in spread_names(sentences)
    assert "quennell" in spread_names(article_sentences(make_article(REPORT)))


def test_the_column_gives_its_subjects_lines_only() -> None:
    lines = item_texts(digest_of([make_article(COLUMN, published="2024-03-04T09:00:00")], engine=Engine()))
    assert lines and any("Quennell" in t for t in lines)
    assert not any("Lindqvist" in t or "Vasko" in t or "Owls" in t for t in lines)


def test_a_chance_match_in_another_subjects_run_stays_in_the_run() -> None:
    sentences = article_sentences(make_article(COLUMN))
    lead = frozenset({"marlo", "quennell", "velmark"})
    at = next(i for i, s in enumerate(sentences) if "Ilsa" in s.text)
    assert roundup_marks(sentences, lead | {"ilsa"}, lead)[at] == OFF  # a first name the story holds elsewhere
    assert roundup_marks(sentences, lead | {"ilsa"}, lead | {"ilsa"})[at] == ON  # the page's own lead names her


def test_an_essay_whose_sentences_mostly_name_nothing_is_no_roundup() -> None:
    aside = ["Nobody in the stands that afternoon had seen anything quite like it before.",
             "Few of those who were there would now bet against another such afternoon soon."]
    lines = COLUMN.split("\n")
    text = "\n".join(lines[:3] + [x for line in lines[3:] for x in [line, *aside]])
    assert _away(text) == []  # its other subjects' sentences stand apart, between sentences that name nothing
