"""Lines bound to an earlier sentence by their opening: a connective, or a subject only that sentence introduced.

A digest line is read alone. "More worryingly, it prompted ..." and "Even so, the bill passed" open on a link to a
sentence the reader never saw: the link goes when what follows stands alone (:func:`unlinked`). "The caller said ..."
after "An unidentified caller rang the station", "The latter is ...", "A third one will be set up ..." have a subject
whose referent only the article's earlier text gives, and "No, because ..." or "Well, maybe ..." answers a question or
talks to the reader: such a line is not shown (:func:`bound_subject`). A definite
subject is bound only when the two sentences before it introduced its head noun as new ("a caller", "an 11-storey
building", "two reports") and neither the article's title, its lead nor any sentence before those two has it: "The
government", "The court" or "The president" are known to a reader of the story, or first named with "the", and stay.
Rules read on all shared sentences (news_dev and the entities streams): a head noun seen anywhere in the two sentences
before (the bare rule) was right about three times in four; the indefinite introduction keeps the hits read right.
"""
from __future__ import annotations

import re
from typing import Sequence

from summarizer.chunks import is_verb
from summarizer.lexicon import LINKS_ADDING, LINKS_WITH_COMMA
from summarizer.models import Article
from summarizer.referents import pronoun_subject
from summarizer.sentences import article_sentences, is_heading
from summarizer.text import STOP_WORDS

# A link to the previous sentence that may go: what follows still says the same ("More worryingly, X" -> "X"). Not
# links that set a time or a condition ("Otherwise,", "Until then,", "Since then,"): the clause after them is not
# said outright. Openers a pronoun or "But" starts are the caller's (:data:`summarizer.referents.OPENER`).
_LINKS = "|".join(w[0].upper() + w[1:] for w in LINKS_ADDING + LINKS_WITH_COMMA)  # "Moreover", "In fact"
_LINK = re.compile(
    r"^(?:(?:More|Most|Even more)\s+(?:worryingly|importantly|significantly|seriously|surprisingly|interestingly|"
    r"strikingly|tellingly|remarkably|alarmingly|controversially|unusually|notably|crucially|ominously)|Even so|"
    r"By contrast|In contrast|Conversely|On the other hand|Even then|Worse|Even worse|Worse still|Better still|"
    r"That said|What's more|What is more|On top of that|Equally|Above all|Despite this|Despite that|As a result|"
    rf"In response|Consequently|Rather|{_LINKS})\s*,\s+(?=[A-Za-z])")
# Pronoun subjects, demonstratives and further links: what follows the link leans on context too.
_LEANS = re.compile(r"(?:he|she|it|they|this|that|these|those|his|her|its|their|but|and|so|yet|however|also|then|"
                    r"there|here|such)\b", re.I)


def unlinked(line: str) -> str:
    """``line`` without an opening link to a previous sentence ("Even so, the bill passed" -> "The bill passed"), when
    the rest opens on a name or a noun phrase of its own; else ``line`` unchanged."""
    m = _LINK.match(line)
    rest = line[m.end():] if m else ""
    if not m or _LEANS.match(rest) or len(rest.split()) < 4:
        return line
    first = rest.split(" ", 1)[0]
    if first[:1].islower() and first in STOP_WORDS - {"the", "a", "an"}:
        return line  # "Then, as now, ...", "Still, in 2009 ...": an aside follows, not the subject
    return rest if first != first.lower() else rest[0].upper() + rest[1:]  # "iAd will ...": a name keeps its case


# "The latter is ...", "A third one will ...", "One particular group of ...", "The other two were ...", "The second,
# so far unnamed, will ...": a part of a whole, or one of a pair, that an earlier sentence gave.
_ONE_OF = re.compile(r"^(?:One particular|The (?:first|second|third|fourth|fifth|last|latter|former),\s(?![A-Z\d]|"
                     r"(?:called|named|known)\b)|(?:(?:A|The)\s+(?:second|third|fourth|fifth|next|last)|Another)\s+one"
                     r"(?=\s+(?:is|was|are|were|will|would|has|had|can|could|may|might|[a-z]+s|[a-z]+ed)\b)|"
                     r"The other (?:one|two|three)\s+(?:is|was|are|were|has|have|had|will|would)\b|"
                     r"The (?:latter|former)(?=\s+(?:is|was|are|were|has|have|had|will|would|could|can|may|might|must|"
                     r"said|says|[a-z]+ed)\b))")
# An answer to a question the line does not hold, or a turn of talk to the reader ("No, because he faces arrest ...",
# "Yes, he launched ...", "Well, maybe at last ...", "Perhaps not, but ..."): 6 of about 5,000 stream lines, all six.
_ANSWER = re.compile(r"^(?:Yes|No|Well|Sure|Okay|OK|Not really|Not quite|Not yet|Perhaps not|Probably not|Possibly|"
                     r"Of course not)\s*,\s+(?=[A-Za-z])")
# A subject picked out of a group or a kind an earlier sentence gave: "Such repairs usually ...", "The same engineer
# inspected ...", "Thousands of those drivers ...", "Now most of them ...", "Chief among them was ...". "Those killed",
# "those who ...", "these in the north" are noun phrases of their own (a participle or a modifier follows), so is "the
# same kind of engine that failed" (its clause says which); "such as" gives examples.
_POINTS_BACK = re.compile(r"^(?:(?:Now|Only|Today|Already)\s+)?(?:Such\s+(?!as\b)[a-z]|"
                          r"The\s+same\s+[a-z]+\s+(?!(?:of\s+[a-z]+\s+)?(?:as|that|which|who)\b)|"
                          r"(?:[\w-]+\s+){0,3}?(?:of|among)\s+(?:them\b|those\s|these\s)"
                          r"(?!\s*(?:who|whom|which|that|in|at|on|from|with|for|of|by|under|over|aged|[a-z]+ed)\b))")
_ADVERBS = frozenset("then also now still later already never not once".split())
# Words that make a description pick out its referent alone ("The first cases", "The latest survey", "The 1968 pandemic").
_PICKS = re.compile(r"(?:first|second|third|last|latest|next|previous|same|only|top|new|biggest|largest|highest|lowest|"
                    r"longest|oldest|youngest|newest|worst|best|earliest|greatest|most|(?:1[89]|20)\d\d\w*)$")


def definite_head(line: str) -> str:
    """The head noun of a definite subject of one to three lower-case words before the verb ("The 11-storey structure
    was built ...": "structure"; "The caller then said": "caller"), else ""."""
    toks = line.split()
    if not toks or toks[0] != "The":
        return ""
    for k in range(1, min(5, len(toks))):
        word = toks[k].rstrip(":") if k >= 2 else toks[k]  # "The source said: ..."
        if not re.fullmatch(r"[a-z0-9][\w-]*", word) or word in STOP_WORDS and word not in _ADVERBS and not is_verb(word):
            return ""  # "The UN said", "The fact that ...", "The expert, Jo Roe, said": no bare description
        if k >= 2 and (is_verb(word) or word in _ADVERBS):
            if word in _ADVERBS and not (k + 1 < len(toks) and is_verb(toks[k + 1])):
                return ""
            head = toks[k - 1]
            picked = any(_PICKS.match(w) for w in toks[1:k])
            return "" if picked or is_verb(head) or not re.fullmatch(r"[a-z][a-z-]+", head) else head
    return ""


def _forms(noun: str) -> str:
    """A pattern for ``noun`` in the singular or the plural ("caller", "callers"; "city", "cities")."""
    stem = noun[:-3] + "(?:y|ies)" if noun.endswith("ies") else noun[:-1] + "(?:y|ies)" if noun.endswith("y") else \
        re.escape(noun[:-2] if noun.endswith("es") else noun[:-1] if noun.endswith("s") else noun) + r"(?:e?s)?"
    return rf"\b{stem}\b"


_NUMBER = r"(?:an?|one|another|two|three|four|five|six|seven|eight|nine|ten|several|(?!(?:1[89]|20)\d\d\b)\d[\d,.]*)"


# The noun heads its phrase ("a caller who", "an editorial,", "a man rang"), not a modifier ("a government spokesman").
_HEADED = re.compile(r"\s*(?:[,.;:()\"“”—–-]|$)|\s+(?:who|whom|whose|which|that|of|in|at|on|from|with|for|to|by|and|or|"
                     r"but|about|after|near|over|under|into|as|says|has|is|was)\b")


def _headed(after: str) -> bool:
    """True when the words ``after`` a noun end its phrase: a mark, a function word or a verb follows."""
    word = after.split(maxsplit=1)[0].strip(",.;:") if after.strip() else ""
    return bool(_HEADED.match(after)) or is_verb(word)


# "Moreover, it may be difficult to ...", "Indeed, it is thought ...", "In fact, it was the bank that ...": an "it" before
# a copula or a modal may point at nothing (an extraposed clause, a cleft), so only an "it" that does something counts.
_IT_BE = re.compile(r"it\s+(?:is|was|isn['’]t|wasn['’]t|may|might|could|would|will|must|should|can|seems|seemed|appears|"
                    r"appeared)\b", re.I)


def bound_subject(line: str, before: Sequence[str], title: str = "", told: Sequence[str] = ()) -> bool:
    """True when ``line`` opens on a part of an earlier whole ("The latter ...", "A third one ...", "Many of them ...",
    "Such repairs ...") or on a definite subject whose head noun one of the two sentences ``before`` it introduced as
    new ("a caller", "an editorial") when neither ``title``, the article's lead (``before[0]``), its sentences before
    those two nor the story's lines already ``told`` hold that noun."""
    link = _LINK.match(line)
    rest = line[link.end():] if link else ""
    if _ONE_OF.match(line) or _ANSWER.match(line) or _POINTS_BACK.match(line) or pronoun_subject(rest[:1].upper() + rest[1:]) and not _IT_BE.match(rest):
        return True  # "The latter is ...", "No, because ...", "More worryingly, it prompted ..." (the pronoun naming left)
    head = definite_head(line)
    if not head or not before:
        return False
    noun = re.compile(_forms(head), re.I)
    if noun.search(" ".join([title, *before[:-2], before[0], *told])):
        return False  # the story's own subject, or a referent the article gave long before (the line may hold it)
    new = re.compile(rf"\b{_NUMBER}\s+(?:[\w-]+\s+){{0,2}}?{_forms(head)}", re.I)
    return any(_headed(s[m.end():]) for s in before[-2:] for m in new.finditer(s))


def sentences_before(article: Article, position: int) -> list[str]:
    """The body sentences of ``article`` before the one at ``position`` (positions count body sentences only;
    headings share the position of the sentence after them and are left out)."""
    return [s.text for s in article_sentences(article) if s.position < position and not is_heading(s.text)]

