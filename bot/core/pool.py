"""An ingest's per-article analysis in worker processes (opt-in: ``digestbot ingest --workers N``).

What an ingest makes of each article from its text alone (its sentences split, their features and facts:
the stored analysis, their wording hashes, and the parts of its story vector) does not depend on the
articles before it, so a bulk ingest can make it for a batch in several processes at once. What does
depend on them (the story an article joins, the lines other pages repeat) is still decided in the
calling process, in article order, from those parts (:func:`summarizer.vectors.combine`): the stored
rows are the same as a one-process ingest's. The default stays one process (a service ingesting a few
articles at a time gains nothing from it).
"""
from __future__ import annotations

import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor
from typing import NamedTuple, Sequence

from summarizer.analysis import analyse, dumps
from summarizer.articlescope import scoped
from summarizer.language import identify
from summarizer.memory import wording
from summarizer.models import Article
from summarizer.vectors import VectorParts, vector_parts
from summarizer.zipf import zipf_en


class Prepared(NamedTuple):
    """What a worker made of one article."""

    parts: VectorParts  # its story vector's parts
    analysis: str  # its stored analysis (:func:`summarizer.analysis.dumps`)
    wordings: list[int]  # each sentence's wording hash


@scoped  # the context its sentences register is read here and left behind nowhere
def prepare(article: Article) -> Prepared:
    """The :class:`Prepared` of ``article`` (what a one-process ingest makes of it, in the same order)."""
    parts = vector_parts(article).filled()  # every line's terms read here, in parallel
    sentences = analyse(article)
    return Prepared(parts, dumps(sentences), [wording(f.text) for f in sentences])


class Pool:
    """``workers`` processes preparing articles (forked where the platform can: no engine import again)."""

    def __init__(self, workers: int) -> None:
        """Start ``workers`` (at least 2) processes when first used."""
        self.workers = max(2, workers)
        self._executor: ProcessPoolExecutor | None = None

    def prepare(self, articles: Sequence[Article]) -> list[Prepared]:
        """:func:`prepare` of each of ``articles``, in order."""
        if self._executor is None:
            method = "fork" if sys.platform.startswith("linux") else "spawn"
            if method == "fork":  # wordfreq's list and the language model loaded once here, shared by the workers
                zipf_en("news")  # (each would load them again: ~1 CPU s)
                identify("news")
            self._executor = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context(method))
        chunk = max(1, len(articles) // (4 * self.workers))
        return list(self._executor.map(prepare, articles, chunksize=chunk))

    def close(self) -> None:
        """Stop the worker processes."""
        if self._executor is not None:
            self._executor.shutdown()
            self._executor = None
