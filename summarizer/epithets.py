"""An epithet subject: a sentence about someone the article named before, by a description instead of a name.

News writers name the people of the day's event in the sentence that tells it ("Judge Ann Poe granted Kim Orr bail");
a later sentence that refers to one of them by a definite description alone ("The 31-year-old is being held in a
police cell", "The musician was one of ten patients on the ward", "The young driver's lawyers are seeking
...") elaborates on someone already introduced: a side state, a profile or a recap of what happened before, seldom
the news. The cue is the shape of the main clause's subject (:func:`summarizer.mainclause.main_verbs`: the words
before its first finite verb): a definite or demonstrative determiner, lower-case modifiers or an age
("31-year-old") and a noun of a person (a role, an age, a kinship or occupation word), possibly a possessive of such
a noun ("the musician's doctor"), and no name of its own (a name in the subject introduces: "The 31-year-old Orr",
"The coach, Ada Lunn, said"). A plural subject ("the ministers", "the officers") is often a new group and does not
count, nor does a main verb of saying, a perfect, active or passive (the tense of the day's news: "The 31-year-old
has been charged"), an act told in the simple past, active or passive (as often the day's event as a recap:
"The 23-year-old was carried from the rubble"), a plan or a prospect ("The musician will be buried on Friday", "The coach's next hearing was
scheduled for June") or a time of the article's last or next days (:func:`summarizer.anchor.anchor`): those tell the
day's news about a known person. A described thing in a present of state that reports no one is the same kind of
line, an explainer ("The offence carries a sentence of ten years", "Such licences are rare"). The backdrop model
(:mod:`summarizer.backdrop`) weighs the cue; it is fitted by ``benchmarks/backdrop.py``.
"""
from __future__ import annotations

import re
from datetime import date, datetime

from summarizer.anchor import anchor
from summarizer.aspect import LASTING, MODAL, PAST, PERFECT, SAYING, STATE, aspect, unreported
from summarizer.chunks import PAST_FORMS
from summarizer.gluewords import ROLES
from summarizer.mainclause import main_verbs

# Nouns that describe a person rather than name an office: a writer refers back to someone by them ("the singer",
# "the 31-year-old", "the victim"). An office ("the president", "the judge", "the minister") is how news names the
# actor of the day's event, so it counts only as the owner's role after a described person ("the singer's lawyers").
PERSONS = frozenset("""man woman boy girl teenager child baby victim suspect defendant accused caller soldier private
    athlete cyclist rider runner sprinter driver pilot patient musician rapper comedian singer producer paralympian
    olympian star celebrity billionaire tycoon magnate actor actress player wife husband son daughter brother sister
    father mother author writer novelist poet artist model winner student activist campaigner businessman""".split())
_DETERMINER = re.compile(r"^(?:The|This|That|Such) ")
_AGE = re.compile(r"^\d{1,3}-year-old$")
_MODIFIER = re.compile(r"^[a-z][a-z-]*$")
# A nationality after an age stands for the person ("The 52-year-old Canadian"); another capitalised word is a name.
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:an|ese|ish)$")
_PLACE = re.compile(r"^(?:[A-Z][a-z]+|[A-Z]{2,3})$")  # a place or body before the person noun ("the Leeds coach")
# "now", "currently": a state that holds, not a time of the last days.
_NOW = re.compile(r"\b(?:now|currently|still)\b")
_POSSESSIVE = re.compile(r"^([a-z\d-]+)['’]s$")
# A plan or a prospect after the subject: the day's news about a known person ("is to", "was scheduled for").
_PROSPECT = re.compile(r"\b(?:will|would|is to|are to|was to|(?:is|are|was|were) (?:\w+ly )?(?:due|expected|set|"
                       r"scheduled|slated|likely|poised|going|planned)|plans?|intends?|hopes?|faces?|awaits?)\b")
_CLAUSE_END = re.compile(r"[,;:]|\s[-–—]\s")
# A name given after the verb resolves the description: the sentence introduces ("The dead driver was named as ...").
_NAMED = re.compile(r"\b(?:named|identified|revealed|unveiled) as\b|^(?:is|are|was|were) [A-Z][\w'’-]+ [A-Z]")
# A present that ties the day's event to another ("The charges come after he surrendered"): news, not a state.
_LINKED = re.compile(r"\b(?:comes?|came) (?:\w+ly )?(?:after|as|amid|just|days|weeks|hours|a day|a week)\b")


def _person(word: str) -> bool:
    """Whether ``word`` (lower case) names a person: a person noun or an age ("24-year-old")."""
    return word in PERSONS or _AGE.match(word) is not None


def epithet_subject(text: str, published: datetime | date | None = None) -> bool:
    """True when the main clause of ``text`` (an article published at ``published``) has for subject a definite
    description of one person with no name ("The 31-year-old", "The young driver's lawyers") and tells no saying,
    plan, prospect or time of the article's last days; or a definite description of a thing with no name in a present
    of state that reports no one (:func:`summarizer.aspect.unreported`: "The offence carries a sentence of ...")."""
    head = _DETERMINER.match(text)
    verbs = main_verbs(text)
    if head is None or not verbs or verbs[0] <= head.end():
        return False
    words = text[head.end():verbs[0]].split()
    if head.group().startswith("Such"):  # "Such licences for a ferry are rare": a class told before
        return _thing_state(text, verbs[0], published)
    if not words or len(words) > 4:
        return False
    last = words[-1]
    owner = _POSSESSIVE.match(words[-2]) if len(words) >= 2 else None
    if len(words) >= 2 and _AGE.match(words[-2]) and _DEMONYM.match(last):
        return _told_state(text, verbs[0], published)
    if any(not (_MODIFIER.match(w) or _AGE.match(w) or _POSSESSIVE.match(w) or (_PLACE.match(w) and w is not last))
           for w in words):
        return False  # a name, a figure or punctuation (an apposition) in the subject
    if not (_person(last) or (owner is not None and _person(owner.group(1)) and last.rstrip("s") in PERSONS | ROLES)):
        # a thing told before, by description, in a present of state: an explainer ("The offence carries a sentence")
        return _thing_state(text, verbs[0], published)
    if owner is None and last.endswith("s") and last not in PERSONS:
        return False  # a plural: often a new group ("The ministers condemned ...")
    return _told_state(text, verbs[0], published)


def _told_state(text: str, verb: int, published: datetime | date | None) -> bool:
    """Whether the main clause (its first verb at offset ``verb``) says nothing, plans nothing, is no perfect (the
    tense of the day's news: "The 31-year-old has been charged") and tells no time of the article's last or next days
    ("now" and "currently" tell a state that holds)."""
    clause, kind = _clause(text, verb), aspect(text)
    if kind in (SAYING, MODAL, PERFECT, LASTING) or _PROSPECT.search(clause) or _NAMED.search(clause):
        return False
    if kind == PAST and _event_past(clause):
        return False  # "The 23-year-old was carried from the rubble": an act, as often the day's event as a recap
    when = anchor(_NOW.sub("", text), published)
    return not when.recent and not when.future


def _event_past(clause: str) -> bool:
    """Whether a simple past main clause tells an act, active or passive ("carried", "was carried"), not a past state
    of being ("was one of ten", "was with the crew")."""
    words = clause.split()
    if not words:
        return False
    if words[0] not in ("was", "were"):
        return True
    nxt = words[1].strip(",.;:") if len(words) > 1 else ""
    return nxt.endswith("ed") or nxt in PAST_FORMS


def _thing_state(text: str, verb: int, published: datetime | date | None) -> bool:
    """Whether the main clause (its first verb at offset ``verb``, not a past) is a present of state that reports no one
    (:func:`summarizer.aspect.unreported`), plans nothing, names no one after its verb ("The only guest is Ann Poe")
    and ties no event of the day to another ("comes after")."""
    clause = _clause(text, verb)
    if clause.split(" ", 1)[0].endswith("ed"):  # "The paper acknowledged that the system is ...": a past, told
        return False
    return (aspect(text) == STATE and unreported(text, published) and _PROSPECT.search(clause) is None
            and _LINKED.search(clause) is None and _NAMED.search(clause) is None)


def _clause(text: str, verb: int) -> str:
    """The main clause from its first verb (at offset ``verb``) to the first comma, semicolon or dash after it: a plan
    in a later clause ("although prosecutors will not seek ...") is not the main clause's."""
    end = _CLAUSE_END.search(text, verb)
    return text[verb:end.start() if end else len(text)]
