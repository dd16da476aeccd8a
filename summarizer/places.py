"""Where and whose: the clause of a figure, who said it, and the named places and subjects it belongs to.

:func:`places` reads the names of a figure's clause that are its subject, possessor or location
("North Korean troops", "in Haiti", "Spain: 57 cases", the nationality of "U.S. officials", a
country that "has reported" its count),
never who said it, destinations or opponents. Names are normalised (demonyms, capitals standing
for their governments) and compared loosely ("Mexicans" and "Mexico" are one place).
"""
from __future__ import annotations

import re
from functools import lru_cache


from summarizer.caches import SENTENCES
from summarizer.lexicon import MONTHS_LOWER, REPORT, SAY, WEEKDAYS_LOWER, alternation
from summarizer.stamps import furniture_spans
from summarizer.spans import inside
from summarizer.wholes import part_span, whole_key, whole_start
from summarizer.wordforms import DEMONYMS as _PEOPLES
from summarizer.zipf import zipf_en

_CLAUSE_CUT = re.compile(r"[;:!?()\[\]—–]|\s-\s|(?<!\b[A-Z])\.(?:\s|$)|,?\s+(?:and|but|while|whereas|as|after|before)\s+", re.I)
_REPORTING = re.compile(r"\b(?:" + alternation(SAY, REPORT) + r"|according to|quoted|cited|"
                        r"estimated?|estimates|believed?|believes|accused|accuses|claim(?:s|ed)?|added|stated|"
                        r"confirmed(?!\s+(?:new\s+)?(?:cases|deaths|infections|fatalities)))\b", re.I)
# A reporting verb opening a comma segment: its subject is the segments before it, an appositive between ("The Westland
# envoy in Veltria, Col Jo Roe, says ..."), all of them who said it.
_SPEAKER_BEFORE = re.compile(r"\s*(?:(?:has|have|had|also|later|now)\s+)*(?:" + alternation(SAY, REPORT) + r"|"
                             r"estimated?|estimates|believes?|claim(?:s|ed)?|added|stated)\b", re.I)


@lru_cache(maxsize=SENTENCES)  # a figure's clause is asked for by its places, its slot and its scope: read once
def clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]``: it stops at clause punctuation and coordinating words (cached)."""
    left = 0
    for m in _CLAUSE_CUT.finditer(text, 0, start):
        left = m.end()
    cut = _CLAUSE_CUT.search(text, end)
    return left, (cut.start() if cut else len(text))


def attributions(text: str, left: int, right: int, start: int) -> list[tuple[int, int]]:
    """Spans of a clause that only say who said it ("..., the UN said", "Officials say that ...")."""
    return list(_attributions(text, left, right, start))


@lru_cache(maxsize=SENTENCES)  # a figure's places, slot and scope ask for the same clause's: read once
def _attributions(text: str, left: int, right: int, start: int) -> tuple[tuple[int, int], ...]:
    spans = []
    pos = left
    for seg in re.split(r"(?<=,)(?!\d{3})", text[left:right]):  # "5,251" is one figure
        here, pos = pos, pos + len(seg)
        if not here <= start < pos:
            if _REPORTING.search(seg):
                spans.append((here, pos))
            continue
        cut = [m.end() for m in _REPORTING.finditer(seg[:start - here])]
        if cut:  # "the UN said 200 were killed": drop "the UN said"
            spans.append((left if _SPEAKER_BEFORE.match(seg) else here, here + cut[-1]))
    return tuple(spans)


_DEMONYMS = {"british": "britain", "french": "france", "spanish": "spain", "dutch": "netherland",
             "irish": "ireland", "scottish": "scotland", "welsh": "wale", "english": "england",
             "filipino": "philippin", "swiss": "switzerland", "us": "america", "u.s": "america",
             "american": "america", "americans": "america", "worldwide": "world", "global": "world",
             "globally": "world", "world": "world", "nationwide": "nation", "uk": "britain", "u.k": "britain"}
_NOT_NAMES = frozenset(
    "i the a an in on at of for by to from with this that these those it its he she they we his her their "
    "mr mrs ms dr sen rep gov president minister officials your our my "
    "today tonight yesterday tomorrow now "
    "tens hundreds thousands millions billions dozens scores some about nearly almost around more at least up "
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million "
    # function words capitalised where a headline runs into the text ("... bail conditions Upon payment of ...")
    "upon after before during under across against among between through within without although though because "
    "since unless until whereas however meanwhile moreover also yet then there here when where why how what which "
    "whose whom if as but and or nor so than".split()) | WEEKDAYS_LOWER | MONTHS_LOWER


_COUNTRIES = frozenset(_PEOPLES.values()) | frozenset(_PEOPLES)  # a country or its people opening a sentence is a name


@lru_cache(maxsize=50_000)
def name_key(word: str, first: bool) -> str:
    """A normalised key for a capitalised word, or "" when it is not a name."""
    w = word.lower().rstrip(".")
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    if w in _DEMONYMS:
        return _DEMONYMS[w]
    if w in _NOT_NAMES or len(w) < 2 or all(p in _NOT_NAMES for p in w.split("-")):
        return ""  # "Forty-eight people died": a number opening a sentence, not a name
    if first and w not in _COUNTRIES and (w.endswith(("s", "ed", "ing")) or zipf_en(w) >= 4.5):
        return ""  # a capitalised first word is a name only when it is rare and no plural or verb form
    return w


# Capitals stand for their governments as subjects ("Pyongyang sent ..."): a small table of news capitals.
_CAPITALS = {
    "washington": "america", "moscow": "russia", "kremlin": "russia", "beijing": "china", "pyongyang": "north korea",
    "seoul": "south korea", "tokyo": "japan", "london": "britain", "paris": "france", "berlin": "germany",
    "kyiv": "ukrain", "kiev": "ukrain", "tehran": "iran", "kabul": "afghanistan", "islamabad": "pakistan",
    "delhi": "india", "brasilia": "brazil", "ottawa": "canada", "canberra": "australia", "ankara": "turkey",
    "damascus": "syria", "cairo": "egypt", "riyadh": "saudi arabia", "jerusalem": "israel", "rome": "itali",
    "madrid": "spain", "brussels": "eu", "taipei": "taiwan", "havana": "cuba", "caracas": "venezuela",
}
# A place said without its name: a scope of its own, never the country or world named elsewhere.
_UNNAMED = re.compile(r"\b(?:in|across|throughout)\s+the\s+(capital|city|province|state|region|district|county|town|"
                      r"village|area)\b(?!\s+of\b)", re.I)
_EVERYWHERE = frozenset({"worldwide", "globally", "nationwide"})  # adverbs of place: no preposition needed
# Scopes said without a name: "in 30 countries", "around the world" (many countries), "in 12 states" (one nation).
_MANY = re.compile(r"\b(?:(?:in|across|from)\s+(?:(?:some|about|more than|over|at least|nearly|almost)\s+)?(?:\d[\d,]*|"
                   r"\w+ty(?:-\w+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|many|several)\s+"
                   r"(?:other\s+)?(?P<what>countries|nations|states|provinces|regions)|(?P<world>around the (?:world|globe)|"
                   r"across the (?:world|globe)|(?:all )?over the world|throughout the world))\b", re.I)
# "an American newspaper", "Mexican television": a medium's nationality says where it is, not where its count is.
_MEDIUM = re.compile(r"[\w.'’-]*\s+(?:newspapers?|papers?|magazines?|television|tv|radio|broadcasters?|channels?|"
                     r"websites?|journalists?|reporters?|interviewers?|news\s+(?:agency|network|channel|website))\b", re.I)
# The next entry of a list of figures; or a breakdown ("20 cases in the country, including six in Lowmere"): its
# places are its parts', not the total's.
_NEXT_FIGURE = re.compile(r",\s+(?:and\s+)?\d|,?\s+(?:including|among them|among whom|of (?:which|whom))\b", re.I)
_ENTRY = re.compile(r",\s+(?:and\s+)?$")
_FIGURE_BEFORE = re.compile(r"\b\d[\d,.]*\s+[a-z]")  # "51 cases", not a year label
_TOLD = re.compile(r"\btold\s+(?:an?\s+|the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}$")  # "told the BBC ...": whom it was said to
_LOCATIVE = re.compile(r"\b(?:in|across|throughout|inside|at|near|outside|of|around)\s+(?:the\s+)?(?:\w+\s+)?$", re.I)
_OUTSIDE = re.compile(r"\b(?:outside|beyond)\s+(?:of\s+)?(?:the\s+)?$", re.I)
_NOT_SUBJECT = re.compile(r"\b(?:to|against|with|for|from|by|into|towards?|over|on|support|help|backing)\s+(?:the\s+)?$", re.I)


# "U.S. officials", "Mexican health authorities": a nationality qualifying who speaks.
_NATIONALITY = re.compile(r"(?:U\.S\.?|US|UK|U\.K\.?|[A-Z][a-z]+(?:ian|an|ese|ish|i))\s+(?:\w+\s+)?(?:officials?|authorities|"
                          r"government|ministry|ministers?|police|military|army|forces|media|agency|health)\b")


# A list entry's label: "Spain: 57 confirmed cases", "1957: Asian flu killed two million people".
_LABEL = re.compile(r"(?:^|[.;:!?]\s+|\s)((?:[A-Z][\w.'’-]*\s?){1,3}|(?:19|20)\d\d):\s*")


_COMPOUNDS = ((frozenset({"united", "states"}), "america"), (frozenset({"united", "kingdom"}), "britain"))
# "Lowmere has reported", "The United States have confirmed": a place counting its own.
_AGENCY = re.compile(r"[A-Z]{2,}")  # "WHO has confirmed 44,287 cases": an agency counts the world's, not its own
_REPORTER = re.compile(r"(?:[A-Z][\w.'’-]*\s+)*(?:has|have|had)\s+(?:now\s+|so far\s+)?(?:reported|confirmed|recorded)\b")


def name_places(name: str) -> frozenset[str]:
    """The place keys of a name, as :func:`places` reads them ("United States" -> {"america"})."""
    keys = {k for w in name.split() if (k := _DEMONYMS.get(w.lower().rstrip("."), name_key(w, False)))}
    for pair, one in _COMPOUNDS:
        if pair <= keys:
            keys = keys - pair | {one}
    return frozenset(keys)


_WORD = re.compile(r"[A-Za-z][\w.'’-]*")


def places(text: str, start: int, end: int, where_only: bool = False) -> frozenset[str]:
    """Named places and subjects of a figure: capitalised names in its clause that are its subject or
    possessor (before it), in its noun phrase ("North Korean troops") or its location ("in Haiti").
    Who said it, destinations and opponents ("to Russia", "against Ukraine") do not count, except the
    nationality of whoever said it ("U.S. officials confirmed 65 cases": the cases are American).
    ``where_only``: only names that read as places (after "in", "of"..., possessives, peoples, capitals)."""
    left, right = clause(text, start, end)
    saying = attributions(text, left, right, start)
    furniture = furniture_spans(text)
    keys: set[str] = set()
    entry = _ENTRY.search(text, left, start)  # "..., 12 in Veltria": a later entry of a list names only its own place
    left = entry.end() if entry and _FIGURE_BEFORE.search(text, left, entry.start()) else left
    listed = _NEXT_FIGURE.search(text, end, right)  # "37 cases in Lowmere, 12 in Veltria": a list, each its own place
    stop = min(listed.start() if listed else right, whole_start(text, end, right))  # ", a third of Westland's total"
    lo, hi = (right, right) if where_only else part_span(text, left, start, end, stop)  # "-- 28 in Norland --": a part's
    parts: set[str] = set()
    for m in _WORD.finditer(text[left:stop]):
        w, pos = m.group(0), left + m.start()
        if not (w[0].isupper() or w.lower() in _DEMONYMS) or inside(pos, furniture) \
                or not w.isalpha() and any(c.isdigit() for c in w):  # "H1N1", "F-16": a code, not a place
            continue
        if inside(pos, saying):
            if _NATIONALITY.match(text, pos):
                keys.add(_DEMONYMS.get(w.lower().rstrip("."), w.lower()))
            elif _REPORTER.match(text, pos) and (k := name_key(w, False)) \
                    and (k in _COUNTRIES or not _AGENCY.fullmatch(w)):
                keys.add(k)  # "The United States has reported 4,714 cases": a country counting its own
            continue
        lead = text[max(left, pos - 40):pos]
        if _MEDIUM.match(text, pos) or _TOLD.search(lead):
            continue
        if pos >= end and not (_LOCATIVE.search(lead) or w.lower() in _EVERYWHERE) or pos < start and _NOT_SUBJECT.search(lead):
            continue
        first = (not text[:pos].strip(" \"'“‘(") and not re.match(r"\s+[A-Z]", text[pos + len(w):])
                 and not w.endswith(("'s", "’s")))  # "Mexico's toll": a possessive opening a sentence is a name
        k = name_key(w, first)
        if where_only and not (_LOCATIVE.search(lead) or w.lower() in _DEMONYMS or k in _CAPITALS
                               or w.endswith(("'s", "’s"))):
            continue  # "the Red Cross estimated ...": a subject, not a place an article's other figures share
        if k and _OUTSIDE.search(lead):
            keys.add("outside " + k)  # "cases outside Mexico": everywhere but that place, a scope of its own
        elif k and pos < start and k in _CAPITALS:
            keys.update(_CAPITALS[k].split())
        elif k:
            (parts if lo <= pos < hi else keys).add(k)
    if parts and not keys:
        keys.add(whole_key(parts))  # a total over its parts' places: a scope of its own (summarizer.wholes)
    unnamed = _UNNAMED.search(text, left, right)
    if unnamed and not keys and not inside(unnamed.start(), saying):
        keys.add("the " + unnamed.group(1).lower())  # "289 cases in the capital": a city, not the country told before
    many = _MANY.search(text, start, right)
    if many and not inside(many.start(), saying):  # "5,251 cases in 30 countries"
        keys.add("world" if many.group("world") or many.group("what").lower() in ("countries", "nations") else "nation")
    label = _LABEL.search(text, 0, left)
    if label and label.end() == left and not label.group(1).isdigit():  # "Spain: 57 confirmed cases"
        keys.update(k for w in label.group(1).split() if (k := _DEMONYMS.get(w.lower(), name_key(w, False))))
    for pair, one in _COMPOUNDS:  # "United States" is "U.S."
        if pair <= keys:
            keys = keys - pair | {one}
    if "world" in keys:  # "1,500 people around the globe, most of them in Mexico": a world count
        return frozenset({"world"})
    return frozenset(keys)


_NAME_SUFFIX = re.compile(r"(?:ians?|ans?|ese|ish|is|i|o|a|e|y|s)$")


@lru_cache(maxsize=SENTENCES)  # a pure function of the name: every pair of places compared asks
def _root(key: str) -> str:
    """A name without its demonym or plural ending ("mexicans", "mexican", "mexico" -> "mexic")."""
    root = _NAME_SUFFIX.sub("", key)
    return root if len(root) >= 4 else key


def _key_match(a: str, b: str) -> bool:
    """True for one name in two forms ("haiti"/"haitian", "korea"/"korean", "mexico"/"Mexicans")."""
    a, b = _root(a), _root(b)
    short, long = sorted((a, b), key=len)
    return len(short) >= 4 and long.startswith(short) if short != long else True


@lru_cache(maxsize=16384)  # a pure function of two sets of names: the same pairs come back for every candidate
def places_compatible(a: frozenset[str], b: frozenset[str], strict: bool = False) -> bool:
    """False when each side names a place or subject the other does not: they are about different things
    (``strict``: when either side does; cached)."""
    only_a = [x for x in a if not any(_key_match(x, y) for y in b)]
    only_b = [y for y in b if not any(_key_match(x, y) for x in a)]
    return not (only_a or only_b) if strict else not (only_a and only_b)


@lru_cache(maxsize=16384)
def places_shared(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when both name at least one place or subject in common (cached)."""
    return any(_key_match(x, y) for x in a for y in b)


def labelled_year(text: str, left: int) -> bool:
    """True when the clause at ``left`` follows a year label: a timeline entry ("1957: Asian flu killed ...")."""
    label = _LABEL.search(text, max(0, left - 12), left)
    return bool(label and label.end() == left and label.group(1).isdigit())

