"""Glued units: a headline, caption or label run into the sentence after it; bullets.

Pages flattened to text (and text tokenised then restored) often lose the break between a
sentence-less fragment and the lead sentence: "UN staff missing after quake The UN could
not confirm ...", "A reporter visits a farm Egypt has begun a cull ...". The fragment has
no terminal punctuation; the sentence opens with a capitalised subject and a finite verb a
few words on. :func:`split_glued` cuts at such a boundary so the fragment becomes its own
heading unit (never an item) and the sentence stands alone. It is precision first: a
boundary counts only when the word before it can end a phrase, the left part does not set
up a clause (a reporting verb, an introductory adverbial, a noun with its determiner that
a name-subject relative clause could follow), and the right part is a full sentence.
A caption may itself hold a verb ("Mr Roe was a keen skier A British man has died"): a
determiner subject may follow any left part whose reporting clause is already complete;
"A" counts as an article only after a noun that takes no letter label ("influenza A virus");
no boundary falls inside an open quotation. A caption that is a complete clause may also run into a
lead whose subject is a name ("... in Haiti The EU has pledged ..."): the clause-level tests live in
:mod:`summarizer.runon`; one that ends on a year, in :mod:`summarizer.yearseam`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from summarizer import gluewords as W
from summarizer.caches import SENTENCES
from summarizer.captionrun import caption_run
from summarizer.capstart import function_start
from summarizer.clausestarts import clause_start, titled_speaker
from summarizer.echolead import APPOSITION, echo_lead
from summarizer.headgrammar import headline_subject
from summarizer.headrun import headline_run, pull_quote, quote_caption_end
from summarizer.leadrun import lead_run
from summarizer.lexicon import MONTHS, ed_verb
from summarizer.namelead import name_lead
from summarizer.namerepeat import name_repeat
from summarizer.programme import teaser_end
from summarizer.articlelead import article_lead
from summarizer.runon import clause_state, closed_run_on, core_word, finite, quote_open, run_on
from summarizer.seams import missing_stop, quoted_sentence
from summarizer.subheads import subhead_end
from summarizer.subjectstarts import subject_start
from summarizer.yearseam import year_seam
MAX_LEFT_WORDS = 20
MAX_LEFT_LONG = 40  # a headline with its standfirst: cut this far only where a capitalised determiner opens a sentence
MAX_TO_VERB = 9
MIN_RIGHT_WORDS = 5  # a cut leaves more than this many words after it
# Determiners that open a subject noun phrase even after a name ("... lawyer Ed Roe Any money he took was a loan").
_SUBJECT_DETERMINERS = frozenset(("The", "A", "An", "Any", "Every", "Each"))
# Count words that open a subject as a determiner does ("Nine foreigners", "Hundreds of people", "Many bikes").
_COUNTS = frozenset("""two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundreds
    thousands millions dozens several many most some both few""".split())
_MEASURE = re.compile(r"\d+(?:-[a-z]+)+")  # "24-hour", "23-month-old": a modifier after an article
_LONE_QUOTES = frozenset(("`", "``", "‘", "“", '"', "'"))  # an opening quotation mark spaced off its word
_TERMINAL = re.compile(r"[.!?…][\"'”’»)\]]*\s*$|[\"”’»]\s*$")
# Bullet glyphs opening a line, with their mojibake leftovers ("Â€¢", "€¢") and escaped markdown ("\*\*"), or a
# list item's number before a capital ("1) The ...", "(2) Over ...").
_BULLET = re.compile(r"^(?:(?:Â|Ã)?(?:€¢|â€¢)\s*|[•·▪‣◦●■►¦*–—-]+\s+|(?:\\\*)+\s*|\(?\d{1,2}\)\s+(?=[A-Z\"“‘]))+(?=\S)")


# A list flattened into one line: a bullet (or an escaped markdown "\*" or "\*\*") between two units.
_INLINE_BULLET = re.compile(r"\s(?:\\\*(?:\\\*)?|•|●|▪)\s+(?=\S)")


def break_inline_bullets(text: str) -> str:
    """``text`` with a line break before each bullet inside a line: the items of a flattened list, including
    bullets that a text pipeline spelt out as the cent sign's name ("cents Mexico invokes special measures")."""
    if "ents " in text:
        text = W.CENT_BULLET.sub(lambda m: m[0] if W.AMOUNT.search(m[1] or "") else (m[1] or "") + "\n", text)
    return _INLINE_BULLET.sub("\n", text) if "•" in text or "\\*" in text or "●" in text or "▪" in text else text


def strip_bullet(line: str) -> str:
    """``line`` without the bullet glyphs that open it (including mojibake bullets such as "Â€¢") or a list item's
    number ("1) It's the ..." gives "It's the ...")."""
    return _BULLET.sub("", line)


def _verb_ahead(tokens: list[str], i: int) -> bool:
    """A finite verb within a few words after ``tokens[i]``, with no punctuation on the way.

    After a determiner ("The head of the IMF said") the subject may hold "of the"; after a
    name ("Egypt has", "Health experts say") at most two other content words.
    """
    opener = tokens[i] in W.OPENERS
    reach = MAX_TO_VERB if opener else 2 if tokens[i] in W.PRONOUNS else 4 if tokens[i] in W.TITLES else 3
    for j in range(i + 1, min(len(tokens), i + 1 + reach)):
        word = core_word(tokens[j])
        if j > i + opener and (word in W.FINITE or len(word) > 4 and ed_verb(word) and word.islower()):
            return True
        if not word or not word.replace("'s", "").replace("’s", "").replace("-", "").replace(".", "").isalnum():
            return False
        if word.lower() in W.FUNCTION and not (opener and word in ("of", "the", "in", "at", "for", "on", "to", "so")):
            return False
        if tokens[j][-1] in ",;:!?" or (tokens[j].endswith(".") and len(word) > 3):
            return False
    return False


def _plain_start(tokens: list[str], i: int) -> bool:
    """``tokens[i]`` opens a clause with a capital that only a sentence start explains: a pronoun, or a
    determiner or quantifier before a lower-case word ("The number", not "The Lancet" or "influenza A virus")."""
    if tokens[i] in W.PRONOUNS:
        return True
    return tokens[i] in W.OPENERS and tokens[i] != "A" and tokens[i + 1][:1].islower()  # not "influenza A virus"


def _named_start(tokens: list[str], i: int) -> bool:
    """"The" before capitals and then a common noun ("The Houston clinic of ..."): a noun phrase whose
    head is a common noun, so "The" opens a clause rather than a name ("The Lancet accused ...")."""
    j = i + 1
    while tokens[i] == "The" and j < min(len(tokens), i + 4) and tokens[j].isalpha() and tokens[j][:1].isupper():
        j += 1
    return j > i + 1 and j < len(tokens) and _common_noun(tokens[j])


def _common_noun(token: str) -> bool:
    """A lower-case word that is not a function word or a verb form: the head of a noun phrase."""
    return token.isalpha() and token.islower() and token not in W.FUNCTION and token not in W.FINITE \
        and not (len(token) > 4 and ed_verb(token))


def _left_ok(tokens: list[str], i: int) -> bool:
    """The words before ``tokens[i]`` read as a headline, caption or label, not as the start of a clause."""
    left = [core_word(t) for t in tokens[:i]]
    low = [w.lower() for w in left]
    if not left or not left[0][:1].isupper() and not left[0][:1].isdigit() or quote_open(tokens[:i]):
        return False
    closed = clause_state(low, past=True) == "closed"  # "It is thought the pilot was at the controls The ..."
    if _plain_start(tokens, i) or _named_start(tokens, i) and (low[0] not in W.PRONOUN_WORDS or closed):
        # "... his house They have salvaged", "... infection The first planeload has", "... in Haiti The aid"
        return len(left) >= 2 and (left[-1].isalpha() and left[-1].islower() and low[-1] not in W.FUNCTION
                                   or _place_end(left))
    if low[0] in W.INTRO or low[0] in W.PRONOUN_WORDS or low[0].endswith("ing"):
        return False
    opener = tokens[i] in W.OPENERS  # a determiner subject cannot continue a clause that already has its verb
    if clause_state(low) == "open" if opener else any(w in W.CLAUSE_VERBS or w in W.SUBORDINATORS for w in low):
        return False
    last = low[-1]
    if last in W.FUNCTION or last in W.TIME or not re.fullmatch(r"[\w'’-]*\w[\w'’-]*", left[-1]):
        return False
    if left[-1][:1].isupper():  # "Stop The War", "President Barack Obama said": capitalised words run on as one name
        return False
    if tokens[i] in W.OPENERS or tokens[i] in W.PRONOUNS:
        return len(left) >= 2
    # A name subject: not after a determiner + noun (apposition, relative clause) and, unless a
    # pronoun or a title opens it, only after a headline in Headline Case ("Airlines Brace for Impact").
    indefinite = ("a", "an") if tokens[i] in W.TITLES else ()  # "with a bodyguard Dr Smith said": no apposition
    if len(left) < 3 or low[-2] == "to" or low[-1].endswith("ing") or low[-1] in APPOSITION or left[-1].isdigit() or any(
            w in W.DETERMINERS and w not in indefinite or w.endswith(("'s", "’s")) for w in low[-4:]):
        return False
    return tokens[i] in W.TITLES or _headline_case(left)


def _place_end(left: list[str]) -> bool:
    """``left`` ends with a place or name after a preposition ("in Haiti"), or with a number ("on May 12")."""
    last = left[-1]
    if last.isdigit():
        return len(left) >= 3
    return len(left) >= 3 and last.isalpha() and last[:1].isupper() and last[1:].islower() \
        and left[-2].lower() in W.PLACE_PREPS and left[-2].islower()


def _headline_case(words: list[str]) -> bool:
    """Most content words after the first are capitalised, as in a headline written in Headline Case."""
    content = [w for w in words[1:] if w.lower() not in W.FUNCTION and w[:1].isalpha()]
    return len(content) >= 3 and sum(w[:1].isupper() for w in content) >= 0.8 * len(content)


def _shouted(tokens: list[str], i: int) -> bool:
    """``tokens[:i]`` ends with a headline in capitals ("GLOVE MAKERS SURGE ON FLU") and ``tokens[i]`` is a
    capitalised word in mixed case: the headline's end."""
    run = 0
    while run < i and tokens[i - 1 - run].isalpha() and tokens[i - 1 - run].isupper():
        run += 1
    caps = tokens[i - run:i]
    return run >= 3 and max(len(w) for w in caps) >= 4 and tokens[i][1:].islower() and tokens[i].isalpha()


def _title_run(tokens: list[str], i: int) -> bool:
    """``tokens[:i]`` is a headline in Headline Case ("Harbour Strike In Veltria Raises Pressure on Roe") and
    ``tokens[i]`` a determiner before a lower-case word ("A trader in Moscow ..."): Headline Case capitalises
    every content word, so a determiner and then a lower-case word can only open the next sentence."""
    left = tokens[:i]
    if tokens[i] not in W.OPENERS or not tokens[i + 1].isalpha() or not tokens[i + 1].islower() or len(left) < 4:
        return False
    if tokens[i + 1] in W.FUNCTION or not left[-1][:1].isupper() or any(not re.fullmatch(r"[\w'’-]+", t) for t in left):
        return False
    return _headline_case(left) and left[-1].lower() not in W.FUNCTION_OR_LABEL and left[-1] not in W.TITLES


def _article_a(tokens: list[str], i: int) -> bool:
    """``tokens[i]`` is "A" used as an article opening a clause ("... orphanage A nurse has said"), not a
    letter label ("influenza A virus", "Plan A"): after a lower-case content word that takes no letter
    label, before a word or a measure ("A 24-hour clinic")."""
    before, after = core_word(tokens[i - 1]), tokens[i + 1].rstrip(",;:")
    return before.isalpha() and before.islower() and before not in W.LETTER_LABELS and before not in W.FUNCTION \
        and (after.isalpha() and len(after) > 1 or bool(_MEASURE.fullmatch(after)))


def _acronym_noun(tokens: list[str], j: int) -> bool:
    """``tokens[j]`` is an acronym modifying the common noun after it ("A US judge", "The UN agency")."""
    word = tokens[j]
    return 2 <= len(word) <= 5 and word.isalpha() and word.isupper() and j + 1 < len(tokens) \
        and _common_noun(tokens[j + 1].rstrip(",;:"))


def _determiner_break(tokens: list[str], i: int) -> bool:
    """A capitalised function word in mid-sentence after a lower-case word or a number ("... ferry crash survivor
    The youngest daughter of ... has", "... friends in 2006 When Michael Jackson died ..."): English
    capitalises it there only at a sentence start (names and titles go on in capitals: "The Hague", "the
    song If I Ain't Got You"; letter labels are nouns before "A": "influenza A virus"). The left part is a
    label with no stop, colon or open quotation at its end; the right part is a sentence with a finite verb.
    """
    word, after = tokens[i], tokens[i + 1].rstrip(",;:")
    low = word.lower()
    if word in _SUBJECT_DETERMINERS:
        if not (after.isalpha() and after.islower() and len(after) > 1 or _MEASURE.fullmatch(after)
                or _acronym_noun(tokens, i + 1)) or word == "A" and not _article_a(tokens, i):
            return False
        least = 2
    elif low in _COUNTS and word[1:].islower():
        content = next((core_word(t) for t in tokens[i + 1:i + 5] if core_word(t).lower() not in W.FUNCTION), "")
        if not (after.isalpha() and after.islower()) or content[:1].isupper() and not content.isupper():
            return False  # "the NatWest Three are", "Channel Seven programme", a title: "Four to the Floor"
        least = 2  # "Somali suspects Nine foreigners ... remained", "Shareholder profits Two recommendations ... stand"
    elif low in W.STARTERS and word[1:].islower():
        ahead = [core_word(t) for t in tokens[i + 1:i + 5]]
        if not any(w.isalpha() and w.islower() for w in ahead):  # a title in capitals, "As I Lay Dying"
            return False
        least = 3
    else:
        return False
    left = [core_word(t) for t in tokens[:i]]
    if len(left) < least or not (left[0][:1].isupper() or left[0][:1].isdigit()) or quote_open(tokens[:i]):
        return False
    before = tokens[i - 1]
    if not re.fullmatch(r"[£$€¥]?[\w'’%.,-]*\w", before) or left[-1].lower() in W.FUNCTION:  # "... gives away £1m An"
        return False  # "said: The", "of The", "“The": a quotation or a title, not a new sentence
    dated = before in MONTHS and tokens[i - 2].isdigit()  # "Reader letters Monday 9 March Up to 4,000 workers"
    lower = before.isalpha() and before.islower()
    if low in _COUNTS and not lower:
        return False  # "the so-called NatWest Three bankers": a name's own number word
    if word not in _SUBJECT_DETERMINERS and low not in _COUNTS and not (before.isdigit() or dated or lower
                                                                        and before not in W.CLAUSE_VERBS):
        return False  # "tells Over To You how"
    return any(finite(core_word(t)) for t in tokens[i + 2:-1]) or core_word(tokens[-1]).rstrip(".!?") in W.FINITE


def boundary(tokens: list[str], lead: bool = False, unit: bool = False) -> int:
    """The token index where a glued sentence starts, or 0 (``lead``: ``tokens`` open a line, where a headline
    with its own verb may run into the lead, :mod:`summarizer.headrun`; ``unit``: they open a line or follow a
    headline cut off it, where a headline may run into a lead that names its subject again or opens with an
    article, :mod:`summarizer.namerepeat`, :mod:`summarizer.articlelead`, or a headline in headline grammar may run
    into its lead, :mod:`summarizer.headgrammar`)."""
    end = quote_caption_end(tokens) or subhead_end(tokens) or teaser_end(tokens)  # a pull quote, a subhead, a teaser
    if end:
        return end
    for i in range(2, min(len(tokens) - MIN_RIGHT_WORDS, MAX_LEFT_WORDS + 1)):
        word = tokens[i]
        if word[:1].islower() and "-" not in word:
            continue  # what the tests below look for opens with a capital, a dotted title or a quotation mark (or a hyphen)
        if not word[:1].isupper() or word == "I" or word != "A" and not word[1:].replace("'s", "").replace("’s", "").isalpha():
            if titled_speaker(tokens, i) or unit and "-" in word and name_lead(tokens, i) or quoted_sentence(tokens, i) \
                    or word[:1].isupper() and subject_start(tokens, i) or unit and headline_subject(tokens, i):  # a subject starts capitalised
                return i  # "... Rep. Jo Bloggs said": a dotted title; "... better Six-year-old Jo Roe fell": a name
            continue
        if lead and (headline_run(tokens, i) or lead_run(tokens, i) or echo_lead(tokens, i)) or pull_quote(tokens, i) \
                or unit and (name_repeat(tokens, i) or article_lead(tokens, i) or name_lead(tokens, i)
                             or headline_subject(tokens, i)):
            return i
        if word == "A" and not _article_a(tokens, i) and not _title_run(tokens, i):
            continue
        if _shouted(tokens, i) or _title_run(tokens, i) or _verb_ahead(tokens, i) and _left_ok(tokens, i) or run_on(tokens, i) \
                or _determiner_break(tokens, i) or closed_run_on(tokens, i) or caption_run(tokens, i) or clause_start(tokens, i) \
                or missing_stop(tokens, i) or year_seam(tokens, i) or subject_start(tokens, i) or function_start(tokens, i):
            return i
    for i in range(MAX_LEFT_WORDS + 1, min(len(tokens) - MIN_RIGHT_WORDS, MAX_LEFT_LONG + 1)):
        if not core_word(tokens[i])[:1].isupper():
            continue
        if lead and lead_run(tokens, i):
            return i  # a caption with its own clause, longer than a headline (summarizer.leadrun)  # both tests need a capital there (a determiner, or any seam :func:`missing_stop` finds)
        if tokens[i] in _SUBJECT_DETERMINERS and _determiner_break(tokens, i) or missing_stop(tokens, i) or subject_start(tokens, i):
            return i  # "... outbreaks A member of crew was", "... say critics It will be ..." (summarizer.seams)
    return 0


@lru_cache(maxsize=SENTENCES)
def split_glued(sentence: str, lead: bool = False) -> tuple[str, ...]:
    """``sentence`` cut where a sentence-less fragment (headline, caption, label) runs into a full sentence.

    "UN staff missing after quake The UN could not confirm the toll." gives
    ("UN staff missing after quake", "The UN could not confirm the toll."); a sentence with
    no such boundary comes back whole. Several glued fragments are cut one after another. ``lead``: the
    sentence opens its line, so its first fragment may also be a headline with a verb.
    """
    out: list[str] = []
    rest = sentence.strip()
    while rest and _TERMINAL.search(rest):
        tokens = rest.split()
        if len(tokens) > 1 and tokens[0] in _LONE_QUOTES:  # a tokenised opening mark: "` Crazy' spy ..." reads "`Crazy'"
            tokens = [tokens[0] + tokens[1], *tokens[2:]]
        cut = boundary(tokens, lead and not out, lead)
        if not cut:
            break
        out.append(" ".join(tokens[:cut]))
        rest = " ".join(tokens[cut:])
    out.append(rest)
    return tuple(part for part in out if part)
