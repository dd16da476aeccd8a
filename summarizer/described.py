"""A description before a name the reader already knows: "the disgraced former cyclist Lance Armstrong" reads
"Lance Armstrong" once the channel has been told who he is; "the WikiLeaks founder, Julian Assange, urged" reads
"Julian Assange urged". An office stays ("President Hamid Karzai"): a report names its holder by it.

A description is a short run of words ending on a noun that names a person's calling ("founder", "cyclist"), after
"the", at the start of the sentence or after a preposition, right before a name of two or three capitalised words (or
before its comma, the name then closed by a comma). No verb, auxiliary, preposition, possessive, figure, quotation
or comma inside it. Each is a candidate (rule "described"): :func:`summarizer.compress.trim` applies it only when
:func:`name_told` says the name is no news to the reader, so a name told for the first time keeps the words that say
who it is.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from summarizer.chunks import AUX, PRESENT, ROLES, SUBORDINATE, is_verb
from summarizer.mainclause import SUBJECT_PRONOUNS as PRONOUNS
from summarizer.segments import Edit
from summarizer.text import canon, words

# Nouns that name a person by calling or standing; not an office ("President Karzai", "the UN humanitarian chief John
# Holmes", :data:`summarizer.chunks.ROLES`): a title is how a report names the holder of an office, and stays.
_CALLINGS = frozenset("""founder champion cyclist athlete sprinter runner rider star singer actor actress rapper
    musician whistleblower leaker contractor lawmaker campaigner activist billionaire tycoon entrepreneur designer
    producer novelist author writer player footballer boxer golfer cofounder co-founder boss magnate mogul
    icon legend veteran defendant suspect girlfriend boyfriend fiance fiancee model presenter host broadcaster
    comedian filmmaker journalist blogger hacker dissident cleric pastor strongman politician evangelist""".split()) - (
    ROLES - {"founder"})
# Words that open the phrase a description may follow: a preposition, no conjunction ("the Olympic and Paralympic
# star Kim": the description is coordinated), possessive or adjective.
_BEFORE = frozenset("of for with by to from about against on at in into after before between like than".split())
_NOT_INSIDE = AUX | _BEFORE | SUBORDINATE | PRONOUNS | frozenset(
    "a an this that these those his her its their who which and or but nor said says him them".split())
_NAME = r"[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){1,2}"
_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)+")  # capitalised words in a row
_TOKEN = re.compile(r"\S+")


def _allowed(word: str) -> bool:
    """True when ``word`` may stand inside a description: no verb, clause word, possessive, figure, comma or quotation."""
    return (word.lower() not in _NOT_INSIDE and word.lower() not in PRESENT and not is_verb(word.lower())
            and not word.endswith(("'s", "’s", ",")) and not re.search(r"[“”\"()]", word)
            and (not word[:1].isdigit() or bool(re.fullmatch(r"\d+-year-old", word))))


def _cut_start(text: str, tokens: list[re.Match[str]]) -> int | None:
    """Where the description made of ``tokens`` (the head last) may start: the longest run of allowed words before
    the head that opens the sentence, follows "the" (which goes too) or follows a preposition; a participle may
    open it ("the disgraced former cyclist"), not stand inside it ("he accused Bolivian president")."""
    best = None
    for i in range(len(tokens) - 1, max(-1, len(tokens) - 7), -1):
        word = tokens[i].group(0)
        inner = i == len(tokens) - 1 or _allowed(word)
        opener = inner or is_verb(word.lower()) and word.lower() not in AUX and word.isalpha()
        prev = tokens[i - 1].group(0) if i else ""
        if not opener:
            break
        if prev in ("the", "The"):
            return tokens[i - 1].start()
        if not prev or prev.lower() in _BEFORE:
            best = tokens[i].start()
        if not inner:
            break
    return best


def described_edits(text: str) -> Iterator[Edit]:
    """The deletion of a description before a name: "the WikiLeaks founder Julian Assange" -> "Julian Assange"."""
    for run in _RUN.finditer(text):
        names = run.group(0).split()
        roles = [i for i, w in enumerate(names[:-2]) if w.lower() in _CALLINGS]
        first = roles[-1] + 1 if roles else 0  # "Afghan President Hamid Karzai": the name follows the role
        if not 2 <= len(names) - first <= 3 or not all(re.fullmatch(r"[A-Z][a-z'’-]+", w) for w in names[first:]):
            continue
        name_at = run.start() + len(" ".join(names[:first])) + bool(first)
        comma = not first and text[:name_at].rstrip().endswith(",")
        head_end = text[:name_at].rstrip().rstrip(",")
        tokens = list(_TOKEN.finditer(head_end))[-8:]
        if not tokens or tokens[-1].group(0).lower().rstrip(",") not in _CALLINGS:
            continue
        start = _cut_start(text, tokens)
        if start is None or text[start:start + 4] in ("the ", "The ") and len(tokens) >= 2 and tokens[-2].group(0) in (
                "the", "The") and tokens[-1].group(0)[:1].isupper():
            continue  # "the President Kim": a title the name reads with
        if not comma:
            yield Edit(start, name_at, "", 0.1, "described")
            continue
        after = (text[run.end() + 1:].split()[:1] or [""])[0]
        lead = (text[:start].split()[-1:] or [""])[0].lower()
        finite = after in AUX or after in PRESENT or is_verb(after) and (not lead or lead in SUBORDINATE)  # not "off X, picked by"
        if text[run.end():run.end() + 1] == "," and (after == "to" or finite):
            # "the Afghan president, Hamid Karzai, to turn" -> "Hamid Karzai to turn": both commas go
            yield Edit(start, run.end() + 1, run.group(0), 0.1, "described")


def name_told(text: str, edit: Edit, keep: Iterable[str]) -> bool:
    """True when the name ``edit`` leaves (its replacement, or the capitalised words right after it) holds no term
    new to the reader (``keep``); False when ``keep`` is empty (the caller told nothing of what is new)."""
    keep = set(keep)
    m = re.compile(_NAME).match(edit.repl or text[edit.end:])
    return bool(keep) and m is not None and not any(c in keep for c in (canon(w) for w in words(m.group(0))) if c)
