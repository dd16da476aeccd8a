"""Lines held back wherever they stand (summarizer.heldback): a retold day gives way as a story's first line."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from summarizer.heldback import held, retold_day
from summarizer.models import Article
from summarizer.novelty import Verdict
from tests.summarizer.enginekit import digest_of, item_texts, make_article

TUESDAY = datetime(2031, 5, 13, 8, 0)
READ_MONDAY = Verdict(True, latest=date(2031, 5, 12).toordinal())  # the audience read the story's Monday article
RETOLD = "The harbour master confronted the ferry owners at the inquiry yesterday, defending every safety check."


@dataclass
class _Line:
    text: str
    article: Article
    verdict: Verdict
    position: int = 0
    score: float = 1.0


def test_a_retold_day_is_held_back_and_a_fresh_or_unread_day_is_not() -> None:
    page = Article(id="t1", title="Harbour inquiry", text=RETOLD, published=TUESDAY)
    assert retold_day(_Line(RETOLD, page, READ_MONDAY)) and held(_Line(RETOLD, page, READ_MONDAY))
    unread = Verdict(True, latest=date(2031, 5, 10).toordinal())  # the story's last article read was of Saturday
    assert not held(_Line(RETOLD, page, unread))
    assert not held(_Line(RETOLD, page, Verdict(True, new_facts=1, latest=READ_MONDAY.latest)))  # a new figure
    today = "The harbour master resigned this morning after the inquiry heard new evidence."
    assert not held(_Line(today, page, READ_MONDAY))


MONDAY_PAGE = """Harbour master questioned at ferry inquiry
The harbour master faced the ferry owners at the inquiry into the Dunmore ferry sinking on Monday and defended the port's safety checks.
He told the panel that every lifeboat on the ferry had been inspected in March.
The owners' lawyer accused the port of ignoring warnings about the ferry's engines."""

TUESDAY_PAGE = """Harbour master turns ferry inquiry into attack on owners
The harbour master confronted the ferry owners at the Dunmore ferry inquiry yesterday, defending every safety check of the port.
The panel's chairwoman will publish the list of witnesses for the final week of hearings on Friday.
Relatives of the ferry crew packed the public gallery of the inquiry hall and applauded the harbour master twice.
The owners' lawyer said the port's engine reports would be handed to the panel next month."""


def test_the_engine_does_not_lead_the_next_day_with_the_retold_day() -> None:
    """Invented pages: Monday's report, then Tuesday's that retells Monday's hearing in other words as its lead."""
    monday = make_article(MONDAY_PAGE, published=datetime(2031, 5, 12, 18, 0))
    tuesday = make_article(TUESDAY_PAGE, published=TUESDAY)
    lines = item_texts(digest_of([tuesday], known=[monday]))
    assert lines and not any("confronted the ferry owners" in line for line in lines)
