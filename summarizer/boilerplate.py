"""Boilerplate classification of the lines of a page, on shallow features (after jusText).

Each line gets a transparent score from a few weighted features: its length in words,
its stop-word density (running prose is full of "the", "of", "was"), whether it looks
like it has a verb, its share of capitalised words (headline lists, names, menus), its
share of digits, clock times and link-like tokens, and whether it ends a sentence. A
clear score makes the line ``GOOD`` or ``BAD``; an unclear one is ``SHORT`` and takes
its class from its neighbours, as in jusText: a short line between boilerplate is
boilerplate, a short line next to prose (a quote cut across lines, a sub-heading) stays.
Nothing here is about a given site or story.
"""
from __future__ import annotations

import enum
import re
from dataclasses import dataclass, replace
from typing import Sequence

from summarizer.lexicon import SAY_WORDS, ed_verb
from summarizer.scripts import FOREIGN_CHAR
from summarizer.text import canon, words as word_tokens

# Function words of running English prose (a small fixed list: densities are stable across topics).
_STOP = frozenset(
    """
    a an the and or but nor so yet of in on at to for from by with without into onto over under about
    after before during since until against between through across among per as than that which who whom
    whose what when where why how this these those it its he she they we i you him her them us his their
    our your my me is are was were be been being has have had do does did will would shall should can
    could may might must not no also there here then if because while though although all any some
    each other such only more most very just up out off down again once still even
    """.split()
)
# Words that make a line a clause: auxiliaries, reporting verbs, common news verbs.
_VERBS = frozenset(
    """
    is are was were be been being has have had do does did will would shall should can could may might
    must added announced according wrote asked called agreed denied expected
    found made make makes took take takes gave give gives went goes came comes left won lost died killed
    """.split()
) | SAY_WORDS
_PUNCT = "\"'“”‘’«»…–—•·.,;:!?()[]{}<>*/|_â€œ™\ufffd"  # with the pieces of garbled quotes ("â€œ")
_CONTINUES = re.compile(r"\s*(?:[,;:)\]]|[a-z])")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|GMT|BST|UTC|ET|EST|EDT|PT|PST|CET|HKT)?\b|\b\d{1,2}\s*[ap]\.?m\b", re.I)
_LINKISH = re.compile(r"^(?:https?:|www\.|@\w|#\w)|\.(?:com|org|net|co\.uk|html?|php)\b|[{}<>|=;]|^\W+$", re.I)
# Ends a sentence; a closing quote may come out as mojibake ("â€\x9d", "â€ �") in badly decoded pages.
_TERMINAL = re.compile(r"(?:[.!?…。！？।॥؟][\"'”’»)\]」』）]*|[\"”’»」』])(?:\s*(?:â€\S?|\ufffd))*\s*$")


class Label(str, enum.Enum):
    """The class of a line."""

    GOOD = "good"
    SHORT = "short"
    BAD = "bad"


@dataclass(frozen=True)
class LineFeatures:
    """The shallow features of one line."""

    words: int
    stop_density: float
    verb: bool
    caps_share: float
    digit_share: float
    link_share: float
    clock: bool
    terminal: bool


def line_features(line: str) -> LineFeatures:
    """The features of ``line`` (any text; an empty line has zero words)."""
    tokens = line.split()
    odd = [t for t in tokens if not t.isalpha()]  # only these can hold a digit or look like a link
    words = [w for t in tokens if (w := t.strip(_PUNCT))[:1].isalpha()]
    lower = [w.lower() for w in words]
    stops = sum(map(_STOP.__contains__, lower))
    content = [w for w, lw in zip(words, lower) if lw not in _STOP]
    caps = sum(1 for w in content if w[0].isupper()) / max(1, len(content))
    verb = any(lw in _VERBS or (len(lw) > 4 and ed_verb(lw)) for lw in lower)
    f = LineFeatures(
        words=len(words),
        stop_density=stops / max(1, len(words)),
        verb=verb,
        caps_share=caps,
        digit_share=sum(1 for t in odd if _DIGIT.search(t)) / max(1, len(tokens)),
        link_share=sum(1 for t in odd if _LINKISH.search(t)) / max(1, len(tokens)),
        clock=bool(odd) and bool(_CLOCK.search(line)),
        terminal=bool(_TERMINAL.search(line[-24:])),  # the tail is enough (a quote, garbled quotes)
    )
    if FOREIGN_CHAR.search(line) and 2 * len(FOREIGN_CHAR.findall(line)) > sum(c.isalpha() for c in line):
        # Mostly a supported non-Latin script (Russian, Chinese, ...): words and stop words of that
        # language (CJK: character bigrams); a full stop stands for the verb the English list cannot see.
        toks = word_tokens(line)
        f = replace(f, words=len(toks), stop_density=sum(1 for t in toks if not canon(t)) / max(1, len(toks)),
                    verb=f.terminal)
    return f


# Weights of the score (positive: prose; negative: furniture). Set by reading pages, kept few.
W_BIAS = -1.0
W_TERMINAL = 0.9
W_STOP = 3.0  # times the stop-word density, capped at 0.4
W_VERB = 0.5
W_LENGTH = 0.6  # times min(words, 20) / 20
W_CAPS = -1.2  # times the capitalised share, for lines of 3+ content words
W_DIGITS = -1.5
W_LINKS = -3.0
W_CLOCK = -0.8
W_LIST = -1.0  # the line opens like 3+ other lines of the page with a numbered token ("P12", "3)", "A4.")
GOOD_AT = 0.45
BAD_AT = -0.45


def line_score(f: LineFeatures) -> float:
    """How much a line reads like prose (above ``GOOD_AT``) or furniture (below ``BAD_AT``)."""
    if f.words == 0:
        return -2.0
    s = W_BIAS + W_TERMINAL * f.terminal + W_STOP * min(f.stop_density, 0.4) + W_VERB * f.verb
    s += W_LENGTH * min(f.words, 20) / 20
    if f.words >= 3:
        s += W_CAPS * f.caps_share
    s += W_DIGITS * f.digit_share + W_LINKS * f.link_share + W_CLOCK * f.clock
    return s


def _list_shape(line: str) -> str:
    """The shape of a line's first token when it holds a digit ("P12" -> "A0", "3)" -> "0)"), else ""."""
    head = line.split(maxsplit=1)[0] if line.strip() else ""
    if not any(map(str.isdigit, head)):
        return ""
    return re.sub(r"[a-z]+", "a", re.sub(r"[A-Z]+", "A", re.sub(r"\d+", "0", head)))


def list_items(lines: Sequence[str], refs: bool = False) -> list[bool]:
    """Lines that open with the same numbered token shape as two or more others: items of a list
    (page references of a press review, a numbered chart, a schedule), not running prose.
    ``refs``: only references, a letter before the number ("P16", "A4", "G2,"): a press review's
    pointers to another paper's pages, never a numbered point of the article itself."""
    shapes = [_list_shape(line) for line in lines]
    counts: dict[str, int] = {}
    for shape in shapes:
        if shape:
            counts[shape] = counts.get(shape, 0) + 1
    return [bool(shape) and counts[shape] >= 3 and (not refs or shape[:1].isalpha()) for shape in shapes]


def initial_label(f: LineFeatures, listed: bool = False) -> Label:
    """The class of a line from its own features alone (``listed``: it is an item of a list)."""
    s = line_score(f) + W_LIST * listed
    if s >= GOOD_AT and f.words >= 6:
        return Label.GOOD
    # A sentence ("Nobody knows," he said. / Ford fell 21 percent, closing at $2.08.) is unclear, never bad on its own.
    if s <= BAD_AT and not (f.terminal and (f.verb or s > 2 * BAD_AT or (f.words >= 4 and not f.link_share and not listed))):
        return Label.BAD
    return Label.SHORT


def _headline(line: str, f: LineFeatures) -> bool:
    """A line shaped like a headline: 4-20 words, no full stop, no link or clock, and some
    lower-case or function words (a menu such as "Home News Sport Weather Video" has none)."""
    if f.terminal or not 4 <= f.words <= 20 or f.link_share or f.clock or f.digit_share > 0.25:
        return False
    return f.stop_density > 0 or any(w[0].islower() for w in _WORD.findall(line)[1:])


def classify(lines: Sequence[str]) -> list[Label]:
    """GOOD or BAD for every line: own features first, then the neighbours for unclear lines.

    The page edges count as boilerplate, so a short unclear line at the top or bottom of a
    page that only touches furniture goes; one touching a prose line stays. A page with no
    prose line at all (a one-line article, a list of short facts) has no body to tell its
    furniture from: only its clearly bad lines go. The first headline-shaped line above the
    body is the page's headline and stays, and a short clean line right above prose is a
    sub-heading and stays; a capitalised scrap of one to three words with no
    full stop stays only between prose lines.
    """
    feats = [line_features(line) for line in lines]
    first = [Label.BAD if ref else initial_label(f, listed)
             for f, listed, ref in zip(feats, list_items(lines), list_items(lines, refs=True))]
    for i in range(len(first) - 1):  # a heading: a short clean line right above prose
        f = feats[i]
        if first[i] is Label.BAD and first[i + 1] is Label.GOOD and not f.terminal and 3 <= f.words <= 20 \
                and not f.link_share and not f.clock:
            first[i] = Label.SHORT
    top = next((i for i, label in enumerate(first) if label is Label.GOOD), len(first))
    head = next((i for i in range(top) if _headline(lines[i], feats[i])), None)
    for i in range(len(first) - 1):  # a line that runs on into the next ("Rep. Jane Doe (D-Mass.)" / ", the chair, said")
        if first[i] is Label.BAD and first[i + 1] is not Label.BAD and _CONTINUES.match(lines[i + 1]):
            first[i] = Label.SHORT
    if head is not None:  # the page's headline: the first headline-shaped line above the body
        first[head] = Label.GOOD
    if Label.GOOD not in first:
        return [Label.BAD if label is Label.BAD else Label.GOOD for label in first]
    out = list(first)
    for i, label in enumerate(first):
        if label is not Label.SHORT:
            continue
        before = next((first[j] for j in range(i - 1, -1, -1) if first[j] is not Label.SHORT), Label.BAD)
        after = next((first[j] for j in range(i + 1, len(first)) if first[j] is not Label.SHORT), Label.BAD)
        scrap = feats[i].words <= 3 and not feats[i].terminal and not lines[i].lstrip()[:1].islower()
        if scrap:  # a scrap ("Most read", "Latest") needs prose on both sides; "a minute" continues a sentence
            out[i] = Label.GOOD if before is Label.GOOD and after is Label.GOOD else Label.BAD
        else:
            out[i] = Label.BAD if before is Label.BAD and after is Label.BAD else Label.GOOD
    return out


def keep_lines(lines: Sequence[str]) -> list[bool]:
    """Which lines are body text (True) rather than boilerplate (False)."""
    return [label is Label.GOOD for label in classify(lines)]

