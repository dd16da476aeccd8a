"""Glued units: a headline, caption or label run into the sentence after it, and mojibake.

Pages flattened to text (and text tokenised then restored) often lose the break between a
sentence-less fragment and the lead sentence: "UN staff missing after quake The UN could
not confirm ...", "A reporter visits a farm Egypt has begun a cull ...". The fragment has
no terminal punctuation; the sentence opens with a capitalised subject and a finite verb a
few words on. :func:`split_glued` cuts at such a boundary so the fragment becomes its own
heading unit (never an item) and the sentence stands alone. It is precision first: a
boundary counts only when the word before it can end a phrase, the left part does not set
up a clause (a reporting verb, an introductory adverbial, a noun with its determiner that
a name-subject relative clause could follow), and the right part is a full sentence.
A caption may itself hold a verb ("Mr Roe was a keen skier A British man has died"): a
determiner subject may follow any left part whose reporting clause is already complete;
"A" counts as an article only after a noun that takes no letter label ("influenza A virus");
no boundary falls inside an open quotation.
"""
from __future__ import annotations

import re
from functools import lru_cache

import ftfy

# Words after which a sentence goes on: function words, so "in Haiti said" or "and Police" never split.
_FUNCTION = frozenset(
    """
    a an the and or but nor so yet of in on at to for from by with without into onto under about
    after before during since until against between through across among per as than that which who whom
    whose what when where why how this these those it its he she they we i you him her them us his their
    our your my me is are was were be been being has have had do does did will would shall should can
    could may might must not no also there here then if because while though although all any some each
    other such only more most very just even than like near via amid despite toward towards upon within
    mr mrs ms dr st last next past one two three four five six seven eight nine ten many much few several
    another every former late then over behind around outside inside beyond including regarding
    da de del della di do dos du la le van von der den bin ibn al el
    """.split()
)
# Verbs that take a clause without "that" ("officials said Obama would ...", "documents show X had ...").
_CLAUSE_VERBS = frozenset(
    """
    say says said tell tells told think thinks thought believe believes believed know knows knew hope hopes
    hoped fear fears feared warn warns warned claim claims claimed insist insists insisted suggest suggests
    suggested argue argues argued add adds added note notes noted show shows showed shown find finds found
    confirm confirms confirmed announce announces announced report reports reported reveal reveals revealed
    state states stated explain explains explained admit admits admitted deny denies denied acknowledge
    acknowledges acknowledged learn learns learned mean means meant expect expects expected agree agrees
    agreed write writes wrote indicate indicates indicated estimate estimates estimated predict predicts
    predicted assume assumes assumed guess realise realised realize realized feel feels felt see sees saw
    heard hear hears ensure ensures ensured decide decided decides saying telling warning claiming insisting
    arguing suggesting noting adding reporting showing
    """.split()
)
# Words that open an introductory phrase, often written without its comma ("After the quake UN officials said").
_INTRO = frozenset(
    """
    after before when while since as if although though because despite during following in on at for
    last earlier later this next once until unless whether whatever wherever whenever by with without
    amid under over from to according given like unlike besides beyond throughout within but and or so yet
    every each
    """.split()
)
# Time words: "Last week The Times reported", "Earlier this month Apple said".
_TIME = frozenset(
    """
    today yesterday tomorrow tonight morning afternoon evening night week weekend month year years ago
    earlier later now time times monday tuesday wednesday thursday friday saturday sunday
    """.split()
)
# Determiners and possessives: "the carmaker Toyota said" is an apposition, "the bill Congress passed" a relative clause.
_DETERMINERS = frozenset("a an the this that these those his her its their our my your whose every any some one".split())
# Words that open a clause inside the left part, which the capitalised word could then continue.
_SUBORDINATORS = frozenset("who which that whom whose where when because if whether than how what why".split())
_OPENERS = frozenset("The A An This These Its His Her Their Our Thousands Hundreds Dozens Millions Many Some Most Several Both "
                     "Every".split())
_PRONOUNS = frozenset("He She They We You It".split())
# Role nouns that stand before a name in apposition ("IMF chief Dominique Strauss-Kahn confirmed").
_ROLES = frozenset(
    """
    chief chairman chairwoman president minister secretary executive director spokesman spokeswoman spokesperson
    leader head official adviser advisor governor senator correspondent editor analyst economist commissioner
    ambassador envoy general coach founder ceo manager mayor judge lawyer attorney prosecutor star singer actor
    actress player captain commander officer chancellor premier candidate nominee rival partner wife husband
    son daughter brother sister father mother colleague counterpart deputy member
    """.split()
)
_PRONOUN_WORDS = frozenset("he she they we you it i there what who".split())
_TITLES = frozenset("Mr Mrs Ms Dr President Sir Lord Lady Senator Sen Rep Gov Governor General Gen Judge Prof Professor".split())
_FINITE = frozenset(
    """
    is are was were has have had will would could can may might must should shall does did do
    says said say told tells adds added warned warns announced announces confirmed confirms reported reports
    """.split()
)
# Nouns that take a letter as a label ("influenza A virus", "type A personality"): "A" after them is no article.
_LETTER_LABELS = frozenset(
    """
    type vitamin hepatitis influenza grade class category group section part level plan block gate row flight
    terminal platform series division league pool tier option exhibit appendix annex schedule wing ward
    """.split()
)
# Prepositions before a place or name that can end a caption ("Aid arrives in Haiti The first ...").
_PLACE_PREPS = frozenset("in at near from of to outside inside across".split())
MAX_LEFT_WORDS = 20
MAX_TO_VERB = 9
_TERMINAL = re.compile(r"[.!?…][\"'”’»)\]]*\s*$|[\"”’»]\s*$")
# Characters that only appear in UTF-8 text decoded as Latin-1/cp1252 (mojibake), for a cheap pre-check.
_MOJIBAKE_HINT = re.compile("[ÂÃâ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]")
# Bullet glyphs opening a line, with their mojibake leftovers ("Â€¢", "€¢") and escaped markdown ("\*\*").
_BULLET = re.compile(r"^(?:(?:Â|Ã)?(?:€¢|â€¢)\s*|[•·▪‣◦●■►*–—-]+\s+|(?:\\\*)+\s*)+(?=\S)")


# A garbled dash that a tokeniser split in two ("â€ “" for "–", "â€ ”" for "—"), and a garbled bullet.
_SPLIT_DASH = re.compile(r"[âÂ]€\s([“”])")
_GARBLED_BULLET = re.compile(r"(?:Â|Ã)?(?:â€¢|€¢)")
# A list flattened into one line: a bullet (or an escaped markdown "\*\*") between two units.
_INLINE_BULLET = re.compile(r"\s(?:\\\*\\\*|•|●|▪)\s+(?=\S)")


def fix_mojibake(text: str) -> str:
    """``text`` with UTF-8-read-as-cp1252 mojibake repaired ("â€™" -> "’"); other text unchanged."""
    if not _MOJIBAKE_HINT.search(text) and "€" not in text:
        return text
    text = _GARBLED_BULLET.sub("•", _SPLIT_DASH.sub(lambda m: "–" if m.group(1) == "“" else "—", text))
    return str(ftfy.fix_text(text, uncurl_quotes=False, normalization="NFC"))


def break_inline_bullets(text: str) -> str:
    """``text`` with a line break before each bullet inside a line: the items of a flattened list."""
    return _INLINE_BULLET.sub("\n", text) if "•" in text or "\\*" in text or "●" in text or "▪" in text else text


def strip_bullet(line: str) -> str:
    """``line`` without the bullet glyphs that open it (including mojibake bullets such as "Â€¢")."""
    return _BULLET.sub("", line)


def _core(token: str) -> str:
    """A token without the quotes and brackets around it."""
    return token.strip("\"'“”‘’«»()[]")


def _verb_ahead(tokens: list[str], i: int) -> bool:
    """A finite verb within a few words after ``tokens[i]``, with no punctuation on the way.

    After a determiner ("The head of the IMF said") the subject may hold "of the"; after a
    name ("Egypt has", "Health experts say") at most two other content words.
    """
    opener = tokens[i] in _OPENERS
    reach = MAX_TO_VERB if opener else 2 if tokens[i] in _PRONOUNS else 4 if tokens[i] in _TITLES else 3
    for j in range(i + 1, min(len(tokens), i + 1 + reach)):
        word = _core(tokens[j])
        if j > i + opener and (word in _FINITE or len(word) > 4 and word.endswith("ed") and word.islower()):
            return True
        if not word or not word.replace("'s", "").replace("’s", "").replace("-", "").replace(".", "").isalnum():
            return False
        if word.lower() in _FUNCTION and not (opener and word in ("of", "the", "in", "at", "for", "on", "to", "so")):
            return False
        if tokens[j][-1] in ",;:!?" or (tokens[j].endswith(".") and len(word) > 3):
            return False
    return False


def _plain_start(tokens: list[str], i: int) -> bool:
    """``tokens[i]`` opens a clause with a capital that only a sentence start explains: a pronoun, or a
    determiner or quantifier before a lower-case word ("The number", not "The Lancet" or "influenza A virus")."""
    if tokens[i] in _PRONOUNS:
        return True
    return tokens[i] in _OPENERS and tokens[i] != "A" and tokens[i + 1][:1].islower()  # not "influenza A virus"


def _named_start(tokens: list[str], i: int) -> bool:
    """"The" before capitals and then a common noun ("The Houston clinic of ..."): a noun phrase whose
    head is a common noun, so "The" opens a clause rather than a name ("The Lancet accused ...")."""
    j = i + 1
    while tokens[i] == "The" and j < min(len(tokens), i + 4) and tokens[j].isalpha() and tokens[j][:1].isupper():
        j += 1
    return j > i + 1 and j < len(tokens) and _common_noun(tokens[j])


def _common_noun(token: str) -> bool:
    """A lower-case word that is not a function word or a verb form: the head of a noun phrase."""
    return token.isalpha() and token.islower() and token not in _FUNCTION and token not in _FINITE \
        and not (len(token) > 4 and token.endswith("ed"))


def _left_ok(tokens: list[str], i: int) -> bool:
    """The words before ``tokens[i]`` read as a headline, caption or label, not as the start of a clause."""
    left = [_core(t) for t in tokens[:i]]
    low = [w.lower() for w in left]
    if not left or not left[0][:1].isupper() and not left[0][:1].isdigit() or _quote_open(tokens[:i]):
        return False
    closed = _clause_state(low) == "closed"  # "It is thought the pilot was at the controls The ..."
    if _plain_start(tokens, i) or _named_start(tokens, i) and (low[0] not in _PRONOUN_WORDS or closed):
        # "... his house They have salvaged", "... infection The first planeload has", "... in Haiti The aid"
        return len(left) >= 2 and (left[-1].isalpha() and left[-1].islower() and low[-1] not in _FUNCTION
                                   or _plain_start(tokens, i) and _place_end(left))
    if low[0] in _INTRO or low[0] in _PRONOUN_WORDS or low[0].endswith("ing"):
        return False
    opener = tokens[i] in _OPENERS  # a determiner subject cannot continue a clause that already has its verb
    if _clause_state(low) == "open" if opener else any(w in _CLAUSE_VERBS or w in _SUBORDINATORS for w in low):
        return False
    last = low[-1]
    if last in _FUNCTION or last in _TIME or not re.fullmatch(r"[\w'’-]*\w[\w'’-]*", left[-1]):
        return False
    if left[-1][:1].isupper():  # "Stop The War", "President Barack Obama said": capitalised words run on as one name
        return False
    if tokens[i] in _OPENERS or tokens[i] in _PRONOUNS:
        return len(left) >= 2
    # A name subject: not after a determiner + noun (apposition, relative clause) and, unless a
    # pronoun or a title opens it, only after a headline in Headline Case ("Airlines Brace for Impact").
    indefinite = ("a", "an") if tokens[i] in _TITLES else ()  # "with a bodyguard Dr Smith said": no apposition
    if len(left) < 3 or low[-2] == "to" or low[-1].endswith("ing") or low[-1] in _ROLES or left[-1].isdigit() or any(
            w in _DETERMINERS and w not in indefinite or w.endswith(("'s", "’s")) for w in low[-4:]):
        return False
    return tokens[i] in _TITLES or _headline_case(left)


def _place_end(left: list[str]) -> bool:
    """``left`` ends with a place or name after a preposition ("in Haiti"), or with a number ("on May 12")."""
    last = left[-1]
    if last.isdigit():
        return len(left) >= 3
    return len(left) >= 3 and last.isalpha() and last[:1].isupper() and last[1:].islower() \
        and left[-2].lower() in _PLACE_PREPS and left[-2].islower()


def _headline_case(words: list[str]) -> bool:
    """Most content words after the first are capitalised, as in a headline written in Headline Case."""
    content = [w for w in words[1:] if w.lower() not in _FUNCTION and w[:1].isalpha()]
    return len(content) >= 3 and sum(w[:1].isupper() for w in content) >= 0.8 * len(content)


def _shouted(tokens: list[str], i: int) -> bool:
    """``tokens[:i]`` ends with a headline in capitals ("GLOVE MAKERS SURGE ON FLU") and ``tokens[i]`` is a
    capitalised word in mixed case: the headline's end."""
    run = 0
    while run < i and tokens[i - 1 - run].isalpha() and tokens[i - 1 - run].isupper():
        run += 1
    caps = tokens[i - run:i]
    return run >= 3 and max(len(w) for w in caps) >= 4 and tokens[i][1:].islower() and tokens[i].isalpha()


def _article_a(tokens: list[str], i: int) -> bool:
    """``tokens[i]`` is "A" used as an article opening a clause ("... orphanage A nurse has said"), not a
    letter label ("influenza A virus", "Plan A"): after a lower-case content word that takes no letter
    label, before a word."""
    before, after = _core(tokens[i - 1]), tokens[i + 1]
    return before.isalpha() and before.islower() and before not in _LETTER_LABELS and before not in _FUNCTION \
        and after.isalpha() and len(after) > 1


def _clause_state(low: list[str]) -> str:
    """"open" when ``low`` ends inside the clause of a reporting verb or subordinator that has no finite
    verb yet, "closed" when that clause has one, "none" with no such word."""
    opens = [k for k, w in enumerate(low) if w in _CLAUSE_VERBS or w in _SUBORDINATORS]
    if not opens:
        return "none"
    return "closed" if any(w in _FINITE for w in low[opens[-1] + 1:]) else "open"


def _quote_open(words: list[str]) -> bool:
    """An opening quotation mark in ``words`` is not closed: the boundary would fall inside a quote."""
    text = " ".join(words)
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def _boundary(tokens: list[str]) -> int:
    """The token index where a glued sentence starts, or 0."""
    for i in range(2, min(len(tokens) - 5, MAX_LEFT_WORDS + 1)):
        word = tokens[i]
        rest = word[1:].replace("'s", "").replace("’s", "")
        if not word[:1].isupper() or word == "I" or word != "A" and not rest.isalpha():
            continue
        if word == "A" and not _article_a(tokens, i):
            continue
        if _shouted(tokens, i) or _verb_ahead(tokens, i) and _left_ok(tokens, i):
            return i
    return 0


@lru_cache(maxsize=65536)
def split_glued(sentence: str) -> tuple[str, ...]:
    """``sentence`` cut where a sentence-less fragment (headline, caption, label) runs into a full sentence.

    "UN staff missing after quake The UN could not confirm the toll." gives
    ("UN staff missing after quake", "The UN could not confirm the toll."); a sentence with
    no such boundary comes back whole. Several glued fragments are cut one after another.
    """
    out: list[str] = []
    rest = sentence.strip()
    while rest and _TERMINAL.search(rest):
        tokens = rest.split()
        cut = _boundary(tokens)
        if not cut:
            break
        out.append(" ".join(tokens[:cut]))
        rest = " ".join(tokens[cut:])
    out.append(rest)
    return tuple(part for part in out if part)
