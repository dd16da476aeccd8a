"""Feature ledes: the form of a feature's, sketch's or column's opening line, which should not lead its story.

A feature or a column opens on a scene, a character or the writer's verdict, not on the event: "Another week,
another storm", "Dressed in grey, a single dancer on the pier ...", "The motorcade swept down the mountain", "X seems a
likeable chap", "Only X can turn ...", "Few companies inspire as much devotion as ...", "The greatest fears of the
studios came true", "X sounded as though she had found a fortune", "There is a very real prospect of ...".
:func:`lede_cue` names such a form from shallow, general cues of English (no word aimed at any corpus, outlet or
name); each cue asks that the line itself tell no report (no attribution, no day told), so a
report's line that happens to share a form ("The biggest quake in decades struck on Tuesday") keeps its place.
:func:`feature_after` then lets a line of the same story that reports (:func:`reports`: a named actor with a past
or perfect action, or a saying) lead in its place; the feature line trades places with it and still shows
(:func:`summarizer.backdrop.demote`): order only, no line is hidden.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from summarizer.aspect import LASTING, PAST, PERFECT, SAYING, aspect
from summarizer.backdrop import demote
from summarizer.english import english
from summarizer.event import ATTRIBUTION, event_cues
from summarizer.generallede import general_lede, named_subject, tells_day
from summarizer.genre import unquoted
from summarizer.lead import tells_event
from summarizer.lexicon import MONTH_NAMES, WEEKDAY_NAMES
from summarizer.models import Item, Kind, StoryDigest

# Parallelism of a column's opening: "Another week, another storm", "Another day, another protest".
_ANOTHER = re.compile(r"\s*Another\s+[\w'-]+(?:\s+[\w'-]+)?\s*,\s+another\b")
# An opening that describes a person's look or posture, then an unnamed subject: "Clad in black, a lone figure ...".
_LOOK = re.compile(r"\s*(?:Clad|Dressed|Draped|Wrapped|Swathed|Decked|Wearing|Sporting|Perched|Hunched|Slumped|"
                   r"Sprawled|Seated|Barefoot|Bespectacled|Tanned|Bearded|Smiling|Beaming|Grinning|Scowling|Frowning)\b"
                   r"[^,;:]{0,60},\s+(?:a|an|the|he|she|they|his|her)\b"
                   # an absolute of the body or dress: "With a flag draped around his shoulders, ..."
                   r"|\s*With\s+(?:a|an|the|his|her|their)\s+[^,;:]{0,40}?\b(?:draped|wrapped|slung|tucked|clasped|"
                   r"folded|raised|stretched|pulled|perched)\b[^;:]{0,60},")
# A scene: a definite or indefinite subject with no name, a verb of motion, sound or light, nothing reported.
_SCENE = re.compile(r"\s*(?:The|A|An)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+(?:swept|glided|rolled|snaked|wound|"
                    r"drifted|loomed|hung|hovered|shimmered|gleamed|glinted|glittered|thundered|roared|"
                    r"rumbled|crept|trundled|sped|raced|purred|wafted|flickered|crackled|swirled|billowed|"
                    r"sweeps|glides|rolls|snakes|drifts|looms|hangs|hovers|shimmers|gleams|thunders)\b")
# A sweep over a whole class: "Few companies inspire as much devotion as ...", "Nothing typifies X more than ...".
_SWEEP = re.compile(r"\s*(?:(?:Few|No other)\s+[^,;:]{3,50}?\bas\s+(?:much|many|\w+)\b[^.;:]{0,80}?\bas\b"
                    r"|Nothing\s+(?:\w+\s+){1,8}?(?:more|better)\s+than\b)")
# A habit of the calendar: "Every year, the faithful trek to ...".
_HABIT = re.compile(r"\s*(?:Every|Each)\s+(?:year|summer|spring|autumn|winter|week|weekend|morning|evening|night|day|"
                    + MONTH_NAMES + r"),\s")
# "Only X can turn the launch of a phone into a ceremony": the writer's verdict on a singular gift.
# "Only two could remember" is a count, not a verdict.
_ONLY = re.compile(r"\s*Only\s+(?!\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a few|a handful|half)\b)"
                   r"[^,;:]{1,50}?\s+(?:can|could)\b")
# A character sketch: "X seems a likeable chap", "X is the archetypal ...", "the very model of".
_SKETCH = re.compile(r"\b(?:seems|seemed|appears|looks)\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}?(?:chap|fellow|bloke|"
                     r"guy|man|woman|figure|character|sort|type|soul)\b|\b(?:is|was)\s+(?:the|an?)\s+(?:archetypal|"
                     r"quintessential|consummate|epitome|embodiment|personification|very model|very picture)\b"
                     # the writer's image of a person: "a living emblem of"
                     r"|\b(?:living|walking)\s+(?:emblem|embodiment|symbol|proof|legend|reminder)\b")
# "came true" told of fears, dreams or prophecies: the writer's framing, with no event named in the line.
_TRUE = re.compile(r"\b(?:fears?|dreams?|nightmares?|prophec(?:y|ies)|predictions?|hopes?|worst)\b[^.;:]{0,60}?"
                   r"\b(?:came|have come|has come|come) true\b", re.I)
# "Last Tuesday saw the enactment of ...": a time as the subject of "saw", a chronicler's frame.
_SAW = re.compile(r"\s*(?:Last|This|Each|Every)\s+(?:" + WEEKDAY_NAMES + r"|week|weekend|month|year|night|summer|"
                  r"winter|spring|autumn)\s+saw\s+(?:the|a|an)\b")
# The writer's impression of how someone or something came across: "X sounded as though she had found a fortune",
# "the stage looked like a film set". A perception verb joined to "as if", "as though" or "like" compares; a report
# tells what happened (a speaker's words are quoted or attributed, and those are not read here). On all shared
# sentences 592 carry the form outside quotation marks with no attribution or day (77 as an article's first three);
# 40 read: 37 a column's, review's or feature's impression, 3 a report's detail (none a lead). On the 2009, 2010,
# 2016, 2003 and 2017 streams 1 story first line of 820 has it: 2 May 2009, a race preview likening its route to a
# tourist's itinerary gives way to its story's report (news).
_IMPRESSION = re.compile(r"\b(?:sound(?:s|ed)?|look(?:s|ed)?|seem(?:s|ed)?|fe(?:el|els|lt)|appear(?:s|ed)?)\s+"
                         r"(?:as\s+(?:if|though)|like)\b")
# The writer's assessment put as what there is: "There is a very real prospect of ...", "There was a sense of
# inevitability about ...", "There is little doubt that ...": an abstract noun of likelihood, mood or doubt, no event.
# On all shared sentences 62 (5 as an article's first three); 40 read: 37 an assessment (the writer's, or a speaker's
# unquoted), 3 a report's clause after it ("... but he almost halved the lead"), none a lead. 1 story first line of
# 820 on the five streams ("There is a very real prospect of ..." on who will govern); its story has no report line.
_THERE = re.compile(r"\s*There\s+(?:is|are|was|were|has been|seems to be|appears to be)\s+(?:a|an|no|little|some|every|"
                    r"growing|real)\s+(?:[a-z]+\s+){0,2}?(?:prospect|possibility|chance|sense|feeling|danger|risk|"
                    r"suspicion|irony|paradox|question|doubt|hint|whiff|air|mood|case)s?\b")
# A weekday or a dated time told: a report's anchor (a "Last Tuesday saw" frame is read on its own).
# Each cue: its name, its pattern, and whether it reads the opening only (else anywhere in the writer's words).
# Dropped (read on the 2005, 2008 and 2012 streams, fewer than 9 in 10 of their sentences a feature's or column's):
# "X has always been ..." as the main clause (7 of 9; "X has always been outspoken about ..." is a report's
# background) and a superlative verdict as the main clause, "X is one of the most ..." (3 of 4; an explainer's).
CUES = (("another", _ANOTHER, True), ("look", _LOOK, True), ("scene", _SCENE, True), ("only", _ONLY, True),
        ("sweep", _SWEEP, True), ("habit", _HABIT, True), ("sketch", _SKETCH, False), ("true", _TRUE, False),
        ("saw", _SAW, True), ("impression", _IMPRESSION, False),
        ("there", _THERE, True))


@lru_cache(maxsize=20_000)
def lede_cue(text: str) -> str:
    """The name of the feature-lede form ``text`` opens with or holds (see :data:`CUES`), or ``""``: the writer's
    words only (quotations are a speaker's), English only, and never a line that tells a report itself (attributed,
    or a day told, apart from the "saw" frame that holds its own day)."""
    if not english(text):
        return ""
    told = unquoted(text)
    said = ATTRIBUTION.search(told) is not None
    for name, cue, opening in CUES:
        hit = cue.match(told) if opening else cue.search(told)
        if hit and not said and (name == "saw" or not tells_day(told)):
            return name
    return ""


def reports(text: str) -> bool:
    """True when ``text`` reads as a report's line: no feature-lede form (:func:`lede_cue`), a named subject
    (:func:`named_subject`: "At 18 he enlisted", "The champion cyclist overcame" tell a life, not the day), no
    opinion cue, an event told (:func:`summarizer.lead.tells_event`) in a past, perfect or saying main verb, and
    either attributed, a perfect (the tense of news) or an event's full shape (an actor, an action and a figure or a
    place: :attr:`summarizer.event.EventCues.event`)."""
    cues, verb = event_cues(text), aspect(text)
    return (not lede_cue(text) and named_subject(text) and not cues.opinion
            and (cues.attributed or verb == PERFECT or cues.event >= 1.0)
            and tells_event(text) and verb in (PAST, PERFECT, LASTING, SAYING))


def feature_after(stories: Sequence[StoryDigest]) -> None:
    """In each story (in place), a new first line with a feature-lede form (:func:`lede_cue`) trades places with the
    story's first new line that :func:`reports`; with none, it leads as before. In the lead story (the digest's first),
    a general statement first (:func:`summarizer.generallede.general_lede`) trades places with the story's first new
    line that reports and whose source sentence tells a day (:func:`summarizer.generallede.tells_day`); the other
    stories keep their order (a later choice of the lead story reads their first lines as salience put them). A
    changed figure first stays first."""
    for k, story in enumerate(stories):
        items = story.items
        if not items or items[0].kind is not Kind.NEW:
            continue
        if lede_cue(items[0].text):
            report: Item | None = next((i for i in items[1:] if i.kind is Kind.NEW and reports(i.text)), None)
        elif k == 0 and general_lede(items[0].text, items[0].sentence):  # a general statement: a dated report leads
            report = next((i for i in items[1:] if i.kind is Kind.NEW and reports(i.text)
                           and tells_day(i.sentence or i.text)), None)
        else:
            continue
        if report is not None:
            story.items = demote(items, report, items[0])
