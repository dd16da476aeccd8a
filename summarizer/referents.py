"""Lines that need an earlier sentence: pronoun and connective openers, speakerless quotes.

A digest line is read alone. One that opens with "He", "They", "This" or "But", or with a quotation whose speaker is
not in the line, leans on a sentence the reader never saw. :func:`antecedent` finds the person an article's previous
sentences name, only when they name exactly one (precision first: a wrong name misleads, a pronoun only puzzles), so
"He said ..." can become "Conrad Murray said ..."; :func:`needs_context` tells the caller when a line still leans on
context, so it can be skipped or demoted.
"""
from __future__ import annotations

import re
from functools import lru_cache

from summarizer.chunks import AUX, PLURAL_PRESENT, PRESENT, ROLES, SAY_VERBS, has_verb, is_verb
from summarizer.lexicon import LEGISLATORS, MONTHS, WEEKDAYS
from summarizer.possiblenames import name_candidates
from summarizer.quotes import unquoted
from summarizer.text import STOP_WORDS, words

OPENER = re.compile(r"^(?:he|she|they|it|this|that|these|those|his|her|their|its|but|and|yet|so|however|also)\b", re.I)
_QUOTE_OPEN = re.compile(r"^[“\"‘'`]")

_TITLE = (r"(?:Mr|Mrs|Ms|Dr|Prof|Professor|Judge|Justice|President|Senator|Sen|Rep|Gov|Governor|General|Gen|"
          r"Chancellor|Minister|Secretary|Chairman|Chief|Detective|Officer|Captain|Colonel|Sheriff|Mayor|Pope|"
          r"King|Queen|Prince|Princess|Lord|Lady|Sir|Dame|Prime Minister|Foreign Minister|Attorney General)")
_CAP = r"(?:Mc|O')?[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?\b(?!['’]\w\w)|[A-Z]\."
_NAME = re.compile(rf"\b(?:(?P<title>{_TITLE})\.?\s+)?(?P<name>(?:{_CAP})(?:\s+(?:{_CAP})){{0,3}})")
_MALE, _FEMALE = frozenset("Mr Sir Lord King Prince".split()), frozenset("Mrs Ms Miss Lady Dame Queen Princess".split())
# Capitalised words that make a name a place, a body, a date or a sentence opener, not a person.
NOT_PERSON = frozenset(
    """The A An In On At For From By With After Before As When While If But And Or So Yet This That These Those It
    Its His Her Their He She They We I You Our My There Here What Who Why How Where Which Organisation Organization
    Department Ministry Court House Police University Party Company Inc Corp Group Bank News Times Post Commission
    Airlines Council Committee Office Agency Service Association United States Republic North South East West New Board
    National International Federal Union Government Congress Senate Parliament Army Navy Force Forces Street City
    County State Hospital School Church Club Team Games Olympic Olympics Cup League Foundation Institute Centre
    Center Journal Magazine Network Radio Television TV Reuters Press Associated Mail Guardian Telegraph Herald
    Tribune BBC CNN God Christmas Easter Internet Web Apple Google Microsoft Facebook Twitter Los Las San Santa Hong
    Sri Saudi Angeles York Jersey Washington London Paris Beijing Moscow Kong Wales England Britain America""".split()
) | WEEKDAYS | MONTHS
_TITLE_WORDS = frozenset(_TITLE.strip("(?:)").replace(" ", "|").split("|"))
# An opening phrase before the subject: a preposition or subordinator, anything up to a comma that ends it.
_OPENING = re.compile(r"^(?:(?:In|On|At|After|Before|During|Following|Speaking|Writing|Asked|When|While|As|From|With|"
                      r"Since|Later|Earlier|Meanwhile|Separately|However|Instead)\b[^.;:!?\"“”]*)?,\s+(?:\w+\s+){0,3}$")
_PRONOUN_SUBJECT, _POSSESSIVE = re.compile(r"^(?P<p>He|She)\b(?=\s+[a-z])"), re.compile(r"^(?P<p>His|Her)\s+(?=[a-z])")
# A person's noun and a preposition before a name: not the subject ("The father of", "A lawyer for", "The MP for <seat>").
_OF_WHOM, _WHO = re.compile(r"\b([A-Za-z]+)\s+(?:of|for|to|with|from)\s*$"), ROLES | {"aide", "friend", "official", *LEGISLATORS}


def _persons(sentence: str) -> list[tuple[str, str]]:
    """(name, title) of person-like names in ``sentence``: a title and a name, or two or more capitalised words."""
    out: list[tuple[str, str]] = []
    for m in _NAME.finditer(sentence):
        tokens = m.group("name").split()
        title = m.group("title") or ""
        while tokens and (tokens[0] in NOT_PERSON or tokens[0].lower() in STOP_WORDS):
            tokens, title = tokens[1:], ""
        if not tokens or any(t in NOT_PERSON for t in tokens):
            continue
        if title and len(tokens) == 1:
            out.append((f"{title} {tokens[0]}", title))
        elif len(tokens) >= 2:
            out.append((" ".join(tokens), title))
    return out


# A lone capitalised word as the subject: "In the letter, Putin said ...", "Kim added ...".
_LONE_SUBJECT = re.compile(r"(?:^|,\s)(?P<name>(?:Mc|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?P<verb>[a-z]+)\b")


def _surname_subject(sentence: str, earlier: list[str]) -> list[tuple[str, str]]:
    """The subject of ``sentence`` when it is a lone name ("Putin said", "Kim said") that an earlier sentence gave
    as part of a person's full name ("Vladimir Putin", "Kim Jong Un": a family name may come first):
    [(name, title)], else []."""
    people = {part: title for s in earlier for name, title in _persons(s) for part in name.split()[-3:]
              if part not in _TITLE_WORDS}
    for m in _LONE_SUBJECT.finditer(sentence):
        name, verb = m.group("name"), m.group("verb")
        if name in NOT_PERSON or not is_verb(verb):
            continue
        if name in people:
            return [(name, people[name])]
    return []


def _subject(sentence: str, name: str, verb_after: bool = False) -> bool:
    """True when ``name`` reads as the subject of ``sentence``: what comes before it is an opening phrase or a few
    verbless words; with ``verb_after``, a verb must follow the name ("Ed Chan said", not "Dr Kern's lawyer")."""
    at, last = sentence.find(name), sentence.find(name.split()[-1])
    before = sentence[:at if at >= 0 else last]
    if _OPENING.match(before):
        before = before[before.rfind(",") + 1:]  # "In his message, published by KCNA, Kim said": an opening phrase
    if has_verb(before) or re.search(r"\b[a-z]{3,}s\s*$", before) or len(before.split()) > 6:
        return False  # "In the film, Franken accuses George Bush": the name is the object
    after = sentence[last + len(name.split()[-1]):]
    head, owner = _OF_WHOM.search(before), re.match(r"['’]s?\s+((?:[a-z]+\s+){0,2}[a-z]+)", after)
    if any(w in _WHO or w[:-1] in _WHO for w in (head.group(1).lower().split() if head else []) + (owner.group(1).split() if owner else [])):
        return False  # "The father of Jo Roe said", "A lawyer for Jo Roe", "Jo Roe's former aide said": another speaks
    nxt = after.split()[:1]
    return not verb_after or bool(nxt) and nxt[0] in SAY_VERBS | {"testified"}  # the one reporting: "He added ..."


def antecedent(context: str | list[str], pronoun: str = "") -> str:
    """The person who is the subject of the sentence just before a line, when it names no one else; else "".

    Precision first (a wrong name misleads, a pronoun only puzzles): only the subject of the previous sentence is
    taken, and a title that contradicts ``pronoun`` ("She" after "Mr Lee") gives "". """
    sentences = [context] if isinstance(context, str) else list(context)
    if not sentences:
        return ""
    previous = " ".join(unquoted(sentences[-1]).split())  # a name inside a quotation is not who speaks after it
    found = _persons(previous)
    if not found:
        found = _surname_subject(previous, sentences[:-1])
    if len({name.split()[-1] for name, _ in found}) != 1:
        # Several people: the one who speaks, whose name the verb of saying follows ("Dr Kern's lawyer Ed Chan said").
        found = [(name, title) for name, title in found if _subject(previous, name, verb_after=True)]
        if len({name.split()[-1] for name, _ in found}) != 1:
            return ""
    name, title = found[0]
    if not _subject(previous, name):
        return ""  # the person is not the subject ("Port union leader Rui Matos called ...")
    if _reported_by_other(previous, name):
        return ""  # "Kim will stand trial, the court's spokesman confirmed": "he" may be either
    female = pronoun.lower() in ("she", "her")
    if (female and title in _MALE) or (not female and title in _FEMALE):
        return ""
    said = set(words(previous))  # the previous sentence's own pronouns tell the person's gender
    if (female and said & {"he", "his", "him"} and not said & {"she", "her"}) or (
            not female and said & {"she", "her"} and not said & {"he", "his", "him"}):
        return ""
    return name


# A reporting clause after the subject's clause: ", the court's spokesman confirmed", ", according to officials".
_REPORTING = re.compile(r"[,;]\s+(?:according to\s+(?P<acc>[^,;.]{2,60})|(?P<who>(?:[\w'’.-]+\s+){1,6}?)(?:has\s+|had\s+)?"
                        r"(?:said|says|confirmed|confirms|added|adds|told|tells|announced|announces|reported|explained|"
                        r"insisted|stated|claimed|claims)\b)")
_PEOPLE = frozenset("aide aides lawyers officials spokesmen witness witnesses investigator investigators".split())


def _reported_by_other(sentence: str, name: str) -> bool:
    """True when ``sentence`` reports what it says through someone other than ``name``: a pronoun after it may be
    the one reporting ("Kim faces trial, the court's spokesman confirmed. “..,” he said.")."""
    last = name.split()[-1]
    for m in _REPORTING.finditer(sentence):
        who = (m.group("acc") or m.group("who") or "").split()
        if last in who or not who:
            continue
        if who[-1].lower() in ROLES or who[-1].lower() in _PEOPLE or len(_persons(" ".join(who))) == 1:
            return True  # a person ("the court's spokesman", "Jo Bloggs"), not a body or a paper ("Yonhap reported")
    return False


# "The umbrella organisation has ...": a definite description of one to three lower-case words as the subject.
_DEFINITES = tuple(re.compile(rf"^The\s+(?P<desc>[a-z][\w-]*(?:\s+[a-z][\w-]*){{{n}}})\s+(?P<next>[a-z]+)\b") for n in (0, 1, 2))
_NAMED = r"(?P<name>(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of\s+)?[A-Z][\w.&'’-]*){0,4})"
# "In Damascus, the prime minister said", "However, the firm has": no apposition, which a mark, relative or preposition ends.
_NOT_AFTER, _CLOSED = "".join(rf"(?<!\b{p} )" for p in "in at of to on from near into".split()), \
    r"(?=\s*(?:[,;:.)—–]|\s-\s(?![a-z])|$)|\s+(?:who|which|whose|that|of|for|in|at|on|from|with|based|known|called|and)\b)"


_VERBISH = ("says", "has", "will", "is", "was", "plans", "wants")
# Capitalised words that open a sentence or a phrase, never a name ("In London", "After Enron").
_OPENERS = frozenset("""In On At For From By With After Before As When While If But And Or So Yet This That These
    Those It Its His Her Their He She They We I You Our My There Here What Who Why How Where Which Like Unlike
    However Meanwhile Moreover Indeed Instead Nevertheless Still Also Now Then Today Yesterday""".split())


@lru_cache(maxsize=1024)
def _apposition(desc: str) -> re.Pattern[str]:
    """A name given the description ``desc`` in apposition ("The DEC, an umbrella organisation"; cached)."""
    return re.compile(rf"{_NOT_AFTER}{_NAMED}(?:\s+\([A-Z]+\))?(?:\s*,|\s+[-—–])\s+(?:an?|the)\s+{re.escape(desc)}\b{_CLOSED}")


def named_description(line: str, context: str | list[str]) -> str:
    """``line`` with an opening definite description ("The umbrella organisation has ...") replaced by the name an
    earlier sentence gave it in apposition ("The DEC, an umbrella organisation which ..."); the nearest sentence
    that names one wins; else ``line`` unchanged."""
    m = next((d for d in (p.match(line) for p in _DEFINITES) if d and (is_verb(d.group("next")) or d.group("next") in _VERBISH)), None)
    if not m:
        return line
    desc = m.group("desc")
    # Only sentences that hold the description word for word can name it (one pattern compiled, when any does).
    sentences = [s for s in reversed([context] if isinstance(context, str) else list(context)) if desc in s]
    for sentence in sentences:
        found = _apposition(desc).search(sentence)
        tokens = found.group("name").split() if found else []
        while tokens and tokens[0] in _OPENERS:
            tokens = tokens[1:]  # "In London, the capital, ...": the preposition is no part of the name
        if tokens and tokens[-1] not in ("The", "A", "An"):
            name = " ".join(tokens)
            return name[0].upper() + name[1:] + line[m.end("desc"):]
    return line


# The subject of a sentence when it is a body or a thing by its name: an acronym ("The FO said"), or capitalised words
# after "The" or holding a word of a body ("The Foreign Office has", "Acme Holdings said"), before a verb.
_THING = re.compile(r"^(?P<name>(?:The\s+)?(?:[A-Z][\w&'’.-]*\s+){0,4}?[A-Z][\w&'’.-]*)\s+(?:has|had|is|was|will|would|"
                    r"said|says|[a-z]+(?:ed|es))\b")
_BODY_WORDS = frozenset("""Department Ministry Court House Police University Party Company Inc Corp Group Bank Council Committee
    Office Agency Service Association Government Congress Senate Parliament Army Navy Force Hospital School Church Club
    Team League Foundation Institute Centre Center Commission Board Authority Organisation Organization Fund Union
    Airlines Holdings Ltd Plc""".split())


def thing_antecedent(context: str | list[str]) -> str:
    """The body or thing that is the subject of the sentence just before a line ("The Foreign Office has ..."), to name
    an opening "It"; "" when that subject is a person, a description ("The government"), or not read."""
    sentences = [context] if isinstance(context, str) else list(context)
    m = _THING.match(" ".join(unquoted(sentences[-1]).split())) if sentences else None
    if not m:
        return ""
    tokens = m.group("name").split()
    named = tokens[1:] if tokens[0] == "The" else tokens
    if not named or named[0] in _OPENERS or re.fullmatch(_TITLE, named[0]) or not all(t[0].isupper() for t in named):
        return ""
    acronym = len(named) == 1 and named[0].isupper() and len(named[0]) >= 2
    if not (acronym or set(named) & _BODY_WORDS or (tokens[0] == "The" and len(named) >= 2)):
        return ""  # "Ms Wilmshurst said", "Acme said": a person, or a lone word that may be one
    return " ".join(tokens)


# A pronoun subject ("It said", "They have", "He told"): the next word is lower-case.
_PRONOUN_OPEN = re.compile(r"^(?:He|She|It|They)\s+[a-z]")
# "It is unclear whether ...", "It was not immediately clear if ...", "It is hard to say": an "it" pointing at nothing.
_EXPLETIVE = re.compile(r"^It(?:['’]s|\s+(?:is|was|has been|had been|will be|would be|remains|seems|appears))(?:\s+not)?"
                        r"(?:\s+\w+ly)?\s+(?:\w+(?<!ed)\s+to|\w+\s+(?:that|whether|if|when|how|why|what|who))\b")


def pronoun_subject(line: str) -> bool:
    """True when the line's subject is "He", "She", "It" or "They" (an expletive "It is unclear whether" aside): whom
    it means is in a sentence the reader never saw (what could be named, :func:`resolve` named)."""
    line = line.strip()
    return bool(_PRONOUN_OPEN.match(line)) and not _EXPLETIVE.match(line)


# A pronoun speaker after the words it reports: "The meat is eaten, he says, by visitors", "..., she said on television."
_SPEAKER = re.compile(r",\s+(?P<p>he|she)\s+(?:said|says|added|adds|told|tells|argued|argues|insisted|insists|warned|warns|"
                      r"explained|explains|noted|notes|believes|thinks)(?=(?:\s+(?:on|in|at|during|after)(?:\s+(?!that\b)[\w'’-]+)"
                      r"{1,4})?\s*(?:[,.;]|$))")  # not "he said the ...", "he said in May that ..."


def pronoun_speaker(line: str) -> re.Match[str] | None:
    """The "he"/"she" who says the line, set off after its words, when the line names no one who could be meant (no
    :func:`~summarizer.possiblenames.name_candidates` but days, months, bodies: "Smith will appeal, he said" may mean Smith)."""
    m = _SPEAKER.search(line)
    if m is None:
        return None
    named = any(w not in NOT_PERSON for w in name_candidates(unquoted(line)))
    return None if named else m


def resolve(line: str, context: str | list[str]) -> str:
    """``line`` with an opening "He"/"She"/"His"/"Her" replaced by the antecedent's name, an opening "It" by the body
    the previous sentence is about (:func:`thing_antecedent`), a speaker set off after the words (:func:`pronoun_speaker`)
    by the antecedent's name, or an opening definite description by the name an earlier sentence gave it."""
    if line.startswith("It ") and pronoun_subject(line):
        thing = thing_antecedent(context)
        return thing + line[2:] if thing else line
    m = _PRONOUN_SUBJECT.match(line) or _POSSESSIVE.match(line)
    if not m and (said := pronoun_speaker(line)) and (who := antecedent(context, said.group("p"))):
        return line[: said.start("p")] + who + line[said.end("p"):]  # "..., he says, ..." -> "..., Jo Roe says, ..."
    if not m:
        return named_description(line, context)
    name = antecedent(context, m.group("p"))
    if not name or re.search(rf"\b{re.escape(name.split()[-1])}\b", line[m.end():]):
        return line  # "He had a fever, Tsang said": the one the line names is not the "he" it opens with
    if m.group("p") in ("His", "Her"):
        return f"{name}’s {line[m.end():]}"
    return name + line[m.end():]


# A demonstrative pronoun subject, after at most a short opening adverbial: "That has included ...", "Until now that
# has included ...", "This is what ...". "This" before a noun is a determiner ("This year's budget ..."): the verb next
# (or after one adverb) tells the pronoun.
_DEMONSTRATIVE = re.compile(r"^(?:(?:[A-Z][a-z]+|[A-Z][a-z]+ [a-z]+|[A-Z][a-z]+ [a-z]+ [a-z]+),? )?"
                            r"(?P<d>[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)(?: (?P<adv>[a-z]+ly|also|still|now|too|already))? "
                            r"(?P<v>[a-z]+)\b")


def demonstrative_subject(line: str) -> bool:
    """True when the line's subject is a demonstrative pronoun ("That has included two countries ...", "Until now
    this has been ..."): what it points at is in a sentence the reader never saw, so the line cannot stand alone."""
    m = _DEMONSTRATIVE.match(line.strip())
    if not m or m.start("d") > 0 and m.group("d")[0].isupper():  # "Until now That ...": a glued title, not a subject
        return False
    before = line[: m.start("d")].strip()
    opening = before.strip(" ,").split()
    if opening and (opening[0] in _TITLE_WORDS or opening[0].lower() not in ADVERBIAL_OPENERS):
        return False  # "Kim said that is ...", "Ministers hope this will ...": the demonstrative sits in a clause
    if len(opening) > 1 and not before.endswith(",") and opening[-1] not in ("now", "then", "far"):
        return False  # "In a speech that will set ...": a relative pronoun after a noun; "Until now that ...": a subject
    if line[m.end("v"):].startswith(","):
        return False  # "That said, ...": a set phrase before the clause
    verb = m.group("v")
    if m.group("d").lower() == "those":  # "Those killed included ...": a noun phrase of its own; "Those are ...": a pronoun
        return verb in AUX
    return (is_verb(verb) or verb in PRESENT or verb in PLURAL_PRESENT) and verb not in ("been", "being")


# First words of a short opening adverbial before a subject: "Until now", "Since then", "In 2005", "So far".
ADVERBIAL_OPENERS = frozenset("""until since so by now in on at for after before yet still even and but all
    meanwhile however instead today yesterday already again later earlier""".split())


def needs_context(line: str) -> bool:
    """True when the line opens with a pronoun, a connective or a quotation (its speaker is not before it)."""
    line = line.strip()
    return bool(OPENER.match(line) or _QUOTE_OPEN.match(line))
