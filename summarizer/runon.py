"""Clause-level tests for glued units (:mod:`summarizer.glue`): whether a run of words holds a finite verb,
whether a reporting or subordinate clause is still open, and two full clauses run together with no stop
("... damaged by the flood Lowmere charities are to be given ...", "... the lethal dose Autopsy room
images of Jo Roe can be shown ...").
"""
from __future__ import annotations

from summarizer import captionends, gluewords as W
from summarizer.lexicon import ed_verb
from summarizer.zipf import zipf_en

MIN_ZIPF = 3.0  # a capitalised word that opens a subject is a common word of English, not a name


def core_word(token: str) -> str:
    """A token without the quotes and brackets around it."""
    return token.strip("\"'`“”‘’«»()[]")


def quote_open(words: list[str]) -> bool:
    """An opening quotation mark in ``words`` is not closed: the boundary would fall inside a quote."""
    text = " ".join(words)
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def clause_state(low: list[str], past: bool = False) -> str:
    """"open" when ``low`` ends inside the clause of a reporting verb or subordinator that has no finite
    verb yet, "closed" when that clause has one, "none" with no such word (``past``: a past tense counts
    as a finite verb, "when he died")."""
    opens = [k for k, w in enumerate(low) if w in W.CLAUSE_VERBS or w in W.SUBORDINATORS]
    if not opens:
        return "none"
    test = finite if past else W.FINITE.__contains__
    return "closed" if any(test(w) for w in low[opens[-1] + 1:]) else "open"


def finite(word: str) -> bool:
    """A lower-case word that can be a finite verb: an auxiliary, a reporting verb, a past tense."""
    return word in W.FINITE or word in W.PAST or len(word) > 4 and ed_verb(word) and not word.endswith("eed") \
        and word.isalpha()


def run_on(tokens: list[str], i: int) -> bool:
    """Two full clauses run together with no stop: a caption with its own verb, then the lead
    ("... damaged by the flood Lowmere charities are to be given ...", "... was in very poor
    health Pop star Jo Roe had ...").

    Precision first, since a name may also open a relative clause ("the audience Mertz had met") or
    follow an adjective inside a noun phrase ("the senior Pashtun warlord"). The left part opens with
    a capital, has a finite verb outside any open reporting or subordinate clause, and ends with a
    lower-case content word that does not look like an adjective or participle, with no determiner,
    possessive or number among its last four words; the right part opens with a capitalised subject of
    two to five words holding a common noun ("Lowmere charities", "Pop star Jo Roe"; a bare
    name after a noun is an apposition, "security guard Jo Mertz said") and then an auxiliary,
    a reporting verb or an irregular past. After a determiner only an auxiliary with "to" counts
    ("the flood Lowmere charities are to be given": a relative clause has no such verb).
    """
    if i < 6 or tokens[i] in ("The", "A", "An") or not tokens[i].isalpha():
        return False  # the cheapest tests first
    left = [core_word(t) for t in tokens[:i]]
    low = [w.lower() for w in left]
    if not left[0][:1].isupper() or quote_open(tokens[:i]):
        return False
    last = low[-1]
    if low[0] in W.INTRO or low[0].endswith("ing") or last in W.FUNCTION or last in W.TIME or last in W.ROLES \
            or not (left[-1].isalpha() and left[-1].islower()) or low[-2] == "to" or last.endswith(_ADJECTIVE_ENDS) \
            or last in _NOT_LAST or finite(last):
        return False
    if not any(finite(w) for w in low) or clause_state(low, past=True) == "open":
        return False
    verb = next((j for j in range(i + 2, min(len(tokens) - 2, i + 6)) if core_word(tokens[j]) in W.FINITE_OR_PAST), None)
    if verb is None and _of_subject(tokens, i):
        return not any(any(c.isdigit() for c in w) for w in low[-4:]) and "to" not in low[-3:]
    if verb is None or any(not core_word(t).replace("-", "").isalpha() or t.lower() in W.FUNCTION or t.lower() in W.TIME
                           or t.endswith("ing") for t in tokens[i + 1:verb]):
        return False
    if not any(t.islower() and len(t) > 1 for t in tokens[i + 1:verb]):  # "security guard Jo Mertz said": an apposition
        return False
    if "to" in low[-3:] or any(any(c.isdigit() for c in w) for w in low[-4:]):  # "to short sell Acme stock is"
        return False
    if any(w in W.DETERMINERS or w.endswith(("'s", "’s")) for w in low[-4:]):
        return core_word(tokens[verb]) in W.AUX and core_word(tokens[verb + 1]) == "to"
    return True


MAX_OF = 7  # words of the "of" phrase in a subject ("images of the late singer Jo Roe")


def _of_subject(tokens: list[str], i: int) -> int:
    """The index of the auxiliary after a subject that a capitalised common word opens, then one or two lower-case
    nouns and an "of" phrase ("... the lethal dose Autopsy room images of the late singer Jo Roe can be shown ..."),
    when a passive or a "to" follows it ("can be", "are to"): a relative clause has no such verb. 0 for none."""
    word = core_word(tokens[i])
    if not (word.isalpha() and word[1:].islower()) or zipf_en(word.lower()) < MIN_ZIPF:
        return 0
    j = i + 1
    while j < min(len(tokens), i + 3) and tokens[j].isalpha() and tokens[j].islower() and tokens[j] not in W.FUNCTION \
            and not finite(tokens[j]) and not tokens[j].endswith("ing"):
        j += 1
    if j == i + 1 or j >= len(tokens) or tokens[j] != "of":
        return 0
    for k in range(j + 1, min(len(tokens) - 2, j + 2 + MAX_OF)):
        if tokens[k] in W.AUX:
            return k if k > j + 1 and tokens[k + 1] in ("be", "been", "to") else 0
        if not tokens[k].isalpha() or tokens[k].islower() and (finite(tokens[k]) or tokens[k] in W.CLAUSE_LEADS):
            return 0
    return 0


# Endings of adjectives, adverbs and participles: a name after one is inside a noun phrase ("alleged American
# spies") or the object of a verb ("probably", "accused"); and particles and verbs that take an object.
_NOT_LAST = frozenset("up down out off away back again over along around".split())
_NOT_LAST_WORDS = W.FUNCTION | W.TIME | W.ROLES | _NOT_LAST  # a caption ending in one of these goes on
_ADJECTIVE_ENDS = ("ed", "ing", "ly", "est", "ive", "ic", "al", "ous", "ful", "ary", "ian", "ish", "ese", "ern", "ible", "able")


# Words that show a verb has its object or complement ("will file a criminal case", "says it's sending"): a
# gapped relative clause ("the case prosecutors will file against him") has none.
_OBJECT = frozenset("a an the his her its their our it it's it’s that more some no this these those".split())


_PRONOUNS = frozenset("it it's it’s that".split())
_CAPTION_NEXT = W.DETERMINERS | W.PLACE_PREPS | frozenset("on with how why what".split())


def caption_clause(left: list[str]) -> bool:
    """``left`` reads as a video or photo caption in the present tense: a name of one to three capitalised words,
    then a verb in "-s" before a determiner or preposition ("Jo Roe assesses the scene at a farm",
    "Our correspondent reports from ..." does not count: its subject is no name)."""
    k = 0
    while k < min(3, len(left) - 2) and left[k][:1].isupper() and left[k][1:].isalpha() and left[k][1:].islower():
        k += 1
    verb = left[k] if 0 < k < len(left) - 1 else ""
    return len(verb) > 3 and verb.isalpha() and verb.islower() and verb.endswith("s") and not verb.endswith(("ss", "us")) \
        and left[k + 1].lower() in _CAPTION_NEXT


def closed_run_on(tokens: list[str], i: int) -> bool:
    """A caption that is a complete clause run into a lead whose subject is a name ("... staffed by 40 volunteers
    Westland airlines have begun flying food to Veltria", "... in Veltria The EU has pledged more than ...", "... caused
    Jo Roe's death Lowmere prosecutors will file a criminal case ...").

    The left part opens with a capital, has a finite verb and no open reporting or subordinate clause, and
    ends with a lower-case content word or with a place after a preposition; the right part is a name of one
    to four capitalised words ("The" may lead it), optionally with lower-case nouns ("Westland airlines"), then a
    finite verb that has its object or complement within four words. That last test tells a new clause from
    a relative clause without "that" ("the bill Congress passed last week", "the case prosecutors will file").
    """
    if i < 5 or any(t[-1:] in ",;" for t in tokens[:i]):
        return False  # a caption is one plain clause (the cheapest tests first)
    left = [core_word(t) for t in tokens[:i]]
    low = [w.lower() for w in left]
    if not left[0][:1].isupper() or quote_open(tokens[:i]) or low[0] in W.INTRO or low[0].endswith("ing"):
        return False
    last, the = left[-1], tokens[i] == "The"
    # "Jo Roe assesses the scene at a dairy farm Veltria has begun ...", "Rescuers search ... on Monday The ..."
    caption = caption_clause(left) or the and captionends.day_end(left)
    if not (caption or any(w in W.FINITE or w in W.PAST or w in W.AUX for w in low)):
        return False  # ... with a finite verb ("alleged", "raised" may be participles)
    lower_end = last.isalpha() and last.islower() and low[-1] not in _NOT_LAST_WORDS \
        and low[-1] not in W.CLAUSE_LEADS and not finite(low[-1]) and "to" not in low[-3:] \
        and not low[-1].endswith(_ADJECTIVE_ENDS + ("less",))
    # A place after a preposition ends a caption only before "The", which a name never goes on with
    # ("... in Veltria The EU has pledged"; "at Lowmere Bay is", "of Jo Roe will" are one name).
    place_end = the and (captionends.place_end(left) or captionends.day_end(left))  # "in Lowmere", "on Monday"
    noun_phrase = any(w in W.DETERMINERS or w.endswith(("'s", "’s")) for w in low[-3:])
    if not the and (left[-2] in ("A", "An", "The") or low[-2].endswith(("'s", "’s"))):
        return False  # "... in Veltria A senior Westland official": the article opens the sentence, not the name
    opener = max((k for k, w in enumerate(low) if w in W.CLAUSE_VERBS or w in W.SUBORDINATORS), default=-1)
    infinitive = 0 <= opener < len(low) - 1 and low[opener + 1] == "to"  # "was told to prepare for the worst"
    if not (lower_end or place_end) or not (caption or any(finite(w) for w in low[:-1])) or (
            clause_state(low, past=True) == "open" and not infinitive):
        return False
    j = i + the
    caps = j
    while caps < min(len(tokens), j + 5) and (tokens[caps].isalpha() and tokens[caps][:1].isupper()
                                              and tokens[caps] not in W.OPENERS and tokens[caps] not in W.PRONOUNS
                                              or tokens[caps] == "of" and j < caps < len(tokens) - 1 and tokens[caps + 1][:1].isupper()):
        caps += 1  # "The Democratic Republic of Congo has announced"
    if caps == j:
        return False
    verb = caps
    while verb < min(len(tokens), caps + 2) and tokens[verb].isalpha() and tokens[verb].islower() \
            and tokens[verb] not in W.FUNCTION and tokens[verb] not in W.FINITE and not tokens[verb].endswith("ing"):
        verb += 1
    if verb >= len(tokens) - 1 or core_word(tokens[verb]) not in W.FINITE_OR_AUX:
        return False
    reports = any(core_word(t) in W.CLAUSE_VERBS for t in tokens[verb:verb + 3])
    if reports and next((w for w in low if finite(w)), "") in W.CLAUSE_VERBS:
        return False  # "Officials said X was in Madrid The Guardian has learned": a report inside a report
    k = verb + 1
    while k < min(len(tokens), verb + 3) and tokens[k].isalpha() and tokens[k].islower() and tokens[k] not in W.FUNCTION:
        k += 1  # "has pledged", "will file", "had ever encountered"
    # After a noun phrase a pronoun object may sit in a relative clause ("a feature Apple will admit it has
    # copied"); a determiner or a number opens a new object ("workers have saved 130 people").
    objects = _OBJECT - _PRONOUNS if noun_phrase and not the else _OBJECT
    if k >= len(tokens) - 1 or not (core_word(tokens[k]).lower() in objects or tokens[k][:1].isdigit()):
        return False
    if not the and low[-2] in W.DETERMINERS and not (reports or tokens[k][:1].isdigit()):
        return False  # "a refund on the commission Mertz had paid the agent": a relative clause
    if not the and verb == caps and not low[-1].endswith("s") and not caption:
        return False  # "movie mogul Gary Smith has": a name after a singular noun is in apposition to it
    # "the company Apple bought a year later": a time after the verb, not its object
    return not any(core_word(t).lower() in W.TIME or t.lower() in ("ago", "later", "earlier", "before")
                   for t in tokens[k + 1:k + 3])
