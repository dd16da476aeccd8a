"""Digest <-> JSON with full fidelity (the outbox stores digests; item keys are needed to mark them)."""
from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from bot.core.chat import Message
from summarizer.models import Digest, Item, Kind, SourceRef, StoryDigest, Window


def digest_to_json(digest: Digest) -> str:
    """Serialise a digest with everything :meth:`Digests.mark_delivered` needs."""
    def item(i: Item) -> dict[str, Any]:
        """One item, every field."""
        return {"kind": i.kind.value, "text": i.text, "sources": [s.to_dict() for s in i.sources],
                "score": i.score, "earlier": i.earlier, "sentence": i.sentence, "key": i.key,
                "background": i.background}

    return json.dumps({
        "audience": digest.audience,
        "created": digest.created.isoformat() if digest.created else None,
        "article_ids": list(digest.article_ids),
        "stories": [{"story_id": s.story_id, "title": s.title, "items": [item(i) for i in s.items],
                     "article_ids": list(s.article_ids), "background_ids": list(s.background_ids),
                     "pending": s.pending, "expired": s.expired, "minor": s.minor}
                    for s in digest.stories],
        **({"window": {"days": w.days, "articles": w.articles, "skipped": w.skipped, "start": w.start.isoformat(),
                       "through": w.through}} if (w := digest.window) else {}),
    }, ensure_ascii=False)


def digest_from_json(data: str) -> Digest:
    """The inverse of :func:`digest_to_json`."""
    d = json.loads(data)
    stories = [StoryDigest(
        s["story_id"], s["title"],
        [Item(Kind(i["kind"]), i["text"], [SourceRef(**r) for r in i["sources"]], i.get("score", 0.0),
              i.get("earlier", ""), i.get("sentence", ""), i.get("key", ""), bool(i.get("background")))
         for i in s["items"]],
        list(s["article_ids"]), list(s.get("background_ids", [])), int(s.get("pending", 0)),
        int(s.get("expired", 0)), int(s.get("minor", 0)),
    ) for s in d["stories"]]
    created = datetime.fromisoformat(d["created"]) if d.get("created") else None
    w = d.get("window")
    window = Window(int(w["days"]), int(w["articles"]), int(w["skipped"]), datetime.fromisoformat(w["start"]),
                    int(w["through"])) if w else None
    return Digest(d["audience"], stories, created, list(d.get("article_ids", [])), window=window)


def messages_to_json(messages: list[Message]) -> str:
    """Rendered messages (payload and story ids) as JSON."""
    return json.dumps([{"payload": m.payload, "story_ids": list(m.story_ids)} for m in messages],
                      ensure_ascii=False)


def messages_from_json(data: str) -> list[Message]:
    """The inverse of :func:`messages_to_json`."""
    return [Message(m["payload"], tuple(m["story_ids"])) for m in json.loads(data)]
