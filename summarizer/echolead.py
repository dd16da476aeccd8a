"""A headline run into a lead that echoes it, whatever shape the lead's subject takes (:mod:`summarizer.glue`).

A page flattened to text puts its headline and lead on one line with no stop between them, and the lead
restates the headline in full words: "Rescuers still find survivors in the rubble Rescue teams searching the
rubble are still finding people alive.", "Agency declares flu emergency The head of the agency, Jo Roe, has
declared an emergency.". :mod:`summarizer.headrun` cuts such a line when the lead's subject is short and plain
(a determiner phrase, a pronoun, a name of a few words). A lead's subject is often longer: an apposition between
commas ("The head of the agency, Jo Roe, has"), a participle phrase ("Rescue teams searching the rubble are"), two
nouns ("Violence and looting has"), an introductory phrase ("More than two weeks after the quake, there are").
What tells the seam then is the echo: the part after it repeats three or more of the headline's content words
within its first clause, as only a lead under its headline does; a sentence never restates its own first words
so soon. Guards keep the cut precise:

* the left part is headline-shaped (:func:`summarizer.headrun.left_headline`);
* the seam is no name run on ("Jo ||| Roe said", "the Tour de ||| France"): the word before it is lower case, a
  closing quotation mark, or a name after a preposition that the lead opens with a determiner or a count
  ("... for Oslo ||| More than 100 ..."), and the word after it is no object of an infinitive ("to help ||| Oslo");
* the lead reads as a clause: a lower-case finite verb (a present "-s" verb too) within a few words, with no title-case run
  ("Hope For Oslo benefit") before it.

A lead may also restate the headline's subject while echoing little else: word for word, a name of two words or
more ("Jo Roe's mother said the firm ignored signs of stress in the singer Jo Roe's mother can sue ..."), or the
surname in full ("Roe and Poe are due in Oslo for the gala Ann Roe and Bo Poe are set to ..."). A sentence names
its own subject again so soon only as a pronoun; a restatement at a bare seam (a lower-case noun before it, in a
headline-shaped line) is the lead (:func:`restated_subject`).

It is tried only where a line starts, where a page puts its headline.
"""
from __future__ import annotations

from summarizer import gluewords as W
from summarizer.chunks import PRESENT, present_verb
from summarizer.headrun import HEADS, left_headline, shared_words
from summarizer.runon import core_word, finite

MIN_ECHO = 3  # content stems of the headline the lead repeats
ECHO_WINDOW = 30  # tokens of the lead in which the echo is counted: its first clause, not the whole paragraph
MAX_TO_VERB = 14  # tokens from the lead's first word to its finite verb (an apposition between commas fits)
# Words that open a lead as only a sentence start does, after a headline that ends in a name ("... for Oslo More").
_COUNT_OPENERS = W.OPENERS | frozenset("More Fewer Up Over Nearly Almost About Some".split())
# Nouns a name follows in apposition ("former parent KPMG", "punk band Pussy Riot"), beyond roles and heads.
APPOSITION = W.ROLES | HEADS | frozenset("""parent owner boss creator maker designer inventor veteran whistleblower
    firefighter fireman policeman policewoman soldier nurse teacher pilot driver worker volunteer rescuer survivor
    victim resident""".split())


def _seam_word(tokens: list[str], i: int) -> bool:
    """The seam before ``tokens[i]`` joins no name and opens no object. The word before it closes a quotation
    ("... on Oslo ` tragedy'"), or is lower case and no infinitive's verb ("ready to help ||| Oslo"); before a
    name that opens the lead (no determiner, count or pronoun) it is also no noun the name could stand in
    apposition to ("former parent ||| Acme"), no verb the name could be the object of ("Han attacked ||| Uighurs")
    and no word of a noun phrase that a clause in progress opened (:func:`_open_phrase`). After a name the seam needs a preposition before
    it and a determiner or count after it ("... song for Oslo ||| The ...")."""
    last, before = core_word(tokens[i - 1]), core_word(tokens[i - 2]).lower()
    opener = tokens[i] in _COUNT_OPENERS or tokens[i] in W.PRONOUNS
    if len(tokens[i - 1]) > 1 and tokens[i - 1] != last and tokens[i - 1][-1] in "'’\"”":
        return True
    if last.replace("-", "").isalpha() and last.islower():
        if not opener and _caption_name(tokens, i):
            return False
        return before != "to" and (opener or tokens[i].endswith(("'s", "’s")) or last not in APPOSITION
                                   and not last.endswith("ed") and not _open_phrase(tokens, i))
    return before in W.PLACE_PREPS | {"for", "on"} and tokens[i] in _COUNT_OPENERS


def _open_phrase(tokens: list[str], i: int) -> bool:
    """``tokens[:i]`` is a clause in progress whose noun phrase the name at ``tokens[i]`` could end: an auxiliary
    ("has been", "have produced"; a headline drops them) and a determiner before the last word ("the new |||
    Militia", "their favourite ||| Site"); a headline's "after the storm" ends its phrase."""
    return core_word(tokens[i - 2]).lower() in W.DETERMINERS and any(t in W.AUX for t in tokens[:i - 2])


def _caption_name(tokens: list[str], i: int) -> bool:
    """The words at ``tokens[i]`` run on into another name ("London schools ||| Tamiflu is ...", "Kent firefighter
    ||| Jo Roe"): a capital, a lower-case content word, a capital. The cut belongs later, if anywhere."""
    second, third = core_word(tokens[i + 1]), core_word(tokens[i + 2])
    return tokens[i + 1] == second and second.islower() and second not in W.FUNCTION and third[:1].isupper()


def _clause_ahead(tokens: list[str], i: int) -> bool:
    """A lower-case finite verb within :data:`MAX_TO_VERB` tokens after ``tokens[i]`` (a present "-s" verb too, not
    after a determiner or preposition: "Jo Roe, the charity's head, describes ..."), with no capitalised function
    word before it (a title in title case, "Hope For Oslo benefit", is no subject)."""
    if tokens[i].endswith((";", ":")):
        return False  # a list or a label ("tablet PC; ..."), no subject
    prev = core_word(tokens[i]).rstrip(",").lower()
    for tok in tokens[i + 1:i + 1 + MAX_TO_VERB]:
        if tok.endswith((";", ":")):
            return False
        word = core_word(tok).rstrip(",")
        if word[:1].isupper() and word.lower() in W.FUNCTION and word not in W.OPENERS_OR_PRONOUNS:
            return False
        if word.islower() and (word in W.VERB_FORMS or finite(word) or word in PRESENT and present_verb(prev, word)):
            return True
        prev = word.lower()
        if tok.endswith((".", "!", "?")):
            return False
    return False


def _key(token: str) -> str:
    """``token``'s word without a possessive or a comma ("Roe's," gives "Roe")."""
    return core_word(token).replace("’s", "").replace("'s", "").rstrip(",")


def restated_subject(tokens: list[str], i: int) -> bool:
    """``tokens[i:]`` names the line's subject again, then runs on as a clause: the line's first two words or more
    word for word, a capitalised phrase ("Jo Roe's mother ... ||| Jo Roe's mother can ..."), or its first word in
    full ("Roe and Poe are due in Oslo for the gala ||| Ann Roe, Bo Poe ... are set to ..."). The seam is a
    lower-case noun: no function word, no infinitive's object ("to help ||| Oslo ..."), no verb ("Google celebrated
    ||| Hans ..."), no noun a name stands in apposition to ("punk band ||| Pussy Riot"; unless three words restate
    it: "the singer ||| Jo Roe's mother"). Before the seam the line reads as a headline: no capital after a
    lower-case content word ("... poop face Cartoon hunk ||| Jo Roe": the cut belongs earlier), no stop or colon
    ("A note: I think ||| Jo Roe's ...") and, unless the
    restatement is word for word, no comma before a lower-case word ("Roe, who wed the swimmer ||| Ann Roe, ...")."""
    first = _key(tokens[0])
    verbatim = tokens[i] == tokens[0] and tokens[i + 1] == tokens[1] and first[:1].isupper() and tokens[1][:1].isupper()
    if not verbatim and not (tokens[i][:1].isupper() and tokens[i].isalpha() and _key(tokens[i + 1]) == first
                             and first[:1].isupper() and first.lower() not in W.FUNCTION):
        return False
    last = tokens[i - 1]
    if not (last.isalpha() and last.islower()) or last in W.FUNCTION or finite(last) or tokens[i - 2] == "to":
        return False
    if last in APPOSITION and not (verbatim and tokens[i + 2] == tokens[2]):
        return False  # "the band Jo Roe's ...": a name in apposition, unless a third word restates it too
    if any(b.isalpha() and b.islower() and b not in W.FUNCTION and a[:1].isupper() or b.endswith((".", ":", ";", "!", "?"))
           or not verbatim and b.endswith(",") and a.islower() for b, a in zip(tokens[:i - 1], tokens[1:i])):
        return False
    return _clause_ahead(tokens, i)


def echo_lead(tokens: list[str], i: int) -> bool:
    """A headline-shaped ``tokens[:i]`` runs into a lead at ``tokens[i]`` that repeats at least :data:`MIN_ECHO` of
    its content words within its first clause (the module's docstring gives the guards), or that restates its
    subject word for word (:func:`restated_subject`)."""
    word = core_word(tokens[i])
    if not word[:1].isupper() or word == "I" or i < 3:
        return False
    if restated_subject(tokens, i):
        return True
    if not _seam_word(tokens, i):
        return False
    if shared_words(tokens[:i], tokens[i:i + ECHO_WINDOW]) < MIN_ECHO:
        return False
    return _clause_ahead(tokens, i) and left_headline(tokens, i)
