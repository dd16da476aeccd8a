"""Deletions a sub-editor makes without a second thought: words that carry no fact of their own.

- The complementizer "that" after a verb of saying or thinking when a clause plainly follows
  ("Kim admitted that the port will close" -> "Kim admitted the port will close"): only before a word that
  cannot make "that" a determiner or a pronoun subject (a name, an article, a personal pronoun, a
  number), never before a subordinator ("said that when ..." keeps it: the clause would read differently);
  after a verb that may take an object ("explain", "confirm") only before a pronoun subject ("confirmed he
  was"), so that no noun reads as the verb's object first ("explain its scale is based on ...").
- A trailing aside after a single en or em dash ("... national security – often cited as the key
  difference"), like a spaced hyphen's (:mod:`summarizer.dashes`), when it is a phrase, not a clause of its own
  ("– but the port stays shut", "– the pad slips back") and holds no quotation.

:func:`summarizer.compress.trim` weighs each edit like the others (quotations and facts are never touched).
"""
from __future__ import annotations

import re
from typing import Iterator

from summarizer.chunks import has_verb
from summarizer.leadsay import lead_attribution
from summarizer.segments import Edit
from summarizer.titled import inner_title_edits

# Verbs whose object is a clause, never a noun phrase: "said the board ..." cannot be misread.
_CLAUSE_VERBS = "said|says|say|added|adds|insisted|insists|think|thinks|thought|hoped|hopes"
# Verbs that may take a noun phrase ("explain its scale is ..." reads "explain its scale" first): "that" goes only
# before a pronoun subject. Only forms that are no noun ("the claims that", "a report that" keep their "that").
_OBJECT_VERBS = ("stated|noted|warned|warns|argue|argued|argues|claimed|alleged|believe|believed|believes|know|knew|"
                 "knows|feared|admit|admitted|admits|deny|denied|denies|confirm|confirmed|confirms|announced|"
                 "announces|reported|estimated|suggest|suggested|suggests|showed|found|revealed|reveals|acknowledged|"
                 "acknowledges|conceded|concedes|explain|explained|explains|indicated|realised|realized")
_PRONOUN = r"(?:he|she|they|we|I|you|there)\b"
# A clause opener after "that" with which "that" can only be the complementizer.
_OPENERS = (r"(?:the|a|an|his|her|its|their|our|my|your|he|she|it|they|we|I|you|there|some|many|most|all|no|"
            r"several|each|every|any|both|one|two|three|four|five|six|seven|eight|nine|ten)\b|\d|[A-Z]")
# "said that", "told reporters that", "told the Daily Post that": up to four words between "told" and "that".
_THAT = re.compile(rf"\b(?:(?:{_CLAUSE_VERBS})|(?:tell|told|tells)(?:\s[\w.'’-]+){{1,4}}?)\s(?P<cut>that\s)(?={_OPENERS})"
                   rf"|\b(?:{_OBJECT_VERBS})\s(?P<cut2>that\s)(?={_PRONOUN})")
# A single spaced en or em dash that opens an aside running to the end of the sentence.
_DASH = re.compile(r"\s[—–]\s")
_WORD = re.compile(r"[\w'’]+")
# Words an aside after a dash may open with: a preposition, an indefinite noun phrase, an adverb before a participle.
_TAIL_OPENERS = frozenset("""a an in on at for from with by to of into over under after before during despite amid among
    against without through including not often mostly largely usually perhaps possibly probably reportedly apparently
    partly almost once up down""".split())
_PARTICIPLE = re.compile(r"[a-z]{3,}(?:ed|en|ing)$|(?:known|built|held|set|made|led|born|seen|found|left)$")
_FINITE = frozenset("is are was were be been has have had will would can could may might shall should must do does did "
                    "am isn't aren't wasn't weren't won't can't".split())


def _dash_tail(text: str) -> Edit | None:
    """The deletion of an aside after the sentence's last en or em dash, when that dash closes no pair and the
    aside is a phrase (a preposition, "a ..." or a participle first, no auxiliary): "– a term for a traffic light",
    "– often cited as the key difference"; never "– the pad slips back" (a clause of its own) nor a quotation, nor a
    gloss of a quoted word ('a "robot" – a term for a traffic light') nor a list ("– to doctors, nurses and staff")."""
    dashes = [m.start() for m in _DASH.finditer(text)]
    if not dashes or len(dashes) % 2 == 0 or dashes[-1] < 40:
        return None  # no dash, the last one closes an aside the parenthetical rule reads, or a head too short
    start = dashes[-1]
    end = len(text.rstrip(" .!?\"”’'"))
    tail = text[start + 3:end]
    found = [w.lower() for w in _WORD.findall(tail)]
    if len(found) < 3 or re.search("[\"“”]", tail) or any(w in _FINITE for w in found):
        return None
    if text[:start].rstrip().endswith(("\"", "”", "’", "'")) or "," in tail:
        return None  # a gloss of the quoted word before it, or a list of what the sentence only names
    first = found[1] if found[0].endswith("ly") and len(found) > 1 else found[0]
    if not (found[0] in _TAIL_OPENERS or _PARTICIPLE.match(first)) or (found[0] in ("a", "an") and has_verb(tail)):
        return None
    return Edit(start, end, "", 0.3, "dash")


def slim_edits(text: str) -> Iterator[Edit]:
    """Deletions of a complementizer "that", of a trailing dash aside and of the commas of a title before a name."""
    yield from inner_title_edits(text)  # "the Chinese president, Hu Jintao," -> "Chinese president Hu Jintao"
    heads = [0, text.find(", ") + 2] if ", " in text else [0]
    # "X said that Y" becomes "X says Y" (:mod:`summarizer.leadsay`), now or once an opening phrase goes.
    if "that " in text and not any(lead_attribution(h) != h for h in (text[k:k + 1].upper() + text[k + 1:] for k in heads)):
        for m in _THAT.finditer(text):
            if m.start() and text[m.start() - 1] in "\"“‘":
                continue  # a quoted verb ("“said that ...")
            if m.group("cut") and text[m.end("cut"):m.end("cut") + 1].isupper() and text[:m.start("cut")].rstrip().rsplit(" ", 1)[-1][:1].isupper():
                continue  # "told Sky News that Snowden was": without "that" two names run together
            cut = "cut" if m.group("cut") else "cut2"
            yield Edit(m.start(cut), m.end(cut), "", 0.05, "that")
    if "–" in text or "—" in text:
        e = _dash_tail(text)
        if e is not None:
            yield e
