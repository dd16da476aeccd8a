"""Plain-text and JSON renderings of a digest (the dry-run and the replay contract)."""
from __future__ import annotations

import json
from typing import Any

from summarizer.models import Digest, Item


def item_line(item: Item, with_sources: bool = True) -> str:
    """``new: <text> (Source A, Source B)``; ``updated: <text> (earlier: x) (Source)``."""
    kind = item.kind.value + (" (older background)" if item.background else "")
    line = f"{kind}: {item.full_text}"
    names = list(dict.fromkeys(s.name for s in item.sources if s.name))
    if with_sources and names:
        line += " (" + ", ".join(names) + ")"
    return line


def render_text(digest: Digest, heading: str = "") -> str:
    """The digest as plain text: one block per story, one line per item."""
    out: list[str] = []
    if heading:
        out.append(heading)
    if digest.window is not None:
        out.append(digest.window.note)
    if not digest.stories:
        out.append(f"nothing of note ({digest.minor_left} minor items not shown)" if digest.minor_left else "nothing new")
    for story in digest.stories:
        tag = " [includes older background]" if story.background_ids else ""
        out.append(f"# {story.title}{tag}")
        if story.nothing_new:
            n = len(story.article_ids)
            out.append(f"  nothing new ({n} article{'s' if n != 1 else ''}, nothing not already known)")
        for item in story.items:
            out.append("  " + item_line(item))
        if story.pending_note:
            out.append("  " + story.pending_note)
    return "\n".join(out)


def replay_record(label_key: str, label: str, digest: Digest, sentences: bool = False) -> dict[str, Any]:
    """One replay step: ``{"article"|"batch": label, "items": [{"kind", "text", "sources", "story"}]}``; with
    ``sentences`` each item also carries the full source ``sentence`` its line was condensed from (for reading a
    line against its source; the benchmarks' contract leaves it out)."""
    items: list[dict[str, Any]] = []
    for s in digest.stories:
        for i in s.items:
            # The benchmarks' contract: an outlet name, else the article's record id.
            item = {"kind": i.kind.value, "text": i.full_text, "sources": [src.name or src.origin for src in i.sources],
                    "story": s.story_id}
            if sentences:
                item["sentence"] = i.sentence
            items.append(item)
    return {label_key: label, "items": items}


def render_json(digest: Digest) -> str:
    """The whole digest as one JSON document."""
    return json.dumps(digest.to_dict(), ensure_ascii=False)
