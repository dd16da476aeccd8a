"""Many small RSS feeds on one local server (127.0.0.1, port 0): each poll of a feed shows new entries.

``/feed/<n>.rss`` answers feed ``n``'s next ``per_poll`` entries each time it is fetched (entry
``k`` of feed ``n`` has guid ``n-k``), ``/a/<n>/<k>`` the article page of that entry. Articles
are made up here, deterministically from ``(n, k)``: a local news event (one of a few kinds, in one
of a few towns) told in five sentences whose numbers and names change from article to article, so
articles of one event form a story and each brings facts of its own. For the scale benchmark
(``benchmarks/tenants.py``) and tests that need many feeds.
"""
from __future__ import annotations

import random
import re
import threading

from fakes.server import QuietHandler, ThreadedServer
from fakes.web import page, rss

TOWNS = ("Riverton", "Lakeside", "Harbor Point", "Millbrook", "Stonebridge", "Ashford", "Fairhaven", "Kingsport",
         "Oakdale", "Westfield", "Cedar Falls", "Brookhaven")
PEOPLE = ("Ellen Park", "Ravi Shah", "Maria Lopez", "Tom Becker", "Aiko Tanaka", "Samuel Okafor", "Lena Novak",
          "Omar Haddad")
ROLES = ("mayor", "police chief", "council member", "fire chief", "union leader", "school superintendent")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EVENTS = {
    "flood": ("Flooding in {town}", [
        "Heavy rain caused the river to burst its banks in {town} on {day}, flooding about {n1} homes.",
        "{Role} {person} said {n2} residents were moved to the community college gym overnight.",
        "The regional weather service expects another {n3} millimetres of rain before the weekend.",
        "Emergency crews closed {n4} roads after water reached the deck of the old bridge.",
        "Officials estimated the damage at {n5} million dollars by {day} evening."]),
    "strike": ("Dock strike in {town}", [
        "Workers at the {town} container terminal walked off the job on {day} over a pay dispute.",
        "The dockworkers union says its {n1} members want a raise of {n3} percent over two years.",
        "{Role} {person} warned that {n2} ships carrying grain and fuel could be delayed.",
        "Talks between the union and the terminal operator are scheduled to resume on {day}.",
        "The port handled {n4} thousand containers last month, {n5} percent more than a year ago."]),
    "bridge": ("New bridge for {town}", [
        "The city council of {town} approved a new pedestrian bridge across the canal on {day}.",
        "Construction of the {n1} metre steel bridge is expected to cost {n5} million dollars.",
        "{Role} {person} said work would begin in the spring and take about {n3} months.",
        "Residents had collected {n2} signatures since the old ferry service stopped running.",
        "The council also set aside {n4} thousand dollars for new bicycle lanes."]),
    "fire": ("Warehouse fire in {town}", [
        "A fire destroyed a warehouse in the industrial district of {town} early on {day}.",
        "{Role} {person} said {n1} firefighters fought the blaze for {n3} hours.",
        "About {n2} workers were sent home while investigators searched the site.",
        "The owner said the building held goods worth {n5} million dollars.",
        "Police closed {n4} streets around the site and asked residents to keep windows shut."]),
    "school": ("School budget in {town}", [
        "The school board of {town} voted on {day} to hire {n1} new teachers next year.",
        "{Role} {person} said class sizes had grown to {n3} pupils on average.",
        "The plan adds {n5} million dollars to the district budget, paid by a new levy.",
        "Parents delivered a petition with {n2} signatures to the board meeting.",
        "The district will also repair the roofs of {n4} schools over the summer."]),
}
KINDS = tuple(sorted(EVENTS))


def article(n: int, k: int) -> tuple[str, list[str]]:
    """The made-up article of entry ``k`` of feed ``n``: (title, paragraphs), the same on every call."""
    rng = random.Random(f"{n}/{k}")
    kind = KINDS[(n + k) % len(KINDS)]
    town = TOWNS[(n // len(KINDS) + k) % len(TOWNS)]
    slots = {"town": town, "day": rng.choice(DAYS), "person": rng.choice(PEOPLE), "Role": rng.choice(ROLES).capitalize(),
             **{f"n{i}": str(rng.randint(3, 900)) for i in range(1, 6)}}
    title, sentences = EVENTS[kind]
    return title.format(**slots), [s.format(**slots) for s in sentences]


class FeedFarm(ThreadedServer):
    """The server. ``polls[n]``: how many times feed ``n`` was fetched (each fetch moves it on)."""

    def __init__(self, feeds: int, per_poll: int = 2) -> None:
        self.feeds = feeds
        self.per_poll = per_poll
        self.polls = [0] * feeds
        self.pages = 0
        self._lock = threading.Lock()
        farm = self

        class Handler(QuietHandler):
            def do_GET(self) -> None:  # noqa: N802
                feed = re.fullmatch(r"/feed/(\d+)\.rss", self.path)
                art = re.fullmatch(r"/a/(\d+)/(\d+)", self.path)
                if feed and int(feed.group(1)) < farm.feeds:
                    body, ctype = farm.document(int(feed.group(1))), "application/rss+xml"
                elif art:
                    with farm._lock:
                        farm.pages += 1
                    body, ctype = page(*article(int(art.group(1)), int(art.group(2)))), "text/html; charset=utf-8"
                else:
                    body, ctype = b"not found", "text/plain"
                self.send_body(200 if feed or art else 404, body, ctype)

        super().__init__(Handler)

    def url(self, n: int) -> str:
        """The URL of feed ``n``."""
        return f"{self.base}/feed/{n}.rss"

    def document(self, n: int) -> bytes:
        """Feed ``n``'s next document: its next ``per_poll`` entries (counted as one poll)."""
        with self._lock:
            first = self.polls[n] * self.per_poll
            self.polls[n] += 1
        items = []
        for k in range(first, first + self.per_poll):
            title, paragraphs = article(n, k)
            items.append({"title": title, "link": f"{self.base}/a/{n}/{k}", "guid": f"{n}-{k}",
                          "description": paragraphs[0]})
        return rss(items, title=f"Local news {n}")

    def served(self) -> int:
        """Feed documents served so far."""
        with self._lock:
            return sum(self.polls)
