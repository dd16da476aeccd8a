"""Page regions that line features alone miss: comment threads, highlight and teaser blocks,
photo credits with their captions, and broadcast transcripts.

Each is found by explicit marks that news sites share ("Reply", "Report abuse", "STORY
HIGHLIGHTS", "Related stories", "Getty Images", "SMITH:"), never by a given site's
layout; :func:`summarizer.clean.clean_text` drops what they find.
"""
from __future__ import annotations

import re
from typing import Sequence

from summarizer.datelines import CLOCK, DAY
from summarizer.pagemarks import pointer_lines

_TERMINAL = re.compile(r"(?:[.!?…][\"'”’»)\]]*|[\"”’»])(?:\s*(?:â€\S?|\ufffd))*\s*$")
_COMMENT_HEAD = re.compile(
    r"^(?:\d+\s+)?(?:comments?|responses?|reader comments|join the (?:conversation|discussion)|"
    r"(?:add|leave|post) (?:a|your) (?:comment|reply)|comments (?:are|have been) closed.*|show comments)\s*:?$",
    re.I,
)
_COMMENT_MARK = re.compile(
    r"^(?:reply|report(?: abuse| comment)?|flag(?: as inappropriate)?|recommend|permalink|quote|like|dislike|"
    r"(?:\d+\s+)?(?:likes?|replies|repl(?:y|ies)|points?|votes?|recommends?|recommendations?)|"
    r"(?:show|load|view|see) (?:more|all|\d+|older|newer)(?: \w+)? (?:comments|replies)|sort by\b.*|"
    r"(?:newest|oldest|best|top)(?: first)?(?: \| (?:newest|oldest|best|top)(?: first)?)+|"
    r"(?:\S+ )?(?:\d+|an?) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago)\s*[|·]*$",
    re.I,
)
# A comment's head glued to its text: a stamp with a clock and a date, a one-word handle, "wrote:" ("At 9:33 pm on 1 Jun
# 2009, jdoe wrote: ...", "On June 1, 2009 at 9:33 pm, jdoe said: ...", "jdoe wrote on 1 June 2009 at 9:33 pm: ...").
_STAMP = rf"(?:(?:at|on)\s+)?(?:{CLOCK},?\s+(?:on\s+)?{DAY}|{DAY},?\s+(?:at\s+)?{CLOCK})"
_COMMENT_STAMP = re.compile(rf"^(?:{_STAMP},?\s+[\w.@-]+\s+(?:wrote|said|says|writes)|[\w.@-]+\s+(?:wrote|said)\s+{_STAMP})\s*:\s", re.I)
_HIGHLIGHTS = re.compile(
    r"^(?:story highlights|highlights|key points|key takeaways|in brief|at a glance)(?::\s*|\s*$|\s+(?=(?-i:[A-Z0-9•*-])))",
    re.I,
)
_BODY_DATELINE = re.compile(r"\((?:CNN|AP|Reuters|AFP)\)\s*(?:--|—|–|-)?\s*")
_SPEAKER = re.compile(r"^(?:[QA]|[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?:, [A-Z][A-Z .'-]{2,40})?)(?: \([A-Z ]+\))?:\s+(?=\S)")
_TRANSCRIPT_MARK = re.compile(
    r"\((?:BEGIN|END) [A-Z -]+\)|\((?:COMMERCIAL BREAK|CROSSTALK|LAUGHTER|APPLAUSE|INAUDIBLE|BELL RINGS|"
    r"VOICE-OVER|ON CAMERA|OFF-MIKE|UNINTELLIGIBLE|SOUNDBITE|NATS?)\)\s*"
)
_RUSH = re.compile(r"^this is a rush transcript\b|^this copy may not be in its final form\b", re.I)


def comment_thread_start(lines: Sequence[str]) -> int:
    """The index where a reader comment thread starts, or ``len(lines)`` when there is none.

    A thread needs two or more of its marks ("Reply", "Report abuse", "3 hours ago", "12
    likes", "Sort by"); it starts at a "Comments" heading before the first mark, or at the
    first mark less the short user-name line above it. Two comment heads glued to their text (a stamp, a handle,
    "wrote:") start a thread at the first.
    """
    heads = [i for i, line in enumerate(lines) if _COMMENT_STAMP.match(line.strip())]
    if len(heads) >= 2:
        return heads[0]
    marks = [i for i, line in enumerate(lines) if _COMMENT_MARK.match(line.strip())]
    if len(marks) < 2:
        return len(lines)
    heads = [i for i, line in enumerate(lines) if _COMMENT_HEAD.match(line.strip()) and i <= marks[0]]
    if heads:
        return heads[-1]
    start = marks[0]
    while start > 0 and len(lines[start - 1].split()) <= 3 and not _TERMINAL.search(lines[start - 1]):
        start -= 1  # the commenter's name and time stamp
    return start


_TEASER_HEAD = re.compile(
    r"^(?:related(?: articles?| stories| content| coverage| links| topics| reading)?|more on (?:this|these) (?:story|stories|topics?)|"
    r"explore more on (?:this|these) topics?|top stories|most (?:read|popular|viewed|shared)|recommended(?: for you| stories| articles)?|"
    r"you (?:may|might) also like|more (?:from|stories from|in) [\w &'-]{2,30}|trending(?: now| stories)?|editors?'? picks|"
    r"latest (?:news|stories|videos)|in other news|(?:elsewhere|also) on [\w .'-]{2,30}|what to read next|read next|"
    r"more stories|more news|around the web|sponsored(?: content| stories)?|promoted stories)\s*:?$",
    re.I,
)


# A byline ("By Jane Doe, ...") or a time stamp ("Updated 10:42 GMT ..."): the page's head, after its points.
_BLOCK_END = re.compile(r"^\s*(?:by\s+[A-Z]|(?:updated|posted|published|last updated)\b)", re.I)
PROSE_WORDS = 14  # a stopped line this long is a sentence of the body, not a highlight


def marked_blocks(lines: Sequence[str]) -> list[bool]:
    """Lines of a "story highlights" block or a teaser block ("Related stories", "Most read")
    with the short points or headlines that follow its marker, and lines that point elsewhere
    (:func:`summarizer.pagemarks.pointer_lines`)."""
    out = [False] * len(lines)
    for i, line in enumerate(lines):
        m = _HIGHLIGHTS.match(line)
        teaser = not m and _TEASER_HEAD.match(line.strip())
        if not (m and not line[m.end():].strip()) and not teaser:
            continue
        out[i] = True
        for j in range(i + 1, min(len(lines), i + (11 if teaser else 7))):
            words = len(lines[j].split())
            if _BODY_DATELINE.search(lines[j]) or words > 25 or (teaser and (words > 15 or _TERMINAL.search(lines[j]))):
                break
            if _BLOCK_END.match(lines[j]) or words >= PROSE_WORDS and _TERMINAL.search(lines[j]):
                break  # a byline or a time stamp ends the points, and a sentence of prose is the body
            out[j] = True
    return [a or b for a, b in zip(out, pointer_lines(lines))]


# A photo credit on its own line: "Jane Doe/Reuters", "AP Photo/Jane Doe", "Getty Images", "AFP via Getty Images".
_CREDIT_LINE = re.compile(
    r"^(?:(?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]*\s?/\s?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,2}(?:\s?/\s?[\w.&'’ -]{2,30})*|"
    r"(?:[\w.'’ -]{2,40} (?:via|for) )?(?:Getty Images|Reuters|AP|AFP|EPA(?:-EFE)?|Shutterstock|PA(?: Media| Wire)?|Alamy|"
    r"Bloomberg|Anadolu(?: Agency)?|NurPhoto|SOPA Images|picture alliance|Xinhua)(?: Photo)?)\s*$"
)


def credits_and_captions(lines: Sequence[str]) -> list[bool]:
    """Photo-credit lines and the captions beside them: a short line just before a credit
    ("Rescuers search the rubble." / "Jane Doe/Reuters"), or a short line without a full stop
    just after one ("Getty Images" / "Rescuers searched the rubble")."""
    out = [False] * len(lines)
    for i, line in enumerate(lines):
        if len(line.split()) > 8 or not _CREDIT_LINE.match(line.strip()):
            continue
        out[i] = True
        if i > 1 and len(lines[i - 1].split()) <= 25:
            out[i - 1] = True
        if i + 1 < len(lines) and len(lines[i + 1].split()) <= 20 and not _TERMINAL.search(lines[i + 1]):
            out[i + 1] = True
    return out


def strip_highlights(line: str) -> str:
    """A line that opens with a glued highlights block: the body after its dateline, else ""."""
    m = _HIGHLIGHTS.match(line)
    if not m:
        return line
    d = _BODY_DATELINE.search(line, m.end())
    return line[d.end():] if d else ""


def transcript_lines(lines: Sequence[str]) -> list[str]:
    """A broadcast transcript's lines without speaker labels, stage marks and rush notices.

    Labels ("SMITH:", "JOHN SMITH, CNN CORRESPONDENT:", an interview's "Q:" and "A:") are taken off only on a
    page with at least two of them, so one "NOTE: ..." line in an article is left as it is; there the
    interviewer's "Q:" lines go whole.
    """
    turns = sum(1 for line in lines if _SPEAKER.match(line))
    out: list[str] = []
    for line in lines:
        line = re.sub(r"\s{2,}", " ", _TRANSCRIPT_MARK.sub(" ", line)).strip()
        if _RUSH.match(line):
            continue
        if turns >= 2:
            if line.startswith(("Q: ", "Q. ")):
                continue  # the interviewer's question: the answer after it is what the page tells
            line = _SPEAKER.sub("", line)
        out.append(line)
    return out


# A field label of a fact box or profile: "Born: ", "Place of birth: ", "Turnover: ".
_FIELD = re.compile(r"(?:^|\s)([A-Z][a-z]+(?: [a-z]+){0,2}):\s")


def is_fact_box(line: str) -> bool:
    """A fact box or profile flattened into one line: three or more different field labels ("Born: ...
    Career: ... Age: ..."), and no quotation (a transcript repeats its speakers' labels, a quote has marks)."""
    if line.count(":") < 3 or any(q in line for q in "\"“”"):
        return False
    return len(set(_FIELD.findall(line))) >= 3
