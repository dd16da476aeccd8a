"""Text about a page's pictures and videos, not about the news: teasers, credits and server leftovers.

A video page flattened to text keeps the clip's title and blurb ("CCTV pictures capture the
moment the quake struck", "The footage is from a security camera"); a photo keeps its
credit ("Photo by jdoe on Flickr.", "Some rights reserved"), sometimes glued to the front of
the lead; a server that failed an include leaves its error text in the page ("(an error
occurred while processing this directive)"). All are found by form: a clause whose subject
is the medium itself, a credit's shape, the server's fixed message. Nothing here is about a
given site or story.
"""
from __future__ import annotations

import re

# The fixed message of a failed server-side include, in brackets or not, anywhere in a line.
_SSI_ERROR = re.compile(r"\s*[\[(]?\s*an error (?:has )?occurred while processing this directive\s*[\])]?\s*", re.I)
# A wire service's story code: "(ID: nBKK124734)", "(nFLU)".
_WIRE_CODE = re.compile(r"\s*\((?:ID:\s*)?n[A-Z][A-Z0-9]{2,12}\)")
# A licence note glued to the front of a line: "Some rights reserved The chief executive ...".
_LEAD_LICENCE = re.compile(r"^(?:some|all) rights reserved\.?\s*(?=[A-Z\"“]|$)", re.I)
# A photo credit line: "Photo by jdoe on Flickr.", "Picture courtesy of Jane Doe", "Photograph by Jane Doe for the Ledger".
_CREDIT_BY = re.compile(
    r"^(?:photo(?:graph)?s?|pictures?|images?|illustrations?|video)\s+(?:by|from|courtesy(?: of)?|via)\s+"
    r"[^.!?]{2,80}?(?:\s+(?:on|via|for|from)\s+[\w.&' -]{2,40})?\.?$",
    re.I,
)
# The medium as the subject of a present-tense clause that opens the line or a glued unit: "CCTV pictures
# capture ...", "This video shows ...", "Aerial footage reveals ..." (a past tense, "the video showed ...",
# is the news reporting what a clip proved).
_MEDIUM = r"(?:video|videos|footage|pictures|images|photos|photographs|clip|film|slideshow|gallery|cctv|webcam)"
_MEDIA_VERB = r"(?:shows?|captures?|illustrates?|reveals?|depicts?|is from|are from|appears? to show)"
_MEDIA_CLAUSE = re.compile(rf"^(?!(?:as|if|when|while|because|since|until|unless|though|although)\b)(?:[\w'’-]+\s+){{0,3}}?{_MEDIUM}\s+(?:\w+\s+)?{_MEDIA_VERB}\b", re.I)
_GLUED_MEDIA = re.compile(rf"(?<=[a-z]{{4}}\s)(?<!with\s)(?<!from\s)(?<!into\s)(?<!that\s)(?<!this\s)(?<!about\s)(?-i:[A-Z][\w'’-]*\s+)(?:[\w'’-]+\s+){{0,2}}?{_MEDIUM}\s+{_MEDIA_VERB}\b", re.I)
# The page's layout named: "the video below shows", "watch the clip above", "in the gallery below".
_DEIXIS = re.compile(rf"\b{_MEDIUM}\s+(?:below|above)\b|\b(?:below|above)\s*[:,]?\s+(?:is|are)\s+(?:a|the)\s+{_MEDIUM}\b", re.I)
# Something caught on a camera, as a title: "Haiti earthquake captured on security camera".
_CAUGHT = re.compile(r"\b(?:captured|caught) on (?:(?:security|mobile|phone|cctv|traffic|dash|helmet) )?"
                     r"(?:camera|cam|video|film|tape|cctv)\b", re.I)
# Words that attribute the clip's content to someone: then the line reports what the clip proves.
_ATTRIBUTED = re.compile(r"\b(?:said|says|told|according to|police|officials?|prosecutors?|investigators?)\b", re.I)
# A line addressed to the reader about a clip: "Watch the video.", "Listen to him here", "Watch: the rescue".
_IMPERATIVE = re.compile(r"^(?:Watch|Listen|Hear|View)(?:\s*:|\s+(?:to|the|this|these|our|a|an|it|him|her|them|more|live|"
                         r"again|now|here|full|video|clip|footage)\b)|^(?:See|View|Browse) (?:a|the|our|more|all)(?: \S+){0,3}? "
                         r"(?:gallery|galleries|pictures|photos|slideshow|video|videos)\b")
# A programme listing: a presenter introducing a broadcast ("Jo Roe presents an appeal on behalf of ...").
_LISTING = re.compile(r"^(?!(?:The|A|An|This|That|These|Those|He|She|It|They|We|After|When|While|As|If|And|But|So|Then)\b)"
                      r"(?:[A-Z][\w'’.-]+\s+){2,3}(?:presents|introduces|narrates|reports from|looks back at|explores|"
                      r"investigates)\s+(?:an?|the|his|her|this|a special)\b")
# A clip's running time: "(2:34)" ending a line, "Duration: 3:21" (not a race's gaps: "finished 2min 42sec behind").
_RUNNING_TIME = re.compile(r"\(\d{1,2}:\d{2}\)\s*$|\b(?:duration|running time)\s*:?\s*\d", re.I)
# Finite verbs that make a line a report rather than an imperative addressed to the reader.
_REPORTING = re.compile(r"\b(?:is|are|was|were|has|have|had|said|says|will|would)\b")
_HINTS = ("video", "footage", "picture", "image", "photo", "clip", "film", "slideshow", "gallery", "cctv", "webcam", "camera")
MAX_TEASER_WORDS = 20  # a longer line opening with the medium describes evidence at length: it stays
VIDEO_PAGE_WORDS = 150  # a page this short that opens with a teaser is a video page


def strip_server_text(line: str) -> str:
    """``line`` without a failed include's error text, wire story codes ("(ID: nBKK124734)") and a
    licence note glued to its front."""
    if "directive" in line:
        line = _SSI_ERROR.sub(" ", line).strip()
    if "(n" in line or "(ID:" in line:
        line = _WIRE_CODE.sub("", line).strip()
    if "reserved" in line[:30].lower():
        line = _LEAD_LICENCE.sub("", line)
    return line


def is_credit_line(line: str) -> bool:
    """True for a line that only credits a picture ("Photo by jdoe on Flickr.")."""
    return len(line.split()) <= 14 and bool(_CREDIT_BY.match(line.strip()))


def is_media_teaser(line: str) -> bool:
    """True for a line about a picture, video or programme rather than the news: an imperative addressed to the
    reader ("Watch the video.", "Listen to him here"), a programme listing ("X presents an appeal on behalf
    of ..."), a clip's running time; or it points at the page's layout
    ("the video below"), or a short line opens with the medium as the subject of a present-tense
    clause ("CCTV pictures capture the moment ..."), or such a clause is glued after a title
    ("... as quake hits CCTV pictures capture ..."), or a title says something was "captured on
    camera". A line that attributes what the clip shows ("police say the footage shows ...") stays."""
    words = len(line.split())
    if words <= 2 * MAX_TEASER_WORDS and (_IMPERATIVE.match(line) and not _REPORTING.search(line) or _RUNNING_TIME.search(line)):
        return True
    if words <= 2 * MAX_TEASER_WORDS and _LISTING.match(line) and not _ATTRIBUTED.search(line):
        return True
    low = line.lower()
    if not any(map(low.__contains__, _HINTS)) or _ATTRIBUTED.search(line):
        return False
    if _GLUED_MEDIA.search(line) or _DEIXIS.search(line) and words <= 30:
        return True
    return words <= MAX_TEASER_WORDS and bool(_MEDIA_CLAUSE.search(line) or _CAUGHT.search(line))


def video_page(lines: list[str]) -> bool:
    """True for a short page whose first line is a media teaser: the blurb of a video or a gallery, all of it."""
    return bool(lines) and sum(len(line.split()) for line in lines) <= VIDEO_PAGE_WORDS and is_media_teaser(lines[0])
