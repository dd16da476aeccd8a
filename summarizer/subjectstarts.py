"""A complete clause run into a sentence whose subject only a sentence start capitalises (:mod:`summarizer.glue`).

A caption or teaser that is a whole sentence loses its stop when a page is flattened, and the lead after it keeps
the capital of its first word: "Nurses at the clinic fell ill on Monday Eighty-two new cases have been confirmed
...", "Cafes in the old town have been told to close Shops and markets in the town are to stay open ...",
"The report blamed the Danes Most of the city's schools have reopened ...". Each capital here opens a subject
that no name or title explains, so :func:`subject_start` asks for:

- a left part that is a complete clause: it opens with a capital, has a finite verb after its first word, no
  reporting verb or subordinator still waiting for its clause, no open quotation, and ends on a content word
  (a lower-case noun, or a weekday or month after a preposition: "on Monday"; never a function word, a role noun
  or a noun that names a work);
- a right part that opens a subject with its own finite verb, without a comma before the verb, as one of:

  * a spelled count ("Eighty-two", "Seventeen", "Thousands"; hyphenated counts and the teens and tens that
    :func:`summarizer.glue.boundary` does not read) before a lower-case word, with a finite verb within
    :data:`REACH` words;
  * a capitalised plural common noun (the word and its singular common words of English) followed by a lower-case
    word, then a finite verb or an auxiliary within :data:`REACH` words that has its object or complement; a
    plural in "-ans", "-ats", "-ists" or "-ives" may be a nation's or a party's members, written in capitals
    mid-sentence ("a bill Democrats are set to pass"), so it never counts;
  * a quantity before "of" and a possessive name or a determiner ("Half of the", "Most of Spain's"), with a
    finite verb further on; here the left part may also end in a capitalised name ("... blamed the Danes");
  * a title and a name closed by a colon, a "Speaker: quotation" after a headline that ends on a lower-case noun
    ("Second patient death Dr Jo Roe: ..."; the left part here need not hold a verb);
  * a determiner or pronoun subject with its finite verb after such a speaker's quotation that closes with no stop
    ('Dr Jo Roe: " We expect more cases " The virus has claimed ...').

Titles of works keep their capitals on later words ("Half of a Yellow Sun", "Ninety Days Of Rain"), which these
tests refuse: each wants lower-case words after the capital.
"""
from __future__ import annotations

from summarizer import gluewords as W
from summarizer.leadrun import has_object
from summarizer.lexicon import MONTHS, PARTICIPLES, WEEKDAYS
from summarizer.runon import clause_state, core_word, finite, quote_open
from summarizer.seams import WORKS
from summarizer.zipf import zipf_en

REACH = 9  # words from the subject's first word to its finite verb
MIN_ZIPF = 3.0  # a plural subject and its singular are common words of English, not a name
_UNITS = frozenset("""one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen""".split())
_TENS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())
_GROUPS = frozenset("hundreds thousands millions dozens scores".split())
_QUANTITY = frozenset("Half Most Some Many All None Much Each Several Both".split())
_OF_NEXT = W.DETERMINERS | frozenset("these those".split())
_TIME_PREPS = frozenset("on since until by from last next this".split())
# Plurals that name a nation's, a party's or a faith's members: capitalised mid-sentence too.
_MEMBER_ENDS = ("ans", "ats", "ists", "ives", "ese", "ites", "ians", "ims")
# Endings of a people's or a place's adjective ("Mexican", "Iraqi", "Olympic"), capitalised inside a noun phrase too.
_PROPER_ENDS = ("an", "ish", "ese", "i", "ic", "ist")
# Words that go on into a noun phrase: function words, role nouns, openers, and quantifiers and adjectives that
# stand before a noun ("assisted both Nato forces", "details of new Apple products").
_NOT_LAST = W.FUNCTION | W.ROLES | W.INTRO | frozenset("""both either neither new old other former top senior junior young
    local major key main leading fellow certain various entire whole own""".split())
_OPENS = ('"', "“")
_CLOSES = ('"', "”")
# Words right after a verb that show its object or complement is there: no gap of a relative clause.
_DIRECT = W.DETERMINERS | frozenset("it they he she we that to be been no more".split())
_POST_PREPS = frozenset("for of in at from with on across".split())
# Endings of adjectives and participles: a capital after one is inside its noun phrase ("a senior Nato officer").
_ADJECTIVE_ENDS = ("ed", "ing", "ly", "est", "ive", "ous", "ful", "ible", "able", "ic", "ary")


def _count_word(word: str) -> bool:
    """``word`` is a capitalised spelled count: "Seventeen", "Eighty", "Eighty-two", "Thousands"."""
    if not word[:1].isupper() or not word[1:].replace("-", "").islower():
        return False
    parts = word.lower().split("-")
    if len(parts) == 2:
        return parts[0] in _TENS and parts[1] in _UNITS
    return len(parts) == 1 and parts[0] != "one" and (parts[0] in _UNITS or parts[0] in _TENS or parts[0] in _GROUPS)


def _left_clause(tokens: list[str], i: int, named: bool) -> bool:
    """``tokens[:i]`` is a complete clause ending on a content word (see the module; ``named``: it may end in a
    capitalised name)."""
    left = [core_word(t) for t in tokens[:i]]
    last, before = left[-1], left[-2].lower()
    if not last.isalpha() or last.lower() in WORKS or last.lower() in W.CLAUSE_VERBS:
        return False
    if last.islower():
        if last in _NOT_LAST or last.endswith(_ADJECTIVE_ENDS) or finite(last):
            return False  # "... a senior", "... kept on hiring", "... urges": the phrase goes on after it
    elif not ((last in WEEKDAYS or last in MONTHS) and before in _TIME_PREPS
              or named and last[1:].islower() and before not in W.FUNCTION - {"the"}):
        return False  # "on Monday", "... blamed the Danes"; not "Senator Jo" or "of Rome"
    if not (left[0][:1].isupper() or left[0][:1].isdigit()) or quote_open(tokens[:i]) or tokens[i - 1][-1:] in ",;:":
        return False
    low = [w.lower() for w in left]
    if low[0] in W.INTRO or not any(finite(w) for w in low[1:]):
        return False
    opener = max((k for k, w in enumerate(low) if w in W.CLAUSE_VERBS or w in W.SUBORDINATORS), default=-1)
    if clause_state(low, past=True) == "open" and low[opener + 1:opener + 2] != ["to"]:
        return False  # a reporting verb or subordinator waits for its clause ("was told to serve" does not)
    return low[-2] != "to" and not any(w in W.CLAUSE_VERBS for w in low[-3:])


def _verb_within(tokens: list[str], start: int) -> int:
    """The index of a finite verb within :data:`REACH` words from ``start`` with no comma before it, or 0."""
    for j in range(start, min(len(tokens) - 1, start + REACH)):
        word = core_word(tokens[j])
        if word.isalpha() and word.islower() and (finite(word) or word in W.AUX):
            return j
        if tokens[j][-1:] in ",;:" or not word.replace("-", "").replace("'s", "").replace("’s", "").isalnum():
            return 0
    return 0


def plural(word: str, floor: float = MIN_ZIPF) -> bool:
    """``word`` is a lower-case plural common noun: it and its singular are common words of English (``floor``: their
    least Zipf frequency)."""
    return word.isalpha() and word.islower() and len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) \
        and word not in W.FUNCTION and not finite(word) and zipf_en(word) >= floor \
        and zipf_en(word[:-3] + "y" if word.endswith("ies") else word[:-1]) >= floor


def bare_subject(tokens: list[str], i: int, floor: float = MIN_ZIPF, chained: bool = False) -> bool:
    """``tokens[i]`` opens a plural subject with no determiner: a capitalised plural common noun or a capitalised common
    word before one ("Shops and markets in the town", "Health officials"), a preposition, a conjunction and
    another plural, or its verb next, and a finite verb with its object or complement soon after (see the module;
    ``floor``: the least Zipf frequency of the plural; ``chained``: an auxiliary before a participle is enough)."""
    word = tokens[i]
    if not (word.isalpha() and word[1:].islower() and len(word) > 3) or word.endswith(_MEMBER_ENDS) \
            or word in W.CAPITAL_STARTS or word.lower() in W.STARTERS or word in MONTHS or word in WEEKDAYS:
        return False
    head = i if plural(word.lower(), floor) else i + 1 if plural(tokens[i + 1]) and zipf_en(word.lower()) >= MIN_ZIPF else 0
    if not head or head + 2 >= len(tokens) or word.endswith(_PROPER_ENDS):
        return False
    nxt = core_word(tokens[head + 1])
    if not (nxt in _POST_PREPS or nxt in W.FINITE_OR_AUX or nxt in ("and", "or") and plural(tokens[head + 2])):
        return False  # "the Games and should", "Apples design": a name, not a plural subject
    verb = _verb_within(tokens, head + 1)
    if not verb or verb + 1 >= len(tokens) or any(t in W.SUBORDINATORS for t in tokens[head + 1:verb]):
        return False  # "... programmers who had": a relative clause of a noun phrase that goes on
    after = core_word(tokens[verb + 1])
    if chained and core_word(tokens[verb]) in W.AUX and after.isalpha() and (after.endswith("ing") or finite(after)
                                                                         or after in PARTICIPLES):
        return True  # "Rescuers have begun ...", "Crews are digging ..."
    if verb == head + 1 and not (after in _DIRECT or after[:1].isdigit()):
        return False  # "the effect Jobs had on ...": a relative clause has a gap after its verb
    return verb > head + 1 or has_object(tokens, verb) or after in ("to", "be", "been")


def _quantity_of(tokens: list[str], i: int) -> bool:
    """"Half of the ...", "Most of Spain's ...": a quantity, "of", a determiner or a possessive name, a lower-case
    word, and a finite verb further on."""
    if tokens[i] not in _QUANTITY or tokens[i + 1] != "of" or i + 4 >= len(tokens):
        return False
    owner = tokens[i + 2]
    if not (owner in _OF_NEXT or owner[:1].isupper() and owner.endswith(("'s", "’s"))):
        return False
    return tokens[i + 3].isalpha() and tokens[i + 3].islower() and bool(_verb_within(tokens, i + 3))


def _speaker_colon(tokens: list[str], i: int) -> bool:
    """``tokens[i]`` is a title before one to three capitalised names, the last closed by a colon ("... patient death
    Prof. Jo Roe: ..."), after a headline that ends on a lower-case noun (not a verb, whose object the name would
    be: "told Dr Roe:", nor a preposition: "by Dr Roe:")."""
    if tokens[i].rstrip(".") not in W.TITLES:
        return False
    k = i + 1
    while k < min(len(tokens) - 1, i + 4) and tokens[k][:1].isupper() and tokens[k].rstrip(":").isalpha():
        if tokens[k].endswith(":"):
            break
        k += 1
    last, first = tokens[i - 1], core_word(tokens[0])
    if k == i + 1 or not tokens[k].endswith(":") or not tokens[k][:1].isupper() or not first[:1].isupper():
        return False
    return last.isalpha() and last.islower() and not finite(last) and last not in W.NOT_PLAIN_END \
        and last not in W.CLAUSE_VERBS and not last.endswith("ly") and not quote_open(tokens[:i])


def _after_quote_box(tokens: list[str], i: int) -> bool:
    """``tokens[i]`` is a determiner or pronoun subject with its finite verb after a quotation that a colon introduces
    and that closes with no stop ('Dr Jo Roe: " We expect more cases in spring " The virus has claimed ...')."""
    if not (tokens[i] in W.OPENERS_OR_PRONOUNS and tokens[i + 1].isalpha() and tokens[i + 1].islower()):
        return False
    close = tokens[i - 1]
    inner = tokens[i - 2] if close in _CLOSES else close.rstrip('"”')
    if not close.endswith(_CLOSES) or not inner[-1:].isalnum():
        return False  # a stop or a comma inside the mark ends the sentence or hands it to an attribution
    start = next((k for k in range(i - 2, max(0, i - 40), -1) if tokens[k].startswith(_OPENS)), 0)
    return start > 1 and tokens[start - 1].endswith(":") and not any(t.endswith(_CLOSES) for t in tokens[start + 1:i - 1]) \
        and bool(_verb_within(tokens, i + 1))


def subject_start(tokens: list[str], i: int) -> bool:
    """``tokens[i]`` opens a sentence glued to a complete clause before it with no stop (see the module)."""
    word = tokens[i]
    if i < 4 or i + 3 >= len(tokens) or not word[:1].isupper():
        return False
    if _count_word(word):
        nxt = core_word(tokens[i + 1])
        if not (nxt.isalpha() and nxt.islower()) or nxt in W.FUNCTION and nxt != "of":  # "Four to the Floor": a title
            return False
        if nxt == "of" and not core_word(tokens[i + 2]).islower():  # "Thousands of Hearts": a title; not "of people"
            return False
        return bool(_verb_within(tokens, i + 1)) and _left_clause(tokens, i, False)
    if _quantity_of(tokens, i):
        return _left_clause(tokens, i, True)
    if _speaker_colon(tokens, i) or _after_quote_box(tokens, i):
        return True
    return bare_subject(tokens, i) and _left_clause(tokens, i, False)
