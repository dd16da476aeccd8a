"""Storage and outbox consistency checks (``digestbot status`` and the crash tests use them)."""
from __future__ import annotations

import json

from sqlalchemy import select, text

from bot.core.codec import digest_from_json
from bot.db.schema import OUTBOX_STATES, OutboxRow, SeenRow
from bot.db.store import Store, chunks


def integrity_problems(store: Store) -> list[str]:
    """Storage and outbox consistency problems (empty list when all is well)."""
    problems: list[str] = []
    with store.session() as s:
        if store.engine.dialect.name == "sqlite":
            result = s.execute(text("PRAGMA integrity_check")).scalar()
            if result != "ok":
                problems.append(f"sqlite integrity_check: {result}")
        for r in s.scalars(select(OutboxRow)):
            total = len(json.loads(r.messages))
            if r.state not in OUTBOX_STATES:
                problems.append(f"outbox {r.id}: unknown state {r.state!r}")
            if not 0 <= r.sent <= total:
                problems.append(f"outbox {r.id}: sent {r.sent} of {total} messages")
            if r.state == "delivered":
                if r.sent != total or r.delivered_at is None:
                    problems.append(f"outbox {r.id}: delivered but sent {r.sent}/{total}")
                if r.kind == "digest" and r.digest:
                    ids = sorted(set(digest_from_json(r.digest).article_ids))
                    seen = {i for part in chunks(ids) for i in s.scalars(select(SeenRow.article_id).where(
                        SeenRow.tenant == r.tenant, SeenRow.audience == r.channel, SeenRow.article_id.in_(part)))}
                    missing = set(ids) - seen
                    if missing:
                        problems.append(f"outbox {r.id}: delivered but {len(missing)} article(s) not marked seen")
            elif r.delivered_at is not None:
                problems.append(f"outbox {r.id}: {r.state} with a delivery time")
    return problems
