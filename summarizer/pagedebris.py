"""Page debris that survives line cleaning: teaser stamps, glued fact boxes, wire clock strips, stray markers.

Shapes, never outlets or phrases of a given story (in the spirit of jusText's shallow features):

* A teaser from a list of links carries a relative time stamp and often a syndication credit: "Student
  rescued after quake - 2 hrs ago Agency via Portal!". Prose writes "two days ago" inside a clause; a stamp
  stands after a separator ("- 2 hrs ago"), abbreviates its unit ("2 hrs ago", "5 mins ago"), or ends the
  sentence with nothing but a credit after it (capitalised words, "via"): :func:`is_teaser_stamp`.
* A fact box flattened into a sentence runs its items together, each a label, a colon and a figure: "US: One
  death, 141 cases New Zealand: 4 confirmed ...". Two such items with no stop between them are a box, not a
  sentence (:func:`is_glued_box`). So is a box title run into its list label: "... more than 300 missing
  Includes Special Representative ...", a capitalised verb in the third person with no subject, glued after a
  lower-case word and followed by a name.
* A profile box flattened into lines gives one field a line, or runs fields on: "Born: 1 May 1950, Oslo.",
  "Hometown: Oslo.", "Jo Roe Born: 1 May 1950 Occupation: bassist." A line that opens with a profile field's label
  and its colon, or holds a capitalised label glued on after a word, is a box field, no digest line
  (:func:`is_profile_field`); a label of a quote ("Roe: We will win") names a speaker, no field.
* A wire page's clock strip opens a line: "Fri Jun 5, 2009 9:02 am EDT LOWMERE - ..."; with only places
  and an agency around it the line is furniture ("PLACE | Tue Aug 11, 2009 3:27 pm EDT PLACE (Agency)").
  :func:`tidy_line` takes the strip off, drops a strip-only line, takes a markdown heading marker off a line
  ("## Aid effort"), and reads a lone "#" before a figure as the pound sign it stood for in a 7-bit
  national character set ("raised # 70,000" is "raised £70,000").
* A list of teasers (or a key-points box) flattened into one line runs headline after headline with no stop:
  "... a living wage Senior staff send a warning to ... conditions Councils have earned ...". Prose puts a
  capitalised word after a lower-case content word mostly for a name, which the page capitalises again
  elsewhere, or after a role, a verb or a function word ("minister Jo Roe", "told Reuters", "in Oslo"). A
  long line with several seams where a once-capitalised single word follows a lower-case content word and a
  lower-case word follows it is a run of units, boilerplate: :func:`drop_teaser_runs` drops it (cut into its
  units, they come back as teaser lines one by one). Its units have no stops: a line with at least half as many
  sentence stops as seams is a paragraph of prose (a one-paragraph article keeps its sentences), never a run.
* A headline on a line of its own reads as a sentence when it ends with a stop or a glued word: "Harbour Repairs Show
  That Trust in Ferries Is Fading Tidewater." Headline Case capitalises every content word after the first; prose
  writes its verbs and common nouns in lower case, and its function words even inside names ("Bank of England"), so
  four or more content words, all capitalised, with a capitalised function word and no quotation, are a headline,
  no digest line (:func:`headline_case`).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from summarizer import gluewords as W
from summarizer.chunks import DETERMINERS, PRESENT
from summarizer.datelines import DAY, WEEKDAY
from summarizer.lexicon import MONTHS, WEEKDAYS
from summarizer.runon import core_word

_UNIT = r"(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|wks?|weeks?)"
_AGO = re.compile(rf"(?P<sep>(?:^|\s)[-–—|·•]\s*)?\b\d{{1,3}}\s?(?P<unit>{_UNIT})\.?\s+ago\b(?P<rest>.*)$", re.I)
_SHORT_UNIT = re.compile(r"^(?:secs?|mins?|hrs?|wks?)$", re.I)
# What may follow a teaser's stamp: a credit of capitalised words (an agency, "via" a portal), an optional stop.
_CREDIT = re.compile(r"^\s*(?:[-–—|·•]\s*)?(?:(?:[A-Z][\w.&'’!-]*|via|and|/)\s*){1,6}[.!]?\s*$")
_NUMBER_WORD = r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|No|Nil|None)\b"
# A box item: a capitalised label of one to six words (a list of places may hold commas), a colon, a figure.
_BOX_ITEM = re.compile(rf"(?:^|(?<=\s))[A-Z][\w.'’&-]*(?:,?\s[A-Z][\w.'’&-]*){{0,9}}:\s(?:\d|{_NUMBER_WORD})")
_BOX_LABEL = re.compile(r"(?:^|\s)([a-z]+,?|\d[\d,.]*)\s([A-Z][a-z]+s)\s+(?=[A-Z])")
# The fields of a profile box: a person's particulars and record (never a speaker's name before a quotation).
_FIELDS = (r"(?:Born|Died|Age|Education|Occupation|Profession|Career|Hometown|Home town|Height|Weight|Salary|Nationality"
           r"|Spouse|Married|Residence|Net worth|Also known as|Biggest hits|Known for|Qualifications)")
_PROFILE_FIELD = re.compile(rf"^{_FIELDS}:\s|(?<=[\w,])\s{_FIELDS}:\s")
_CLOCK_STRIP = re.compile(
    rf"^(?:{WEEKDAY},?\s+)?{DAY},?\s+\d{{1,2}}:\d{{2}}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{{2,4}}\b)?+(?:\s*(?:--?|[–—|]))?+\s*(?=[A-Z\"“])")
_STRIP_ONLY = re.compile(
    rf"^[A-Z][\w.,'’ /-]{{1,60}}\|\s*(?:{WEEKDAY},?\s+)?{DAY},?\s+\d{{1,2}}:\d{{2}}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{{2,4}}\b)?"
    r"[A-Z\s.,'’/-]*(?:[A-Z][a-z]+[\s,]*){0,2}(?:\([^()]{1,30}\))?\s*[-–—]?\s*$")
_CAPS_PLACE = re.compile(r"^[A-Z][A-Z .,'’/-]{1,40}(?:\([^()]{1,30}\))?\s*[-–—]{1,2}\s*(?=[A-Z\"“])")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+(?=[A-Z\"“])")
_GALLERY = re.compile(r"^Item \d{1,2} of \d{1,2}\s")
_POUND = re.compile(r"(?:(?<=^)|(?<=[\s(]))#\s(?=\d)")


def is_teaser_stamp(sentence: str) -> bool:
    """True for a teaser's relative time stamp: one after a separator, with an abbreviated unit, or with only a
    credit after it ("Student rescued - 2 hrs ago Agency via Portal!"); prose's "two days ago" is no stamp."""
    if "ago" not in sentence:
        return False
    for m in _AGO.finditer(sentence):
        rest = m.group("rest")
        if _SHORT_UNIT.match(m.group("unit")) or (rest.strip() and _CREDIT.match(rest)) or m.group("sep") and not rest.strip():
            return True
    return False


def is_profile_field(sentence: str) -> bool:
    """True for a profile box's field as a line: "Born: 1 May 1950, Oslo.", "Jo Roe Born: 1 May 1950 Occupation: ..."."""
    return ":" in sentence and _PROFILE_FIELD.search(sentence) is not None


def is_glued_box(sentence: str) -> bool:
    """True for a fact box run into one sentence: two "Label: figure" items, or a box title glued to a list label
    (a capitalised third-person verb with no subject after a lower-case word, a capitalised name after it)."""
    if sentence.count(":") >= 2 and len(_BOX_ITEM.findall(sentence)) >= 2:
        return True
    for m in _BOX_LABEL.finditer(sentence):
        if m.group(2).lower() in PRESENT and m.group(1) not in DETERMINERS and sentence[:m.start()].count("“") == sentence[:m.start()].count("”"):
            return True
    return False


def tidy_line(line: str) -> str:
    """``line`` without a wire clock strip at its start or a markdown heading marker, "#" before a figure read as
    "£"; "" for a line that is only a clock strip with its places and agency, or a gallery's caption ("Item 1 of 3 ...")."""
    if line.startswith("Item ") and _GALLERY.match(line):  # "Item 1 of 3 <caption>": a gallery's caption
        return ""
    if "#" in line:
        line = _POUND.sub("£", _MARKDOWN_HEADING.sub("", line))
    if ":" in line[:60] and line[:1].isupper():
        if "|" in line[:70] and _STRIP_ONLY.match(line):
            return ""
        m = _CLOCK_STRIP.match(line)
        if m and len(line) - m.end() > 20:  # the upper-case dateline after the strip goes with it
            line = line[m.end():]
            place = _CAPS_PLACE.match(line)
            line = line[place.end():] if place else line
    return line


_SEAM_PREV = re.compile(r"[a-z][a-z'’-]*|\d[\d,.]*[a-z%]*")
_SEAM_WORD = re.compile(r"[A-Z][a-z'’]+")
_STOP_END = re.compile(r"[.!?][\"”’')]?$")
MIN_UNIT_WORDS = 4  # a teaser unit holds at least this many words before the next one opens
RUN_SEAMS = ((2, 90),)  # a line of at least so many words with at least so many seams is a run (a box of key points is shorter)


@lru_cache(maxsize=65536)
def _seam_word(token: str) -> str:
    """The core word of a token when it is a capitalised word (:data:`_SEAM_WORD`), else "" (cached: a page repeats
    its words)."""
    word = core_word(token)
    return word if _SEAM_WORD.fullmatch(word) else ""


def _capitals(lines: list[str]) -> Counter[str]:
    """How often the page capitalises each word in mid-sentence (a name is capitalised wherever it stands)."""
    capital: Counter[str] = Counter()
    for line in lines:
        tokens = line.split()
        for before, token in zip(tokens, tokens[1:]):
            word = _seam_word(token)
            if word and before[-1:] not in ".!?:\"“‘'":
                capital[word] += 1
    return capital


def _seam(tokens: list[str], i: int, capital: Counter[str]) -> bool:
    """Whether a new unit opens at ``tokens[i]``: a once-capitalised single word after a lower-case content word
    (no role, verb, participle or function word, which a name may follow), a lower-case word after it."""
    before, word, after = tokens[i - 1], tokens[i], tokens[i + 1]
    if not _SEAM_PREV.fullmatch(before) or before in W.FUNCTION or before in W.ROLES or before in W.CLAUSE_VERBS \
            or before in W.FINITE or before in W.PAST or before.endswith(("ed", "ing", "ly")):
        return False
    if not _SEAM_WORD.fullmatch(word) or word in WEEKDAYS or word in MONTHS or word in W.TITLES or capital[word] > 1:
        return False
    return after[:1].islower()


def drop_teaser_runs(lines: list[str]) -> list[str]:
    """``lines`` without the runs of glued teaser units or key points (module docstring): boilerplate, in jusText's
    sense, whose units are headlines with no stop or list items, so no unit is cut out to stand as a sentence."""
    capital = _capitals(lines)
    return [line for line in lines if not _teaser_run(line.split(), capital)]


def _teaser_run(tokens: list[str], capital: Counter[str]) -> bool:
    """Whether ``tokens`` (a line) run several units together with no stop between them."""
    if len(tokens) < min(size for _, size in RUN_SEAMS):
        return False
    seams, start = 0, 0
    for i in range(1, len(tokens) - 1):
        if i - start >= MIN_UNIT_WORDS and _seam(tokens, i, capital):
            seams += 1
            start = i
    if 2 * _stops(tokens) >= seams:
        return False
    return any(seams >= least and len(tokens) >= size for least, size in RUN_SEAMS)


def _stops(tokens: list[str]) -> int:
    """Sentence stops in ``tokens``: a token ending in a stop before a capitalised one."""
    return sum(1 for token, after in zip(tokens, tokens[1:]) if after[:1].isupper() and _STOP_END.search(token))


_CONTENT = re.compile(r"[A-Za-z][\w'’-]*")
# Function words Headline Case capitalises and prose never does (not "The", titles or numbers, which open names).
_RAISED = frozenset("""Is Are Was Were Be Been Has Have Had Will Would Can Could Should May Not Of In On At To For From By
    With Into Over After Before About That This And Or But As Than Its His Her Their Who What Why How When Where""".split())


def headline_case(sentence: str) -> bool:
    """True when ``sentence`` is written in Headline Case: at least four content words after the first, every one of
    them capitalised, a function word capitalised too ("Is", "That", "With": prose writes them in lower case, even in
    names), and no quotation (a title of a work is quoted or sits inside a clause)."""
    if any(q in sentence for q in "\"“”"):
        return False
    tokens = _CONTENT.findall(sentence)[1:]
    content = [w for w in tokens if w.lower() not in W.FUNCTION]
    raised = [w for w in tokens if w in _RAISED]
    return len(content) >= 4 and bool(raised) and all(w[:1].isupper() for w in content)
