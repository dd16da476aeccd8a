"""Articles in Russian, Greek, Arabic, Chinese, Japanese and Bengali are read, and what is new in
them is told; an article in an unsupported language is skipped with one line that names it."""
from __future__ import annotations

from pathlib import Path

import pytest

from enginekit import FLOODS, TROOPS_A, digest_of, make_article, write
from langtexts import NEW, REPEATED, TEXTS, UNSUPPORTED
from summarizer.clean import clean_text
from summarizer.engine import Engine, EngineConfig
from summarizer.errors import InputError
from summarizer.ingest import read_paths
from summarizer.latin import LATIN_LANGUAGES
from summarizer.language import SUPPORTED, UnsupportedLanguage, detect_language

LANGS = sorted(TEXTS)
SUPPORTED_LINE = "(supported: ar, bn, cs, de, el, en, es, fr, it, ja, pl, pt, ru, sv, zh)"


@pytest.mark.parametrize("lang", LANGS)
def test_language_is_detected(lang: str) -> None:
    first, second = TEXTS[lang]
    assert detect_language(first) == lang
    assert detect_language(second) == lang


def test_english_is_english() -> None:
    assert {detect_language(t) for t in (TROOPS_A, FLOODS)} == {"en"}


@pytest.mark.parametrize("lang", LANGS)
def test_every_line_of_the_article_is_kept_by_cleaning(lang: str) -> None:
    body = clean_text(TEXTS[lang][0]).text.split("\n")
    assert all(line in body for line in TEXTS[lang][0].split("\n")[1:])


@pytest.mark.parametrize("lang", LANGS)
def test_first_article_tells_its_sentences(lang: str) -> None:
    digest = digest_of([make_article(TEXTS[lang][0])])
    told = [item.sentence for item in digest.items]
    assert REPEATED[lang] in told and len(told) == 3


@pytest.mark.parametrize("lang", LANGS)
def test_second_article_tells_only_its_new_sentence(lang: str) -> None:
    first, second = (make_article(t) for t in TEXTS[lang])
    digest = digest_of([second], known=[first])
    told = [item.sentence for item in digest.items]
    assert told == [NEW[lang]]
    assert digest.items[0].kind.value == "new"
    assert digest.items[0].text.rstrip(".") == NEW[lang].rstrip(".")  # no stray full stop after 。 or ।


@pytest.mark.parametrize("lang", LANGS)
def test_repeat_within_one_digest_is_told_once(lang: str) -> None:
    digest = digest_of([make_article(t) for t in TEXTS[lang]])
    told = [item.sentence for item in digest.items]
    assert told.count(REPEATED[lang]) == 1 and NEW[lang] in told and len(told) == 4


@pytest.mark.parametrize("lang", sorted(UNSUPPORTED))
def test_unsupported_language_is_a_one_line_skip(lang: str) -> None:
    with pytest.raises(UnsupportedLanguage) as caught:
        make_article(UNSUPPORTED[lang], name="bridge.txt")
    assert str(caught.value) == f"bridge.txt: language '{lang}' is not supported {SUPPORTED_LINE}"
    assert isinstance(caught.value, InputError)  # every reader skips it like any unreadable input
    assert lang not in SUPPORTED


def test_mixed_language_feed_keeps_every_supported_article(tmp_path: Path) -> None:
    files = [write(tmp_path / f"{i:02d}_{lang}_{n}.txt", text)
             for i, (lang, n, text) in enumerate(
                 [(lang, n, text) for lang in LANGS for n, text in enumerate(TEXTS[lang])]
                 + [("en", 0, TROOPS_A), ("en", 1, FLOODS)]
                 + [(lang, 0, text) for lang, text in sorted(UNSUPPORTED.items())])]
    skips: list[InputError] = []
    report = read_paths([tmp_path], on_skip=skips.append)
    assert len(report.articles) == 2 * len(LANGS) + 2 and len(files) == len(report.articles) + len(UNSUPPORTED)
    assert sorted(str(s).split(":")[0] for s in skips) == sorted(
        p.name for p in files if p.name.split("_")[1] in UNSUPPORTED)
    assert all(str(s).endswith(f"is not supported {SUPPORTED_LINE}") for s in skips)
    roomy = Engine(EngineConfig(max_items_per_story=40))  # the Latin-script bridge articles share a name
    digest = digest_of(report.articles, engine=roomy)
    told = [item.sentence for item in digest.items]
    cited = {src.article_id for item in digest.items for src in item.sources}
    assert cited == {a.id for a in report.articles}  # every article is told or cited for a fact it shares
    for lang in LANGS:
        # A fact told in two Latin-script languages may be one item (stems and accents agree across them).
        assert told.count(REPEATED[lang]) == 1 and (NEW[lang] in told or lang in LATIN_LANGUAGES)
    assert any("Kursk" in s for s in told) and any("Valencia" in s for s in told)


def test_unsupported_skip_is_logged_when_no_one_listens(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    write(tmp_path / "korea.txt", UNSUPPORTED["ko"])
    with caplog.at_level("WARNING"):
        report = read_paths([tmp_path])
    assert report.articles == []
    assert [r.getMessage() for r in caplog.records] == [
        f"skipped korea.txt: language 'ko' is not supported {SUPPORTED_LINE}"]


def test_text_without_words_is_still_no_readable_sentences() -> None:
    with pytest.raises(InputError, match="no readable sentences"):
        make_article("... !!! 123 ۱۲۳ ২০২৪ --- 。。。", name="punct.txt")


def test_language_is_named_even_when_cleaning_keeps_no_line() -> None:
    with pytest.raises(UnsupportedLanguage, match="language 'ko' is not supported"):
        make_article("노르웨이 새 다리 건설\n사업비 120억 크로네 추산\n공사 내년 봄 시작", name="ko.txt")
    with pytest.raises(InputError, match="no readable sentences"):
        make_article("Home | World | Sport\nSubscribe to our newsletter", name="menu.txt")


def test_short_russian_is_russian_and_bulgarian_is_not() -> None:
    assert detect_language("Мост через фьорд откроют в 2031 году. Инженеры установят датчики.") == "ru"
    assert detect_language("Пожар на складе потушен.") == "ru"  # no ы or э: the model guesses, unsure
    assert detect_language("Уряд оголосив про будівництво.") == "uk"
    assert detect_language("Правителството на Норвегия обяви във вторник изграждането на нов мост над фиорда. "
                           "Цената на проекта се оценява на дванадесет милиарда крони.") == "bg"


def test_dominant_script_of_plain_ascii_text_is_latin_or_nothing() -> None:
    from summarizer.language import dominant_script

    assert dominant_script("Rescuers reached the village on Tuesday.") == "LATIN"
    assert dominant_script("12:30 -- 4,000 / 17") == ""
    assert dominant_script("") == ""
    assert dominant_script("Москва заявила 12 мая") == "CYRILLIC"
    assert dominant_script("Café owners met at noon") == "LATIN"


def test_dominant_script_counts_ascii_letters_beside_other_scripts() -> None:
    from summarizer.language import dominant_script

    assert dominant_script("Путин met Obama in Washington – twice") == "LATIN"  # 28 ASCII letters, 5 Cyrillic
    assert dominant_script("Путин встретился с Обамой in DC, 12:30") == "CYRILLIC"  # 4 ASCII letters, 23 Cyrillic
    assert dominant_script("“—” 12 €") == ""
