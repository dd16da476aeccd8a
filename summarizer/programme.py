"""A programme's running order read as prose: teasers of what a show will cover, never news.

A radio or podcast page lists its items as sentences that announce speech instead of telling what was said:
"Jo discusses the border, the trial and how to use a ladder.", "Ann Roe, a seismologist, examines the cause of the
quake.", "Chief correspondent Ed Poe looks at what the party hopes to achieve.", "Plus reports on ...", "Business
news with Jo Roe on the borrowing costs.", "Coming up on the programme ...". A live page of a hearing does the same
with a questioner's turn ("Ann Roe, a Conservative, asks if the plan is funded."). A press review's line ("... in
Tuesday's papers.") is left alone: taking it out let the review's next "It says ..." be read as the subject before it
(news_dev haiti, 17 January 2010: "The Iraq Inquiry says this overturned guidelines ...").
The shape is general, in the spirit of jusText's shallow features:

* a person (a name, maybe after a role or with an apposition in commas) as the subject, then a presenter's verb in
  the present simple that takes a topic or an embedded question, never a content clause: "discusses", "examines",
  "looks at", "explains why/how ...", "describes the scene ...", "considers whether ...", "talks to", "speaks to", "chats to", "hears from",
  "reports from", "takes a look", "gives her verdict", "asks if ...", "follows a family ...", "meets those who ...", an
  errand "to find out" ("Jo Roe goes to Lowmere to find out."); news reports speech in the past ("said") or
  with its content ("explains that ..."), and quotes it (a sentence with a quotation mark is left alone);
* a segment opening with "Plus" or "Coming up", "Still to come", "Later in the programme", "Also on today's programme";
* a verbless segment title: a noun phrase, "with" and a presenter's name, then "on" or "about" its topic.

Nothing here is about a given programme, outlet or story.
"""
from __future__ import annotations

import re

from summarizer import gluewords as W
from summarizer.foldcase import Cue

_NAME = r"[A-Z][\w'’.-]+(?:\s+(?:(?:de|van|von|al|bin|da|di|le|la)\s+)?[A-Z][\w'’.-]+){0,3}"
_FULL_NAME = r"[A-Z][\w'’.-]+(?:\s+(?:(?:de|van|von|al|bin|da|di|le|la)\s+)?[A-Z][\w'’.-]+){1,3}"
_APPOSITION = r"(?:,\s+(?:\d{1,3}|[^,;:“”\"]{3,90}),)?"  # ", a seismologist,", ", 15,": a role or an age
# "Plus ...", "Meanwhile, ...", or a clause setting the scene ("As hopes that the outbreak is past its worst, Jo Roe
# reports from ...").
_OPENER = r"^(?:(?:And|Plus|Also|Today|Now|Here|Then)\s+|(?:As|While|Meanwhile|Elsewhere|Here)\b[^,;:“”\"]{0,80},\s+)?"
_WH = r"(?:why|how|what|whether|where|who|which|when)"
# Present-simple verbs of a presenter, each with what it takes (a topic, an embedded question, a person spoken to), in the
# third person singular. Those whose -s form is no plural noun may follow a one-word name ("Jo discusses ...").
_OWN_VERB = (rf"(?:discusses|examines|investigates|explains\s+(?:{_WH}|the|his|her|their|its)|considers\s+{_WH}"
             r"|speaks\s+(?:to|about)|chats\s+(?:to|with|about)|hears\s+from|reflects\s+on|takes\s+a\s+look"
             r"|gives\s+(?:his|her|their)\s+(?:verdict|view|views|reaction|analysis|thoughts|take)|asks\s+(?:if|whether|why|how|what))\b")
# Those whose -s form is also a plural noun ("reports from the epicentre suggest ...") follow a person with a surname or
# a role: "Health editor Jo Roe reports from ...", "Jo Roe, our editor, looks at ...".
_NOUN_VERB = (r"(?:previews\s+(?:the|his|her|their|a|an)|looks\s+(?:at|back|ahead)|reports\s+from|assesses"
              # "describes the scene", never "describes the attacks as ...", which tells what was said, nor "describes
              # how he saw ...", which most often carries the testimony; after a full name or a role, not a witness's
              # surname on a live page ("Roe describes the sound levels at ...")
              r"|describes\s+(?:the|his|her|their|its|a|an|what|why|where|life)\b(?![^.!?]*\bas\b)"
              r"|talks\s+(?:about|to\s+(?:[A-Z]|the\b|a\b|an\b|his\b|her\b|their\b|[a-z]+\s+[A-Z])))\b")
_PLURAL_VERB = rf"(?:discuss|debate\s+{_WH}|give\s+their\s+(?:verdict|views|reaction|analysis|thoughts))\b"
_ROLE_NAME = rf"(?:[A-Z][\w'’]+\s+)?(?:[a-z][\w'’-]+\s+){{1,2}}?{_NAME}"  # "Chief political correspondent Jo Roe"
_SEGMENT = re.compile(
    rf"{_OPENER}(?:(?:{_NAME}{_APPOSITION}|{_ROLE_NAME}{_APPOSITION})\s+{_OWN_VERB}"
    rf"|(?:{_FULL_NAME}{_APPOSITION}|{_ROLE_NAME}{_APPOSITION}|{_NAME},\s+[^,;:“”\"]{{3,90}},)\s+{_NOUN_VERB}"
    rf"|(?:{_NAME}|{_ROLE_NAME}){_APPOSITION}\s+(?:and|&)\s+{_NAME}{_APPOSITION}\s+{_PLURAL_VERB})")
# A reporter's errand as the teaser: "Jo Roe goes to Lowmere to find out.", "Ed Poe visits a market to find out more."
_ERRAND = re.compile(rf"{_OPENER}(?:{_ROLE_NAME}|{_NAME}){_APPOSITION}\s+(?:visits|goes|went|travels|travelled|heads|headed|meets|met)"
                     r"\b[^.!?;“”\"]{0,80}\bto\s+find\s+out(?:\s+more)?\W*$")
# A film's reporter, named in full, with the people it shows: "Jo Roe follows a family who ...", "Ed Poe meets those who ...".
_FILM = re.compile(rf"{_OPENER}{_FULL_NAME}\s+(?:follows\s+(?:a|an|one|two|three|four|some)|meets\s+(?:those|some\s+of))\s")
_NOT_PERSON = re.compile(r"^(?:He|She|It|They|We|I|You|This|That|These|Those|There|The|A|An|His|Her|Its|Their|Our|My|One)\b")
_SCHEDULE = Cue(re.compile(
    r"^(?:and\s+)?(?:coming up(?!\s+(?:to|with|against|for)\b)|still to come|up next"
    r"|(?:also|plus) on (?:the|today's|tonight's|this week's) (?:programme|program|show|podcast)"
    r"|plus (?:reports?|interviews?|a look|we|the latest)\b)", re.I),
    needs=("coming up", "still to come", "up next", "also on", "plus "))
# A segment title without a verb: "Business news with Jo Roe on ...", "Sport with Ed Poe about ...".
_TITLE = re.compile(r"^(?!(?:The|A|An|His|Her|Its|Their|Our|My|This|That)\s)[A-Z][a-z]+(?:\s+(?![a-z]+(?:ed|ing)\s)(?!(?:is|are|was|were|has|have|had)\s)[a-z]+){0,2}\s+with\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+(?:on|about)\s")
# A transcript's introduction of a guest: "Jo Roe is editor of the Lowmere Post and begins by telling the programme ...",
# "He begins by asking ...", "Later, Ann Poe joins us.": the interview's frame, not what was said ("joins US troops" is
# news, so "us" is matched in lower case only; "starts by saying ..." carries what was said).
_GUEST = Cue(re.compile(r"\b(?:begins|starts)\s+by\s+(?:telling|explaining|describing|asking)\b", re.I), needs=(" by ",))
_JOINS = re.compile(r"\bjoins\s+(?:us|me)\b")
MIN_CARRIED_WORDS = 4  # a colon then this many words: the segment line carries what was said
_QUOTES = re.compile("[\"“”]")


def running_order(sentence: str) -> bool:
    """True for a programme's running-order teaser (see the module docstring): a person
    announced with a presenter's verb, a schedule opener, a verbless segment title; never a
    sentence holding a quotation."""
    text = sentence.strip()
    if _QUOTES.search(text):
        return False
    if _SCHEDULE.search(text) or _TITLE.match(text) or _GUEST.search(text) or _JOINS.search(text) \
            or not _NOT_PERSON.match(text) and ("find out" in text and _ERRAND.match(text) or _FILM.match(text)):
        return True
    m = None if _NOT_PERSON.match(text) else _SEGMENT.match(text)
    if m is None:
        return False
    colon = text.find(":", m.end())  # "Jo Roe explains the process: the court will ...": the teaser carries the report
    return colon < 0 or len(text[colon + 1:].split()) < MIN_CARRIED_WORDS


MAX_TEASER = 25  # words of a teaser before the lead glued after it
SUBJECT_REACH = 4  # the lead's finite verb lies within this many words of its first


def _wordlike(token: str, hyphen: bool = True) -> bool:
    """True when ``token`` is letters only, a possessive's "'s" and (with ``hyphen``) a compound's hyphens aside."""
    bare = token.replace("'s", "").replace("’s", "")
    return (bare.replace("-", "") if hyphen else bare).isalpha()


def teaser_end(tokens: list[str]) -> int:
    """Where a lead opens after a programme's teaser glued before it with no stop ("Jo Roe describes the scene at the
    port Aid workers have ...": a lower-case content word, then a capitalised subject and its finite verb); 0 for none."""
    text = " ".join(tokens[:MAX_TEASER])
    m = None if _NOT_PERSON.match(text) or _QUOTES.search(text) else _SEGMENT.match(text)
    if m is None:
        return 0
    for i in range(len(text[:m.end()].split()) + 1, min(len(tokens) - SUBJECT_REACH, MAX_TEASER)):
        before, word = tokens[i - 1], tokens[i]
        if not _wordlike(before):
            return 0  # punctuation: the teaser's own clause goes on
        if not before.islower() or before in W.FUNCTION or not word[:1].isupper() or word in W.PRONOUNS \
                or not _wordlike(word, hyphen=False):  # "his community (Bassetlaw) can"
            continue
        for j in range(i + 1, i + SUBJECT_REACH):
            if tokens[j] in W.FINITE or tokens[j] in W.AUX:
                return i
            if not _wordlike(tokens[j]):
                break
    return 0
