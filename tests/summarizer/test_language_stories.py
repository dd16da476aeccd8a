"""Story grouping in scripts without Latin capitals: two reports of one event share a story, found
by names in their own script (capitalised words stemmed; rare words where there are no capitals)."""
from __future__ import annotations

import pytest

from enginekit import digest_of, make_article
from langtexts import TEXTS
from quaketexts import QUAKE
from summarizer.engine import eligible
from summarizer.entities import names
from summarizer.scripts import latin_length
from summarizer.stories import StoryIndex

LANGS = sorted(QUAKE)


@pytest.mark.parametrize("lang", LANGS)
def test_two_reports_of_one_event_share_a_story(lang: str) -> None:
    first, second = (make_article(t) for t in QUAKE[lang])
    other = make_article(TEXTS[lang][0])  # a bridge, not the quake
    index = StoryIndex()
    quake, bridge, again = index.assign(first), index.assign(other), index.assign(second)
    assert again.id == quake.id and bridge.id != quake.id


@pytest.mark.parametrize("lang", LANGS)
def test_the_city_is_a_name_in_both_reports(lang: str) -> None:
    first, second = (set(names(t)) for t in QUAKE[lang])
    assert first & second


def test_an_inflected_name_is_one_name() -> None:
    assert set(names("Число погибших в Измире выросло.")) == set(names("Спасатели прибыли в Измир."))
    assert names("Ο σεισμός έπληξε τη Σμύρνη.") == names("Τα ερείπια της Σμύρνης.")
    assert names("Сильное землетрясение произошло в среду.") == ()  # the word opening the sentence
    assert len(names("НАТО и ООН провели встречу.")) == 2  # acronyms are names wherever they stand


def test_english_names_are_unchanged() -> None:
    assert names("Afghan President Hamid Karzai met NATO officials in Kabul.") == ("hamid karzai", "nato", "kabul")


def test_short_chinese_and_japanese_sentences_are_eligible() -> None:
    assert latin_length("当局表示，至少八人死亡。") == 32 and latin_length("Police said.") == 12
    assert eligible("当局表示，至少八人死亡。", False, 3)
    assert not eligible("Police said so.", False, 3)
    told = [item.sentence for item in digest_of([make_article(QUAKE["zh"][0])]).items]
    assert "当局表示，至少八人死亡。" in told
