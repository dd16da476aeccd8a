"""A headline with its own verb run into the lead that repeats it (:mod:`summarizer.glue`).

Pages flattened to text put the headline and the first body sentence on one line with no stop:
"Aid delays fuel fears of unrest in Veltria Anger is mounting over the slow pace of relief in
Veltria ...", "Thousands of troops have arrived in Veltria A senior official has criticised ...".
The headline has a verb, so the verbless-caption tests (:mod:`summarizer.captionrun`) do not
apply. Three signals together tell the boundary from a name inside one sentence:

* the left part is headline-shaped: it opens the line with a capital, is short, holds no
  punctuation, no open quotation or reporting clause, and ends with a content word, a name, a
  closing quotation mark (``' not suspicious'``) or a participle's particle ("unaccounted for");
* the right part opens a clause: a subject (a determiner or quantifier phrase, which may hold a
  relative clause "who decided ...", a pronoun, or one to four capitalised words with at most two
  lower-case nouns) then a finite verb with words after it, or an introductory phrase and its
  comma before the clause ("With up to 50,000 feared dead, charities are ...");
* the right part repeats the headline's content words, as a lead does ("... in Tonga" /
  "... relief in Tonga"): two or more; one after a subject that only a sentence start
  capitalises ("A senior official", "Hundreds of ..."), or after a headline with its own finite
  verb when the subject ends in a common noun before an auxiliary ("UK airlines have ..."); none
  before an introductory phrase, whose capital, comma and verb tell the lead on their own.

It is tried only where a line starts, where a page puts its headline.
"""
from __future__ import annotations

import re
from functools import lru_cache

from summarizer import gluewords as W
from summarizer.chunks import SAY_VERBS
from summarizer.interning import few
from summarizer.lexicon import MONTHS, WEEKDAYS
from summarizer.runon import core_word, finite, quote_open

MIN_LEFT = 3
MAX_LEFT = 20  # a headline and a standfirst may run together before the lead
MAX_NAME = 4  # capitalised words of a name subject
MIN_AFTER_VERB = 2
_CLOSING_QUOTE = re.compile(r"^[\w-]*\w['’\"”]$")
_PUNCT_INSIDE = re.compile(r"[,;:!?()]|\.$")
_VERBS = W.VERB_FORMS | frozenset("say says".split())
_NOT_STEMS = W.FUNCTION | W.TIME | W.CLAUSE_VERBS | _VERBS  # words no headline stem is taken from
# Words that cannot end a headline before a new sentence: the clause or phrase goes on after them.
_NO_END = W.NOT_TITLE_END | W.CLAUSE_NOUNS | W.CLAUSE_VERBS \
    | frozenset("up down out off away back again along around".split())
_PREPS = frozenset("of about over on for against to at in with from after".split())
# Nouns that stand before a name in apposition, beyond the people's roles of :data:`gluewords.ROLES`.
HEADS = frozenset("""
    group company firm maker makers giant band magazine newspaper paper agency charity school college university club
    team party network channel station website site bank lender carrier airline fund brand label lady gentleman boy girl
    man woman men women friend friends rival rivals star stars legend icon
    """.split())
# Function words a determiner subject may hold before its verb ("Some three million of the people in Haiti are").
_IN_SUBJECT = frozenset("of the in at for on to one two three four five six seven eight nine ten many".split())
# Particles that end a phrasal verb, and so may end a headline after its verb ("... unaccounted for").
_PARTICLES = frozenset("for up out off down away back over".split())
# Capitalised words that open a lead's introductory phrase but no name or title ("With up to 50,000 dead, ...").
_INTRO_CAPS = frozenset("With After Despite Amid Following While Although Because When As In During Since".split())
MAX_INTRO = 16  # tokens of an introductory phrase before its comma
MAX_SUBJECT = 8  # tokens of the subject after it
# Reporting verbs that end a headline after its source ("..., Oxfam says").
_SAYS = frozenset(w for w in SAY_VERBS if w.endswith("s")) | {"admits"}  # the present, a headline's tense
_NOT_SUBJECT = MONTHS | WEEKDAYS | frozenset({"I"})


@lru_cache(maxsize=65536)
def _word_stems(word: str) -> tuple[frozenset[str], str]:
    """Content-word stems of one token (:func:`shared_words`) and its core word lower-cased (cached: a line's
    tokens are read again at every seam tried): lower case, hyphen parts apart ("quake-hit"), function words and
    verbs that any sentence may hold ("says", "has") out, cut to five letters so "troops"/"troop" meet."""
    low = core_word(word).lower()
    parts = (part.strip(".,;:!?\"'“”‘’`") for part in low.replace("’s", "").replace("'s", "").split("-"))
    return few(p[:5] for p in parts if len(p) >= 3 and p.isalpha() and p not in _NOT_STEMS), low  # mostly 0-1 stems


def shared_words(left: list[str], right: list[str]) -> int:
    """How many content-word stems of ``left`` come back in ``right`` ("quake" in "earthquake" counts)."""
    mine, read = set().union(*(_word_stems(w)[0] for w in left)), [_word_stems(w) for w in right]
    theirs, whole = set().union(*(stems for stems, _ in read)), " ".join(low for _, low in read)
    return sum(1 for s in mine if s in theirs or len(s) == 5 and s in whole and re.search(rf"\w{s}", whole) is not None)


def _clause_open(low: list[str]) -> bool:
    """A reporting verb or subordinator in ``low`` whose clause has no finite verb before the next one ("wants to
    make clear that unlike what was claimed"); a noun reading ("fears of unrest") opens nothing."""
    opens = [k for k, w in enumerate(low) if w in W.CLAUSE_VERBS or w in W.SUBORDINATORS] + [len(low)]
    return any(k + 1 == len(low) or low[k + 1] not in _PREPS and not any(finite(w) for w in low[k + 1:nxt])
               and not _noun_object(low, k) for k, nxt in zip(opens, opens[1:]))


def _noun_object(low: list[str], k: int) -> bool:
    """A headline's infinitive takes a bare noun object ("jury to see death photos"): no clause follows it."""
    return k > 0 and low[k - 1] == "to" and k + 2 < len(low) and low[k + 1].isalpha() and low[k + 1] not in W.FUNCTION \
        and not finite(low[k + 1]) and low[k + 2].isalpha() and low[k + 2] not in W.FUNCTION


def _closes_quote(tokens: list[str], i: int) -> bool:
    """``tokens[i - 1]`` closes a quotation opened earlier in ``tokens[:i]`` ("` not suspicious'", '" return home "'),
    not a plural possessive ("The Newspaper Publishers'")."""
    last = tokens[i - 1]
    return (_CLOSING_QUOTE.match(last) is not None or last in ('"', "”")) \
        and any(q in "".join(tokens[:i - 1]) for q in "'`‘\"“")


@lru_cache(maxsize=65536)
def inner_punctuation(token: str) -> bool:
    """A token with a comma, a stop or a dash in it, or of punctuation only (not a quote mark): no headline word
    ("U.S." is no stop). Cached: a line's tokens are read again for every place a headline could end."""
    return bool(_PUNCT_INSIDE.search(token) and not re.fullmatch(r"(?:[A-Z]\.)+", token)
                or not any(c.isalnum() for c in token) and token.strip("'`‘’\"“”"))


def left_headline(tokens: list[str], i: int, sourced: bool = False) -> bool:
    """``tokens[:i]`` reads as a headline: opens with a capital, short, no punctuation or open quotation,
    no open reporting or subordinate clause (unless ``sourced``: its source follows, "..., Oxfam says"), and ends with a content word, a name or a closing quote."""
    left = tokens[:i]
    first = core_word(left[0])
    if not MIN_LEFT <= i <= MAX_LEFT or not first[:1].isupper() or any(map(inner_punctuation, left)):
        return False  # a comma, a stop or a dash: prose, not a headline ("U.S." is no stop); the cheapest tests first
    if quote_open(left):
        return False
    low = [core_word(t).lower() for t in left]
    if low[0] in W.INTRO or low[0] in W.SUBORDINATORS or low[0] in W.PRONOUN_WORDS or low[0].endswith("ing") \
            or "but" in low or sum(w.isupper() and len(w) > 1 for w in left) * 2 > len(left):
        return False  # prose ("He said ...", "... but Mr"), or a headline in capitals (:func:`glue._shouted`)
    if _clause_open(low) and not sourced:
        return False  # "Officials said the aid to Haiti ...": the right part is the reported clause
    last = left[-1]
    if _closes_quote(tokens, i):
        return True  # a quoted phrase ends the headline ("Death was ` not suspicious'")
    word = core_word(last)
    if _particle_end(tokens, i):
        return True
    if not word.replace("-", "").isalpha() or word.lower() in W.FUNCTION:
        return False  # "... legal row This Is": a title in capitals goes on
    if word.islower():
        return word not in _NO_END and not word.endswith("ing")
    return word[:1].isupper() and all(part[1:].islower() for part in word.split("-")) \
        or word.isupper() and len(word) > 1  # "in Haiti", "to UN", "Port-au-Prince"


def _name_after(tokens: list[str], i: int) -> bool:
    """A name subject at ``tokens[i]`` may open the lead. After a lower-case word: a noun that takes no name in
    apposition ("punk band Pussy Riot", "first lady Michelle Obama"), is no participle ("quarantined") or
    compound adjective ("flu-struck") and is not an infinitive's verb ("ready to help Haiti Taylor Swift").
    After a place that ends the headline ("... arrive in Haiti"): the place stands alone again later in the
    lead, or opens it ("... in Mexico Mexico has begun"), so it is not the first word of a longer name
    ("in South Gloucestershire", "Freddie Mac")."""
    last = core_word(tokens[i - 1])
    before = core_word(tokens[i - 2])
    if _closes_quote(tokens, i):
        return True
    if last.isalpha() and last.islower():
        return last not in W.ROLES and last not in HEADS and before.lower() != "to" and not last.endswith("ed")
    if not (last.isalpha() and before.islower() and before in _PREPS | {"into"}):
        return False
    alone = [k for k in range(i + 1, len(tokens)) if core_word(tokens[k]).rstrip(".,;:!?") == last
             and (k + 1 == len(tokens) or not tokens[k + 1][:1].isupper())]
    return core_word(tokens[i]) == last or bool(alone)


def _subject_verb(tokens: list[str], i: int) -> tuple[int, bool]:
    """The index of the finite verb of a clause that opens at ``tokens[i]``, and whether its subject opens
    the way only a sentence start does (a determiner, quantifier or pronoun); (0, False) when none."""
    word = tokens[i]
    if word in W.PRONOUNS:
        if not tokens[i + 1][:1].islower():
            return 0, False  # "We Stand": a title in capitals
        reach, strong = 2, True
    elif word in W.OPENERS and not (word == "The" and tokens[i + 1][:1].isupper()):  # "The UN has": a name
        nxt = tokens[i + 1]
        if not (nxt[:1].islower() or nxt[:1].isdigit()) or word == "A" and not nxt.replace("-", "").isalpha():
            return 0, False  # "A 1": a label
        reach, strong = 10, True
    else:
        reach, strong = MAX_NAME + 2, False
    lower = 0
    for j in range(i + 1, min(len(tokens) - MIN_AFTER_VERB, i + 1 + reach)):
        tok, word_j = tokens[j], core_word(tokens[j])
        if word_j in _VERBS:
            return (j, strong) if strong or lower <= 2 else (0, False)
        bare = word_j.replace("-", "").replace("’s", "").replace("'s", "")
        if not word_j or tok[-1] in ",;:!?." or not bare.isalpha():
            return 0, False
        if not strong:
            if word_j[:1].isupper() and lower == 0 and j - i < MAX_NAME and tok not in W.OPENERS_OR_PRONOUNS:
                continue  # the name goes on ("UN Secretary General")
            if not word_j.islower() or word_j in W.FUNCTION or word_j.endswith(("ing", "ly")):
                return 0, False  # "Ban Ki-moon in ...": no bare subject
            lower += 1
        elif word_j == "who" and tokens[j - 1].isalpha() and tokens[j - 1].islower() and _relative_verb(tokens[j + 1]):
            return j + 1, True  # "The seven-year-old boy who decided ...": the subject holds a relative clause
        elif word_j.lower() in W.FUNCTION and word_j not in _IN_SUBJECT:
            return 0, False
    return 0, False


def _relative_verb(token: str) -> bool:
    """``token`` is the finite verb of a relative clause ("who decided", "who has")."""
    return token in _VERBS or token.isalpha() and token.islower() and token.endswith("ed")


def _particle_end(tokens: list[str], i: int) -> bool:
    """``tokens[:i]`` ends in a verb and its particle ("remain unaccounted for", "talks called off")."""
    verb, last = core_word(tokens[i - 2]), core_word(tokens[i - 1])
    return last in _PARTICLES and verb.isalpha() and verb.islower() and (verb.endswith("ed") or verb in W.PAST)


def _intro_lead(tokens: list[str], i: int) -> bool:
    """A lead at ``tokens[i]`` opens with an introductory phrase ("With up to 50,000 feared dead, charities are
    ..."): a capitalised conjunction or preposition not followed by a capital (no title, "Gone With The Wind"),
    then a comma, then a finite verb within a few words."""
    if tokens[i] not in _INTRO_CAPS or i + 1 >= len(tokens) or tokens[i + 1][:1].isupper():
        return False
    comma = next((k for k in range(i + 2, min(len(tokens), i + MAX_INTRO)) if tokens[k].endswith(",")), 0)
    return bool(comma) and any(finite(core_word(t)) and core_word(t).islower()
                               for t in tokens[comma + 1:comma + 1 + MAX_SUBJECT])


def _attributed(tokens: list[str], i: int) -> bool:
    """``tokens[:i]`` is a headline with its source after a comma ("Aid effort tougher than tsunami, Oxfam says"),
    and a clause opens at ``tokens[i]``: a subject longer than one word ("Demand for water has"), then a finite verb
    within a few words, no punctuation before it."""
    if core_word(tokens[i - 1]) not in _SAYS:
        return False
    comma = next((k for k in range(i - 2, max(0, i - 3 - MAX_NAME), -1) if tokens[k].endswith(",")), 0)
    source = [core_word(t) for t in tokens[comma + 1:i - 1]]
    if not comma or not source or not source[0][:1].isupper() or any(w.lower() in W.FUNCTION for w in source):
        return False
    head = tokens[:comma] + [tokens[comma][:-1]]
    if core_word(head[0]).endswith("ed") or not left_headline(head, comma + 1, sourced=True):
        return False  # "Quizzed by Nel, Derman says ...": a participle phrase opens prose
    if finite(core_word(tokens[i + 1])):
        return False  # "..., Derman says Pistorius told him": a name before its verb is the reported clause
    for t in tokens[i + 1:i + MAX_NAME + 3]:
        if finite(core_word(t)) and core_word(t).islower():
            return True
        if not core_word(t).replace("-", "").isalpha():
            return False
    return False


def headline_run(tokens: list[str], i: int) -> bool:
    """A headline that has its own verb, opening the line at ``tokens[:i]``, runs into the lead sentence that
    opens at ``tokens[i]`` and repeats the headline's words."""
    word = core_word(tokens[i])
    if not word[:1].isupper() or tokens[i] in _NOT_SUBJECT \
            or not word.replace("-", "").replace("’s", "").replace("'s", "").isalpha() \
            or word.isupper() and len(word) > 4:
        return False
    if tokens[i] == "A" and tokens[i - 1][:1].islower() and core_word(tokens[i - 1]).lower() in W.LETTER_LABELS:
        return False
    if _attributed(tokens, i):
        return True
    if not left_headline(tokens, i):
        return False
    if _intro_lead(tokens, i):  # after a headline in title case the phrase has no capital ("Gone With the Wind,")
        comma = next(k for k in range(i + 1, len(tokens)) if tokens[k].endswith(","))
        return sum(t[:1].isupper() for t in tokens[:i]) * 2 <= i or not any(
            t[:1].isupper() or t[:1] in "$£€#" for t in tokens[i + 1:comma + 1])
    verb, strong = _subject_verb(tokens, i)
    if not verb:
        return False
    shared = shared_words(tokens[:i], tokens[i:])
    if strong or tokens[i] in W.OPENERS and _particle_end(tokens, i):  # "... for The United Nations has"
        return shared >= 1
    # A name subject may be the object of the headline's verb running on ("... hinder aid to Haiti Hundreds"):
    # the lead must repeat more, and a relative clause after a determiner phrase is no lead.
    low = [core_word(t).lower() for t in tokens[max(0, i - 3):i]]
    # A subject that ends in a common noun before an auxiliary ("UK airlines have begun") after a headline with its
    # own finite verb needs one repeated word; "Enron management brought by ..." is a participle, no clause.
    quoted = _closes_quote(tokens, i)  # the words before the name are inside a closed quotation
    common = tokens[verb - 1].islower() and (core_word(tokens[verb]) in W.AUX and any(
        finite(core_word(t).lower()) for t in tokens[:i]) or quoted)  # "... origin” Senegal's president says"
    return shared >= (1 if common else 2) and _name_after(tokens, i) and (tokens[i] == "The" or quoted or not any(
        w in W.DETERMINERS or w.endswith(("'s", "’s")) for w in low))  # "The" opens no relative clause


MAX_QUOTE = 60  # tokens of a pull quote
_OPEN_QUOTES = ('"', "“")
_CLOSE_QUOTES = ('"', "”")


def quote_caption_end(tokens: list[str], start: int = 0) -> int:
    """Where the lead starts after a pull quote that opens at ``tokens[start]``: a speaker's name and a colon, a
    quotation, then a sentence whose subject names the speaker again ("Jo Roe: " This is a disaster " Harbour
    Commissioner Jo Roe has appealed ..."); 0 when ``tokens[start:]`` opens no such caption."""
    colon = start
    while colon < min(len(tokens), start + MAX_NAME) and not tokens[colon].endswith(":"):
        colon += 1
    if colon >= len(tokens) - 3 or not tokens[colon + 1].startswith(_OPEN_QUOTES):
        return 0
    name = [core_word(t).rstrip(":") for t in tokens[start:colon + 1]]
    if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in name):
        return 0
    close = next((k for k in range(colon + 2, min(len(tokens), colon + MAX_QUOTE))
                  if tokens[k].endswith(_CLOSE_QUOTES) and (k > colon + 1 or len(tokens[k]) > 1)), 0)
    lead = close + 1
    if not close or lead >= len(tokens) - 3 or not tokens[lead][:1].isupper():
        return 0
    verb = next((k for k in range(lead + 1, min(len(tokens), lead + 8)) if core_word(tokens[k]) in _VERBS), 0)
    return lead if verb and name[-1] in [core_word(t) for t in tokens[lead:verb]] else 0


def pull_quote(tokens: list[str], i: int) -> bool:
    """A headline in ``tokens[:i]`` runs into a pull quote that opens at ``tokens[i]`` (:func:`quote_caption_end`)."""
    return i >= MIN_LEFT and bool(quote_caption_end(tokens, i)) and left_headline(tokens, i)  # the cheaper test first
