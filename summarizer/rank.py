"""Ranking candidate items with sumy's extractive summarisers.

A ranker is a callable ``(texts) -> scores`` (one score per text, higher is more central);
:data:`RANKERS` maps names to them, sumy-style. The sumy rankers read the ratings each
summariser computes (every sumy summariser funnels them through ``_get_best_sentences``)
instead of only its top-N, so candidates get a full order. ``lexrank`` is sumy's LexRank with
its two quadratic pure-Python loops done in numpy (:class:`FastLexRank`, same results).
"""
from __future__ import annotations

import math
import threading
from collections import Counter
from itertools import repeat
from operator import mul
from typing import Callable, Protocol, Sequence, TypeVar

import numpy
from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.reduction import ReductionSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer

from summarizer.anchor import anchor
from summarizer.english import english
from summarizer.event import event_cues
from summarizer.genre import genre
from summarizer.models import Kind, SourceRef
from summarizer.newsbar import news_probability
from summarizer.newscues import new_names, short
from summarizer.nocomment import no_comment
from summarizer.novelty import Verdict, features
from summarizer.scored import Scored
from summarizer.sentences import OfflineTokenizer
from summarizer.vectors import article_vector, cosine, norm
from summarizer.text import STOP_WORDS, _STEMMER
from summarizer.weights import BACKGROUND_CUT, BURY, MMR_PENALTY, REPORT_CUT, WEIGHTS

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
    local = threading.local()  # one summariser per thread: its stop-word setter normalises every word (~4 % of a replay)

    def rank(texts: Sequence[str]) -> list[float]:
        """sumy ratings of ``texts`` in input order."""
        n = len(texts)
        if n <= 2:
            return [1.0] * n
        summarizer = getattr(local, "summarizer", None)
        if summarizer is None:
            summarizer = local.summarizer = cls(_STEMMER.stemWord)
            summarizer.stop_words = STOP_WORDS
        captured: list[float] = []

        def capture(sentences, count, rating, *args, **kwargs):  # type: ignore[no-untyped-def]
            rate = rating.__getitem__ if isinstance(rating, dict) else (lambda s: rating(s, *args, **kwargs))
            captured.extend(float(rate(s)) for s in sentences)
            return ()

        # Why a private hook: sumy has no public API for the per-sentence ratings (``__call__``
        # returns only the top N, in document order), yet every summariser (LexRank, TextRank,
        # LSA, Luhn, SumBasic, KL, Reduction) passes all of them to ``_get_best_sentences``.
        # sumy is pinned below 0.14 (pyproject) and a test checks every ranker returns n ratings,
        # so a change of this hook fails loudly instead of silently mis-ranking.
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


class Scorable(Scored, Protocol):
    """What :func:`score_candidates` reads and writes of a candidate (``summarizer.engine.Candidate``)."""

    sources: list[SourceRef]
    news: float
    away: bool  # about another subject than its story's (summarizer.subject): never shown


S = TypeVar("S", bound=Scorable)


def cheap_features(cands: Sequence[Scorable]) -> list[dict[str, float]]:
    """Every feature but ``central`` for each candidate of one story (linear time)."""
    if not cands:
        return []
    centroid: dict[str, float] = {}
    for article in {c.article.id: c.article for c in cands}.values():
        for t, w in article_vector(article).items():
            centroid[t] = centroid.get(t, 0.0) + w
    length = norm(centroid)  # relevance to today's articles of the story (titles, leads), not its history (background)
    relevance = normalise([cosine(features(c.text).terms, centroid, length) for c in cands])
    titles: dict[str, dict[str, float]] = {}
    # Lead among what is new: a re-published page or a follow-up tells its news after what the reader knows.
    positions: dict[str, list[int]] = {}
    for c in cands:
        positions.setdefault(c.article.id, []).append(c.position)
    new_rank: dict[tuple[str, int], int] = {}  # (article, position) -> its rank among the article's candidates
    for aid, found in positions.items():
        for i, pos in enumerate(sorted(found)):
            new_rank.setdefault((aid, pos), i)
    out = []
    for c, rel in zip(cands, relevance):
        if c.article.id not in titles:
            titles[c.article.id] = features(c.article.title).terms if c.article.title else {}
        v = c.verdict
        when = anchor(c.text, c.article.published)
        cues = event_cues(c.text)
        kind = genre(c.article)
        out.append({
            "central": 0.0,
            "relevance": rel,
            "lead": 1.0 / (1.0 + c.position / 2.0),
            "new_lead": 1.0 / (1.0 + new_rank[c.article.id, c.position] / 2.0),
            "novelty": v.novelty,
            "fact": 1.0 if v.kind is not Kind.NEW else min(1.0, 0.5 * v.new_facts),
            "prevalence": min(1.0, (len(c.sources) - 1) / 3.0),
            "recent": float(when.recent),
            "background": when.background,
            "future": float(when.future),
            "event": cues.event,
            "opinion": cues.opinion,
            "article_background": kind.background,
            "article_opinion": kind.commentary,
            "article_report": kind.attribution,
            "article_news": kind.report,
            "title": cosine(features(c.text).terms, titles[c.article.id]),
            "attributed": float(cues.attributed),
            "quoted": cues.quoted,
            "question": float(cues.question),
            "short": short(c.text),
            "today": float(when.days_before is not None and when.days_before <= 1.0),
            "new_names": new_names(c.text, v.known_terms),
        })
    return out


def combine(feats: dict[str, float], weights: dict[str, float]) -> float:
    """The weighted sum of a candidate's features."""
    return sum(map(mul, map(weights.get, feats, repeat(0.0)), feats.values()))  # in the features' order


def _tie(c: Scorable) -> tuple[str, int]:
    return (c.article.id, c.position)


def score_candidates(cands: Sequence[Scorable], ranker: Ranker, top_k: int = 40,
                     weights: dict[str, float] | None = None,
                     background_cut: float = BACKGROUND_CUT, report_cut: float = REPORT_CUT) -> list[dict[str, float]]:
    """Score all candidates of one story (sets ``score``) and return their features.

    Every candidate gets the cheap score first (no cut by raw position, prevalence counted
    before any cut); the ``ranker``'s centrality is computed only on the ``top_k`` best by
    that score (LexRank is quadratic), lines about another subject (``away``) left out, and added with its weight.
    A line whose ``background`` cue reaches ``background_cut``, that asks a question in the writer's voice, or that only
    says someone would not comment (:func:`summarizer.nocomment.no_comment`), scores BURY lower: it ranks after every other line (and the budget counts it as minor).
    """
    weights = weights or WEIGHTS
    feats = cheap_features(cands)
    cheap = [combine(f, weights) for f in feats]
    # A line about another subject than the story's (``away``, :mod:`summarizer.subject`) is never shown: it takes no part
    # in the story's centrality (a live blog's roundup lines, cleaner or not, moved the story's own lines' ranks)
    order = sorted((i for i, c in enumerate(cands) if not c.away), key=lambda i: (-cheap[i], _tie(cands[i])))[:top_k]
    central = normalise(ranker([cands[i].text for i in order]))
    for i, cen in zip(order, central):
        feats[i]["central"] = cen
    for c, f in zip(cands, feats):
        # The genre cut and the news model read English cues (event verbs, attribution): not other languages.
        is_english = english(c.text)
        buried = f["background"] >= background_cut or f["question"] > 0 or (is_english and f["article_news"] < report_cut) \
            or (is_english and no_comment(c.text))  # "X declined to comment": a reporter's note, no event
        c.score = combine(f, weights) - (BURY if buried else 0.0)
        c.news = news_probability(f) if is_english else 1.0
    return feats


def mmr_order(cands: Sequence[S], picks: int, penalty: float = MMR_PENALTY) -> list[S]:
    """Candidates best first by maximal marginal relevance (Carbonell & Goldstein) for the first ``picks``.

    Each pick maximises ``score - penalty * (max cosine similarity to the lines already picked)``,
    so near-duplicate lines sink; the rest follow by score. Ties: article id, then position.
    """
    rest = sorted(cands, key=lambda c: (-c.score, _tie(c)))
    pool = rest[: picks * 3]
    chosen: list[S] = []
    closest = [0.0] * len(pool)
    while pool and len(chosen) < picks:
        best = max(range(len(pool)), key=lambda i: (pool[i].score - penalty * closest[i], -i))
        pick = pool.pop(best)
        closest.pop(best)
        chosen.append(pick)
        length = norm(vec := features(pick.text).terms)  # measured once per pick, not once per line
        closest = [max(s, cosine(features(c.text).terms, vec, length)) for c, s in zip(pool, closest)]
    taken = {id(c) for c in chosen}
    return chosen + [c for c in rest if id(c) not in taken]


class Kinded(Protocol):
    """What :func:`changes_first` reads of a candidate: its verdict (kind)."""

    verdict: Verdict


K = TypeVar("K", bound=Kinded)


def changes_first(ranked: Sequence[K], top: int) -> list[K]:
    """``ranked`` with the changed figures (``updated``, ``conflict``) among its ``top`` first, each group in its order.

    A new value of a tracked count ("the toll rose to 169") is the story's news by construction; on
    the labelled candidates of benchmarks/lines.py 4 of 5 such lines are news (against 81 of 735 new
    ones), and three h1n1 days led with a minor line while an update waited lower down. Only a change
    among the lines the story shows (its ``top``) leads: pulling up low-ranked ones (Iraq casualty
    counts of other attacks) cost news_dev iraq a seventh of its update R2. An age or a population told otherwise
    (``verdict.side``) is no such news: it keeps its place."""
    head = list(ranked[:top])
    lead = [c.verdict.kind is not Kind.NEW and not c.verdict.side for c in head]
    return [c for c, up in zip(head, lead) if up] + [c for c, up in zip(head, lead) if not up] + list(ranked[top:])
