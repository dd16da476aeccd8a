"""Asides right after an opening phrase: "Speaking at a think tank, the Lowmere Institute, today, he said".

A preamble deleted without the asides that follow it leaves an orphan phrase where the subject should be ("The
third-largest grower, 41 farms have been inspected"); :func:`past_asides` extends the preamble over them, or
says that no subject would be left. Nothing here is about a given site or story.
"""
from __future__ import annotations

import re

from summarizer.chunks import has_verb, is_verb
from summarizer.lexicon import MONTH_WORD, WEEKDAY_NAMES

# A short noun phrase or time word between commas right after a preamble ("the Brookings Institution, today, ").
_EXAMPLE_WORDS = r"(?:notably|especially|particularly|including|such as)\s"
# A date set off after a time preamble ("The following day, January 12, 2010, the court ..."; "That night, Tuesday, ...").
_DATE = (rf"(?:(?:{WEEKDAY_NAMES}),?\s+)?(?:{MONTH_WORD}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s+\d{{4}})?"
         rf"|\d{{1,2}}\s+{MONTH_WORD}(?:\s+\d{{4}})?)|(?:{WEEKDAY_NAMES})")
_DATE_ASIDE = re.compile(r"(?:" + _DATE + r"),\s+")  # "May 4, ": no verb, though "May" may read as one
_ASIDE = re.compile(r"(?:(?:the|a|an|its|his|her|their)(?:\s(?!that\b|who\b|which\b)[\w'’.-]+){1,4}|today|yesterday|tonight|now|then"
                    r"|" + _EXAMPLE_WORDS + r"[^,;:“”\"]{1,120})"
                    r",\s+", re.I)  # "..., notably CBS where she had a disastrous interview, Fox was kind"
_EXAMPLE = re.compile(_EXAMPLE_WORDS, re.I)
_COMPOUND = re.compile(r"\w+(?:-\w+)+")  # "hardest-hit", "re-elected": one word, never a verb of its own
# The subject's name with an appositive after it: "Although X, David Haight, the US colonel who ..., says".
_NAMED_SUBJECT = re.compile(r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){1,3},\s+(?:the|a|an)\s")


# The rest of a list that runs into its clause's verb (", rail lines and roads are ...", ", Red Crescent and the media
# were ..."): the piece before it is the list's item, not an aside.
LIST_REST = re.compile(r"\s*[^,;:.“”\"]{1,60}?\s(?:and|or)\s[^,;:.“”\"]{1,40}?\s(?:are|were|is|was|have|has|had|will|"
                       r"would|can|could|[a-z]+ed)\b")


def past_asides(text: str, m: re.Match[str]) -> re.Match[str] | None:
    """The preamble ``m`` extended over the asides right after it ("Speaking at a think tank, the Lowmere
    Institute, today, he said"; "As Hu unveiled the monument, inscribed with calligraphy, shouts echoed"), so
    that deleting it leaves the main clause, not an orphan phrase; None when what is left would not open with
    a subject ("..., Kim, said", "Yesterday's winner, Kim, offered")."""
    end = m.end()
    while True:
        dated = _DATE_ASIDE.match(text, end)
        if dated:
            end = dated.end()
            continue
        a = _ASIDE.match(text, end) or _PARTICIPIAL.match(text, end)
        if not a or LIST_REST.match(text, a.end()) or (has_verb(_COMPOUND.sub("x", a.group(0)))  # "the hardest-hit nation": a compound is no verb
                     and not _PARTICIPIAL.match(a.group(0)) and not _EXAMPLE.match(a.group(0))):
            break
        end = a.end()
    first = text[end:].split(" ", 1)[0].strip("“\"'").lower()
    if is_verb(first) or first.endswith("ly") or first in ("and", "or", "but", "nor"):
        return None  # the subject would go with the preamble
    rest = text[end:].split(",", 1)[0]
    if not has_verb(rest) and not _NAMED_SUBJECT.match(text, end):
        return None  # "..., page 16, we deleted", "Earlier this week the company, Loudeye, said": no clause left
    return m if end == m.end() else _PREFIX.match(text[:end])


# A participial aside: "inscribed with calligraphy by X, ", "perched precariously on a mountainside, ".
_PARTICIPIAL = re.compile(r"(?:[a-z]+ly\s)?(?:[a-z]{3,}(?:ed|en)|led|made|built|held|set|known|born)\s(?:[a-z]+ly\s)?"
                          r"(?:by|in|with|on|at|for|as|from|to|into|over|under)\b[^,;:\"“”]{1,80}?,\s+")

_PREFIX = re.compile(r".+", re.S)
