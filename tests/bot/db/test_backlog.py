"""A bounded backlog: a new channel's first digest (or one over a large backlog) reads a recent window,
says how many older articles it skipped, and records the skip only once the digest is delivered."""
from __future__ import annotations

import json
from datetime import datetime, timedelta

from enginekit import make_article

from bot.core.codec import digest_from_json, digest_to_json
from bot.core.service import Audience, DigestRequest
from bot.db.store import Store
from bot.digests import Digests
from bot.render.discord import render_discord_payloads
from bot.render.slack import render_slack_payloads
from bot.render.text import render_text
from summarizer.models import Article

CHANNEL = Audience("slack:T1:C1")
DAY0 = datetime(2024, 3, 1, 9, 0)
TOWNS = ["Aldwick", "Brampton", "Corsley", "Dunmere", "Elstow", "Fenwick", "Gorran", "Hexley"]


def town_article(n: int, published: datetime) -> Article:
    """An article about one town's council (distinct words per town)."""
    town = TOWNS[n % len(TOWNS)]
    return make_article(f"{town} council approves bridge plan\n"
                        f"The {town} council approved a new river bridge costing {n + 3} million pounds on Monday.\n"
                        f"Engineers in {town} said construction of the {town} crossing starts next spring.",
                        published=published, source=f"{town} Gazette")


def service(days: int = 2, articles: int = 3) -> tuple[Digests, list[Article]]:
    """A service whose channel was sent eight articles, one a day (none delivered yet)."""
    svc = Digests(Store("sqlite://"), backlog_days=days, backlog_articles=articles)
    arts = [town_article(n, DAY0 + timedelta(days=n)) for n in range(8)]
    svc.ingest(arts, channel=CHANNEL.key)
    return svc, arts


def test_a_first_digest_reads_the_recent_window_and_says_how_many_it_skipped() -> None:
    svc, arts = service()
    digest = svc.build(DigestRequest(CHANNEL))
    window = digest.window
    assert window is not None
    # days 5, 6 and 7 are within two days of the newest (day 7); the cap (3) keeps all three
    assert set(digest.article_ids) <= {a.id for a in arts[5:]} and digest.article_ids
    assert window.skipped == 5 and window.start == DAY0 + timedelta(days=5)
    assert window.note == ("Showing only the last 2 days of news (at most 3 articles); 5 older unseen articles "
                           "are skipped and will not be shown.")
    assert all("Aldwick" not in i.text for i in digest.items)
    # said in every rendering: plain text (CLI), Slack, Discord
    assert window.note in render_text(digest)
    assert window.note in json.dumps(render_slack_payloads(digest))
    assert window.note in json.dumps(render_discord_payloads(digest))
    assert json.loads(json.dumps(digest.to_dict()))["skipped"] == 5


def test_the_count_cap_bounds_a_window_of_many_recent_articles() -> None:
    svc, arts = service(days=30, articles=2)
    digest = svc.build(DigestRequest(CHANNEL))
    assert digest.window is not None and digest.window.skipped == 6
    assert set(digest.article_ids) <= {a.id for a in arts[6:]}


def test_nothing_is_skipped_until_the_digest_is_delivered() -> None:
    svc, arts = service()
    svc.build(DigestRequest(CHANNEL))
    assert len(svc.store.unseen(CHANNEL)) == 8  # built, not delivered: nothing recorded
    again = svc.build(DigestRequest(CHANNEL))
    assert again.window is not None and again.window.skipped == 5


def test_delivered_skips_are_not_offered_again_nor_known() -> None:
    svc, arts = service()
    digest = svc.build(DigestRequest(CHANNEL))
    svc.mark_delivered(CHANNEL, digest)
    assert svc.store.unseen(CHANNEL) == []
    assert svc.build(DigestRequest(CHANNEL)).empty
    seen = svc.store.seen_ids([CHANNEL.key])
    assert not seen & {a.id for a in arts[:5]}  # skipped, not seen: never part of what the channel knows
    # an old article that arrives later is not covered by the skip: it is offered
    late = make_article("Ivybridge council approves harbour plan\nThe Ivybridge council approved a harbour wall "
                        "costing nine million pounds on Friday.", published=DAY0)
    svc.ingest([late], channel=CHANNEL.key)
    assert [a.id for a, _ in svc.store.unseen(CHANNEL)] == [late.id]
    later = svc.build(DigestRequest(CHANNEL))
    assert later.window is None and later.article_ids == [late.id]


def test_a_small_backlog_of_a_channel_with_history_is_read_whole() -> None:
    svc, arts = service(articles=100)
    first = svc.build(DigestRequest(CHANNEL))  # the first digest is bounded by time even when small
    assert first.window is not None and first.window.skipped == 5
    svc.mark_delivered(CHANNEL, first)
    old = [town_article(n + 10, DAY0 - timedelta(days=30 + n)) for n in range(3)]
    svc.ingest(old, channel=CHANNEL.key)
    digest = svc.build(DigestRequest(CHANNEL))  # three unseen, weeks apart: no bound
    assert digest.window is None and set(digest.article_ids) | set(digest.held_ids) == {a.id for a in old}


def test_the_window_survives_the_outbox_round_trip() -> None:
    svc, _ = service()
    digest = svc.build(DigestRequest(CHANNEL))
    back = digest_from_json(digest_to_json(digest))
    assert back.window == digest.window
    svc.store.mark_seen(CHANNEL, back.article_ids, back.items, back.window)  # as the outbox marks it
    assert svc.store.unseen(CHANNEL) == []


def test_a_user_in_a_channel_with_history_gets_no_window() -> None:
    svc, arts = service()
    svc.mark_delivered(CHANNEL, svc.build(DigestRequest(CHANNEL)))
    user = Audience.for_user(CHANNEL, "U1")
    svc.ingest([town_article(8, DAY0 + timedelta(days=9))], channel=CHANNEL.key)
    assert svc.build(DigestRequest(user)).window is None


def test_the_prebuilt_unseen_statement_reads_what_the_built_select_reads() -> None:
    from bot.db.backlog import marks, unseen_rows, unseen_select
    from bot.db.schema import ArticleRow, InboxRow

    svc, arts = service()
    svc.store.mark_seen(CHANNEL, [arts[1].id, arts[4].id])  # seen ones are left out by both
    svc.ingest([town_article(9, DAY0 + timedelta(days=9))], channel="slack:T1:C2")  # another channel's inbox
    with svc.store.session() as s:
        m = marks(s, CHANNEL)
        assert not m.skips
        prebuilt = unseen_rows(s, CHANNEL, None, m)  # the statement built once
        built = list(s.execute(unseen_select(CHANNEL, None, m).with_only_columns(
            ArticleRow.id, ArticleRow.published, ArticleRow.ingested_at, InboxRow.seq, ArticleRow.seq)
            .order_by(ArticleRow.seq)))
    assert [tuple(r) for r in prebuilt] == [tuple(r) for r in built]
    assert [r[0] for r in prebuilt] == [a.id for n, a in enumerate(arts) if n not in (1, 4)]
