"""Furniture of pages as they are written now: labels for screen readers, share strips, notes on the article itself.

Shapes, never a given site's strings:

* A picture's label for screen readers stands on its own line, a label, a comma and a name: "Image source, Agency",
  "Media source, Agency" (the caption's own label, "Image caption, ...", is read by the line rules).
* A page's note on its own layout: "Story continues below advertisement", "Article continues after this ad".
* A share strip: two or more "Share on X" / "Share via X" / "Copy link" items on one line and nothing else.
* A relative stamp left alone on a line: "GMT Updated 2 hours ago", "Updated 5 mins ago", "8m ago".
* A byline with the page's date run onto it, "By Jo Roe March 4, 2026".
* A share widget's word, "Link copied!", a link's label
  read to screen readers "Licensing rights, opens new tab".
* A pointer to more coverage at an address: "Follow our coverage of the vote at https://...".
* A page's link label, "Our Standards: The Trust Principles.": a short line opening with "Our", a capitalised noun
  and a colon.
* A note on the article itself or its writer (:func:`writer_note`): "This story has been updated (with ...)",
  "A version of this article appears in print on ...", "This article was originally published by ...", a feed
  item's footer "The post <headline> appeared first on <site>.", a writer's bio "Jo Roe is a correspondent based
  in Oslo.", "Jo Roe covers health for the Daily Example.", "Roe reported from Oslo."
* A list of related links between a reader's marks "list of 4 items" and "end of list" (:func:`link_list`), and a
  byline in capitals run onto the headline above it, "Floods hit towns By JO ROE and AL POE" (:func:`strip_run_on`).
"""
from __future__ import annotations

import re

_LINE = re.compile(
    r"^(?:(?:image|media|video|photo)\ source,\ .{1,60}"
    r"|(?:the\ )?(?:story|article|text)\ continues\ (?:below|after)(?:\ (?:the|this))?\ (?:advertisement|advert|ad)s?\.?"
    r"|(?:(?:share\ (?:on|via|to)\ [\w.]+|copy\ link)(?:\s+|$)){2,8}"
    r"|(?:[A-Z]{2,4}(?:[+-]\d{1,2})?\s+)?(?:updated\s+)?\d{1,3}\s?(?:m|h|d|mins?|minutes?|hrs?|hours?|days?)\ ago"
    r"|our\ (?-i:[A-Z][a-z]+):\ .{1,60}"
    r"|(?:link\ copied|copy\ link|link\ copied\ to\ clipboard)!?"
    r"|(?:follow|read|watch|listen\ to|see|find)\b.{0,80}\ (?:at|on)\ (?:https?://|www\.)\S+"
    r"|.{1,60},\ opens\ (?:a\ )?new\ (?:tab|window)"
    r"|by\ (?-i:(?:[A-Z][\w.'’-]+\ ){1,3})(?-i:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\.?\ \d{1,2},?\ \d{4})\s*$",
    re.I | re.X,
)
_ROLE = (r"(?:senior |chief |deputy |staff |political |foreign |economics |business |health |science |freelance |"
         r"investigative |national |international |white house |)"
         r"(?:correspondent|reporter|producer|editor|writer|journalist|columnist|contributor|photographer|photojournalist|"
         r"bureau chief|anchor|presenter)")
_NAME = r"(?!(?:He|She|It|They|We|I|You|This|That|There) )(?:[A-Z][a-zA-Z'’.-]+ ){1,3}"
_NOTE = re.compile(
    r"^this (?:story|article|report|post|page) (?:has been|was|is being|will be) (?:updated|corrected|amended)\b"
    r"|^(?:a version of |parts of )?this (?:story|article|report|piece) (?:was )?(?:first |originally )?"
    r"(?:appears?|appeared|published|ran) (?:in print|in the|on|by)\b"
    rf"|^the post .{{5,200}} appeared first on .{{2,60}}$"
    rf"|^{_NAME}(?:is|was) (?:a|an|the) {_ROLE}\b(?: (?:based|who is based|for|at|with|in|covering)\b.{{0,80}})?$"
    rf"|^{_NAME}covers [\w ,&'’-]{{2,60}} for (?:the )?(?-i:[A-Z])[\w ,.&'’-]{{1,60}}$"
    rf"|^{_NAME}(?:and {_NAME})?(?:reported|contributed reporting) from (?-i:[A-Z])[\w ,.'’-]{{1,60}}$",
    re.I,
)
_LIST_START = re.compile(r"^list of \d{1,2} items?\b", re.I)
_LIST_END = re.compile(r"(?:^|\s)end of list\s*$", re.I)
_RUN_ON_BYLINE = re.compile(r"(?<=[a-z0-9’'])\s+BY\s+[A-Z]{2,}(?:[ .'-]+[A-Z]{2,}){1,3}(?:,? (?:and|AND) [A-Z]{2,}(?:[ .'-]+[A-Z]{2,}){1,3})*$"
                            r"|(?<=[a-z0-9’'])\s+By\s+[A-Z]{2,}(?:[ .'-]+[A-Z]{2,}){1,3}(?:,? (?:and|AND) [A-Z]{2,}(?:[ .'-]+[A-Z]{2,}){1,3})*$")


def furniture_line(line: str) -> bool:
    """True for a whole line of a current page's furniture: a picture's source label, a note on an advert, a share
    strip, a lone relative stamp, a link label opening with "Our" and a colon."""
    return len(line.split()) <= 12 and bool(_LINE.match(line.strip()))


def writer_note(sentence: str) -> bool:
    """True for a note on the article itself or its writer, never news: an update note, a print or first-publication
    note, a feed item's footer, a writer's bio, where the writer reported from."""
    s = sentence.strip().rstrip(".").strip()
    return len(s.split()) <= 45 and bool(_NOTE.match(s))


def link_list(lines: list[str]) -> list[bool]:
    """Which lines are a list of related links between "list of N items" and "end of list" (both marks included);
    a start mark with no end mark within twelve lines marks only itself."""
    out = [False] * len(lines)
    for i, line in enumerate(lines):
        if not _LIST_START.match(line):
            continue
        for j in range(i, min(len(lines), i + 13)):
            if _LIST_END.search(lines[j]):
                out[i: j + 1] = [True] * (j + 1 - i)
                break
        else:
            out[i] = True
    return out


def strip_run_on(line: str) -> str:
    """The line without a byline in capitals run onto its end ("Floods hit towns By JO ROE and AL POE")."""
    return _RUN_ON_BYLINE.sub("", line) if " B" in line else line


_YEAR_DASH_CLOCK = re.compile(r"(\d{4})\s+[-–—|]\s+(\d{1,2}:\d{2})")


def stamp_text(line: str) -> str:
    """A time stamp as dates are read: a dash or bar between the year and the clock goes ("May 4, 2026 - 15:21")."""
    return _YEAR_DASH_CLOCK.sub(r"\1 \2", line)
