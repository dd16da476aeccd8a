"""Words: tokenising, stop words, stemming, news synonyms and term weights.

Everything that compares sentences goes through :func:`terms`, so paraphrase handling
(stems, a small table of common news synonyms) and word rarity (``wordfreq``) live in one
place. Terms are canonical stems; weights favour rare words, so "brotherhood" counts far
more than "said".
"""
from __future__ import annotations

import re
import sys
from functools import lru_cache
from pathlib import Path


from summarizer.articlescope import SCOPE, UNSCOPED
from summarizer.caches import SENTENCES
from summarizer.foldcase import caseless_lower
from summarizer.latin import known, language_of, latin_canon, latin_weight, latin_words
from summarizer.lexicon import SAY_WORDS, WEEKDAYS_LOWER
from summarizer.scripts import FOREIGN_CHAR, FOREIGN_RUN, FOREIGN_STOP_WORDS, ScriptStemmer, foreign_canon, \
    foreign_weight, foreign_words
from summarizer.wordforms import base_form
from summarizer.zipf import zipf_en

_STEMMER = ScriptStemmer()  # English Snowball for Latin script; Russian, Greek, Arabic, Bengali by script

WORD_RE = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
# Latin words as WORD_RE reads them, or a run of a supported non-Latin script (summarizer.scripts).
_TOKEN_RE = re.compile(f"(?P<latin>{WORD_RE.pattern})|(?P<foreign>{FOREIGN_RUN})")


def _sumy_stop_words() -> frozenset[str]:
    """sumy's English stop-word list (ships with sumy, no download)."""
    import sumy

    path = Path(sumy.__file__).parent / "data" / "stopwords" / "english.txt"
    try:
        return frozenset(w.strip() for w in path.read_text(encoding="utf-8").split() if w.strip())
    except OSError:  # pragma: no cover - sumy always ships it
        return frozenset()


# Reporting verbs, hedges and time words that say nothing about the fact itself.
NEWS_STOP = frozenset(
    """
    saying tell according reported reports report reporting added adds noted
    stated state's statement announced also would could might may must shall will can just
    revealed reveals disclosed discloses insisted insists explained explains emerged
    mr mrs ms dr today yesterday tomorrow
    week weeks month months year's earlier later since ago last next first new one two each
    percent per cent via including include includes included however meanwhile though although
    among amid around about nearly almost roughly approximately least more than less fewer over
    us u.s
    """.split()
) | SAY_WORDS | WEEKDAYS_LOWER

STOP_WORDS = _sumy_stop_words() | NEWS_STOP | FOREIGN_STOP_WORDS  # no foreign stop word is a Latin word

# Common news paraphrases mapped to one canonical stem. Only generic news vocabulary:
# reporting of troops, deaths, messages, approval, proof, sending, admitting, estimates.
_SYNONYM_GROUPS = [
    ("troop", "troops soldier soldiers forces servicemen servicemembers personnel combatants fighters"),
    ("die", "die died dies dead death deaths killed kill kills killing slain perished fatalities"),
    ("injur", "injured injuries wounded wounding hurt"),
    ("messag", "message messages letter letters greeting greetings note"),
    ("prais", "praise praised praising hail hailed hailing commend commended laud lauded applaud applauded"),
    ("prove", "prove proved proves proving proven demonstrate demonstrated demonstrates show showed shown"),
    ("send", "send sent sends sending dispatch dispatched deploy deployed deploying deployment deployments"),
    ("admit", "admit admitted admits acknowledge acknowledged acknowledges confirm confirmed confirms"),
    ("estim", "estimate estimated estimates believe believed assess assessed assessment assessments"),
    ("tie", "tie ties relations relationship relationships bond bonds"),
    ("countri", "country countries nation nations"),
    ("increas", "increase increased increases rise rose risen raise raised boost boosted ramp"),
    ("decreas", "decrease decreased decreases fall fell fallen drop dropped cut cuts decline declined"),
    ("presid", "president presidents leader leaders"),
    ("treati", "treaty treaties pact pacts accord"),
    ("agreement", "agreement agreements deal deals"),
    ("help", "help helped helps aid aided assist assisted support supported supports supporting"),
    ("attack", "attack attacked attacks strike strikes struck assault hit hits hitting"),
    ("begin", "begin began begun start started starts launch launched"),
    ("end", "end ended ends finish finished conclude concluded"),
    ("meet", "meet met meeting meetings talks"),
    ("buy", "buy bought acquire acquired acquisition purchase purchased"),
    ("arrest", "arrest arrested arrests detain detained detention custody"),
    ("accus", "accuse accused accuses accusation accusations charge charged charges indict indicted allege alleged"),
    ("releas", "release released releases free freed frees freeing"),
    ("jail", "jail jailed prison imprison imprisoned imprisonment"),
    ("investig", "investigate investigated investigation investigations probe probes probed inquiry inquest"),
    ("search", "search searched searches raid raided raids"),
    ("resign", "resign resigned resigns resignation quit quits"),
    ("deni", "deny denied denies denial reject rejected rejects rejection refute refuted dismiss dismissed"),
    ("warn", "warn warned warns warning warnings threaten threatened threatens threat threats"),
    ("urg", "urge urged urges demand demanded demands"),
    ("grant", "grant granted grants award awarded awards"),
    ("approv", "approve approved approves approval endorse endorsed ratify ratified"),
    ("ban", "ban banned bans prohibit prohibited bar barred"),
    ("flee", "flee fled flees escape escaped escapes"),
    ("miss", "missing unaccounted disappeared"),
    ("quak", "quake quakes earthquake earthquakes tremor tremors temblor"),
    ("doctor", "doctor doctors physician physicians"),
    ("shoot", "shoot shot shoots shooting gunfire gunned"),
    ("protest", "protest protests protested protesters rally rallies"),
    ("sue", "sue sued sues lawsuit lawsuits"),
    ("kidnap", "kidnap kidnapped kidnapping kidnappings abduct abducted abduction abductions"),
    ("explod", "explode exploded explodes explosion explosions blast blasts"),
    ("decid", "decide decided decides decision decisions"),
    ("seiz", "seize seized seizes seizure"),
    ("win", "win won wins victory victories"),
    ("suspend", "suspend suspended suspends suspension cancel cancels canceled cancelled canceling cancelling cancellation"),
]
# Keyed by stem, so every inflection of a listed word maps to the group's canonical term.
SYNONYMS: dict[str, str] = {}
for _canon, _words in _SYNONYM_GROUPS:
    for _w in _words.split():
        SYNONYMS[_STEMMER.stemWord(_w)] = _canon


def words(text: str) -> tuple[str, ...]:
    """Lower-cased word tokens (letters and digits), possessives dropped (cached).

    Runs of Cyrillic, Greek, Arabic, Bengali or CJK letters become tokens too (summarizer.scripts);
    a text in another Latin-script language keeps its accented letters (summarizer.latin).
    """
    return _tokens(text, language_of(text) if (SCOPE.get() or UNSCOPED).languages else "en")  # no language read: English


@lru_cache(maxsize=SENTENCES)  # each token interned: one string per distinct word across the cached tuples
def _tokens(text: str, lang: str) -> tuple[str, ...]:
    if lang != "en":
        return tuple(map(sys.intern, (w for run in latin_words(text) for w in (foreign_words(run) if _foreign(run) else [run]))))
    if not FOREIGN_CHAR.search(text):  # the usual case: Latin words only, found at once
        low = text.lower() if text.isascii() else caseless_lower(text)  # lowercasing changes ASCII letters alone
        found = WORD_RE.findall(low) if low is not None else [w.lower() for w in WORD_RE.findall(text)]
        if "'" in text or "’" in text:
            found = [_no_possessive(w) if "'" in w or "’" in w else w for w in found]
        return tuple(map(sys.intern, found))
    out: list[str] = []
    for m in _TOKEN_RE.finditer(text):
        if m.lastgroup == "foreign":
            out.extend(foreign_words(m.group(0)))
            continue
        w = m.group(0).lower()
        out.append(_no_possessive(w) if "'" in w or "’" in w else w)
    return tuple(map(sys.intern, out))


def _no_possessive(word: str) -> str:
    """A lower-cased token without its possessive ("kim's" -> "kim") or apostrophe ("doesn't" -> "doesnt")."""
    base, _, tail = word.replace("’", "'").partition("'")
    return base if tail in ("s", "") else base + tail


def _nominal(word: str, stem: str) -> str:
    """The verb stem of a nominalisation the stemmer leaves apart: "explosion" -> "explod" (as
    "exploded"), "admission" -> "admit", "invasion" -> "invad"."""
    if word.endswith("mission") and stem.endswith("miss") and not word.startswith("com"):  # not "commission"
        return stem[:-2] + "t"
    if word.endswith("sion") and stem.endswith("s") and not stem.endswith("ss") and len(stem) > 4:
        return stem[:-1] + "d"
    return stem


def _foreign(word: str) -> bool:
    """A token of a supported non-Latin script (handled in summarizer.scripts)."""
    return not word.isascii() and FOREIGN_CHAR.search(word) is not None


@lru_cache(maxsize=200_000)
def canon(word: str) -> str:
    """The canonical stem of a lower-cased word, or "" for a stop word."""
    if word.isdigit():
        return word
    if _foreign(word):
        return foreign_canon(word)
    if word in NEWS_STOP or len(word) < 2:
        return ""
    base = base_form(word)  # "sought" -> "seek", "haitians" -> "haiti": forms the stemmer leaves apart
    stem = _nominal(base, _STEMMER.stemWord(base))
    syn = SYNONYMS.get(stem)
    if syn:  # news verbs such as "sent" or "shown" sit in generic stop lists; they matter here
        return syn
    return "" if word in STOP_WORDS or base in STOP_WORDS else stem


@lru_cache(maxsize=200_000)
def word_weight(word: str) -> float:
    """How informative a word is: high for rare words, low for common ones (from wordfreq)."""
    if word.isdigit():
        return 2.0
    if _foreign(word):
        return foreign_weight(word)
    zipf = zipf_en(word)
    return min(5.0, max(0.4, 6.5 - zipf))


def terms(text: str) -> dict[str, float]:
    """Canonical content terms of ``text`` with their weights (a term keeps its highest weight),
    read in the text's language (:func:`summarizer.latin.language_of`).

    Cached: the returned dict is shared, so callers must not modify it.
    """
    return _terms(text, language_of(text))


def _canon_in(word: str, lang: str) -> str:
    return canon(word) if lang == "en" or _foreign(word) else latin_canon(word, lang)


def _weight_in(word: str, lang: str) -> float:
    return word_weight(word) if lang == "en" or _foreign(word) else latin_weight(word, lang)


@lru_cache(maxsize=SENTENCES)
def _terms(text: str, lang: str) -> dict[str, float]:
    out: dict[str, float] = {}
    english = lang == "en"
    for w in _tokens(text, lang):
        c = canon(w) if english else _canon_in(w, lang)  # _canon_in and _weight_in inlined for English
        if not c:
            continue
        wt = word_weight(w) if english else _weight_in(w, lang)
        if out.get(c, 0.0) < wt:
            out[c] = wt
    return out


def content_words(text: str) -> list[str]:
    """The non-stop words of ``text`` in order (for counting how much a sentence says)."""
    lang = language_of(text)
    if lang == "en":  # _canon_in, inlined for English
        return [w for w in _tokens(text, lang) if canon(w)]
    return [w for w in _tokens(text, lang) if _canon_in(w, lang)]


def content_terms(text: str) -> list[str]:
    """The canonical terms of ``text`` in order, repeats kept (what sumy counts for a Latin-script
    language other than English)."""
    lang = language_of(text)
    found = map(canon, _tokens(text, lang)) if lang == "en" else (_canon_in(w, lang) for w in _tokens(text, lang))
    return [c for c in found if c]


def english_share(text: str) -> float:
    """Share of the word tokens of ``text`` that are words of its language (English, or another
    supported Latin-script language), or words of a supported non-Latin script: garbled text scores low."""
    lang = language_of(text)
    if lang == "en":
        return 0.0 if garbled(text) else english_word_share(text)
    toks = [w for w in _tokens(text, lang) if not w.isdigit()]
    return sum(1 for w in toks if _foreign(w) or known(w, lang)) / len(toks) if toks else 0.0


def english_word_share(text: str) -> float:
    """Share of the word tokens of ``text`` that are English words, or words of a supported non-Latin
    script (garbled text, or a Latin-script language wordfreq does not know as English, scores low)."""
    toks = [w for w in _tokens(text, "en") if not w.isdigit()]
    if not toks:
        return 0.0
    return sum(map(_known_word, toks)) / len(toks)  # True counts 1: the same share, counted in C


# English words and units of one or two letters: wordfreq knows "ng", "th" or "c" as frequent web tokens, so a text
# whose letters were stripped of their accents (Vietnamese left as "ng", "th", "c" ...) would pass as English.
_SHORT_WORDS = frozenset("a i am an as at be by do go he hi if in is it me my no of oh ok on or so to up us we "
                         "v vs km kg cm mm ml mg lb oz ft pm bn mn mp".split())


def garbled(text: str) -> bool:
    """True when many lower-case words of ``text`` are one or two letters that are no English word: accents or
    letters stripped from another language (six or more such tokens, a fifth of its words or more)."""
    toks = [w.strip(".,;:!?()\"“”‘’'") for w in text.split()]
    alpha = [w for w in toks if w.isalpha()]
    bad = sum(1 for w in alpha if len(w) <= 2 and w.islower() and w not in _SHORT_WORDS)
    return bad >= 6 and bad >= 0.2 * len(alpha)


@lru_cache(maxsize=200_000)
def _known_word(word: str) -> bool:
    return _foreign(word) or zipf_en(word) >= 1.5
