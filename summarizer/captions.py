"""Sentences about the page, not the news: picture captions, video-teaser credits, words to the reader.

- A wire photo caption describes the picture in the present tense and ends with its place and
  date, the date given bare after the place ("A boy holds a flag in Lowmere Town May 3,
  2011."): prose puts a preposition before a date ("on May 3, 2011") and reports in the past.
- A video teaser credits its reporter: "Jane O'Brien reports on how ...".
- A pull quote names its speaker before a colon and quotes a phrase with no full stop of its
  own ('Jane Roe: " This is a disaster "'): a caption that the lead goes on to report.
- Words addressed to the reader in the writer's own voice (second person outside any quotation,
  with no one quoted: "You can sign up by visiting your club's page ...", "If you wish to make a
  donation, ...") are instructions, advice or comment, never a news line. So is the first person
  singular, or the writer among the readers, with no one quoted ("I remember a time when ...", "Many
  of us here in the county ..."): a columnist's, a reader's or a reporter's own voice, or a quotation
  whose marks and speaker were lost. A bare "we" is left alone: it is most often an organisation's
  statement ("We will make our position clear to the government"), which reports a position.

All are found by form; nothing here is about a given site or story.
"""
from __future__ import annotations

import re

from summarizer import gluewords as W
from summarizer.datelines import CLOCK
from summarizer.foldcase import Cue, ascii_lower
from summarizer.latin import language_of
from summarizer.lexicon import MONTH_NAMES, SAY, alternation
from summarizer.pagemarks import strip_glued_byline
from summarizer.pictures import picture_caption, strip_picture_mentions
from summarizer.reviews import strip_book_header

_MONTH = rf"(?:{MONTH_NAMES}|" \
         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
# A bare date closing the sentence, after a name and no preposition: "... in Mexico City April 24, 2009."
_CLOSING_DATE = re.compile(
    r"(?<=[A-Za-z,)])\s(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s)?" + _MONTH + r"\s\d{1,2},?\s(?:19|20)\d\d\.?\s*$")
_DATE_PREPS = frozenset("on since until till by of from to before after through between and or dated born died in at".split())
# A past or perfect tense, or an attribution: then the sentence reports, it does not describe a picture.
_REPORTS = re.compile(r"\b(?:was|were|had|has been|have been|did|said|says|told|according to|reported|announced)\b", re.I)
MIN_CAPTION_WORDS = 6
# A video teaser's credit: a name of two or three words, then "reports on" or "reports from".
_REPORTER = re.compile(r"^(?!(?:The|A|An|This|Our)\b)(?:[A-Z][\w'’.-]*\s+){2,3}reports\s+(?:on|from)\b")
# An outlet's reporter on their own trip or report, a video's caption ("The Network's Jo Roe reports from ...", "Our
# correspondent travelled to ...", "The Paper's Jo Roe in Lowmere saw how ...", "Our editor, Jo Roe, explains why ...", "The
# Network's Jo Roe has followed the story of ..."): what the reporter did, not the news.
_REPORTER_TRIP = re.compile(
    r"^(?:Our|(?:The\s+)?(?:[A-Z][\w&.-]*\s+)?[A-Z][\w&.-]*['’]s)\s+(?:[A-Za-z]+\s+){0,2}"
    r"(?:(?:correspondent|reporter|editor)\b(?:\s+in\s+[A-Z][\w'’.-]*)?,?(?:\s+[A-Z][\w'’.-]*){0,3},?|(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)\s+"
    r"(?:(?:in|at)\s+(?:[A-Z][\w'’.-]*,?\s+){1,3})?"
    r"(?:reports\s+(?:on|from)|is\s+(?:reporting|travell?ing)\s+(?:from|to|with|through)|(?:has\s+)?travell?ed\s+(?:to|with|from|through)|"
    r"boarded\s.{0,60}\bto\s+travel|saw\s+how|(?:went|has\s+been)\s+to\s+(?:see|meet|find)|"
    r"(?:has\s+been|is)\s+(?:following|finding\s+out|looking\s+at)|spent\s+(?:a|the)\s+(?:day|night|week|morning)\s+with|"
    r"looks?\s+at\s+how|finds?\s+out|has\s+followed\s+(?:a|an|the|one|two|three|some)\b|assesses|"
    r"(?:describes|explains)\s+(?:a|an|the|his|her|their|how|what|why|whether)\b)\b")
_YOU = Cue(re.compile(r"\b(?:you|your|yours|yourself|yourselves)\b", re.I), needs=("you",))
# The first person: "my", "me", and the writer among readers ("many of us"). A bare "we" or "our" is left alone:
# it is most often an organisation's statement whose quotation marks were lost ("We will make our position clear").
_FIRST_PERSON = re.compile(r"\b(?:[Mm]y|me|myself|(?:[Mm]any|[Mm]ost|[Ss]ome|[Tt]hose|[Aa]ll|[Ff]ew|[Nn]one) of us)\b")
# "I" before a lower-case word, "I'm", "I've": the first person, unless a capitalised word comes before it
# ("World War I ended", "Elizabeth I was").
_OPENING = W.INTRO | W.FUNCTION | W.STARTERS  # "Because I think", "When I": no name before the pronoun
_I = re.compile(r"\bI(?:['’](?:m|ll|ve|d))?\s+[a-z]")
_QUOTE_MARKS = re.compile("[\"“”`‘]|''")
# Verbs that quote or report someone: second person then belongs to a quotation.
_QUOTING = re.compile(r"\b(?:" + alternation(SAY) + r"|asked|asks|added|adds|according|insisted|explained|wrote|writes|"
                      r"quoted|replied|urged|urges|warned|warns)\b", re.I)


# A caption naming its own picture: "... at a depot in Lowmere, in this Friday, Mar. 6, 2015 file photo."
_PICTURE = r"(?:photo|photograph|picture|image|frame grab|video grab)"
_THIS_PHOTO = re.compile(r"\b(?:in|of|from) this (?:(?:(?-i:[A-Z][a-z]*\.?,?|\d{1,4},?)\s){1,5}(?:(?:file|handout|undated|aerial|pool) ){0,2}"
                         rf"|(?:(?:file|handout|undated|aerial|pool) ){{1,2}}){_PICTURE}\b"
                         rf"|\b(?:in|of|from) this {_PICTURE} (?:taken|released|provided|made)\b", re.I)


# A caption opening with its picture: "Photograph number four of a set of 15 showing a ranger ...".
# A picture named as the sentence's subject, then what it shows: "This photo, released by X on Dec. 22, shows ...",
# "This image made from video shows ...", "The photo, taken on Monday, shows ..." (a wire's caption in the body). A
# picture without "this" or a description of its making ("Satellite images show ...") is evidence reported, not one.
_PICTURE_SHOWS = re.compile(
    r"^(?:This\s+(?:(?:file|handout|undated|aerial|pool|combination|combo)\s+){0,2}(?P<a>PIC)\b"
    r"|(?:The|A|An)\s+(?:(?:file|handout|undated|aerial|pool|combination|combo)\s+){0,2}(?P<b>PIC),?\s+(?:taken|released|"
    r"provided|made|dated|obtained|distributed|supplied|issued)\b).{0,220}?\bshows?\b".replace(
        "PIC", r"(?:photo(?:graph)?|picture|image|still|screen ?grab|video grab|frame grab)s?"), re.I)
# A graphic named as the sentence's subject, then what it shows: "This graphic shows the rainfall ...", "The chart below
# shows how ...", "The map above, courtesy of X, shows ..." (the page's figure, which the digest cannot show). A chart
# without "this" or a pointer ("The chart shows there were five calls") is evidence reported, not one.
_GRAPHIC_SHOWS = re.compile(
    r"^(?:This\s+(?:interactive\s+)?(?:graphic|chart|map|infographic|illustration|graph|table|timeline)s?\b"
    r"|The\s+(?:interactive\s+)?(?:graphic|chart|map|infographic|illustration|graph|table|timeline)s?\s+(?:below|above)\b)"
    r".{0,160}?\bshows?\b", re.I)
_SHOWING = re.compile(r"^(?:photo(?:graph)?|picture|image|still|frame)s?\b(?:\s+[^\s.]+){0,8}?\s+showing\b", re.I)


def _ends_in_digit(sentence: str) -> bool:
    """The last character before trailing spaces and one full stop is a digit: a cheap test that
    :data:`_CLOSING_DATE`, which ends with a year, needs (a search of it tries every character)."""
    tail = sentence.rstrip()
    return (tail[:-1] if tail.endswith(".") else tail)[-1:].isdigit()


def is_photo_caption(sentence: str) -> bool:
    """A present-tense description that ends with a bare place-and-date ("People wear masks in Osaka May 15, 2009."),
    or a sentence that names its own picture ("... in this Feb. 10, 2009 file photo.", "Photograph no 9 of a set of 22
    showing ...", "This photo, released by X, shows ...", "This graphic shows ..."), or one that describes its picture by form (:func:`summarizer.pictures.picture_caption`)."""
    if picture_caption(sentence):
        return True
    if "this" in sentence and _THIS_PHOTO.search(sentence) or _SHOWING.match(sentence) and not _REPORTS.search(sentence):
        return True
    if " show" in sentence and (_PICTURE_SHOWS.match(sentence) or _GRAPHIC_SHOWS.match(sentence)):
        return True
    m = _CLOSING_DATE.search(sentence) if _ends_in_digit(sentence) else None
    if not m:
        return False
    before = sentence[: m.start()].split()
    return len(before) >= MIN_CAPTION_WORDS and before[-1].lower().strip(",") not in _DATE_PREPS \
        and not _REPORTS.search(sentence)


# A pull quote: a name of one to five words, a colon, a quotation with no stop before its closing mark.
_PULL_QUOTE = re.compile(r"^(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*:\s*[\"“]\s*[^\"“”]*[^.!?,\s\"“”]\s*[\"”]\s*$")


def is_pull_quote(sentence: str) -> bool:
    """A pull quote: 'Jane Roe: " This is a disaster "' (a speaker, a colon, a quoted phrase without a stop)."""
    return bool(_PULL_QUOTE.match(sentence))


def is_reporter_credit(sentence: str) -> bool:
    """A video teaser's credit line: "Jane O'Brien reports on how the site is used", or an outlet's reporter on their
    trip ("The Network's Jo Roe is travelling to ...", "Our correspondent travelled to ...")."""
    if _REPORTER.match(sentence):
        return True
    owned = "'" in sentence[:40] or "’" in sentence[:40] or sentence.startswith("Our ")  # a cheap gate: "X's", "Our"
    return owned and bool(_REPORTER_TRIP.match(sentence))


def _first_person_i(sentence: str) -> bool:
    """``sentence`` holds the pronoun "I" (not a regnal or ordinal "I" after a name)."""
    for m in _I.finditer(sentence):
        before = sentence[: m.start()].split()
        if not before or not before[-1][:1].isupper() or before[-1][-1] in ".,;:!?" or before[-1].lower() in _OPENING:
            return True
    return False


def own_voice(sentence: str) -> bool:
    """The writer's own voice in English: second or first person, no quotation marks, no one quoted."""
    if not (_YOU.found(sentence, ascii_lower(sentence)) or _FIRST_PERSON.search(sentence) or "I" in sentence and _first_person_i(sentence)) \
            or _QUOTE_MARKS.search(sentence) or language_of(sentence) != "en":  # "I ministri ...": an article
        return False
    return not _QUOTING.search(_TO_WRITER.sub(" ", sentence))


# Words said to the writer ("He told me he lived in Washington", "history tells us that ..."): the writer tells them.
_TO_WRITER = re.compile(r"\b(?:told|tells|tell|asked|asks)\s+(?:me|us)\b|\b(?:said|explained|wrote)\s+to\s+(?:me|us)\b")


# A credit glued before the body: "Photograph: Jane Doe/Reuters The ...", "Photographer: Jane Doe / AP The ...", "Photograph: PA The ...", "(AP Photo/Jane Doe) LONDON ...", "(By Jane Doe -- Associated Press) The
# ...", "(Jane Doe - The Daily Post) The ...", "(Listen Here) As ...", "(Courtesy of Jane Doe) When ...", or a byline with its time stamp "Jane Doe | 09:42 UK time, Friday, 12
# March 2010 The ..."
_LEAD_CREDIT = re.compile(
    r"^(?:Photograph(?:er)?|Photo|Image|Picture|Illustration)s?:\s*(?:[^/\s]+\s+){0,4}?[^/\s]*/\s*"
    r"(?:[\w.&-]+/)*(?:Getty Images|[A-Z][\w.&-]*)\s+(?=[A-Z\"“])"
    r"|^(?:Photograph(?:er)?|Photo|Image|Picture)s?:\s*[A-Z]{2,5}\s+(?!Photo)(?=[A-Z\"“])"  # "Photograph: AP A Scottish ..."
    r"|^\((?i:by|courtesy of|photos?(?: by)?|photograph(?: by)?|pictures?|images?|credit)\s+[A-Z][^()]{1,80}\)\s*(?=[A-Z\"“])"
    r"|^\((?:[A-Z][\w.&-]*\s+){1,2}(?:Pool\s+)?Photos?/[^()]{1,60}\)\s*(?=[A-Z\"“])"
    r"|^\((?:[A-Z][\w.'’-]*\s+){1,3}(?:--?|—|–)\s+(?:[A-Z][\w.&'’-]*\s*){1,4}\)\s*(?=[A-Z\"“])"  # "(Jo Roe - The Post)"
    r"|^\((?:[A-Z][a-z][\w.&'’-]*)(?:\s+[A-Z][\w.&'’-]*){0,2}\)\s+(?=[A-Z\"“])"  # a label alone: "(Listen Here)", not "(AP)"
    rf"|^(?:[A-Z][\w.'’-]+\s+){{0,3}}[A-Z][\w.'’-]+\s*\|\s*{CLOCK}[^|.]{{0,50}}?\b(?:19|20)\d\d\s*(?:[|:-]\s*)?(?=[A-Z\"“])"
)


def strip_lead_credit(line: str) -> str:
    """``line`` without a photo credit, a bracketed byline or credit, or a byline (with or without its time stamp)
    glued before it (:func:`summarizer.pagemarks.strip_glued_byline`), a book review's header
    (:func:`summarizer.reviews.strip_book_header`), and without a mention of its picture
    ("(pictured)", ", seen here,": :func:`summarizer.pictures.strip_picture_mentions`)."""
    return strip_picture_mentions(strip_glued_byline(strip_book_header(_LEAD_CREDIT.sub("", line, count=1))))
