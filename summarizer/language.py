"""Which language an article is written in, and whether the engine supports it.

The dominant script of the text decides first: kana or Han characters are Japanese (kana present)
or Chinese, Greek letters are Greek. Where a script is shared by several languages (Latin,
Cyrillic, Arabic, Bengali, Devanagari, ...), ``py3langid`` (a naive Bayes model over byte n-grams
that ships in its wheel: offline, deterministic, ~3 ms for 20,000 characters) tells them apart.
English is decided without the model when most words are English, so English news never pays
for it. An article in an unsupported language is skipped with a one-line message naming the
language and the supported ones; it is never dropped silently.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from typing import Any

from summarizer.errors import InputError
from summarizer.text import english_word_share

# ISO 639-1 code -> name. What "supported" means is in the README ("Languages").
SUPPORTED: dict[str, str] = {
    "en": "English", "ar": "Arabic", "bn": "Bengali", "zh": "Chinese", "el": "Greek", "ja": "Japanese",
    "ru": "Russian", "cs": "Czech", "de": "German", "es": "Spanish", "fr": "French", "it": "Italian",
    "pl": "Polish", "pt": "Portuguese", "sv": "Swedish",
}
SAMPLE_CHARS = 4000  # the language of an article is read from its beginning
MIN_CONFIDENCE = 0.9  # below it, a Latin-script text is English (as it always was), a Cyrillic one Russian
ENGLISH_SHARE = 0.9  # a Latin-script text with this share of English words is English without the model
ENGLISH_SAMPLE_CHARS = 1500  # ... counted over its first ~250 words (~2 ms)
_ASCII_WORD = re.compile(r"[A-Za-z]{2,}")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_NOT_ASCII_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())  # all but [A-Za-z]
_OTHER_SCRIPT_WORD = re.compile(r"[^\W\d_\u0000-\u02ff\u1e00-\u1eff]{2,}")  # two letters of a non-Latin script
_SCRIPT_LANGUAGE = {"GREEK": "el", "HANGUL": "ko", "THAI": "th", "HEBREW": "he", "GEORGIAN": "ka",
                    "ARMENIAN": "hy"}
_CJK_SCRIPTS = {"CJK", "HIRAGANA", "KATAKANA", "HALFWIDTH"}
_RUSSIAN_LETTERS = re.compile("[ыэЫЭ]")  # no other major Cyrillic language has both ...
_OTHER_CYRILLIC = re.compile("[іїєґўђјљњћџѓќѕәғқңөұүһҗІЇЄҐЎЂЈЉЊЋЏЃЌЅӘҒҚҢӨҰҮҺҖ]")  # ... and these are not Russian


class UnsupportedLanguage(InputError):
    """The article is in a language the engine does not support."""


def supported_list() -> str:
    """The supported languages as the skip message names them: ``ar, bn, el, en, ja, ru, zh``."""
    return ", ".join(sorted(SUPPORTED))


def readable(text: str) -> bool:
    """True when ``text`` has a word: two ASCII letters, or two letters of a non-Latin script."""
    return bool(_ASCII_WORD.search(text) or _OTHER_SCRIPT_WORD.search(text))


def dominant_script(text: str) -> str:
    """The script most letters of ``text`` are written in (first word of their Unicode names:
    "LATIN", "CYRILLIC", "CJK", "HIRAGANA", ...); "" when it has no letters."""
    sample = text[:SAMPLE_CHARS]
    if sample.isascii():  # the usual case, read without counting: Latin when it has a letter at all
        return "LATIN" if _ASCII_LETTER.search(sample) else ""
    counts = Counter(_script(c) for c in _NON_ASCII.findall(sample) if c.isalpha())
    latin = len(sample.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTERS))  # _ASCII_LETTER's count, in C
    if latin:
        counts["LATIN"] += latin
    if not counts:
        return ""
    cjk = sum(n for s, n in counts.items() if s in _CJK_SCRIPTS)
    best, n = max(sorted(counts.items()), key=lambda kv: kv[1])
    return "CJK" if cjk > n else best


@lru_cache(maxsize=4096)
def _script(char: str) -> str:
    return unicodedata.name(char, "UNKNOWN").split(" ", 1)[0]


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """py3langid's model, loaded once on first use (~1 s; English text never needs it), held compact (48 MB,
    not 75: :mod:`summarizer.langmodel`; the same decisions)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from summarizer.langmodel import compact

    return compact(LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True))


def identify(text: str) -> tuple[str, float]:
    """py3langid's (ISO 639-1 code, probability) for ``text``."""
    lang, prob = _identifier().classify(text)
    return str(lang), float(prob)


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the language ``text`` is written in (in doubt: "en" on Latin script, "ru" on
    Cyrillic without a letter of another Cyrillic alphabet). Read from its first ``SAMPLE_CHARS`` (cached:
    an ingest checks the language and the splitter asks again)."""
    return _detect(text[:SAMPLE_CHARS])


@lru_cache(maxsize=2048)  # an ingest checks, the splitter asks again (a replay reads every article first)
def _detect(sample: str) -> str:
    script = dominant_script(sample)
    if script in ("", "LATIN"):
        if not script or english_word_share(sample[:ENGLISH_SAMPLE_CHARS]) >= ENGLISH_SHARE:
            return "en"
        lang, prob = identify(sample)
        return lang if prob >= MIN_CONFIDENCE else "en"
    if script == "CJK":
        kana = sum(1 for c in sample if _script(c) in ("HIRAGANA", "KATAKANA", "HALFWIDTH"))
        return "ja" if kana >= 0.05 * sum(1 for c in sample if c.isalpha()) else "zh"
    if script in _SCRIPT_LANGUAGE:
        return _SCRIPT_LANGUAGE[script]
    if script == "CYRILLIC" and _russian_by_letters(sample):
        return "ru"
    lang, prob = identify(sample)
    if script == "CYRILLIC" and prob < MIN_CONFIDENCE and not _OTHER_CYRILLIC.search(sample):
        return "ru"  # a short line with no letter of another Cyrillic alphabet: the model guesses
    return lang


def _russian_by_letters(text: str) -> bool:
    """Russian by its alphabet: ы and э are frequent, the letters of Ukrainian, Belarusian, Serbian,
    Macedonian, Kazakh, ... (і ї є ґ ў ђ ј љ њ ...) nearly absent (Bulgarian has neither ы nor э).
    Short texts fool the statistical model between Russian and Bulgarian; the alphabet does not."""
    own = len(_RUSSIAN_LETTERS.findall(text))
    return own >= 2 and len(_OTHER_CYRILLIC.findall(text)) * 10 < own


def check_language(text: str, name: str) -> str:
    """The supported language of ``text``; raise :class:`UnsupportedLanguage` (one line) otherwise."""
    lang = detect_language(text)
    if lang not in SUPPORTED:
        raise UnsupportedLanguage(f"{name}: language '{lang}' is not supported (supported: {supported_list()})")
    return lang
