"""Spaced hyphens used as dashes: asides a headline leaves out.

Many feeds type a dash as a spaced hyphen ("his third album - a tribute to Lowmere folk songs - next
spring"), and tokenised text spaces the hyphen of a compound too ("anti - doping", "19-year -
old"). A spaced hyphen is read as a dash only when a phrase opens after it: a determiner, a
pronoun, a preposition, a conjunction, a relative or a sentence adverb ("- the latest in a
series of spats"), never a word that may be the second half of a compound, and no such hyphen
closes an aside ("- which has built - in iPod ... -" closes at its third hyphen). An aside between two
such dashes, or one that runs from a dash to the end of the sentence, is proposed for deletion;
:func:`summarizer.compress.trim` checks what every deletion leaves.
"""
from __future__ import annotations

import re
from typing import Iterator

from summarizer import gluewords as W
from summarizer.chunks import AUX, SAY_VERBS, has_verb
from summarizer.segments import Edit

# Words a phrase after a dash opens with; none is the second half of a compound.
PHRASE_OPENERS = frozenset(
    """the a an his her its their our my this that these those which who whose where when and but or not even
    including with as in on at for from by to only perhaps possibly probably reportedly now then once after before
    while although though because if like such he she it they we i you one some many most all both each every
    another yet so nor what how since until during without against despite among amid about under over into
    through""".split())
_SPACED = re.compile(r"\s-\s")
_LIST_END = re.compile(r"\s*(?:and|or)\s")
_WORD = re.compile(r"[\w'’]+")


# Second halves of compounds that are also phrase openers: "no - one", "sought - after", "run - up", "built - in".
_PARTICLES = frozenset("one after up in out off over on down by".split())
_FIRST_HALVES = frozenset("no some any every run follow set take build built sought break lead cut hand drop knock stand kick "
                          "lay write check log round sit spin mark hold pile walk sell shake push fall fly drive lock roll "
                          "sign start stop turn".split())  # "knock - on effect", "a potential stand - by"


def particle_compound(text: str, at: int) -> bool:
    """True when the spaced hyphen at ``at`` joins a compound whose second half is a particle ("no - one", "built -
    in", "sought - after", "run - up", "a hands - on boss"): a lower-case first half that takes one, or any after "a",
    never a dash."""
    m = _WORD.match(text, at + 3)
    before, article = text[:at].rsplit(" ", 1)[-1], text[:at].split()[-2:-1]
    return m is not None and m.group(0).lower() in _PARTICLES and before.isalpha() and before.islower() and (
        before in _FIRST_HALVES or (before.endswith("ed") or article in (["a"], ["an"]))  # "a hands - on manager"
        and m.group(0).lower() != "by")  # "was beaten - by a length" is a dash


def _opens_phrase(text: str, at: int) -> bool:
    """True when the word after the spaced hyphen at ``at`` opens a phrase (so the hyphen is a dash), not the
    second half of a compound ("no - one", "the most sought - after")."""
    m = _WORD.match(text, at + 3)
    return m is not None and m.group(0).lower() in PHRASE_OPENERS and not particle_compound(text, at)


def _goes_on(text: str, at: int) -> bool:
    """True when the word after the spaced hyphen at ``at`` goes on with the sentence: a phrase opener, a
    capitalised word, an adverb, an auxiliary or a verb of saying ("- quickly decided", "- said")."""
    m = _WORD.match(text, at + 3)
    word = m.group(0) if m else ""
    lower = word.lower()
    return lower in PHRASE_OPENERS | AUX | SAY_VERBS or word[:1].isupper() or lower.endswith("ly")


def dash_asides(text: str) -> list[tuple[int, int]]:
    """Spans of asides set off by spaced-hyphen dashes: from a dash that opens a phrase to the next spaced hyphen
    (its closing dash, included) or to the end of the sentence (its final punctuation excluded)."""
    hyphens = [m.start() for m in _SPACED.finditer(text)]
    out: list[tuple[int, int]] = []
    i, named = 0, -1  # named: a dash before names ("the big labels - Sony, EMI and Warner - to ...") not closed yet
    while i < len(hyphens):
        start = hyphens[i]
        if named >= 0:  # the names are what the noun before them means, and their closing dash opens no aside
            named, i = -1, i + 1  # ("the big labels - Sony, EMI and Warner - to drop ...")
            continue
        chained = i + 1 < len(hyphens) and len(_WORD.findall(text[start:hyphens[i + 1]])) < 2
        if not _opens_phrase(text, start) or chained:  # "print - out - and - keep": a compound
            after = text[start + 3:start + 4]
            if not chained and after.isupper() and text[:start].rsplit(" ", 1)[-1][:1].islower():
                named = start
            i += 1
            continue
        # The closing dash: the next spaced hyphen after which the sentence goes on (a phrase, a name, a verb of
        # saying), not the second half of a compound ("between the 19-year - old star").
        close = next((h for h in hyphens[i + 1:] if len(_WORD.findall(text[start:h])) >= 3 and _goes_on(text, h)
                      and not particle_compound(text, h)), None)  # not "- which has built - in iPod ... -"
        if close is None:
            out.append((start, len(text.rstrip(" .!?\"”’'"))))
            break
        out.append((start, close + 2))
        i = hyphens.index(close) + 1
    return out


def dash_edits(text: str) -> Iterator[Edit]:
    """Deletions of dash asides of three words or more: a closed one ("- a paean to American values -") costs
    little, one that runs to the end ("- the latest in a series of spats") a little more."""
    for start, end in dash_asides(text):
        inner = text[start + 3:end]
        if len(_WORD.findall(inner)) < 3 or re.search("[\"“”]", inner):
            continue
        closed = end < len(text.rstrip(" .!?\"”’'"))
        if (not closed and _LIST_END.match(inner) and "," in text[:start] and not has_verb(text[:start].rsplit(",", 1)[1])
                and not has_verb(" ".join(inner.split()[1:3]))):  # not "- and cited a series of reasons": a clause
            continue  # "will include faster access, satellite navigation - and a drop in price": the list's last item
        if closed:
            yield Edit(start, end, " " if text[end:end + 1] != " " else "", 0.1, "dash")
        else:
            yield Edit(start, end, "", 0.3, "dash")


def inside_dash_aside(text: str, at: int) -> bool:
    """True when offset ``at`` falls inside a dash aside that closes before the end of the sentence."""
    end = len(text.rstrip(" .!?\"”’'"))
    return any(s < at < e and e < end for s, e in dash_asides(text))


# An en or em dash (or "--") that opens an aside a second one closes before the clause's verb: "a bond paid before Roe
# was freed – and thought to be held by friends – had been lost" goes on after the pair (not "posted a letter – to
# which the advert links – arguing that ...": a participle's phrase follows, the clause before the pair is whole).
_PAIR = re.compile(r"\s*(?:[—–]|--)\s[^—–]*?\s(?:[—–]|--)\s+(?P<verb>[a-z]+)\b")
_RESUMING = W.AUX | W.FINITE | W.PAST | frozenset("did does do".split())


def opens_closed_pair(text: str, at: int) -> bool:
    """True when the dash at offset ``at`` (after optional spaces) opens an aside that a second dash closes right
    before a finite verb (an auxiliary, a past tense): the clause goes on after the pair, so no clause ends there."""
    m = _PAIR.match(text, at)
    return m is not None and (m.group("verb") in _RESUMING or m.group("verb").endswith("ed"))
