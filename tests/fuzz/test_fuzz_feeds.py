"""Generated RSS/Atom documents, well-formed or not: a ParsedFeed or FeedParseError, never a crash."""
from __future__ import annotations

from xml.sax.saxutils import escape

from hypothesis import given
from hypothesis import strategies as st

from bot.feeds.parse import FeedParseError, ParsedFeed, parse_feed
from fuzzkit import examples, count, hostile_char, odd_date, sentence

text = st.one_of(sentence, st.text(hostile_char, max_size=60))
piece = st.one_of(text.map(escape), text)  # escaped, or raw markup that breaks the XML


@st.composite
def rss(draw: st.DrawFn) -> str:
    """An RSS 2.0 document with generated items."""
    items = "".join(
        f"<item><title>{draw(piece)}</title><link>{draw(piece)}</link><guid>{draw(piece)}</guid>"
        f"<pubDate>{draw(odd_date.map(escape))}</pubDate><description>{draw(piece)}</description></item>"
        for _ in range(draw(st.integers(0, 4)))
    )
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{draw(piece)}</title>{items}</channel></rss>'


@st.composite
def atom(draw: st.DrawFn) -> str:
    """An Atom document with generated entries (content as escaped HTML or CDATA)."""
    entries = "".join(
        f"<entry><title type=\"html\">{draw(piece)}</title><id>{draw(piece)}</id><updated>{draw(odd_date.map(escape))}"
        f"</updated><content type=\"html\"><![CDATA[{draw(text)}]]></content><link href=\"{escape(draw(text))}\"/></entry>"
        for _ in range(draw(st.integers(0, 4)))
    )
    return f'<feed xmlns="http://www.w3.org/2005/Atom"><title>{draw(piece)}</title>{entries}</feed>'


def mangle(doc: str, cut: int, junk: bytes) -> bytes:
    """The document truncated and/or with junk bytes spliced in."""
    data = doc.encode("utf-8", "surrogatepass")
    at = cut % (len(data) + 1)
    return data[:at] + junk + data[at:] if cut % 2 else data[:at]


document = st.one_of(
    rss().map(lambda d: d.encode("utf-8", "surrogatepass")),
    atom().map(lambda d: d.encode("utf-8", "surrogatepass")),
    st.builds(mangle, st.one_of(rss(), atom()), st.integers(0, 10_000), st.binary(max_size=20)),
    st.binary(max_size=200),
)


@examples(1500)
@given(document, st.sampled_from(["", "application/rss+xml", "text/html", "application/atom+xml; charset=latin-1"]))
def test_a_feed_document_parses_or_is_refused_in_words(data: bytes, content_type: str) -> None:
    count("feed documents")
    try:
        feed = parse_feed(data, "https://news.example/feed", content_type)
    except FeedParseError as exc:
        assert "\n" not in str(exc)
        return
    assert isinstance(feed, ParsedFeed)
    for entry in feed.entries:
        assert entry.guid and len(entry.guid) <= 1000 and len(entry.title) <= 300
        assert entry.published is None or entry.published.tzinfo is None
