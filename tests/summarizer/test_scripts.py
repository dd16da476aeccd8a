"""Terms of non-Latin scripts (stems, stop words, bigrams, digits), and English terms unchanged."""
from __future__ import annotations

import re

import Stemmer

from summarizer.boilerplate import line_features
from summarizer.scripts import ScriptStemmer, foreign_words, script_of
from summarizer.sentences import is_heading, split_text
from summarizer.text import STOP_WORDS, canon, english_share, terms, words

_OLD_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")  # the English tokeniser before scripts


def test_english_tokens_stems_and_stop_words_are_as_before() -> None:
    text = "The café's 3 owners’ U.S. protests — naïve Zürich bankers can't say \"¿qué?\" 12,000 times."
    old = []
    for m in _OLD_WORD.finditer(text):
        w = m.group(0).lower().replace("’", "'")
        base, _, tail = w.partition("'")
        old.append(base if tail in ("s", "") else base + tail)
    assert list(words(text)) == old
    english = Stemmer.Stemmer("english")
    for w in ("protests", "bankers", "running", "café", "naïve", "zürich"):
        assert ScriptStemmer().stemWord(w) == english.stemWord(w)
    assert not any(script_of(w) for w in STOP_WORDS if w.isascii())


def test_russian_inflections_share_a_term_and_function_words_are_dropped() -> None:
    assert canon("переговоры") == canon("переговоров") == "переговор"
    assert canon("и") == canon("что") == canon("заявил") == ""
    assert set(terms("Переговоры продолжатся.")) == set(terms("переговоров продолжатся"))


def test_greek_and_arabic_stems() -> None:
    assert canon("κυβέρνηση") == canon("κυβέρνησης") == canon("ΚΥΒΕΡΝΗΣΗ".lower())
    assert canon("الحكومة") == canon("الحكومات") == canon("حكومة")
    assert canon("في") == "" and canon("για") == ""


def test_arabic_vowel_marks_and_tatweel_are_ignored() -> None:
    assert words("الحُكُومَة") == words("الحكـــومة") == ("الحكومة",)


def test_bengali_case_endings_are_stripped_and_digits_read_as_ascii() -> None:
    assert canon("সরকারের") == canon("সরকারকে") == canon("সরকার") == "সরকার"
    assert canon("এবং") == ""
    assert words("২০৩১ সালে") == ("2031", "সালে")
    assert words("عام ٢٠٣١") == ("عام", "2031")


def test_chinese_and_japanese_terms_are_character_bigrams_without_function_bigrams() -> None:
    assert foreign_words("经济措施") == ["经济", "济措", "措施"]
    assert foreign_words("桥") == ["桥"]
    assert {"经济", "措施"} <= set(terms("新的经济措施。"))
    assert "した" not in terms("発表した。")  # kana-only bigrams are endings and particles
    assert "我们" not in terms("我们宣布")  # a stop word of sumy's Chinese list


def test_supported_scripts_count_as_readable_words() -> None:
    for text in ("Правительство объявило о новом мосте.", "挪威政府周二宣布新桥。", "সরকার সেতু ঘোষণা করেছে।"):
        assert english_share(text) == 1.0
    assert english_share("Ð¿Ñ€Ð°Ð²Ð¸Ñ‚ÐµÐ»ÑŒ") < 0.5  # mojibake still scores low


def test_sentences_end_with_the_full_stops_of_other_scripts() -> None:
    assert split_text("সরকার সেতু ঘোষণা করেছে। কাজ শুরু হবে।") == ["সরকার সেতু ঘোষণা করেছে।", "কাজ শুরু হবে।"]
    assert split_text("总统说：「谈判将继续。」他没有透露细节。") == ["总统说：「谈判将继续。」", "他没有透露细节。"]
    for sentence in ("政府宣布了新的措施。", "هل هذا صحيح؟", "সরকার ঘোষণা করেছে।", "Είναι αλήθεια\u037e"):
        assert not is_heading(sentence)
    assert is_heading("挪威将建新桥")


def test_prose_of_other_scripts_reads_as_prose_to_the_boilerplate_classifier() -> None:
    zh = line_features("交通部表示，该项目的总成本估计为一百二十亿挪威克朗。")
    assert zh.words > 10 and zh.terminal and zh.verb
    en = "The soldiers are expected to join Russian units fighting Ukrainian forces near the border."
    assert line_features(en).words == 14
