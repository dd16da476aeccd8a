"""The store's frequent statements, built once with bound parameters.

Building a SQLAlchemy statement (and its cache key) costs more than running it on SQLite: a
``select(...).where(...)`` made anew for each ingest, digest and delivery took about two thirds
of the store's share of a replay. These are built at import and executed with their values
(``ids``-like parameters expand to one bind parameter per id: callers still send at most
:data:`bot.db.store.ID_CHUNK` at a time).
"""
from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table, bindparam, case, exists, func, insert, select, update

from bot.db.schema import ArticleRow, CursorRow, InboxRow, SeenRow, ShownRow, StoryRow


def _expanding(name: str) -> Any:
    """A parameter bound to a list (one bind parameter per element)."""
    return bindparam(name, expanding=True)


ARTICLE_IDS = select(ArticleRow.id).where(ArticleRow.id.in_(_expanding("ids")))  # which of ``ids`` are stored
STORY_IDS = select(StoryRow.id).where(StoryRow.id.in_(_expanding("ids")))
ARTICLE_ROWS = select(ArticleRow).where(ArticleRow.id.in_(_expanding("ids")))
_STORIES = cast(Table, StoryRow.__table__)
# A story's stored title, unless it is already ``head`` (executemany: ``sid``, ``head``).
STORY_TITLE = (update(_STORIES).where(_STORIES.c.id == bindparam("sid"), _STORIES.c.title != bindparam("head"))
               .values(title=bindparam("head")))
INBOX_IDS = select(InboxRow.article_id).where(InboxRow.channel == bindparam("channel"),
                                              InboxRow.article_id.in_(_expanding("ids")))
# A story's headlines in a channel: read from the story's articles (ix_articles_story_id), each looked up in the
# channel's inbox (uq_inbox_channel_article), not from the channel's whole inbox (a join let SQLite walk it: 15 ms
# per story at 10,000 inbox rows, 0.12 ms this way; the same rows, an inbox row being unique per channel and article).
HEADLINES = (select(ArticleRow.title)
             .where(ArticleRow.story_id == bindparam("story"),
                    exists().where(InboxRow.article_id == ArticleRow.id, InboxRow.tenant == bindparam("tenant"),
                                   InboxRow.channel == bindparam("channel"))))
SEEN_IDS = select(SeenRow.article_id).where(SeenRow.audience == bindparam("audience"),
                                            SeenRow.article_id.in_(_expanding("ids")))
SHOWN_KEYS = select(ShownRow.key).where(ShownRow.audience == bindparam("audience"), ShownRow.key.in_(_expanding("ids")))
ADD_SEEN = insert(SeenRow)
ADD_SHOWN = insert(ShownRow)

# An audience's cursor rows (``tenant``, ``keys``: the audience and those it inherits).
MARKS = select(CursorRow.seq, CursorRow.skip_through, CursorRow.skip_before).where(
    CursorRow.tenant == bindparam("tenant"), CursorRow.audience.in_(_expanding("keys")))
ANY_SEEN = select(SeenRow.article_id).where(SeenRow.tenant == bindparam("tenant"),
                                            SeenRow.audience.in_(_expanding("keys"))).limit(1)
# The inbox row's article was seen by one of ``keys`` (in ``tenant``).
KNOWN = exists().where(SeenRow.tenant == bindparam("tenant"), SeenRow.audience.in_(_expanding("keys")),
                       SeenRow.article_id == InboxRow.article_id)
# The first inbox row above ``floor`` that is unknown or younger than ``young``, and the last one (nothing skipped).
FIRST_OPEN = select(func.min(case((~KNOWN | (InboxRow.at > bindparam("young")), InboxRow.seq))),
                    func.max(InboxRow.seq)).where(InboxRow.tenant == bindparam("tenant"),
                                                  InboxRow.channel == bindparam("channel"),
                                                  InboxRow.seq > bindparam("floor"))
# An audience's unseen articles when nothing was skipped (see bot.db.backlog.unseen_rows): in article order, their
# (id, published, ingested_at, inbox seq, article seq), above ``floor`` in ``tenant``/``channel``, unknown to ``keys``.
UNSEEN = (select(ArticleRow.id, ArticleRow.published, ArticleRow.ingested_at, InboxRow.seq, ArticleRow.seq)
          .join(InboxRow, InboxRow.article_id == ArticleRow.id)
          .where(InboxRow.tenant == bindparam("tenant"), InboxRow.channel == bindparam("channel"),
                 InboxRow.seq > bindparam("floor"), ~KNOWN)
          .order_by(ArticleRow.seq))
_CURSORS = cast(Table, CursorRow.__table__)
CURSOR_UP = (update(_CURSORS).where(_CURSORS.c.audience == bindparam("key"), _CURSORS.c.seq < bindparam("mark"))
             .values(seq=bindparam("mark"), updated_at=bindparam("now")))
