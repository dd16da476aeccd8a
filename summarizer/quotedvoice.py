"""A speaker's words in the first or second person inside a quotation that runs over several sentences.

A report quotes a speaker over paragraphs: the opening mark comes before the first sentence, the closing mark after
the last, and the sentences between carry no mark and no speaker ("Now I see more ambition in the young.", "We
have three events to host."). Read alone, such a sentence speaks as the writer and needs its speaker to be
understood, so it is never a digest line; a sentence that closes the quotation and names who spoke ('..., " she
adds.') stays. The state is read from the marks' parity over the article's sentences, and a quotation has to
close within :data:`MAX_RUN` sentences: an unbalanced stray mark opens nothing. Only the first and second person
mark a sentence (a quoted statement's third-person sentences may be the news it reports), and only one that holds
no quotation mark, no colon and no reporting verb (it may name its own speaker).
Nothing here is about a given site or story.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from summarizer.models import Article
from summarizer.quotes import SAYING
from summarizer.sentences import article_sentences

MAX_RUN = 12  # sentences a quotation over paragraphs may run before it closes
# The speaker's person, case-sensitive so the country "US" is not "us".
_SAYS = re.compile(rf"\b{SAYING}\b|:")  # a reporting verb or a colon: the sentence may name its speaker
# "I" after a sentence's first word, a lower-case word or punctuation ("so I asked"), never after a name ("War I").
_PERSON = re.compile(r"(?:^(?:\w+\s+)?|(?<![\w\s])\s*|\b[a-z][\w'’]*\s+)I(?:['’](?:m|ve|d|ll))?\s+[a-z]|\b(?:me|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|us|[Oo]urs?|[Oo]urselves|[Yy]ou|[Yy]ours?)\b")


def _states(texts: Sequence[str]) -> list[bool]:
    """Whether each point between sentences lies inside a quotation (mark parity): ``len(texts) + 1`` states."""
    out = [False]
    for text in texts:
        inside = out[-1]
        straight = text.count('"') % 2 == 1
        curly = text.count("“") - text.count("”")
        if straight:
            inside = not inside
        elif curly:
            inside = curly > 0
        out.append(inside)
    return out


def _unmarked(text: str) -> bool:
    """No quotation mark but perhaps one closing the sentence, and no one said to speak: a mark elsewhere (a
    sentence that opens a quotation itself, or names its speaker: '..., " she adds.') leaves the sentence alone."""
    body = text.rstrip().rstrip('"”').rstrip()
    return not any(q in body for q in '"“”') and not _SAYS.search(body)


def voiced_inside(texts: Sequence[str]) -> list[bool]:
    """For each sentence, whether it lies inside a quotation over sentences that closes within :data:`MAX_RUN`
    sentences, names no speaker where it closes, and speaks in the first or second person."""
    state = _states(texts)
    out = [False] * len(texts)
    i = 0
    while i < len(texts):
        if not state[i]:
            i += 1
            continue
        j = next((k for k in range(i, len(texts)) if not state[k + 1]), len(texts))  # the sentence that closes it
        if j < len(texts) and j - i < MAX_RUN:
            for k in range(i, j + 1):
                out[k] = _unmarked(texts[k]) and bool(_PERSON.search(texts[k]))
        i = j + 1
    return out


@lru_cache(maxsize=4096)
def quoted_voice(article: Article) -> frozenset[str]:
    """The sentences of ``article`` (:func:`summarizer.sentences.article_sentences`) that :func:`voiced_inside` marks."""
    texts = [s.text for s in article_sentences(article)]
    return frozenset(text for text, voiced in zip(texts, voiced_inside(texts)) if voiced)
