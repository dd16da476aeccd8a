"""The stored story title follows the engine's regenerated header (a restart shows the same header)."""
from __future__ import annotations

from datetime import datetime

from bot.db.store import Store
from summarizer.ingest import make_article


def test_a_story_title_is_kept_current(store: Store) -> None:
    first = make_article("Photo: AP\nRescue crews evacuated 340 patients from the Lowmere county hospital by boat.",
                         name="a", published=datetime(2025, 3, 2))
    second = make_article("Lowmere dam fails, flooding 1,200 homes\nThe river authority said 1,200 homes were "
                          "flooded after the Lowmere dam failed.", name="b", published=datetime(2025, 3, 3))
    store.add_articles([(first, "s1", "Photo: AP")])
    assert store.story_titles() == {"s1": "Photo: AP"}
    store.add_articles([(second, "s1", "Lowmere dam fails, flooding 1,200 homes")])
    assert store.story_titles() == {"s1": "Lowmere dam fails, flooding 1,200 homes"}
