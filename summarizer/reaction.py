"""Reaction lines: what someone said or felt about the day's event, not the event itself.

A day's event line reports an action by an actor ("police arrested", "the court granted bail", "officials
confirmed 75 cases"); a reaction line reports words or feelings about it. Salience cannot tell them apart: a
reaction repeats the story's words and often opens an article, so it can rank above the event it reacts to.
:func:`reaction` reads the verb of a sentence's main clause (:func:`summarizer.mainclause.main_verbs`: outside
quotations, relative clauses and an opening phrase) and names the kind of reaction, or ``""``:

``quote``   the only clause is quoted speech that ends the line ("The spokesman: “...”", "As the chief conceded,
            “...”"), or a
            reporting verb whose report is a quotation ("X said: “...”", "X described it as “...”");
``stance``  a reporting verb whose reported clause tells the speaker's state of mind, not a fact ("says he was
            shocked", "has said Britain is committed to", "says he had no regrets", "could not comment");
``react``   a verb of reaction leads the main clause ("praised", "condemned", "welcomed", "expressed concern").

:func:`silent` finds a non-comment anywhere in a line ("the agent refused to comment", "could not say"): whatever
else the line tells, part of it reports that nothing was said, and it is no event line to lead with.

The word lists are general English reporting and evaluation vocabulary (no word of any corpus); a sentence
reporting a fact through a speaker ("officials say 75 students have fallen ill") is no reaction.
"""
from __future__ import annotations

import re
from functools import lru_cache

from summarizer.lexicon import SAY_WORDS
from summarizer.mainclause import main_verbs
from summarizer.quotes import quote_spans

# Verbs that report speech or thought: their clause is what someone says.
REPORTING = SAY_WORDS | frozenset("""tell add adds added insist insists insisted stress stresses stressed
    note notes noted concede concedes conceded remark remarks remarked admit admits admitted argue argues argued
    think thinks thought believe believes believed feel feels felt write writes wrote reply replies replied
    respond responds responded explain explains explained describe describes described""".split())
# Verbs that tell a reaction as the clause's action.
REACTING = frozenset("""praise praises praised condemn condemns condemned welcome welcomes welcomed criticise
    criticises criticised criticize criticizes criticized hail hails hailed applaud applauds applauded slam slams
    slammed lament laments lamented deplore deplores deplored regret regrets regretted decry decries decried
    express expresses expressed voice voices voiced""".split())
_AUXILIARY = frozenset("has have had is are was were will would did does do also".split())
# A reported clause about the speaker's state of mind: feelings, commitment, hope, no comment.
_STANCE = re.compile(r"\b(?:surprised|shocked|saddened|stunned|delighted|pleased|happy|disappointed|concerned|worried|"
                     r"confident|committed|hopeful|proud|sorry|grateful|angry|upset|devastated|relieved|bitter|"
                     r"thrilled|heartbroken|appalled|outraged|optimistic|no regrets?|(?:not|no) comment|"
                     r"could not comment|would not comment|declined to comment|refused to comment)\b", re.I)
# Someone said nothing: "declined to comment", "refused to confirm", "could not say", "no comment".
_SILENT = re.compile(r"\b(?:(?:declin|refus)(?:ed|es|e|ing)\s+to\s+(?:comment|say|discuss|confirm|elaborate)|"
                     r"(?:could|would|did|will|can)\s*(?:not|n[’']t)\s+(?:comment|say|discuss|confirm|elaborate)|"
                     r"no comment)\b", re.I)
_OPENING = re.compile(r"^[\s,:]*(?:(?:on|last|this)\s+\w+\s*)?[,:]?\s*(?:that\s+)?")
_QUOTE_MARKS = "“\"‘'"
STANCE_WORDS = 15  # a state-of-mind word within this many words of the reported clause is the speaker's
# "described the plan as “a disgrace”." (the quotation ends the line): a characterisation in the speaker's words.
_AS_QUOTED = re.compile(r"(?:[^,;:“”\"]+?\s)?as\s+(?:\w+\s+){0,3}[“\"]")


@lru_cache(maxsize=20_000)
def reaction(text: str) -> str:
    """The kind of reaction ``text`` reports (``quote``, ``stance``, ``react``), or ``""`` for any other line."""
    body = text.strip()
    spans = quote_spans(body)
    verbs = main_verbs(body)
    ends = bool(spans) and spans[-1][1] >= len(body.rstrip(" .")) - 1  # a quotation ends the line
    if not verbs:  # no clause outside quotation marks: quoted speech that ends the line ("X: “...”")
        return "quote" if ends and sum(e - s for s, e in spans) >= len(body) / 3 else ""
    at = next((i for i in verbs if not body[i].isupper()), verbs[0])  # a capitalised "-ed" word is a name ("United")
    found = re.match(r"[A-Za-z’']+", body[at:])
    word = found.group(0).lower() if found else ""
    while word in _AUXILIARY:  # "has said", "did not feel"
        found = re.match(r"[A-Za-z’']+\s+(?:not\s+)?([A-Za-z’']+)", body[at:])
        if not found:
            return ""
        at += found.start(1)
        word = found.group(1).lower()
    if word in REACTING:
        return "react"
    if word not in REPORTING:
        return ""
    report = body[at + len(word):]
    rest = report[_OPENING.match(report).end():]  # type: ignore[union-attr]
    if rest[:1] in _QUOTE_MARKS or (ends and word.startswith("describ") and _AS_QUOTED.match(rest)):
        return "quote"
    head = " ".join(rest.split()[:STANCE_WORDS])
    return "stance" if _STANCE.search(head) else ""


def silent(text: str) -> bool:
    """True when ``text`` reports that someone said nothing: a refusal or inability to comment, say or confirm."""
    return _SILENT.search(text) is not None
