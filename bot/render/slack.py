"""Slack Block Kit renderer: a :class:`~summarizer.models.Digest` → Slack messages (pure).

Each message is ``{"text": <plain fallback>, "blocks": [header, section..., context]}``:

* a header (≤ 150 chars), with ``(i/n)`` when the digest needs several messages;
* one section per story (more when a story is longer than a section's 3,000 chars): the
  story title, then one line per item ``• *new*|*updated*|*conflict* text — <url|source>``;
  a story without items says so explicitly, and so does an empty digest;
* a context footer with the counts.

Limits respected: 50 blocks per message, 3,000 chars per section, 150 per header, 10 context
elements, and a budget of 11,000 characters of block text per message (Slack can refuse
~13k with ``msg_blocks_too_long``). Every block is built with ``slack_sdk.models.blocks``,
whose ``to_dict()`` validates the documented limits. All article text goes through
:mod:`bot.render.slack_text`, so it cannot mention, link or format anything.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Sequence

from slack_sdk.models.blocks import (
    Block,
    ContextBlock,
    HeaderBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)

from bot.core.chat import Message
from bot.render.slack_text import clean_text, clip, escape_clipped, escape_plain, has_formatting, link
from summarizer.models import NOTHING_NEW, Digest, Item, Kind, SourceRef, StoryDigest

DEFAULT_TITLE = "What's new"
HEADER_MAX = 150
SECTION_MAX = 3000
BLOCKS_MAX = 50
CONTEXT_ELEMENTS_MAX = 10
MESSAGE_TEXT_BUDGET = 11_000
FOOTER_RESERVE = 500
SECTIONS_PER_MESSAGE = BLOCKS_MAX - 2  # header + footer
SECTION_BUDGET = MESSAGE_TEXT_BUDGET - HEADER_MAX - FOOTER_RESERVE
ITEM_TEXT_MAX = 600
EARLIER_MAX = 200
TITLE_MAX = 200
SOURCES_PER_ITEM = 3
FALLBACK_MAX = 1000

NOTHING_NEW_DIGEST = NOTHING_NEW
NOTHING_NEW_STORY = "_Nothing new: only repeats of what you already know._"
KIND_LABEL = {Kind.NEW: "new", Kind.UPDATED: "updated", Kind.CONFLICT: "conflict"}
EARLIER_LABEL = {Kind.UPDATED: "earlier", Kind.CONFLICT: "other reports", Kind.NEW: "earlier"}


@dataclass(frozen=True)
class _Chunk:
    """One section's text and the story it belongs to."""

    story_id: str
    text: str


def _sources(refs: Sequence[SourceRef], *, links: bool) -> str:
    """``<url|name>, <url|name> +2 more`` for an item's sources (deduplicated)."""
    seen: set[tuple[str, str]] = set()
    unique: list[SourceRef] = []
    for ref in refs:
        key = (ref.name, ref.url)
        if key not in seen and (ref.name or ref.url):  # an outlet with no name and no link says nothing
            seen.add(key)
            unique.append(ref)
    shown = [link(r.url if links else "", r.name or "source") for r in unique[:SOURCES_PER_ITEM]]
    more = len(unique) - len(shown)
    return ", ".join(shown) + (f" +{more} more" if more > 0 else "")


def render_item(item: Item, *, links: bool = True) -> str:
    """One digest line in mrkdwn: ``• *new* text (earlier: …) — <url|source>``."""
    older = " _(older background)_" if item.background else ""
    line = f"• *{KIND_LABEL.get(item.kind, str(item.kind))}*{older} {escape_clipped(item.text, ITEM_TEXT_MAX)}"
    if item.earlier:
        note = f"({EARLIER_LABEL.get(item.kind, 'earlier')}: {escape_clipped(item.earlier, EARLIER_MAX)})"
        line += f" {note}" if has_formatting(item.earlier) else f" _{note}_"
    sources = _sources(item.sources, links=links)
    return f"{line} — {sources}" if sources else line


def _story_title(story: StoryDigest, continued: bool) -> str:
    """The bold title line of a story section."""
    title = escape_clipped(story.title, TITLE_MAX) or "Untitled story"
    note = " _(continued)_" if continued else (" _(with older background)_" if story.background_ids else "")
    return f"{title}{note}" if has_formatting(story.title) else f"*{title}*{note}"


def _story_chunks(story: StoryDigest) -> list[_Chunk]:
    """A story as one or more section texts, each at most ``SECTION_MAX`` characters."""
    if story.nothing_new:
        return [_Chunk(story.story_id, f"{_story_title(story, False)}\n{NOTHING_NEW_STORY}")]
    chunks: list[_Chunk] = []
    text = _story_title(story, False)
    for item in story.items:
        line = render_item(item)
        if len(_story_title(story, True)) + 1 + len(line) > SECTION_MAX:
            line = render_item(item, links=False)  # long URLs: keep the names, drop the links
        if len(text) + 1 + len(line) > SECTION_MAX:
            chunks.append(_Chunk(story.story_id, text))
            text = _story_title(story, True)
        text += "\n" + line
    if story.pending_note:
        note = f"_{story.pending_note}_"
        if len(text) + 1 + len(note) > SECTION_MAX:
            chunks.append(_Chunk(story.story_id, text))
            text = _story_title(story, True)
        text += "\n" + note
    chunks.append(_Chunk(story.story_id, text))
    return chunks


def _paginate(stories: Iterable[StoryDigest]) -> list[list[_Chunk]]:
    """Pack story sections into pages within the block and character budgets.

    A story starts on a fresh page when it would not fit the current one but fits an empty one,
    so a story is split over messages only when it is longer than a whole message.
    """
    pages: list[list[_Chunk]] = []
    page: list[_Chunk] = []
    used = 0

    def fits(n_sections: int, chars: int) -> bool:
        return len(page) + n_sections <= SECTIONS_PER_MESSAGE and used + chars <= SECTION_BUDGET

    for story in stories:
        chunks = _story_chunks(story)
        total = sum(len(c.text) for c in chunks)
        if page and not fits(len(chunks), total) and len(chunks) <= SECTIONS_PER_MESSAGE and total <= SECTION_BUDGET:
            pages.append(page)
            page, used = [], 0
        for chunk in chunks:
            if page and not fits(1, len(chunk.text)):
                pages.append(page)
                page, used = [], 0
            page.append(chunk)
            used += len(chunk.text)
    if page:
        pages.append(page)
    return pages


def _ordered_ids(chunks: Iterable[_Chunk]) -> list[str]:
    """The distinct story ids of ``chunks`` in order."""
    out: list[str] = []
    for c in chunks:
        if c.story_id not in out:
            out.append(c.story_id)
    return out


def _summary(digest: Digest) -> str:
    """``3 new · 1 updated · 2 stories`` for the footer and the fallback text."""
    counts = {kind: 0 for kind in Kind}
    for item in digest.items:
        counts[item.kind] = counts.get(item.kind, 0) + 1
    parts = [f"{counts[Kind.NEW]} new", f"{counts[Kind.UPDATED]} updated"]
    if counts[Kind.CONFLICT]:
        parts.append(f"{counts[Kind.CONFLICT]} conflicting")
    n = len(digest.stories)
    parts.append(f"{n} {'story' if n == 1 else 'stories'}")
    return " · ".join(parts)


def _fallback(title: str, digest: Digest, stories: Sequence[StoryDigest]) -> str:
    """The plain ``text`` of a message: notifications and clients without blocks show it."""
    title = escape_plain(title)
    if digest.empty and not digest.stories:
        return f"{title}: {digest.nothing_note}"
    names = "; ".join(s.title for s in stories if s.title)
    head = f"{title}: {_summary(digest)}"
    return clip(head + (f". {escape_plain(names)}" if names else ""), FALLBACK_MAX)


def _message(
    title: str, sections: Sequence[str], footer: Sequence[str], fallback: str, story_ids: Sequence[str]
) -> Message:
    """Build (and thereby validate) one message's blocks."""
    blocks: list[Block] = [HeaderBlock(text=PlainTextObject(text=clip(title, HEADER_MAX), emoji=True))]
    blocks += [SectionBlock(text=MarkdownTextObject(text=s, verbatim=True)) for s in sections]
    elements = [MarkdownTextObject(text=f, verbatim=True) for f in footer[:CONTEXT_ELEMENTS_MAX]]
    blocks.append(ContextBlock(elements=elements))
    payload: dict[str, Any] = {"text": fallback, "blocks": [b.to_dict() for b in blocks]}
    check_payload(payload)
    return Message(payload=payload, story_ids=tuple(story_ids))


def render_messages(digest: Digest, *, title: str = DEFAULT_TITLE, max_messages: int | None = None) -> list[Message]:
    """The Slack messages that show ``digest``; with ``max_messages``, stories that do not fit are left out.

    A left-out story is in no message's ``story_ids`` (so it is not marked delivered and comes
    again next time); a story that would be cut in half by the limit is left out entirely.
    """
    title = clip(clean_text(title), HEADER_MAX - 8)  # a user's query is in it: no bidi/zero-width either
    window = [f"_{digest.window.note}_"] if digest.window is not None else []  # older articles skipped: said
    if not digest.stories:
        return [_message(title, [digest.nothing_note], ["digestbot", *window], _fallback(title, digest, []), [])]
    pages = _paginate(digest.stories)
    hidden: set[str] = set()
    if max_messages is not None and len(pages) > max(1, max_messages):
        kept, rest = pages[: max(1, max_messages)], pages[max(1, max_messages):]
        hidden = set(_ordered_ids(c for p in rest for c in p))
        kept = [[c for c in p if c.story_id not in hidden] for p in kept]
        pages = kept
    by_id = {s.story_id: s for s in digest.stories}
    summary = _summary(digest)
    messages: list[Message] = []
    for i, page in enumerate(pages, start=1):
        head = title if len(pages) == 1 else f"{title} ({i}/{len(pages)})"
        footer = [f"digestbot · {summary}", *window]
        if i == len(pages) and hidden:
            n = len(hidden)
            footer.append(f"_{n} more {'story' if n == 1 else 'stories'} not shown here; ask again for the rest._")
        sections = [c.text for c in page] or ["_The rest did not fit in this reply._"]
        ids = _ordered_ids(page)
        stories = [by_id[s] for s in ids if s in by_id]
        messages.append(_message(head, sections, footer, _fallback(head, digest, stories), ids))
    return messages


def render_slack_payloads(digest: Digest, *, title: str = DEFAULT_TITLE) -> list[dict[str, Any]]:
    """The ``chat.postMessage`` payloads (without ``channel``) for ``digest``; for ``dry-run --format slack``."""
    return [m.payload for m in render_messages(digest, title=title)]


def blocks_text_length(blocks: Sequence[dict[str, Any]]) -> int:
    """Total characters of text in ``blocks`` (what Slack counts for ``msg_blocks_too_long``)."""

    def walk(node: Any) -> int:
        if isinstance(node, dict):
            own = len(node["text"]) if isinstance(node.get("text"), str) else 0
            return own + sum(walk(v) for k, v in node.items() if k != "text" or not isinstance(v, str))
        if isinstance(node, list):
            return sum(walk(v) for v in node)
        return 0

    return walk(list(blocks))


def check_payload(payload: dict[str, Any]) -> None:
    """Raise ``ValueError`` unless ``payload`` is within Slack's message limits (blocks re-parsed and validated)."""
    blocks = payload.get("blocks") or []
    if not payload.get("text"):
        raise ValueError("a Slack message needs a plain-text fallback")
    if len(blocks) > BLOCKS_MAX:
        raise ValueError(f"{len(blocks)} blocks > {BLOCKS_MAX}")
    if blocks_text_length(blocks) > MESSAGE_TEXT_BUDGET:
        raise ValueError("blocks text too long")
    for raw in blocks:
        block = Block.parse(raw)
        if block is None:
            raise ValueError(f"unknown block {raw!r}")
        block.validate_json()
        block.to_dict()  # validates nested text objects too
