"""A headline or caption that is a whole clause, run into a lead whose subject is a noun phrase (:mod:`summarizer.glue`).

A page flattened to text puts its headline or photo caption on the article's first line with no stop, and the
lead often names its subject with a longer noun phrase than :mod:`summarizer.headrun` reads: "Agents search
Roe adviser's office Tax agents have entered the office of ...", "Jo Roe has denied he caused Ann Poe's death
Lowmere prosecutors will file a case against ...", "Jo Roe says he tried to help Ann Poe Lawyers for Jo Roe
have stepped back from ...", "... by the singer's death Lowmere detectives looking into the loss of Ann Poe say
they ...". The headline ends in a noun phrase ("adviser's office", "Poe's death") after which prose could open a
relative clause without "that" ("the office agents searched last week"), so the cut needs all of:

* the left part is headline-shaped (:func:`summarizer.headrun.left_headline`: a capital, no punctuation or open
  quotation or reporting clause) and holds a finite verb of its own: a clause, not a title being named;
* the right part opens with a subject that holds a lower-case common noun or opens with a capitalised plural
  ("Drug police", "Los Angeles prosecutors", "Lawyers for ..."), optionally followed by a prepositional or
  participle phrase, then a finite verb within :data:`VERB_REACH` words and no punctuation before it;
* that verb has its object or complement right after it (an article, a pronoun, a number, "that"): a relative
  clause without "that" has a gap there ("the home police searched last week");
* the lead repeats two or more of the headline's content words, as a lead does; or the left part is a whole clause
  with an auxiliary of its own and no verb of saying ("Jo Roe is due to stand trial in May") and the lead's subject a
  capitalised plural common noun ("Lawyers from both sides are ..."), which only a sentence start capitalises;
  before such a subject a headline may also end in a time phrase ("Jury to return after weekend Prosecutors ended ...").

It is tried only where a line starts, where a page puts its headline. Nothing here is about a given site or story.
"""
from __future__ import annotations

from summarizer import gluewords as W
from summarizer.chunks import SAY_VERBS
from summarizer.headrun import HEADS, left_headline, shared_words
from summarizer.lexicon import MONTHS, WEEKDAYS
from summarizer.runon import core_word, finite
from summarizer.zipf import zipf_en

MAX_LEFT = 30  # a caption with its own clause may be longer than a headline
VERB_REACH = 12  # the lead's finite verb lies within this many words of its first
MAX_CAPITALS = 4  # capitalised words that open the subject
MIN_REST = 6  # words after the verb: a lead sentence, not a label
MIN_SHARED = 2
_TIME_PREPS = frozenset("after before until over during".split())  # "after weekend"; not "on", "in": "this"
MIN_TIME_LEFT = 5  # words of a headline and its time phrase
MIN_ZIPF = 3.0  # a plural subject and its stem are common words of English, not a surname
_VERBS = W.VERB_FORMS | frozenset("say says".split())
_POST_PREPS = frozenset("for of in at from with on".split())
# Prepositions before a place that may end a headline ("... in Cardiff Organisers said"); "of" takes in names.
_PLACE_PREPS = frozenset("in at near from into outside inside across".split())
# Words that may follow the finite verb before its object: auxiliaries, adverbs, participles ("will file",
# "are searching", "have now been sold", "have stepped back from").
_CHAIN = W.AUX | frozenset("be been being not also now still already back".split())
# Words that show the verb has its object or complement: a relative clause without "that" has a gap there.
_OBJECT = W.DETERMINERS | frozenset("it they he she we that him them her more no out".split())


def _subject_verb(tokens: list[str], i: int) -> int:
    """The index of the finite verb of a subject noun phrase that opens at ``tokens[i]`` and holds a common noun
    (see the module docstring); 0 when none."""
    caps = i
    while caps < min(len(tokens), i + MAX_CAPITALS) and core_word(tokens[caps])[:1].isupper() \
            and core_word(tokens[caps]).replace("-", "").isalpha() and (caps == i or tokens[caps] not in W.OPENERS):
        caps += 1
    first = core_word(tokens[i])
    plural = caps == i + 1 and first.endswith("s") and not first.endswith(("ss", "us", "is")) and first[1:].islower()
    noun = caps
    while noun < min(len(tokens), caps + 2) and tokens[noun].isalpha() and tokens[noun].islower() \
            and tokens[noun] not in W.FUNCTION and not finite(tokens[noun]) and not tokens[noun].endswith(("ly", "ing")):
        noun += 1
    if noun == caps and not plural:
        return 0  # "... Ann Poe was": a name, maybe the headline's object, no common noun
    for j in range(noun, min(len(tokens) - MIN_REST, i + VERB_REACH)):
        word = core_word(tokens[j])
        if (word in _VERBS or plural and j == noun and finite(word)) and tokens[j].islower():  # "Lawyers ended"
            return j if j == noun or tokens[noun] in _POST_PREPS or tokens[noun].endswith("ing") else 0
        if word != tokens[j] or not word.replace("-", "").replace("'s", "").replace("’s", "").isalnum():
            return 0  # punctuation or a quotation mark before the verb
    return 0


def has_object(tokens: list[str], verb: int) -> bool:
    """The verb at ``tokens[verb]`` (with its auxiliaries, adverbs and participles) has an object or complement."""
    k = verb + 1
    while k < len(tokens) - 1 and (tokens[k] in _CHAIN or tokens[k].endswith(("ed", "ing")) and tokens[k].islower()):
        k += 1
    if tokens[k - 1] in W.AUX and tokens[k].isalpha() and tokens[k].islower() and tokens[k] not in _OBJECT:
        k += 1  # the main verb after a modal ("will file a case")
    nxt = core_word(tokens[k])
    named = nxt[:1].isupper() and nxt not in MONTHS and nxt not in WEEKDAYS  # "suggested Jo Roe gave ..."
    return nxt.lower() in _OBJECT or nxt[:1].isdigit() or named or tokens[k] in _POST_PREPS and tokens[k - 1] != tokens[verb]


def lead_run(tokens: list[str], i: int) -> bool:
    """A headline or caption with its own finite verb in ``tokens[:i]`` runs into a lead whose subject, a noun phrase
    with a common noun, opens at ``tokens[i]`` (see the module docstring)."""
    word = core_word(tokens[i])
    if i > MAX_LEFT or not word[:1].isupper() or word in W.OPENERS or word in W.PRONOUNS or word in MONTHS \
            or word in WEEKDAYS or word == "I":
        return False
    before = core_word(tokens[i - 1]).lower()
    if before in W.ROLES or before in HEADS or before in W.FUNCTION or before.endswith("ed"):
        return False  # "the singer Ann Poe": an apposition; "quarantined Mexicans": a participle before its noun
    if tokens[i - 1][:1].isupper() and core_word(tokens[i - 2]) not in _PLACE_PREPS:
        return False  # "Senate president Jo || Roes says", "Department of Health || Services": one name goes on
    verb = _subject_verb(tokens, i)
    if not verb or not has_object(tokens, verb):
        return False
    if not (_left_ok(tokens, i) or _time_end(tokens, i) and _bare_plural(tokens, i)):
        return False
    return shared_words(tokens[:i], tokens[i:]) >= MIN_SHARED or _bare_plural(tokens, i) and _own_clause(tokens, i)


def _bare_plural(tokens: list[str], i: int) -> bool:
    """``tokens[i]`` is a capitalised plural common noun standing alone, then a preposition or a finite verb
    ("Lawyers from both sides are ...", "Doctors have ..."): the word and its singular are common words of English
    (:data:`MIN_ZIPF`; "Jorgens" is a name), and no capital follows it (a title, "Thoughts On Music")."""
    word, nxt = core_word(tokens[i]), core_word(tokens[i + 1])
    if not (word[1:].isalpha() and word[1:].islower() and word.endswith("s") and len(word) > 4) or nxt[:1].isupper():
        return False
    stem = word[:-1].lower()
    return not word.endswith(("ss", "us", "is")) and (nxt in _POST_PREPS or finite(nxt)) \
        and zipf_en(word.lower()) >= MIN_ZIPF and zipf_en(stem) >= MIN_ZIPF


def _time_end(tokens: list[str], i: int) -> bool:
    """``tokens[:i]`` is a headline that ends in a preposition and a time word ("Jury to return after weekend"), which
    :func:`summarizer.headrun.left_headline` lets no headline end with, as a clause may go on after it."""
    return i > MIN_TIME_LEFT and core_word(tokens[i - 1]).lower() in W.TIME and tokens[i - 2] in _TIME_PREPS \
        and _left_ok(tokens, i - 2)


def _own_clause(tokens: list[str], i: int) -> bool:
    """``tokens[:i]`` is a complete clause: a subject, then a lower-case auxiliary or finite verb of its own
    ("Jo Roe is due to stand trial in May"), not the noun stack of a headline alone, and no reporting verb, whose
    clause may go on with a title or a name ("Jo Roe said in her 2009 essay Thoughts on Music that ...")."""
    low = [core_word(t).lower() for t in tokens[:i]]
    return any(t in W.FINITE_OR_AUX for t in tokens[1:i - 1]) and not any(w in SAY_VERBS for w in low)


def _left_ok(tokens: list[str], i: int) -> bool:
    """``tokens[:i]`` reads as a headline (:func:`summarizer.headrun.left_headline`), allowing a caption longer than
    its limit: the same tests on its first twenty words and no punctuation after them."""
    if i <= 20:
        return left_headline(tokens, i)
    return left_headline(tokens[:19] + [tokens[i - 1]], 20) and all(core_word(t) == t and t.isalnum() for t in tokens[19:i])
