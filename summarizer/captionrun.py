"""A verbless caption or headline run into the lead sentence (:mod:`summarizer.glue`).

Video and photo pages glue a title with no finite verb to the clause after it: "Flood
misery in Lowmere clinic Medical help is being flown in ...", "On the road with Westland rangers
in Veltria Westland rangers have arrived ...". English prose does not put a second subject after a
verbless run with no comma, unless the run is an introductory adverbial ("In the capital
aid workers said ...") or a noun that a relative clause follows ("the bill Senate leaders
have passed"). So the boundary counts when the left part has no verb at all, ends with a
content word or a place after a preposition, holds no determiner near its end, and the right
part opens with a subject that ends in a common noun ("Medical help", "US marines") followed
by an auxiliary or reporting verb, and goes on as a clause. A left part that opens with an
introductory word counts only when the right subject repeats its words, which a title and
its own lead do ("... with US marines in Haiti US marines have ...").
"""
from __future__ import annotations

from summarizer import gluewords as W
from summarizer.runon import core_word, finite, quote_open

MIN_LEFT = 3
MAX_SUBJECT = 4  # words of the right part's subject, up to the verb
MIN_AFTER_VERB = 3  # words after the verb: the right part is a clause, not a label
# Prepositions before a place that can end a title ("... in Haiti"); "of" and "to" would take in names
# and titles ("Minister of Health", "envoy to Haiti").
_PLACE_PREPS = frozenset("in at near from outside inside across".split())
_OTHER_PREPS = frozenset("for with without on over after by about against amid among into as".split())
_SUBJECT_PRONOUNS = frozenset("he she it they we i".split())
_MODIFIER_ENDS = ("ing", "ly", "ed")


def _verbless(low: list[str]) -> bool:
    """No word of ``low`` can be a finite verb, a reporting verb or a participle in -ed, and no subject pronoun
    after its first word shows a clause ("Cold and unfaltering it hones in on ...")."""
    return not any(finite(w) or w in W.CLAUSE_VERBS or w in W.AUX for w in low) \
        and not any(w in _SUBJECT_PRONOUNS for w in low[1:])


def _title_end(left: list[str]) -> bool:
    """``left`` ends as a title can: a lower-case content word, or a place after a preposition ("in Haiti")."""
    last, low = left[-1], left[-1].lower()
    if last.isalpha() and last.islower():
        return low not in W.NOT_TITLE_END and not low.endswith(_MODIFIER_ENDS)
    return last.isalpha() and last[:1].isupper() and last[1:].islower() and left[-2] in _PLACE_PREPS


def _subject_then_verb(tokens: list[str], i: int) -> int:
    """The index of the verb when ``tokens[i:]`` opens with a subject ending in a common noun ("Medical help",
    "US marines", "Red Cross workers") then an auxiliary or reporting verb with a clause after it; else 0."""
    for v in range(i + 1, min(len(tokens) - MIN_AFTER_VERB, i + MAX_SUBJECT + 1)):
        noun = tokens[v - 1]
        if core_word(tokens[v]) in W.FINITE:
            good = noun.isalpha() and noun.islower() and noun not in W.NOT_NOUNS \
                and not noun.endswith(_MODIFIER_ENDS)  # "anyone Spector thinks might be": a verb, not a noun
            return v if good and v - 1 > i - 1 and all(t.isalpha() and t[:1].isupper() for t in tokens[i:v - 1]) else 0
        if not tokens[v].isalpha() or tokens[v] in W.FUNCTION:
            return 0
    return 0


_TOLD = frozenset("the his her their what why how where".split())  # what a teaser's "describes" or "explains" takes


def _reporter(tokens: list[str], i: int) -> bool:
    """``tokens[i:]`` opens a video teaser's credit: a name of two or three words, then "reports on" or
    "reports from" ("Jane O'Brien reports on how ..."), or "describes" or "explains" what it shows ("Jo Roe describes
    the scene ...", never "describes the attacks as ...", which tells what was said)."""
    name = i
    while name < min(len(tokens), i + 3) and tokens[name][:1].isupper() and tokens[name].replace("'", "").replace(
            "’", "").replace("-", "").isalpha():
        name += 1
    return name - i >= 2 and tokens[i] not in W.OPENERS and name + 1 < len(tokens) and (
        tokens[name] == "reports" and tokens[name + 1] in ("on", "from")
        or tokens[name] in ("describes", "explains") and tokens[name + 1] in _TOLD and " as " not in " ".join(tokens[name:])
        and not any(core_word(t).lower() in W.DETERMINERS for t in tokens[max(0, i - 3):i]))  # "in a recent New Yorker"


def _repeats_subject(tokens: list[str], i: int) -> bool:
    """The subject that opens at ``tokens[i]`` (two or more words, ending in a common noun, then a verb) was also
    the start of ``tokens[:i]``: a title or standfirst and its lead, on one line."""
    verb = _subject_then_verb(tokens, i)
    subject = [w.lower() for w in tokens[i:verb]]
    return verb - i >= 2 and [core_word(t).lower() for t in tokens[:len(subject)]] == subject


def _repeats_name(tokens: list[str], i: int) -> bool:
    """``tokens[i:]`` opens with a subject that ends in the name of two or more words that opens ``tokens[:i]``,
    then a verb ("Michael Jackson was treated for insomnia, documents show Pop star Michael Jackson had ..."):
    prose would refer back with a pronoun, a caption and its lead each name their subject."""
    name = 0
    while name < min(i, 4) and tokens[name].isalpha() and tokens[name][:1].isupper() and tokens[name] not in W.OPENERS:
        name += 1
    if name < 2 or i < name + 3 or not tokens[name].isalpha() or not tokens[name].islower():
        return False  # "Pussy Riot Assange's attempt ...": a label before a sentence, not a subject and its verb
    for start in range(i, min(len(tokens) - name - MIN_AFTER_VERB, i + 3)):
        if tokens[start:start + name] == tokens[:name] and core_word(tokens[start + name]) in W.FINITE:
            before = tokens[i:start]  # nothing, a title ("Dr"), or a role with its noun ("Pop star")
            return all(t in W.TITLES for t in before) or all(t.isalpha() for t in before) and any(
                t.islower() for t in before)
    return False


def caption_run(tokens: list[str], i: int) -> bool:
    """A verbless caption or title in ``tokens[:i]`` runs into a clause that opens at ``tokens[i]``; or a title
    runs into a video teaser's credit ("Blogs carry word from Lowmere Jo Roe reports on ...")."""
    word = tokens[i]
    if not (word.isalpha() and word[:1].isupper()) or word in W.PRONOUNS or word in W.OPENERS or word == "I":
        return False
    left = [core_word(t) for t in tokens[:i]]
    low = [w.lower() for w in left]
    if len(left) < MIN_LEFT or not left[0][:1].isupper() or quote_open(tokens[:i]) or low[0].endswith("ing"):
        return False
    if not _title_end(left):
        return False
    if _repeats_subject(tokens, i) or _repeats_name(tokens, i):  # a title or caption, then its lead on the same
        return True  # subject ("Exam boards may ... Exam boards are", "Jane Roe was ..., police say Jane Roe had")
    if any(t[-1:] in ",;:" or not core_word(t) for t in tokens[:i]):
        return False
    if any(w in W.SUBORDINATORS for w in low):
        return False
    if _reporter(tokens, i):
        return low[0] not in W.INTRO and not any(w in W.CLAUSE_VERBS or w in W.SUBORDINATORS for w in low)
    if not _verbless(low):
        return False
    if any(w in W.DETERMINERS or w.endswith(("'s", "’s")) for w in low[-3:]):
        return False  # "the bill Senate leaders have passed": a relative clause after a noun
    verb = _subject_then_verb(tokens, i)
    if not verb:
        return False
    # An adverbial, or a noun phrase that the verb may go on ("The apron at Lowmere airport is", "Roe's
    # move to the top Westland desk is"), opens the sentence unless the title repeats; a title is a
    # phrase with a preposition ("Misery in Lowmere clinic"), not a run of modifiers ("Three former senior ... were").
    if low[0] in W.NOT_TITLE_START or low[0].endswith(("'s", "’s")):
        return all(t in tokens[:i] for t in tokens[i:verb])
    return any(w in W.PLACE_PREPS or w in _OTHER_PREPS for w in low[1:-1])
