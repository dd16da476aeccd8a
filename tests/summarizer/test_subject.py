"""Subject relevance: a page's sentences about another subject than its story's are not the story's lines."""
from __future__ import annotations

from summarizer.engine import Engine
from summarizer.sentences import article_sentences
from summarizer.subject import OFF, ON, UNMARKED, mark, off_subject, reference
from summarizer.vectors import article_vector
from tests.summarizer.enginekit import digest_of, item_texts, make_article

# A made-up sports column: one section on its title's subject, then sections on unrelated sports.
ROUNDUP = "\n".join([
    "A tough week for the sprinter Marlo Quennell, whose appeal against a doping ban was thrown out on Monday.",
    "Ban upheld",
    "Quennell had argued that the Tribunal of Velmark mishandled his samples in 2019.",
    "His lawyers said they would take the case to a higher court.",
    "Sailing glory for Ostrava",
    "Ostrava Harbour won the Kettering Regatta for the fourth year in a row by beating Dunmere Bay.",
    "Skipper Ilsa Brantwood said her crew had trained through the winter.",
    "Boxing drama in Carrow",
    "Teodor Vasko knocked out Piet Lindqvist in the third round at the Carrow Arena.",
    "Lindqvist's promoter Gerald Fenwick called for a rematch in Sorrento.",
])

# A made-up news report: its subject named once, then by role and pronoun; one sentence quotes someone else.
REPORT = "\n".join([
    "The mayor of Dunmere, Alvar Pettersen, resigned on Tuesday after an inquiry into council contracts.",
    "He said he had done nothing wrong but would not stand in the way of the inquiry.",
    "The inquiry found that contracts worth 4 million pounds had been awarded without tender.",
    "Reaction",
    "Council leader Brigid Oakes said the city needed a fresh start.",
    "The former mayor will keep his seat on the council until the election in May.",
    "Opposition councillors called for the contracts to be cancelled.",
])


def _off_texts(text: str, title: str = "") -> list[str]:
    article = make_article(text, title=title)
    sentences = article_sentences(article)
    return [sentences[i].text for i in sorted(off_subject(article, article_vector(article)))]


def test_sections_of_a_roundup_on_other_subjects_are_off() -> None:
    off = _off_texts(ROUNDUP)
    assert any("Regatta" in s for s in off) and any("knocked out" in s for s in off)
    assert any("Skipper Ilsa" in s for s in off)  # a sentence in an off section follows it
    assert not any("Quennell" in s or "His lawyers" in s for s in off)  # the title's subject and its pronoun stay


def test_a_report_naming_its_subject_by_role_and_pronoun_keeps_every_sentence() -> None:
    assert _off_texts(REPORT) == []


def test_a_report_in_plain_paragraphs_naming_many_others_keeps_every_sentence() -> None:
    text = "\n".join([
        "Oil prices fell below 40 dollars a barrel on Monday as the credit crunch deepened.",
        "Velmark needs a price above 90 dollars to balance its budget, analysts at Brantwood Capital said.",
        "In Ostrava, President Teodor Vasko cut public spending by a fifth.",
        "Norvia Petroleum postponed two offshore projects.",
        "Kettering Motors cut 3,000 jobs.",
    ])
    assert _off_texts(text) == []


def test_a_section_on_another_subject_in_a_report_keeps_its_sentences_naming_the_subject() -> None:
    text = REPORT + "\n" + "\n".join([
        "Further afield",
        "Glenmoor opened a new tram line across the river Tesk on Friday.",
        "Pettersen had opposed the tram line when he was mayor.",
    ])
    off = _off_texts(text)
    assert not any("Pettersen" in s for s in off)  # the section names the subject: it is on
    assert not any("tram line across" in s for s in off)


def test_a_page_in_sections_on_many_subjects_is_off_beyond_its_subject() -> None:
    text = "\n".join([
        "Quennell loses doping appeal as the Tribunal of Velmark upholds his ban.",
        "Brantwood Shipping doubles its workforce in Ostrava.",
        "Trouble at the council",
        "Norvia Telecom chief says prices will rise.",
        "Kettering Council approves the Carrow bypass.",
        "A bad week for lenders",
        "Holloway Bank fined over missold loans.",
        "Cheaper phones seek to keep core values.",
    ])
    off = _off_texts(text)
    assert any("Norvia" in s for s in off) and any("Holloway" in s for s in off)
    assert any("Cheaper phones" in s for s in off)  # an unnamed headline follows the list it stands in
    assert not any("Quennell" in s for s in off)


def test_a_name_the_page_keeps_returning_to_is_its_subject() -> None:
    text = "\n".join([
        "A village pub on the coast of Dunmere has become a place of pilgrimage.",
        "Its walls are covered in pictures of racehorses and old regattas.",
        "Sela Marrow worked behind its bar for three summers before she moved to the capital.",
        "Marrow was killed in February, and the trial of her former partner opened this week.",
        "Regulars say Marrow is remembered at a table by the window.",
        "The landlord, Osric Penhale, keeps her photograph above the till.",
    ])
    off = _off_texts(text)
    assert not any("Marrow" in s for s in off)


def test_marks_read_names_and_salient_terms() -> None:
    ref = reference({"=marlo quennell": 3.0, "dope": 2.0}, {}, ["Quennell appeal thrown out"])
    assert mark("Quennell will appeal again.", ref) == ON
    assert mark("Teodor Vasko won the title in Carrow.", ref) == OFF
    assert mark("He said it was a sad day.", ref) == UNMARKED


def test_reference_leaves_out_what_only_this_article_brought_to_the_centroid() -> None:
    ref = reference({"=teodor vasko": 1.0, "=marlo quennell": 4.0}, {"=teodor vasko": 1.0, "=marlo quennell": 1.0}, [""])
    assert "quennell" in ref and "vasko" not in ref


def test_a_roundup_gives_its_subjects_lines_only() -> None:
    lines = item_texts(digest_of([make_article(ROUNDUP, published="2024-03-04T09:00:00")], engine=Engine()))
    assert lines and any("Quennell" in t or "lawyers" in t for t in lines)
    assert not any("Regatta" in t or "Vasko" in t or "Fenwick" in t for t in lines)


def test_a_newsletter_keeps_only_the_headlines_naming_its_story() -> None:
    text = "\n".join([
        "Quennell loses his doping appeal in Velmark.",
        "Radio Norvia hires a new breakfast host.",
        "Radio Brantwood cuts its local news.",
        "Holloway Press sells its magazines.",
        "Radio Kettering wins station of the year.",
        "Tamsin Orr quits the Carrow Gazette.",
        "Radio Dunmere drops its phone-in.",
        "Ostrava Media buys two printing plants.",
        "Viewers desert the Fenwick Show.",
        "Poor ratings for the new quiz.",
        "Radio Sorrento signs Ilsa Brantwood.",
        "Lindqvist Books closes its shops.",
    ])
    lines = item_texts(digest_of([make_article(text, title="Quennell loses his doping appeal in Velmark",
                                               published="2024-03-04T09:00:00")]))
    assert not any("Radio" in t or "Holloway" in t or "Poor ratings" in t for t in lines)


def test_a_sentence_whose_subject_is_a_pronoun_continues_the_one_before() -> None:
    ref = reference({}, {}, ["Sela Marrow wins the Carrow seat"])
    assert mark("She grew up on a farm near Glenmoor.", ref) == UNMARKED
    assert mark("Osric Penhale grew up on a farm near Glenmoor.", ref) == OFF


def test_off_subject_reads_the_reference_it_is_given() -> None:
    article = make_article(ROUNDUP)
    vector = article_vector(article)
    sentences = article_sentences(article)
    made = reference(vector, vector, [article.title, sentences[1].text, sentences[2].text])
    assert off_subject(article, vector, made) == off_subject(article, vector)  # the caller's reference, read once
    regatta = frozenset(w for w in made if w not in {"quennell", "marlo"}) | {"ostrava", "harbour", "regatta", "brantwood"}
    off = {sentences[i].text for i in off_subject(article, vector, regatta)}
    assert not any("Regatta" in s for s in off)  # a reference naming the regatta keeps its section
