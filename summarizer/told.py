"""Was a sentence's main event told? A new event about known participants is news, however many words repeat.

Novelty (:mod:`summarizer.novelty`) weighs how much of a sentence's vocabulary is known, so a sentence
reporting a new event in a story's known words reads as a repeat: "a judge has ordered the doctor to stand
trial for manslaughter" after "the doctor pleaded not guilty to manslaughter and awaits trial" is mostly
told words, yet nobody had told that a judge ordered anything. The event of a sentence is its main-clause
action (:func:`summarizer.paraphrase.main_action`: a leading adverbial and asides skipped, reporting and
linking verbs left out) with the head of its subject (the content word right before the action and its
auxiliaries). It is untold when the action's term (stem or news synonym, either spelling) is in none of
the known sentences nearest to it and no known sentence with that term tells it as a *fact* (not a plan,
prospect or question: "is expected to admit", "will decide whether to grant") by the same subject, or in
the passive about another word of the sentence ("Kim was granted bail" tells "the judge granted Kim bail").
A true paraphrase (the same actor and action in other words) stays told; an action told of another object is
not ("police searched the clinic" does not tell "police searched the home": :func:`event_object`). The day's own
event (:func:`day_event`: an article's lead, or a sentence anchored at its publication day) is judged by this test
even when its action's word is among the nearest known sentences (a request, a plan or another object used it):
its words matching the story's whole memory do not make it told. A known sentence tells an action only as done:
told as a prospect, a request or a denial ("faces a sentence", "is scheduled to vote", "did not attend":
:mod:`summarizer.prospects`) it does not, so an action whose term the nearest sentences hold only that way resolves
the prospect and is news, unless some known sentence with its term tells it as done. Precision first on both sides: a
sentence whose action or subject cannot be read, a plan or prospect, and backstory (the past perfect,
"investigators had concluded"; a time well before the news, "in June", "last year") are left to the other
rules.
"""
from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Collection, Iterable, Iterator

from summarizer.anchor import anchor
from summarizer.caches import SENTENCES
from summarizer.chunks import AUX, PAST_FORMS, is_verb
from summarizer.lexicon import MONTH_NAMES, WEEKDAY_NAMES, ed_verb
from summarizer.paraphrase import ATTEMPTS, main_action, place_term
from summarizer.prospects import SKIP as _SKIP, irrealis, realised_use, unrealised
from summarizer.quotes import unquoted
from summarizer.text import canon, word_weight, words
from summarizer.wordfind import find_word

if TYPE_CHECKING:
    from summarizer.memory import Known, Memory

# An aside between the subject and its verb (a relative clause or an appositive: "Dr Kim, a friend of the family for two
# decades, has testified"), up to three words (auxiliaries, adverbs) before the verb: the subject's head is before it.
_ASIDE_END = re.compile(r",\s+(?:who|whom|whose|which|where|having|being|a|an|the)\b[^,;]*,(?=(?:\s+[a-z]+){0,3}\s*$)",
                        re.I)
# A time well before the day's news: "in June" (a month without its day), "in 2019", "last year", "months ago" ("until
# May" is the horizon of a delay, not backstory).
_BACKSTORY = re.compile(rf"\b(?:(?i:in|since|during|last|early|late) (?:{MONTH_NAMES})\b(?!\s+\d)|(?i:in|since|during) "
                        r"(?:19|20)\d\d\b|(?i:last (?:year|month|summer|winter|spring|autumn)|(?:years|months|decades) ago"
                        r"|earlier this year)\b)")
_SUBORDINATE = frozenset("where which who whom whose that when while as after before because although though if "
                         "unless since whereas until".split())
_PARTICLES = frozenset("down up out off aside back over away".split())
# "and" (or ", and", "and then") before a lower-case word: a verb coordinated with the main action, when it is one.
_AND_VERB = re.compile(r"(?:,\s*|\s)and\s+(?:then\s+|later\s+|also\s+)?([a-z]+)\b")
_PASSIVE = frozenset("was were been being be is are got get".split())
# Light verbs: their object names the event ("was *given* a sentence", "*held* talks", "*made* an arrest", "was *found*
# guilty").
_LIGHT = frozenset("give gives gave given giving make makes made making take takes took taken taking get gets got gotten "
                   "hand hands handed receive receives received hold holds held pay pays paid find finds found".split())
# The day itself named: an old time in the same sentence qualifies a noun ("the murder in 2003"), not the event.
_NAMED_DAY = re.compile(r"\b(?:today|tonight|yesterday|last night|this (?:morning|afternoon|evening))\b", re.I)
# The object of a light verb must be rarer than the objects of plain errands ("took the bus" 1.67, "a speech" 1.65,
# "a visit" 1.46) to name an event ("a sentence" 1.92, "talks" 1.89, "approval" 2.0): set by reading word weights.
LIGHT_OBJECT_WEIGHT = 1.8
# 3 December (benchmarks/events.py --with-train2): 9 of 12 folds chose 1.5; over the twelve it beats no event check
# by 0.5 (train2 is the same at every threshold); the fitted folds score -3 against off (one sentence each on three
# episodes): unstable, kept.
EVENT_WEIGHT = 1.5  # an action this rare or rarer carries an event (not "make", "take"): benchmarks/events.py
LOOKUP = 160  # the latest known sentences with the action's term read per memory layer
_ISE = re.compile(r"(?<=[a-z]{3})is(?=(?:e|es|ed|ing|ation|ations)$)")  # British "-ise" spellings ("apologised")


@lru_cache(maxsize=SENTENCES)  # a pure function of the word (canon is one): asked of every word of every known line
def action_terms(word: str) -> frozenset[str]:
    """The terms of an action word in either spelling ("apologised" and "apologized" share one; cached)."""
    return frozenset(t for t in (canon(word), canon(_ISE.sub("iz", word))) if t)


def main_event(text: str, weight: float = EVENT_WEIGHT, verb: str = "") -> tuple[frozenset[str], str]:
    """The terms of the main action of ``text`` and the term of its subject's head (the content word right
    before the action and its auxiliaries: "A *judge* has ordered"); (∅, "") when either cannot be read or the
    action is commoner than ``weight`` (a light verb's object, when rare, is the action). ``verb``: read the event of
    that word of ``text`` (lower-case) instead of its main action (the same checks: no subordinate clause, no plan)."""
    word = verb or main_action(text)
    none: tuple[frozenset[str], str] = (frozenset(), "")
    if not word or (_BACKSTORY.search(text) and not _NAMED_DAY.search(text)):
        return none
    action = action_terms(word)
    if word_weight(word) < weight:
        noun = object_head(text, word) if word.lower() in _LIGHT else ""
        if not noun or word_weight(noun) < LIGHT_OBJECT_WEIGHT:
            return none
        action = action_terms(noun)
    plain = unquoted(text)
    found = find_word(plain, word)  # lower-case: "Ed Chernoff" has no verb "ed"
    if found is None:
        return none
    before = _ASIDE_END.sub(" ", plain[:found[0]])  # "officials, who were looking for records, seized"
    clause = {w.lower() for w in words(re.split(r"[,;:]", before)[-1])}
    if clause & _SUBORDINATE:
        return none  # the verb of a subordinate clause ("aid for Haiti, where damage is hampering efforts")
    toks = [w.lower() for w in words(before)] + [word]
    at = len(toks) - 1
    if _particle_after(plain, found[1]):
        return none  # a phrasal verb ("stepped down"): its meaning is not its verb's stem
    if _irrealis(toks, at):
        return none  # the sentence itself tells a plan or prospect: not an event of its own
    k = at - 3 if _attempted(toks, at) else at - 1  # "The government *tried to* suppress": its subject before both
    while k >= 0 and (toks[k] in AUX or toks[k] in _SKIP or toks[k].endswith("ly")):
        k -= 1
    head = toks[k] if k >= 0 else ""
    if not head.isalpha() or is_verb(head) or head in AUX or {"being", "had"} & set(toks[k + 1:at]):
        return none  # a relative pronoun, a verb ("fears being sent"), a number, backstory ("had concluded")
    term = canon(head)
    return (action, place_term(term)) if term else none


# Words that end the object phrase after an action ("searched *the Las Vegas home* of the doctor").
_OBJECT_END = frozenset("""of in on at by for from with to into onto over under after before during amid since until
    against about across through near outside inside around between without within and but or nor that which who whom
    whose where when while as because although though if than so yet""".split())
_OBJECT_SKIP = frozenset("the a an his her its their our my your this that these those some any no every".split())


def event_object(text: str, word: str) -> str:
    """The term of the head of the object right after the action ``word`` of ``text`` (the last word of the phrase
    before a preposition, a conjunction or punctuation: "searched the Las Vegas *home* of ..."), else ""."""
    head = object_head(text, word)
    term = canon(head) if head else ""
    return place_term(term) if term else ""


def object_head(text: str, word: str) -> str:
    """The head word (lower-cased) of the object right after ``word`` in ``text``, else "" (:func:`event_object`)."""
    plain = unquoted(text)
    found = find_word(plain, word)
    if found is None:
        return ""
    phrase = re.split(r"[,;:.!?()\[\]“”\"–—]", plain[found[1]:], maxsplit=1)[0]
    head = ""
    for w in words(phrase)[:8]:
        low = w.lower()
        if low in _OBJECT_END or low in AUX or (is_verb(low) and head):
            break
        if low not in _OBJECT_SKIP and low not in _PARTICLES and low.isalpha():
            head = low
    return head


def _irrealis(toks: list[str], at: int) -> bool:
    """True when the verb at ``toks[at]`` is a plan, prospect or question ("to grant", "will be granted")."""
    return irrealis(toks, at, _attempted)


def _attempted(toks: list[str], at: int) -> bool:
    """True when the verb at ``toks[at]`` is the infinitive of a verb of attempt (``ATTEMPTS``: "tried to *suppress*"):
    an act tried or begun, not a plan."""
    return at >= 2 and toks[at - 1] == "to" and toks[at - 2] in ATTEMPTS


def tells(known: str, action: frozenset[str], subject: str, others: Collection[str] = (), obj: str = "") -> bool:
    """True when the known sentence ``known`` tells the event: a term of ``action`` as a fact, with the
    ``subject``, or in the passive about one of ``others`` (the other terms of the sentence judged: "Kim was
    granted bail" tells "the judge granted Kim bail"); a clause anchored in the future tells a prospect, not the event."""
    toks = [w.lower() for w in words(unquoted(known))]
    facts = [k for k, w in enumerate(toks) if action & action_terms(w) and not unrealised(known, toks, k, _attempted)]
    if not facts:
        return False
    if obj and obj not in {place_term(canon(w)) for w in toks}:
        return False  # the action told of another object ("searched the clinic" does not tell "searched the home")
    said = any(place_term(canon(w)) == subject for w in toks) or any(_passive_of(toks, k) in others for k in facts)
    return said and not _prospect(known, action)


def told_done(text: str, action: frozenset[str]) -> bool:
    """True when ``text`` tells a word of ``action`` as done at least once (outside quotations, not as a plan, a
    prospect or a denial)."""
    return bool(realised_use(text, action, action_terms, _attempted))


def _prospect(known: str, action: frozenset[str]) -> bool:
    """True when every clause of ``known`` naming the action is anchored in the future ("to await a *sentence* next
    month"); a future time in another clause ("the impeachment vote, who will step aside next week") does not count."""
    named = [c for c in re.split(r"[,;:()–—]", unquoted(known)) if any(action & action_terms(w) for w in words(c))]
    return bool(named) and all(anchor(c, None).future for c in named)


def _passive_of(toks: list[str], at: int) -> str:
    """The term of the subject's head of the passive verb at ``toks[at]`` ("*Kim* was granted"), else ""."""
    k = at - 1
    while k >= 0 and (toks[k] in _SKIP or toks[k].endswith("ly")):
        k -= 1
    if k < 0 or toks[k] not in _PASSIVE:
        return ""
    k -= 1
    while k >= 0 and (toks[k] in AUX or toks[k] in _SKIP):
        k -= 1
    return place_term(canon(toks[k])) if k >= 0 else ""


def with_action(memory: Memory, action: frozenset[str]) -> Iterator[Known]:
    """The latest known sentences of ``memory`` (and its parents) with a term of ``action``."""
    layer: Memory | None = memory
    while layer is not None:
        for term in sorted(action):
            for idx in layer.postings.get(term, [])[-LOOKUP:]:
                k = layer.known[idx]
                if k is not None:
                    yield k
        layer = layer.parent


def coordinated(text: str, word: str) -> list[str]:
    """The past-tense verbs that "and" joins to the past-tense main action ``word`` of ``text`` in its own clause
    ("conceded defeat and *resigned*", "killed ten people and *injured* twenty"): more actions of the same subject.
    Words must stand between the two (an object or adverbial), no clause mark or subordinate word among them, the word
    before "and" no participle (two modifiers of one noun); a plan ("will concede and resign") is no event at all."""
    low = word.lower()
    if not _past(low):
        return []
    plain = unquoted(text)
    found = find_word(plain, low)
    if found is None:
        return []
    out: list[str] = []
    tail = plain[found[1]:]
    for m in _AND_VERB.finditer(tail):
        between = [w.lower() for w in words(tail[:m.start()])]
        verb, last = m.group(1), between[-1] if between else ""
        if not between or set(between) & _SUBORDINATE or any(c in tail[:m.start()] for c in ",;:(–—"):
            break  # "dazed and confused" (no object between), another clause, an aside
        if last in PAST_FORMS or last.endswith(("ed", "ing")) or not _past(verb):
            break  # "industrialised and developed nations": two modifiers of one noun, not two actions
        out.append(verb)
    return out


def _past(word: str) -> bool:
    """A lower-case past tense or participle: an irregular form, or a regular "-ed" of five letters or more."""
    return word in PAST_FORMS or len(word) > 4 and ed_verb(word)


def untold_event(text: str, near: Iterable[str], memory: Memory | None = None,
                 known: Collection[str] = frozenset(), own: Collection[str] | None = None) -> bool:
    """True when the main event of ``text`` is read, its action's term is not in ``known`` (the terms of the
    known sentences nearest to it) and no known sentence tells the event, neither of ``near`` (their texts)
    nor, in ``memory``, any with the action's term: news, however many of its words are known. ``own``: the
    sentence's terms, when the action must be one of them (not read into a phrase: "stepped down" is "resign").
    A past action that "and" joins to the main one is an event of the same subject, judged the same way
    (:func:`coordinated`: "conceded defeat and resigned" is news when only the concession was told)."""
    action, subject = main_event(text)
    if not action:
        return False
    near = list(near)
    main = main_action(text)
    events = [(action, main)]
    for verb in coordinated(text, main):
        if word_weight(verb) >= EVENT_WEIGHT and not _phrasal(text, verb):
            events.append((action_terms(verb), verb))
    return any(_untold(text, terms, subject, verb, near, memory, known, own) for terms, verb in events)


def _phrasal(text: str, verb: str) -> bool:
    """True when a particle follows ``verb`` in ``text`` ("stepped down"): its meaning is not its stem's."""
    plain = unquoted(text)
    found = find_word(plain, verb)
    return found is not None and _particle_after(plain, found[1])


def _particle_after(plain: str, end: int) -> bool:
    """True when the word after ``plain[:end]`` is a particle ("stepped *down*")."""
    after = words(plain[end:])[:1]
    return bool(after) and after[0].lower() in _PARTICLES


def _untold(text: str, action: frozenset[str], subject: str, verb: str, near: list[str], memory: Memory | None,
            known: Collection[str], own: Collection[str] | None) -> bool:
    """:func:`untold_event` for one action of ``text`` (``verb``, its terms ``action``) by ``subject``."""
    if own is not None and not any(t in own for t in action):
        return False
    uses = [realised_use(k, action, action_terms, _attempted) for k in near] if any(t in known for t in action) else []
    if any(uses) or (uses and all(u is None for u in uses)):
        return False  # the action told as done in a nearest sentence (or its known term read in none of them)
    told = near + ([k.features.text for k in with_action(memory, action)] if memory is not None else [])
    if uses and any(realised_use(k, action, action_terms, _attempted) for k in told):
        return False  # a prospect resolved ("is scheduled to vote" -> "voted") only when nobody was told it was done
    others = {place_term(canon(w)) for w in words(text)} - {subject, ""}
    obj = event_object(text, verb)
    return not any(tells(k, action, subject, others, obj) for k in told)


# A named day: "today", "yesterday", "last night", "this morning", a weekday or a calendar date ("now" is no day).
_DAY_CUE = re.compile(rf"\b(?:today|tonight|yesterday|last night|this (?:morning|afternoon|evening)|{WEEKDAY_NAMES}|"
                      rf"{MONTH_NAMES})\b", re.I)
DAY_EVENT_DAYS = 1.0  # a sentence anchored this many days or fewer before its publication tells an event of its day


def day_event(text: str, published: datetime | None, lead: bool) -> bool:
    """True when ``text`` tells an event of its article's day: it is the article's lead (its first body sentence),
    or its latest time is the publication day or the day before ("today", "yesterday", "on Monday" said on Tuesday)."""
    if lead:
        return True
    if not _DAY_CUE.search(text):
        return False  # "now", "currently": a state of the present, not a day
    when = anchor(text, published)
    return when.days_before is not None and when.days_before <= DAY_EVENT_DAYS and not when.future
