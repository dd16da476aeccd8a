"""digestbot's engine: articles in, "what is new" digests out. Pure: no chat, network, scheduler or database.

The public face (``from summarizer import Engine, Article, read_paths``) loads lazily, so
``import summarizer`` stays cheap: sumy, NLTK and trafilatura load only when used.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__all__ = [
    "Article", "Digest", "DigestbotError", "Engine", "EngineConfig", "InputError", "Item", "Kind", "Memory",
    "PageText", "Sentence", "SourceRef", "StoryDigest", "StoryIndex", "extract_html", "read_paths",
]

_HOMES = {
    "Article": "models", "Digest": "models", "Item": "models", "Kind": "models", "Sentence": "models",
    "SourceRef": "models", "StoryDigest": "models", "Engine": "engine", "EngineConfig": "engine",
    "DigestbotError": "errors", "InputError": "errors", "Memory": "novelty", "StoryIndex": "stories",
    "PageText": "extract", "extract_html": "extract", "read_paths": "ingest",
}

if TYPE_CHECKING:
    from summarizer.engine import Engine, EngineConfig
    from summarizer.errors import DigestbotError, InputError
    from summarizer.extract import PageText, extract_html
    from summarizer.ingest import read_paths
    from summarizer.models import Article, Digest, Item, Kind, Sentence, SourceRef, StoryDigest
    from summarizer.novelty import Memory
    from summarizer.stories import StoryIndex


def __getattr__(name: str) -> Any:
    """Import a public name from its module on first use (PEP 562)."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'summarizer' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"summarizer.{home}"), name)
    globals()[name] = value
    return value
