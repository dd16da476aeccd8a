"""General ledes: a story's first line that tells no dated act of a named actor gives way to a dated report.

An analysis or a news feature opens on a sweeping statement about the story as a whole: "The hectic pace of the
flood has forced the water board and the council to make hurried choices", "The response to the worst drought in
decades has been shaped by a small team". Its subject is general (an article and a common noun, no name among its
first words), and it tells no figure, no day and no source. A report's lead tells who did what, and when. So
:func:`general_lede` names such a line from shallow, general cues of English (no word aimed at any corpus), and
:func:`summarizer.ledeform.feature_after` lets the story's first report whose source sentence tells a day
(:func:`tells_day`: "yesterday", "last night", a weekday) lead in its place: the two trade places, no line is hidden.
With no dated report beside it, the general line leads as before (a report's lead with a common-noun subject, "The
senate voted to open the trial", has no dated report of its own story to give way to).
"""
from __future__ import annotations

import re

from summarizer import gluewords as W
from summarizer.english import english
from summarizer.event import ATTRIBUTION
from summarizer.genre import unquoted
from summarizer.lexicon import WEEKDAY_NAMES
from summarizer.mainclause import main_verbs

# A weekday or a dated time told: a report's anchor.
DAY = re.compile(r"\b(?:yesterday|today|tonight|" + WEEKDAY_NAMES + r"|last (?:week|month|night))\b", re.I)
_WORDS = re.compile(r"[A-Za-z][\w'’-]*")
_FUNCTION = W.FUNCTION | W.INTRO | W.STARTERS | W.PRONOUN_WORDS | W.SUBORDINATORS | W.DETERMINERS
_PREPOSITIONS = frozenset("of for in on at from about over against with among between".split())
# A general subject opens the line: an article, then a lower-case word ("The hectic pace of", "A wave of").
_GENERAL = re.compile(r"\s*(?:The|A|An)\s+[a-z]")
_FIGURE = re.compile(r"\d")
# A past participle with its agent right after a noun modifies it ("A letter signed by ..."): no main verb.
_AGENT = re.compile(r"[a-z]+ed\s+by\b")


def named_subject(text: str) -> bool:
    """True when a name opens ``text`` (the writer's words): a capitalised word among its first four words, the
    first only when it is no function word ("The", "At", "He") nor a common noun's head before a preposition
    ("Warnings of the onslaught", "Fears for ...")."""
    words = _WORDS.findall(unquoted(text))[:4]
    head = len(words) > 1 and words[1] in _PREPOSITIONS
    return any(w[:1].isupper() and (i > 0 or (w.lower() not in _FUNCTION and not head)) for i, w in enumerate(words))


def tells_day(text: str) -> bool:
    """True when ``text`` tells a day or a recent time ("yesterday", "last night", "on Tuesday", "today")."""
    return DAY.search(text) is not None


def general_subject(text: str) -> bool:
    """True when ``text``'s subject is general: an article and a lower-case word open it, and no capitalised word
    (a name) comes before its main clause's first finite verb (:func:`summarizer.mainclause.main_verbs`, past a
    participle with its agent, "signed by"; none found: no clause, False). "The hectic pace of the flood has forced
    the council ..." is general; "The cast of Aquarius have used ..." names its actor."""
    verb = next((i for i in main_verbs(text) if not _AGENT.match(text, i)), None)
    if verb is None or not _GENERAL.match(text):
        return False
    return not any(w[:1].isupper() for w in _WORDS.findall(text[:verb])[1:])


def general_lede(text: str, sentence: str = "") -> bool:
    """True when ``text`` (a line; ``sentence``, its full source sentence, when known) reads as a general statement:
    English, a general subject (:func:`general_subject`, the writer's own words: no quotation), and no figure, no
    source (no attribution) and, in the line or its source, no day."""
    return (english(text) and unquoted(text) == text and general_subject(text) and not _FIGURE.search(text)
            and ATTRIBUTION.search(text) is None and not tells_day(text) and not tells_day(sentence))
