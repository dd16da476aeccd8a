"""The engine names an opening "he" from the sentence before, and puts lines that still lean on
an unseen sentence after the lines that stand alone."""
from __future__ import annotations

import summarizer.engine as engine_module
from summarizer.engine import Engine, EngineConfig
from summarizer.ingest import make_article
from summarizer.novelty import Memory
from summarizer.referents import needs_context

TEXT = """Harbour strike halts ferry traffic in Lisbon
Port union leader Rui Matos called an indefinite strike of 4,000 dock workers in Lisbon on Monday.
He said the walkout would continue until the port authority restored the night-shift bonus.
They also blocked the access road to the container terminal with trucks and burning tyres.
Its pickets let fuel tankers through the Alcantara gate after talks with the police.
Ferry operator Transtejo cancelled 120 crossings between Lisbon and Barreiro because of the strike.
The port authority offered to reopen wage talks with the dock workers union next week."""


def _items(cap: int) -> list[str]:
    article = make_article(TEXT, name="lisbon.txt")
    digest = Engine(EngineConfig(max_items_per_story=cap)).digest("t", [article], Memory())
    return [i.text for i in digest.items]


def test_opening_he_is_named_from_the_sentence_before() -> None:
    lines = _items(10)
    assert any(line.startswith("Rui Matos says the walkout") for line in lines), lines


def test_lines_leaning_on_context_come_last_and_fall_out_under_a_cap() -> None:
    lines = _items(10)
    leaning = [needs_context(line) for line in lines]
    assert any(leaning), lines  # "Its pickets let ..." leans on the sentence before
    assert leaning == sorted(leaning), lines  # every stand-alone line first
    assert not any(needs_context(line) for line in _items(3))


def test_a_line_whose_subject_stays_an_unnamed_pronoun_is_no_line() -> None:
    """"They blocked the access road ..." after a sentence about one person: whom it means is never said."""
    assert not any(line.startswith("They") or "access road" in line for line in _items(10))


LONG_LEAD = """Dam fails above Lowmere
The Lowmere dam collapsed before dawn, sending a wall of water through 14 villages of the valley and forcing 12,000 people from their homes.
The county museum closed its doors for the day."""


def test_a_long_lead_line_is_not_demoted_for_its_length() -> None:
    """Salience, not length, orders the lines that stand alone: the lead carries the news."""
    article = make_article(LONG_LEAD, name="dam.txt")
    digest = Engine(EngineConfig(line_chars=60)).digest("t", [article], Memory())
    lines = [i.text for i in digest.items]
    assert len(lines) == 2 and lines[0].startswith("The Lowmere dam collapsed") and len(lines[0]) > 60, lines


GLUED = """Floods in Lowmere valley
Army engineers rebuilt the Lowmere bridge in two days after the flood tore its central span away on Sunday.
The flood killed three people in Lowmere and forced 2,300 residents of the valley from their homes on Sunday night.
Residents queue for water at the town hall on Tuesday morning as the mains supply stays cut Mayor Ana Ruiz said the town would need six weeks to restore drinking water to all 14,000 homes of the valley.
The river fell below its warning level on Tuesday, the county flood office said."""


def test_lines_still_over_line_chars_after_condensing_go_after_the_ones_that_fit(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """After the first line, headline-length lines lead (in salience order); lines condensing left
    over ``line_chars`` follow, so under a per-story cap the short lines are the ones shown. (The order of the lines
    shown is then the digest's, after its holds: :mod:`summarizer.lineorder`, left out here.)"""
    monkeypatch.setattr(engine_module, "after_first", lambda stories, cand: None)
    article = make_article(GLUED, name="glued.txt")
    engine = Engine(EngineConfig(line_chars=80, long_news_ratio=0.0))  # the hold itself (longnews: its exemption)
    items = engine.digest("t", [article], Memory()).items
    lengths, scores = [len(i.text) for i in items], [i.score for i in items]
    over = [n > 80 for n in lengths]
    assert any(over[1:]) and not all(over[1:]), lengths
    assert over[1:] == sorted(over[1:]), lengths  # after the first line, every over-long one comes last
    fits = [k for k in range(1, len(items)) if not over[k]]
    assert [scores[k] for k in fits] == sorted((scores[k] for k in fits), reverse=True), scores  # salience order
