"""The tense, aspect and frame of a sentence's main clause: does it tell an event of the article's days or a state?

:mod:`summarizer.narrative` reads the tense of any verb of a sentence; a subordinate or relative clause then decides
for the whole ("The crime carries a maximum penalty, although prosecutors have indicated ..." reads as news by its
perfect; "Such permits are rare and require applicants to show there was a lasting need that justified ..." as a
narrative past by its relative clause). :func:`aspect` reads the first verb group of the main clause
(:func:`summarizer.mainclause.main_verbs`) instead and tells what it is: a present of state ("carries", "are rare"),
a progressive ("is being detained"), a standing position up to now ("has always denied": :mod:`summarizer.standing`,
read as a state), a lasting perfect ("has been involved", "has been living"), a past perfect, a
simple past, a modal or a verb of saying. :func:`cues` turns it into 0..1 features of the backdrop model
(:mod:`summarizer.backdrop`): a state in the main clause with no anchor in the article's last days, an earlier
role or state ("was previously", "formerly"), a generic subject ("Such permits are ..."), and the reporting frame (a
document or a recording that says it, "The report alleged", "The caller is heard to say", against a person who
said it). Regular expressions only; the model weighs the cues (fitted by ``benchmarks/backdrop.py``).
"""
from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from summarizer.anchor import anchor
from summarizer.chunks import RELATIVE_PIECE, SAY_VERBS, is_verb
from summarizer.lexicon import SAY, alternation
from summarizer.mainclause import main_verbs
from summarizer.standing import standing

STATE, PROGRESSIVE, LASTING, PERFECT, PAST_PERFECT, PAST, MODAL, SAYING, NONE = (
    "state", "progressive", "lasting", "perfect", "past_perfect", "past", "modal", "saying", "none")
_MODALS = frozenset("will would shall should can could may might must".split())
_SAYING = SAY_VERBS | frozenset("say tell announce confirm claim allege alleged alleges show shows showed found finds "
                                "describe describes described heard ask asks asked admit admits admitted".split())
# Irregular past participles the shallow verb guess misses ("has come under", "has swung", "has run").
_PARTICIPLES = frozenset("come become overcome run outrun swung sung hung stuck spun dug sunk drunk lit read".split())
_SKIP = frozenset("not never also still now already just previously formerly once long only currently reportedly "
                  "allegedly apparently today yesterday tonight finally again since even".split())
# An adverb inside a verb group ("has strongly defended", "have largely stayed"); not the few verbs that end in -ly.
_ADVERB = re.compile(r"^[a-z]{3,}ly$")
_LY_VERBS = frozenset("apply applies rely relies reply replies supply supplies comply complies imply implies rally "
                      "rallies tally tallies multiply multiplies ally allies fly flies".split())
_PLAIN_PRESENT = re.compile(r"\b(?:lives?|depends?|remains?|lacks?|rel(?:y|ies)|suffers?|needs?|holds?|owns?|faces?|"
                            r"consists?|covers?|contains?|carr(?:y|ies)|means?|requires?|includes?)\b")
# Who says it, anywhere in the sentence ("..., she said", "according to", "reportedly"): a report, not a told state.
ATTRIBUTED = re.compile(r"\b(?:" + alternation(SAY) + r"|saying|according to|reportedly|announced|confirmed|reported|"
                         r"added|stated|warned|insisted|denied|claimed|alleged|describ(?:ed|es|ing)|explain(?:ed|s|ing)|repl(?:ied|ies|ying))\b",
                         re.I)
# The state of the news itself: something new, a running tally, a finding about what happened ("the new cases
# include", "there are eight suspected cases", "the infection appears to have been acquired").
_NEWS_STATE = re.compile(r"\b(?:the|these|its|his|her|their|\d[\d,.]*) new\b|\b(?:so far|to date|confirmed|suspected)\b|"
                         r"\b(?:appears?|seems?) to have\b", re.I)
# A plan or a move after the main verb ("is to pull out", "are all expected to", "is scheduled to", "proposes to").
_PLAN = re.compile(r"\b(?:is|are) (?:\w+ly |all |both |also |now |still )?(?:to|expected|due|set|scheduled|slated|likely|"
                   r"unlikely|ready|about|going|headed|poised|on (?:its|his|her|their) way)\b|"
                   r"\b(?:plans?|intends?|hopes?|wants?|proposes?|aims?|seeks?) to\b", re.I)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# An earlier role or state told as such ("was previously commissioner", "formerly headed", "a former minister, he
# was once ...").
_FORMERLY = re.compile(r"\b(?:previously|formerly|once|until recently|at one time)\b", re.I)
# A generic subject: a kind, not the individuals of the news ("Such permits are rare", "Most patients recover").
_GENERIC_SUBJECT = re.compile(r"^(?:Such|Most|Many|Few|Some|These|Those|All)\s+[a-z]", re.M)
# What tells it is a document or a recording, not a person speaking today ("The report alleged", "the indictment
# says", "The caller is heard to say", "In the video, he ...").
_DOCUMENT = re.compile(
    r"\b(?:report|reports|study|studies|document|documents|papers|filing|filings|indictment|complaint|lawsuit|suit|"
    r"affidavit|warrant|letter|memo|cable|cables|transcript|recording|recordings|tape|tapes|video|footage|audio|"
    r"survey|audit|review|inquiry|book|memoir|dossier|statement|ruling|judgment|verdict|findings)\s+(?:\w+\s+)?"
    r"(?:alleged|alleges|said|says|found|finds|showed|shows|stated|states|claimed|claims|described|describes|"
    r"concluded|concludes|revealed|reveals|accused|accuses|detailed|details|suggested|suggests|noted|notes)\b|"
    r"\b(?:is|are|can be|could be) (?:heard|seen) (?:to|saying|telling|asking)\b|"
    r"\b(?:in|on) (?:the|a) (?:recording|tape|video|footage|transcript|call|audio)\b", re.I)


@lru_cache(maxsize=20_000)
def aspect(text: str) -> str:
    """The tense and aspect of the first verb group of ``text``'s main clause: STATE (a simple present: "carries",
    "are rare"), PROGRESSIVE ("is being detained", "are searching"), LASTING ("has been involved", "have been
    living"), PERFECT ("has signed", "has strongly defended", "has come": adverbs inside the group skipped, irregular
    participles known), PAST_PERFECT, PAST, MODAL, SAYING (a verb of saying or asking, any tense) or NONE."""
    verbs = main_verbs(text)
    if not verbs:  # a plain present the shallow finder misses after a plural subject ("millions of people live")
        return STATE if _PLAIN_PRESENT.search(RELATIVE_PIECE.sub(",", text)) else NONE
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text[verbs[0]:])][:6]
    group = [w for i, w in enumerate(words) if w not in _SKIP and not (i and _ADVERB.match(w) and w not in _LY_VERBS)]
    head, nxt, third = (group + ["", "", ""])[:3]
    if nxt == "that" and head not in _SAYING:  # "the fact remains that the aid is still sitting": the clause tells it
        clause = re.search(r"\bthat\s", text[verbs[0]:])
        return aspect(text[verbs[0] + clause.end():]) if clause else NONE
    if head in _SAYING or (not is_verb(head) and head.endswith("s") and head[:-1] in _SAYING):
        return SAYING
    if head in _MODALS:
        return MODAL
    if head == "had":
        return PAST_PERFECT
    if head in ("has", "have"):
        if nxt == "been" and third not in _SAYING:
            return LASTING
        return PERFECT if is_verb(nxt) or nxt.endswith(("en", "wn")) or nxt in _PARTICIPLES else STATE
    if head in ("is", "are", "am"):
        if nxt == "being" or (nxt.endswith("ing") and len(nxt) > 4):
            return PROGRESSIVE
        return SAYING if nxt in _SAYING else STATE
    if head in ("was", "were", "did") or is_verb(head):
        return PAST
    return STATE


def unreported(text: str, published: datetime | date | None) -> bool:
    """True when ``text`` (an article published at ``published``) tells something in the writer's voice with no time
    of the last days: no anchor within the last week, no verb of saying as its main verb, no attribution anywhere, no
    plan after the main verb ("is expected to", "plans to") and no state of the news itself ("the new cases include",
    "so far", "suspected", "appears to have")."""
    return (not anchor(text, published).recent and aspect(text) != SAYING and not ATTRIBUTED.search(text)
            and not _PLAN.search(text) and not _NEWS_STATE.search(text))


def cues(text: str, published: datetime | date | None) -> dict[str, float]:
    """The main clause's aspect cues of ``text`` (an article published at ``published``), each 0 or 1; the state cues
    count only with no anchor in the article's last days, no attribution and no plan after the main verb."""
    when = anchor(text, published)
    verb = aspect(text)
    free = unreported(text, published)
    state = {
        # a universal perfect ("has always denied", "has never held office") is a state up to now (summarizer.standing)
        "a_state": float(free and verb == STATE or standing(text, published)),
        "a_progressive": float(free and verb == PROGRESSIVE),
        "a_lasting": float(free and verb == LASTING),
        "a_past_perfect": float(free and verb == PAST_PERFECT),
        "a_formerly": float(free and verb in (STATE, PAST, PAST_PERFECT, LASTING) and _FORMERLY.search(text) is not None),
        "a_generic": float(free and verb == STATE and _GENERIC_SUBJECT.search(text) is not None),
    }
    document = not when.recent and _DOCUMENT.search(text) is not None
    return {**state, "a_document": float(document), "a_saying": float(verb == SAYING),
            "a_backdrop": float(document or any(state.values()))}

