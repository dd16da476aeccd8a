"""Helpers shared by the benchmarks: paths, the shared scorers, engine replays, LexRank baselines.

Nothing here copies benchmark data into the repository: the shared material is read at
run time from ``../shared/bench`` relative to the project root (or a path given by option).
"""
from __future__ import annotations

import importlib.util
import io
import json
import pickle
import sys
import tempfile
from contextlib import redirect_stderr
from pathlib import Path
from types import ModuleType
from typing import Any, Callable, Sequence

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # ``python benchmarks/run.py`` from anywhere
    sys.path.insert(0, str(ROOT))

import numpy  # noqa: E402
from sumy.models.dom import ObjectDocumentModel  # noqa: E402
from sumy.nlp.stemmers import Stemmer  # noqa: E402
from sumy.parsers.plaintext import PlaintextParser  # noqa: E402
from sumy.summarizers.lex_rank import LexRankSummarizer  # noqa: E402
from sumy.utils import get_stop_words  # noqa: E402

from bot.cli import load_articles, run_replay  # noqa: E402
from bot.render.text import replay_record  # noqa: E402
from summarizer.engine import EngineConfig  # noqa: E402
from summarizer.models import Article, Digest  # noqa: E402
from summarizer.rank import FastLexRank  # noqa: E402,F401 - re-exported: the benchmarks' day-sized LexRank
from summarizer.sentences import OfflineTokenizer, article_sentences  # noqa: E402

SHARED = ROOT.parent / "shared" / "bench"
SEEDS = ROOT / "seeds"
Record = dict[str, Any]


# -- shared material -----------------------------------------------------------------------
def load_module(path: Path) -> ModuleType:
    """Import a stand-alone script (e.g. ``score_deltas.py``) by file path."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_articles(paths: Sequence[str | Path]) -> list[Article]:
    """Articles under ``paths`` through the project's own ingest (skip messages silenced)."""
    with redirect_stderr(io.StringIO()):
        articles, _ = load_articles([str(p) for p in paths], quiet=True)
    return articles


def seed_files(seeds: Path = SEEDS) -> list[Path]:
    """The seed articles in file order."""
    return sorted(p for p in seeds.glob("*.txt") if p.is_file())


def news_dev_stories(news_dev: Path) -> list[tuple[str, Path, Path]]:
    """(topic, articles.jsonl, gold.json) for every story in ``news_dev``, sorted by topic."""
    out = []
    for jsonl in sorted(news_dev.glob("*.jsonl")):
        gold = jsonl.with_name(jsonl.stem + ".gold.json")
        if gold.exists():
            out.append((jsonl.stem, jsonl, gold))
    return out


def news_dev_captures(capture: Callable[[list[Article], Any], list[dict[str, Any]]], cache: Path | None = None,
                      story: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """``capture(articles, gold)`` of each news_dev story (only ``story`` when given), read from the pickle ``cache``
    when it exists, else captured and written there: the day records the news_dev loss scripts read."""
    if cache and cache.exists():
        return dict(pickle.loads(cache.read_bytes()))
    data: dict[str, list[dict[str, Any]]] = {}
    for topic, jsonl, gold in news_dev_stories(SHARED / "news_dev"):
        if story and topic != story:
            continue
        data[topic] = capture(read_articles([jsonl]), json.loads(Path(gold).read_text(encoding="utf-8")))
        print(f"captured {topic}: {len(data[topic])} days", file=sys.stderr, flush=True)
    if cache:
        cache.write_bytes(pickle.dumps(data))
    return data


def score_records(scorer: Callable[..., dict], gold: Path, records: Sequence[Record], **kw: Any) -> dict:
    """Run a shared scorer (``score(gold, replay_path)``) on in-memory replay records."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        path = fh.name
    try:
        return scorer(str(gold), path, **kw)
    finally:
        Path(path).unlink(missing_ok=True)


# -- systems ---------------------------------------------------------------------------------
def engine_records(articles: Sequence[Article], every: str, config: EngineConfig | None = None) -> list[Record]:
    """The engine's replay (exactly what ``digestbot replay --jsonl --every EVERY`` prints)."""
    records: list[Record] = []

    def emit(key: str, label: str, batch: list[Article], service: object, digest: Digest) -> None:
        records.append(replay_record(key, label, digest))

    run_replay(articles, every, config or EngineConfig(), emit)
    return records


TOKENIZER = OfflineTokenizer()
SUMY_STEMMER = Stemmer("english")  # Snowball via nltk's stemmer code: no data download
SUMY_STOP_WORDS = get_stop_words("english")  # bundled with sumy


def plaintext_document(text: str) -> ObjectDocumentModel:
    """A sumy document of ``text`` parsed the off-the-shelf way: ``PlaintextParser`` + the offline tokenizer.

    Note: sumy's plain-text parser joins the lines of a paragraph before splitting it into
    sentences, so a headline or dateline without a full stop is glued to the next sentence.
    """
    return PlaintextParser.from_string(text, TOKENIZER).document


def lexrank_top(document: ObjectDocumentModel, k: int = 5, fast: bool = False) -> list[str]:
    """The ``k`` most central sentences of ``document`` by sumy LexRank (English stemmer and stop words), in document order."""
    if not document.sentences:
        return []
    summarizer = (FastLexRank if fast else LexRankSummarizer)(SUMY_STEMMER)
    summarizer.stop_words = SUMY_STOP_WORDS
    with numpy.errstate(divide="ignore", invalid="ignore"):  # sumy's power method on an all-zero graph
        return [str(s) for s in summarizer(document, k)]


def sentence_texts(articles: Sequence[Article]) -> list[str]:
    """Every sentence of ``articles`` (the project's splitter, title included), in order."""
    return [s.text for a in articles for s in article_sentences(a)]


def ridge_logistic(x: numpy.ndarray, y: numpy.ndarray, lam: float,
                   offset: numpy.ndarray | None = None, hold_bias: bool = False) -> numpy.ndarray:
    """Logistic regression of ``y`` (0/1) on the rows of ``x`` with a bias column appended (bias last, not
    penalised), ridge ``lam``, 30 Newton steps: the coefficients. ``offset``: a fixed logit per row added to the
    fitted one (a model held, the rows' new features fitted on top of it); ``hold_bias``: no bias fitted (0)."""
    x = numpy.hstack([x, numpy.ones((len(x), 1))])
    base = numpy.zeros(len(x)) if offset is None else offset
    ridge = lam * numpy.diag(numpy.r_[numpy.ones(x.shape[1] - 1), 1e9 if hold_bias else 0.0])
    b = numpy.zeros(x.shape[1])
    for _ in range(30):
        p = 1.0 / (1.0 + numpy.exp(-(x @ b + base)))
        b -= numpy.linalg.solve(x.T @ (x * (p * (1 - p))[:, None]) + ridge, x.T @ (p - y) + ridge @ b)
    return b
