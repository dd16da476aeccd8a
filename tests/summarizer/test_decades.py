"""A decade named in a sentence, read against its publication year."""
from __future__ import annotations

from datetime import date

from summarizer.anchor import anchor
from summarizer.decades import past_decade


def _past(text: str, year: int) -> bool:
    return past_decade(text, text.lower(), date(year, 5, 1))


def test_a_two_digit_or_spelled_decade_is_the_latest_begun_by_the_publication_year() -> None:
    """'the mid-90s' in 2004 is the 1990s, over: the past; 'the 20s' in 2026 is the decade the article is in."""
    assert _past("In the mid-90s the mill employed a thousand workers.", 2004)
    assert _past("The town boomed in the Seventies.", 2004)
    assert _past("The band played the clubs of the late '80s.", 2004)
    assert past_decade("Café culture boomed in the Sixties.", None, date(2004, 5, 1))  # not ASCII: no ASCII lower case
    assert not _past("Rents will keep rising through the 20s, the council says.", 2026)
    assert _past("Rents rose through the 20s, the council says.", 2016)  # the 1920s


def test_the_decade_an_article_is_written_in_is_no_past() -> None:
    """'by the end of the 2020s', written in 2026, is ahead; 'the 2010s' is over."""
    assert not _past("The fleet will be replaced by the end of the 2020s.", 2026)
    assert _past("The fleet was replaced in the 2010s.", 2026)


def test_a_share_or_a_reading_is_no_decade() -> None:
    """'into the 40s' and 'the 90s per cent' are a poll's share and a reading."""
    assert not _past("Her support climbed into the 40s in the new poll.", 2010)
    assert not _past("Turnout reached the 90s per cent in some districts.", 2010)
    assert not _past("The authorities closed the road.", 2010)


def test_the_anchor_reads_a_past_decade_as_an_earlier_year() -> None:
    """The anchor's ``past_year`` (a backdrop feature) follows the decade as read against the publication day."""
    assert anchor("In the early 90s the mill employed a thousand workers.", date(2004, 5, 1)).past_year
    assert not anchor("The mill will employ a thousand workers by the late 2020s.", date(2026, 5, 1)).past_year
