"""RSS/Atom files given to ingest/dry-run: entries become articles with the feed's title as source."""
from __future__ import annotations

import json
from pathlib import Path

from enginekit import write
from summarizer.errors import InputError
from summarizer.feedfile import looks_like_feed
from summarizer.ingest import read_path
from summarizer.models import Article

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="style.xsl"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Riverton Gazette</title><link>https://riverton.example/</link><description>Local news</description>
<item><title>Flood closes the Old Mill bridge</title><link>https://riverton.example/flood</link>
<pubDate>Mon, 03 Mar 2025 09:00:00 GMT</pubDate>
<description>Short teaser.</description>
<content:encoded><![CDATA[<p>Heavy rain caused the Blue River to burst its banks in Riverton on Monday.</p>
<script>window.track({page: "flood"});</script><p>Emergency crews closed the Old Mill bridge after water reached the deck.</p>]]>
</content:encoded></item>
<item><title>&lt;br /&gt;</title><link>https://riverton.example/budget</link>
<description>The city council of Riverton approved its budget for the coming year on Tuesday evening.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbor Times</title><id>urn:h</id><updated>2025-03-01T00:00:00Z</updated>
<entry><id>urn:h:1</id><title type="html">Dockers &lt;em&gt;strike&lt;/em&gt; at Harbor Point</title>
<link rel="self" href="https://harbor.example/api/1"/><link rel="alternate" href="https://harbor.example/strike"/>
<published>2025-03-04T08:00:00Z</published>
<summary type="html">&lt;p&gt;Workers at the Harbor Point container terminal walked off the job on Tuesday.&lt;/p&gt;</summary>
</entry></feed>"""


def articles(path: Path) -> list[Article]:
    out = list(read_path(path))
    assert all(isinstance(a, Article) for a in out), out
    return out  # type: ignore[return-value]


def test_rss_file_entries_become_articles(tmp_path: Path) -> None:
    flood, budget = articles(write(tmp_path / "gazette.xml", RSS))
    assert (flood.title, flood.source, flood.url) == ("Flood closes the Old Mill bridge", "Riverton Gazette",
                                                      "https://riverton.example/flood")
    assert flood.text.startswith("Heavy rain caused the Blue River") and "Old Mill bridge" in flood.text
    assert "track" not in flood.text and "<" not in flood.text and "Short teaser" not in flood.text
    assert str(flood.published) == "2025-03-03 09:00:00"
    assert budget.title != "<br />" and "<" not in budget.title and budget.source == "Riverton Gazette"


def test_atom_file_by_content_whatever_its_name(tmp_path: Path) -> None:
    (strike,) = articles(write(tmp_path / "harbor.txt", ATOM))
    assert (strike.title, strike.source, strike.url) == ("Dockers strike at Harbor Point", "Harbor Times",
                                                         "https://harbor.example/strike")
    assert strike.text == "Workers at the Harbor Point container terminal walked off the job on Tuesday."


def test_broken_or_hostile_feed_files_are_one_line_skips(tmp_path: Path) -> None:
    (bad,) = read_path(write(tmp_path / "broken.rss", "<rss version='2.0'><channel><title>x</channel>"))
    assert isinstance(bad, InputError) and "not well-formed XML (line 1" in str(bad)
    bomb = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaa">]><rss><channel><title>&a;</title></channel></rss>'
    (refused,) = read_path(write(tmp_path / "bomb.xml", bomb))
    assert isinstance(refused, InputError) and "entity declarations" in str(refused)
    (empty,) = read_path(write(tmp_path / "empty.atom", '<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title></feed>'))
    assert isinstance(empty, InputError) and "without entries" in str(empty)


def test_only_feed_roots_are_feeds() -> None:
    assert looks_like_feed(b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- c --><rdf:RDF xmlns:rdf="x">')
    assert looks_like_feed(b"<feed xmlns='http://www.w3.org/2005/Atom'>")
    assert not looks_like_feed(b"<!DOCTYPE html><html><body>feed</body></html>")
    assert not looks_like_feed(b"The rss feed of the council was updated on Monday.")


def test_a_markup_title_never_becomes_the_headline(tmp_path: Path) -> None:
    """Whatever the input (here JSON Lines), a title that is only markup gives way to the text's own headline."""
    text = "Bridge approved in Lakeside\nThe city council of Lakeside approved a new pedestrian bridge on Wednesday."
    lines = [{"text": text, "title": t} for t in ("<br />", "<!DOCTYPE html>", "<![CDATA[]]>")]
    lines.append({"text": text, "title": "Council &amp; mayor <b>agree</b>"})
    path = write(tmp_path / "a.jsonl", "\n".join(json.dumps(r) for r in lines))
    titles = [a.title for a in articles(path)]
    assert titles == ["Bridge approved in Lakeside"] * 3 + ["Council & mayor agree"]
