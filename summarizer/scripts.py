"""Words of the non-Latin scripts the engine supports: tokens, stems, stop words and weights.

:mod:`summarizer.text` hands every run of Cyrillic, Greek, Arabic, Bengali or Chinese/Japanese
characters here; Latin-script words never come here, so English is handled exactly as before.

- Cyrillic, Greek, Arabic: Snowball stemmers (PyStemmer: russian, greek, arabic).
- Bengali: Snowball has no Bengali stemmer; a light stripper removes the commonest case and
  classifier endings ("সরকারের" -> "সরকার").
- Chinese and Japanese have no spaces between words and a word segmenter needs data that no
  wheel here ships (jieba, MeCab), so their terms are overlapping character bigrams
  ("经济措施" -> "经济", "济措", "措施"), the usual fallback in CJK retrieval.
- Stop words: sumy's lists where sumy ships one (Arabic, Greek, Chinese, Japanese); sumy has none
  for Russian or Bengali, so those are the commonest function words of each language, listed below.
- Weights: word rarity from wordfreq for Russian, Greek, Arabic and Bengali; wordfreq needs a
  segmenter for Chinese and Japanese, so bigrams there get one flat weight.
- Native digits (Arabic-Indic, Bengali) read as ASCII digits, so "২০২৪" and "2024" are one term.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import Stemmer

_MARKS = "\u0300-\u036f"  # combining accents (decomposed Greek, Russian stress marks)
CYRILLIC = "\u0400-\u052f"
GREEK = "\u0370-\u037d\u037f-\u0386\u0388-\u03ff\u1f00-\u1fff"  # not the Greek question mark or ano teleia
ARABIC = "\u0620-\u0669\u066e-\u06d3\u06d5-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc"  # not ، ؛ ؟ ٪ ۔
BENGALI = "\u0980-\u09ff"
HAN = "\u3005-\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
KANA = "\u3041-\u309f\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff\uff66-\uff9f"  # not the middle dot ・
CJK = HAN + KANA

# One run of letters of one supported script (a CJK run is cut into bigrams afterwards).
FOREIGN_RUN = (f"[{CYRILLIC}][{CYRILLIC}{_MARKS}]*|[{GREEK}][{GREEK}{_MARKS}]*|[{ARABIC}]+|[{BENGALI}]+|[{CJK}]+")
FOREIGN_CHAR = re.compile(f"[{CYRILLIC}{GREEK}{ARABIC}{BENGALI}{CJK}]")
_SCRIPT_OF = [(re.compile(f"[{CJK}]"), "cjk"), (re.compile(f"[{CYRILLIC}]"), "cyrillic"),
              (re.compile(f"[{GREEK}]"), "greek"), (re.compile(f"[{ARABIC}]"), "arabic"),
              (re.compile(f"[{BENGALI}]"), "bengali")]
_HIRAGANA_ONLY = re.compile("[\u3041-\u309f]+")
_ARABIC_NOISE = re.compile("[\u0640\u064b-\u065f\u0670]")  # tatweel and short-vowel marks
_STEMMERS = {"cyrillic": Stemmer.Stemmer("russian"), "greek": Stemmer.Stemmer("greek"),
             "arabic": Stemmer.Stemmer("arabic")}
_ENGLISH = Stemmer.Stemmer("english")
WORDFREQ_LANG = {"cyrillic": "ru", "greek": "el", "arabic": "ar", "bengali": "bn"}
CJK_WEIGHT = 2.5

# The commonest Russian function words (sumy ships no Russian list) and reporting verbs.
_RUSSIAN_STOP = """
и в во не что он на я с со как а то все всё она так его но да ты к у же вы за бы по только её ее мне было вот
от меня ещё еще нет о об из ему теперь когда даже ну ли если уже или ни быть был него до вас опять уж вам ведь
там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз
тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом почти мой тем чтобы нее
сейчас были куда зачем всех никогда можно при наконец другой хоть после над больше тот через эти нас про
всего них какая много разве эту моя впрочем свою этой перед иногда чуть том нельзя такой им более всегда
конечно всю между это также который которая которое которые которых которым однако около
заявил заявила заявили сообщил сообщила сообщили сказал сказала сказали отметил отметила словам
"""
# The commonest Bengali function words (sumy ships no Bengali list) and reporting verbs.
_BENGALI_STOP = """
না করে এবং ও এই থেকে আর জন্য তার হয় করা এর একটি যে করতে হবে এ নিয়ে সাথে সঙ্গে তিনি এক হয়েছে কিছু হয়ে
কোন কোনো ছিল তাদের মধ্যে তারা যায় অনেক যা সে হচ্ছে একটা করেন দিয়ে করার বা আছে পর সব একজন এখন নয় পারে
নেই কাছে বলে যদি তা হতে এটা সেই তাকে রয়েছে তবে আগে যখন করেছেন করেছে এমন কে তাই তো এটি কেন পর্যন্ত
আমি আমার আমরা আমাদের বলেন বলেছেন জানান জানিয়েছেন
"""
# Bengali case and classifier endings, longest first ("সরকারের" -> "সরকার", "দেশগুলো" -> "দেশ").
_BENGALI_SUFFIXES = sorted(
    (unicodedata.normalize("NFC", s) for s in
     "গুলোর গুলোকে গুলোতে গুলো গুলির গুলি দের টির টিতে টিকে টি টার টা কে তে ের ে".split()),
    key=len, reverse=True)


def _sumy_list(name: str) -> set[str]:
    """One of sumy's stop-word files (ships with sumy, no download); empty when missing."""
    import sumy

    try:
        text = (Path(sumy.__file__).parent / "data" / "stopwords" / f"{name}.txt").read_text(encoding="utf-8")
    except OSError:  # pragma: no cover - sumy ships these
        return set()
    return {w for w in text.split() if FOREIGN_CHAR.search(w)}


def _normalised(words: set[str]) -> frozenset[str]:
    return frozenset(w for raw in words for w in foreign_words(raw))


def script_of(word: str) -> str:
    """The supported non-Latin script of a token ("cyrillic", "greek", "arabic", "bengali",
    "cjk"), or "" for any other word."""
    for pattern, name in _SCRIPT_OF:
        if pattern.search(word):
            return name
    return ""


def _bigrams(run: str) -> list[str]:
    return [run] if len(run) < 2 else [run[i:i + 2] for i in range(len(run) - 1)]


def foreign_words(run: str) -> list[str]:
    """The word tokens of one run of a supported non-Latin script: lower-cased, normalised,
    native digits as ASCII digits, Chinese/Japanese runs as character bigrams."""
    run = unicodedata.normalize("NFC", run)
    if run.isdigit():
        return ["".join(str(unicodedata.digit(c, 0)) for c in run)]
    script = script_of(run)
    if script == "cjk":
        return _bigrams(run)
    if script == "arabic":
        run = _ARABIC_NOISE.sub("", unicodedata.normalize("NFKC", run))
    elif script == "cyrillic":
        run = re.sub(f"[{_MARKS}]", "", unicodedata.normalize("NFD", run))
        run = unicodedata.normalize("NFC", run)
    return [run.lower()] if run else []


_CJK_CHAR = re.compile(f"[{CJK}]")
CJK_CHAR_WIDTH = 3  # a Chinese or Japanese character says about as much as three Latin letters


def latin_length(text: str) -> int:
    """The length of ``text`` in Latin-letter equivalents: each Chinese or Japanese character counts
    :data:`CJK_CHAR_WIDTH` (a length limit made for English would drop short CJK sentences)."""
    return len(text) + (CJK_CHAR_WIDTH - 1) * len(_CJK_CHAR.findall(text))


def _is_stop(word: str, script: str) -> bool:
    if word in FOREIGN_STOP_WORDS:
        return True
    if script == "cjk":  # particles and endings: kana-only bigrams, or two function characters
        return bool(_HIRAGANA_ONLY.fullmatch(word)) or all(c in CJK_STOP_CHARS for c in word)
    return False


def _bengali_stem(word: str) -> str:
    for suffix in _BENGALI_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            return word[: -len(suffix)]
    return word


def stem(word: str) -> str:
    """The stem of a lower-cased token of a supported non-Latin script (itself for CJK bigrams)."""
    script = script_of(word)
    if script in _STEMMERS:
        return _STEMMERS[script].stemWord(word)
    if script == "bengali":
        return _bengali_stem(word)
    return word


@lru_cache(maxsize=100_000)
def foreign_canon(word: str) -> str:
    """The canonical term of a non-Latin token, or "" for a stop word."""
    if word.isdigit():
        return word
    script = script_of(word)
    if not script or _is_stop(word, script):
        return ""
    return stem(word)


@lru_cache(maxsize=100_000)
def foreign_weight(word: str) -> float:
    """How informative a non-Latin token is: from its word frequency in its language (wordfreq),
    one flat weight for Chinese/Japanese bigrams."""
    lang = WORDFREQ_LANG.get(script_of(word))
    if lang is None:
        return CJK_WEIGHT
    from wordfreq import zipf_frequency

    return min(5.0, max(0.4, 6.5 - zipf_frequency(word, lang)))


class ScriptStemmer:
    """A stemmer that stems each word by its script: English Snowball for Latin script (exactly as
    before), Russian/Greek/Arabic Snowball or the Bengali stripper for those scripts."""

    def stemWord(self, word: str) -> str:  # noqa: N802 - PyStemmer's method name, which sumy is given
        """The stem of ``word``."""
        if word.isascii() or not FOREIGN_CHAR.search(word):
            return _ENGLISH.stemWord(word)
        return stem(word)


# Stop words of the supported non-Latin scripts, as they come out of :func:`foreign_words`.
# None is a Latin-script word, so adding them to an English stop list changes nothing for English.
FOREIGN_STOP_WORDS = _normalised(
    _sumy_list("arabic") | _sumy_list("greek") | _sumy_list("chinese") | _sumy_list("japanese")
    | set(_RUSSIAN_STOP.split()) | set(_BENGALI_STOP.split()))
CJK_STOP_CHARS = frozenset(w for w in _sumy_list("chinese") | _sumy_list("japanese") if len(w) == 1)
