"""Name keys of sentences in non-Latin scripts, for story grouping.

An article joins a story only when it shares a *name* with it (:mod:`summarizer.stories`), and
:mod:`summarizer.entities` finds names as capitalised Latin-script words. Here are the stand-ins
for the scripts the engine reads (:mod:`summarizer.scripts`):

- Cyrillic and Greek have capitals: every capitalised word that does not open the sentence (any
  acronym) is a name, keyed by its stem, so "Путин" and "Путина" are one name. Inflection makes
  word frequency a poor test of a common opener, so an opening word is left out; a name that
  matters recurs inside sentences.
- Arabic, Bengali, Chinese and Japanese have no capitals. A name stands out by being a rare word of
  the language: a word rarer than :data:`RARE_ZIPF` in wordfreq (Arabic, Bengali: keyed by its stem).
  Chinese and Japanese have no spaces: Han text is cut into words by forward maximum matching
  against wordfreq's word list (read directly, as wordfreq's own lookup needs a segmenter), and the
  rare words of two characters or more (numerals aside) are names; in Japanese, so is every
  katakana word (foreign names and places).
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

from wordfreq import get_frequency_dict, zipf_frequency

from summarizer.caches import SENTENCES
from summarizer.scripts import ARABIC, BENGALI, CJK_STOP_CHARS, CYRILLIC, GREEK, HAN, foreign_canon, foreign_words, script_of

RARE_ZIPF = 4.5  # rarer than this (about once in 30,000 words) a word may name what a story is about
_WORD = re.compile(f"[{CYRILLIC}{GREEK}{ARABIC}{BENGALI}][{CYRILLIC}{GREEK}{ARABIC}{BENGALI}\u0300-\u036f]*")
_HAN_RUN = re.compile(f"[{HAN}]{{2,}}")
_KATAKANA = re.compile("[\u30a1-\u30fa][\u30a1-\u30fa\u30fc]+")  # a katakana word, long-vowel marks inside
_NUMERALS = re.compile("[〇一二三四五六七八九十百千万亿億兆两]")
MAX_WORD = 4  # Han characters in the longest word looked up
_LANG = {"cyrillic": "ru", "greek": "el", "arabic": "ar", "bengali": "bn"}


@lru_cache(maxsize=2)
def _cjk_zipf(lang: str) -> dict[str, float]:
    """wordfreq's Chinese or Japanese word list as Zipf values (loaded once, on the first such text)."""
    return {w: math.log10(f * 1e9) for w, f in get_frequency_dict(lang).items() if f > 0}


def _opens(text: str, start: int) -> bool:
    """True when nothing but punctuation, digits or space comes before ``start``."""
    return not any(c.isalpha() for c in text[:start])


def _rare(word: str, lang: str) -> bool:
    return zipf_frequency(word, lang) < RARE_ZIPF


def _cased_names(text: str) -> list[str]:
    """Cyrillic and Greek names: capitalised words (stemmed) inside the sentence, and acronyms."""
    out: list[str] = []
    for m in _WORD.finditer(text):
        word = m.group(0)
        script = script_of(word)
        if script not in ("cyrillic", "greek") or not word[0].isupper():
            continue
        low = foreign_words(word)
        key = foreign_canon(low[0]) if low else ""
        if key and (word.isupper() or not _opens(text, m.start())):
            out.append(key)
    return out


def _rare_words(text: str) -> list[str]:
    """Arabic and Bengali names: rare words of the language, keyed by their stems."""
    out: list[str] = []
    for m in _WORD.finditer(text):
        script = script_of(m.group(0))
        if script not in ("arabic", "bengali"):
            continue
        for word in foreign_words(m.group(0)):
            key = foreign_canon(word)
            if key and len(word) >= 3 and _rare(word, _LANG[script]):
                out.append(key)
    return out


def _segment(run: str, zipf: dict[str, float]) -> list[str]:
    """A Han run cut into words by forward maximum matching against the word list (longest first)."""
    out: list[str] = []
    i = 0
    while i < len(run):
        size = next((n for n in range(min(MAX_WORD, len(run) - i), 1, -1) if run[i:i + n] in zipf), 1)
        out.append(run[i:i + size])
        i += size
    return out


def _cjk_names(text: str, lang: str) -> list[str]:
    """Chinese and Japanese names: rare words of two to four Han characters (no numerals, not
    beginning or ending with a function character), and katakana words."""
    zipf = _cjk_zipf(lang)
    out = [w for m in _HAN_RUN.finditer(text) for w in _segment(m.group(0), zipf)
           if len(w) >= 2 and zipf[w] < RARE_ZIPF and not _NUMERALS.search(w)
           and w[0] not in CJK_STOP_CHARS and w[-1] not in CJK_STOP_CHARS]
    if lang == "ja":
        out.extend(w for w in _KATAKANA.findall(text) if len(w) >= 3 or zipf.get(w, 0.0) < RARE_ZIPF)
    return out


@lru_cache(maxsize=SENTENCES)
def script_names(sentence: str) -> tuple[str, ...]:
    """The name keys of the non-Latin-script words of ``sentence``, in order, each once."""
    out = _cased_names(sentence) + _rare_words(sentence)
    if _HAN_RUN.search(sentence) or _KATAKANA.search(sentence):
        out += _cjk_names(sentence, "ja" if re.search("[\u3041-\u309f\u30a1-\u30fa]", sentence) else "zh")
    return tuple(dict.fromkeys(out))
