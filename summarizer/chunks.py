"""Shallow chunking for headline compression: the word lists and patterns that find constituents.

Time expressions, connectives, preambles, parentheticals, passive auxiliaries, fillers
and trailing clauses are found with regular expressions over a few closed
word classes (no tagger, no model); :func:`is_verb` is a shallow guess at a verb form.
"""
from __future__ import annotations

import re
from itertools import chain

from summarizer.lexicon import (CLAIM, CLAUSE_SUBORDINATORS, FINITE_AUX, LINKS_ADDING, LINKS_WITH_COMMA, MONTH_NAMES,
                                PARTICIPLES, PAST_TENSES, REPORT, SAID, SAID_WORDS, WEEKDAY_NAMES, alternation, ed_verb)
from summarizer.quotes import unquoted
from summarizer.text import words

_WEEKDAY = rf"(?:{WEEKDAY_NAMES})"
_MONTH = rf"(?:{MONTH_NAMES})"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_TIME_EXPR = re.compile(  # never one of a pair ("more time today and tomorrow", "yesterday or today")
    r"(?:"
    rf"\s+(?:(?:late|early)\s+)?(?:(?:on|last|this|next)\s+)?(?:(?:late|early)\s+)?{_WEEKDAY}{_PART}\b(?!['’]|,?\s+(?:{_MONTH}|\d|alone)|\s+[A-Z]|\s+(?:morning|afternoon|evening|night)\b)"
    # not a noun phrase: "his last weekend of freedom", "the last night in the tent"
    r"|(?<!\bhis)(?<!\bher)(?<!\bits)(?<!\btheir)(?<!\bthe)(?<!\bour)(?<!\bmy)"
    r"\s+(?:(?:late|early|earlier|later)\s+)?(?:last|this|next)\s+(?:week|month|weekend|night|morning|afternoon|evening)\b"
    r"(?!['’]|\s+alone|\s+of\b)"
    r"|\s+(?:earlier|later)\s+(?:today|this\s+(?:week|month|year)|in\s+the\s+day)\b(?!['’])"
    r"|\s+(?:yesterday|today|tonight|overnight)(?:\s+(?:morning|afternoon|evening))?\b(?!['’])"  # whole: "yesterday morning"
    rf")(?!,?\s+(?:and|or)\s+(?:(?:on|last|this|next|late|early)\s|{_WEEKDAY}|yesterday|today|tonight|tomorrow|overnight))"
)
TIME_WORDS = re.compile(rf"^(?:{_WEEKDAY}|{_MONTH}|morning|afternoon|evening|night|week|weekend|month|year|today|"
                         r"yesterday|tonight|overnight|hours?|days?|earlier|later|late|early|last|this|next|then|"
                         r"recently|\d{1,4}(?:s|am|pm)?)$", re.I)

CONNECTIVE = re.compile(  # "in addition to X" is no link
    rf"^(?:(?:and|but|however|meanwhile|separately|plus|or|in addition(?! to)|instead(?!\s+of\b)|"
    rf"yet(?!\s+(?:another|again|more|to|of|still|other)\b)|{alternation(LINKS_ADDING, without=['in addition'])})"
    rf"\b(?!\s+(?:then|so|yet)\b),?\s+|(?:also|now|thus|yet|so|therefore|hence|overall|finally|first|second|third|though|"
    rf"anyway|{alternation(LINKS_WITH_COMMA)}),\s+)",
    re.I,
)
PREAMBLE_WORDS = (
    "on|in|at|by|earlier|later|last|this|late|early|since|during|following|after|before|over|within|until|"
    "yesterday|today|tonight|overnight|for|from|under|with|amid|despite|as|while|when|once|although|though|"
    "because|if|unless|unlike|like|asked|speaking|writing|according to|back"
)
PREAMBLE = re.compile(rf"^(?:(?:{PREAMBLE_WORDS})\b(?!['’])(?<!^this)(?<!^This)(?<!^THIS)|(?:this|late|early)\s(?=(?:week|month|year|morning|"
                      rf"afternoon|evening|weekend|summer|winter|spring|autumn|season|time)\b)|[A-Z][a-z]+ly\b|[A-Z][a-z]+ing\b|(?=[^,;:\"“”]{{0,30}}\b(?:ago|earlier|later),))"
                      rf"[^,;:\"“”]{{0,150}}?,\s+", re.I)  # "In a statement, ", "Just weeks ago, "
# Words of a scene-setting preamble that tells nothing new ("In a statement released late on Monday, ...").
SETTING = frozenset("the a an of on in at statement released issued interview press conference news written joint "
                     "brief televised speech".split())
# Subordinators that open a finite clause only ("Although X, Y and Z were sent, ..."): its end is a comma after its verb.
CLAUSE_ONLY = frozenset("although though because whereas unless".split())
# Words that open a subordinate clause or phrase: the clause subordinators but "if" and "once" (callers that read them as
# leads add them: summarizer.mainclause), and prepositions that lead the same way ("despite", "amid", "according").
SUBORDINATE = CLAUSE_SUBORDINATORS - {"if", "once"} | frozenset("despite amid even with without prompting according".split())
TIME_HEADS = frozenset("hours days weeks months years minutes moments shortly soon long just even right only ago "
                        "immediately".split())
TIME_NOUNS = frozenset("night day morning evening afternoon week weekend month year".split())  # "the night before X"
SAY_VERBS = SAID_WORDS | frozenset(REPORT) | frozenset(CLAIM) | frozenset(
    "announces added adds stated states noted notes wrote writes confirmed confirms estimates estimated".split())
# Words that follow a present-tense verb ("plans to", "faces a", "says it").
OBJECT_OPENERS = frozenset("the a an to that his her its their it he she they no not up down out on in at for with "
                            "about over more any all some this these those".split())
# Role nouns that stand before a name ("the country's electoral officer, Zekria Barakzai, said").
ROLES = frozenset("""chief chairman chairwoman president minister secretary executive director spokesman spokeswoman
    spokesperson leader head official adviser advisor governor senator correspondent editor analyst economist commissioner
    ambassador envoy general coach founder ceo manager mayor judge lawyer attorney prosecutor officer chancellor premier
    candidate rival wife husband son daughter brother sister father mother deputy member researcher professor""".split())
RELATIVE = frozenset("who which whose whom where".split())
DETERMINERS = frozenset("the a an his her its their our former then now also both".split())
NOT_PARTICIPLE = frozenset("during morning evening thing nothing something anything everything king ring "
                            "spring string bring sing sting wing swing building ceiling".split())
AUX = FINITE_AUX | frozenset("be been being shall do does did am".split())
# Words a bare verb follows: "to", a modal, "did", "not" ("to embark", "will compete", "did not go").
VERB_BEFORE = frozenset("to will would can could may might must should shall not never did does do".split())
# Adverbs between a linking or helping verb and its complement: "is almost at an end", "was not in the room", "are now
# in the lead": the phrase after them is what the verb says, not a place to cut (89 hits on all shared data, 40 read,
# all the verb's complement).
LINK_ADVERBS = frozenset("almost nearly still now already not never also just once again soon all well even".split())
PAST_FORMS = PAST_TENSES | PARTICIPLES | frozenset("hit cut set put hurt quit let bid bet shut split spread".split())  # "held"
_THAT = re.compile(r"\b(?:said|says|say|announced|believes|believed|thinks|argued|claimed|warned|added|insisted|stated|"
                   r"confirmed|revealed|admitted|denied|estimates|estimated)(?P<cut>\s+that)\b"
                   # only before a subject: not "say that claim is" (a determiner), not "warned that while ..."
                   r"(?=\s+(?:(?:the|a|an|his|her|its|their|our|this|these|those|some|many|most|more|no|all|both|"
                   r"it|he|she|they|we|you|there)\b|[A-Z0-9\"“]))")
# "now" after a preposition is its object ("released by now", "for now the show"): not a filler; "but also" answers a
# "not only" ("not only apologised but also paid"): without "also" the line says the opposite
_FILLER = re.compile(r"(?<!\bby)(?<!\bfor)(?<!\buntil)(?<!\btill)(?<!\bfrom)(?<!\bof)(?<!\bup to)(?<!\bright)(?<!\bjust)"
                     r"\s+(?:(?<!\bbut\s)also|really|truly|currently|now|actually|"
                     r"essentially|effectively|still)\b(?=\s)(?!\s+that\b)|,\s+(?:however|though|meanwhile|indeed|in fact|of course|"
                     r"nevertheless|too),(?=\s)", re.I)  # "warned, however, that" -> "warned that"
_MANNER = re.compile(r"\s+in\s+an?\s+(?:written\s+|joint\s+|brief\s+|televised\s+)?(?:statement|press release|news release|"
                     r"interview|news conference|press conference)\b"
                     # not when a modifier of that noun follows: "in an interview published on Monday", "in a
                     # statement released by his office", "with the BBC" would be left hanging on the verb
                     r"(?!\s+(?:with|to|for|by|from|of|broadcast|given|read|seen|shown|held|[a-z]+ed)\b)")
# A trailing subordinate clause with no comma ("... as it belonged to the estate.").
# "where" is left out: with no comma it restricts its noun ("in areas where Karzai won").
# Never "unless": a condition cut away turns "will collapse unless they succeed" into "will collapse".
_TAIL_CLAUSE = re.compile(r"\s+(?:because|after|while|although|when|whereas|despite|amid|(?:before|since|until)"
                          rf"(?!\s+(?:next|last|this|the\s+end|early|late|mid|{_WEEKDAY}|{_MONTH}|\d)))"  # "not ... until next week"
                          r"(?![^,;\"“”]*\s(?:and|but)\s+(?:" + alternation(SAID) + r"|added|adds|[a-z]+ed)\b)"  # "... and said ...": a verb of the main clause
                          r"\s+[^,;\"“”]{10,}?(?=[.!?]?$)")
# A trailing place phrase led by a determiner ("... at the event."), no capitalised word in it.
# Not a coordination ("in the ballot box and counted") nor a subject with its verb ("whether the troops in
# the province would succeed"); the verb before it is checked by the caller. Not a part of someone's body, mind or
# life ("in the back of their minds", "at the top of his game", "in the fight of her life"): a figure of speech, no
# place, that the clause before often needs ("have X in the back of their minds").
_TAIL_PLACE = re.compile(r"\s+(?:at|in|across|outside|inside|near|around|during)\s+(?:the|a|an|his|her|its|their)"
                         r"(?!(?:\s+[a-z][\w'’-]*){1,2}\s+of\s+(?:his|her|their|its|our|my|your)\s)"
                         r"(?:\s+(?!(?:and|or|but|until|before|since|after|is|are|was|were|has|have|had|do|does|did|will|would|shall|should|can"
                         r"|could|may|might|must)\b)[a-z][\w'’-]*){1,4}(?=[.!?]?$)")
# Verbs that need their place: "stood in the way", "put in the box", "gangs operating in the south", "features available
# on the rival phone".
PARTICLES = frozenset("place up down out off back away".split())  # "takes place in", "caught up in"
NEEDS_PLACE = frozenset("put stood stand stands placed remain remains remained stay stays stayed kept lived lives based "
                        "held sat lay lies set live aimed aim aims aiming targeted directed located situated involved "
                        "engaged resulted participated invested specialised specialized arrived available".split())
_PAREN = re.compile(r"\s*\([^()]{0,120}\)|\s*\[[^\[\]]{0,120}\]|\s+[—–]\s+[^—–\"“”]{1,140}?\s+[—–](?=\s)"
                    r"|\s+--\s+[^\"“”]{1,100}?\s+--(?=\s)")


def is_verb(word: str) -> bool:
    """A shallow guess that a lower-cased word is a finite verb or participle."""
    return word in AUX or word in PAST_FORMS or ed_verb(word) or word in ("says", "say", "tells")


# Plain present verbs ("the report includes", "Kim wants"); the -s forms that are also nouns count only when no
# determiner, possessive or preposition stands before them ("the plans", "his remains", "by means of").
PRESENT = frozenset("""includes shows seems appears becomes knows thinks believes wants expects continues contains provides
    requires suggests involves allows makes takes gives gets goes comes keeps sees insists admits denies refuses accepts
    agrees argues warns explains describes represents owns brings buys sells pays meets wins loses sends spends tries
    applies carries asks seeks puts helps leaves remains means faces plans calls needs hopes looks works claims
    urges backs opposes threatens vows pledges""".split())
NOT_BEFORE_VERB = DETERMINERS | frozenset("this these those that my your our some many several no any each every of in on "
                                          "at for from with by to into about under over".split())


# Their plain forms after a plural subject ("developments represent", "they believe").
PLURAL_PRESENT = frozenset(w[:-3] + "y" if w.endswith("ies") else w[:-2] if w.endswith(("ches", "shes", "sses", "oes"))
                           else w[:-1] for w in PRESENT) | {"amount", "remain"}


def present_verb(prev: str, word: str) -> bool:
    """Whether a lower-cased ``word`` after ``prev`` reads as a plain present verb (:data:`PRESENT`), or as its plain
    form after a plural subject ("agencies believe", "they want")."""
    if word in PRESENT:
        return prev not in NOT_BEFORE_VERB and not prev.isdigit()
    plural = prev.endswith("s") and not prev.endswith(("ss", "us", "is")) and prev not in NOT_BEFORE_VERB | AUX
    return word in PLURAL_PRESENT and (plural or prev in ("they", "we", "you", "i", "who"))


def verb_after(prev: str, word: str) -> bool:
    """Whether a lower-cased ``word`` after ``prev`` reads as a verb: :func:`is_verb` or :func:`present_verb`."""
    return is_verb(word) or present_verb(prev, word)


def has_verb(text: str) -> bool:
    """True when the text outside quotations holds a verb-like word (a past form, an auxiliary, a present verb)."""
    tokens = words(unquoted(text))
    return any(map(verb_after, chain(("",), tokens), tokens))  # each word after the one before it ("" first)


_OPEN_SUBORDINATE = re.compile(rf"\b(?:{alternation(sorted(CLAUSE_ONLY | {'while', 'when'}))})\s")  # no prepositions


def open_subordinate(text: str) -> bool:
    """True when a comma piece of ``text`` ends inside a subordinate clause that has no verb yet ("who is in charge
    while chief executive, Kim, is away": the clause goes on past its comma, so the piece is no aside)."""
    return any(_OPEN_SUBORDINATE.search(p) and not has_verb(_OPEN_SUBORDINATE.split(p)[-1]) for p in text.split(","))


RELATIVE_PIECE = re.compile(r",\s+(?:who|whom|whose|which)\b[^,;]*(?:[,;]|$)")


def has_main_verb(text: str) -> bool:
    """True when the text holds a verb-like word outside its relative clauses ("Sevan, who was in charge of
    the programme" has none: its only verb belongs to the clause about Sevan)."""
    return has_verb(RELATIVE_PIECE.sub(",", text))


# A subordinate clause's subject, a noun phrase with no verb yet, at the end of an opening ("..., comes as a senator").
_SUBJECT_OPEN = re.compile(rf"\b(?:{alternation(sorted(CLAUSE_SUBORDINATORS))})\s+"
                           r"(?P<np>(?:the|a|an|his|her|its|their)\s[^,;:“”\"]{2,60})$")


def clause_subject(opening: str, piece: str) -> bool:
    """True when ``piece`` is a name apposed to the subject of a subordinate clause that has no verb yet: the comma after
    the name closes the apposition, and the clause's verb comes after it."""
    m = _SUBJECT_OPEN.search(opening)
    return m is not None and not has_verb(m.group("np")) and bool(re.fullmatch(r"\s*(?:[A-Z][\w.'’-]*\s?){1,4}", piece))


# (pattern, prior, rule, a cheap cue that must occur in the lower-cased text for the pattern to match)
RULES = (
    (_TIME_EXPR, 0.05, "time", re.compile(r"day|week|month|year|night|morning|evening|afternoon|tonight|overnight")),
    (_PAREN, 0.1, "parenthetical", re.compile(r"[(\[—–]|--")),
    (_THAT, 0.0, "that", re.compile(r" that ")),
    (_FILLER, 0.1, "filler", re.compile(r" (?:also|really|truly|currently|now|actually|essentially|effectively|still) |"
                                        r", (?:however|though|meanwhile|indeed|in fact|of course|nevertheless|too),")),
    (_MANNER, 0.05, "manner", re.compile(r" in an? ")),
    (_TAIL_CLAUSE, 0.65, "subordinate", re.compile(
        r" (?:because|after|before|while|although|since|when|whereas|despite|amid|until) ")),
    (_TAIL_PLACE, 0.7, "place", re.compile(r" (?:at|in|across|outside|inside|near|around|during) ")),
)


def subordinate_preamble(preamble: str) -> bool:
    """True when a preamble is a subordinate clause: its subordinator first, or after a bound of time ("Only months
    after the US accused X, ...", "Shortly before he died, ...")."""
    tokens = [w.strip(",").lower() for w in preamble.split()]
    lead = next((i for i, w in enumerate(tokens[:4]) if w in SUBORDINATE), -1)
    return lead == 0 or lead > 0 and tokens[lead] in _TIME_SUBORDINATE and all(
        w in TIME_HEADS or w in _FEW or w[:1].isdigit() for w in tokens[:lead])


_TIME_SUBORDINATE = frozenset("after before since as when until".split())
_FEW = frozenset("a an few several two three four five six seven eight nine ten".split())


def phrase_preamble(preamble: str) -> bool:
    """True when a preamble is a phrase, not a clause: no auxiliary, no "that", and no verb but a participle
    opening it ("Speaking at ...") or one of a setting ("In a statement released on Monday"), and no subject after a
    name ("In December his organisation, ..., released")."""
    tokens = [w.strip(",").lower() for w in preamble.split()]
    named = preamble.split()[1:]  # "In December his organisation": a determiner after a name opens the subject
    return not any(w in AUX or w == "that" or (is_verb(w) and w not in SETTING and prev not in DETERMINERS | {"a", "an"})
                   for prev, w in zip(tokens, tokens[1:])) and not any(  # "In an emailed interview": an adjective
        p[:1].isupper() and w.strip(",") in ("his", "her", "its", "their", "the") for p, w in zip(named, named[1:]))


# A verb that moves or likens its object ("bringing its app, iBooks, to the iPhone"): the goal phrase is its complement.
GOAL_VERB = re.compile(r"\b(?:bring|brings|brought|bringing|mov(?:e|es|ed|ing)|transfer(?:s|red|ring)?|sen(?:d|ds|t|ding)|"
                       r"liken(?:s|ed|ing)?|compar(?:e|es|ed|ing)|link(?:s|ed|ing)?|hand(?:s|ed|ing)?|convert(?:s|ed|ing)?)"
                       r"(?:\s+\S+){0,5}$")  # "likened the founder, Julian Assange, to a terrorist"
# An open condition at the end of a head: "learned that if it is gripped by the base" (its main clause follows).
OPEN_CONDITION = re.compile(r"\b(?:if|unless|once|whenever)\s[^,;:]*$", re.I)
