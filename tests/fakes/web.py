"""A local web server (127.0.0.1, port 0) serving feeds and article pages for the feed tests."""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from xml.sax.saxutils import escape

from fakes.server import QuietHandler, ThreadedServer


@dataclass
class Route:
    """What one path serves."""

    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    location: str | None = None  # redirect target
    hang: bool = False  # accept the connection, never answer
    stream_bytes: int = 0  # send this many bytes of junk, chunk by chunk
    declare_length: bool = True
    trickle: bool = False  # send one byte every 0.1 s until the server stops (a slow-loris answer)
    delay: float = 0.0  # wait this long before answering


@dataclass
class Hit:
    path: str
    headers: dict[str, str] = field(default_factory=dict)


class FakeWeb(ThreadedServer):
    """Routes are plain attributes: change them between polls."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[Hit] = []
        self.active = 0  # requests being answered now
        self.most_active = 0  # the most answered at once
        self._count = threading.Lock()
        web = self

        class Handler(QuietHandler):
            def do_GET(self) -> None:  # noqa: N802
                with web._count:
                    web.active += 1
                    web.most_active = max(web.most_active, web.active)
                try:
                    self._answer()
                finally:
                    with web._count:
                        web.active -= 1

            def _answer(self) -> None:
                web.hits.append(Hit(self.path, {k.lower(): v for k, v in self.headers.items()}))
                route = web.routes.get(self.path)
                if route is None:
                    self.send_body(404, b"not found", "text/plain")
                    return
                if route.hang:
                    web.stop.wait(10)
                    return
                if route.delay:
                    web.stop.wait(route.delay)
                if route.trickle:
                    self._trickle(route)
                    return
                if route.location:
                    self.send_response(route.status if route.status in (301, 302, 303, 307, 308) else 302)
                    self.send_header("Location", route.location)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if route.stream_bytes:
                    self.send_response(200)
                    self.send_header("Content-Type", route.content_type)
                    if route.declare_length:
                        self.send_header("Content-Length", str(route.stream_bytes))
                    else:
                        self.send_header("Connection", "close")
                    self.end_headers()
                    chunk = b"<p>" + b"x" * 65530 + b"</p>\n"
                    sent = 0
                    try:
                        while sent < route.stream_bytes:
                            self.wfile.write(chunk)
                            sent += len(chunk)
                    except (BrokenPipeError, ConnectionResetError):
                        pass
                    self.close_connection = True
                    return
                inm = self.headers.get("If-None-Match")
                if route.etag and inm == route.etag:
                    self.send_response(304)
                    self.send_header("ETag", route.etag)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                extra = {}
                if route.etag:
                    extra["ETag"] = route.etag
                if route.last_modified:
                    extra["Last-Modified"] = route.last_modified
                self.send_body(route.status, route.body, route.content_type, extra)

            def _trickle(self, route: Route) -> None:
                self.send_response(200)
                self.send_header("Content-Type", route.content_type)
                self.send_header("Content-Length", "100000")
                self.end_headers()
                try:
                    self.wfile.write(b'<?xml version="1.0"?><rss version="2.0"><channel>')
                    while not web.stop.wait(0.1):
                        self.wfile.write(b" ")
                        self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    pass
                self.close_connection = True

        super().__init__(Handler)

    def url(self, path: str) -> str:
        """Absolute URL of ``path``."""
        return self.base + path

    def hits_for(self, path: str) -> list[Hit]:
        """Requests made for ``path``."""
        return [h for h in self.hits if h.path == path]


# -- documents ---------------------------------------------------------------------------------
def http_date(ts: float | None = None) -> str:
    """An RFC 1123 date."""
    return formatdate(ts if ts is not None else time.time(), usegmt=True)


def rss(items: list[dict], title: str = "Riverton Gazette") -> bytes:
    """A real RSS 2.0 document; item keys: title, link, guid, description, pubDate."""
    parts = []
    for it in items:
        parts.append(
            "<item>"
            f"<title>{escape(it['title'])}</title>"
            f"<link>{escape(it['link'])}</link>"
            + (f"<guid isPermaLink=\"false\">{escape(it['guid'])}</guid>" if it.get("guid") else "")
            + f"<description>{escape(it.get('description', ''))}</description>"
            + (f"<pubDate>{it['pubDate']}</pubDate>" if it.get("pubDate") else "")
            + "</item>")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>http://example.org/</link><description>news</description>"
        + "".join(parts) + "</channel></rss>").encode()


def atom(entries: list[dict], title: str = "Harbor Times") -> bytes:
    """A real Atom 1.0 document; entry keys: id, title, link, updated, summary."""
    parts = []
    for e in entries:
        parts.append(
            "<entry>"
            f"<id>{escape(e['id'])}</id><title>{escape(e['title'])}</title>"
            f'<link rel="alternate" href="{escape(e["link"])}"/>'
            f"<updated>{e['updated']}</updated>"
            f"<summary>{escape(e.get('summary', ''))}</summary>"
            "</entry>")
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{escape(title)}</title><id>urn:harbor</id><updated>2025-03-01T00:00:00Z</updated>"
        + "".join(parts) + "</feed>").encode()


def page(title: str, paragraphs: list[str]) -> bytes:
    """An article HTML page with navigation noise around the main text."""
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{escape(title)}</title></head><body>"
        "<nav><a href='/'>Home</a> | <a href='/world'>World</a> | <a href='/sport'>Sport</a></nav>"
        f"<article><h1>{escape(title)}</h1>{body}</article>"
        "<footer>Copyright Riverton Gazette. All rights reserved. Subscribe to our newsletter.</footer>"
        "</body></html>").encode()


FLOOD = [
    "Heavy rain caused the Blue River to burst its banks in Riverton on Monday, flooding about 120 homes.",
    "Mayor Ellen Park said 300 residents were moved to the community college gym overnight.",
    "The regional weather service expects another 40 millimetres of rain before Wednesday.",
    "Emergency crews closed the Old Mill bridge after water reached the deck of the span.",
]
FLOOD_UPDATE = FLOOD + [
    "By Tuesday evening the number of flooded homes had risen to 210, officials said.",
    "The state governor declared a disaster emergency for Riverton County on Tuesday afternoon.",
]
STRIKE = [
    "Workers at the Harbor Point container terminal walked off the job on Tuesday over a pay dispute.",
    "The dockworkers union says its 1,400 members want a raise of 9 percent over two years.",
    "Port managers warned that ships carrying grain and fuel could be delayed by several days.",
    "Talks between the union and the terminal operator are scheduled to resume on Friday morning.",
]
BRIDGE = [
    "The city council of Lakeside approved a new pedestrian bridge across the Mill Canal on Wednesday.",
    "Construction of the 85 metre steel bridge is expected to cost 12 million dollars in total.",
    "Council member Ravi Shah said work would begin in the spring and take about eighteen months.",
    "Residents had campaigned for the crossing since the old ferry service stopped running in 2019.",
]
