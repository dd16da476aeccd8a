"""Words of the Latin-script languages other than English: tokens, stems, stop words, weights.

A language is here when PyStemmer has its Snowball stemmer and sumy ships its stop words (both
offline, in their wheels): Czech, French, German, Italian, Polish, Portuguese, Spanish, Swedish.
Word rarity comes from wordfreq, which has data for each of them.

Which language a text is in comes from its article: :func:`summarizer.sentences.article_sentences`
registers the sentences (and title) of an article in one of these languages with
:func:`register`, in the scope of the running analysis (:mod:`summarizer.articlescope`: another
workspace's article with the same wording lends it nothing). A text met outside an article (a clause of a sentence, a remembered line) is
identified on its own by ``py3langid`` when it does not read as English; anything in doubt is
English, so English text goes through exactly the English code as before.

- Tokens: runs of Unicode letters ("Präsident", "démissionné"), apostrophes split elisions
  ("d'euros" -> "d", "euros"); digits as they are.
- Terms: the Snowball stem of the lower-cased word with accents folded off afterwards, so
  "Präsident" and "President", or "été" and "ete", are one term; sumy's stop words are left out.
  (Polish endings with accents, "-ów", are stripped only when the accent is there.)
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import Stemmer
from wordfreq import zipf_frequency

from summarizer.articlescope import SCOPE, UNSCOPED, current
from summarizer.caches import SENTENCES

# ISO 639-1 code -> the Snowball stemmer's and sumy's stop-word file's name.
LATIN_LANGUAGES: dict[str, str] = {
    "cs": "czech", "de": "german", "es": "spanish", "fr": "french", "it": "italian", "pl": "polish",
    "pt": "portuguese", "sv": "swedish",
}
MIN_CONFIDENCE = 0.9  # py3langid's probability for a text outside any article to leave English
MIN_WORDS = 4  # a shorter text outside any article is English (the model guesses on a few words)
ENGLISH_SHARE = 0.9  # a text with this share of English words is English without the model
TOKEN_RE = re.compile(r"[^\W\d_]+|\d+")
_MARKS = re.compile("[\u0300-\u036f]")
_STEMMERS = {code: Stemmer.Stemmer(name) for code, name in LATIN_LANGUAGES.items()}


def fold(word: str) -> str:
    """``word`` without accents ("präsident" -> "prasident"); letters such as "ł" or "ß" stay."""
    return unicodedata.normalize("NFC", _MARKS.sub("", unicodedata.normalize("NFD", word)))


def _stop_list(name: str) -> frozenset[str]:
    """sumy's stop words of one language, lower-cased and accent-folded (sumy ships them)."""
    import sumy

    path = Path(sumy.__file__).parent / "data" / "stopwords" / f"{name}.txt"
    try:
        return frozenset(fold(w.lower()) for w in path.read_text(encoding="utf-8").split())
    except OSError:  # pragma: no cover - sumy ships these
        return frozenset()


STOP_WORDS: dict[str, frozenset[str]] = {code: _stop_list(name) for code, name in LATIN_LANGUAGES.items()}


def register(texts: list[str], lang: str) -> None:
    """Remember that ``texts`` (an article's sentences and title) are in ``lang``; English and the
    languages of other scripts need no record."""
    if lang in LATIN_LANGUAGES:
        current().record(languages=((text, lang) for text in texts))


def language_of(text: str) -> str:
    """The language code ``text`` is read in: its article's, else identified on its own, else "en".

    Until an article in one of these languages has been read in this analysis, everything is English: a
    feed of English news never pays for identifying fragments (about 8 % of a replay's time)."""
    languages = (SCOPE.get() or UNSCOPED).languages  # current(), inlined
    if not languages:
        return "en"
    return languages.get(text) or _identified(text)


@lru_cache(maxsize=SENTENCES)
def _identified(text: str) -> str:
    """A language of :data:`LATIN_LANGUAGES` when ``text`` is clearly written in it, else "en"."""
    from summarizer.language import identify
    from summarizer.text import english_word_share

    if len(TOKEN_RE.findall(text)) < MIN_WORDS or english_word_share(text) >= ENGLISH_SHARE:
        return "en"
    lang, prob = identify(text)
    return lang if lang in LATIN_LANGUAGES and prob >= MIN_CONFIDENCE else "en"


def latin_words(text: str) -> list[str]:
    """Lower-cased word tokens of a text in one of these languages (letters with their accents)."""
    return [m.group(0) for m in TOKEN_RE.finditer(unicodedata.normalize("NFC", text).lower())]


@lru_cache(maxsize=200_000)
def latin_canon(word: str, lang: str) -> str:
    """The canonical term of a lower-cased word of ``lang``: its accent-folded stem, "" for a stop word."""
    if word.isdigit():
        return word
    folded = fold(word)
    if len(folded) < 2 or folded in STOP_WORDS[lang]:
        return ""
    return fold(_STEMMERS[lang].stemWord(word))


@lru_cache(maxsize=200_000)
def latin_weight(word: str, lang: str) -> float:
    """How informative a word of ``lang`` is: high for rare words (wordfreq), as for English."""
    if word.isdigit():
        return 2.0
    return min(5.0, max(0.4, 6.5 - zipf_frequency(word, lang)))


@lru_cache(maxsize=200_000)
def known(word: str, lang: str) -> bool:
    """True when wordfreq knows ``word`` as a word of ``lang``."""
    return zipf_frequency(word, lang) >= 1.5
