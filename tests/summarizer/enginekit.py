"""Small builders shared by the engine tests (sumy-style: tiny documents, built inline)."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Sequence

from bot.digests import Digests
from bot.core.service import Audience, DigestRequest
from bot.db.store import Store
from summarizer.engine import Engine
from summarizer.ingest import make_article as _make_article
from summarizer.models import Article, Digest
from summarizer.novelty import Memory

_counter = 0


def make_article(text: str, *, published: datetime | str | None = None, source: str = "", title: str = "",
                 url: str = "", name: str = "") -> Article:
    """An Article built from ``text`` the way ingest builds one (cleaned, stable id)."""
    global _counter
    _counter += 1
    return _make_article(text, name=name or f"doc{_counter}.txt", title=title, source=source, url=url,
                         published=published)


def memory_of(*sentences: str, story_id: str = "s1") -> Memory:
    """A Memory that knows ``sentences`` (all in one story)."""
    memory = Memory()
    for s in sentences:
        memory.add(s, story_id, "known")
    return memory


def digest_of(articles: list[Article], known: Sequence[Article] = (), engine: Engine | None = None) -> Digest:
    """The digest of ``articles`` for an audience that was already told ``known``."""
    engine = engine or Engine()
    memory = Memory()
    engine.remember(memory, known)
    return engine.digest("test", articles, memory)


def item_texts(digest: Digest) -> list[str]:
    """Every item line of a digest, in order."""
    return [i.text for i in digest.items]


def sqlite_url(path: Path) -> str:
    """A SQLAlchemy URL for a SQLite file."""
    return f"sqlite:///{path}"


def service(url: str = "sqlite://") -> Digests:
    """A digest service on a store at ``url`` (in-memory by default)."""
    return Digests(Store(url))


def build(svc: Digests, audience: str = "slack:T1:C1") -> Digest:
    """Build the digest of everything ``audience`` has not seen."""
    return svc.build(DigestRequest(Audience(audience)))


def write(path: Path, content: str | bytes) -> Path:
    """Write text (UTF-8) or bytes to ``path`` and return it."""
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# Two tiny stories used across tests: the same event told by two outlets, and an unrelated one.
TROOPS_A = """North Korea sends troops to Russia's Kursk region
North Korea has deployed about 12,000 soldiers to Russia's Kursk region, South Korean intelligence said on Tuesday.
The soldiers are expected to join Russian units fighting Ukrainian forces near the border.
Kim Jong Un met senior army commanders in Pyongyang to discuss the deployment plan."""

TROOPS_B = """Pyongyang soldiers arrive on the Kursk front
Around 12,000 North Korean troops have been sent to the Kursk region of Russia, according to Seoul's spy agency.
Ukrainian officials said the first units clashed with Ukrainian forces on Monday near the village of Plekhovo."""

FLOODS = """Floods close schools across Valencia
Heavy rain flooded the coastal city of Valencia on Sunday, forcing the regional government to close more than 300 schools.
Emergency services said they had rescued 42 people from cars trapped by rising water on the outskirts overnight.
The national weather agency warned that another storm front would reach the Mediterranean coast by Tuesday."""
