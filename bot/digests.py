"""The digest service: the store plus the engine, behind the :class:`DigestService` protocol.

- :meth:`Digests.ingest` stores new articles (a known article is a no-op) with their stories and
  analyses (:mod:`summarizer.analysis`), and puts them in a channel's inbox when they are
  ingested for it;
- :meth:`Digests.build` makes the digest of what an audience has not seen yet from its
  channel's own sources (the feeds it follows, the articles ingested for it), judged
  against everything it has seen (never changes memory); a first digest, or one over a large
  backlog, reads a recent window and says how many older articles it skipped (:mod:`bot.db.backlog`);
- :meth:`Digests.memory` restores an audience's memory from the stored analyses of what it saw;
- :meth:`Digests.mark_delivered` records, after the platform confirmed, that the audience
  has seen the digest's articles; the audience's in-process memory index is updated in
  place, so the next digest needs no rebuild.
"""
from __future__ import annotations

import logging
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable, Iterable, Sequence

from sqlalchemy.orm import Session

from bot.core.arena import after_read, give_back
from bot.core.nogc import paused_gc
from bot.core.pool import Pool
from bot.core.service import Audience, DigestRequest, delivered_part
from bot.db import keys as article_keys
from bot.db.analyses import RECALL_ARTICLES, restore, storing, warm
from bot.db.backlog import BACKLOG_ARTICLES, BACKLOG_DAYS
from bot.db.store import Store
from bot.db.tenants import forget_tenant
from summarizer.articlescope import analysis_scope, scoped
from summarizer.engine import Engine, EngineConfig
from summarizer.models import Article, Digest, Window
from summarizer.novelty import MEMORY_SENTENCES, Features, Memory, wording
from summarizer.sentences import article_texts
from summarizer.stories import is_clean_headline

log = logging.getLogger(__name__)

MAX_MEMORIES = 16  # memories kept in process: some 8-10 MB each at 1,000 articles (benchmarks/scale.py)


@dataclass
class IngestResult:
    """What an ingest did."""

    added: list[Article] = field(default_factory=list)
    duplicates: int = 0


class Digests:
    """Builds digests for audiences and remembers what each was shown. Thread-safe."""

    def __init__(self, store: Store, config: EngineConfig | None = None,
                 clock: Callable[[], datetime] | None = None, *, horizon: int = 5000,
                 recall: int = RECALL_ARTICLES, max_memories: int = MAX_MEMORIES,
                 memory_sentences: int = MEMORY_SENTENCES, backlog_days: int = BACKLOG_DAYS,
                 backlog_articles: int = BACKLOG_ARTICLES) -> None:
        """``horizon``: how many of the most recent articles make up a memory restored at start (and
        the story index); a restored memory indexes the newest ``recall`` of them, knows the older ones word
        for word (:data:`RECALL_ARTICLES`). ``max_memories``: memories kept in process; beyond, the least
        recently used is dropped (restored when needed again). ``memory_sentences``: the sentences one memory
        indexes; beyond, the oldest are forgotten in place as new ones come (exact wording stays known). A memory
        is not rebuilt as it grows, so start-up time and memory stay bounded however large the store grows.
        ``backlog_days``, ``backlog_articles``: an audience's first digest, and any with more unseen
        articles than that, reads only the articles of that many days before the newest, at most that
        many; the older ones are skipped, and the reply says so (:mod:`bot.db.backlog`)."""
        self.store = store
        self.backlog_days, self.backlog_articles = backlog_days, backlog_articles
        self.horizon, self.recall = horizon, recall
        self.memory_sentences = memory_sentences
        self.engine = Engine(config)
        self._lock = threading.RLock()
        self.max_memories = max(2, max_memories)
        # by audience keys (a layer per audience), least recently used first
        self._memories: OrderedDict[tuple[str, ...], Memory] = OrderedDict()
        self._layer_ids: dict[str, set[str]] = {}  # articles held by each audience's own layer
        self._built: dict[str, Article] = {}  # articles of recent builds, so marking needs no re-read
        self._warm: list[tuple[int, Features]] = []  # the stored analyses of the last build's articles
        self._analysed: set[str] = set()  # articles this process analysed at ingest (recent: its caches hold them)
        self._clock = clock or (lambda: datetime.now(timezone.utc).replace(tzinfo=None))
        self.pool: Pool | None = None  # set (bot.core.pool.Pool) to analyse an ingest's articles in processes
        self._restore_stories()

    def _restore_stories(self) -> None:
        """The story index (and the template lines of each source) of the ``horizon`` latest articles."""
        titles = self.store.story_titles()
        rows = self.store.articles(last=self.horizon)
        stored = article_keys.story_keys(self.store, self.horizon)  # kept at ingest: the text is not split again
        for article, story_id in rows:
            self.engine.templates.observe(article)
            if story_id:
                vector, lines = stored.get(article.id, (None, None))
                self.engine.stories.restore(article, story_id, titles.get(story_id, article.title), vector, lines)
            else:  # in a scope of its own: the context its sentences register (summarizer.articlescope) is left nowhere
                with analysis_scope():
                    self.engine.stories.assign(article)

    # -- ingest ----------------------------------------------------------------------
    def ingest(self, articles: Iterable[Article], extra: Callable[[Session], None] | None = None, *,
               channel: str | None = None) -> IngestResult:
        """Store new articles with their stories and analyses; known articles are skipped.

        ``channel``: the articles (new or known) are ingested for that channel: they join its inbox.
        ``extra(session)`` runs inside the same store transaction (see :meth:`Store.add_articles`).
        """
        articles = list(articles)
        if channel is not None:
            extra = _linking(self.store, channel, [a.id for a in articles], extra)
        with self._lock, paused_gc():  # its collections found next to nothing (bot.core.nogc): 2-3 % of a bulk ingest
            result = IngestResult()
            batch: list[Article] = []
            seen_ids: set[str] = set()
            for a in articles:
                if a.id in seen_ids or a.id in self.engine.stories.of_article:
                    result.duplicates += 1
                    continue
                seen_ids.add(a.id)
                batch.append(a)
            prepared = self.pool.prepare(batch) if self.pool is not None and len(batch) > 1 else None
            pairs, keyed = [], []
            for k, a in enumerate(batch):
                with analysis_scope():  # one article's: what its sentences register is left nowhere
                    story = self.engine.stories.assign(a, prepared[k].parts if prepared else None)
                pairs.append((a, story.id, story.title))
                keyed.append((self.engine.stories.last_vector, self.engine.stories.last_lines))
            # analysed once, at ingest: a restore reads them
            store_too = storing(batch, keyed, extra, [(p.analysis, p.wordings) for p in prepared] if prepared else None)
            if len(self._analysed) > 5000:
                self._analysed.clear()
            self._analysed.update(a.id for a in batch)
            try:
                result.added = self.store.add_articles(pairs, extra=store_too)
            except Exception:
                self.engine.stories.forget([a.id for a in batch])  # nothing was stored: nor are the stories
                raise
            result.duplicates += len(batch) - len(result.added)
            return result

    # -- memory ----------------------------------------------------------------------
    def memory(self, audience: Audience) -> Memory:
        """The memory index of what ``audience`` knows (cached, built from the store once).

        An audience that inherits (a user in a channel) gets a thin layer over the inherited
        audience's memory holding only what it saw on its own.
        """
        keys = audience.keys
        with self._lock:
            memory = self._memories.get(keys)
            if memory is not None:
                self._memories.move_to_end(keys)
            else:
                parent = None
                if audience.inherits:
                    parent = self.memory(Audience(audience.inherits[0], audience.inherits[1:]))
                memory = Memory(parent=parent, capacity=self.memory_sentences)
                # analysed at ingest: not again; the newest ``recall`` articles indexed, the older known word for word
                own = restore(self.store, audience, memory, last=self.horizon, recall=self.recall)
                self._memories[keys] = memory
                self._layer_ids[audience.key] = set(own)
                self._evict()
                give_back()  # what the restore decoded (and the stories' restore before it), any memory dropped: freed
            return memory

    def _evict(self) -> None:
        """Beyond ``max_memories`` cached memories, drop the least recently used (and the layers over it)."""
        while len(self._memories) > self.max_memories:
            oldest = next(iter(self._memories))[0]
            for keys in [k for k in self._memories if oldest in k]:
                del self._memories[keys]
                self._layer_ids.pop(keys[0], None)

    def follows_anything(self, audience: Audience) -> bool:
        """Whether ``audience``'s channel has a source: a followed feed, or articles ingested for it.

        A digest for a channel without one is always empty; tell its users how to follow a feed
        (:data:`bot.chat.replies.NO_SOURCES`).
        """
        return self.store.has_sources(audience.channel_key)

    def forget_tenant(self, tenant: str) -> dict[str, int]:
        """Delete every row of ``tenant`` (an uninstalled workspace, a guild that removed the bot) and
        its audiences' cached memories; return the deleted rows per table (:func:`bot.db.tenants.forget_tenant`)."""
        with self._lock:
            for keys in [k for k in self._memories if Audience(k[0], k[1:]).tenant == tenant]:
                del self._memories[keys]
                self._layer_ids.pop(keys[0], None)
            return forget_tenant(self.store, tenant)

    def _known_ids(self, keys: Sequence[str]) -> set[str]:
        """Article ids the cached layers of ``keys`` hold."""
        return set().union(*(self._layer_ids.get(k, set()) for k in keys))

    # -- DigestService -----------------------------------------------------------------
    def build(self, request: DigestRequest) -> Digest:
        """The digest of everything of its channel's sources ``request.audience`` has not seen (memory unchanged)."""
        with self._lock:
            since = self._clock() - request.window if request.window else None
            rows, bound = self.store.backlog(request.audience, since, days=self.backlog_days,
                                             articles=self.backlog_articles)
            articles = [a for a, _ in rows]
            # analysed at ingest (by another process: loaded, and held while the digest reads them)
            self._warm = warm(self.store, [a.id for a in articles if a.id not in self._analysed])
            if request.only is not None:
                articles = [a for a in articles if a.id in request.only]
            if request.query:
                articles = self._filter(articles, request.query, request.audience.channel_key)
            memory = self.memory(request.audience)
            if len(self._built) > 5000:
                self._built.clear()
            self._built.update((a.id, a) for a in articles)
            digest = self.engine.digest(request.audience.key, articles, memory, max_items=request.max_items,
                                        now=self._clock())
            self._own_headers(digest, request.audience, {a.id: a for a in articles})
            if bound.start is not None:
                digest.window = Window(self.backlog_days, self.backlog_articles, bound.skipped, bound.start,
                                       bound.through)
            after_read(len(rows))  # a large read leaves much freed heap behind: given back (bot.core.arena)
            return digest.without_quiet_stories()

    def _own_headers(self, digest: Digest, audience: Audience, articles: dict[str, Article]) -> None:
        """Give each story the headline of one of the channel's own articles.

        Stories are shared by every tenant, and a story's header is the headline of its most central
        recent member, which may be another tenant's article: it is kept only when the channel had an
        article with that headline, else the section takes the newest clean headline of its own articles.
        """
        for section in digest.stories:
            own = [articles[i] for i in section.article_ids if i in articles]
            if any(a.title.strip()[:200] == section.title for a in own):
                continue
            if section.title in self.store.story_headlines(audience.channel_key, section.story_id):
                continue
            clean = [a.title.strip()[:200] for a in own if is_clean_headline(a.title)]
            section.title = clean[-1] if clean else (own[0].title.strip()[:200] if own else "")

    def _filter(self, articles: Sequence[Article], query: str, channel: str) -> list[Article]:
        """Articles of the stories that match every word of ``query`` (title or text, or the story's
        header when it is the headline of one of ``channel``'s articles: never another tenant's)."""
        words = [w for w in re.findall(r"\w+", query.lower()) if w]
        if not words:
            return list(articles)
        stories = self.engine.stories
        match_story: set[str] = set()
        own_header: dict[str, str] = {}
        for a in articles:
            sid = stories.of_article.get(a.id)
            hay = f"{a.title} {a.text}".lower()
            if sid and not all(re.search(rf"\b{re.escape(w)}", hay) for w in words):
                if sid not in own_header:
                    title = stories.stories[sid].title
                    own_header[sid] = title if title in self.store.story_headlines(channel, sid) else ""
                hay = f"{own_header[sid]} {hay}".lower()
            if all(re.search(rf"\b{re.escape(w)}", hay) for w in words):
                match_story.add(sid or a.id)
        return [a for a in articles if (stories.of_article.get(a.id) or a.id) in match_story]

    def mark_delivered(self, audience: Audience, digest: Digest, story_ids: Sequence[str] | None = None) -> None:
        """Record that ``digest`` (or only ``story_ids`` of it) reached ``audience``. Idempotent."""
        with self._lock:
            self.store.mark_seen(audience, *delivered_part(digest, story_ids),
                                 window=digest.window if story_ids is None else None)
            self.remember(audience, digest, story_ids)

    @scoped
    def remember(self, audience: Audience, digest: Digest, story_ids: Sequence[str] | None = None) -> None:
        """Let the in-process memory learn what :meth:`mark_delivered` recorded (the caller stored the rows)."""
        with self._lock:
            article_ids, items = delivered_part(digest, story_ids)
            memory = self._memories.get(audience.keys)
            if memory is None:  # not cached: built from the store when next needed
                return
            # this audience's own layer learns the articles in place; the layers over it (its users) see it through it
            held = self._known_ids(audience.keys)
            todo = [i for i in dict.fromkeys(article_ids) if i not in held]
            missing = [i for i in todo if i not in self._built]
            stored = {a.id: a for a, _ in self.store.articles(missing)} if missing else {}
            fresh = [self._built.get(i) or stored[i] for i in todo if i in self._built or i in stored]
            self.engine.remember(memory, fresh)
            self._layer_ids[audience.key].update(a.id for a in fresh)
            for item in items:  # exact repeats are stored once; one not known is read in its article's context
                if not memory.knows(wording(text := item.sentence or item.text)):
                    for article in (self._built[s.article_id] for s in item.sources if s.article_id in self._built):
                        article_texts(article)  # registered in this call's scope (summarizer.articlescope)
                memory.add(text)


def _linking(store: Store, channel: str, ids: list[str],
             extra: Callable[[Session], None] | None) -> Callable[[Session], None]:
    """An ingest's ``extra`` that also puts ``ids`` in ``channel``'s inbox (in the same transaction)."""
    def run(s: Session) -> None:
        store.link(s, channel, ids)
        if extra is not None:
            extra(s)
    return run
