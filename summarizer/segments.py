"""Comma pieces of a sentence and the deletion each one allows: an appositive ("Kim, the leader,"), an
age, a relative clause, a participial or subordinate clause, a trailing adjunct or coordinate clause.

:func:`commas` finds the commas outside quotations, parentheses and numbers; :func:`segment_edit`
proposes the edit of one piece (or none), from its first words and what follows it. Used by
:func:`summarizer.compress.edits`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.chunks import (
    AUX, DETERMINERS, GOAL_VERB, NOT_PARTICIPLE, OBJECT_OPENERS, OPEN_CONDITION, PREAMBLE_WORDS, RELATIVE, ROLES, SAY_VERBS,
    SUBORDINATE, clause_subject, has_main_verb, has_verb, is_verb)
from summarizer.timebound import time_bound
from summarizer.asides import IRREGULAR_PARTICIPLES, opening_clause, participle_aside
from summarizer.lexicon import MONTHS_LOWER, WEEKDAYS_LOWER
from summarizer.listpieces import INCLUDING, LAST_ITEMS, LIST_TAIL, NO_PASSIVE, list_item_before, name_list
from summarizer.mainclause import main_verbs
from summarizer.quotes import unquoted
from summarizer.spans import inside
from summarizer.unclosed import unclosed_relative


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` by ``repl``; ``prior`` is how much a reader loses (0 = nothing)."""

    start: int
    end: int
    repl: str
    prior: float
    rule: str


# Prepositions that open a trailing adjunct after a complete clause.
# Adverbs of habit: "..., often riding at the front" is a manner aside; "..., immediately announcing X",
# "..., then dived after him" and "..., recently described as X" are not.
_FREQUENCY = frozenset("often always sometimes usually frequently repeatedly continually regularly occasionally".split())
_RESULT = frozenset("thereby thus so".split())  # "..., thereby reducing taxes": a result the participle states
_QUOTED = re.compile(r"[\"“”]")
_ADJUNCT = frozenset("for in on at by from with to into under over across near outside inside".split())
_NOT_VERB = frozenset("this these those that them him us me it some many all each every any no one two".split())
_CONTRACTION = frozenset("there's it's that's here's what's he's she's who's let's".split())
_MARKS = re.compile(r"[,()\[\]]")


def commas(text: str, quotes: tuple[tuple[int, int], ...]) -> list[int]:
    """Positions of commas outside quotations, parentheses and numbers ("130,000")."""
    out, depth = [], 0
    for m in _MARKS.finditer(text):
        i, ch = m.start(), m.group(0)
        if ch != ",":
            depth += 1 if ch in "([" else -1
            continue
        in_number = 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()
        if depth <= 0 and not in_number and not inside(i, quotes):
            out.append(i)
    return out


# A passive report that names no one ("..., it was reported", "..., it is understood"): who says it is not lost.
_VAGUE_SOURCE = re.compile(r"it (?:was|is|has been|had been) (?:reported|announced|said|understood|claimed|revealed|"
                           r"learned|learnt|confirmed|alleged|thought|believed)", re.I)
# Words a verbless aside after a name opens with: "Enron, the bankrupt energy company,", "Citigroup, two of
# Wall Street's leading banks,", "Cancellara, of the Fassa Bortolo team,".
_ASIDE_HEADS = frozenset("the a an one two three four five six seven both each of".split())
# Words a verbless aside after a name may open with besides :data:`_ASIDE_HEADS`: "Enron, once the world's largest
# energy trader,", "Andersen, itself under investigation,".
_ONCE = frozenset("once formerly previously itself himself herself themselves".split())
_PARTICLE_PREPS = frozenset("by in at on with for as from under after during".split())


def _bracketed_aside(text: str, c: int, toks: list[str], words_: list[str], after: str) -> str:
    """The rule name when the piece between two commas is an aside the sentence reads on without: a verbless
    noun phrase after a name ("Acme, the failed parts maker, to hide losses"), a participial phrase
    after a noun ("Apple's Dashboard, previewed earlier by Steve Jobs, to his program") or a relative clause
    led by a preposition ("Nahrin district, through which Alexander passed, had"); "" otherwise. Never an
    item of a list (no "and"/"or" in the piece or right after it) and never after a verb."""
    before = text[:c].split()
    first_after, second = ((after.lower().split() + ["", ""])[k] for k in (0, 1))
    if len(before) < 2 or len(toks) > 16 or len(" ".join(toks)) > 100 or first_after in ("and", "or", "but", "nor", ""):
        return ""
    if any(w in ("and", "or") or not w.strip("“”\"'") for w in words_) or re.search("[\"“”;:]", " ".join(toks)):
        return ""
    # The sentence must read on where the aside ends: a verb, a preposition, "to", a subordinate word; not a
    # further aside ("Zip-A-Dee-Doo-Dah, a song from a film, Song Of The South"), a list, or a relative clause
    # that may belong to the aside ("the Alliance, a group representing the King, who is exiled").
    adverb = first_after.endswith("ly") and is_verb(second)  # "..., quickly sold"
    if not (is_verb(first_after) or first_after in _READS_ON or adverb):
        return ""
    prior = text[:c].rsplit(",", 1)
    if len(prior) == 2 and prior[1].split()[:1] and (prior[1].split()[0].lower() in _ASIDE_HEADS
                                                    or prior[1].split()[0].endswith(("'s", "’s"))):
        return ""  # "O'Neill, the treasury secretary of Alcoa, the aluminium giant, wanted": inside an aside
    if not (is_verb(first_after) and not has_verb(" ".join(toks))) and re.search(
            r"\b(?:and|or)\b", re.split(r"[,;:—–]| - ", text[c + 1:].split(",", 1)[-1])[0]):
        return ""  # "the Hindujas, Enron and Andersen": a list; not "X, of the police, said ... and" (a verbless aside)
    last = before[-1].strip("”\"'")
    if not last.replace("'s", "").replace("’s", "").replace("-", "").isalpha() or is_verb(last.lower()):
        return ""
    if words_[0] in _ADJUNCT | {"through", "among", "of", "during"} and len(words_) > 2 and words_[1] in ("which", "whom"):
        return "relative" if is_verb(first_after) else ""
    if len(toks) > 12 or len(" ".join(toks)) > 80 or any(w in AUX or w in SAY_VERBS for w in words_) or words_[-1] in RELATIVE:
        return ""  # "Touch Fighter, a shooter which, according to X, the team made": the relative clause runs on
    head = words_[0]
    if len(words_) > 1 and head.endswith(("ed", "en")) and len(head) > 4 and head not in NO_PASSIVE and toks[0].islower() and words_[1] in _PARTICLE_PREPS | {
            "earlier", "later", "first", "last", "only", "recently"}:
        return "participial"
    named = last[:1].isupper() and last.lower() not in _CALENDAR
    role = head in ROLES or len(words_) > 1 and words_[1] in ROLES  # "Alex Thiermann, senior adviser to the OIE,"
    if named and (head in _ASIDE_HEADS | _ONCE or head.endswith(("'s", "’s")) or role):  # "the troubled lender": -ed too
        return "appositive"
    return ""


_READS_ON = _ADJUNCT | SUBORDINATE | frozenset("to that as of about against".split())
_CALENDAR = WEEKDAYS_LOWER | MONTHS_LOWER


# An inverted attribution that ends the sentence after an aside: "..., brother of X, said a police officer."
_SAID_AFTER = re.compile(r"(?:said|says|added)\s+(?P<who>[^,;:“”\"]+?)[.!?]?$")


def _open_subject(opening: str, piece: str) -> bool:
    """True when the comma before ``piece`` opened an aside of a verbless subject that the comma after it closes ("The
    agreement, hammered out near Bonn, Germany, will"; "The spokesman, Abdul Wahid, brother of X, said"); not a list."""
    if not (0 < len(opening.split()) <= 6 and "," not in opening):  # the cheap tests first: the others read clauses
        return False
    first = piece.split()[:1]
    aside = bool(first) and first[0].lower() not in SUBORDINATE and (  # not "run from May 2 to 5, with a race in X,"
        first[0] in RELATIVE or first[0].endswith(("ed", "en")) or not _lower_verb(piece))
    return aside and not _lower_verb(opening) and not re.search(
        r"\b(?:and|or|but)\b", piece) and not re.match(rf"(?:{PREAMBLE_WORDS})\b", opening, re.I)


# Where the clause a predicate list goes on from starts: "Kim put his head down, helped X, said": not "after Beijing,".
_LAST_CLAUSE = re.compile(r",|\b(?:after|before|when|while|as|because|since|although|if|that|and|but|or|who|which)\b")


def _said_after(after: str) -> bool:
    """True when ``after`` is an inverted attribution to the end of the sentence: "said a police officer."."""
    m = _SAID_AFTER.match(after)
    return m is not None and not has_verb(m.group("who"))


def _lower_verb(text: str) -> bool:
    """True when ``text``'s main clause (past an opening phrase) holds a finite verb in lower case: a name is no verb
    ("Haji Saeed", "Ahmed")."""
    return any(text[i:i + 1].islower() for i in main_verbs(text))


def _predicate_item(opening: str, piece: str) -> bool:
    """True when ``piece`` is an item of a list of predicates after the clause ``opening``: a finite verb with no subject
    ("Kim landed, went to the palace, and ..."), whose ", and" may not go without leaving "landed, went"."""
    first = piece.split()[:1]
    return bool(first) and first[0].islower() and is_verb(first[0]) and first[0] not in AUX and _lower_verb(opening)


_RESUMES = re.compile(r",\s+(?:into|onto|to|from|of|for)\s")  # the verb's complement after an insertion




def segment_edit(text: str, c: int, nxt: int, end: int, first_piece: str) -> Edit | None:
    """The edit that deletes the comma piece ``text[c:nxt]`` (``nxt == end``: it runs to the end)."""
    piece = text[c + 1:nxt].strip()
    toks = piece.split()
    if ";" in unquoted(piece):
        return None  # "building, boosted by X; mining, encouraged by Y": the piece runs into the list's next item
    if not toks or c == len(first_piece) and text.lstrip("“\"'‘ ").split(" ", 1)[0].lower() in SUBORDINATE:
        return None  # "When X slipped, panicked Democrats urged him": after an opening clause comes the main one
    head = toks[0].lower().strip("“\"'`(")
    words_ = [w.lower() for w in toks]
    trailing = nxt == end
    after = text[nxt + 1:].lstrip()
    # A bracketing piece loses both commas, unless another modifier follows ("Kim, 41, the leader, said").
    first_after = after.split(" ", 1)[0].lower()
    stacked = (first_after in DETERMINERS | RELATIVE | SUBORDINATE | {"and", "or", "but"} or after[:1].isupper()
               or after[:1].isdigit())
    # An aside inside an open appositive keeps the comma that closes it ("X, an adviser to Y, who ..., invaded").
    # Not when the piece before is the subject after an opening phrase ("Today, a leading figure in the effort,
    # who asked not to be named, said"): deleting the relative clause must take its comma, not leave ", said".
    opening = text[:max(0, c - len(first_piece) - 1)].strip()
    lead_word = opening.split(" ", 1)[0].lower()
    after_preamble = bool(opening) and "," not in opening and (bool(re.match(rf"^(?:{PREAMBLE_WORDS})\b", opening, re.I))
                                                              and len(opening.split()) <= 8 and not has_verb(opening)
                                                              or opening_clause(lead_word))
    nested = (bool(first_piece.strip()) and first_piece.strip().split()[0].lower() in DETERMINERS and c > len(first_piece)
              and not after_preamble) or bool(re.search(r",\s*\d{1,3}$", text[:c])) or (  # "Hurn, 64, who ..., was": one comma stays
        not after_preamble and _open_subject(opening, first_piece)) or (  # "The spokesman, Abdul Wahid, brother of X, said"
        _said_after(after) and _lower_verb(text[:c])) or (  # "ordered by Kim, brother of X, said a police officer"
        clause_subject(opening, first_piece))  # "comes as a senator, Kim Lee, who ..., questioned it": Kim's comma stays
    span_end = end if trailing else nxt + (not stacked and not nested)
    # A preamble is a short verbless phrase with no quotation ("In the letter"), not a quoted clause.
    preamble = (bool(re.match(rf"^(?:{PREAMBLE_WORDS})\b", first_piece.strip(), re.I)) and len(first_piece.split()) <= 8
                and not re.search("[\"“”]", first_piece) and not has_verb(first_piece))
    # A middle piece goes only when the clause goes on with its verb ("Kim, who ..., said"), or after a
    # preamble ("In the letter, which ..., Putin said"): not in a list ("A, which ..., B and C").
    second = (after.split()[1:2] or [""])[0].lower()
    present = (first_after.endswith("s") and not first_after.endswith(("ss", "us", "is", "'s", "’s"))
               and (second in OBJECT_OPENERS or second[:1].isdigit()))  # "..., plans to", "..., faces a"
    continues = is_verb(first_after) or present or (first_after.endswith("ly") and not stacked  # "..., quickly agreed",
                                                    and first_after not in _FOCUS)  # not "..., especially those"
    if head in RELATIVE and (len(toks) == 1 or toks[1][:1].isupper() or head == "whose") and len(toks) <= 2 \
            and not has_verb(piece) and (head == "whose" or continues and not trailing):
        return None  # "Miller, whose breathless, spoonfed accounts helped", "in Rio, where Ortiz, is attending": a
        # verbless piece is not the whole clause (a stray comma splits it; its verb comes after)
    if head in RELATIVE and not trailing and LIST_TAIL.match(text, nxt):
        return None  # "delegates, who wore turbans, tailored suits and headscarves, agreed": the list is the clause's
    if head in RELATIVE and unclosed_relative(piece):
        return None  # "the Roe Times, which ran the papers had withdrawn them": the main clause goes on in the piece
    if head in RELATIVE and (trailing or continues or (preamble and stacked)):
        return Edit(c, span_end, "", 0.2, "relative")
    if head in RELATIVE and not has_verb(after) and not re.search(r"\b(?:and|or)\b", after):  # "Kim, who met the PM, Kevin Rudd, at the finish": all of it goes
        return Edit(c, end, "", 0.2, "relative")
    if not trailing and not (c == len(first_piece) and preamble):
        aside = _bracketed_aside(text, c, toks, words_, after)
        if aside:
            return Edit(c, nxt + (not nested), "", 0.3, aside)
    if trailing and _VAGUE_SOURCE.fullmatch(piece.rstrip(" .!?")):
        return Edit(c, end, "", 0.0, "attribution")  # "..., it was reported.": no one is named
    if re.fullmatch(r"\d{1,3}", piece):
        return Edit(c, span_end, "", 0.0, "age")
    # "..., often riding at the front": an adverb of habit may stand before the participle.
    lead = words_[1] if len(toks) > 2 and head in _FREQUENCY | _RESULT and words_[1].endswith("ing") else head
    participle = toks[0].islower() and "-" not in lead and ((lead.endswith("ing") and lead not in NOT_PARTICIPLE) or lead.endswith(
        "ed") and lead not in NO_PASSIVE)  # ", seemed to agree": never passive; ", hard-working and": an adjective
    if (toks[0].islower() and lead == head and head in IRREGULAR_PARTICIPLES and not trailing and continues and len(toks) > 2
            and c == len(first_piece) and not has_verb(first_piece)):
        return Edit(c, span_end, "", 0.35, "participial")  # "The talks, held behind closed doors, ended": the subject's aside
    # After a complete clause, not "Kim, 41, arrived"; at the end or before the verb, never inside a list
    # ("avoided X, mixing with A, B and C").
    # "one of the compounds, compound 1, showed promise": after a verbless aside an -ed word is the subject's verb.
    aside_before = trailing and lead.endswith("ed") and "," in text[:c] and (
        not has_verb(text[:c].rsplit(",", 1)[1]) or participle_aside(text[:c]))
    series = not trailing and is_verb(first_after) and first_after not in AUX and _lower_verb(_LAST_CLAUSE.split(text[:c])[-1])
    series = series or lead in SAY_VERBS and words_[1:2] not in (["by"], ["to"])  # "Kim, chief of X, where Y is, added Z"
    series = series or trailing and "," in text[:c] and bool(re.match(r"\s*[a-z]{3,}ed\s", text[:c].rsplit(",", 1)[1]))  # "have caused X, killed Y, wiped out Z"
    if participle and len(lead) > 4 and (lead == head or trailing) and not aside_before and not series and (
            (trailing and has_verb(text[:c])) or (continues and not trailing)):
        return Edit(c, span_end, "", 0.35, "participial")
    gerunds = re.match(r"\s*[\w'’-]+ing\b", re.split(r"[,;:]", text[:c])[-1])  # "Booking cars, running a house, ...": a list
    paired = len(words_) > 2 and words_[1] in ("and", "or")  # "made profane, disparaging and threatening remarks": modifiers
    if (participle and not trailing and lead.endswith("ing") and len(lead) > 4 and "-" not in lead and len(toks) > 1
            and not paired
            and not gerunds and has_verb(text[:c])
            and not has_verb(text[nxt:end]) and not _QUOTED.search(text, nxt, end)
            and not _RESUMES.match(text, nxt)):  # "ordered 70 people, including a couple, into quarantine"
        # "..., killing five people, including three policemen.": a trailing participle with the verbless
        # pieces that hang on it (a list, an example, an appositive) goes whole, up to the end.
        return Edit(c, end, "", 0.35, "participial")
    if trailing and head in SUBORDINATE and not time_bound(piece):  # not "..., until June": a date the verb runs to
        return Edit(c, span_end, "", 0.6, "subordinate")
    if (head in SUBORDINATE and not trailing and len(toks) <= 8 and (first_after == "to" or is_verb(first_after))
            and first_after not in AUX and not has_verb(piece) and any(w.endswith("ing") for w in words_[1:3])):
        # "was asked, while training in France, to provide": a reduced clause between the verb and its object
        return Edit(c, nxt + 1, "", 0.5, "subordinate")
    if (head in SUBORDINATE and not trailing and not preamble and not has_verb(text[:c]) and c == len(first_piece)
            and len(toks) <= 12 and (continues or first_after in AUX)):
        # "Mr Lee, despite being warned twice by the examiner, did not stay": an aside between subject and verb
        return Edit(c, span_end, "", 0.45, "subordinate")
    if trailing and head in ("and", "or", "while", "whereas", "so") and len(toks) >= 5 and has_main_verb(text[:c]) \
            and not (head in ("and", "or") and (list_item_before(text[:c]) or _predicate_item(opening, first_piece)
                                                or not has_verb(piece))):  # "discuss A, B, or anything else": an object
        # "but" carries the news; "Sevan, who ran it, and Ross were told": a subject's second half is no clause
        return Edit(c, span_end, "", 0.8, "coordinate")
    infinitive = head == "to" and len(toks) > 1 and toks[1].islower() and toks[1] not in DETERMINERS | _NOT_VERB and not (
        toks[1][:1].isdigit())  # "asked doctors ..., to watch for flu": the verb's complement, the fact itself
    goal = head in ("from", "to", "into", "onto") and bool(GOAL_VERB.search(text[:c]))  # "bringing its app, X, to Y"
    if trailing and head in _ADJUNCT and len(toks) >= 3 and has_verb(text[:c]) and not has_verb(piece) and not (infinitive or goal):
        return Edit(c, span_end, "", 0.75, "adjunct")  # "..., for fear of giving the impression ..."
    opener = text.split(" ", 1)[0].lower()
    if trailing and (opener in SUBORDINATE or opener.endswith("ing") and len(opener) > 5 and opener not in NOT_PARTICIPLE) \
            and "," not in text[:c]:
        return None  # "As Kim showed, there is ...", "Recognising that X, Apple improves ...": the last piece is the main clause
    possessive = head.endswith(("'s", "’s")) and head not in _CONTRACTION
    appositive = (
        (head in DETERMINERS or toks[0][:1].isupper() or possessive or head in ROLES)  # ", spokesman for X,"
        and len(piece) <= 80 and len(toks) <= 12 and not LAST_ITEMS.search(piece) and words_[-1] not in RELATIVE  # "a shooter which,"
        and not (head in ("then", "now", "also") and not text[:c].split()[-1][:1].isupper())  # "it is after, then the banks,"
        and not any(w in AUX or w in SAY_VERBS or is_verb(w) for w in words_)  # ", the members stood in the way"
        and (continues or (head in DETERMINERS and not trailing) or not any(w in ("and", "or") for w in words_))  # no list item
        and not preamble and not INCLUDING.match(text[:c].rsplit(",", 1)[-1])  # "including A, B and C, had": list items
        and not name_list(text[:c], toks)  # "with Shapiro, Baden, Kaplan, famed scientist Lee and": names of a list
        and not re.search(r"\b(?:say|for example|for instance|e\.g\.)$", text[:c])  # "made by, say, the Flip,": the object
    )
    rel = next((i for i, w in enumerate(words_) if w in RELATIVE), 0)
    if (trailing and head in ("a", "an", "the") and 1 < rel <= 8 and not has_verb(" ".join(toks[:rel]))
            and has_verb(text[:c]) and text[:c].split()[-1][:1].isupper()):
        # "..., to judge Ann Holt, a veteran who presided over ...": who the named person is, not the fact
        return Edit(c, span_end, "", 0.35, "appositive")
    named = all(t[:1].isupper() for t in toks) or (  # "the appointee, US lawyer Ann Ray, said": who says it
        first_after in SAY_VERBS and len(toks) > 2 and all(t[:1].isupper() for t in toks[-2:]))
    described = _DESCRIBED.match(text[:c].rsplit(",", 1)[-1]) and not has_verb(text[:c].rsplit(",", 1)[-1])
    if appositive and named and (text[:c].split()[-1:][0][:1].islower() or described):
        return None  # "her doctor, Conrad Murray, said", "The speaker of the House, Kim Lee, is": the name is the actor
    if appositive and not trailing and "," not in text[:c] and opening_clause(opener):
        return None  # "Speaking after the verdict, the Paralympian, asked ..., paused": the subject after an opening clause
    if appositive and trailing and OPEN_CONDITION.search(text[:c]):
        return None  # "found that if it is left in the sun, the casing warps": the main clause comes back
    if appositive and (trailing or continues):
        return Edit(c, span_end, "", 0.3, "appositive")
    return None


_DESCRIBED = re.compile(r"\s*(?:the|a|an)\s+[a-z]", re.I)  # a description the name after it is apposed to
# Adverbs that open a noun phrase after a comma ("..., especially those from the poorer streets"), not a verb's.
_FOCUS = frozenset("especially particularly notably mainly mostly chiefly largely primarily principally".split())
