"""Lines whose subject is someone the line does not name: a pronoun, at the start or after an opening adverbial,
or a part of a group an earlier sentence gave.

"He told reporters ...", "In a rare interview, they told the Courier ...", "Among them are his sister ...",
"Both of them were ...", "Another quoted him as saying ...", "Others were less fortunate": whom the line means
is in a sentence the reader never saw. Condensing names what it can (:func:`summarizer.referents.resolve`); what
is still unnamed is no line. An opening that names the
person ("When Jo Roe arrived, she said ...", "When the minister arrived, he said ...") keeps the line. So is
a line that opens on a clause whose predicate an earlier sentence gave ("If she does, ...", "If so, ...",
"When they do, ..."): a subordinator, a pronoun and a bare auxiliary before the comma.
"""
from __future__ import annotations

import re

from summarizer.chunks import AUX, PAST_FORMS, PRESENT, TIME_WORDS, is_verb
from summarizer.referents import ADVERBIAL_OPENERS, NOT_PERSON, pronoun_speaker, pronoun_subject
from summarizer.trimmers import OPENING_WORDS

# A pronoun subject after an opening adverbial ("In a rare interview, they told ..."); a partitive whose whole is in
# an earlier sentence ("Among them are ...", "Both of them ...", "Of these, ...").
_OPENED = re.compile(r"^(?P<open>[A-Z][^,;:!?\"“”()]{1,70}),\s+(?P<p>[Hh]e|[Ss]he|[Ii]t|[Tt]hey)\s+(?=[a-z])")
# The same with no comma after a short opening ("Yesterday he led ...", "After 22 games they have ..."): a person only
# ("On Monday it emerged" is an expletive), and an opening with no verb ("After she left he ..." is a clause).
_OPENED_BARE = re.compile(r"^(?P<open>[A-Z][^,;:!?\"“”()\-–—]{1,40}?)\s+(?P<p>he|she|they)\s+(?=[a-z])")
_PARTITIVE = re.compile(r"^(?:(?:Among|Of)|(?:Both|All|Some|Many|Most|Several|None|Each|One|Two|Three|Neither|Either|"
                        r"Half|Few|Any)\s+of)\s+(?:them|these|those(?=,|\s+(?:are|were|is|was|have|had|will)\b))\b"
                        r"(?!,\s+[A-Z])")  # not "those hospitalized ...", a noun phrase; not "Two of them, Jo and Al, ..."
# An opening clause whose predicate was in an earlier sentence: "If she does, ...", "If so, ...", "When they do, ...".
_ELIDED = re.compile(r"^(?:(?:If|When|Unless|Until|Once|Because|Although|Though|As|Before|After)\s+(?:he|she|it|they|we|you|I|"
                     r"this|that)\s+(?:(?:do|does|did|is|are|was|were|has|have|had|will|would|can|could|should|might|must)"
                     r"(?:n['’]t|\s+not)?|won['’]t|can['’]t)|If\s+(?:so|not))\s*,\s+(?=\S)")
# A speaker's label before the line's words ("Agency: She was ..."): a person after it is as unnamed as at the start.
_LABELLED_PERSON = re.compile(r"^[^:“”\"]{3,60}:\s+(?:He|She|They)\s+[a-z]")
# Openings a pronoun subject may follow: a preposition or a subordinator as trimmers reads one ("Over two hours, he ...").
_LEADS = frozenset("during following speaking writing asked later separately among with without first".split()) | (
    OPENING_WORDS - {"like", "unlike"})
_DESCRIBED = frozenset("a an like unlike".split())  # "An unusual figure in Kabul, he ...", "Like the US, it ..."
_STILL = frozenset("now once still already formerly".split())  # before a description: "Now a congressman, he ..."
# Subordinators whose clause may hold the pronoun's person as its subject ("When the minister arrived, he ...").
_CLAUSAL = frozenset("when while as after before since until because although though if once".split())
_PRONOUNS = frozenset("he she they it his her their".split())
# "Another" or "Others" alone as the subject ("Another quoted Ada as saying ...", "Others were less fortunate"): one of
# a group an earlier sentence gave. A verb must follow at once: "Another witness said ..." names what it is.
_BARE_PART = re.compile(r"^(?P<one>Another|Others)\s+(?:also\s+|still\s+)?(?P<w>[a-z]+)\b(?!-)\s*(?P<next>\S*)")
_TIME_ALONE = frozenset("yesterday today tonight earlier later now then".split())
_TIME_HEADS = frozenset("on in at after before during since until by last this early late".split())
_SAYS = frozenset("say says said told added noted wrote".split())
_FUNCTION = frozenset("a an the his her its their this that these those to as in on at by for from with of about into "
                      "him them it he she they".split())


def _bare_part(line: str) -> bool:
    """The subject is a bare "Another" or "Others" before a finite verb. An "-ed" word before a noun describes it
    ("Another suspected case ...", "Another unexpected guest ...")."""
    m = _BARE_PART.match(line)
    if not m:
        return False
    word, after = m.group("w"), m.group("next")
    if word in AUX or word in PRESENT or word in _SAYS:
        return True
    noun_next = m.group("one") == "Another" and re.fullmatch(r"[a-z]+", after) is not None and after not in _FUNCTION
    return (word in PAST_FORMS or word.endswith("ed")) and not word.startswith("un") and not noun_next


def _opened_pronoun(line: str) -> bool:
    """The subject is a pronoun after an opening adverbial that names no one: capitalised words in it (after the first)
    are days, months or bodies, and an opening with a verb holds a pronoun too ("When she arrived, she ..."): "For a
    man whose world fell apart, he ..." describes whom "he" means."""
    m = _OPENED.match(line) or _OPENED_BARE.match(line)
    if not m or pronoun_subject(f"{m.group('p').capitalize()} {line[m.end():]}") is False:
        return False  # "In London, it is unclear whether ...": an expletive "it"
    if m.group("open").split()[0] == "With" and m.group("p") in ("It", "it"):
        return False  # "With hindsight, it made little difference ...", "With X falling, it will be hard to ...": expletive
    if re.match(r"[a-z]+,", line[m.end():]):
        return False  # "Now, she complains, Jo Roe is ...": a reporting clause set off, not the subject
    bare = line[m.end("open"):m.start("p")].strip() == ""  # no comma: "Yesterday he led ..."
    opening = m.group("open").split()
    if bare and not _timed(opening):
        return False  # "On a course she thinks will suit her Roe ...": only a time opens a clause without a comma
    if opening[0].lower() in _STILL and len(opening) > 1 and opening[1].lower() in _DESCRIBED:
        opening = opening[1:]  # "Now a congressman with the X party, he ...", "Once an ally of Y, she ...": a description
    first = opening[0].lower()
    if first in _DESCRIBED:  # a description or a comparison: whatever it names is not whom the pronoun means
        return not any(is_verb(w.lower()) for w in opening[1:])
    if not (first in ADVERBIAL_OPENERS or first in _LEADS or first in _CLAUSAL or first.endswith(("ly", "ing"))
            or opening[-1] in ("later", "earlier", "ago")):  # "Displaying ...,", "A month later,": adverbials too
        return False
    if any(w[:1].isupper() and re.sub(r"['’]s$|\.$", "", w) not in NOT_PERSON
           and not (m.group("p").lower() in ("he", "she") and _attributive(opening, i))
           for i, w in enumerate(opening[1:], 1)):
        return False  # "After Jo Roe spoke, she ...": the pronoun's person is in the line
    rest = [w.lower() for w in opening[1:]]
    return not any(is_verb(w) for w in rest) or bool(set(rest) & _PRONOUNS) and not bare


def _attributive(opening: list[str], i: int) -> bool:
    """The capitalised word ``opening[i]`` names a time or a thing after "the", before a noun ("During the Bush
    administration, he said ...", "After the Roe verdict, she ..."): no one a "he" or "she" can be read as (an "it" or
    a "they" can be that thing: "As for the Labour party, it could ...")."""
    return opening[i - 1].lower() == "the" and i + 1 < len(opening) and opening[i + 1].islower()


def _timed(opening: list[str]) -> bool:
    """A time adverbial: "Yesterday", "Earlier", "On Monday", "Last night", "During the talks", "In 2009"."""
    first, last = opening[0].lower(), opening[-1]
    if len(opening) == 1:
        return first in _TIME_ALONE
    return first in _TIME_HEADS and (first == "during" or bool(TIME_WORDS.match(last)))


def unnamed_subject(line: str) -> bool:
    """True when the line's subject is "He", "She", "It" or "They" (an expletive "It is unclear whether" aside), at
    the start or after an opening adverbial that names no one, or a part of "them" or "these" ("Among them are ..."),
    or the line opens on a clause whose predicate an earlier sentence gave ("If she does, ..."), or its speaker is a
    "he" or "she" set off after its words that naming left (:func:`summarizer.referents.pronoun_speaker`), or a "he",
    "she" or "they" right after a speaker's label ("Agency: She was ..."), or a bare "Another" or "Others" subject."""
    line = line.strip()
    return pronoun_subject(line) or bool(_PARTITIVE.match(line) or _ELIDED.match(line)) or _opened_pronoun(line) \
        or _bare_part(line) or pronoun_speaker(line) is not None or bool(_LABELLED_PERSON.match(line))
