"""A headline with its own verb run into a lead whose subject names again the headline's subject (:mod:`summarizer.glue`).

A page flattened to text puts its headline or caption before the lead with no stop, and the lead opens with the
name the headline opened with: "Jo Roe says she feels a lot better Six-year-old Jo Roe fell ill in March.",
"Fans filled the square for a late tribute Fans have been remembering Ann Poe ...". The headline is a
whole clause that ends in a content word, so neither :mod:`summarizer.leadrun` (a common-noun subject) nor
:mod:`summarizer.namerepeat` (a run of two or more name words, a headline with no open reporting clause) cuts
it. One English clause does not name its own subject again as the subject of a new verb with no punctuation
between, so the cut falls where, at a line's start,

* the words before it open with a capital, hold no punctuation or open quotation, hold a finite verb of their
  own (a clause, not a title), leave no subordinate clause open ("... while former parent") and end with a lower-case content word that takes no name after it (no role or
  head noun in apposition, "actor Jo Roe"; no participle, "named Jo Roe"; no infinitive's verb, "to help Jo Roe";
  a word ending as a role does, "better", "after", may end it: the name after it must be the headline's subject);
* a capitalised run opens there (:func:`summarizer.namerepeat.run_end`) that holds a name word the headline's
  own subject (its opening capitalised words) holds too;
* the run is the subject of a finite verb with :data:`MIN_REST` or more words after it; after a determiner
  near the cut ("the show Stars have ..."), where a name may open a relative clause with no "that" ("the deal
  Roe signed last year", "a mark Roe took out"), the verb must also be an auxiliary and have its object or
  complement (:func:`summarizer.leadrun.has_object`), as a relative clause has a gap there, or the run must name the subject more fully than the headline did
  ("Six-year-old Jo Roe"), as a lead introduces its subject and a relative clause does not.

Nothing here is about a given site or story.
"""
from __future__ import annotations

from summarizer import gluewords as W
from summarizer.chunks import present_verb
from summarizer.headrun import HEADS, inner_punctuation
from summarizer.leadrun import has_object
from summarizer.namerepeat import name_word, run_end, subject_of_verb
from summarizer.runon import core_word, finite, quote_open

MIN_LEFT = 4
MAX_LEFT = 20
MIN_REST = 4  # words after the lead's verb: a sentence, not a label
MAX_SUBJECT = 4  # capitalised words that open the headline (its subject)
_CONJUNCTIONS = frozenset("while although though unless until whereas".split())  # no preposition's reading


def _clause(left: list[str]) -> bool:
    """``left`` holds a finite verb: a past or auxiliary form, or a present one after a word that may be its subject."""
    low = [core_word(t).lower() for t in left]
    return any(finite(w) or k and left[k].islower() and (w.endswith("s") and low[k - 1] in W.PRONOUN_WORDS
                                                       or present_verb(low[k - 1], w) or w in W.CLAUSE_VERBS
                                                       and w.endswith("s") and left[k - 1][:1].isupper())
               for k, w in enumerate(low))


def _open_clause(left: list[str]) -> bool:
    """A subordinator or conjunction in ``left`` after its first word opens a clause with no finite verb of its
    own before the cut ("... arm while former parent"): the name after the cut goes on in that clause."""
    low = [core_word(t).lower() for t in left]
    opens = [k for k in range(1, len(low)) if low[k] in W.SUBORDINATORS or low[k] in _CONJUNCTIONS]
    return any(not _clause(left[k + 1:]) for k in opens)


def _end_ok(tokens: list[str], i: int) -> bool:
    """``tokens[i - 1]`` is a lower-case content word after which no name stands in apposition or as an object."""
    last = tokens[i - 1]
    return last.isalpha() and last.islower() and last not in W.FUNCTION and last not in W.ROLES and last not in HEADS \
        and last not in W.TIME and not last.endswith(("ed", "ing")) and core_word(tokens[i - 2]).lower() != "to"


def _opening_names(left: list[str]) -> set[str]:
    """The capitalised words that open ``left`` (the headline's subject, "Jo Roe" of "Jo Roe says ...")."""
    out: set[str] = set()
    for token in left[:MAX_SUBJECT]:
        if not name_word(token) and token not in W.OPENERS:
            break
        out.add(core_word(token))
    return out


def name_lead(tokens: list[str], i: int) -> bool:
    """A headline with its own verb at ``tokens[:i]`` (a line's start) runs into a lead whose subject at ``tokens[i]``
    names the headline's subject again (see the module docstring)."""
    if not MIN_LEFT <= i <= MAX_LEFT or not name_word(tokens[i]) or not _end_ok(tokens, i):
        return False
    left = tokens[:i]
    if not core_word(left[0])[:1].isupper() or any(map(inner_punctuation, left)) or quote_open(left):
        return False
    end = run_end(tokens, i)
    subject = _opening_names(left)
    if not end or not any(core_word(t).rstrip(",") in subject for t in tokens[i:end] if name_word(t)):
        return False
    verb = subject_of_verb(tokens, end)
    if not verb or len(tokens) - verb - 1 < MIN_REST or not _clause(left) or _open_clause(left):
        return False
    near = {core_word(t).lower() for t in tokens[max(0, i - 4):i]}
    fuller = any(name_word(t) and core_word(t).rstrip(",") not in {core_word(w) for w in left} for t in tokens[i:end])
    return not near & W.DETERMINERS or fuller or core_word(tokens[verb]) in W.AUX and has_object(tokens, verb)
