"""The main clause of a sentence and whether it keeps a finite verb: a guard on every deletion.

A deletion that leaves an opening phrase without the clause it led ("Asked whether X, Kim said:
…" -> "Asked whether X."), a subject without its verb ("Pat McQuaid, in ragged attempts to
explain, included a statement" -> "Pat McQuaid, in ragged attempts to explain.") or drops
a clause with its own subject (", I choose Bristol") is no headline. The test is shallow: the
main clause's finite verbs are verb-like words outside quotations and relative clauses, after
the opening subordinate or participial phrase, that no determiner, preposition or adverb makes
an adjective ("the troubled lender", "increasingly ragged attempts"); a deletion may not take
all of them.
"""
from __future__ import annotations

import re
from functools import lru_cache

from summarizer.caches import SENTENCES
from summarizer.chunks import (AUX, DETERMINERS, OBJECT_OPENERS, PAST_FORMS, RELATIVE_PIECE, SUBORDINATE,
                               is_verb, present_verb)
from summarizer.lexicon import CLAIM, FINITE_AUX, REPORT, SAY, SAY_WORDS, alternation
from summarizer.quotes import quote_spans
from summarizer.spans import inside

# Words before a verb-like word that make it a modifier, not the clause's verb.
_MODIFIER_BEFORE = DETERMINERS | frozenset(
    "a an in of for with by on at to from into under over about as than very more most less least so too".split())
# Words after an -ed word that make it a verb even after an adverb ("publicly declared his", "quickly agreed to").
_AFTER_VERB = OBJECT_OPENERS | frozenset("by from into after before as".split())
# Contractions as :func:`summarizer.text.words` spells them: a subject and its finite verb ("I'm", "it's").
_CONTRACTED = frozenset("im youre theyre ive weve youve theyve hes shes thats theres whats isnt arent wasnt werent "
                        "dont doesnt didnt cant couldnt wont wouldnt shouldnt hasnt havent hadnt youll theyll youd "
                        "theyd".split())
# Opening words of a phrase that leads into the main clause ("Asked whether …, Kim said").
_LEADS = SUBORDINATE | frozenset("asked if once unless given".split())
# An appositive after a name: ", a British-registered firm that collects donations,".
_APPOSITIVE = re.compile(r"(?<=[A-Z][\w.'’-]),\s+(?:a|an|the)\s[^,;\"“”]*,")
# A passive participle's aside between commas: "the cuts, reduced by 44% since 2001, forced ...".
_PARTICIPLE_ASIDE = re.compile(r",\s+(?:[a-z]+ed|" + alternation(sorted(w for w in PAST_FORMS if w.endswith(("en", "wn", "ght", "t"))))
                               + r")\s+(?:by|in|at|from|with|to|since|for|after|over|under|on|into|during)\b[^,;\"“”]*,")  # "taken from"
SUBJECT_PRONOUNS = frozenset("i we you he she they it".split())


_TOKEN = re.compile(r"[A-Za-z][\w'’-]*")
_MARK = re.compile("[,;:]")


def _leads(tokens: list[str], comma: bool) -> bool:
    """True when a sentence's first words open a phrase before the main clause: a subordinator or "Asked"
    ("Asked whether ..."), or a participle before a comma ("Fearing a recount, ..."; not "Skilling is aided")."""
    if not tokens:
        return False
    first, second = tokens[0], (tokens[1:2] or [""])[0]
    participle = len(first) > 5 and first.endswith("ing") and comma and not (second in AUX or is_verb(second))
    return first in _LEADS or participle


def _finite(prev: str, w: str, nxt: str, named: bool = False) -> bool:
    """Whether ``w`` between ``prev`` and ``nxt`` reads as a finite verb: an auxiliary, a modal, a contraction, a
    past form after a noun ("Kim said") or after an adverb with an object ("publicly declared his"), an -s form
    after "he", "she" or "it" ("she wants") or after a name (``named``) before an object ("Apple plans to")."""
    if w in AUX or w in _CONTRACTED or present_verb(prev, w):  # AUX holds the modals
        return True
    if "-" in w:
        return False  # "a Sky-financed squad", "the Brailsford-led team": a compound modifier, no verb
    adverb = prev.endswith("ly") and len(prev) > 3
    if is_verb(w) and prev not in _MODIFIER_BEFORE and (not adverb or nxt in _AFTER_VERB or not nxt):
        return True
    return (w.endswith("s") and len(w) > 3 and not w.endswith(("ss", "us", "is", "ous")) and prev not in _MODIFIER_BEFORE
            and (prev in ("he", "she", "it") or (named and nxt in _AFTER_VERB)))


def main_verbs(text: str) -> list[int]:
    """Offsets of the finite verbs of ``text``'s main clause: outside quotations, relative clauses, appositives and
    passive participles' asides set off by commas, and an opening subordinate or participial phrase (up to its comma).
    A new list each call, read from a cache keyed on the text (a pure function of it: the guards of several stages
    ask of one sentence)."""
    return list(_main_verbs(text))


@lru_cache(maxsize=SENTENCES)
def _main_verbs(text: str) -> tuple[int, ...]:
    spans = list(quote_spans(text)) + [m.span() for p in (RELATIVE_PIECE, _APPOSITIVE, _PARTICIPLE_ASIDE) for m in p.finditer(text)]
    found = [m for m in _TOKEN.finditer(text) if not inside(m.start(), spans)] if spans else list(_TOKEN.finditer(text))
    tokens = [(m.start(), m.group(0).lower().replace("’", "").replace("'", "")) for m in found]
    named = {m.start() for k, m in enumerate(found) if k and m.group(0)[:1].isupper()}
    comma = next((m.start() for m in _MARK.finditer(text) if not inside(m.start(), spans)), -1)
    if _leads([t for _, t in tokens[:2]], comma >= 0 and text[comma] == ","):
        tokens = [(i, t) for i, t in tokens if i > comma]
    pad = [(-1, "")] + tokens + [(-1, "")]
    verbs = [pad[k][0] for k in range(1, len(pad) - 1)
             if _finite(pad[k - 1][1], pad[k][1], pad[k + 1][1], pad[k - 1][0] in named)]
    verbs = _past_subject_clause(text, found, verbs)
    # The first verb after a relative pronoun, with no verb before it, is the subject's own clause: "The widow of an
    # executive who killed himself ... challenged the film" (the pronoun as written: not "the WHO reported").
    kept = {i for i, _ in tokens}  # after an opening phrase, if one leads
    pronoun = next((m.start() for m in found if m.start() in kept and m.group(0) in _RELATIVE_PRONOUNS), -1)
    if not verbs or not 0 <= pronoun < verbs[0]:
        return tuple(verbs)
    order = {i: k for k, (i, _) in enumerate(tokens)}
    word = dict(tokens)
    n = 1  # the pronoun's whole verb group: "children who would have died before ... will stay" (not "were asked had")
    while n < len(verbs) and order.get(verbs[n], -9) == order.get(verbs[n - 1], -9) + 1 and word[verbs[n - 1]] in AUX:
        n += 1
    return tuple(verbs[_complement_end(verbs, n, tokens, order, word):])


# Verbs whose object is a clause of its own ("who realised he had left", "who said the engine had failed").
_CLAUSE_TAKERS = frozenset("said says claimed claims believed believes thought thinks realised realized realises realizes "
                           "feared fears hoped hopes knew knows felt feels suspected suspects insisted insists argued "
                           "warned warns noticed notices discovered learned learnt found admitted denied revealed".split())
_CLAUSE_SUBJECTS = SUBJECT_PRONOUNS | frozenset("that".split())


def _complement_end(verbs: list[int], n: int, tokens: list[tuple[int, str]], order: dict[int, int],
                    word: dict[int, str]) -> int:
    """Where the main clause's verbs start after a subject's relative clause that ends in ``verbs[n - 1]``: past the
    verb group of the clause a verb of thinking or saying takes ("A man who realised he had left his passport at home
    turned back": "had left" is the relative clause's, "turned" the main verb), when its verb group opens with an
    auxiliary or a pronoun or "that" follows the verb, it lies within a few words and a verb is left after it."""
    if n >= len(verbs) or word.get(verbs[n - 1]) not in _CLAUSE_TAKERS:
        return n
    at, nxt = order[verbs[n - 1]], order[verbs[n]]
    after = tokens[at + 1][1] if at + 1 < len(tokens) else ""
    if not 1 <= nxt - at - 1 <= 5 or not (word[verbs[n]] in AUX or after in _CLAUSE_SUBJECTS):
        return n
    m = n + 1
    while m < len(verbs) and order[verbs[m]] == order[verbs[m - 1]] + 1 and word[verbs[m - 1]] in AUX:
        m += 1
    return m if m < len(verbs) else n


_RELATIVE_PRONOUNS = frozenset("who which whom whose".split())


def keeps_main_verb(text: str, start: int, end: int, verbs: list[int] | None = None) -> bool:
    """True unless deleting ``text[start:end]`` takes every finite verb of the main clause (``verbs``: its
    :func:`main_verbs` when the caller has them: it tries several deletions on one text)."""
    verbs = main_verbs(text) if verbs is None else verbs
    left = [i for i in verbs if not start <= i < end]
    if len(left) == len(verbs):
        return True
    later = _LATER_CLAUSE.search(text, end)  # "X, Kim, called on Y, as he made a visit": "made" is the as-clause's verb
    return bool(left) and not (later and all(i >= later.start() for i in left))


# A passive participle and its preposition opening a head with no comma after them: "Created by Jo Roe and producer
# Pat Lee" is the opening phrase of a sentence whose main clause came after a comma the page left out.
_PARTICIPLE_OPENING = re.compile(r"(?:[A-Z][a-z]{2,}ed|" + alternation(sorted(w.capitalize() for w in PAST_FORMS if w.endswith(("en", "wn"))))
                                 + r")\s+(?:by|in|at|on|with|from|for|as|to|after|during|under|into)\s[^,;:]*$")


def participle_only(head: str) -> bool:
    """True when ``head`` is only an opening participial phrase ("Created by Jo Roe and producer Pat Lee", "Driven from
    the town by floods"): no comma closes it and no finite verb follows the participle, so the main clause it leads
    into is past the cut (not "Faced by this threat the allies are likely to ...", nor an inversion: "... is Jo Roe")."""
    return bool(_PARTICIPLE_OPENING.match(head)) and all(v == 0 for v in main_verbs(head))


_LATER_CLAUSE = re.compile(r",\s+(?:as|when|while|because|since|although|though|after|before|whereas|unless|until)\s")


# Prepositions that open an adverbial inside a "that" clause ("saying that in Sangin, ..., there was"), never a noun.
_CLAUSE_PREPOSITIONS = frozenset("in on at by for with from after before during since until under over despite amid".split())
_SUBORDINATOR = re.compile(r"\b(?:that|whether|because|although|though|unless)\s", re.I)


def complete_tail(head: str) -> bool:
    """True unless ``head`` ends inside a subordinate clause that has no finite verb yet ("... explained that her
    sprint near the close of the race"): what follows its last subordinator (outside quotations) needs one."""
    spans = quote_spans(head)
    said = [m for m in _SAYS.finditer(head) if not inside(m.start(), spans) and head[:m.start()].rstrip()[-1:].isalnum()]
    rest = head[said[-1].end():].split() if said else []
    if (len(rest) >= 2 and rest[0].lower() not in _CLAUSE_PREPOSITIONS | _SAID_WHEN and not spans
            and not _SUBORDINATOR.search(head, said[-1].end()) and not _has_finite(" ".join(rest))):
        return False  # "Dowd says people familiar with the con": what is said lost its verb (not "..., said X Y")
    last = [m for m in _SUBORDINATOR.finditer(head) if not inside(m.start(), spans)]
    if not last:
        return True
    tail = head[last[-1].end():]
    if last[-1].group(0).lower().startswith("that") and len(tail.split()) <= 2 and not (
            tail.split()[:1] and tail.split()[0].lower() in _CLAUSE_PREPOSITIONS):  # not "that 12 current games", "that in X"
        return True  # "dispensed with that strategy": a determiner
    return _has_finite(tail)


_SAYS = re.compile(r"\b(?:" + alternation(SAY, ("reports", "reported"), CLAIM, ("suggest", "suggests", "suggested", "admits",
                                                                                "admitted", "denies", "denied")) + r")\s")
_SAID_WHEN = frozenset("to last yesterday today earlier later this".split())  # "said on Sunday", "said in a statement"


def _has_finite(text: str) -> bool:
    tokens = [m.group(0).lower().replace("’", "").replace("'", "") for m in _TOKEN.finditer(text)]
    pad = [""] + tokens + [""]
    return any(_finite(pad[k - 1], pad[k], pad[k + 1]) for k in range(1, len(pad) - 1))


def own_subject(piece: str) -> bool:
    """True when a comma piece opens with a subject pronoun and a word after it (", I choose Bristol", ", we
    know it"): a clause of its own, never an aside to delete."""
    tokens = piece.strip(" ,;").split()
    if len(tokens) == 2 and tokens[1] in _ASIDE_VERBS:
        return False  # ", I think,": a comment on the clause
    subject = re.split(r"['’]", tokens[0].lower())[0] if tokens else ""  # ", I'll assume that ...": a contracted verb
    return len(tokens) >= 2 and subject in SUBJECT_PRONOUNS and tokens[1][:1].islower()


_ASIDE_VERBS = frozenset("think believe suppose guess hope fear suspect admit reckon say said".split())


_CLAUSE_JOINS = frozenset("and or but nor that which who whom whose where when while if because as than although though "
                          "since until unless whether what whatever how why".split())
# Verbs of saying and thinking whose object is a clause ("when Lay maintained the company had"): the shared lists' past
# forms only ("claims", "reports" are as often nouns, "added" and "wrote" as often take a plain object).
_THINK = SAY_WORDS | frozenset(w for w in CLAIM + REPORT if w.endswith("ed")) | frozenset(
    "thought thinks believes showed shows found knew felt realised realized hoped feared suggested maintained admitted denied "
    "stated noted explained revealed confirmed assumed learned learnt discovered decided agreed promised predicted "
    "expected".split())  # "when Lay maintained the company had"


def resumes_main(clause: str) -> bool:
    """True when a trailing subordinate clause holds the main clause's verb after its own: "... the place it held
    when it introduced the Acme Mini are revealing" (after the clause's finite verb and its object, an auxiliary
    after a noun, with no comma, conjunction or pronoun subject between): cutting the clause would take the main
    verb. Not "when they said prices were", "because it meant X, implying that Y were" (a clause of its own)."""
    raw = clause.split()
    ws = [w.strip(",;:").lower() for w in raw]
    own = next((k for k in range(1, len(ws)) if ws[k] in FINITE_AUX or ws[k] in PAST_FORMS or ws[k].endswith("ed")), -1)
    if own < 0 or ws[own] in _THINK:
        return False
    for k in range(own + 1, len(ws)):
        if ws[k] in _CLAUSE_JOINS or ws[k] in SUBJECT_PRONOUNS or ws[k] in _THINK:
            return False
        if k >= own + 2 and ws[k] in FINITE_AUX and ws[k - 1] not in AUX and not is_verb(ws[k - 1]):
            return True
        if raw[k].endswith((",", ";", ":")):
            return False
    return False


# Words before "that" that make it a determiner or an object's clause, not a clause of the subject's noun or participle.
_NOT_HEAD = AUX | DETERMINERS | _MODIFIER_BEFORE | frozenset("and or but so now".split())


def _past_subject_clause(text: str, found: list[re.Match[str]], verbs: list[int]) -> list[int]:
    """``verbs`` without those of a "that" clause inside the subject when the main clause resumes with a verb right
    after a comma: "Fans hoping that the phone would be better, in order to ..., were disappointed" ("were")."""
    if not verbs:
        return verbs
    that = next((k for k, m in enumerate(found) if m.group(0) == "that"), -1)
    if that < 1 or found[that].start() > verbs[0] or found[that - 1].group(0).lower() in _NOT_HEAD:
        return verbs  # no "that" before the first verb, or "of that group", "is that"
    first = text.find(",", found[that].end())
    order = {m.start(): k for k, m in enumerate(found)}
    inner = [order[i] for i in verbs if found[that].end() < i < first]
    if first < 0 or any(b != a + 1 for a, b in zip(inner, inner[1:])):
        return verbs  # "promise that he would play well was fulfilled, although ...": a verb after the clause's own
    for comma in (m.start() for m in re.finditer(",", text[found[that].end():])):  # the aside ends where a verb resumes
        at = found[that].end() + comma
        resumed = [i for i in verbs if i > at]
        if resumed and not text[at + 1:resumed[0]].strip():
            return resumed  # ", were disappointed"; not "... emerged slowly, and when ..."
    return verbs
