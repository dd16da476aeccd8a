"""Marks a flattened page leaves in its text: a byline glued to the lead, a document's running page header
inside a sentence, a live page speaking of itself, and a sentence that opens inside another one.

* A byline loses its line break and runs into the lead: "By Jo Mantle Acme's new phone sold ...". "By",
  a first name and a surname (one initial may stand between them), then a capitalised word that opens the
  lead: the name is cut off (:func:`strip_glued_byline`). A third name word counts only when a word that
  opens a sentence follows it ("By Mary Ann Smith The ..."); a calendar word is never a name ("By Monday").
* A document's page header, printed at the top of each page, lands wherever the page broke: "... provided a
  great OFFICE 00001760 002 OF 004 deal of support ...". An upper-case identifier with a long serial number
  and "NNN OF NNN", or "Page 2 of 4", is taken out (:func:`strip_page_marks`).
* A press review sums up other papers' stories, each entry opening with its page ("P3 A film about ..."), and a
  line may send the reader to a website ("... visit example.co.uk"): both point elsewhere (:func:`pointer_lines`).
* A live page speaks of itself ("this live blog", "refresh the page", "follow our live coverage", "we will
  bring you updates", its archived header "As it happened: ...", "Live coverage of ...", a greeting "Good evening and
  welcome ...", a note to readers "NB: ...", a sign-off "That's it from the court for today", "We are closing this
  blog now", "Thanks for reading"): furniture, never news (:func:`live_self_reference`), unless quoted.
* A leaked document re-published in a page keeps its furniture: an e-mail's header fields run into a line ("To:
  Jo Roe Subject: Re: your call", "... Senators Subject: threats"), a cable's classification line ("Classified By:
  ...", "... for Reasons 1.4 (b) and (d)"), and the redaction marks that stand for withheld words ("information from
  XXXXXXXXXXXX, who ..."): a sentence with any of them is no digest line (:func:`document_furniture`).
* A sentence that opens inside another one is a remnant, not a line (:func:`opens_inside`): it opens with a
  dash or an ellipsis then a lower-case word ("– as with the cables ..."), with any lower-case word ("as with ...",
  "which ...", "state prosecutor X demanded as ..."; not a name's particle, "de Klerk"), with a quotation mark then a lower-case word ('"it's ok to ..."'),
  with the tail of a broken apostrophe ("™ t think ..."), or is a bracketed aside ("(But was it a tribute?)."), or closes a
  quotation ('We will stay, ” he said.') or a bracket it never opened ("... criticise, 11 December)."),
  unless the bracket numbers a list item ("notes: 1) the first ...").
* A live page opens its entries with a 24-hour clock: where two or more of them can be no year ("0015", "2358"),
  every four-digit lead on the page is a clock and goes ("1432 The BBC's ..."), :func:`clock_page`.
Nothing here is about a given site or story.
"""
from __future__ import annotations

import html
import re
from typing import Sequence

from summarizer.foldcase import Cue
from summarizer.lexicon import MONTH_NAMES, MONTHS_LOWER, WEEKDAYS_LOWER
from summarizer.pointers import sends_reader
from summarizer.quotes import quote_spans

# Words a capital opens that are not a first name after "By": calendar words, determiners and pronouns.
_NOT_NAME = frozenset(
    "the a an this that these those then now today tonight tomorrow "
    "yesterday christmas easter noon midnight law order night day morning evening far contrast comparison "
    "default design nature definition some all most many his her their its our my your".split()
) | MONTHS_LOWER | WEEKDAYS_LOWER
# Words that open a sentence, after which a third name word is taken as a surname ("By Mary Ann Smith The ...").
_OPENS = frozenset("the a an in on at it he she they this that there as after when while for with".split())
_NAME_WORD = r"[A-Z][a-z'’-]+(?:-[A-Z][a-z'’-]+)?"
_GLUED_BYLINE = re.compile(
    rf"^(?:By|BY)\s+(?P<first>{_NAME_WORD})\s+(?:[A-Z]\.\s+)?(?P<last>{_NAME_WORD})\s+(?P<third>{_NAME_WORD}\s+)?"
    r"(?=[A-Z\"“‘'])(?P<next>\S+)"
)
MIN_LEAD_WORDS = 8  # the lead after a byline is a sentence, not a label

_PAGE_MARK = re.compile(r"\s(?:[A-Z]{3,}\s+)?\d{6,9}\s+\d{1,3}\s+OF\s+\d{1,3}\b|\s\(?Page \d{1,3} of \d{1,3}\)?(?=\s)")

# A header field opening a sentence, or one glued inside it (a capitalised field name, so never "the subject:");
# a classification line's authority or reasons; a redaction mark (no word and no Roman numeral holds five X's).
_DOCUMENT = re.compile(r"^(?:From|To|Sent|Cc|Bcc|Subject|Date):\s|\s(?:Subject|Sent|Cc|Bcc):\s|X{5,}"
                       r"|\bClassified [Bb]y:|\bReasons? 1\.[4-5]\s*\([a-h]\)")

_LIVE_SELF = Cue(re.compile(
    r"\bthis live(?: ?blog\b| (?:\w+ ){0,2}?(?:page|blog|feed|coverage|report)\b)|\brefresh (?:this|the) page\b|\bkeep (?:refreshing|checking back)\b"
    r"|\b(?:follow|read|see) (?:all )?our (?:live |full |latest )?(?:coverage|updates|live blog)\b"
    r"|\bwe(?:'ll|’ll| will) (?:bring you|keep you|be (?:bringing|updating|posting)|update this)\b"
    r"|\bwelcome to (?:our|the) live\b|^stay tuned\b|^as it happened\s*:|^live (?:coverage|updates|reporting)\b"
    r"|^good (?:morning|afternoon|evening)(?: and\b| from\b| everyone\b|,)|^n\.?b\.?\s*:"  # a greeting, a note to readers
    # a sign-off: "That's it from the live blog for today", "We're closing this blog now", "I'll wrap up our coverage"
    r"|^that(?:'s|’s| is) (?:it|all) (?:for|from)\b|^(?:and )?(?:many )?thanks (?:(?:very|so) much )?for (?:reading|following|joining|watching)\b"
    r"|\b(?:we|i)(?:'re|’re|'m|’m|'ll|’ll| are| am| will)?(?: now)?(?: going to)? (?:wrap|wrapping|close|closing|pause|"
    r"pausing|end|ending|finish|finishing)(?: up)? (?:our|this|the|my) (?:live ?blog|blog|(?:live )?coverage|live page)\b",
    re.I,
), needs=("this live", "refresh th", "keep refreshing", "keep checking back", " our ", "we'll", "we will", "welcome to",
          "stay tuned", "as it happened", "live coverage", "live updates", "live reporting", "good morning", "good afternoon",
          "good evening", "nb", "n.b", "that's it", "that's all", "that is it", "that is all", "thanks", "blog", "coverage", "live page"))  # the longest string each alternative holds: "our " or "live " alone is in most pages
_OPEN_INSIDE = re.compile(
    r"^(?:[–—-]|\.{2,}|…|[“\"‘])\s*[a-z]|^[™\ufffd]|^\([^()]*\)[.!?]*$"
    r"|^(?:and|but|or|nor|as|which|who|whom|whose|with|of|to|for|than|because|while|although|though|whereas)\s"
    # any lower-case word: a sentence starts with a capital, so this one began on an earlier line ("...?"\nstate
    # prosecutor X demanded as ..."); not a name's particle ("de Klerk said") nor a brand ("iPhone", "eBay")
    r"|^(?!(?:de|van|von|der|den|ter|al|el|da|di|du|dos|das|del|della|le|la|bin|ibn|mc|mac)\s)[a-z][a-z]+\s"
)

_LIST_MARK = re.compile(r"(?:^|\s)(?:\d{1,2}|[a-z]|[ivx]{1,4})\)")


# A press review's entry opens with the page of the paper it sums up: "P3 A film about ...", "Business, P1 ...".
_PAGE_REF = re.compile(r"^(?:[A-Z][a-z]+,\s+)?P\d{1,3}(?:[,-]\d{1,3})*(?:\s|$)")
# On a press review, an entry may also name its section or supplement and a range: "G2 P16-17 ...", "B5 ...", "P6, 7 ...".
_ENTRY_REF = re.compile(r"^(?:[A-Z][A-Za-z]*\d?,?\s+){0,2}(?:P[!\d]\d{0,2}|[A-Z]\d{1,2})(?:\s*[-,]\s*P?\d{1,3})*(?:\s|$)")
MIN_INDEX_ENTRIES = 2  # a page with this many such entries is a press review
# A line that sends the reader to a website: "For more jobs ... visit example.co.uk".
_ELSEWHERE = re.compile(r"\bvisit\s+(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|co\.uk|org|net)\b", re.I)
MAX_POINTER_WORDS = 40  # a longer line is prose that mentions a website


def pointer_lines(lines: Sequence[str]) -> list[bool]:
    """For each line, whether it points elsewhere: an entry of a press review, opening with the page of the paper it
    sums up ("P3 A film about ..."), on a page with at least :data:`MIN_INDEX_ENTRIES` of them, or any line between
    its first and last entries (an entry broken over two lines: "P15" / "The Kremlin helped ..."); or a short line that
    sends the reader to a website ("For more jobs ... visit example.co.uk")."""
    refs = [bool(_PAGE_REF.match(line)) for line in lines]
    review = sum(refs) >= MIN_INDEX_ENTRIES
    first, last = (refs.index(True), len(refs) - 1 - refs[::-1].index(True)) if review else (0, -1)
    return [review and (ref or first < i < last or bool(_ENTRY_REF.match(line)))
            or len(line.split()) <= MAX_POINTER_WORDS and "isit" in line and bool(_ELSEWHERE.search(line))
            for i, (line, ref) in enumerate(zip(lines, refs))]


def points_elsewhere(sentence: str) -> bool:
    """True for a sentence that sends the reader to a website ("For more jobs ... visit example.co.uk ..."), unquoted,
    or elsewhere by its form (:func:`summarizer.pointers.sends_reader`: "Click here ...", "... can be found at example.org")."""
    m = _ELSEWHERE.search(sentence) if "isit" in sentence else None
    return m is not None and not any(a <= m.start() < b for a, b in quote_spans(sentence)) or sends_reader(sentence)


def strip_glued_byline(line: str) -> str:
    """``line`` without a byline glued before its lead ("By Jo Mantle Acme's new ..." gives "Acme's new ...")."""
    if not line.startswith(("By ", "BY ")):
        return line
    m = _GLUED_BYLINE.match(line)
    if not m or m.group("first").lower() in _NOT_NAME or m.group("last").lower() in _NOT_NAME:
        return line
    third = m.group("third")
    if third and m.group("next").lower() not in _OPENS:  # "By Jo Mantle Acme Corp ...": the lead opens at the third word
        cut = m.start("third")
    else:
        cut = m.start("next")
    rest = line[cut:]
    return rest if len(rest.split()) >= MIN_LEAD_WORDS else line


_ENTITY = re.compile(r"&(?:amp|quot|apos|lt|gt|nbsp|#\d{2,5}|#x[0-9a-fA-F]{2,4});")


def unescape_entities(text: str) -> str:
    """``text`` with the HTML character references a feed left in plain text ("AT&amp;T" gives "AT&T")."""
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)), text) if "&" in text else text


# A page action in brackets, a link's text left in the body: "(Read more here) Scotland Yard has warned ...".
_BRACKET_ACTION = re.compile(r"\s*[(\[](?:read more(?: here)?|click here|more here|full story|see (?:more|below|above)|"
                             r"watch (?:the )?video|listen|related(?: stories| story)?)[)\]]\s*", re.I)


def strip_page_marks(line: str) -> str:
    """``line`` without a document's running page header ("OFFICE 00001760 002 OF 004", "Page 2 of 4") or a page action
    in brackets ("(Read more here)") inside it."""
    if "(" in line or "[" in line:
        line = _BRACKET_ACTION.sub(lambda m: "" if m.start() == 0 or m.end() == len(line) or line[m.end()] in ".,;:!?"
                                   else " ", line)  # "the crowd (see below)." -> "the crowd."
    if " OF " not in line and " of " not in line:
        return line
    return _PAGE_MARK.sub("", line)


def document_furniture(sentence: str) -> bool:
    """A sentence holding a leaked document's furniture: an e-mail header field, a cable's classification line or a
    redaction mark (the module's docstring)."""
    return (":" in sentence or "XXXXX" in sentence or "Reason" in sentence) and _DOCUMENT.search(sentence) is not None


def live_self_reference(sentence: str) -> bool:
    """True for a live page's words about itself ("Refresh the page for the latest"), outside quotation marks."""
    m = _LIVE_SELF.search(sentence)
    return m is not None and not any(a <= m.start() < b for a, b in quote_spans(sentence))


def opens_inside(sentence: str) -> bool:
    """True for a sentence that opens inside another one: a dash or ellipsis then a lower-case word, a lower-case
    conjunction or preposition, a closing curly quotation mark with no opening one before it (the quotation opened
    in an earlier sentence), or a closing bracket with no opening one before it."""
    if _OPEN_INSIDE.match(sentence):
        return True
    quote = sentence.find("”")
    if quote >= 0 and "“" not in sentence[:quote] and '"' not in sentence:
        return True
    close = sentence.find(")")
    if close <= 0 or "(" in sentence[:close] or len(sentence[:close].split()) < 3:
        return False
    return not _LIST_MARK.search(sentence, 0, close + 1)  # "... three notes: 1) the first ...": a list, not a remnant


# A live-page clock time opening a line: "9:16pm The minister ...", "10.32 GMT: Rescue teams ...", "7 pm: Crowds ...".
_LEAD_CLOCK = re.compile(
    r"^\d{1,2}(?::\d{2}\s*(?:[ap]\.?m\.?)?|\.\d{2}\s*(?:[ap]\.?m\.?|GMT|BST|UTC|ET|EST|EDT|CET)|\s?[ap]\.?m\.?(?=\s*[-–—:|]))"
    r"\s*(?:GMT|BST|UTC|ET|EST|EDT|CET)?\s*(?:[-–—:|]\s*)?(?=[A-Z\"“])",
    re.I,
)
# A live page's 24-hour clock opening a line: "0015 Rescue teams ...", "1432 GMT: The UN ..." (a zone, or a leading 0,
# so that a count or a year such as "1200 Marines" or "1998 The ..." is never taken for one).
# A live blog's entry heading may put the day before the clock and the place in capitals after it ("14 MARCH, 2130 GMT,
# LOWMERE We have arrived ..."): the whole heading goes.
_ENTRY_DAY = (r"(?:\d{1,2}\s+(?i:" + MONTH_NAMES.lower() + ")"
              r"(?:\s+\d{4})?,?\s+)?")
_ENTRY_PLACE = r"(?:,\s*[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,5}(?=\s*[-–—:|]|\s+[A-Z\"“][a-z]*\s+[a-z]))?"
_LEAD_HHMM = re.compile(r"^" + _ENTRY_DAY + r"(?:(?:[01]\d|2[0-3])[0-5]\d\s*(?:GMT|BST|UTC|CET)\b|0\d[0-5]\d(?=\s+[A-Z\"“]))"
                        + _ENTRY_PLACE + r"\s*(?:[-–—:|]\s*)?")


# A four-digit lead no year can be: a clock before 10am or after 9pm ("0015 Rescue ...", "2358 The UN chief ...").
_SURE_HHMM = re.compile(r"^(?:0\d|2[1-3])[0-5]\d\s+(?=[A-Z\"“])")
_ANY_HHMM = re.compile(r"^(?:[01]\d|2[0-3])[0-5]\d\s+(?=[A-Z\"“])")
SURE_CLOCKS = 2  # lines a page opens with such a clock before its every four-digit lead is one


def clock_page(lines: Sequence[str]) -> bool:
    """True for a live page: at least ``SURE_CLOCKS`` of its lines open with a 24-hour clock that no year can be, so
    its other four-digit leads are clocks too ("1432 The BBC's ..."), not years or counts."""
    return sum(1 for line in lines if line[:1] in "012" and _SURE_HHMM.match(line)) >= SURE_CLOCKS


def strip_live_clock(line: str, live: bool = False) -> str:
    """``line`` without a live page's clock time at its start ("9:16pm The minister ...", "0015 Rescue teams ...");
    on a live page (:func:`clock_page`) any four-digit 24-hour lead goes ("2358 The UN chief ...")."""
    line = _LEAD_HHMM.sub("", _LEAD_CLOCK.sub("", line))
    return _ANY_HHMM.sub("", line) if live else line
