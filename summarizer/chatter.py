"""Reader comments recognised by their form, where the page gives no "Reply" or "Report abuse" marks.

A flattened page often keeps a comment thread as plain lines after (or instead of) the
article: short, informal lines that address the reader or the writer ("What is the deal
with ...???", "you know", "Just wondering about your rules"), speak in the first person,
and attribute nothing to anyone. A news body does the opposite: third
person, attributed ("officials said"), in full sentences. So a line is *informal* on
shallow features of its own; a *thread* is a block of lines in which informal lines are
many, near each other and at the end of the page, or next to a comment-policy notice
("We welcome comments ...", "Views expressed in the comments ..."). Quoted speech is
taken out before the features are read, so a quoted "I" or "you" is the speaker's.
Nothing here is about a given site or story.
"""
from __future__ import annotations

import re
from typing import Sequence

# Quoted speech: its "I" and "you" belong to the speaker, not to the line's writer.
_QUOTED = re.compile(r"[\"“][^\"“”]{0,400}[\"”]|(?<!\w)[‘'][^‘’']{0,200}[’'](?!\w)")
# The reader addressed: a comment answers the writer or other readers. ("I" alone is not a cue: reporters'
# diaries, columns and statements speak in the first person.)
_SECOND = re.compile(r"\b(?i:you|your|yours|yourself|imho)\b|\b(?:u|ur)\b")
_EXCITED = re.compile(r"[?!]{2,}|\.{4,}|(?<!\w)[:;]-?[()DPp](?!\w)|\b(?:lol|omg|wtf|haha\w*|lmao)\b", re.I)
# Words that attribute or report: a news line carries them, a comment rarely does.
_ATTRIBUTION = re.compile(r"\b(?:said|says|told|according to|announced|reported|confirmed|added|spokesman|spokeswoman|"
                          r"officials?|police|ministry|agency)\b", re.I)
# A notice about the comments under a page: a thread is near it.
_POLICY = re.compile(
    r"\b(?:we welcome (?:your )?comments|views expressed in (?:the |these )?comments|comments (?:are|will be) (?:moderated|"
    r"reviewed|closed)|(?:comments|posts) (?:do not|don't) (?:necessarily )?(?:represent|reflect)|community (?:guidelines|"
    r"standards|rules)|(?:read|see) our (?:comment|discussion) (?:policy|guidelines)|(?:post|leave|add) a comment|"
    r"comment(?:ing)? (?:policy|guidelines)|(?:to|you must) (?:log ?in|sign in|register) to (?:comment|post|reply))\b",
    re.I,
)
# Cheap substrings one of which every cue holds (a pre-check).
_HINT = re.compile(r"(?i:you|imho|lol|omg|wtf|haha|lmao)|\bur?\b|[?!]{2}|\.{4}|[:;]-?[()DPp]")
MIN_THREAD = 3  # informal lines a thread needs
MAX_WORDS = 60  # a comment longer than this reads as prose; its line is judged neutral


def _unquoted(line: str, open_quote: bool) -> str:
    """``line`` without its quoted speech; ``open_quote``: the line starts inside a quotation."""
    if open_quote:
        close = min((k for k in (line.find("\""), line.find("”")) if k >= 0), default=len(line))
        line = line[close + 1:]
    return _QUOTED.sub(" ", line)


def quote_states(lines: Sequence[str]) -> list[bool]:
    """For each line, whether it starts inside a quotation opened on an earlier line (a quote over paragraphs)."""
    out: list[bool] = []
    inside = False
    for line in lines:
        out.append(inside)
        straight = line.count("\"") % 2 == 1
        curly = line.count("“") - line.count("”")
        if straight or curly:
            inside = (not inside) if straight else curly > 0
    return out


def is_informal(line: str, open_quote: bool = False) -> bool:
    """True for a line that reads as a reader's comment: it addresses the reader outside quotes, or has
    excited punctuation or emoticons, and attributes nothing (``open_quote``: it starts inside a quotation)."""
    if not _HINT.search(line):  # most lines hold no cue at all
        return False
    bare = _unquoted(line, open_quote)
    words = bare.split()
    if not words or len(words) > MAX_WORDS or _ATTRIBUTION.search(bare):
        return False
    return bool(_SECOND.search(bare) or _EXCITED.search(bare))


def is_comment_policy(line: str) -> bool:
    """True for a notice about the comments under a page ("We welcome comments that ...")."""
    return bool(_POLICY.search(line)) and len(line.split()) <= 40


def _neutral(line: str) -> bool:
    """A short line that attributes nothing: it may sit between comments ("The dog looks beautiful.")."""
    return len(line.split()) <= 25 and not _ATTRIBUTION.search(_QUOTED.sub(" ", line))


def thread_start(lines: Sequence[str]) -> int:
    """Where a comment thread found by form starts (``len(lines)``: none); it runs to the page's end.

    With a comment-policy notice: the block of informal or short unattributed lines right
    above the notice, when it holds two informal lines, else the notice itself. Without
    one: the page's last block of informal or short unattributed lines, when it holds
    ``MIN_THREAD`` informal lines and they are at least half of it.
    """
    policy = next((i for i, line in enumerate(lines) if ("comment" in line.lower() or "communit" in line.lower())
                   and is_comment_policy(line)), None)
    end = len(lines) if policy is None else policy
    quoted = quote_states(lines[:end])
    chatty: dict[int, bool] = {}  # read from the end up, only as far as the block goes

    def informal_at(k: int) -> bool:
        if k not in chatty:
            chatty[k] = is_informal(lines[k], quoted[k])
        return chatty[k]

    start = end
    while start > 0 and (informal_at(start - 1) or _neutral(lines[start - 1])):
        start -= 1
    while start < end and not informal_at(start):  # the block opens with a comment
        start += 1
    informal = sum(informal_at(k) for k in range(start, end))
    if policy is not None:
        return start if informal >= 2 else policy
    if informal >= MIN_THREAD and 2 * informal >= end - start:
        return start
    return len(lines)
