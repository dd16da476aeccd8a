"""Digest -> Discord message payloads (pure; no network, no discord.py objects).

Each payload is the JSON body Discord's create-message and webhook (follow-up) endpoints
take: ``content``, ``embeds`` and ``allowed_mentions`` (always ``{"parse": []}``: a digest
never pings anyone). One embed per story; a story too long for one embed continues in the
next, and embeds are packed into messages within Discord's limits, so no item is ever lost.
The compact form uses plain ``content`` lines instead of embeds.

Discord counts an embed's size as title + description + field names and values + footer
text + author name; all embeds of one message together may hold 6,000 characters.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from bot.core.chat import Message
from bot.render.discord_markdown import cut, escape_lines, escape_text, safe_url, split_words
from summarizer.models import Digest, Item, Kind, SourceRef, StoryDigest

CONTENT_LIMIT = 2000
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FOOTER_LIMIT = 2048
EMBEDS_PER_MESSAGE = 10
EMBEDS_TOTAL_LIMIT = 6000

STORY_NOTHING_NEW = "_Nothing new: the latest articles repeat what you already know._"
CONTINUED = " (continued)"
MAX_SOURCES = 5
SOURCE_NAME_LIMIT = 80

COLOURS = {Kind.NEW: 0x2ECC71, Kind.UPDATED: 0x3498DB, Kind.CONFLICT: 0xE67E22}
QUIET_COLOUR = 0x95A5A6


def allowed_mentions() -> dict[str, list[str]]:
    """The allowed_mentions object that stops every ping."""
    return {"parse": []}


def embed_length(embed: dict[str, Any]) -> int:
    """An embed's size as Discord counts it toward the 6,000-character message total."""
    total = len(embed.get("title") or "") + len(embed.get("description") or "")
    for field in embed.get("fields") or ():
        total += len(field.get("name") or "") + len(field.get("value") or "")
    total += len((embed.get("footer") or {}).get("text") or "")
    total += len((embed.get("author") or {}).get("name") or "")
    return total


@dataclass(frozen=True)
class DiscordRenderer:
    """Renders digests as Discord embeds (default) or compact text messages."""

    compact: bool = False
    header: bool = True
    content_limit: int = CONTENT_LIMIT
    description_limit: int = DESCRIPTION_LIMIT
    embeds_per_message: int = EMBEDS_PER_MESSAGE
    embeds_total_limit: int = EMBEDS_TOTAL_LIMIT

    def render(self, digest: Digest) -> list[Message]:
        """The messages that show ``digest``, each within Discord's limits."""
        if not digest.stories:
            return [Message(_payload(cut(_summary(digest), CONTENT_LIMIT), []), ())]
        if self.compact:
            return self._render_compact(digest)
        return self._render_embeds(digest)

    # -- embeds -----------------------------------------------------------------------------

    def _render_embeds(self, digest: Digest) -> list[Message]:
        embeds: list[tuple[str, dict[str, Any]]] = []
        for story in digest.stories:
            embeds.extend((story.story_id, e) for e in self.story_embeds(story))
        if embeds:
            _, last = embeds[-1]
            last["footer"] = {"text": cut(_summary(digest), FOOTER_LIMIT)}
        header = _summary(digest) if self.header else ""
        messages: list[Message] = []
        batch: list[tuple[str, dict[str, Any]]] = []
        size = 0
        for story_id, embed in embeds:
            n = embed_length(embed)
            if batch and (len(batch) >= self.embeds_per_message or size + n > self.embeds_total_limit):
                messages.append(self._embed_message(batch, header if not messages else ""))
                batch, size = [], 0
            batch.append((story_id, embed))
            size += n
        if batch:
            messages.append(self._embed_message(batch, header if not messages else ""))
        return messages

    @staticmethod
    def _embed_message(batch: list[tuple[str, dict[str, Any]]], content: str) -> Message:
        story_ids = tuple(dict.fromkeys(story_id for story_id, _ in batch))
        return Message(_payload(cut(content, CONTENT_LIMIT), [e for _, e in batch]), story_ids)

    def story_embeds(self, story: StoryDigest) -> list[dict[str, Any]]:
        """One story as one embed, or several when its items exceed one description."""
        title = cut(escape_text(story.title) or "Untitled story", TITLE_LIMIT)
        if story.nothing_new:
            return [{"title": title, "description": STORY_NOTHING_NEW, "color": QUIET_COLOUR}]
        lines: list[str] = []
        for item in story.items:
            lines.extend(item_lines(item, self.description_limit, link_style="masked"))
        if story.pending_note:
            lines.append(f"*{story.pending_note}*")
        chunks = _pack_lines(lines, self.description_limit)
        colour = COLOURS.get(story.items[0].kind, QUIET_COLOUR)
        more = cut(escape_text(story.title) or "Untitled story", TITLE_LIMIT - len(CONTINUED)) + CONTINUED
        return [
            {"title": title if i == 0 else more, "description": chunk, "color": colour}
            for i, chunk in enumerate(chunks)
        ]

    # -- compact text ----------------------------------------------------------------------

    def _render_compact(self, digest: Digest) -> list[Message]:
        blocks: list[tuple[str, list[str]]] = []
        for story in digest.stories:
            title = "**" + cut(escape_text(story.title) or "Untitled story", TITLE_LIMIT) + "**"
            lines = [title]
            if story.nothing_new:
                lines.append(STORY_NOTHING_NEW)
            for item in story.items:
                lines.extend("- " + line for line in item_lines(item, self.content_limit - 2, link_style="bare"))
            if story.pending_note:
                lines.append(f"*{story.pending_note}*")
            blocks.append((story.story_id, lines))
        messages: list[Message] = []
        text: list[str] = [_summary(digest)] if self.header else []
        ids: list[str] = []
        for story_id, lines in blocks:
            for line in lines:
                if text and len("\n".join([*text, line])) > self.content_limit:
                    messages.append(Message(_payload("\n".join(text), []), tuple(ids)))
                    text, ids = [], []
                text.append(line)
                if story_id not in ids:
                    ids.append(story_id)
        if text:
            messages.append(Message(_payload("\n".join(text), []), tuple(ids)))
        return messages


def item_lines(item: Item, limit: int, link_style: str = "masked") -> list[str]:
    """One item as ``**kind** text (earlier: x) — sources``; several lines if over ``limit``."""
    text = escape_text(item.text) or "(no text)"
    if item.earlier:
        label = "earlier" if item.kind is Kind.UPDATED else "other reports"
        text += f" ({label}: {escape_text(item.earlier)})"
    sources = source_links(item.sources, link_style)
    head = f"**{item.kind.value}** " + ("*(older background)* " if item.background else "")
    line = head + text + (" — " + ", ".join(sources) if sources else "")
    if len(line) <= limit:
        return [line]
    # Too long for one description: continue the item over several lines (never drop text).
    cont = "… "
    pieces = split_words(text, limit - max(len(head), len(cont)) - 1)
    out = [(head if i == 0 else cont) + piece for i, piece in enumerate(pieces)]
    tail = ""
    for part in sources:
        candidate = f"{tail}, {part}" if tail else f"— {part}"
        if len(candidate) > limit and tail:
            out.append(tail)
            candidate = f"— {part}"
        tail = candidate
    if tail:
        if len(out[-1]) + 1 + len(tail) <= limit:
            out[-1] += " " + tail
        else:
            out.append(tail)
    return out


def source_links(sources: Iterable[SourceRef], link_style: str = "masked") -> list[str]:
    """Sources as ``[name](url)`` masked links (``[name](<url>)`` when bare); unsafe URLs unlinked."""
    parts: list[str] = []
    sources = [s for s in sources if s.name or s.url]  # an outlet with no name and no link says nothing
    for src in sources[:MAX_SOURCES]:
        name = cut(escape_text(src.name) or "source", SOURCE_NAME_LIMIT)
        url = safe_url(src.url)
        if url and link_style == "masked":
            parts.append(f"[{name}]({url})")
        elif url:
            parts.append(f"[{name}](<{url}>)")
        else:
            parts.append(name)
    if len(sources) > MAX_SOURCES:
        parts.append(f"+{len(sources) - MAX_SOURCES} more")
    return parts


def _pack_lines(lines: list[str], limit: int) -> list[str]:
    chunks: list[str] = []
    current = ""
    for line in lines:
        if current and len(current) + 1 + len(line) > limit:
            chunks.append(current)
            current = ""
        current = f"{current}\n{line}" if current else line
    if current or not chunks:
        chunks.append(current)
    return chunks


def _summary(digest: Digest) -> str:
    """``What is new: 3 items in 2 stories``, and the note of a bounded backlog (older articles skipped)."""
    n_items = len(digest.items)
    n_stories = sum(1 for s in digest.stories if not s.nothing_new)
    note = f" {digest.window.note}" if digest.window is not None else ""
    if not n_items:
        return digest.nothing_note + note
    head = f"What is new: {n_items} item{'s' * (n_items != 1)} in {n_stories} stor{'ies' if n_stories != 1 else 'y'}"
    return f"{head}.{note}" if note else head


def _payload(content: str, embeds: list[dict[str, Any]]) -> dict[str, Any]:
    payload: dict[str, Any] = {"allowed_mentions": allowed_mentions()}
    if content:
        payload["content"] = content
    if embeds:
        payload["embeds"] = embeds
    return payload


def notice_payload(text: str, limit: int = CONTENT_LIMIT) -> dict[str, Any]:
    """A plain-text message (feed notices, command replies): escaped, cut to ``limit``, pings no one."""
    content = cut(escape_lines(text), limit) or "\u200b"
    return _payload(content, [])


def render_discord_payloads(digest: Digest, *, compact: bool = False) -> list[dict[str, Any]]:
    """The JSON bodies that would be posted for ``digest`` (for ``digestbot dry-run --format discord``)."""
    return [m.payload for m in DiscordRenderer(compact=compact).render(digest)]
