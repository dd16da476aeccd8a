"""Sentences that send the reader somewhere else instead of telling news: pointers and page actions.

A page ends with where to find more ("The full list can be found at example.org.", "More information is
available on the agency's website.", "Details at example.org."), or asks the reader to act on the page
("Click here to ...", "Follow us on Twitter", "Visit example.co.uk for ...", "Sign up for ..."). Such a
sentence tells no fact about the story; it is furniture, never a digest line. It is recognised by its form:

* a page action in the imperative opening the sentence (a verb of reading, clicking or following, with no
  subject before it: news prose never opens with a bare verb outside a quotation), or after a short purpose
  phrase ("For the latest on the strike, please go to our home page.");
* a predicate that only places the reading matter: "is available at", "can be found on", "may be viewed at",
  then a web address or a website ("the ministry's website"), in the main clause (not "..., which can be
  read at ..., says": a relative clause that cites its source);
* a short sentence that ends on a web address after "at", "on" or a colon ("Tickets: example.com");
* a live page pointing at other coverage: a report filed or put together ("Our reporter has filed this report from
  court.", "X has just filed from the embassy on ...", "Our sports desk has put together this round-up of the match."),
  a story it "has" ("The agency has this story"), "you can read/watch ... here", "here is a summary of ...". When a
  colon follows with the report's own words ("X has filed this report: The court ruled ..."), the sentence carries them
  and stays.
* a list page's or live page's announcement of what follows ("Here are the key points.", "Here are five things we
  learned", "Here are a few ways readers could lend a hand"), a page's links ("The link below is to ...", "(see link
  above)", "click on the links below") and a live page's call to follow it ("Follow the hearing live on ...", "Watch
  live: ...", "Scroll down for updates"), a recap's announcement ("Here's a quick recap:", "While we wait, here's a
  short recap of the state of play:"), a call to read or watch the page's own pieces ("Read the full interview here.",
  "Relive the day on our live blog", "Follow the latest updates on ..."). A colon after an announcement or a link that
  opens a sentence of news is where the pointer ends: cleaning cuts the pointer off and keeps the sentence
  (:func:`strip_pointer_head`); a call to read or a filed report before such a colon keeps its sentence whole.

A sentence that cites a website as the source of a fact ("According to a statement on its website, ...",
"A petition on example.org has attracted 100,000 signatures") has a verb of its own and stays. Nothing here
is about a given site or story.
"""
from __future__ import annotations

import re

from summarizer.foldcase import Cue
from summarizer.quotes import quote_spans

# A web address: a scheme or "www.", or a dotted name ending in a common top-level domain.
WEB = (r"(?:https?://[^\s\"”]+|www\.[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|int|info|eu|tv|io"
       r"|co\.uk|org\.uk|gov\.uk|ac\.uk|com\.au)\b(?:/[\w./?=&%#-]*)?)")
# A website named in words: "our website", "the ministry's web site", "its Facebook page".
_SITE = (r"(?:(?:our|the|its|their|this|his|her|a|an)\s+(?:[\w'’-]+\s+){0,2}"
         r"(?:website|web site|site|webpage|web page|homepage|home page|page|app|blog|channel|feed))")
# A page action in the imperative at the sentence's start.
_ACTION = re.compile(
    r"^(?:please\s+)?(?:click|tap|visit|subscribe|sign up|log on|log in|download|follow us|follow @|like us|find us|"
    r"join us|email us|contact us|write to us|go to|read more|find out more|"
    r"for (?:more|further|full) (?:information|details|updates|coverage)|(?:more|further|full) (?:information|details) "
    r"(?:is|are|can be|will be) (?:available|found|posted))\b", re.I)
# The same action after a short opening purpose phrase: "For the latest on the strike, please go to our news page.",
# "For more on the inquiry, see our special report." (news prose has a subject before its verb).
_FOR_ACTION = re.compile(
    r"^for\s+(?:the\s+)?(?:latest|more|further|full|all|live|updates|regular)\b[^,.;:]{0,50},\s*(?:please\s+)?"
    r"(?:click|tap|visit|go to|see|read|watch|follow|log on|sign up|subscribe|download)\b", re.I)
# A predicate that only places the reading matter, then the place: a web address or a website. Read as a Cue: an
# ASCII sentence with none of the participles is not searched (a case-folded search tried at every character).
_PARTICIPLES = ("available", "found", "seen", "viewed", "read", "watched", "heard", "downloaded", "accessed", "obtained",
                "booked", "ordered", "bought", "listed", "streamed")
_PLACED = Cue(re.compile(
    r"(?<!\bwhich )(?<!\bthat )\b(?:is|are|can be|may be|will be|could be)\s+(?:\w+ly\s+)?(?:"
    + "|".join(_PARTICIPLES) + r")\s+(?:in full\s+)?"
    rf"(?:at|on|via|from|through)\s+(?:{WEB}|{_SITE})", re.I), needs=_PARTICIPLES)
# A short sentence ending on a web address: "Details at example.org.", "Tickets: example.com".
_TAIL_WEB = re.compile(rf"(?:\bat|\bon|\bvia|:)\s+{WEB}[\s.!)]*$", re.I)
MAX_TAIL_WORDS = 10
_PIECE = (r"(?:report|take|story|stories|piece|analysis|blog|round-?up|compilation|summary|recap|rundown|video|clip|dispatch|despatch|"
          r"write-?up|account|footage|pictures|photos|gallery|timeline|highlights)")
# What only a newsroom files: "The police have filed their report" is a filing, "X has filed her take" a pointer.
_OWN_PIECE = r"(?:take|story|piece|dispatch|despatch|write-?up|account|blog|analysis|round-?up|recap|rundown)"
_COVERAGE = Cue(re.compile(
    rf"\b(?:has|have)\s+(?:just\s+|now\s+|also\s+)?(?:filed|put together)\s+(?:(?:this|these)\s+(?:[\w'’-]+\s+){{0,3}}?{_PIECE}"
    rf"|(?:a|an|his|her|their|our)\s+(?:[\w'’-]+\s+){{0,3}}?{_OWN_PIECE})\b"
    r"|\b(?:has|have)\s+(?:just\s+|now\s+|also\s+)?filed\s+from\b"  # "X has just filed from the embassy on ..."
    rf"|\b(?:has|have)\s+(?:this|these)\s+(?:[\w'’-]+\s+){{0,2}}?{_PIECE}\b(?!\s+to\b)"
    r"|(?<!\bas )(?<![–—-] )\byou can (?:read|watch|see|listen to|hear|follow)\b[^:;]{0,80}?\bhere\b"  # not an aside
    r"|\byou can (?:read|follow) (?:his|her|their|our|my) (?:tweets|updates)\b"
    rf"|^(?:and\s+)?(?:here is|here's|here are)\s+(?:[\w'’-]+\s+){{0,4}}?{_PIECE}\b", re.I),
    needs=("filed", "put together", "this", "these", "you can", "here"))
MIN_CARRIED_WORDS = 4  # a colon then this many words: the pointer carries the report's own words
MAX_HEAD_CHARS = 160  # a pointer before a colon is no longer than this
# A list page's or live page's announcement of what follows it: "Here are the key points.", "Here are five things we
# learned:", "Here are a few questions and answers on the strike" (what follows the colon, if any, is the list itself);
# not "Here's where things stand", which a page may run into its news.
_COUNTS = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|several|lots of|some|more)"
_LISTED = (r"(?:things|facts|points|takeaways|reasons|ways|questions|answers|moments|lessons|numbers|highlights|details"
           r"|key (?:events|dates|quotes|findings)|main (?:events|quotes|findings)|recap|summary|rundown|round-?up)")
_ANNOUNCES = re.compile(  # after an opening clause too: "While we wait for the verdict, here's a recap: ..."
    rf"^(?:(?:while|as|before|after|until|since|when|for|in|meanwhile|ahead of|first|now|so)\b[^,;:“”\"]{{0,80}},\s+)?(?:and\s+|so\s+|now\s+)?(?:here(?:'s|’s| is| are)|below are)\s+(?:(?:the|his|her|their|our|its)\s+)?(?:{_COUNTS}\s+)?"
    rf"(?:of\s+the\s+)?(?:(?!(?:where|what|how|why|who|when)\b)[\w'’-]+\s+){{0,2}}?{_LISTED}\b", re.I)
# A page's links and a live page's calls to follow it: "The link below is to the ruling", "(see link above)", "Follow the
# hearing live on example.com", "Watch live: ...", "Scroll down for updates".
_LINKS = Cue(re.compile(r"\b(?:the|this|these|following)\s+(?:[\w'’-]+\s+){0,2}?links?\s+(?:below|above)\b|\blinks?\s+(?:below|above)\b(?!\s+(?:the|a|an|its|his|her|their)\b)"
                        r"|\b(?:below|above)\s+links?\b", re.I), needs=("link",))
# A call to read or watch the page's own pieces: "Read the full interview here.", "Relive the day on our live blog.",
# "Follow the latest updates on the outbreak" (an imperative opens news prose only inside a quotation).
_READ_HERE = re.compile(r"^(?:please\s+)?(?:read|watch|listen to|see|view|relive|take a look(?: at| inside)?|follow)\s+"
                        r"(?!(?:how|what|why|who|where|whether|if|that)\b)[^.!?:;\"“”]{0,100}?"
                        r"(?:\b(?:here|after the jump)\b|\b(?:in|on|from) our\b)"
                        r"|^(?:follow|read|get) (?:all )?(?:the )?(?:latest|live|full|more) (?:coverage|updates|news)\b", re.I)
_LIVE_ACTION = re.compile(r"^(?:please\s+)?(?:(?:watch|follow|listen|tune in)(?:\s+to)?(?:\s+(?:it|us|the\s+[\w'’-]+|our\s+[\w'’-]+))?"
                          r"\s+live\b|scroll\s+(?:down|up)\s+(?:for|to)\b|see\s+below\b)", re.I)


def sends_reader(sentence: str) -> bool:
    """True for a sentence that sends the reader elsewhere or asks them to act on the page (see the module
    docstring), outside quotation marks."""
    text = sentence.strip()
    m = _ACTION.match(text) or _FOR_ACTION.match(text) or _PLACED.search(text) or _coverage(text) or _announces(text) \
        or _LINKS.search(text) or _LIVE_ACTION.match(text) or _carried(_READ_HERE.match(text), text)
    if m is None and len(text.split()) <= MAX_TAIL_WORDS:
        m = _TAIL_WEB.search(text)
    return m is not None and not any(a <= m.start() < b for a, b in quote_spans(text))


def strip_pointer_head(line: str) -> str:
    """``line`` without a list's announcement or a link's pointer before a colon that opens another sentence ("The link
    below is to the ruling: A small crowd has gathered ..." gives "A small crowd has gathered ...")."""
    colon = line.find(":", 0, MAX_HEAD_CHARS)
    if colon < 0:
        return line
    head, rest = line[:colon], line[colon + 1:].strip()
    if len(rest.split()) < MIN_CARRIED_WORDS or not rest[:1].isupper():
        return line
    pointer = _ANNOUNCES.match(head) or "link" in head.lower() and _LINKS.search(head)
    return rest if pointer and not quote_spans(head) else line


def _announces(text: str) -> re.Match[str] | None:
    """The match of a list's announcement opening ``text`` ("Here are the key points"), unless a colon after it opens
    the first item's own words (then the sentence carries them and stays)."""
    m = _ANNOUNCES.match(text)
    if m is None:
        return None
    colon = text.find(":", m.end())
    return None if colon >= 0 and len(text[colon + 1:].split()) >= MIN_CARRIED_WORDS else m


def _coverage(text: str) -> re.Match[str] | None:
    """The match of a pointer to other coverage in ``text``, unless a colon after it opens the report's own words."""
    return _carried(_COVERAGE.search(text), text)


def _carried(m: re.Match[str] | None, text: str) -> re.Match[str] | None:
    """``m``, a pointer's match in ``text``, unless a colon after it opens the words it points at (then the sentence
    carries them and stays; cleaning cuts the pointer off a line's start, :func:`strip_pointer_head`)."""
    if m is None:
        return None
    colon = text.find(":", m.end())
    return None if colon >= 0 and len(text[colon + 1:].split()) >= MIN_CARRIED_WORDS else m
