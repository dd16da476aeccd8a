"""Latin-script languages other than English: an article's language flows to its terms (Snowball
stem and sumy stop words of that language, accents folded), so repeats and new facts are told apart."""
from __future__ import annotations

import pytest

from enginekit import digest_of, make_article
from langtexts import NEW, REPEATED, TEXTS
from summarizer.articlescope import analysis_scope
from summarizer.engine import eligible
from summarizer.latin import LATIN_LANGUAGES, fold, language_of, latin_canon
from summarizer.sentences import article_sentences
from summarizer.text import canon, english_share, terms, words

LATIN = sorted(LATIN_LANGUAGES)


def _accentless(text: str) -> str:
    return fold(text).replace("ł", "l").replace("ß", "ss")


@pytest.mark.parametrize("lang", LATIN)
def test_texts_carry_accents(lang: str) -> None:
    assert _accentless(REPEATED[lang]) != REPEATED[lang]  # else the accent test below tests nothing


@pytest.mark.parametrize("lang", LATIN)
def test_a_repeat_without_its_accents_is_still_a_repeat(lang: str) -> None:
    first = make_article(TEXTS[lang][0])
    title, _, new = TEXTS[lang][1].split("\n")
    second = make_article("\n".join([title, _accentless(REPEATED[lang]), new]))
    told = [item.sentence for item in digest_of([second], known=[first]).items]
    assert told == [NEW[lang]]
    with analysis_scope():  # read as the digest read them: in their articles' language
        article_sentences(first), article_sentences(second)
        plain, accented = terms(_accentless(REPEATED[lang])), terms(REPEATED[lang])
    same = [a == b for a, b in zip(plain, accented)]
    # Word for word the same terms; Polish endings carry accents the stemmer strips ("miliardów"),
    # so without them a word or two keep their ending.
    assert len(same) == len(accented) and sum(same) >= len(same) - (2 if lang == "pl" else 0)


@pytest.mark.parametrize("lang", LATIN)
def test_sentences_of_an_article_are_read_in_its_language(lang: str) -> None:
    article = make_article(TEXTS[lang][0])
    sentences = [s.text for s in article_sentences(article)]
    assert {language_of(s) for s in sentences} == {lang}
    assert all(eligible(s, False, 5) for s in sentences[1:])  # words known in its language, not English


def test_inflections_and_accents_are_one_term() -> None:
    assert latin_canon("brücke", "de") == latin_canon("brücken", "de") == latin_canon("brucke", "de")
    assert latin_canon("démissionné", "fr") == latin_canon("demissionne", "fr")
    assert latin_canon("construcción", "es") == latin_canon("construccion", "es")
    assert latin_canon("der", "de") == latin_canon("und", "de") == latin_canon("les", "fr") == ""


def test_a_german_text_is_tokenised_with_its_letters() -> None:
    sentence = "Der Präsident der Behörde ist am Montag in München zurückgetreten, teilte ein Sprecher mit."
    assert language_of(sentence) == "de"  # outside any article, the model is sure
    assert "präsident" in words(sentence) and "münchen" in words(sentence)
    assert "prasident" in terms(sentence) and "der" not in terms(sentence)
    assert english_share(sentence) > 0.9  # its words are German words


def test_english_is_read_as_before() -> None:
    sentence = "The mayor of München said the café would reopen on Monday after the floods."
    assert language_of(sentence) == "en"
    assert words(sentence)[:4] == ("the", "mayor", "of", "m")  # the English tokeniser, as always
    assert "mayor" in terms(sentence) and canon("floods") in terms(sentence)
    assert language_of("Die Regierung") == "en"  # too short to tell outside an article: English
