"""Sentences with no main clause: a subordinate clause standing alone, never a digest line.

A page (or a cut made to shorten a line) can leave a sentence that is only its opening clause:
"Just as the minister tries to win the vote with the new plan …" (the main clause was cut away),
"Because they know the harbour too well." (an answer torn from its question). English puts
the main clause after the subordinate one, usually behind a comma or a dash; with no such mark:

* a cut line (ending in "…") that opens with a subordinator and holds at most one verb group
  has lost its main clause;
* a whole sentence that opens with a conjunction that only ever introduces a subordinate clause
  ("because", "although", "unless", "whereas", "as if", "even if", "just as" ...), holds no clause
  mark at all and only one verb group is a fragment when it is short.

"As a result ...", "When asked ..." or "If arrested X will ..." open with a preposition or a reduced
clause, and a full stop does not show a cut, so "as", "when", "if" alone never make a whole
sentence a fragment. Nothing here is about a given site or story.
"""
from __future__ import annotations

import re

from summarizer.chunks import AUX, has_verb, is_verb, present_verb

MAX_FRAGMENT_WORDS = 30
MAX_SPEAKER_WORDS = 14  # a name with its role; a longer head holds a clause whose verb may be unknown ("face", "exists")
_LEAD = r"^[\"“‘'(]*\s*(?:(?:and|but|or|so|yet)\s+)?"
# Any subordinator opening a cut line.
_CUT_OPENER = re.compile(_LEAD + r"(?:(?:just|even|only|precisely|especially)\s+)?(?:as|when|while|whilst|if|although|"
                         r"though|because|since|unless|whereas|once|until)\s+(?!of\b|to\b|for\b|well\b|a\b|an\b)", re.I)
# Conjunctions that open only a subordinate clause, never a phrase ("because of" is a preposition).
_SUB_ONLY = re.compile(_LEAD + r"(?:because(?!\s+of\b)|although|though|even though|even if|unless|whereas|as if|"
                       r"as though|just as(?!\s+(?:well|much|many|soon|likely|good|bad|important)\b)|even as)\s+", re.I)
# Marks that end an opening clause: a comma, a dash, a colon, a semicolon.
_CLAUSE_MARK = re.compile(r",(?!\d)|\s[-–—]+\s|[–—]|:\s|;")  # not the comma of "1,500"
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*(?:['’][a-z]+)?")  # "deal-achieved" is one word, no verb
_NOT_VERB_ENDS = ("ss", "us", "is", "ous", "'s", "’s")
_BE_HAVE = frozenset("be been being have has had".split())
_ADVERBS = frozenset("not never only also just still already even ever n't".split())
_QUOTE_MARKS = re.compile("[\"“”‘’`]|(?<![A-Za-z])'|'(?![a-z])")
_CUT = re.compile(r"(?:…|\.\.\.)\s*[\"”’']?\s*$")


def _verb_groups(text: str, strict: bool = False) -> int:
    """How many verb groups ``text`` holds: a verb-like word (an auxiliary, a past form, a
    lower-case -s form) starts one unless it follows an auxiliary, maybe past adverbs ("could only be achieved").
    ``strict``: only known verb forms count, not a hyphenated compound ("a deal-achieved") or an -s form, which
    may be a plural noun ("1,500 delegates")."""
    out, after_aux, prev = 0, False, ""
    for w in _WORD.findall(text):
        low = w.lower()
        if strict:  # an -s form after a name or a pronoun ("Congress acts", "it rains")
            verb = is_verb(low) and "-" not in low or present_verb(prev, low) or low.endswith("s") and (
                prev[:1].isupper() or prev.lower() in ("he", "she", "it")) and not low.endswith(_NOT_VERB_ENDS)
            prev = w
        else:
            verb = is_verb(low) or w.islower() and len(w) > 3 and w.endswith("s") and not w.endswith(_NOT_VERB_ENDS)
        if verb and not after_aux:
            out += 1
        after_aux = low in AUX or after_aux and (low in _ADVERBS or low.endswith("ly") or verb and low in _BE_HAVE)
    return out


# A predicate that is only a verb of saying, with nothing said: "..., was quoted as saying in a statement.", "... said
# on Monday." (what was said stood in the sentence before, a quotation a page split off).
_SAY_ONLY = re.compile(r"\s(?:(?:was|were)\s+quoted\s+as\s+saying|said|says|added|adds)(?:\s+(?:on|in|at|last|yesterday|today)\b"
                       r"(?:\s+[\w'’-]+){0,4})?[.!?]?$")


# A name and its role in commas, the whole subject: "Jo Bloggs, a baker at the Provo mill,".
_NAME_ROLE = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s+[^,;:]+,$")


def says_nothing(sentence: str) -> bool:
    """``sentence`` is a speaker and a verb of saying with nothing said: a name or a short noun phrase (no verb of its
    own) before "said" or "was quoted as saying" at the end, and no quotation ("Jo Bloggs, a baker, said on Monday.")."""
    if _QUOTE_MARKS.search(sentence):
        return False
    m = _SAY_ONLY.search(sentence)
    if not m:
        return _told_no_one_anything(sentence)
    who = sentence[:m.start()]
    return len(who.split()) <= MAX_SPEAKER_WORDS and bool(_NAME_ROLE.match(who)) and not has_verb(who)


_TOLD = re.compile(r"\s(?:told|tells)\s+")
# Where a relative clause on the audience starts ("reporters who had gathered ...", "an address that was broadcast ...").
_RELATIVE = re.compile(r"\b(?:who|whom|which|where|that(?=\s+(?:was|were|is|are|had|has|have|will|would)\b))\b")
MAX_AUDIENCE_WORDS = 12


def _told_no_one_anything(sentence: str) -> bool:
    """"X told a crowd of reporters waiting at the gate.": a speaker, "told" and an audience, with no clause, "that",
    infinitive or quotation of what was told (it stood in the sentence before, which a page split off)."""
    m = _TOLD.search(sentence)
    if not m or not sentence[:1].isupper() or re.match(r"(?:of|about)\b", sentence[m.end():]):
        return False
    who, told = sentence[:m.start()], sentence[m.end():]
    audience = _RELATIVE.split(told, maxsplit=1)[0]
    if re.search(r",\s*(?:he|she|they|we|I)$", who):
        return False  # "She was unhappy about it, she tells us": the words told are before
    return (len(who.split()) <= MAX_SPEAKER_WORDS and not has_verb(who) and len(audience.split()) <= MAX_AUDIENCE_WORDS
            and not _TOLD_WHAT.search(told) and not has_verb(audience))


# What was told, anywhere after "told": "that" opening a clause (not a relative "that was"), an infinitive, a
# question word, a colon, a pronoun subject ("told the court he was innocent") or a thing told ("told a different story").
_TOLD_WHAT = re.compile(r"\b(?:that(?!\s+(?:was|were|is|are|had|has|have|will|would)\b)|to\s+[a-z]+|how|what|why|whether|"
                        r"if|about|he|she|they|it|we|you|I|story|stories|truth|lies?|tales?|jokes?|secrets?|news|lot|anything|everything|something|"
                        r"nothing)\b|:")


# A name and the relative clause after its comma, to the end: "Egypt, where pigs are raised by farmers." (a cut line
# that kept the aside and lost its predicate). Capitalised words only before the comma: "He flew to Paris, where ..."
# has its predicate there.
_RELATIVE_ONLY = re.compile(r"^(?:The\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*){0,4},\s+"
                            r"(?:where|which|who|whom|whose)\s+[^,;:–—]+$")


def relative_only(text: str) -> bool:
    """``text`` is a name and the relative clause that follows its comma, nothing else: its predicate was cut away
    ("Egypt, where pigs are mainly raised by farmers.")."""
    return _RELATIVE_ONLY.match(text.rstrip(" .!?…")) is not None


# A name and an appositive noun phrase after its comma, to the end: "Jo Roe, the first person in Fiji to catch it." (a
# caption or a cut line that kept the apposition and lost its predicate). An infinitive inside it is no predicate.
# A full name (two to five capitalised words: a single one may be a sentence adverb, "Still, a few ...").
_APPOSITIVE_ONLY = re.compile(r"^[A-Z][a-z]+(?:-[A-Za-z]+)?(?:\s+[A-Z][\w.'’-]*){1,4},\s+(?:the|a|an)\s+([^,;:–—]+)$")
_INFINITIVE = re.compile(r"\bto\s+[a-z]+")


def appositive_only(text: str) -> bool:
    """``text`` is a name and the appositive after its comma, with no verb of its own: no predicate at all."""
    m = _APPOSITIVE_ONLY.match(text.rstrip(" .!?…"))
    return m is not None and _verb_groups(_INFINITIVE.sub(" ", m.group(1)), strict=True) == 0


# A question put to someone, standing alone: "Asked explicitly were there plans to ...", "Asked whether he would stay."
# (the answer, a main clause after a comma, was cut away or never written); the question's word order or its
# "whether"/"if"/wh-word follows the participle, maybe after an adverb and who asked.
_ASKED_ONLY = re.compile(
    r"^(?:when\s+)?(?:asked|pressed|questioned)(?:\s+\w+ly)?(?:\s+(?:by|about|on|again)\s+[^,;:]{1,40}?)?\s+"
    r"(?:whether|if|why|how|what|when|where|who|which|(?:was|were|is|are|did|does|do|would|will|could|can|had|has|have|should)"
    r"\s+(?:there|he|she|it|they|we|you|i|the|his|her|their|this|that|any|[A-Z]\w*)\b)", re.I)


_ANSWER = re.compile(r"\b(?:said|says|replied|replies|answered|answers|told|tells|insisted|insists|declined|refused|added|adds|"
                     r"responded|responds|smiled|laughed|shrugged|conceded|admitted)\b")


# An item of a list of conditions or points made in the sentence before: "Second, that every unit is equipped." (the
# "that" clause is the object of a verb the page left behind; "First, that is not the point" is a pronoun's clause).
_LISTED_THAT = re.compile(r"^(?:first|second|third|fourth|fifth|firstly|secondly|thirdly|finally|lastly),\s+that\s+"
                          r"(?!(?:is|was|has|had|will|would|could|can|may|might|must|should|does|did|seems|means)\b)", re.I)


def no_main_clause(sentence: str) -> bool:
    """``sentence`` is a subordinate clause with no main clause: a cut line that lost its main clause, or a short
    sentence that only a subordinator opens ("Because they know the harbour too well."), or a question put to
    someone with no answer after it ("Asked explicitly were there plans to leave.")."""
    if says_nothing(sentence):
        return True
    text = _QUOTE_MARKS.sub(" ", sentence).strip()  # a quoted sentence is read as the sentence it quotes
    if relative_only(text) or appositive_only(text) or _LISTED_THAT.match(text):
        return True
    if _CLAUSE_MARK.search(text):
        return False
    if text[:1] in "AaPpQqWw" and _ASKED_ONLY.match(text):
        return not _ANSWER.search(text)  # "Asked if ... a spokesman said ...": the answer, its comma missing
    if _CUT.search(text) and _CUT_OPENER.match(text):
        return _verb_groups(text) <= 1
    if not _SUB_ONLY.match(text) or len(text.split()) > MAX_FRAGMENT_WORDS:
        return False
    return _verb_groups(text) <= 1 or _verb_groups(text, strict=True) <= 1
