"""Reading articles: plain-text files, HTML files, RSS/Atom files and JSON Lines.

Every reader returns :class:`~summarizer.models.Article` values with a stable id, a clean text, a
title, a source and a publication date when one can be found. Bad input raises a one-line
:class:`~summarizer.errors.InputError`; :func:`read_paths` logs it and goes on with the batch.
"""
from __future__ import annotations

import hashlib
import json
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterable, Iterator
from urllib.parse import urlparse

from summarizer.clean import clean_text
from summarizer.compat import fold_compat
from summarizer.dates import naive_utc, parse_when
from summarizer.datelines import strip_wire_tag
from summarizer.errors import BinaryInput, EmptyInput, InputError, TooLarge
from summarizer.language import check_language, readable
from summarizer.feedfile import FEED_SUFFIXES, clean_title, looks_like_feed, read_feed_file
from summarizer.models import Article
from summarizer.sniff import decode, looks_binary
from summarizer.storable import MAX_SOURCE_CHARS, MAX_TITLE_CHARS, MAX_URL_CHARS, UNSTORABLE, storable

log = logging.getLogger(__name__)

MAX_BYTES = 8 * 1024 * 1024  # a single article file; a JSON Lines file may be larger
MAX_ARTICLE_CHARS = 200_000  # text kept per article (a 5 MB "article" is cut, not fatal)
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}


@dataclass
class IngestReport:
    """What a batch read produced: articles, and one line per skipped input."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def one_line(text: str, limit: int = 160) -> str:
    """``text`` on one line, at most ``limit`` characters (for skip messages)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def article_id(text: str, url: str = "", given: str = "") -> str:
    """A stable id: the given id, else a hash of the URL, else of the normalised text.

    A given id longer than the store's id column (64) is hashed, so it still fits and stays stable.
    """
    if given:
        given = str(given)
        fits = len(given) <= 64 and not UNSTORABLE.search(given)
        return given if fits else hashlib.sha1(given.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    basis = url.strip() or re.sub(r"\s+", " ", text).strip().lower()
    return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]


_HOSTLIKE = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:[^/\s@]+@)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?::\d+)?(?:/\S*)?$", re.I)


def host_name(url: str) -> str:
    """The host of ``url`` without port, user-info or a leading ``www.``; ``""`` when none."""
    try:
        host = urlparse(url if "://" in url else "//" + url).hostname or ""
    except ValueError:
        return ""
    return host.lower().removeprefix("www.")


def outlet_name(source: str = "", url: str = "") -> str:
    """The outlet to cite: the given source name (a URL or ``host:port`` given as source becomes its
    host), else the host of the article's URL; never a file name, ``""`` when nothing is known."""
    name = " ".join((source or "").split())[:80]
    m = _HOSTLIKE.match(name)
    if m and ("." in name and " " not in name):
        return host_name(name)
    return name or host_name(url)


def make_article(
    text: str,
    *,
    name: str,
    title: str = "",
    source: str = "",
    url: str = "",
    published: datetime | str | None = None,
    given_id: str = "",
) -> Article:
    """Clean ``text`` and build an Article; raise EmptyInput if nothing readable is left."""
    text = text[: MAX_ARTICLE_CHARS * 4]  # a no-op (no copy) for ordinary texts
    cleaned = clean_text(text)
    body = storable(cleaned.text, MAX_ARTICLE_CHARS, flat=False)
    if not readable(body):
        if readable(text):  # cleaning left nothing: a language it cannot read is named, not hidden
            check_language(text, name)
        raise EmptyInput(f"{name}: {'empty text' if not text.strip() else 'no readable sentences'}")
    check_language(body, name)  # an unsupported language is skipped with a line that names it
    when: datetime | None = None
    if isinstance(published, datetime):
        try:
            when = naive_utc(published)
        except (ValueError, OverflowError):
            when = None  # an impossible offset: the date is unknown, the article is kept
    else:
        when = parse_when(published or "")
    when = when or cleaned.published
    lines = body.split("\n")
    title = fold_compat(clean_title(title) if re.search(r"[<&]", title) else title)  # markup is no headline (`<br />`)
    title = strip_wire_tag(title)  # "(LEAD) X", "UPDATE 2-X": how the copy was filed, no part of the headline
    if not title:
        # The first line that reads like a headline (not a breadcrumb such as "ConflictsNorth Korea").
        title = next((ln for ln in lines[:6] if len(ln.split()) >= 4), lines[0])
    url = storable(url, MAX_URL_CHARS)
    return Article(
        id=article_id(body, url, given_id),
        title=storable(title, MAX_TITLE_CHARS),  # a given title is capped too
        text=body,
        source=storable(outlet_name(storable(source, MAX_SOURCE_CHARS), url), MAX_SOURCE_CHARS),
        url=url,
        published=when,
        origin=storable(name, MAX_URL_CHARS),
    )


def read_text_file(path: Path, data: bytes) -> Article:
    """A plain-text article (seed format: optional ``date`` marker and ``Published`` line)."""
    return make_article(decode(data, path.name), name=path.name)


def read_html_file(path: Path, data: bytes) -> Article:
    """An HTML page: main text and metadata extracted with trafilatura."""
    from summarizer.extract import extract_html

    page = extract_html(decode(data, path.name))
    if page is None or not page.text.strip():
        raise EmptyInput(f"{path.name}: no article text found in the HTML")
    return make_article(page.text, name=path.name, title=page.title, source=page.sitename, url=page.url,
                        published=page.date)


def jsonl_record(line: str, where: str) -> Article | InputError:
    """One JSON Lines record as an Article, or the error that says why it is skipped."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(f"{where}: not JSON ({exc.msg})")
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        return InputError(f"{where}: a record needs a \"text\" string")
    try:
        return make_article(
            obj["text"],
            name=str(obj.get("id") or where),
            title=str(obj.get("title") or ""),
            source=str(obj.get("source") or ""),
            url=str(obj.get("url") or ""),
            published=str(obj.get("published") or obj.get("date") or "") or None,
            given_id=str(obj.get("id") or ""),
        )
    except InputError as exc:
        msg = " ".join(str(exc).split())  # one line (a record's id may hold a newline); its name said once
        return type(exc)(msg if msg.startswith(where) else f"{where}: {msg}")
    except Exception as exc:  # one bad record never stops the rest: skipped with one line
        log.debug("record %s failed", where, exc_info=True)
        return InputError(f"{where}: unreadable record ({type(exc).__name__}: {one_line(str(exc))})")


def iter_jsonl(path: Path) -> Iterator[Article | InputError]:
    """Articles of a JSON Lines file, streamed line by line (only ``text`` is required).

    A bad line (not JSON, no text, over the per-record cap, not UTF-8) is yielded as an
    error and the rest of the file is still read; the file's size is not limited.
    """
    with path.open("rb") as fh:
        head = fh.read(4096)
        if looks_binary(head):
            yield BinaryInput(f"{path.name}: binary data, not JSON Lines")
            return
        fh.seek(0)
        number = 0
        any_line = False
        while True:
            raw = fh.readline(MAX_BYTES + 1)
            if not raw:
                break
            number += 1
            where = f"{path.name}:{number}"
            if len(raw) > MAX_BYTES and not raw.endswith(b"\n"):
                fh.readline()  # skip the rest of the oversized record
                yield TooLarge(f"{where}: record over the {MAX_BYTES // 1024 // 1024} MB cap")
                continue
            if not raw.strip():
                continue
            any_line = True
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError:  # a legacy-encoded record: read it rather than lose it
                line = raw.decode("cp1252", errors="replace")
            yield jsonl_record(line, where)
        if not any_line:
            yield EmptyInput(f"{path.name}: empty input")


def read_path(path: Path) -> Iterator[Article | InputError]:
    """Articles (or errors) from one file."""
    name = path.name
    try:
        if not path.exists():
            yield InputError(f"{path}: no such file or directory")
            return
        if not path.is_file():  # a device or pipe (/dev/zero, a FIFO) could block or never end
            yield InputError(f"{path}: not a regular file")
            return
        size = path.stat().st_size
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            yield from iter_jsonl(path)
            return
        if size > MAX_BYTES:
            yield TooLarge(f"{name}: {size // 1024 // 1024} MB is over the {MAX_BYTES // 1024 // 1024} MB cap")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(f"{path}: cannot read ({exc.strerror or exc})")
        return
    try:
        if suffix in FEED_SUFFIXES or looks_like_feed(data):
            yield from read_feed_file(name, data, make_article)
        elif suffix in HTML_SUFFIXES or data.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html")):
            yield read_html_file(path, data)
        else:
            yield read_text_file(path, data)
    except InputError as exc:
        yield exc
    except Exception as exc:  # one bad file never stops the rest: skipped with one line
        log.debug("file %s failed", path, exc_info=True)
        yield InputError(f"{name}: unreadable ({type(exc).__name__}: {one_line(str(exc))})")


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files named by ``paths`` (directories expand to their files, sorted by name)."""
    out: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            out.extend(sorted(q for q in path.iterdir() if q.is_file() and not q.name.startswith(".")))
        else:
            out.append(path)
    return out


def read_paths(paths: Iterable[str | Path], on_skip: Callable[[InputError], None] | None = None) -> IngestReport:
    """Read every article under ``paths``; unreadable inputs become one-line skips.

    Each skip is logged, or passed to ``on_skip`` (the CLI prints it) when given.
    """
    report = IngestReport()
    for path in expand(paths):
        for result in read_path(path):
            if isinstance(result, InputError):
                if on_skip is None:
                    log.warning("skipped %s", result)
                else:
                    on_skip(result)
                report.skipped.append(str(result))
            else:
                report.articles.append(result)
    return report
