"""Who says it, in a few words: the short name of a speaker phrase, a named body, and a speaker label glued to
the sentence it heads.

"White House spokesperson John Kirby" is "John Kirby", "a spokesman for the Maldives government" is
"Maldives government", "the interior ministry" is "Interior ministry"; a pronoun, a possessive ("his
lawyer") or an unnamed crowd ("officials") names no one. A page that lists what each side says puts a label
before each sentence ("Police Pistorius fired ...", "Defence The wounds show ..."): the label becomes a
"Police:" prefix, so the line does not read as a run-on.
"""
from __future__ import annotations

import re

from summarizer.chunks import ROLES, SAY_VERBS, is_verb
from summarizer.mainclause import main_verbs
from summarizer.referents import NOT_PERSON
from summarizer.wordforms import DEMONYMS

# Last words that make a capitalised name a body, not a person: its whole name is who says it.
_BODY_HEADS = frozenset("Agency Ministry Department Office Service Council Committee Commission Court Bank Police Army "
                        "Party Union Institute Association Organisation Organization Authority Board Agency Times Post "
                        "Press News Network Corporation Company Group Government Administration Bureau Fund Foundation Federation "
                        "Centre Center Reserve Treasury Parliament Assembly Senate Congress Cabinet Statistics Force Forces".split())


# Who speaks for a body speaks as the body: "a spokesman for the Maldives government" -> "Maldives government".
# Who speaks for a person is named as theirs: "a spokeswoman for Lord Lee" -> "Lord Lee’s spokeswoman", not "Lord Lee".
_FOR_BODY = re.compile(r"^(?:[a-z][\w-]*\s)?(?P<role>spokes(?:man|woman|person)|representative|official|source)s?\s+"
                       r"(?:for|at|of|from)\s+(?P<the>the\s+)?(?P<body>[\w'’-]+(?:\s[\w'’-]+){0,3})$")


def speaker(name: str) -> str:
    """A short name for who said it: "White House spokesperson John Kirby" -> "John Kirby"."""
    if back_reference(name):
        return ""
    name = re.sub(r"^(?:the|a|an)\s+|\s+(?:has|have|had)$", "", name.strip(), flags=re.I)
    m = _FOR_BODY.match(name)
    if m and any(t[:1].isupper() for t in m.group("body").split()):
        held = m.group("body").split()
        if not m.group("the") and 2 <= len(held) <= 3 and all(t[:1].isupper() for t in held) and not (
                held[-1].capitalize() in _BODY_HEADS or set(held) & NOT_PERSON) and m.group("role") != "official":
            return f"{m.group('body')}’s {m.group('role')}"  # a person's spokeswoman speaks for the person, not as them
        return m.group("body")[0].upper() + m.group("body")[1:]  # "a spokesman for the Maldives government"
    tokens = name.split()
    if not tokens:
        return ""
    # The capitalised run at the end: a body's whole name ("the official Xinhua News Agency" -> "Xinhua News
    # Agency"), a person's name after a role ("the website's founder Julian Assange" -> "Julian Assange").
    run = len(tokens)
    while run > 0 and (tokens[run - 1][0].isupper() or (tokens[run - 1] in _JOINERS and run < len(tokens))):
        run -= 1
    tail = tokens[run:]
    while tail and not tail[0][0].isupper():
        tail = tail[1:]
    if tail and _recipient(tokens[:len(tokens) - len(tail)]):
        return ""  # "the firm's letter to the Westland Trade Commission": the name is not who says it
    # A joiner third from the end makes one name of the run: "Institute for Fiscal Studies", "Jo Roe and Kim Poe",
    # "Lawyers for Jo Roe", never "Fiscal Studies", "Kim Poe" or "Jo Roe".
    joined = len(tail) >= 4 and tail[-3] in _JOINERS and (len(tail) == len(tokens) or tokens[-len(tail) - 1] not in _CUT_BY)
    body = bool(tail) and (tail[-1].strip(".,").capitalize() in _BODY_HEADS  # "Securities and Exchange Commission"
                           or len(tail) >= 3 and tail[-2] in _JOINERS or joined)  # "US Department of Defense"
    if len(tokens) >= 3 and not tokens[0][0].isupper() and len(tail) >= 2:
        return " ".join(tail) if body or len(tail) <= 3 else _short(tail)
    if joined and len(tail) < len(tokens):
        return " ".join(tail)  # "On Monday the Department of Correctional Services"
    if len(tail) == 1 and len(tokens) >= 2 and (tokens[-2] in _APPOSED or tokens[-2] in ROLES):
        return tail[0]  # "the state news agency Xinhua", "the broadcaster NHK", "defence lawyer Roux": a one-word name
    if not tokens[0][0].isupper() or len(name) > 60:
        return ""
    if len(tokens) > 3 and len(tail) >= 2 and not body and not (tail == tokens and "and" in tokens):  # "Jo and Kim Roe"
        return _short(tail)  # "White House spokesperson John Kirby" -> "John Kirby"
    return name


def _short(tail: list[str]) -> str:
    """A person's name of the last two words of ``tail``, three when the first of them is a middle initial ("Rep. Paul
    D. Ryan" -> "Paul D. Ryan", not "D. Ryan")."""
    return " ".join(tail[-3:] if len(tail) >= 3 and re.fullmatch(r"[A-Z]\.", tail[-2]) else tail[-2:])


_JOINERS = frozenset(("of", "for", "and", "&"))
# Kinds of body a one-word name stands after: "the state news agency Xinhua", "the broadcaster NHK".
_APPOSED = frozenset("agency newspaper paper daily tabloid weekly broadcaster channel network magazine website site "
                     "company firm group carrier airline bank".split())
# A word that cuts a name's run before its end ("... to Prevent Teen and ...", "Corriere della Sera and ...", "... in
# Thailand and Hong Kong"): the run after it is no whole name.
_CUT_BY = frozenset("to in at on della delle del des de di da du la le van von".split())
# Prepositions after a common noun that name who receives or faces a text, not who says it: "a filing with",
# "a letter to", "a lawsuit against", "testimony before".
_TO_WHOM = frozenset("with to against before into".split())


def _recipient(head: list[str]) -> bool:
    """``head`` (the words before a capitalised name) ends with a common noun and a preposition that makes the name
    the one a document is sent to or aimed at ("the lender's filing with the"), not the one who says it."""
    words = [t for t in head if t.lower() not in ("the", "a", "an")]
    return len(words) >= 2 and words[-1].lower() in _TO_WHOM and words[-2].isalpha() and words[-2].islower() \
        and not is_verb(words[-2])


VAGUE_WHO = frozenset("his her their its our my your he she they it we i you officials analysts experts sources reports "
                       "observers critics some many others one".split())


def body(who: str) -> str:
    """A named body that says it, in lower case ("the interior ministry" -> "Interior ministry"); "" for a
    pronoun, a possessive ("his lawyer"), an unnamed crowd ("officials") or a word pointing back ("the ministry")."""
    if back_reference(who):
        return ""  # "the ministry", "the firm", "the report" point back to the article ("the police" say it themselves)
    tokens = re.sub(r"^(?:the|a|an)\s+|\s+(?:has|have|had)$", "", who.strip(), flags=re.I).split()
    if not 1 <= len(tokens) <= 3 or tokens[0].lower() in VAGUE_WHO or not all(t.isalpha() for t in tokens):
        return ""
    if any(is_verb(t.lower()) for t in tokens):
        return ""  # "..., was quoted as saying": a verb, not a body
    if tokens == who.split() and len(tokens) == 1 and tokens[0].islower() and not tokens[0].endswith("s") and (
            tokens[0].capitalize() not in _BODY_HEADS | _GROUPS):
        return ""  # "according to tradition": a bare singular noun is no one who says it (not "police", "witnesses")
    text = " ".join(tokens)
    return text[0].upper() + text[1:]


_GROUPS = frozenset("Witnesses Police Residents Doctors Prosecutors Investigators Diplomats Officials Sources".split())
# Capitalised words that still point back when "the" stands before them alone: "the Post", "the States", "the American".
_BACK_HEADS = _BODY_HEADS | frozenset("State States Paper Newspaper Magazine Site Website".split())


def back_reference(who: str) -> bool:
    """True for "the" and one word that names who says it only through the article's earlier sentences: "the ministry",
    "the firm", "the report", "the judge", "the Post", "the American"; never "the Pentagon" or "the BBC", whose one word
    is a name. As a line's "Ministry:" or "Post:" label it would need the article to read."""
    m = re.fullmatch(r"(?:the|The)\s+([\w'’-]+)", who.strip())
    if not m:
        return False
    word = m.group(1)
    if word.capitalize() in _GROUPS:
        return False  # "the police", "the witnesses": who says it, as a group
    return word.islower() or word in _BACK_HEADS or word.lower() in ROLES or word.lower() in DEMONYMS


def whole_name(who: str) -> bool:
    """True when ``who`` is one capitalised name however long: each word capitalised or a joiner ("National Coalition
    for Homeless Veterans", "Focus Ecuador and Buzzfeed UK"), not a description ("figures compiled by Acme")."""
    tokens = who.split()
    return bool(tokens) and tokens[0][:1].isupper() and all(t[:1].isupper() or t in _JOINERS for t in tokens)


def speaks(who: str) -> bool:
    """True when ``who`` can say something: a name (its last word capitalised) or a body or group ("Interior
    ministry", "Witnesses"), not a document or a count ("AP count", "Preliminary results")."""
    last = who.split()[-1] if who.split() else ""
    return last[:1].isupper() or last.capitalize() in _BODY_HEADS | _GROUPS


# A side's label before the sentence it heads, and words after it that make it part of a name or a title.
_LABEL = re.compile(r"^(?P<who>Police|Prosecutors?|Prosecution|Defen[cs]e|Witness|Investigators|Officials|Doctors)\s+"
                    r"(?P<next>[A-Z][\w'’-]*)\s")
_TITLE_AFTER = ROLES | frozenset("""commissioner chief constable sergeant inspector superintendent detective officer officers
    department force forces service authority station headquarters secretary minister ministry union federation
    counsel attorneys lawyers team witness witnesses protection statement says said""".split())


def label_speaker(text: str) -> str:
    """"Police Pistorius fired ..." -> "Police: Pistorius fired ...": a side's label glued before a clause whose
    subject is capitalised; a title or a body's name after it ("Police Commissioner X said") stays."""
    m = _LABEL.match(text)
    if not m or m.group("next").lower() in _TITLE_AFTER or m.group("next").lower().rstrip("s") in _TITLE_AFTER:
        return text
    rest = text[m.end("who"):].lstrip()
    if not m.group("who").endswith("s") and re.match(r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\s", rest):
        return text  # "Prosecutor Alan Jackson objected": one person's title before a full name
    verbs = main_verbs(rest)
    if not verbs or len(rest[:verbs[0]].split()) > 4 or rest[verbs[0]:].split(" ", 1)[0].lower() in SAY_VERBS:
        return text  # "Police Scotland said ...": a body's name and its statement
    return f"{m.group('who')}: {rest}"
