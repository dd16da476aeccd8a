"""A headline in Headline Case run into the lead: "Airlines Brace for Impact of Downturn Delta chief executive Jo Roe said ...".

:mod:`summarizer.casebreaks` finds the seam where a common word follows a lower-case word; a headline written in
Headline Case ends on a capital, so no lower-case word marks its end. What marks it is the lead's subject: a run of
at most four capitalised words after the headline, then a lower-case word that is no function word (a verb or the
subject's common noun) and a finite verb within a few words. The subject's start is told by the article, never by a
list of names:

- a title opens it ("... With Rivals President Roe said ...");
- a common word opens it, one that the article writes in lower case and never capitalises in mid-sentence elsewhere
  ("... Drought of Aid Flood victims carried ...");
- a name opens it that the article writes again elsewhere, while the words from the headline's last word on appear
  nowhere else ("... Bleak Picture Jo Roe operates a lathe ...": "Jo Roe" recurs, "Picture Jo Roe" does not).

The headline must be one: at least three content words after its first, all capitalised, two of them words the
article writes in lower case elsewhere (names never are), no stop, no quotation open, no comma or number at its end,
no role or title among its last three words (a name goes on: "Interior Minister Jo | Roe"), and no opening phrase
with a comma ("According to X, Jo Roe said").
Tried only on a page's first lines (:data:`summarizer.headblock.MAX_LINE`). Nothing here is about a given site or story.
"""
from __future__ import annotations

import re
from collections import Counter

from summarizer import gluewords as W
from summarizer.chunks import ROLES
from summarizer.runon import core_word, finite, quote_open

_ROLES = ROLES | {t.lower() for t in W.TITLES} | frozenset("colonel captain major lieutenant sergeant dean".split())
_OPENING = frozenset("according in on at after before during since following despite amid with as when while".split())
_MAX_SUBJECT = 4  # capitalised words of the lead's subject
_VERB_WITHIN = 5  # words after the subject within which its finite verb stands


def _name(tokens: list[str]) -> str:
    return " ".join(core_word(t) for t in tokens).removesuffix("'s").removesuffix("’s").strip(",")


def title_seam(tokens: list[str], i: int, lower: Counter[str], capital: Counter[str], body: str) -> bool:
    """True when ``tokens[:i]`` is a headline in Headline Case and the lead opens at ``tokens[i]`` (see the module);
    ``body`` is the article's text, where a name of the subject must recur."""
    left, word = tokens[:i], core_word(tokens[i])
    if not word[:1].isupper() or tokens[i][:1] == "(" or quote_open(left) or left[-1].lower() in W.FUNCTION \
            or left[-1].endswith(",") or left[-1][:1].isdigit():
        return False  # "Organisation (WHO) said", "In 1971, Jo Roe", "Around 27,000 workers": no headline ends there
    if any(core_word(t).rstrip(".,").lower() in _ROLES for t in left[-3:]):
        return False  # "Interior Minister Jo | Roe said": a role and a name, one subject
    if "," in " ".join(left) and (left[0].lower() in _OPENING or left[0].endswith("ing")):
        return False  # "According to the ministry, Jo Roe ...": an opening phrase, no headline
    content = [core_word(t) for t in left[1:] if core_word(t).lower() not in W.FUNCTION]
    if len(content) < 3 or not all(c[:1].isupper() or c[:1].isdigit() for c in content if c) \
            or sum(lower[c.lower()] > 0 for c in content) < 2:
        return False  # a headline's common words are written in lower case elsewhere; names are not
    j = i
    while j < len(tokens) and j - i <= _MAX_SUBJECT and core_word(tokens[j])[:1].isupper():
        j += 1
    if j >= len(tokens) or j - i > _MAX_SUBJECT:
        return False
    nxt = core_word(tokens[j])
    if not nxt.isalpha() or not nxt.islower() or nxt in W.FUNCTION and nxt not in W.AUX:
        return False  # "... With Rivals and Jo Roe ...": a list goes on, no subject ends
    if not any(finite(core_word(t)) or core_word(t).endswith("s") and len(core_word(t)) > 3 and core_word(t) not in W.FUNCTION
               for t in tokens[j:j + _VERB_WITHIN]):
        return False
    if word.rstrip(".") in W.TITLES:
        return True
    if j == i + 1 and lower[word.lower()] and capital[word] <= 1:
        return True  # "Flood victims": a common word only the sentence start capitalises
    name, longer = _name(tokens[i:j]), _name(tokens[i - 1:j])
    return len(re.findall(rf"\b{re.escape(name)}\b", body)) >= 2 and len(re.findall(rf"\b{re.escape(longer)}\b", body)) < 2


_SIDES = frozenset("left right centre center top bottom".split())
_PAST_OR_MODAL = W.AUX | W.PAST | W.FINITE - frozenset("adds announces confirms reports says tells warns".split())
_MAX_CAPTION = 25  # words of a caption


def _present(words: list[str], j: int) -> bool:
    """``words[j]`` is a verb in the simple present ("favors", "monitors"; not "officials knew": a noun before a verb)
    or "is"/"are" before a present participle ("is affecting")."""
    w, nxt = words[j], (words[j + 1].lower() if j + 1 < len(words) else "")
    if w in ("is", "are"):
        return nxt.endswith("ing")
    return (w.isalpha() and w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3
            and w not in W.FUNCTION and nxt not in _PAST_OR_MODAL and not nxt.endswith("ed"))


def present_caption(line: str) -> bool:
    """True when ``line`` (what follows a headline cut off by :func:`title_seam`) is a photo's caption by its form: one
    sentence of at most 25 words whose subject (capitalised words, a bracketed label or a side, "left"; or an article
    and at most two lower-case words) comes before a verb in the simple present, with no past tense, perfect, modal or
    verb of saying after it ("<Name> (<party>) questions <name> at the committee.", "A worker monitors a pump as
    ...", "The outbreak is affecting trade."). A report's lead tells its event in the past or perfect, or with a
    modal ("<Name> said ...", "Officials knew ...", "<Name> may ask ...")."""
    words = [w.strip(",") for w in line.split()]
    if not 4 <= len(words) <= _MAX_CAPTION or re.search(r"\b[a-z]{3,}[.!?]\s+[A-Z“\"]", line) or quote_open(line.split()):
        return False
    lower = 0
    start = 1 if words[0].lower() in ("a", "an", "the") else 0
    for j in range(start, min(len(words) - 1, 9)):
        w = words[j]
        if w[:1].isupper() or w[:1] == "(" or w in _SIDES:
            continue  # a name, a title, "(D-Ut.)", ", left,"
        if _present(words, j) and (j > start or start):
            return not any(v.lower() in _PAST_OR_MODAL for v in words[j + 1:])
        lower += 1
        if not start or lower > 2:
            return False  # "SEC chairman ...", "The auto financing giant ...": no caption's subject
    return False
