"""Sentences broken across lines: a hard-wrapped page gives "... a crowd of reporters
never" / "before gathered at the Lowmere town hall." or "... because of the boat she sails" / "– will be
decided by ...".

A line goes on in the next one when it has a few words and no closing punctuation, and the next one
opens with a lower-case word (after an optional dash) or a punctuation mark (": there was ...") and has more
than one word; or when it has a few words and ends with a title named and cut at its colon ("... the memoir,
called Open Water:" / "A Harbour Life ..."): English starts no
sentence, heading or caption in lower case, and a single lower-case token is a user name or a fragment
that the comment and furniture rules judge on their own. A stock code with its exchange suffix
("Top Glove TGPC.KL, the world's ...", "Kossan Rubber (KRIB.KL)") is one token that a sentence splitter
broke at its dot: a line ending with a company name's upper-case code and a dot, and a next line opening
with a one- or two-letter upper-case suffix then a comma or a closing bracket, are joined with no space. A line
that ends with a bracket or a quotation mark goes on in a next line that opens with a lower-case verb of saying
('“...,” Senator Jo Bloggs (D-Ut.)' / "said at a hearing ..."). A line that opens with a comma goes on the line
before it whatever that line's length or closing bracket, unless that line ended its sentence ("... Rep. Jo Roe
(D-Ut.)" / ", chairman of the committee, to ..."): a link or an abbreviation broke the page's line there, and no
sentence, heading or caption opens with a comma. A line that leaves a bracket open, with no stop at its end, goes on
in a next line that closes it before opening one ("worth about €10bn (" / "£6bn), most of which ..."): a break
inside brackets is no end of a sentence. A long line of prose with no stop that ends on a capitalised word goes on in
a next line that opens with a capitalised preposition ("... the charity Doctors" / "Without Walls said
..."): a crawl broke a title there (43 such breaks over the shared corpora outside 2014/2016, about 41 of them
titles; the others were listings or furniture). A long line of prose that ends on a comma, or on an article, a
preposition or a conjunction, goes on in the next line whatever its case ("... the successes of Harbour Nights," /
"Lowmere 3 and Tidewater – but ...", "... a forthcoming book by" / "Jo Bloggs, who ..."): a
link's text opened the next line, and no sentence, heading or caption ends on a comma or on "of". For the same
reason a long line of prose with no stop goes on in a next line that opens with a name of up to four capitalised
words and a comma ("In an interview with the breakfast programme" / "The Morning Show, the minister said ...", "...
the US energy company" / "Acme, the firm admitted ..."): a heading or a caption does not end where its sentence needs
a name, and a sentence that opens with a name and a comma follows a stop. A sentence adverb before the comma
("Nonetheless, ...", "Sadly, ...") opens a sentence, a line that ends on a symbol (a list's dot) ended its item, and
the line with the name must end its sentence (a headline's source label "Daily Planet Editorial, May 18" does not).
"""
from __future__ import annotations

import re

from summarizer.lexicon import CLAUSE_SUBORDINATORS, LINKS_ADDING, LINKS_WITH_COMMA, SAID, alternation

MIN_WORDS = 6  # a shorter line without a stop is a heading or a label, which a lower-case line does not go on
_CLOSED = re.compile(r"[.!?:;…\"'”’»)\]|]\s*$")
_GOES_ON = re.compile(r"^(?:[–—-]\s+)?[a-z]|^[:;,)]\s*[\w\"“]")  # no unit opens in lower case or with a mark
# A title introduced by a colon at a line's end ("... the memoir, called Open Water:" / "A Harbour Life ...").
_TITLE_COLON = re.compile(r"\b(?:called|titled|entitled|named|dubbed)(?:\s+[A-Z][\w'’-]*){1,4}:$")
_OPENS = re.compile(r"^[A-Z\"“]")
# A stock code cut at its dot: after a capitalised name or an opening bracket, then its exchange suffix.
_CODE_END = re.compile(r"(?:\(|\b[A-Z][\w&'’-]*\s)[A-Z0-9]{2,6}\.$")
_SUFFIX = re.compile(r"^[A-Z]{1,2}(?=[),;])")
# A line closed by a bracket or a quotation mark that the next line's verb goes on: '“...,” Senator Jo Bloggs (D-Ut.)' /
# "said yesterday at a hearing ...". A lower-case verb opens no sentence.
_BRACKET_END = re.compile(r"[)\"”’]\s*$")
_COMMA_QUOTE_END = re.compile(r",\s*[\"”’]\s*$")  # '“It is over, ”' / "he said of it": a quotation's attribution follows
_COMMA_START = re.compile(r"^,\s*[\w\"“]")  # a line that opens with a comma, then a word
_STOPPED = re.compile(r"[.!?…]\s*$")  # a line that ended its sentence (a bracket after its stop does not end it)
_VERB_START = re.compile(r"^(?:" + alternation(SAID) + r"|added|adds|warned|argued|wrote|testified|explained|insisted|"
                         r"declared|announced|replied|conceded|acknowledged|stated)\b")


def _open_bracket(prev: str, line: str) -> bool:
    """``prev`` leaves a round bracket open with no stop after it, and ``line`` closes one before it opens any."""
    close = line.find(")")
    return prev.count("(") > prev.count(")") and not _CLOSED.search(prev) and close >= 0 and "(" not in line[:close]


TITLE_WORDS = 8  # a line this long ending mid-title is prose, not a heading
# A capitalised preposition or conjunction that goes on a title cut at a line break ("... Reporters" / "Without Borders
# said ...", "... the Tour Down" / "Under in Australia ...", "... Triet's In Bed" / "With Victoria, a thriller ...").
_TITLE_GOES_ON = re.compile(r"^(?:In|With|By|Of|For|From|At|On|Into|Over|Under|And|Or|To|Without|Against|Between)\s+\S")


def _in_title(prev: str, line: str) -> bool:
    """``prev`` is prose of at least ``TITLE_WORDS`` words with no stop that ends on a capitalised word after a
    lower-case one, and ``line`` opens with a capitalised preposition: a title broken inside, not a new sentence."""
    words = prev.split()
    return (len(words) >= TITLE_WORDS and not _CLOSED.search(prev) and words[-1][:1].isupper()
            and any(w[:1].islower() for w in words[-4:-1]) and bool(_TITLE_GOES_ON.match(line)))


# A long line that stops on a comma or a word that needs what follows: a link's text was put on a line of its own.
# Not "in", "on" or "her": they also end a clause ("... too tired to carry on", "... greeted everyone apart from her").
_OPEN_END = re.compile(r"(?:,|(?<![\w'’-])(?:a|an|the|of|to|for|with|by|from|at|into|onto|and|or|but|than|as|"
                       r"about|between|its|their|his|our|your)) ?$")
_CLOCK_END = re.compile(r"\d\s*(?:[ap]\.?m\.?|GMT|BST|UTC|[ECP][SD]?T)?,\s*$")  # "Updated 08:03 GMT," / "8 pm,": a stamp


def _left_open(prev: str, line: str) -> bool:
    """``prev`` is prose of at least ``MIN_WORDS`` words that ends on a comma or on a word that needs what follows,
    and ``line`` opens with a word or a number and has more than one word."""
    return (len(prev.split()) >= MIN_WORDS and bool(_OPEN_END.search(prev)) and not _COMMA_QUOTE_END.search(prev)
            and not _CLOCK_END.search(prev)
            and bool(re.match(r"[\w\"“‘]", line)) and len(line.split()) > 1)


# A name of up to four capitalised words and a comma opening a line ("The Morning Show, the minister ...").
_NAME_COMMA = re.compile(r"^((?:[A-Z][\w'’.&-]*\s+){0,3}[A-Z][\w'’.&-]*),\s+\S")
_OPENERS = frozenset(CLAUSE_SUBORDINATORS | set(LINKS_ADDING) | set(LINKS_WITH_COMMA)) | frozenset(
    "but and or so yet plus however meanwhile also now today yesterday here there well oh er yes no ok okay first "
    "second third finally overall thus hence otherwise alas in on at for of with by from like unlike despite".split())
_CAPTION_SIDE = re.compile(r",\s(?:left|right|centre|center|top|bottom),")  # "Jo Roe, left, and ...": a photo's caption
_SENTENCE_END = re.compile(r"[.!?:…][\"'”’)\]]*\s*$")  # the line with the name ends its sentence
_WORD_END = re.compile(r"[\w'’“\"–—-]\s*$")  # prose cut after a word, not after a list's dot or a symbol


def _name_next(prev: str, line: str, first: bool = False) -> bool:
    """``prev`` is prose of at least ``MIN_WORDS`` words with no stop that ends on a word, and ``line`` opens with a
    capitalised name and a comma, not a sentence adverb, and ends its sentence or is long: the name is a link's text that the crawl
    put on a new line. A ``first`` line (a page's headline) must be long prose too."""
    m = _NAME_COMMA.match(line)
    if m is None or len(prev.split()) < (TITLE_WORDS + 2 if first else MIN_WORDS) or _CLOSED.search(prev) or not _WORD_END.search(prev) or not (
            _SENTENCE_END.search(line) or len(line.split()) >= TITLE_WORDS + 2):  # "Daily Record Editorial, May 18" under a headline: a source label
        return False
    lead = m.group(1).split()[0].lower()
    return not _CAPTION_SIDE.search(line) and lead not in _OPENERS and not (lead.endswith("ly") and " " not in m.group(1))


def join_broken_lines(lines: list[str]) -> list[str]:
    """``lines`` with each line that goes on in the next one joined to it by a space."""
    out: list[str] = []
    for line in lines:
        prev = out[-1] if out else ""
        long = len(prev.split()) >= MIN_WORDS
        if prev and _SUFFIX.match(line) and _CODE_END.search(prev):
            out[-1] = prev + line
        elif prev and _COMMA_START.match(line) and not _STOPPED.search(prev):
            out[-1] = prev + line
        elif prev and _open_bracket(prev, line):
            out[-1] = prev + ("" if prev.endswith("(") else " ") + line
        elif prev and (_in_title(prev, line) or _left_open(prev, line) or _name_next(prev, line, len(out) == 1)):
            out[-1] = prev.rstrip() + " " + line
        elif prev and _GOES_ON.match(line) and len(line.split()) > 1 and (
                long and not _CLOSED.search(prev) or _BRACKET_END.search(prev) and _VERB_START.match(line)
                or _COMMA_QUOTE_END.search(prev) and line[:1].islower()) \
                or long and _TITLE_COLON.search(prev) and _OPENS.match(line):
            out[-1] = prev + ("" if line[0] in ":;,)" else " ") + line
        else:
            out.append(line)
    return out
