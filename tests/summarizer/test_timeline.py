"""A chronology's item printed as prose is no digest line (summarizer.timeline); invented sentences."""
from __future__ import annotations

import pytest

from summarizer.clean import not_a_line
from summarizer.timeline import timeline_item


@pytest.mark.parametrize("sentence", [
    "1981 Jo Roe designs the first machine in a garage.",
    "2004: Roe is diagnosed with a rare illness.",
    "1997 Ann Poe, the former chief of Acme, resigns after another loss.",
    "2003: Roe diagnosed with a rare illness.",
    "2001 Acme lays off 4,000 workers.",
    "1999 Lord Bee steps aside as chairman of the board.",
])
def test_chronology_items(sentence: str) -> None:
    assert timeline_item(sentence)
    assert not_a_line(sentence)


@pytest.mark.parametrize("sentence", [
    "1813 The minister says the toll has risen to 9,000.",  # a live page's clock time before a report
    "2056 Reuters news agency quotes the minister as saying the port is open.",
    "1948 The authorities in the capital have counted 9,000 dead.",
    "2014 was a year in which a fresh crop of singers arrived.",
    "1968 melody about flowers harks back to an era of protest.",
    "1200 Marines landed on the beach on Tuesday.",
    "In 1976 Jo Roe designs the first machine.",
    "The company designs machines.",
])
def test_not_chronology_items(sentence: str) -> None:
    assert not timeline_item(sentence)


@pytest.mark.parametrize("sentence", [
    "17 August Jo Roe reportedly meets the envoy at a hotel in the capital.",
    "March 9 Acme files for bankruptcy, the largest in its history.",
    "8 February 2010 Dr Roe is charged with fraud.",
    "October 24, 2001 Acme sacks its finance chief.",
    "June 19: Roe enters the embassy, requesting asylum.",
])
def test_calendar_day_chronology_items(sentence: str) -> None:
    assert timeline_item(sentence)
    assert not_a_line(sentence)


@pytest.mark.parametrize("sentence", [
    "17 August Jo Roe said the talks had failed.",  # a dated entry that reports speech
    "March 9 Roe's lawyers say they will appeal.",
    "On 17 August Jo Roe meets the envoy.",
    "17 August was the day the talks failed.",
    "May 5 marks the end of the campaign.",
])
def test_calendar_day_not_items(sentence: str) -> None:
    assert not timeline_item(sentence)
