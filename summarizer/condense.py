"""Condensing a sentence into a short digest line: keep the fact and who says it.

Only a line longer than the target is touched. Parentheticals and fillers go first; a
trailing attribution becomes a short "Speaker: fact" prefix ("according to <outlet>" is
dropped); a leading scene-setter with nothing new goes. Then the sentence is cut into
clause-like pieces (never inside a quotation, never inside a list): the main clause and the
pieces that continue it are kept, with any piece holding a figure or day that makes the
item, and the other pieces join by how much not-yet-known information (``keep`` terms)
they carry per character. A line still too long is cut at a clause boundary or a word,
with an ellipsis.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterable

from summarizer.text import canon, words

TARGET_CHARS = 140
HARD_CHARS = 200

_SAY = r"(?:said|says|told [a-z ]{0,20}|reported|reports|added|stated|announced|wrote|noted|quoted [^,.]{0,40})"
_QUOTE_OPEN = "\"“‘'"
_QUOTE_CLOSE = "\"”’'"

# '"...," Kim said, according to X.'  ->  'Kim: "..."'
_QUOTE_FIRST = re.compile(
    rf"^[{_QUOTE_OPEN}](?P<q>.+?)[,.]?[{_QUOTE_CLOSE}],?\s+(?P<who>(?:[A-Z][\w.'’-]*\s?){{1,4}}|he|she|they)\s+{_SAY}\b(?P<rest>.*)$"
)
_PAREN = re.compile(r"\s*\([^()]{1,80}\)")
_TRAIL_ATTR = re.compile(
    rf",?\s+(?:according to (?P<acc>[^,.;]{{2,80}})|(?P<who>(?:the |a )?[A-Za-z][\w.'’ -]{{1,70}}?)\s{_SAY}"
    rf"(?: on \w+| last \w+| in a statement| reporters)?)\s*(?=[.!?]?[\"”’]?$)",
)


def speaker(name: str) -> str:
    """A short name for who said it: "White House spokesperson John Kirby" -> "John Kirby"."""
    name = re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.I)
    tokens = name.split()
    if not tokens or not tokens[0][0].isupper() or len(name) > 60:
        return ""
    caps = [t for t in tokens if t[0].isupper()]
    if len(tokens) > 3 and len(caps) >= 2 and tokens[-1][0].isupper() and tokens[-2][0].isupper():
        return " ".join(tokens[-2:])
    return name


def split_attribution(text: str) -> tuple[str, str]:
    """'Fact, the X administration said last week.' -> ('Fact.', 'X administration'); who may be ''."""
    m = _TRAIL_ATTR.search(text)
    if not m or m.start() < 30:
        return text, ""
    if m.group("acc"):
        who = ""  # "according to <outlet>" names the messenger; who says it is in the clause itself
    else:
        who = speaker(m.group("who") or "")
    if who.lower() in ("he", "she", "they", "it", "officials", "analysts"):
        who = ""
    return _tidy(text[: m.start()] + text[m.end():]), who
_LEAD = re.compile(
    r"^(?:In|On|At|Since|Following|After|According to|Earlier|Last|Meanwhile|However|But|And|Also|In addition to)\b[^,]{0,70},\s+"
)
_FILLER = re.compile(r"\b(?:also|officially|reportedly|really|truly|however|meanwhile|himself|herself)\s+", re.I)
_CLAUSE_CUT = re.compile(r",\s+(?:while|whereas|but|and|as|although|which|who|saying|adding)\b|;\s+|\s+[—–]\s+")


def _terms(text: str) -> set[str]:
    return {c for c in (canon(w) for w in words(text)) if c}


def _safe(removed: str, keep: set[str]) -> bool:
    """True when the removed text holds none of the terms that must stay."""
    return not (_terms(removed) & keep)


def _tidy(text: str) -> str:
    text = re.sub(r"\s+[—–-]+\s*(?=[.!?]?$)", "", text)
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r"\s{2,}", " ", text).strip(" ,;")
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    return text


def _apply(text: str, pattern: re.Pattern[str], repl: str | Callable[[re.Match[str]], str], keep: set[str]) -> str:
    def sub(m: re.Match[str]) -> str:
        if not _safe(m.group(0), keep):
            return m.group(0)
        return repl(m) if callable(repl) else repl

    return _tidy(pattern.sub(sub, text))


def quote_first(text: str) -> str:
    """'"The quote," Kim said, according to X.' becomes 'Kim: "The quote."'."""
    m = _QUOTE_FIRST.match(text)
    if not m or len(m.group("rest")) > 160:
        return text
    who = m.group("who").strip()
    quote = m.group("q").strip().rstrip(" ,;:")
    if who.lower() in ("he", "she", "they"):
        end = "" if quote.endswith((".", "!", "?", "…")) else "."
        return f"“{quote}{end}”"  # a pronoun says nothing out of context: keep the quote
    return f"{who}: “{quote}”"


def truncate(text: str, limit: int, keep: set[str]) -> str:
    """Cut at the last clause boundary that keeps every ``keep`` term, else at a word."""
    if len(text) <= limit:
        return text
    for m in reversed(list(_CLAUSE_CUT.finditer(text))):
        head = text[: m.start()]
        if len(head) >= 50 and len(head) <= limit and _safe(text[m.start():], keep):
            return _tidy(head) + "."
    cut = text.rfind(" ", 0, limit - 1)
    return text[: cut if cut > 40 else limit - 1].rstrip(" ,;:") + "…"


@lru_cache(maxsize=50_000)
def core(sentence: str) -> str:
    """What a sentence says without who said it: attributions, parentheticals, fillers out."""
    text = quote_first(_tidy(" ".join(sentence.split())))
    for pattern in (_PAREN, _FILLER):
        text = _tidy(pattern.sub("", text))
    m = _TRAIL_ATTR.search(text)
    if m and m.start() >= 30:
        text = _tidy(text[: m.start()] + text[m.end():])
    return text


_BOUNDARY = re.compile(
    r",\s+(?=(?:while|whereas|but|and|as|although|which|who|whose|where|when|saying|adding|describing|"
    r"according|calling|hailing|praising|including|along with|after|before|despite|in response)\b)"
    r"|;\s+|\s+[—–]\s+|,\s+"
)
_OPENERS = ("“", '"')
_CLOSERS = ("”", '"')


def _clause_comma(text: str, start: int, m: re.Match[str]) -> bool:
    """A plain comma separates clauses only with a few words on each side (not "short-, mid- and long-range")."""
    left = text[start:m.start()].split()
    right = text[m.end():].split(",")[0].split()
    return len(left) >= 4 and len(right) >= 4 and not left[-1].endswith("-")


def segments(text: str, in_quotes: bool = False) -> list[str]:
    """Clause-like pieces of ``text`` (not splitting inside a “quotation” unless ``in_quotes``)."""
    out: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        head = text[start:m.start()]
        if m.group(0).strip() == "," and not _clause_comma(text, start, m):
            continue
        inside = head.count("“") > head.count("”") or text[:m.start()].count('"') % 2 == 1
        if inside and not in_quotes:
            continue
        out.append(text[start:m.start()])
        start = m.start()
    out.append(text[start:])
    return [p for p in out if p.strip(" ,;—–")]


def _info(piece: str, keep: set[str], weights: dict[str, float]) -> float:
    """How much not-yet-known information a piece holds."""
    return sum(weights.get(t, 1.0) for t in _terms(piece) & keep)


# Words that open a subordinate or scene-setting piece rather than the main clause.
CONNECTIVES = frozenset(
    """in on at since following after before according earlier later last meanwhile however but and also
    which who whose where when while whereas as although though yet saying adding describing calling hailing
    praising including along despite with under to for from by through if because so then amid among
    over during until unlike like""".split()
)


# Sentence-initial discourse markers: they do not make the first piece a modifier.
DISCOURSE = frozenset("and but yet so however meanwhile also still now then".split())


def opens_modifier(piece: str, first_piece: bool = False) -> bool:
    """True when ``piece`` opens with a connective or a participle (a modifier, not a clause)."""
    first = words(piece)[:1]
    if not first:
        return False
    word = first[0]
    if first_piece and word in DISCOURSE:
        return False
    # A participle ("speaking of ...", "describing it as ...") opens a modifier too.
    return word in CONNECTIVES or word.endswith("ing")


def main_clause(parts: list[str]) -> int:
    """Index of the first piece that does not open with a connective (the main clause)."""
    for i, p in enumerate(parts):
        if words(p)[:1] and not opens_modifier(p, first_piece=i == 0):
            return i
    return 0


def clause_core(parts: list[str], main: int) -> list[int]:
    """The main piece and the pieces that continue it (an appositive, the rest of the clause).

    "The opinion drawn up by the attorney general, Lord Goldsmith, was never published": the
    pieces after "general" do not open with a connective, so they belong to the clause.
    """
    core = [main]
    for i in range(main + 1, len(parts)):
        if opens_modifier(parts[i]):
            break
        core.append(i)
    return core


def compress(text: str, keep: set[str], target: int, facts: Iterable[str] = (), hard: int = HARD_CHARS,
             in_quotes: bool = False) -> str:
    """The main clause, the pieces holding ``facts``, then the pieces richest in new information."""
    if len(text) <= target:
        return text
    from summarizer.text import terms as weighted_terms

    weights = weighted_terms(text)
    parts = segments(text, in_quotes)
    if len(parts) == 1:
        return text
    main = main_clause(parts)
    chosen = set(clause_core(parts, main)) | {i for i, p in enumerate(parts) if any(f and f in p for f in facts)}
    size = sum(len(parts[i]) for i in chosen)
    infos = [_info(p, keep, weights) for p in parts]
    # Pieces before the main clause qualify it ("In the letter, which ...,"): only facts bring them in.
    order = sorted((i for i in range(main + 1, len(parts)) if i not in chosen),
                   key=lambda i: infos[i] / max(20, len(parts[i])), reverse=True)
    richest = max(order, key=lambda i: infos[i], default=None)
    if richest is not None and infos[richest] > 0:
        if size + len(parts[richest]) <= hard:
            chosen.add(richest)  # the new fact may sit in a trailing clause: it goes in even past the target
            size += len(parts[richest])
        elif (in_quotes and infos[main] < 0.5 * infos[richest] and len(chosen) == 1 and len(parts[richest]) <= hard
              and not any(f and f in parts[main] for f in facts)):  # (only when the core is one piece)
            chosen, size = {richest}, len(parts[richest])  # the main clause is old news: show the new part
    for i in order:
        if infos[i] <= 0:
            break
        if i not in chosen and size + len(parts[i]) <= target:
            chosen.add(i)
            size += len(parts[i])
    picked = sorted(chosen)
    body = ("… " if in_quotes and picked[0] > 0 else "") + parts[picked[0]].lstrip(" ,;—–")
    for prev, i in zip(picked, picked[1:]):
        gap = in_quotes and i != prev + 1
        body += (" …" if gap else "") + parts[i]
    return _tidy(body.lstrip(" ,;—–"))


def condense(sentence: str, keep: Iterable[str] = (), target: int = TARGET_CHARS, hard: int = HARD_CHARS,
             facts: Iterable[str] = ()) -> str:
    """A short line for ``sentence`` that keeps the new information (``keep`` terms) first."""
    keep = set(keep)
    text = _tidy(" ".join(sentence.split()))
    text = quote_first(text)
    for pattern, repl in ((_PAREN, ""), (_FILLER, "")):
        if len(text) > target:
            text = _tidy(pattern.sub(repl, text))
    who = ""
    if len(text) > target:
        text, who = split_attribution(text)
        target, hard = target - len(who) - 2 * bool(who), hard - len(who) - 2 * bool(who)
    if len(text) > target:
        text = _apply(text, _LEAD, "", keep)  # "Since then, ..." / "In the letter, ..." with nothing new
    if len(text) > target:
        text = compress(text, keep, target, facts, hard)
    if len(text) > hard:  # one long clause or quotation: choose among its comma pieces
        text = compress(text, keep, target, facts, hard, in_quotes=True)
    if len(text) > hard:
        text = truncate(text, hard, keep)
    text = text.rstrip(" ,;:—–-")
    if who:
        text = f"{who}: {text}"
    if text and text[-1] not in ".!?…”\"’'":
        text += "."
    return text
