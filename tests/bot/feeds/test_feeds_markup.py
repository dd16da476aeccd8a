"""Markup in feeds never becomes article text or a story header."""
from __future__ import annotations

from bot.feeds.parse import clean_title, html_to_text, parse_feed

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>&lt;b&gt;Valley News&lt;/b&gt;</title><link>http://v.test/</link>
<item><title>&lt;br /&gt;</title><link>http://v.test/a</link><guid>a</guid>
<description><![CDATA[<p>The council met on Monday.</p><script>var tracker = {id: 42}; track(tracker);</script>
<style>.ad { display: none }</style><p>It approved the budget.</p>]]></description></item>
<item><title><![CDATA[<!DOCTYPE html>]]></title><link>http://v.test/b</link><guid>b</guid>
<description>Plain words here.</description></item>
<item><title><![CDATA[]]></title><link>http://v.test/c</link><guid>c</guid><description>More words.</description></item>
<item><title>Budget &amp;amp; taxes &lt;em&gt;approved&lt;/em&gt;</title><link>http://v.test/d</link><guid>d</guid>
<description>Text.</description></item>
</channel></rss>"""


def test_script_and_style_contents_never_become_text() -> None:
    feed = parse_feed(RSS, "http://v.test/rss")
    text = feed.entries[0].summary
    assert text == "The council met on Monday.\nIt approved the budget."
    assert "tracker" not in text and "display" not in text


def test_titles_that_are_only_markup_are_dropped_and_others_cleaned() -> None:
    feed = parse_feed(RSS, "http://v.test/rss")
    assert feed.title == "Valley News"
    assert [e.title for e in feed.entries] == ["", "", "", "Budget & taxes approved"]


def test_html_to_text_drops_comments_declarations_and_twice_escaped_tags() -> None:
    assert html_to_text("<!-- hidden --><?php echo 1 ?>Shown &lt;i&gt;here&lt;/i&gt;") == "Shown here"
    assert html_to_text("<noscript>Enable JavaScript</noscript>Kept") == "Kept"
    assert html_to_text("<script>unterminated(") == ""
    assert html_to_text("x < y and y > z") == "x < y and y > z"  # a comparison is not a tag


def test_clean_title_keeps_words_and_drops_bare_markup() -> None:
    assert clean_title("<br />") == ""
    assert clean_title("<!DOCTYPE html>") == ""
    assert clean_title("<![CDATA[]]>") == ""
    assert clean_title("&lt;br /&gt;") == ""
    assert clean_title("<![CDATA[Storm hits the coast]]>") == "Storm hits the coast"
    assert clean_title("Mayor\n  <b>resigns</b>") == "Mayor resigns"
