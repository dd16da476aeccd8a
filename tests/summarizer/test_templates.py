"""Template detection across the pages of one source: recurring edge lines are furniture."""
from __future__ import annotations

import pytest

from summarizer import templates
from summarizer.models import Article
from summarizer.templates import TemplateIndex, line_key

FOOTER = "For all other inquiries please call the newsroom switchboard on 020 7000 1234."
PLACES = ["Valencia", "Porto", "Lyon", "Graz", "Split", "Bergen", "Tartu", "Cork", "Ghent"]
PROMO = "This content is brought to you by the Daily Ledger's professional network."


def page(n: int, source: str = "ledger", *, footer: str = FOOTER, middle: str = "") -> Article:
    """Article ``n``: a headline, its own body sentences (one shared ``middle`` line if given), the site's footer."""
    place = PLACES[n % len(PLACES)]
    body = [f"Floods reach {place}", f"Rivers burst their banks in {place} overnight, officials said.",
            f"The mayor of {place} said the damage to roads and bridges was severe."]
    if middle:
        body.insert(2, middle)
    body += [f"Schools in {place} stay shut until further notice.", footer, PROMO]
    return Article(id=f"a{n}", title=body[0], text="\n".join(body), source=source)


def test_footer_lines_recurring_on_a_sources_pages_are_stripped() -> None:
    idx = TemplateIndex(min_pages=3)
    first, second, third = (idx.strip(page(n)) for n in (1, 2, 3))
    assert FOOTER in first.text and FOOTER in second.text  # not yet known as a template
    assert FOOTER not in third.text and PROMO not in third.text
    assert "Rivers burst their banks in Graz" in third.text and third.text.startswith("Floods reach Graz")


def test_digits_do_not_hide_a_template() -> None:
    assert line_key("Updated 27 December 2025, call 020 7000 1234") == line_key("updated 28 December 2025, call 020 7000 9999")


def test_sources_are_counted_apart() -> None:
    idx = TemplateIndex(min_pages=3)
    for n, source in enumerate(["ledger", "courier", "herald"]):
        idx.observe(page(n, source))
    assert not idx.is_template("ledger", FOOTER)
    idx.observe(page(7, "ledger"))
    idx.observe(page(8, "ledger"))
    assert idx.is_template("ledger", FOOTER) and not idx.is_template("courier", FOOTER)


def test_a_sentence_repeated_inside_bodies_is_not_a_template() -> None:
    quote = "The mayor said the city would rebuild every bridge within two years, whatever the cost."
    idx = TemplateIndex(min_pages=3)
    for n in range(5):
        idx.observe(page(n, "", middle=quote))
    assert not idx.is_template("", quote)
    assert idx.is_template("", FOOTER)


def test_the_same_page_counted_once() -> None:
    idx = TemplateIndex(min_pages=3)
    for _ in range(5):
        idx.observe(page(1))
    assert not idx.is_template("ledger", FOOTER)


def test_a_repeated_article_is_not_emptied() -> None:
    idx = TemplateIndex(min_pages=2)
    text = "\n".join([FOOTER, PROMO, "A short update."])
    for n in range(4):
        got = idx.strip(Article(id=f"r{n}", title="", text=text, source="wire"))
        assert got.text == text


def test_memory_is_bounded() -> None:
    idx = TemplateIndex(min_pages=3, max_lines=50, max_sources=2, max_articles=10)
    for n in range(40):
        idx.observe(page(n, source=f"s{n % 3}"))
    assert len(idx._counts) <= 2 and all(len(c) <= 50 for c in idx._counts.values()) and len(idx._seen) <= 10


def test_a_line_key_normalises_as_the_substitutions_do() -> None:
    import hashlib
    import re

    def reference(line: str) -> int:
        norm = re.sub(r"\s+", " ", re.sub(r"\d+", "0", line.lower())).strip(" .,;:-–—|•")
        return int.from_bytes(hashlib.blake2b(norm.encode("utf-8"), digest_size=8).digest(), "big")

    spaces = [chr(c) for c in range(0x3001) if chr(c).isspace()]
    lines = [f"{s}. Call{s}{s}us on 020 {s}7000 –{s}" for s in spaces] + ["", " | ", "Ferry times\x1fchange", "No. ٣ pier"]
    assert all(line_key(line) == reference(line) for line in lines)


def test_a_line_without_digits_is_keyed_with_no_substitution(monkeypatch: pytest.MonkeyPatch) -> None:
    class Refuse:
        def sub(self, *args: object) -> str:
            raise AssertionError("a substitution over a line that has no digit")

    monkeypatch.setattr(templates, "_DIGITS", Refuse())
    line_key.cache_clear()
    assert line_key("Ferry  times change   this week .") == line_key("ferry times change this week")
