"""Who says it, at the head of a sentence: "X said on Tuesday that Y" (or "X reported that Y") -> "X says Y", "According to X, Y" -> "X: Y",
'X, the role, said: “...”' -> 'X: “...”'. A headline keeps who says a thing and drops how and when it was said.
"""
from __future__ import annotations

import re

from summarizer.chunks import PREAMBLE, ROLES, has_verb, is_verb
from summarizer.lexicon import CLAUSE_SUBORDINATORS, MONTH_NAMES, WEEKDAY_NAMES, alternation
from summarizer.speakers import VAGUE_WHO, speaker
from summarizer.trimmers import clause_opens

# A time right after "said" is the day's, which the digest already tells: "X said yesterday that Y" -> "X says Y".
_SAID_WHEN = (r"(?:\s+(?:yesterday|today|tonight|last\s+(?:night|week)|(?:on\s+)?(?:" + WEEKDAY_NAMES + r")"
              r"(?:\s+(?:morning|afternoon|evening|night))?))?")
# "said, however, that Y": the aside word goes with its commas; "told the X website that Y": the outlet is who was told.
_ASIDE_WORD = r"(?:(?:however|though|too|meanwhile|moreover),\s+(?:that\s+)?)?"
_PLACE = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}"  # "told reporters in Kabul", "told local media in Buenos Aires"
_OUTLET = r"(?:newspaper|radio|television|agency|website|magazine|programme|channel|network|paper|blog|broadcaster)"
# A parenthetical "said X," or "X say," left at the head once what it stood in went: "Said Kim, the plan ..."
_INVERTED = re.compile(r"^(?:Said|Says)\s+(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}),\s+(?=[a-z])")
_PARENTHETICAL = re.compile(r"^(?P<who>[A-Z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2})\s+(?P<verb>say|says|said),\s+"
                            r"(?=(?:the|a|an|this|these|those|it|he|she|they|there|his|her|its|their)\s)")
_NOT_SUB = (r"(?!(?:when|while|if|although|though|because|after|before|as|since|unless|will|would|is|was|has|had|could|"
            r"can|may|might|must|should|does|did)\b)")  # "said that when X, Y"; "said that will make": "that" is the subject
_LEAD_SAY = re.compile(
    rf"^(?P<who>[A-Z][^,;:\"“”()]{{1,50}}?)\s+(?:said{_SAID_WHEN}(?:\s+(?:that\s+{_NOT_SUB})?|,\s+{_ASIDE_WORD})|"
    # "X says that Y", "X reported that Y": the "that" is optional after a reporting verb, "reported" is who says it
    rf"(?:says|say|reported)\s+that\s+{_NOT_SUB}|told (?:reporters|journalists|(?:local |state |foreign |the )?media|"
    rf"a (?:news|press) conference|the [A-Z][\w.]*(?: [A-Z][\w.]*){{0,3}}(?: {_OUTLET})?)(?: in {_PLACE})?{_SAID_WHEN}"
    rf"(?:\s+that\s+|,\s+|(?P<bare>\s+)))"
    r"(?=[\w\"“])"
)
_COLON_SAY = re.compile(r"^(?P<who>[A-Z][^,;:\"“”()]{1,60}?)\s+(?:said|says|added|adds)(?:\s+only)?:\s+(?=“)")
# "[In a statement,] Haroun Mir[, deputy director of X, an independent thinktank,] said: “...”" -> "Haroun Mir: “...”".
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_SPEAKER_COLON = re.compile(
    rf"^(?:(?P<lead>[^,“”\"]{{3,60}}),\s+)??(?P<who>{_NAME})(?:,\s+[^“”\";:]{{3,160}}?,|,)?\s+(?:said|says|added|adds|"
    rf"told\s+(?:reporters|journalists|(?:the\s+)?{_NAME}(?:\s+(?:website|newspaper|programme|radio|television|"
    r"agency|magazine|channel))?))(?:\s+(?:on|last)\s+\w+)?:\s+(?=[“\"])")
# "According to his manager, Peet van Zyl, ..." -> who says it is the name in apposition to the role.
_ACCORDING = re.compile(r"^According to (?P<who>[^,;:\"“”]{2,90}),\s+(?:(?P<name>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|"
                        r"van|von|de|der|da|al|bin|el|la|le)){1,4}),\s+(?=[A-Za-z]))?")
# A time of the saying after "said" that the day of the digest does not cover: "said in December last year that".
_OWN_TIME = re.compile(r"(?:in|on|at|during|last|earlier|back|early|late|this)\s+[^,;:\"“”]{0,40}?\bthat\b"
                       rf"|(?:on|in)\s+(?:{MONTH_NAMES})\b", re.I)  # "said on May 22 it was": a date of its own
# An adverb before the verb of saying that puts the saying at a time of its own, which "says" would contradict.
_SAID_ONCE = re.compile(r"\s(?:once|originally|initially|first|long|famously)$", re.I)
_RELATIVE_WHO = re.compile(r"\b(?:who|whom|whose|which)\b|\bthat$")  # "The pilot who said ...": not who says it
# A saying in a clause a subordinator opens is not the sentence's main clause: "Although the minister said ..., X said".
_SUBORDINATE_WHO = re.compile(rf"^(?:But\s+|And\s+)?(?:Even though|{alternation(sorted(CLAUSE_SUBORDINATORS))})\s", re.I)
_PRONOUN_START = re.compile(r"^(?:he|she|they|it|we|i|his|her|their|its)\b", re.I)
# A connective or a time at the head of a sentence, before the capitalised name of who speaks: "But Kim said: “...”",
# "Earlier, Kim's lawyer, Jo Roe, said: “...”", "On Sunday Kim said: “...”". It is no part of the speaker's name.
_OPENER = re.compile(rf"^(?:(?:But|And|So|Yet|Also|Now|Then|Still|However|Meanwhile|Separately|Earlier|Later|Tonight|"
                     rf"Today|Yesterday|Overnight|As)|(?:On|Last|This|Late|Early)\s+(?:{WEEKDAY_NAMES}|night|morning|"
                     r"afternoon|evening|week|weekend))(?:,\s+|\s+)(?=[A-Za-z])")
_SPEAKER_LABEL = re.compile(r"^[^“”\"]{1,60}: [“\"]")  # 'Jo Roe: “...”'


def lead_attribution(text: str) -> str:
    """'X said on Tuesday that Y' -> 'X says Y'; 'According to X, Y' -> 'X: Y' (who says it stays)."""
    m = _ACCORDING.match(text)
    if m and not has_verb(m.group("who")) and (len(m.group("who")) <= 50 or not re.search(r"[()]", m.group("who"))):
        named = (m.group("name") and m.group("who").split()[-1].lower() in ROLES  # "his manager, Peet van Zyl,"
                 and has_verb(text[m.end():].split(",", 1)[0]))  # not "..., Haiti Relief, a charity, has ..."
        if m.group("name") and not named:
            return text  # "According to police, John Smith, ...": the name is the sentence's subject
        who = speaker(m.group("name") if named else m.group("who"))
        rest = past_apposition(m.group("who"), text[m.end():]) if not m.group("name") else text[m.end():]
        if _PRONOUN_START.match(rest) or re.match(r"(?:which|who|whose|whom)\b", rest):
            return text  # "X: they will appeal" loses who "they" are; "X: Which is ..." is no sentence
        return f"{who}: {rest[0].upper()}{rest[1:]}" if who and len(rest) > 25 else text
    m = _INVERTED.match(text) or _PARENTHETICAL.match(text)
    if m:
        verb = m.groupdict().get("verb") or "said"
        verb = verb if verb != "said" else "say" if _plural_subject(m.group("who")) else "says"
        return f"{m.group('who')} {verb} {text[m.end():]}"
    opener = _OPENER.match(text)
    if opener and _SPEAKER_COLON.match(text):
        rest = text[opener.end():]
        named = lead_attribution(rest)  # 'But Kim said: “...”' -> 'Kim: “...”', never 'But Kim: “...”' or 'Earlier: “...”'
        return named if named != rest and _SPEAKER_LABEL.match(named) else text
    m = _SPEAKER_COLON.match(text)
    scene = not m or not m.group("lead") or re.match(r"(?:In|On|At|During|Speaking|Writing|Later|Earlier)\b", m.group("lead"))
    if m and (len(m.group("who").split()) >= 2 or scene) and not has_verb(m.group("who")):
        who = speaker(m.group("who"))
        if who and who.split()[0].lower() not in VAGUE_WHO and who.split()[0] not in ("The", "A", "An", "In", "On"):
            return f"{who}: {text[m.end():]}"
    m = _COLON_SAY.match(text)
    if m and not has_verb(m.group("who")) and len(m.group("who").split()) <= 7:
        who = speaker(m.group("who"))
        if who and who.split()[-1].lower() not in ("he", "she", "they", "it", "we", "i", "you"):  # not "But he"
            return f"{who}: {text[m.end():]}"  # 'The race director Jan Bos said: “...”' -> 'Jan Bos: “...”'
    m = _LEAD_SAY.match(text)
    if m and m.group("bare") and not clause_opens(text[m.end():]):
        m = None  # "told reporters the story of ...": what follows is no clause of its own
    if m and re.search(r"\bsaid\s+$", m.group(0)) and _OWN_TIME.match(text, m.end()):
        m = None  # "X said in December last year that ...": a time of its own, which "says" would contradict
    if m and re.search(r"\bsaid\s+last\s+week\b", m.group(0)):
        m = None  # "X said last week that Y" is a saying days old, which "says" would make today's
    if m and (_RELATIVE_WHO.search(m.group("who")) or _SUBORDINATE_WHO.match(m.group("who"))):
        m = None  # "Residents who said the water was unsafe marched": the saying is a relative clause's, not the news
    if m and _SAID_ONCE.search(m.group("who")):
        m = None  # "X once said that ...", "X originally reported that ...": a saying of its own time, not today's
    if m and not has_verb(m.group("who")) and not PREAMBLE.match(m.group("who") + ", ") and len(m.group("who").split()) <= 7 and len(text) - m.end() > 25:
        who = re.sub(r"\s+(?:also|now|later|earlier|recently|then|previously|today|yesterday)$", "", m.group("who"))
        verb = "say" if _plural_subject(who) else "said" if _number_unknown(who) else "says"
        return f"{who} {verb} {text[m.end():]}"
    return text


_APPOSITION = re.compile(r"^(?P<role>[a-z][^,;:\"“”()]{2,120}?),\s+(?=[\w“\"])")
_RELATIVE = frozenset("which who whom whose that where when while as".split())
MAX_APPOSITION_WORDS = 16


def past_apposition(who: str, rest: str) -> str:
    """``rest`` (what follows "According to X,") without the apposition that names who X is ("head of intellectual
    property at Jo Roe LLP, the unease stems from ..." -> "the unease stems from ..."): a verbless phrase after a
    name, holding a role or opening with an article, or a relative clause on the name ("who wrote it,"), then a comma
    and a clause: no list's or name's end ("..., A, B and C, talks are"; "..., Jo Roe, is"), no participle ("...,
    known as X, spied" keeps its subject)."""
    m = _APPOSITION.match(rest)
    if not m or not who.split()[-1][:1].isupper():
        return rest  # "According to officials, ...": no name for a role to stand beside
    role, after = m.group("role").split(), rest[m.end():]
    first, part = after.split(" ", 1)[0], re.split(r",(?!\d{3}\b)", after, maxsplit=1)[0]  # "200,000" is one number
    listed = not has_verb(part) and (" and " in part or len(part.split()) <= 2 or all(w[:1].isupper() for w in part.split()))
    if listed or first.lower() in _RELATIVE or is_verb(first.lower()) \
            or len(role) > MAX_APPOSITION_WORDS or role[0] in _PREPOSITION or role[0] == "as":
        return rest  # "..., who served on the boards of A, B and C, ...": the comma ends a list, not the clause
    if role[0] in ("who", "whose", "which"):
        return after  # "According to Jo Roe, who wrote the email, ...", "According to the Gazette, which cited ...": a relative clause
    if has_verb(m.group("role")) or not (role[0] in ("a", "an", "the", "one") or any(w.rstrip("'s’") in ROLES for w in role)):
        return rest  # "genetic tests on the mice, which will ...": the sentence's own subject, not an apposition
    return after


_PREPOSITION = frozenset("at of in from for with on to by near inside outside".split())
_COUNTING = frozenset("two three four five six seven eight nine ten several many both some few".split())


def _plural_subject(who: str) -> bool:
    """Whether the speaker phrase is plural: coordinated ("X and Y"), counted ("Two officials at the
    embassy"), or headed by a plural noun ("officials", "spokesmen", "they"); its head ends at the first preposition
    or participle ("Banners lining the road")."""
    head = _head(who)
    first, last = head[0].lower(), head[-1]
    if "and" in (w.lower() for w in head[1:-1]) or first in _COUNTING or first.isdigit():
        return True
    return last.lower() in _PLURAL | {"they", "we", "i", "you"} or (
        last.islower() and (last.endswith("s") and not last.endswith(("ss", "us", "'s", "’s")) or last.endswith("men")))


def _head(who: str) -> list[str]:
    """The speaker phrase up to its first preposition or participle ("Banners lining the road" -> "Banners")."""
    words = who.split()
    return words[:next((i for i, w in enumerate(words) if i and (w.lower() in _PREPOSITION or w.endswith("ing"))), len(words))]


_PLURAL = frozenset("police people officials authorities analysts experts sources residents witnesses".split())


def _number_unknown(who: str) -> bool:
    """A lone capitalised word ending in "s" may be a plural noun or a name ("Doctors", "Prosecutors" or
    "Williams"), also before a phrase ("Executives for X"): the past "said" agrees with both, where "says" would be
    wrong for the noun."""
    words = _head(who)
    return len(words) == 1 and words[0][1:].islower() and words[0].endswith("s") and not words[0].endswith(("ss", "us", "is"))
