"""Subject relevance: which sentences of an article are about its story's subject, and which about another.

A page filed under one story may tell of other subjects too: a sports column gives one paragraph
to the story's cyclist and the rest to rugby and motor racing; a media newsletter names the story
in one headline among twenty. Those other subjects are not the story's news. :func:`off_subject`
reads each sentence against the story's *reference*: the names and salient terms of the story's
centroid without this article's own share, and of the article's title and lead (all a story's
first article has). A sentence is

- *on* the subject when it shares a name or enough salient terms with the reference;
- *off* when it names something of its own and shares nothing (it is about someone else);
- *unmarked* when it names nothing and shares little ("He said he would appeal"): it follows the
  sentences around it, so a sentence naming the subject only by pronoun or role is kept.

A section heading inside an article starts a new subject block; a block after a heading with no
sentence on the subject, whose heading or two of whose sentences name something else, is off
(every sentence in it). A page most
of whose named sentences are off (a roundup, a newsletter, a page of headline lists) is a
*multi-subject* page (one with sections): its off sentences are left out wherever they stand, and unmarked ones follow
the sentence before them. In an ordinary report one sentence naming an unrelated person stays.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable, Mapping, Sequence

from summarizer.entities import names
from summarizer.models import Article, Sentence
from summarizer.sentences import article_sentences, is_heading
from summarizer.text import terms, word_weight, words
from summarizer.vectors import article_vector

LEAD = 2  # body sentences of an article that, with its title, say what it is about
NAME_WEIGHT = 1.2  # a name word this rare or rarer identifies ("Jackson", "Obama"; not "New", "South", "City")
SALIENT = 4.0  # shared terms weighing this much (word rarity) put a sentence on the subject
HEADING_WORDS = 12  # a line without terminal punctuation this short is a section heading
HEADLINE_WORDS = 12  # a sentence this short may be a listed headline
LIST_LINES = 12  # a headline list has this many lines or more ...
SHORT_SHARE = 0.75  # ... this share of them of a headline's length (a trial report's split quotes: 0.5-0.67) ...
ALONE_SHARE = 0.3  # ... and this share of its named lines name only what no other line names
MULTI_BLOCKS = 3  # a multi-subject page has sections (a report of plain paragraphs names many people on one subject)
MULTI_OFF = 3  # a multi-subject page has at least this many off sentences
MULTI_SHARE = 0.5  # ... and they are at least this share of its named sentences
RECUR = 3  # a name in this many sentences of a page is what the page is about
KEPT = 0.2  # a centroid term the story holds at least this share of without the article is the story's

ON, OFF, UNMARKED = 1, -1, 0
CONTINUING = frozenset("he she they it his her their its".split())  # a subject that continues the sentence before


def name_words(found: Iterable[str]) -> set[str]:
    """The identifying words of names (rare enough to tell one subject from another)."""
    return {w for name in found for w in words(name) if word_weight(w) >= NAME_WEIGHT}


def reference(centroid: Mapping[str, float], own: Mapping[str, float], lead: Sequence[str]) -> frozenset[str]:
    """The story's subject as name words and terms: the centroid's keys that the story holds without this
    article's own vector ``own`` (its other members'), and the names and terms of the article's ``lead``
    lines (title and first sentences)."""
    out: set[str] = set()
    for key, w in centroid.items():
        if w - own.get(key, 0.0) >= KEPT * w:
            if key.startswith("="):
                out |= name_words([key[1:]])
            else:
                out.add(key)
    for line in lead:
        out |= name_words(names(line))
        out.update(terms(line))
    return frozenset(out)


def mark(sentence: str, ref: frozenset[str], by_terms: bool = True) -> int:
    """``ON``, ``OFF`` or ``UNMARKED``: is one sentence about the subject ``ref`` (see the module)? A sentence
    whose subject is a pronoun ("She has led the polls since May") continues the one before it: never ``OFF``.
    ``by_terms``: shared salient terms count (not in a headline list, whose every line shares its page's words)."""
    own = name_words(names(sentence))
    if own & ref:
        return ON
    if by_terms and sum(w for t, w in terms(sentence).items() if t in ref) >= SALIENT:
        return ON
    first = words(sentence)[:1]
    if first and first[0].lower().split("'")[0].split("’")[0] in CONTINUING:
        return UNMARKED
    return OFF if own else UNMARKED


def _is_section(s: Sentence) -> bool:
    return not s.is_title and is_heading(s.text) and len(words(s.text)) <= HEADING_WORDS


def lead_lines(title: str, sentences: Sequence[Sentence]) -> list[str]:
    """The title and first ``LEAD`` body sentences of an article: what it says it is about."""
    body = [s.text for s in sentences if not s.is_title and not is_heading(s.text)]
    return [title] + body[:LEAD]


def subject_blocks(sentences: Sequence[Sentence]) -> list[list[int]]:
    """Indexes of ``sentences`` in subject blocks: a section heading starts a new one."""
    blocks: list[list[int]] = [[]]
    for i, s in enumerate(sentences):
        if _is_section(s) and blocks[-1]:
            blocks.append([])
        blocks[-1].append(i)
    return blocks


def _recurring(sentences: Sequence[Sentence], blocks: list[list[int]]) -> set[str]:
    """Words of the names the page keeps returning to: a name (by its last word) in ``RECUR`` sentences or more, in two of its
    blocks when it has several (a name one section alone repeats is that section's subject, not the page's;
    "Daily" of five newspapers' names is no name the page returns to)."""
    where: dict[str, set[int]] = {}
    block_of = {i: b for b, block in enumerate(blocks) for i in block}
    for i in block_of:
        for name in names(sentences[i].text):
            where.setdefault(name.split()[-1], set()).add(i)  # "Sela Marrow", then "Marrow"; "Daily Mail" is no "Daily"
    spread = 2 if len(blocks) > 1 else 1
    return name_words(n for n, at in where.items() if len(at) >= RECUR and len({block_of[i] for i in at}) >= spread)


def headline_list(sentences: Sequence[Sentence]) -> bool:
    """Is the page a list of headlines (a newsletter, a "top stories" page): many lines, nearly all of a
    headline's length, and many of its named lines naming what no other line names (each item its own subject)?"""
    lines = [s for s in sentences if not s.is_title]
    short = [s for s in lines if len(words(s.text)) <= HEADLINE_WORDS]
    if len(lines) < LIST_LINES or len(short) < SHORT_SHARE * len(lines):
        return False
    named = [set(names(s.text)) for s in lines]
    named = [n for n in named if n]
    count: dict[str, int] = {}
    for n in named:
        for k in n:
            count[k] = count.get(k, 0) + 1
    alone = [n for n in named if all(count[k] == 1 for k in n)]
    return len(alone) >= ALONE_SHARE * len(named)


def off_subject(article: Article, centroid: Mapping[str, float], ref: frozenset[str] | None = None) -> frozenset[int]:
    """Indexes of ``article``'s sentences (:func:`~summarizer.sentences.article_sentences`) about another subject
    than its story's (``centroid``: the story's, this article included), its lead's and the names it keeps returning to.
    A list of headlines has no lead and no subject of its own: its story's other members and its title are the subject,
    and a headline in it is on the subject only when it names it. ``ref``: the page's :func:`reference` with its
    :func:`lead_lines`, when the caller has it already (read here otherwise)."""
    sentences = article_sentences(article)
    if headline_list(sentences):
        return list_off(article, sentences, centroid)
    if ref is None:
        ref = reference(centroid, article_vector(article), lead_lines(article.title, sentences))
    return page_off(sentences, ref)


def list_off(article: Article, sentences: Sequence[Sentence], centroid: Mapping[str, float]) -> frozenset[int]:
    """Indexes of the headlines of a list page (``sentences``: ``article``'s, :func:`headline_list`) about another
    subject than its story's (``centroid``) and its title: the names many of them share are the list's beat."""
    # The names many of a list's headlines share are its beat ("TV" in a media newsletter), not a subject.
    beat = {w for w, n in Counter(w for s in sentences for w in name_words(names(s.text))).items() if n >= RECUR}
    ref = reference(centroid, article_vector(article), [article.title]) - beat
    return page_off(sentences, ref, recur=False, by_terms=False)


def page_off(
    sentences: Sequence[Sentence], ref: frozenset[str], recur: bool = True, by_terms: bool = True
) -> frozenset[int]:
    """Indexes of ``sentences`` (a page's) about another subject than ``ref`` (the names and terms of its subject,
    with the names the page returns to when ``recur``): sections that name another subject, and on a page of many
    sections every sentence after a mark of another subject until one of its own."""
    blocks = subject_blocks(sentences)
    ref = ref | _recurring(sentences, blocks) if recur else ref
    marks = [mark(s.text, ref, by_terms) for s in sentences]
    off: set[int] = set()
    for block in blocks[1:]:
        others = [marks[i] for i in block].count(OFF)
        if ON not in (marks[i] for i in block) and (marks[block[0]] == OFF or others >= 2):
            off.update(block)  # (a heading naming another subject, or two sentences that do: not a stray line)
    body = {i for i, s in enumerate(sentences) if not s.is_title and not is_heading(s.text)}
    named = [i for i in sorted(body) if marks[i] != UNMARKED]
    away = [i for i in named if marks[i] == OFF or i in off]
    if len(blocks) >= MULTI_BLOCKS and len(away) >= MULTI_OFF and len(away) >= MULTI_SHARE * len(named):
        for block in blocks:
            state = OFF if block[0] in off else ON  # an unmarked sentence follows the one before it in its block
            for i in block:
                if marks[i] != UNMARKED:
                    state = OFF if i in off else marks[i]
                if state == OFF and i in body:
                    off.add(i)
    return frozenset(off)
