"""Two workspaces on one store, through the real Slack app and the real engine: no story crosses a channel."""
from __future__ import annotations

import json
from datetime import datetime

from fakes.web import FLOOD, STRIKE
from bot.db.feeds import FeedRepo
from bot.db.store import Store
from bot.digests import Digests
from fakes.slack_api import RESPONSE_URL
from slack_stack import MakeStack
from summarizer.ingest import make_article


def _feed_article(service: Digests, repo: FeedRepo, channel: str, url: str, title: str, lines: list[str]) -> None:
    """What a poll does: ``channel`` follows the feed at ``url``; a new entry of it is ingested with its entry row."""
    feed, _ = repo.subscribe(channel, url, 900)
    article = make_article(title + "\n" + " ".join(lines), name=f"{url}/1", title=title, source=url,
                           url=f"{url}/1", published=datetime(2025, 3, 3, 7, 0))
    service.ingest([article], extra=lambda s: repo.add_entry(s, feed.id, "1", f"{url}/1", "fp-" + title, "s",
                                                             article.id))


def _everything(stack_fake) -> str:  # type: ignore[no-untyped-def]
    """Every text the fake Slack received (posts and response_url replies)."""
    calls = stack_fake.of("chat.postMessage") + stack_fake.of(RESPONSE_URL)
    return "\n".join(json.dumps(c.body, ensure_ascii=False) for c in calls)


async def test_digest_public_in_an_unrelated_channel_posts_nothing_from_another_channels_feed(
        make_stack: MakeStack) -> None:
    service = Digests(Store("sqlite://"))
    repo = FeedRepo(service.store)
    _feed_article(service, repo, "slack:T1:C1", "https://riverton.test/rss", "Flood in Riverton", FLOOD)
    stack = await make_stack(service)  # type: ignore[arg-type]

    await stack.command("public", team="T2", channel="C9")  # another workspace, following nothing
    await stack.command("public", team="T1", channel="C2")  # same workspace, another channel
    await stack.command("", team="T2", channel="C9", user="U7")  # an ephemeral digest there
    await stack.settle()
    assert stack.fake.of("chat.postMessage") == []
    assert "Riverton" not in _everything(stack.fake) and "120 homes" not in _everything(stack.fake)
    replies = [c.body["text"] for c in stack.fake.of(RESPONSE_URL)]
    assert len(replies) == 3 and all(r.startswith("This channel follows no feeds yet") for r in replies), replies

    await stack.command("public", team="T1", channel="C1")  # the channel that follows the feed gets it
    await stack.settle()
    [post] = stack.fake.of("chat.postMessage")
    assert post.body["channel"] == "C1" and "120 homes" in json.dumps(post.body)


async def test_two_workspaces_each_get_only_their_own_feeds(make_stack: MakeStack) -> None:
    service = Digests(Store("sqlite://"))
    repo = FeedRepo(service.store)
    _feed_article(service, repo, "slack:T1:C1", "https://riverton.test/rss", "Flood in Riverton", FLOOD)
    _feed_article(service, repo, "slack:T2:C1", "https://harbor.test/rss", "Dockers strike", STRIKE)
    stack = await make_stack(service)  # type: ignore[arg-type]
    await stack.command("public", team="T1", channel="C1")
    await stack.command("public", team="T2", channel="C1")  # the same channel id in another workspace
    await stack.settle()
    posts = {json.dumps(p.body) for p in stack.fake.of("chat.postMessage")}
    assert len(posts) == 2
    t1 = next(p for p in posts if "120 homes" in p)
    t2 = next(p for p in posts if "1,400 members" in p)
    assert "1,400 members" not in t1 and "120 homes" not in t2
