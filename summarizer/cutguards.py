"""What a deletion must leave: a line that does not dangle, and a trailing clause that names nothing new.

:func:`acceptable` rejects a line that ends on a word the sentence did not end on and that needs what followed
it (a conjunction, a subordinator, a determiner, "comes", "includes"), an orphan adverb, too few words, or no
verb when the sentence had one. :func:`trailing_told` lets a trailing clause (", as ...", ", while ...",
", saying ...", ", which ...") go even when it is long, as long as it takes no name or number the reader has
not been told: the main clause keeps the figure, the actor and the verb.
"""
from __future__ import annotations

import re
from typing import Callable

from summarizer.chunks import AUX, CLAUSE_ONLY, DETERMINERS, PREAMBLE, ROLES, SAY_VERBS, TIME_WORDS, has_verb, is_verb
from summarizer.datedopening import dated_opening
from summarizer.lexicon import FINITE_AUX_LIST, alternation
from summarizer.mainclause import main_verbs
from summarizer.preambles import LIST_REST
from summarizer.segments import Edit
from summarizer.sidetails import TURN, side_kept
from summarizer.text import words
from summarizer.trimmers import names_lost
from summarizer.unclosed import unclosed_relative

_DANGLING = frozenset("and or but nor the a an of to for with by from than that which who whose as although though while "
                      "whereas because unless whether during into onto upon among amid amidst between via per toward "
                      "towards despite including like unlike sometime even just either neither not".split())  # "... as well as."
# Verbs a line may not end on: "The intervention by Foulkes comes." lost what it comes amid.
NEEDS_COMPLEMENT = frozenset("comes goes seems appears becomes remains means includes contains makes takes gives "
                             "gets puts keeps brings requires involves represents provides allows came went seemed "
                             "appeared became remained possible able unable likely unlikely aware responsible willing "
                             "due contingent dependent reliant conditional".split())  # "promise much but they came." lost when
# Rules whose trailing deletion is a whole clause or phrase after the main clause.
TRAILING_CLAUSES = frozenset({"subordinate", "participial", "relative", "examples", "dash", "purpose", "clause"})
TRAIL_FLOOR = 50  # a line a trailing clause went from keeps at least this many characters
TRAIL_SHARE = 0.25  # and this share of its sentence


_QUOTED = re.compile("[“”\"]")
# A relative clause cut down to its verb: "... the phone that came." (it came before something).
_SHORT_RELATIVE = re.compile(r"\s(?:that|which|who)\s+[a-z]+$")


def _last(text: str) -> str:
    return text.rstrip(" .!?,;:").rsplit(" ", 1)[-1].lower()


# A copula whose complement comes after an aside: "the man is probably, as a new inmate, [in a bunk]" cut after the aside.
_OPEN_COPULA = re.compile(r"\b(?:is|are|was|were|be|been)(?:\s+[a-z]+ly)?,[^,]*$")


def open_copula(body: str) -> bool:
    """True when ``body`` ends on a copula's aside before its complement ("is probably, as a new inmate")."""
    return bool(_OPEN_COPULA.search(body))


# An introducer whose examples or list went: "... were true – in particular.", "... such as."
_INTRODUCER_END = re.compile(r"\b(?:in particular|for example|for instance|such as|notably|namely|especially|including)$", re.I)


# A verb phrase elided after its auxiliary ("... said he will not, ..."): what it stands for is earlier in the sentence.
_ELLIPTICAL = re.compile(r"\b(?:will|would|shall|should|can|could|may|might|must|do|does|did|has|have|had)"
                         r"(?: not|n['’]t)?(?=\s*(?:[;:.!?]|$|, (?:and|but|so|which|as|while|though|although|because|\w+ing)\b))", re.I)


def acceptable(text: str, verb: bool, source: str = "") -> bool:
    """Still a line: a few words, no dangling last word or adverb ("... of life or, even more depressingly.") that
    the sentence (``source``) did not end on, and, when the source had one, a verb outside quotations; a source that
    holds an elided verb phrase ("... said he will not, leaving ...") is not cut at all."""
    if source and text != source and _ELLIPTICAL.search(source):
        return False
    body = text.rstrip(" .!?,;:")
    last = _last(text)
    tail = body.rsplit(",", 1)[-1].split() if "," in body else []
    adverb_end = 0 < len(tail) <= 3 and tail[-1].lower().endswith("ly")  # "... life or, even more depressingly."
    dangling = (last in _DANGLING or last in NEEDS_COMPLEMENT or last in AUX - {"am"}  # "the stores had.", not "at 2 am."
                or bool(_SHORT_RELATIVE.search(body)) or open_copula(body) or bool(_INTRODUCER_END.search(body)))
    return (len(words(text)) >= 4 and not (dangling and last != _last(source)) and not adverb_end
            and (not verb or has_verb(text)))


def trailing_told(text: str, e: Edit, keep: set[str]) -> bool | None:
    """None when ``e`` is no trailing clause; else whether it takes no name or number new to the reader and no
    quotation (what someone said in their own words is the news: ", describing it as a “brotherhood”"). A side
    clause (:mod:`summarizer.sidetails`) is False when it tells too much that is new, else None."""
    if e.rule == "side":  # a contrast after the main clause: judged by what it tells against what stays
        return None if side_kept(text, e, keep) else False
    if e.rule not in TRAILING_CLAUSES or e.end < len(text.rstrip(" .!?\"”’'")):
        return None
    resumes = _RESUMED.search(text, e.start + 1, e.end)  # "Bristol, whom he dated, to give their baby up": a complement
    if text[:e.start].rsplit(" ", 1)[-1][:1].isdigit() and e.rule == "subordinate":
        return False  # "until 2028, when her husband will be eligible for parole": the clause tells what the date is
    return tail_told(text, e.start, keep, e.end) and clause_left(text[:e.start]) and not resumes


_RESUMED = re.compile(r",\s+to\s")
# A subordinate aside set off by commas: "Coons, when asked to name a ruling he disagreed with, named ...".
_SUB_ASIDE = re.compile(r",\s+(?:when|while|if|as|after|before|although|though|because|since|unless|once)\b[^,;]*,")


def clause_left(head: str) -> bool:
    """True when ``head`` keeps a finite verb outside its subordinate asides: "Coons, when asked to name a ruling."
    has none (its verb "named" was in the trailing piece)."""
    return bool(main_verbs(_SUB_ASIDE.sub(",", head + ",")))


def tail_told(text: str, start: int, keep: set[str], end: int | None = None) -> bool:
    """True when ``text[start:end]`` holds no name or number new to the reader and no quotation."""
    end = len(text) if end is None else end
    return not names_lost(text, start, end, keep) and not _QUOTED.search(text, start, end)


def named_opener(out: str, removed: str, named: Callable[[str], bool] | None) -> bool:
    """True when ``out`` opens with "He" or "She" that ``named`` can name from the sentences before and the
    deleted ``removed`` named no one the pronoun could point to instead ("When Kim met Lee, he said")."""
    m = _NAMED_PRONOUN.match(out)
    return bool(m and named is not None and not _CAPITAL.search(removed, 1) and named(m.group(1)))


_NAMED_PRONOUN = re.compile(r"^(He|She)\s+(?=[a-z])")  # not "His character": whose it is may be someone else
_CAPITAL = re.compile(r"(?<![.!?]\s)\b(?!I\b)[A-Z]")


# A last comma piece that opens a coordinated clause: "..., and yesterday" ends before the clause's verb.
_OPEN_CONJUNCT = re.compile(r"\s*(?:and|but|or|yet)\b", re.I)


# Subordinators that open a clause a main clause must follow, and comma pieces that go on the clause before.
_OPENING_CLAUSE = frozenset("although though while whereas if unless because since when after before once until".split())
_JOINED = re.compile(r"\s*(?:and|or|but|nor|who|whom|whose|which|where|when|as|including)\b", re.I)


def open_clause(head: str) -> bool:
    """True when ``head`` ends in a clause that has no verb yet: a last comma piece opened by "and" or "but" (", and
    yesterday"), a "but" clause ("concealed by his cap but from seven tomorrow evening"; not "not X but Y"), or an
    opening subordinate clause with no main clause after it."""
    piece = head.rsplit(",", 1)[-1]
    if "," in head and _OPEN_CONJUNCT.match(piece) and not has_verb(piece):
        return True
    if head.split(" ", 1)[0].lower() in _OPENING_CLAUSE and not any(
            has_verb(p) and not _JOINED.match(p) for p in head.split(",")[1:]):
        return True  # "Although it was deadly in Mexico, and caused a death in Texas": no main clause after it
    if _JOINED_OPENING.search(head):
        return True  # "X, and while Acme may enjoy lots": the while-clause's own main clause is past the cut
    turns = list(TURN.finditer(head))
    return bool(turns) and not has_verb(head[turns[-1].end():]) and not re.search(r"\bnot\b", head[:turns[-1].start()])


_JOINED_OPENING = re.compile(r"\b(?:and|but|yet)\s+(?:while|although|though|if|unless|whereas)\s[^,;:]*$")


# Adjective and adverb forms: "tarnished", "graphic", "brutal", "bloody-minded", "sexually".
_ADJECTIVAL = re.compile(r"[a-z][a-z-]{2,}(?:ed|ic|al|ive|ous|ful|less|able|ible|ish|ing|ly)$")
_NOUN_PHRASE_OPENS = DETERMINERS | frozenset("of some such this these those our my your".split())
_RUN_ENDS = frozenset("of in for from with at on to by that who which and or but".split())


def coordinated(text: str, c: int) -> bool:
    """True when the comma at ``c`` joins two adjectives of one noun phrase ("left him a tarnished, diminished
    figure", "a series of graphic, sexually explicit photos", "the Jo Smith-led, state-funded team"): what follows
    it holds the phrase's head noun, so no deletion may start there ("left him a tarnished.")."""
    before = text[:c].split()[-6:]
    if len(before) < 2 or text[c:c + 1] != ",":
        return False
    k = len(before) - 2
    if before[k].lower().endswith("ly"):
        k -= 1  # "an openly gay,"
    while k > 0 and _COMPOUND.match(before[-1]) and before[k][:1].isupper():
        k -= 1  # "the Jo Smith-led,": the name is part of the modifier
    if not _adjectival(before[-1]) or k < 0 or before[k].lower() not in _NOUN_PHRASE_OPENS:
        return False
    run: list[str] = []
    for w in re.split(r"[,;:.!?“”\"()]", text[c + 1:], maxsplit=1)[0].split():
        if w.lower() in _RUN_ENDS:
            break
        run.append(w)
    return (2 <= len(run) <= 4 and _adjectival(run[0]) and not run[-1].endswith("ly")
            and all((re.fullmatch(r"[a-z][a-z'’-]*", w) or _COMPOUND.match(w)) and w not in AUX | DETERMINERS for w in run))


_COMPOUND = re.compile(r"[A-Za-z][\w'’]*-[a-z]+(?:ed|en)$")  # "Smith-led", "State-funded": a modifier, capital or not


def _adjectival(word: str) -> bool:
    return bool(_ADJECTIVAL.match(word) or _COMPOUND.match(word))


# A finite verb right after an insertion: ", as if raising a cup, stands 40 cm" (not a verb of saying: "..., says Kim").
# Only the verbs that mostly stand before their speaker, not all of chunks.SAY_VERBS: ", aged 61, warned that" resumes.
_RESUMED_VERB = re.compile(r",\s+(?!(?:says|said|adds|added|notes|noted|reports|reported|writes|wrote|claims|claimed)\b)"
                           r"(?:[a-z]{3,}s|[a-z]{3,}ed|" + alternation(FINITE_AUX_LIST) + r")\s")


def resumes_after(text: str, m: re.Match[str]) -> bool:
    """True when the phrase at a boundary is an insertion the clause resumes after ("capable, at 37, of ...", "ordered
    70 people, including a couple, into quarantine", a relative left open: :mod:`summarizer.unclosed`)."""
    nxt, start = text.find(",", m.end()), m.end()
    for i in range(3):  # "three people, including A, B and C, had been killed": past the list's verbless pieces
        if nxt < 0 or i and has_verb(text[start:nxt]):  # "..., which ran the papers had withdrawn them": unclosed
            return not i and unclosed_relative(text[m.start():].lstrip(",;—–- "))
        if re.match(r",\s+(?:of|to|into|onto|for|that|than|from)\b", text[nxt:]) or _RESUMED_VERB.match(text, nxt):
            return True
        if not re.match(r"[,\s]*(?:including|such as|among them)\s", text[m.start():]):
            return False  # only a list's pieces are passed over
        start, nxt = nxt + 1, text.find(",", nxt + 1)
    return False


def preamble_only(head: str) -> bool:
    """True when ``head`` is an opening phrase and a verbless piece after its comma: "In a statement released as
    profits rose, independent directors" (the subject's verb is past the cut)."""
    m = PREAMBLE.match(head)
    timed = _TIMED_OPENING.match(head)  # "Five days after the quake hit the province": the main clause is past the cut
    return m is not None and "," not in head[m.end():] and not has_verb(head[m.end():]) or bool(
        timed and not main_verbs(head.split(",", 1)[1] if "," in head else ""))


_TIMED_OPENING = re.compile(r"(?:[\w-]+\s){1,3}?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|moments?)\s+"
                            r"(?:after|before|since)\s", re.I)


def list_opening(text: str, end: int) -> bool:
    """True when the opening up to ``end`` (its comma) is a list's first item, not a phrase: a subordinator that opens
    only a clause with no verb ("Although X,") or one before a verbless noun and the rest of a list that runs into the
    clause's verb ("While airports, rail lines and roads are reopening, ..."): cutting it breaks the clause."""
    opening = text[:end]
    tokens = opening.split()
    if not tokens or has_verb(opening):
        return False
    lead = tokens[0].lower()
    return lead in CLAUSE_ONLY or lead in _LIST_LEADS and 2 <= len(tokens) <= 4 and (
        tokens[1].lower() not in _PHRASE_STARTS) and bool(LIST_REST.match(text, end))


_LIST_LEADS = frozenset("while when as if once since whereas".split())
_PHRASE_STARTS = DETERMINERS | frozenset("in on at of by for from with to into during under over after before not "
                                         "still also possible necessary so asked told".split())


def unfinished_preamble(text: str, end: int) -> bool:
    """True when an opening phrase that ends at ``end`` goes on past its comma: a verbless aside, then a short verb
    piece that closes it ("As Dr Kim, director of X, has pointed out, this is ..."): deleting up to ``end`` would
    leave the aside and its verb without their subject."""
    nxt = text.find(",", end)
    piece = text[end:nxt].split()
    if nxt < 0 or not piece or piece[0].lower() in AUX or is_verb(piece[0].lower()) or piece[0].endswith("ly") or main_verbs(
            text[end:nxt]):
        return False  # the clause's subject and verb are after the opening: "In its report, the agency said X, adding Y"
    follow = text[nxt + 1:].split(",", 1)
    verb = follow[0].split()[:1]
    return len(follow) == 2 and len(follow[0].split()) <= 4 and bool(verb) and (verb[0] in AUX or is_verb(verb[0]))


# Words a time expression after them completes: "delayed until next week", "between now and 2014", "most recently
# this month".
_TIME_BOUND = frozenset("until since by from before after for to till of between recently".split())


def time_needed(before: str, cut: str, after: str) -> bool:
    """True when deleting the time expression (or "now") ``cut`` between ``before`` and ``after`` breaks the clause:
    a word before it needs it ("until", "between", "most recently"), or a bare time is the
    subject of the verb after it ("warning that Friday will be the busiest day")."""
    last = before.split()[-1:]
    if last and last[0].lower() in _TIME_BOUND:
        return True
    first, nxt = cut.split()[:1], after.split()[:1]
    return bool(first and nxt) and first[0].lower() not in _TIME_LEADS and nxt[0].lower() in AUX and (
        not last or last[0].lower() in _CLAUSE_OPENERS | SAY_VERBS)  # not "has today been given", "people today are"


_CLAUSE_OPENERS = frozenset("that and but so because as while if when".split())
_TIME_LEADS = frozenset("on in at during over within throughout now".split())  # a time phrase or "now": no subject


# What an opening's last noun had in apposition: "a move that is suspended, " before the subject; "the nurse dismissed
# for it, " before "the minister said" (a noun and a participle with its phrase: not "the Lowmere Guild, Westland
# League and the press were", "the program claimed that ..., Sir Richard said").
_APPOSED = re.compile(r"(?P<aside>(?:a|an|the)\s[^,;:“”\"]{3,140}),\s+(?:(?P<name>[A-Z])|(?:the|a|an|his|her|its|their)\s)")
_REDUCED_RELATIVE = re.compile(r"^the\s(?:[\w'’-]+\s){1,4}?[a-z]+(?:ed|en)\s(?:for|by|in|at|on|as|with|from|over|of|after)\s")


def opening_needed(text: str, end: int, out: str) -> bool:
    """True when the opening up to ``end`` may not go: an aside after it describes its last noun (:func:`apposed`), it
    dates the clause, or it names the only one a third-person pronoun left in ``out`` can point to ("When Kim ran in
    Rome, the analysis showed an odd strategy to his pacing": without the opening, "his" is no one's)."""
    if apposed(text, end) or dated_opening(text[:end]):  # "In taking the job two years ago, Kim said": it dates the clause
        return True
    pronoun = _THIRD_PERSON.search(out, 1)
    if pronoun is None or _PERSON_BEFORE.search(out, 0, pronoun.start()):
        return False  # "the former mayor of X said she": someone named or a role before it is what it points to
    clause = text[:end].split(" ", 1)[0].lower() in _OPENING_CLAUSE | {"as"} and has_verb(text[:end])  # a clause's name: its actor
    names = {w.strip(",.") for w in text[:end].split()[1:] if clause or w.strip(",").endswith(("'s", "’s", "s'"))}
    names = {n.removesuffix("'s").removesuffix("’s").rstrip("'’") for n in names}
    return any(len(n) > 1 and n[:1].isupper() and n not in out and not TIME_WORDS.match(n) for n in names)


_THIRD_PERSON = re.compile(r"\b(?:his|her|him|hers)\b")  # an owner or an object; a subject "he" is left to the reader
_PERSON_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(ROLES)) + r"|[A-Z][a-z]+\s[A-Z][a-z]+)\b")  # "mayor", "Jo Roe"


def apposed(text: str, end: int) -> bool:
    """True when what follows an opening that ends at ``end`` is an aside on the opening's last noun, then the subject
    ("Asked about Kim, a move that ..., Rousseff said"; "Asked about Kim, the nurse dismissed for it, the minister said")."""
    m = _APPOSED.match(text, end)
    if m is None:
        return False
    aside = m.group("aside")
    if aside.startswith("the"):
        return bool(_REDUCED_RELATIVE.match(aside)) and not AUX & set(aside.split())
    return m.group("name") is not None
