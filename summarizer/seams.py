"""A missing full stop between a fragment and a clause, found by the capital that only a sentence start explains.

A headline, standfirst or caption glued before the lead loses its stop but keeps the lead's capital:
"... strike, say unions It will be one of the largest rallies ...", "... years before invasion The US
investigators searching for ... have given up ...", "... draws near For the first time in decades,
farmers are ...". English writes a pronoun, an article or a preposition in capitals mid-sentence only at a
sentence start or inside the title of a work ("the film The Hurt Locker", "the song In the Air Tonight",
"For Whom the Bell Tolls"), so :func:`missing_stop` asks for:

- the word before the capital a lower-case content word or a number (not a function word, a clause-taking
  verb or a noun that names a work, after which a title follows);
- no open quotation on the left, and a left part that opens with a capital or a digit;
- a right part that reads as a clause, not a title: a pronoun with its finite verb next ("It will"); "The"
  before a lower-case noun, or before capitalised words and then a lower-case common noun ("The US
  investigators"), with a finite verb further on; a preposition or subordinator before a lower-case word
  ("For the first time", "After a deadly ..."), with a finite verb further on; a quantifier before a lower-case
  word or a number ("Another nine cases have been confirmed"), with a finite verb further on; a title or role and
  a name with its reporting verb next ("... for the virus Ambassador Jo Roe said ..."). A capitalised possessive is
  no such start: it is as often a verb's object ("... refused to answer Paxman's question").

A caption's credit (a name, a comma and a role with no verb: "... Dr Jo Roe, WHO director general") may run
into the lead the same way with any capitalised subject ("Official reports say ..."): after a role that ends a
credit, a capitalised word with a finite verb within three words opens the clause.

A caption or a sentence may also run into a quotation that is a sentence of its own, told by the words after it:
"... is scarce in the capital " We do not know what we will find, " said Jo Roe." A quotation closed by a comma
and then its speaker ("said X", "X said", "he added") belongs to that attribution, so nothing before it introduces it:
the seam lies before its opening mark (:func:`quoted_sentence`), when the quotation opens with a capital and a
lower-case word (not a title in capitals) after a lower-case content word that names no work ("the slogan ...").

Position in the sentence does not matter: a headline with its standfirst runs past twenty words.
"""
from __future__ import annotations

from summarizer import gluewords as W
from summarizer.chunks import present_verb
from summarizer.lexicon import CLAIM, QUOTE_VERBS, SAID_WORDS
from summarizer.pictures import scene_clause
from summarizer.runon import core_word, finite, quote_open

# Nouns after which a capitalised word opens the title of a work or a publication, not a sentence.
WORKS = frozenset("""film films movie movies book books novel novels song songs album albums show shows series play plays
    paper papers newspaper newspapers magazine magazines daily weekly programme programs program documentary musical opera
    single track title titled poem painting column blog website site channel network brand band group called named dubbed
    headline headlined slogan motto campaign""".split())
# Prepositions and subordinators that open an adverbial before the subject ("For the first time, ...").
_OPENING = frozenset("""after before when while since although though because despite during following until unless
    according amid for in on at with without from as once like unlike""".split())
# Quantifiers that open a subject as "The" does ("Another nine cases ...", "Some 400 people ...").
_QUANTIFIERS = frozenset("Another Some Many Several Most Both Each Every Few".split())
_PARTICLES = frozenset("in out up down off on away back over near through".split())
MIN_RIGHT = 5  # words of the clause after the seam
_OPEN_MARKS = ('"', "“")
_CLOSE_MARKS = ('"', "”")
# Verbs of an attribution after a quotation: '..., " said Roe', '..., " he added'.
_ATTRIBUTING = SAID_WORDS | frozenset(CLAIM) | frozenset(QUOTE_VERBS)  # after a quotation ('" she replied')
MAX_QUOTE = 60  # tokens of a quotation before its closing mark
MAX_WHO = 4  # words of a speaker before the verb ('..., " Jo Roe said')


def _verb_in(tokens: list[str], plain: bool = False) -> bool:
    """A finite verb (an auxiliary, a reporting verb, a past tense or a plain present) among ``tokens`` (``plain``:
    before any comma or relative pronoun, so the words before it are the clause's subject)."""
    prev = ""
    for token in tokens:
        word = core_word(token).rstrip(".,;:!?").lower()
        if word.isalpha() and (finite(word) or present_verb(prev, word)):
            return True
        if plain and (token.endswith((",", ";", ":")) or word in W.SUBORDINATORS):
            return False
        prev = word
    return False


def _left_plain(tokens: list[str], i: int) -> bool:
    """The words before ``tokens[i]`` end as a fragment may: a lower-case content word, a number or a verb's
    particle ("... the troops went in", "... draws near"), no open quotation."""
    before = tokens[i - 1]
    if before.isdigit():
        ends = True
    elif before in _PARTICLES and i >= 2:
        verb = tokens[i - 2]
        ends = verb.isalpha() and verb.islower() and (finite(verb) or verb.endswith("s") and not verb.endswith("ss"))
    else:
        ends = before.isalpha() and before.islower() and before not in W.FUNCTION and before not in W.CLAUSE_VERBS \
            and before not in WORKS and before not in W.ROLES
    if not ends:  # the cheap test of the last word first, then the whole left part
        return False
    first = core_word(tokens[0])
    return (first[:1].isupper() or first[:1].isdigit()) and not quote_open(tokens[:i])


def _named_noun(tokens: list[str], i: int) -> int:
    """The index of the lower-case common noun after "The" and one to three capitalised words ("The US
    investigators"), or 0."""
    j = i + 1
    while j < min(len(tokens), i + 4) and tokens[j].isalpha() and tokens[j][:1].isupper():
        j += 1
    if j == i + 1 or j >= len(tokens):
        return 0
    word, verb = tokens[j], core_word(tokens[j + 1]).lower() if j + 1 < len(tokens) else ""
    noun = word.isalpha() and word.islower() and word not in W.FUNCTION and not finite(word) and word not in W.PAST
    # its verb or a participle next: "The US investigators searching ...", not "gave The Observer details of ..."
    return j if noun and verb.isalpha() and (finite(verb) or verb.endswith("ing") or present_verb(word, verb)) else 0


def _credit_end(tokens: list[str], i: int) -> bool:
    """``tokens[:i]`` ends with a caption's credit: a capitalised name, a comma, then at most five words ending in
    a role noun, with no verb ("Dr Jo Roe, WHO director general"); ``tokens[i]`` a capitalised word and a
    finite verb follows within three words."""
    k = i - 1
    while k > 0 and i - k <= 5 and not tokens[k - 1].endswith(","):
        k -= 1
    if k <= 1 or i - k > 5 or not tokens[k - 1].endswith(",") or not tokens[k - 1][:1].isupper() \
            or not tokens[k - 2][:1].isupper():  # a name of two words or a title and a name: not "Previously, lawyer"
        return False
    role = tokens[k:i]
    if role[-1] not in W.ROLES or _verb_in(role) or any(not t.replace("-", "").isalnum() or t.lower() in W.FUNCTION
                                                         for t in role):  # "Kim, whose wife Jo went": no credit
        return False
    word = tokens[i]
    return word.isalpha() and word[:1].isupper() and word[1:].islower() and word not in W.TITLES \
        and tokens[i + 1].isalpha() and tokens[i + 1].islower() and _verb_in(tokens[i + 1:i + 4], plain=True)


def _titled_speaker(tokens: list[str], i: int) -> bool:
    """``tokens[i]`` is a title or role before one to three capitalised names and a reporting verb ("Ambassador Jo
    Roe said many ...")."""
    j = i + 1
    while j < min(len(tokens), i + 4) and tokens[j].isalpha() and tokens[j][:1].isupper() and tokens[j][1:].islower():
        j += 1
    return j > i + 1 and j < len(tokens) and core_word(tokens[j]).rstrip(",").lower() in W.CLAUSE_VERBS


def _scene(tokens: list[str], i: int) -> bool:
    """A scene clause opens at ``tokens[i]`` (:func:`summarizer.pictures.scene_clause`)."""
    return bool(scene_clause([core_word(t) for t in tokens[i:i + 9]]))


def _attribution_after(tokens: list[str], k: int) -> bool:
    """``tokens[k:]`` open with who said the quotation before: a verb of saying, or up to :data:`MAX_WHO` capitalised
    words or a pronoun and then that verb."""
    for j in range(k, min(len(tokens), k + MAX_WHO + 1)):
        word = core_word(tokens[j]).rstrip(".,;:!?")
        if word.lower() in _ATTRIBUTING and word.islower():
            return True
        if not (word[:1].isupper() or word in ("he", "she", "they")):
            return False
    return False


def quoted_sentence(tokens: list[str], i: int) -> bool:
    """``tokens[i]`` opens a quotation that its own attribution follows ('" We will stay, " she said'), glued with
    no stop after a fragment or a sentence that ends on a lower-case content word (see the module)."""
    token = tokens[i]
    if token in _OPEN_MARKS:
        at = i + 1
    elif token[:1] in _OPEN_MARKS and len(token) > 1:
        at = i
    else:
        return False
    if i < 2 or at + 1 >= len(tokens):
        return False
    first, after = (t.replace("'", "").replace("’", "") for t in (tokens[at].lstrip('"“'), core_word(tokens[at + 1])))
    if not (first[:1].isupper() and first.isalpha() and after.isalpha() and after.islower()):
        return False
    if not _left_plain(tokens, i):
        return False
    for k in range(at + 1, min(len(tokens) - 1, at + MAX_QUOTE)):
        word = tokens[k]
        if word.startswith("“") or word.startswith('"') and len(word) > 1:
            return False  # another quotation opens first
        if word in _CLOSE_MARKS or word.endswith(_CLOSE_MARKS):
            closed = word.endswith((',"', ",”")) or word in _CLOSE_MARKS and tokens[k - 1].endswith(",")
            return closed and _attribution_after(tokens, k + 1)
    return False


def missing_stop(tokens: list[str], i: int) -> bool:
    """``tokens[i]`` opens a sentence glued to the fragment before it with no stop (see the module)."""
    if i < 3 or len(tokens) - i < MIN_RIGHT:
        return False
    word, after = tokens[i], tokens[i + 1]
    if _credit_end(tokens, i):
        return True
    scene = None  # "... in Britain Staff wave from ...": a caption (read only when a test needs it)
    placed = tokens[i - 1].isalpha() and tokens[i - 1][:1].isupper() and tokens[i - 2] in W.PLACE_PREPS \
        and (word in W.PRONOUNS or word == "The" and after.islower()
             or (scene := _scene(tokens, i)))  # "... Jo Roe in London It was 1am"
    first = core_word(tokens[0])
    if not (_left_plain(tokens, i) or placed and (first[:1].isupper() or first[:1].isdigit()) and not quote_open(tokens[:i])):
        return False
    if _scene(tokens, i) if scene is None else scene:
        return True
    if word in W.PRONOUNS:
        return finite(core_word(after).lower())
    if word == "The":
        if after.isalpha() and after.islower() and after not in W.FUNCTION:
            return _verb_in(tokens[i + 2:])
        j = _named_noun(tokens, i)
        return bool(j) and _verb_in(tokens[j:], plain=True)
    if word in _QUANTIFIERS:
        low = core_word(after)
        return (low.isdigit() or low.isalpha() and low.islower()) and _verb_in(tokens[i + 2:])
    if word not in W.TITLES and word.lower() in W.ROLES and word[:1].isupper() and word[1:].islower():
        return _titled_speaker(tokens, i)
    if word.lower() in _OPENING and word[:1].isupper() and word[1:].islower():
        low = core_word(after)
        return low.isalpha() and low.islower() and _verb_in(tokens[i + 2:])
    return False
