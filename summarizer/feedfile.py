"""RSS and Atom documents given as files: each entry becomes an article, the feed's title its source.

Standard library XML only (the engine imports no network library). RSS 2.0, RSS 1.0 (RDF)
and Atom 1.0 are read; a document with entity declarations is refused (no expansion bombs).
Also here: the markup-to-text rules feeds need (also used by the bot's feed parser), so that
script/style contents never become text and a title that is only markup becomes no title.
"""
from __future__ import annotations

import html
import re
from typing import Callable, Iterator
from xml.etree import ElementTree

from summarizer.errors import EmptyInput, InputError
from summarizer.models import Article

ATOM = "{http://www.w3.org/2005/Atom}"
RSS1 = "{http://purl.org/rss/1.0/}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
DC_DATE = "{http://purl.org/dc/elements/1.1/}date"
FEED_SUFFIXES = {".rss", ".atom", ".rdf"}

_ROOT = re.compile(rb"^(?:\s*(?:<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^[>]*(?:\[.*?\])?\s*>))*\s*<(?:[\w.-]+:)?(rss|feed|RDF)\b",
                   re.S)
_BLOCK = re.compile(r"(?i)</?(p|div|br|li|h[1-6]|blockquote|tr|section|article)\b[^>]*>")
# Elements whose content is never text: code, styles, and markup declarations.
_HIDDEN = re.compile(r"(?is)<(script|style|noscript|template|iframe|object)\b.*?(</\1\s*>|\Z)"
                     r"|<!--.*?(-->|\Z)|<!\[CDATA\[|\]\]>|<![a-z][^>]*>|<\?[^>]*>")
_TAG = re.compile(r"</?[a-zA-Z][^>]*>|</?\s*>")

Builder = Callable[..., Article]  # summarizer.ingest.make_article


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: block tags become line breaks, entities decoded; script and
    style contents, comments, CDATA markers and declarations (``<!DOCTYPE``) dropped.

    Markup escaped once more inside a feed (``&lt;br /&gt;``) is removed after decoding too.
    """
    text = fragment or ""
    for _ in range(3):  # each pass undoes one level of escaping
        text = _TAG.sub("", _BLOCK.sub("\n", _HIDDEN.sub("", text)))
        decoded = html.unescape(text)
        if decoded == text:
            break
        text = decoded
    lines = [re.sub(r"[ \t\r\f\v]+", " ", ln).strip() for ln in text.split("\n")]
    return "\n".join(ln for ln in lines if ln)


def clean_title(raw: str) -> str:
    """A title as one line of text; empty when it was only markup (``<br />``, ``<!DOCTYPE …>``)."""
    text = " ".join(html_to_text(raw).split())
    return text[:300] if re.search(r"\w", text) else ""


def looks_like_feed(data: bytes) -> bool:
    """True when the document's root element is ``<rss>``, ``<feed>`` or ``<rdf:RDF>``."""
    return bool(_ROOT.match(data[:4096].lstrip(b"\xef\xbb\xbf")))


def _text(el: ElementTree.Element | None) -> str:
    return "".join(el.itertext()).strip() if el is not None else ""


def _first(el: ElementTree.Element, *tags: str) -> str:
    for tag in tags:
        value = _text(el.find(tag))
        if value:
            return value
    return ""


def _atom_link(entry: ElementTree.Element) -> str:
    links = entry.findall(ATOM + "link")
    best = next((ln for ln in links if ln.get("rel", "alternate") == "alternate"), links[0] if links else None)
    return (best.get("href") or "").strip() if best is not None else ""


def _entries(root: ElementTree.Element) -> tuple[str, list[tuple[str, str, str, str]]]:
    """(feed title, [(title, link, html body, date)]) of a parsed document."""
    local = root.tag.rsplit("}", 1)[-1]
    if local == "feed":
        return _text(root.find(ATOM + "title")), [
            (_text(e.find(ATOM + "title")), _atom_link(e), _first(e, ATOM + "content", ATOM + "summary"),
             _first(e, ATOM + "published", ATOM + "updated")) for e in root.findall(ATOM + "entry")]
    if local == "RDF":
        channel = root.find(RSS1 + "channel")
        return _text(channel.find(RSS1 + "title")) if channel is not None else "", [
            (_text(e.find(RSS1 + "title")), _text(e.find(RSS1 + "link")), _first(e, CONTENT, RSS1 + "description"),
             _text(e.find(DC_DATE))) for e in root.findall(RSS1 + "item")]
    channel = root.find("channel")
    if local != "rss" or channel is None:
        raise InputError("not an RSS or Atom document")
    return _text(channel.find("title")), [
        (_text(e.find("title")), _text(e.find("link")) or _text(e.find("guid")), _first(e, CONTENT, "description"),
         _first(e, "pubDate", DC_DATE)) for e in channel.findall("item")]


def read_feed_file(name: str, data: bytes, build: Builder) -> Iterator[Article | InputError]:
    """The entries of an RSS/Atom document as articles built with ``build`` (or one-line errors)."""
    if re.search(rb"<!ENTITY", data[:65536]):
        yield InputError(f"{name}: a feed with entity declarations is not read")
        return
    try:
        root = ElementTree.fromstring(data)
        title, entries = _entries(root)
    except ElementTree.ParseError as exc:
        line, column = getattr(exc, "position", (0, 0))
        yield InputError(f"{name}: an RSS/Atom file that is not well-formed XML (line {line}, column {column})")
        return
    except InputError as exc:
        yield InputError(f"{name}: {exc}")
        return
    source = clean_title(title)
    if not entries:
        yield EmptyInput(f"{name}: a feed without entries")
    for n, (raw_title, link, body, when) in enumerate(entries, 1):
        where = f"{name}#{n}"
        entry_title = clean_title(raw_title)
        text = html_to_text(body) or entry_title
        try:
            yield build(text, name=where, title=entry_title, source=source, url=link, published=when or None)
        except InputError as exc:
            yield type(exc)(str(exc) if str(exc).startswith(where) else f"{where}: {exc}")
        except Exception as exc:  # one bad entry never stops the rest
            yield InputError(f"{where}: unreadable entry ({type(exc).__name__})")
