"""Bounded queries: a channel that has seen 72,000 articles gets its digest with statements whose
bind parameters stay few (no id list per seen article; PostgreSQL's driver refuses more than
65,535) and whose inbox scan starts at the channel's cursor. Counted with SQLAlchemy events."""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Iterator

from enginekit import FLOODS, TROOPS_A, make_article
from sqlalchemy import Engine, event, insert, select

from bot.core.service import Audience, DigestRequest
from bot.db import statements as sql
from bot.db.schema import ArticleRow, CursorRow, InboxRow, SeenRow, StoryRow
from bot.db.store import MAX_PARAMS, Store
from bot.digests import Digests

SEEN = 72_000
CHANNEL = Audience("slack:T1:C1")
OTHER = Audience("slack:T2:C1")


@dataclass
class Statements:
    """Every statement run (with its largest parameter set) while counting."""

    seen: list[tuple[str, int]] = field(default_factory=list)

    @property
    def most_params(self) -> int:
        """The largest number of bind parameters any one statement carried."""
        return max((n for _, n in self.seen), default=0)


@contextmanager
def counting(engine: Engine) -> Iterator[Statements]:
    """Record each statement sent to ``engine`` and its bind parameter count."""
    out = Statements()

    def before(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
        # an executemany's parameter sets; one multi-row INSERT (SQLAlchemy's "insertmanyvalues") is one flat set
        many = (executemany and isinstance(parameters, (tuple, list)) and bool(parameters)
                and isinstance(parameters[0], (tuple, list, dict)))
        sets = parameters if many else [parameters]
        out.seen.append((statement, max((len(p) for p in sets), default=0)))

    event.listen(engine, "before_cursor_execute", before)
    try:
        yield out
    finally:
        event.remove(engine, "before_cursor_execute", before)


def big_store(url: str) -> Store:
    """A store whose channel has seen (and whose inbox holds) ``SEEN`` small articles, bulk inserted."""
    store = Store(url)
    old = datetime(2025, 1, 1)
    rows = [{"id": f"old-{n:06d}", "title": "", "text": f"Filler note {n}.", "source": "", "url": "", "origin": "",
             "published": old, "ingested_at": old} for n in range(SEEN)]
    with store.engine.begin() as conn:
        conn.execute(insert(ArticleRow), rows)
        conn.execute(insert(InboxRow), [{"tenant": CHANNEL.tenant, "channel": CHANNEL.key, "article_id": r["id"],
                                         "at": old} for r in rows])
        conn.execute(insert(SeenRow), [{"tenant": CHANNEL.tenant, "audience": CHANNEL.key, "article_id": r["id"],
                                        "at": old} for r in rows])
    return store


def test_a_digest_over_72000_seen_articles_is_right_and_bounded(db_url: str) -> None:
    url = db_url
    store = big_store(url)
    assert store.counts()["seen"] == SEEN
    svc = Digests(store, horizon=20)
    fresh = [make_article(TROOPS_A, source="Outlet A"), make_article(FLOODS, source="Ledger")]
    with counting(store.engine) as first:
        svc.ingest(fresh[:1], channel=CHANNEL.key)
        digest = svc.build(DigestRequest(CHANNEL))
        svc.mark_delivered(CHANNEL, digest)
    assert digest.article_ids == [fresh[0].id] and "12,000" in " ".join(i.text for i in digest.items)
    assert first.most_params <= MAX_PARAMS, first.seen
    with store.session() as s:  # the cursor passed every old article (the fresh one is too young to pass)
        assert s.scalar(select(CursorRow.seq).where(CursorRow.audience == CHANNEL.key)) == SEEN

    # a restart: memory restored from the store, then the next digest reads only above the cursor
    svc = Digests(Store(url), horizon=20)
    with counting(svc.store.engine) as second:
        svc.ingest(fresh[1:], channel=CHANNEL.key)
        digest = svc.build(DigestRequest(CHANNEL))
    assert digest.article_ids == [fresh[1].id] and "Valencia" in " ".join(s.title for s in digest.stories)
    assert second.most_params <= 16, second.seen  # no item was shown: no row inserted in bulk
    assert len(second.seen) < 40  # a handful of statements, however many articles were seen
    [unseen] = [(sql, n) for sql, n in second.seen if "FROM articles JOIN inbox" in sql]
    assert "inbox.seq >" in unseen[0] and "NOT (EXISTS" in unseen[0]  # a range from the cursor, an anti-join
    assert svc.build(DigestRequest(OTHER)).empty  # another workspace: nothing of this channel's


def test_long_id_lists_go_in_bounded_chunks(store: Store) -> None:
    ids = [f"a{n:05d}" for n in range(3 * MAX_PARAMS + 7)]
    with store.engine.begin() as conn:
        conn.execute(insert(ArticleRow), [{"id": i, "title": "", "text": "x.", "source": "", "url": "", "origin": "",
                                           "ingested_at": datetime(2025, 1, 1)} for i in ids])
    with counting(store.engine) as stats:
        assert store.mark_seen(CHANNEL, ids) == len(ids)
        assert store.mark_seen(CHANNEL, ids) == 0  # idempotent
        assert [a.id for a, _ in store.articles(ids)] == ids
        assert [a.id for a, _ in store.articles(ids, last=3)] == ids[-3:]
    assert stats.most_params <= MAX_PARAMS
    assert store.seen_ids([CHANNEL.key]) == set(ids)


def test_the_cursor_never_passes_an_unseen_or_young_row(store: Store) -> None:
    old = datetime(2025, 1, 1)
    with store.engine.begin() as conn:
        conn.execute(insert(ArticleRow), [{"id": f"a{n}", "title": "", "text": "x.", "source": "", "url": "",
                                           "origin": "", "ingested_at": old} for n in range(1, 6)])
        conn.execute(insert(InboxRow), [{"tenant": "slack:T1", "channel": CHANNEL.key, "article_id": f"a{n}",
                                         "at": old if n < 5 else datetime.now() + timedelta(days=1)}
                                        for n in range(1, 6)])
    store.mark_seen(CHANNEL, ["a1", "a2", "a4"])
    with store.session() as s:
        assert Store.cursor_in(s, CHANNEL) == 2  # a3 is unseen: the cursor waits below it
    assert [a.id for a, _ in store.unseen(CHANNEL)] == ["a3", "a5"]
    store.mark_seen(CHANNEL, ["a3", "a5"])
    with store.session() as s:
        assert Store.cursor_in(s, CHANNEL) == 4  # a5 is seen but younger than the settle time
    user = Audience.for_user(CHANNEL, "U1")
    with store.session() as s:
        assert Store.cursor_in(s, user) == 4  # a user reads from its channel's cursor too
    assert store.unseen(user) == [] and store.unseen(CHANNEL) == []


def test_a_storys_headlines_are_read_from_the_story_not_from_the_channels_inbox(store: Store) -> None:
    old = datetime(2025, 1, 1)
    with store.engine.begin() as conn:
        conn.execute(insert(StoryRow), [{"id": sid, "title": sid, "created_at": old} for sid in ("s1", "s2")])
        conn.execute(insert(ArticleRow), [{"id": f"a{n}", "title": f" Headline {n} ", "text": "x.", "source": "",
                                           "url": "", "origin": "", "ingested_at": old, "story_id": "s1" if n < 4 else "s2"}
                                          for n in range(1, 7)])
        conn.execute(insert(InboxRow), [{"tenant": tenant, "channel": channel, "article_id": f"a{n}", "at": old}
                                        for tenant, channel, ns in ((CHANNEL.tenant, CHANNEL.key, (1, 2, 4, 5)),
                                                                    (OTHER.tenant, OTHER.key, (3, 6)))
                                        for n in ns])
    assert store.story_headlines(CHANNEL.key, "s1") == {"Headline 1", "Headline 2"}  # not a3: another channel's
    assert store.story_headlines(OTHER.key, "s1") == {"Headline 3"}
    assert store.story_headlines(CHANNEL.key, "s3") == set()
    if store.engine.dialect.name == "sqlite":  # the story's own index drives it: no walk over the channel's inbox
        with store.engine.connect() as conn:
            compiled = sql.HEADLINES.compile(dialect=store.engine.dialect)
            plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql(
                f"EXPLAIN QUERY PLAN {compiled}", ("s1", CHANNEL.tenant, CHANNEL.key)))
        assert "ix_articles_story_id" in plan and "ix_inbox_channel_seq" not in plan, plan
