"""Ranking candidate items with sumy's extractive summarisers.

A ranker is a callable ``(texts) -> scores`` (one score per text, higher is more central);
:data:`RANKERS` maps names to them, sumy-style. The sumy rankers read the ratings each
summariser computes (every sumy summariser funnels them through ``_get_best_sentences``)
instead of only its top-N, so candidates get a full order. ``lexrank`` is sumy's LexRank with
its two quadratic pure-Python loops done in numpy (:class:`FastLexRank`, same results).
"""
from __future__ import annotations

import math
from collections import Counter
from typing import Callable, Sequence

import numpy
from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.reduction import ReductionSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer

from summarizer.sentences import OfflineTokenizer
from summarizer.text import STOP_WORDS, _STEMMER

Ranker = Callable[[Sequence[str]], list[float]]
TOKENIZER = OfflineTokenizer()

class FastLexRank(LexRankSummarizer):
    """sumy's LexRank with its two pure-Python O(n²) loops (idf, similarity matrix) in numpy.

    Same tf, idf, idf-modified cosine, 0.1 threshold, degree normalisation, power method and
    top-N selection as :class:`LexRankSummarizer` (checked against it in the tests); only
    faster, so a day of news (~1,000 sentences) takes well under a second.
    """

    def _compute_idf(self, sentences):  # type: ignore[no-untyped-def,override]
        df: Counter[str] = Counter()
        for s in sentences:
            df.update(set(s))
        n = len(sentences)
        return {t: math.log(n / (1 + c)) for t, c in df.items()}

    def _create_matrix(self, sentences, threshold, tf_metrics, idf_metrics):  # type: ignore[no-untyped-def,override]
        vocab = {t: i for i, t in enumerate(idf_metrics)}
        n = len(sentences)
        weights = numpy.zeros((n, len(vocab)))
        for row, tf in enumerate(tf_metrics):
            for term, value in tf.items():
                weights[row, vocab[term]] = value * idf_metrics[term]
        norms = numpy.sqrt((weights ** 2).sum(axis=1))
        dots = weights @ weights.T
        with numpy.errstate(divide="ignore", invalid="ignore"):
            cos = dots / numpy.outer(norms, norms)
        ok = numpy.outer(norms > 0, norms > 0)
        cos = numpy.where(ok, cos, 0.0)
        matrix = (cos > threshold).astype(float)
        degrees = matrix.sum(axis=1)
        degrees[degrees == 0] = 1
        return matrix / degrees[:, None]


_SUMY = {
    "lexrank": FastLexRank,
    "textrank": TextRankSummarizer,
    "lsa": LsaSummarizer,
    "luhn": LuhnSummarizer,
    "sumbasic": SumBasicSummarizer,
    "kl": KLSummarizer,
    "reduction": ReductionSummarizer,
}


def build_document(texts: Sequence[str]) -> ObjectDocumentModel:
    """A sumy document with one sentence per text (no re-splitting, no NLTK)."""
    return ObjectDocumentModel([Paragraph([Sentence(t, TOKENIZER) for t in texts])])


def sumy_ranker(name: str) -> Ranker:
    """A ranker backed by the sumy summariser called ``name``."""
    cls = _SUMY[name]

    def rank(texts: Sequence[str]) -> list[float]:
        """sumy ratings of ``texts`` in input order."""
        n = len(texts)
        if n <= 2:
            return [1.0] * n
        summarizer = cls(_STEMMER.stemWord)
        summarizer.stop_words = STOP_WORDS
        captured: list[float] = []

        def capture(sentences, count, rating, *args, **kwargs):  # type: ignore[no-untyped-def]
            rate = rating.__getitem__ if isinstance(rating, dict) else (lambda s: rating(s, *args, **kwargs))
            captured.extend(float(rate(s)) for s in sentences)
            return ()

        summarizer._get_best_sentences = capture  # type: ignore[method-assign]
        try:
            with numpy.errstate(divide="ignore", invalid="ignore"):  # sumy's power method on an empty graph
                summarizer(build_document(texts), n)
        except (ZeroDivisionError, ValueError, IndexError, KeyError, ArithmeticError):
            return [1.0] * n
        if len(captured) != n:
            return [1.0] * n
        return captured

    rank.__name__ = f"rank_{name}"
    return rank


def position_ranker(texts: Sequence[str]) -> list[float]:
    """No model: keep the input order (the lead-first baseline)."""
    return [1.0 / (1 + i) for i in range(len(texts))]


RANKERS: dict[str, Ranker] = {name: sumy_ranker(name) for name in _SUMY}
RANKERS["position"] = position_ranker


def get_ranker(name: str) -> Ranker:
    """The ranker called ``name``; raises KeyError listing the choices."""
    try:
        return RANKERS[name.lower()]
    except KeyError:
        raise KeyError(f"unknown ranking algorithm {name!r}; choose from {', '.join(sorted(RANKERS))}") from None


def normalise(scores: Sequence[float]) -> list[float]:
    """Scores scaled to 0..1 (all equal -> all 1)."""
    if not scores:
        return []
    lo, hi = min(scores), max(scores)
    if hi - lo < 1e-12:
        return [1.0] * len(scores)
    return [(s - lo) / (hi - lo) for s in scores]
